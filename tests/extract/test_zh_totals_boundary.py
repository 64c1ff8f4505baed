"""Totals and itemised acts in Chinese (sentences written for these tests): a sum over many partners or
shipments is an aggregate claim; one giver's gift to one partner sent in parts, a partner named with its
country as the list's class, and the one partner named after 其X国友城 are itemised gifts."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def _types(es):
    return sorted(e.type for e in es)


def test_summed_together_by_a_counted_list_of_receivers_is_a_total():
    [e] = events("今年2月，苏州、无锡、常州三市合计收到横滨市捐助的口罩4万个。")
    assert e.type == "aggregate" and e.of == "donation"
    assert keys(e.from_) == ["JP/Yokohama"] and keys(e.to) == ["CN/Changzhou", "CN/Suzhou", "CN/Wuxi"]


def test_summed_together_by_one_giver_to_a_counted_list_is_a_total():
    [e] = events("横滨市向苏州、无锡、常州三市合计捐出口罩4万个。")
    assert e.type == "aggregate" and keys(e.to) == ["CN/Changzhou", "CN/Suzhou", "CN/Wuxi"]


def test_one_giver_to_one_partner_in_batches_is_one_gift():
    [e] = events("3月上旬，爱知县政府分四批向南京市捐赠口罩12万只。")
    assert e.type == "donation" and keys(e.from_) == ["JP/Aichi"] and keys(e.to) == ["CN/Nanjing"]


def test_one_giver_with_its_firms_to_one_province_in_batches_is_one_gift():
    [e] = [e for e in events("2月下旬，爱知县政府联合县内企业分四批向江苏省捐赠口罩12万只、防护服2000套。")]
    assert e.type == "donation" and keys(e.to) == ["CN/Jiangsu"]


def test_batches_summed_up_to_one_partner_stay_a_total():
    [e] = events("3月以来，厦门市已向美国友城巴尔的摩市分三批捐赠口罩共计6万只。")
    assert e.type == "aggregate" and keys(e.to) == ["US/Baltimore"]


def test_batches_to_unnamed_partners_stay_a_total():
    [e] = events("3月以来，江苏省已分5批向海外友好省州发运医用口罩120万只。")
    assert e.type == "aggregate" and keys(e.from_) == ["CN/Jiangsu"]


def test_a_named_partner_with_its_country_as_the_class_is_a_gift():
    [e] = events("大阪府知事宣布，从府政府储备中向上海等中国友好城市捐出约5万套防护服。")
    assert e.type == "donation" and "CN/Shanghai" in keys(e.to)


def test_its_partner_of_a_country_named_after_a_comma_is_one_gift():
    [e] = events("杭州市近日向其法国友好城市、普罗旺斯地区的小城艾克斯寄去医用口罩两万只。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Hangzhou"]


def test_partners_of_named_countries_without_a_place_stay_a_total():
    [e] = events("疫情期间，日本、韩国多个友好城市纷纷向宁波市捐赠口罩等物资。")
    assert e.type == "aggregate" and keys(e.from_) == ["JP", "KR"] and keys(e.to) == ["CN/Ningbo"]


def test_many_sister_cities_in_traditional_script_are_a_total():
    [e] = events("高雄市先後與美國、日本多個姊妹市舉行視訊會議。")
    assert e.type == "aggregate" and e.of == "consultation" and keys(e.to) == ["JP", "US"]


def test_cumulative_sum_without_a_day_is_a_claim():
    [e] = events("疫情发生以来，合肥市已累计向海外友城捐赠口罩10万只。")
    assert e.type == "aggregate" and keys(e.from_) == ["CN/Hefei"]


def test_total_then_one_share_keeps_both():
    es = events("合肥市累计向海外友城捐赠口罩10万只。其中，向英国谢菲尔德市捐赠3万只。")
    assert _types(es) == ["aggregate", "donation"]
    gift = next(e for e in es if e.type == "donation")
    assert keys(gift.to) == ["GB/Sheffield"] and keys(gift.from_) == ["CN/Hefei"]


def test_sum_stated_after_a_stream_of_gifts_is_a_claim():
    [e] = events("青岛市还先后向海外友好城市捐赠口罩共计8万只。")
    assert e.type == "aggregate"


def test_a_lead_about_places_in_general_is_no_claim():
    assert events("中国多个省市先后给友好省市送去物资。") == []


def test_shares_told_on_a_city_page_take_the_totals_giver_not_the_page():
    es = events("截至5月10日，郑州市已向8个国际友城捐赠口罩15万只。其中，向美国萨克拉门托市捐赠2万只，"
                "向澳大利亚纽卡斯尔市捐赠1万只。", publisher="武汉")
    gifts = [e for e in es if e.type == "donation"]
    assert [keys(e.from_) for e in gifts] == [["CN/Zhengzhou"], ["CN/Zhengzhou"]]
    assert sorted(k for e in gifts for k in keys(e.to)) == ["AU/Newcastle", "US/Sacramento"]
    assert sum(e.type == "aggregate" for e in es) == 1


def test_a_share_naming_its_own_giver_keeps_it():
    es = events("截至5月10日，郑州市已向8个国际友城捐赠口罩15万只。其中，洛阳市向美国萨克拉门托市捐赠2万只。")
    gift = next(e for e in es if e.type == "donation")
    assert keys(gift.from_) == ["CN/Luoyang"]
