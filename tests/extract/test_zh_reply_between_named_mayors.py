"""Chinese: a page names a foreign city's mayor with the city (甲市长某某), then tells a reply between two mayors
named bare (乙丙市长复信某某市长).  A city has one mayor: a mayor named otherwise than the foreign city's is the
page's own, and the one titled again is the foreign city's, even where the first naming ran on into the words
after it (甲市长某某第一时间致函…), so the reply runs from the page's city to the foreign one."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(*paras, published="2020-03-09"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published,
                                    title="温州市外办 友城工作"))
    return [(sorted(a.key for a in e.from_), sorted(a.key for a in e.to)) for e in out.events if e.type == "message"]


def test_reply_from_own_mayor_to_foreign_mayor():
    got = _messages("1月下旬，石卷市长龟山纮致函我市，表示慰问。3月5日，王立平市长复信龟山纮市长，感谢石卷市民的关心。")
    assert got == [(["JP/Ishinomaki"], ["CN/Wenzhou"]), (["CN/Wenzhou"], ["JP/Ishinomaki"])]


def test_foreign_mayors_name_running_on_is_read_from_its_titling_again():
    got = _messages("1月下旬，石卷市长龟山纮第一时间致函我市，表示慰问。",
                    "3月5日，王立平市长复信龟山纮市长，表示两市将携手抗疫。")
    assert got == [(["JP/Ishinomaki"], ["CN/Wenzhou"]), (["CN/Wenzhou"], ["JP/Ishinomaki"])]


def test_bare_named_mayor_alone_still_the_foreign_citys():
    got = _messages("石卷市日前给我市寄来3000副手套。龟山纮市长表示，希望温州早日战胜疫情。")
    assert all(f != ["CN/Wenzhou"] for f, _ in got)
