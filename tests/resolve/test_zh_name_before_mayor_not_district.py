"""A two-character district name ending in 市 (新市, 沙市) read right before 长 is the tail of a person's name, or the
word "new", and the title 市长: 王建新市长 is Mayor Wang Jianxin of the page's own city, never a district."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(*paras, published="2020-03-06"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published,
                                    title="温州市外办：友城送来关怀"))
    return [([a.key for a in e.from_], sorted(a.key for a in e.to)) for e in out.events if e.type == "message"]


def test_named_mayor_ending_in_xin_is_own_mayor():
    got = _messages("日本石卷市向我市捐赠的8000只口罩于3月1日运抵温州。",
                    "两市结好多年。疫情期间，石卷市长龟山纮专门致信王建新市长，表示愿与温州共渡难关。")
    assert got and all("CN/Urumqi/Xinshi" not in to for _f, to in got)
    assert (["JP/Ishinomaki"], ["CN/Wenzhou"]) in got


def test_district_still_read_before_other_words():
    from cityaid.resolve import find_actors
    assert any(m.key == "CN/Jingzhou/Shashi" for m in find_actors("荆州市沙市区向灾区捐赠物资"))
