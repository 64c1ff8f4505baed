"""该市伸出援手,先后两次向我市捐赠口罩共计N只: the help named by the idiom is the total the next clause counts,
not a gift of its own (sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body):
    out = extract_document(Document(doc_id="t", text="无锡市人民政府门户网站\n\n" + body, content_hash="x",
                                    published="2020-05-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_idiom_before_a_total_is_the_total():
    evs = _events("丰川市与我市于2001年缔结友好城市关系。今年1月下旬我市疫情最为严峻之际，该市第一时间伸出援手，"
                  "先后两次向我市捐赠口罩共计8000只、护目镜200副。")
    assert evs == [("aggregate", ["JP/Toyokawa"], ["CN/Wuxi"])]


def test_idiom_before_one_gift_stays_that_gift():
    evs = _events("今年1月下旬，丰川市第一时间伸出援手，向我市捐赠口罩8000只。")
    assert evs == [("donation", ["JP/Toyokawa"], ["CN/Wuxi"])]
