"""A stop the goods pass through (辗转/途经/经停 X) is no side of the gift, and "this city" (这座…城市), however
described, is the foreign city last named before it that is no such stop. Own sentences."""
from tests.extract.page_helpers import page_sides


def test_a_stop_on_the_way_is_no_giver():
    assert page_sides("温州市政府送出的6万只外科口罩，12日由龙湾机场起运，途经法兰克福，两天后运抵里昂。",
                      title="温州口罩抵达里昂") == [("donation", ["CN/Wenzhou"], ["FR/Lyon"])]


def test_this_city_described_is_the_partner_named_before():
    assert page_sides("当地时间6月2日下午，在法国里昂市政厅前，里昂市长接过了物资。",
                      "温州市政府送出的6万只外科口罩，12日由龙湾机场起运，辗转巴黎，两天后运抵这座同温州交好多年的城市。",
                      title="温州口罩抵达里昂") == [("donation", ["CN/Wenzhou"], ["FR/Lyon"])]
