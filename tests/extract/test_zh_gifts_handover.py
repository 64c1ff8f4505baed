"""Gifts handed over or carried by someone else (Chinese): the gift phrase names the giver, the one
named with 由/经由 or the one entrusted only carries it.  Sentences written for these tests."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_gift_phrase_then_handed_over_by_the_givers_own_mayor():
    [e] = events("奥地利格拉茨市向长春市赠送的医用手套近日由该市副市长亲自转交。")
    assert e.type == "donation" and keys(e.from_) == ["AT/Graz"] and keys(e.to) == ["CN/Changchun"]


def test_gift_phrase_then_carried_by_a_company():
    [e] = events("芬兰拉赫蒂市送给株洲市的8000只口罩，已由芬方物流企业运抵株洲。")
    assert keys(e.from_) == ["FI/Lahti"] and keys(e.to) == ["CN/Zhuzhou"]


def test_gift_phrase_without_recipient_handed_over_in_the_next_clause():
    [e] = events("友城波兰罗兹市捐赠的6000只口罩，上周经由省外办工作人员转交我市。", "成都市")
    assert keys(e.from_) == ["PL/Łódź"] and keys(e.to) == ["CN/Chengdu"]
    assert [(i.item, i.quantity) for i in e.items] == [("mask", 6000)]


def test_received_goods_passed_on_are_no_new_gift():
    # the receiver hands the goods on to its hospitals: one gift, not a second one from the receiver
    evs = events("西班牙萨拉戈萨市表示，已收到南昌市回赠的4万只口罩，将尽快转交当地养老院。")
    assert [(keys(e.from_), keys(e.to)) for e in evs if e.type == "donation"] == [(["CN/Nanchang"], ["ES/Zaragoza"])]


def test_a_gift_told_with_its_recipient_then_delivered_through_a_port_is_one_gift():
    evs = events("广西壮族自治区向越南谅山省捐赠的一批口罩共5万只，于4月2日经友谊关口岸交付越方。")
    assert len([e for e in evs if e.type == "donation"]) == 1


def test_entrusted_by_a_city_the_consulate_hands_over_its_gift():
    [e] = events("受福州市政府委托，中国驻长崎总领馆向长崎市转交了1.5万只口罩。")
    assert keys(e.from_) == ["CN/Fuzhou"] and keys(e.to) == ["JP/Nagasaki"]


def test_goods_cleared_at_customs_are_the_gift_phrase():
    [e] = events("韩国木浦市向连云港市赠送的防护服已顺利通关。")
    assert keys(e.from_) == ["KR/Mokpo"] and keys(e.to) == ["CN/Lianyungang"]


def test_the_side_of_a_country_before_xiang():
    # 德方向我市 is "the German side, to our city", not the word 方向 (direction)
    [e] = events("2月中旬，德方向我市捐赠的呼吸机运抵青岛。", "青岛市")
    assert keys(e.from_) == ["DE"] and keys(e.to) == ["CN/Qingdao"]
    assert events("两市将朝着这个方向继续努力。", "青岛市") == []


def test_a_gift_still_being_negotiated_is_no_event():
    assert events("宁波市向帕多瓦市捐赠防护服的事宜正在协商中。") == []
    assert events("向罗兹市赠送口罩的相关事项仍在洽谈中。", "成都市") == []
