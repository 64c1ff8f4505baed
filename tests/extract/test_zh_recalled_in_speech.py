"""Chinese: acts a speaker recalls in reported speech (no quotation marks) keep their own parties:
"某某说,甲市在疫情最严重时,曾收到乙地市民捐赠的物资" (the party opening the time clause received it, from 乙)
and "负责人说,甲市在3月曾专门发来慰问信" (a message that came in, to the page's city)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published,
                                    title="友城援助"))
    return [(e.type, [a.key for a in e.from_], sorted(a.key for a in e.to)) for e in out.events]


def test_receipt_after_time_clause_in_speech():
    got = _events("温哥华市长某某5日表示，友好城市广州捐赠的8万个口罩已经运抵温哥华。",
                  "某某说，广州在1月疫情严重时，曾收到温哥华市民捐赠的物资。")
    assert ("donation", ["CA/Vancouver"], ["CN/Guangzhou"]) in got
    assert ("donation", ["CN/Guangzhou"], ["CA/Vancouver"]) in got
    assert len([g for g in got if g[0] == "donation"]) == 2


def test_message_came_in_recalled_in_speech():
    got = _events("记者从南京市外办获悉，南京已向多个国际友城捐赠口罩。",
                  "市外办负责人说，佛罗伦萨市在3月曾专门发来慰问信，名古屋市也寄来了一批口罩。")
    assert ("message", ["IT/Florence"], ["CN/Nanjing"]) in got
    assert ("donation", ["JP/Nagoya"], ["CN/Nanjing"]) in got


def test_planned_message_in_speech_is_not_told_as_done():
    got = _events("记者从南京市外办获悉，南京已向多个国际友城捐赠口罩。",
                  "市外办负责人说，佛罗伦萨市将发来慰问信。")
    assert not [g for g in got if g[0] == "message"]
