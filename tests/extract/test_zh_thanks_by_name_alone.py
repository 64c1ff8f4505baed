"""Chinese: thanks spoken by a person named alone ("某某在机场致辞时表示,感谢…", "某某说,感谢…") come from the place
whose office the page gave that person before ("甲国外长某某到机场迎接")."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published,
                                    title="友城援助"))
    return [([a.key for a in e.from_], sorted(a.key for a in e.to)) for e in out.events if e.type == "message"]


def test_name_alone_thanks_at_airport():
    got = _messages("6日，由浙江省选派的中国医疗专家组抵达布达佩斯，匈牙利外长西雅尔多到机场迎接。",
                    "西雅尔多在机场致辞时表示，感谢中国政府和浙江省在匈牙利最困难的时候伸出援手。")
    assert got == [(["HU"], ["CN", "CN/Zhejiang"])]


def test_name_alone_says_thanks():
    got = _messages("6日，由浙江省选派的中国医疗专家组抵达布达佩斯，匈牙利外长西雅尔多到机场迎接。",
                    "西雅尔多说，感谢中国政府和浙江省的帮助。")
    assert got == [(["HU"], ["CN", "CN/Zhejiang"])]


def test_unknown_name_gets_no_place():
    got = _messages("6日，由浙江省选派的中国医疗专家组抵达布达佩斯。",
                    "西雅尔多说，感谢中国政府和浙江省的帮助。")
    assert all(f != ["HU"] for f, _ in got)
