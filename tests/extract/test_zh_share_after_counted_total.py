"""Chinese: a total over partners that are only counted (向21个国家的40个友城捐赠口罩共90万只), followed in the same
sentence by the shares of named partners (,其中向A捐赠6万只、向B捐赠4万只), even inside reported speech (X表示,…):
each share is a gift of the total's giver to that partner; the total keeps its count."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published,
                                    title="友城援助"))
    return [(e.type, [a.key for a in e.from_], sorted(a.key for a in e.to)) for e in out.events]


def test_shares_in_same_sentence_simplified_speech():
    got = _events("宁波市外办表示，截至4月20日，宁波已向21个国家的40个友好城市捐赠口罩共90万只，"
                  "其中向法国鲁昂市捐赠6万只、向德国亚琛市捐赠4万只。")
    assert ("donation", ["CN/Ningbo"], ["FR/Rouen"]) in got
    assert ("donation", ["CN/Ningbo"], ["DE/Aachen"]) in got
    assert any(t == "aggregate" for t, _, _ in got)


def test_shares_in_same_sentence_traditional():
    got = _events("截至4月20日，寧波已向21個國家的40個友好城市捐贈口罩共90萬個，其中向法國魯昂市捐贈6萬個、向德國亞琛市捐贈4萬個。")
    assert ("donation", ["CN/Ningbo"], ["FR/Rouen"]) in got
    assert ("donation", ["CN/Ningbo"], ["DE/Aachen"]) in got


def test_planned_total_gives_no_shares():
    got = _events("宁波市外办表示，宁波将向40个友好城市捐赠口罩共90万只，其中向法国鲁昂市捐赠6万只。")
    assert not any(t == "donation" and f == ["CN/Ningbo"] and to == ["FR/Rouen"] for t, f, to in got)
