"""Chinese: goods that travel with a medical team on its plane ("包机同时运抵X捐赠的物资", "同机运抵的还有X向该国
提供的物资", both scripts) are a gift to the place the team went; the giver is the one the gift phrase names
(the one giving "to" the other side, not the side given to)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published,
                                    title="友城援助"))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "donation"]


def test_charter_brings_red_cross_gift():
    got = _gifts("4月3日，由湖北省组建的中国医疗专家组抵达匈牙利。包机同时运抵中国红十字会捐赠的12吨医疗物资，包括呼吸机、口罩等。")
    assert got == [(["CN"], ["HU"])]


def test_charter_brings_gift_traditional():
    got = _gifts("4月3日，由湖北省組建的中國醫療專家組抵達匈牙利。包機同時運送中國政府捐贈的一批醫療物資，包括呼吸機和口罩。")
    assert got == [(["CN"], ["HU"])]


def test_same_plane_gift_given_to_the_other_side():
    got = _gifts("4月3日，由湖北省组建的中国医疗专家组抵达匈牙利。同机运抵的还有中国政府向匈方提供的防疫物资共8吨，包括检测试剂盒等。")
    assert got == [(["CN"], ["HU"])]


def test_same_plane_gift_given_to_the_other_side_after_a_province():
    got = _gifts("由湖北省选派的中国医疗专家组3日抵达匈牙利。",
                 "湖北省派出的专家组乘专机抵达后，同机运抵的还有中国政府向匈方提供的防疫物资，包括检测试剂盒等。")
    assert (["CN"], ["HU"]) in got
