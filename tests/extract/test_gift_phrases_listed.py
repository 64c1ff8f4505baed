"""Gifts listed as noun phrases under one verb of shipping (甲向A捐赠的N、乙向B捐赠的M也已发出) are one gift
each, with its own giver and amount; an amount told after the gift as 数量均为N is each partner's share."""
from tests.extract.page_helpers import page_sides


def _gifts(*paras):
    return [s for s in page_sides(*paras) if s[0] in ("donation", "aggregate")]


def test_two_givers_two_takers_in_one_list():
    gifts = _gifts("据悉，株洲市向德国埃森市捐赠的4万只口罩、湘潭市向美国圣路易斯市捐赠的6000只口罩也于近日陆续发出。")
    assert ("donation", ["CN/Zhuzhou"], ["DE/Essen"]) in gifts
    assert ("donation", ["CN/Xiangtan"], ["US/St. Louis"]) in gifts
    assert len(gifts) == 2


def test_one_giver_two_phrases_joined_by_ji():
    gifts = _gifts("南宁市政府向意大利米兰市捐赠的8万个口罩及向西班牙巴塞罗那市捐赠的3万个口罩，已于上周五一同启运。")
    assert ("donation", ["CN/Nanning"], ["IT/Milan"]) in gifts
    assert ("donation", ["CN/Nanning"], ["ES/Barcelona"]) in gifts
    assert len(gifts) == 2


def test_same_amount_for_each_told_after():
    gifts = _gifts("同一天，长春市还向日本千岁市、韩国水原市寄送了一批口罩，数量均为2万只。")
    assert ("donation", ["CN/Changchun"], ["JP/Chitose"]) in gifts
    assert ("donation", ["CN/Changchun"], ["KR/Suwon"]) in gifts
    assert len(gifts) == 2


def test_one_shipment_to_two_stays_one():
    gifts = _gifts("长春市向日本千岁市、韩国水原市寄送了一批口罩，共计2万只。")
    assert len(gifts) == 1
