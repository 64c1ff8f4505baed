"""Chinese: a gift announced with 将 and the means it will go by (将通过/透过/经由/借助/由 X，…) is a plan.

The means phrase ends in a comma before the gift verb, so 将 is not next to the verb it governs.
"""
from zh_reading import events  # noqa: F401 - the shared reader


def test_plan_through_a_ministry_before_the_comma_is_no_gift():
    assert events("嘉义市政府9日宣布，將透過外交部協助，捐贈3萬片醫療口罩給美國姊妹市。") == []


def test_plan_by_way_of_a_consulate_in_simplified_is_no_gift():
    assert events("温州市政府宣布，将通过驻米兰总领馆，向意大利普拉托市捐赠5万只口罩。") == []


def test_goods_to_go_by_an_airline_are_not_yet_sent():
    assert events("这批口罩将由货运航班运往日本冈山市。") == []


def test_goods_already_carried_by_an_airline_arrived():
    got = events("日本冈山县捐赠的1万只口罩已由货运航班运抵南昌。")
    assert [(e.type, e.from_[0].key, e.to[0].key) for e in got] == [("donation", "JP/Okayama", "CN/Nanchang")]
