"""English goods and givers: a disease's name holding a number (COVID-19 test kits) is no amount; "test systems"
are test kits; a dateline closed by a single hyphen (OTTAWA - ...) opens the story; "donated by A and B Province"
names both givers; "The masks, along with N gowns, arrived ..." adds the gowns to the gift told before."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text, published="2020-05-06"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return out.events


def _items(ev):
    return sorted((i.item, i.quantity) for i in ev.items)


def test_disease_name_number_is_not_an_amount():
    evs = _events("Boise received a donation of 40,000 KN95 masks and 3,000 COVID-19 test kits from Shaanxi "
                  "Province on Monday, the city said.")
    gifts = [e for e in evs if e.type == "donation"]
    assert gifts and ("test_kit", 3000) in _items(gifts[0])
    assert not any(i.quantity == 19 for e in evs for i in e.items)


def test_test_systems_are_test_kits():
    evs = _events("The Chinese side also handed over 12,000 test systems and 4 ventilators to the Kazakh side.")
    gifts = [e for e in evs if e.type == "donation"]
    assert gifts and ("test_kit", 12000) in _items(gifts[0])


def test_single_hyphen_dateline():
    evs = _events("REGINA - A shipment of 25,000 surgical masks and 800 KN95 respirators, donated jointly by Jinan "
                  "and Shandong Province, arrived in Regina on May 3 and is going to city staff, the mayor said today.")
    gifts = [e for e in evs if e.type == "donation"]
    assert gifts
    assert sorted(a.key for a in gifts[0].from_) == ["CN/Jinan", "CN/Shandong"]
    assert [a.key for a in gifts[0].to] == ["CA/Regina"]
    assert ("medical_mask", 25000) in _items(gifts[0])


def test_passive_by_list_names_both_givers():
    evs = _events("A shipment of 12,000 surgical masks, donated by Wuxi and Jiangsu Province, arrived in Halifax "
                  "on May 7.")
    gifts = [e for e in evs if e.type == "donation"]
    assert gifts and sorted(a.key for a in gifts[0].from_) == ["CN/Jiangsu", "CN/Wuxi"]


def test_goods_along_with_join_the_gift_told_before():
    evs = _events("SUWON, May 3 -- China's Qingdao has sent 80,000 masks to Daegu, its sister city in the south, "
                  "city officials said Sunday.\n\nThe masks, along with 2,000 protective suits, reached Busan port by "
                  "ship on Saturday and will go to clinics, officials said.")
    gifts = [e for e in evs if e.type == "donation"]
    assert len(gifts) == 1
    assert [a.key for a in gifts[0].to] == ["KR/Daegu"]
    assert _items(gifts[0]) == [("mask", 80000), ("protective_suit", 2000)]


def test_after_clause_recalling_an_earlier_act_lends_no_sides():
    evs = _events("A consignment of 40,000 surgical masks and 2,000 protective gowns from Chengdu landed at "
                  "Birmingham Airport on Tuesday, two months after West Midlands councils raised money for the "
                  "Chinese city at the height of its outbreak.", published="2020-04-29")
    gifts = [e for e in evs if e.type == "donation" and any(i.quantity == 40000 for i in e.items)]
    assert gifts and [a.key for a in gifts[0].from_] == ["CN/Chengdu"]
    assert [a.key for a in gifts[0].to] == ["GB/Birmingham"]
