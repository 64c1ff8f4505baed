"""Chinese dates told relative to other dates, on sentences written for these tests."""
from zh_reading import events, keys


def test_same_day_after_recently_is_that_recent_day():
    text = ("法国里昂市政府近日收到友好城市广州寄来的1万只口罩。\n"
            "两市于1988年结为友好城市。今年2月，里昂曾致信广州表达慰问。\n"
            "广州同日还向美国洛杉矶市寄出了一批口罩。")
    gift = next(e for e in events(text, "广州") if keys(e.to) == ["US/Los Angeles"])
    assert gift.date.value == "2020-04-30" and gift.date.qualifier == "before"


def test_same_day_skips_a_date_told_as_the_time_of_a_recollection():
    text = ("由四川省组建的医疗专家组22日晚抵达布达佩斯。\n"
            "匈牙利总理本月12日宣布紧急状态时，曾表示已向中方求助。\n"
            "另外，成都市向匈牙利德布勒森市捐赠的2万个口罩亦于同日抵达。")
    gift = next(e for e in events(text) if keys(e.to) == ["HU/Debrecen"])
    assert gift.date.value == "2020-04-22"


def test_same_day_after_an_arrival_the_day_before_is_the_telling_day():
    text = ("米兰市政府周二（14日）表示，友好城市长春捐赠的3万个口罩已于前一天运抵马尔彭萨机场。\n"
            "米兰市长当日致信长春市长，感谢长春的援助。")
    thanks = next(e for e in events(text) if e.type == "message")
    assert thanks.date.value == "2020-04-14"


def test_recently_yields_to_the_month_the_goods_arrived_in():
    text = "昆明市日前向缅甸曼德勒市捐赠了2万只口罩，曼德勒市政府表示物资已于上月底运抵。"
    gift = next(e for e in events(text) if e.type == "donation")
    assert gift.date.value == "2020-03"
