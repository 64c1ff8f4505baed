"""An autonomous region's own page calls itself 我区/本区 (as a district's page does): the word stands for the
region; on a page of no such region it is left unread. Own sentences."""
from cityaid.model import Document
from cityaid.pipeline import extract_document
from cityaid.resolve.actors import pronoun_actor, publisher_place


def _gifts(*paras, published="2020-05-14"):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title=None, published=published)
    return [e for e in extract_document(doc).events if e.type == "donation"]


def test_region_page_gift_to_us_each_giver():
    gifts = _gifts("广西日报", "今年3月，河江省、老街省曾分别向我区捐赠口罩等防疫物资。")
    assert sorted(a.key for g in gifts for a in g.from_) == ["VN/Ha Giang", "VN/Lao Cai"]
    assert all([a.key for a in g.to] == ["CN/Guangxi"] for g in gifts)


def test_region_page_one_giver():
    [g] = _gifts("西藏日报", "今年2月，尼泊尔木斯塘县曾向本区捐赠口罩5000只。")
    assert [a.key for a in g.to] == ["CN/Tibet"]


def test_pronoun_of_a_region_and_of_a_province():
    region = publisher_place("宁夏日报", "", "")
    assert pronoun_actor("我区", region).key == "CN/Ningxia"
    assert pronoun_actor("我县", region) is None
    province = publisher_place("河北日报", "", "")
    assert pronoun_actor("我区", province) is None
