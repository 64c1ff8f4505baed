"""A handover told with its recipients and no goods, then 此次捐赠口罩N只,向三省各捐M只: the sentence after
gives the gift its goods, and each recipient its share (sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body):
    out = extract_document(Document(doc_id="t", text="报道\n\n" + body, content_hash="x", published="2020-05-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to], [(i.item, i.quantity) for i in e.items])
            for e in out.events]


def test_each_province_gets_its_share():
    evs = _events("4月10日，云南省向老挝琅南塔、乌多姆赛、丰沙里三省捐赠防疫物资的交接仪式在磨憨举行。"
                  "此次捐赠医用口罩15万只，向三省各捐5万只。")
    for key in ("LA/Luang Namtha", "LA/Oudomxay", "LA/Phongsaly"):
        assert ("donation", ["CN/Yunnan"], [key], [("medical_mask", 50000.0)]) in evs
    assert len(evs) == 3


def test_goods_told_after_without_shares_stay_one_gift():
    evs = _events("4月10日，云南省向老挝琅南塔、乌多姆赛、丰沙里三省捐赠防疫物资的交接仪式在磨憨举行。"
                  "此次捐赠医用口罩15万只。")
    assert len([e for e in evs if e[0] == "donation"]) == 1


def test_a_handover_named_by_the_gift_phrase_keeps_its_giver():
    """A援助B的物资交接仪式: the gift phrase before 的 says who gave to whom (the ceremony's holder is not told)."""
    evs = _events("5月3日，广西向越南谅山、高平两省援助防疫物资的交接仪式在友谊关举行。")
    assert {(e[1][0], e[2][0]) for e in evs} <= {("CN/Guangxi", "VN/Lang Son"), ("CN/Guangxi", "VN/Cao Bang")}
    assert evs
