"""Gifts listed as noun phrases under one verb of shipping (甲向A赠送的N、乙向B赠送的M已启运) are one gift each,
with its own giver and amount; an amount told after the gift as 数量均为N is each partner's share."""
from tests.extract.page_helpers import page_sides


def _gifts(*paras):
    return [s for s in page_sides(*paras) if s[0] in ("donation", "aggregate")]


def test_two_givers_two_takers_in_one_list():
    gifts = _gifts("株洲市向德国埃森市赠送的4万只口罩、湘潭市向美国圣路易斯市赠送的6000只口罩，本周已陆续装车启运。")
    assert ("donation", ["CN/Zhuzhou"], ["DE/Essen"]) in gifts
    assert ("donation", ["CN/Xiangtan"], ["US/St. Louis"]) in gifts
    assert len(gifts) == 2


def test_one_giver_two_phrases_joined_by_yiji():
    gifts = _gifts("南宁市向意大利米兰市赠送的8万个口罩以及向西班牙巴塞罗那市赠送的3万个口罩，昨天搭乘同一架货机出发。")
    assert ("donation", ["CN/Nanning"], ["IT/Milan"]) in gifts
    assert ("donation", ["CN/Nanning"], ["ES/Barcelona"]) in gifts
    assert len(gifts) == 2


def test_same_amount_for_each_told_after():
    gifts = _gifts("长春市3月9日向日本千岁市和韩国水原市寄出了医用口罩，每批数量均为2万只。")
    assert ("donation", ["CN/Changchun"], ["JP/Chitose"]) in gifts
    assert ("donation", ["CN/Changchun"], ["KR/Suwon"]) in gifts
    assert len(gifts) == 2


def test_one_shipment_to_two_stays_one():
    gifts = _gifts("长春市向日本千岁市、韩国水原市寄送了一批口罩，共计2万只。")
    assert len(gifts) == 1
