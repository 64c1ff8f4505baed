"""Donations as Chinese reports tell them in less common turns (joined clauses in speech, "this is X's
gift", what the boxes held, an office handing on its city's gift, a gift told in dated parts), on
sentences written for these tests (other places, other figures)."""
from zh_reading import events, keys


def items(e):
    return sorted((i.item, i.quantity) for i in e.items)


def test_a_clause_joined_to_a_gift_told_as_done_in_speech_is_done_too():
    out = events("忠清南道15日表示，已向友好省份浙江省捐赠口罩4万只，并向江西省、湖南省各捐赠口罩2万只。")
    assert sorted((keys(e.to)[0], items(e)[0][1]) for e in out) == [
        ("CN/Hunan", 20000), ("CN/Jiangxi", 20000), ("CN/Zhejiang", 40000)]
    # (a plan stays a plan, joined or not)
    assert events("忠清南道15日表示，将向友好省份浙江省捐赠口罩4万只，并向江西省、湖南省各捐赠口罩2万只。") == []


def test_this_is_a_named_givers_counted_gift():
    [e] = events("1月30日，一批纸箱在南昌机场卸下。这是日本高松市捐赠的2万只口罩，也是南昌收到的第一批援助。", "南昌市")
    assert keys(e.from_) == ["JP/Takamatsu"] and keys(e.to) == ["CN/Nanchang"] and items(e) == [("mask", 20000)]
    assert e.date.value == "2020-01-30"


def test_what_came_from_a_place_was_sent_by_it_and_the_boxes_hold_its_goods():
    [e] = events("2月10日，从日本宇部市寄来的一批纸箱运抵大连，箱子上贴着诗句。箱子里，是宇部市紧急筹措的5000只口罩。", "大连市")
    assert keys(e.from_) == ["JP/Ube"] and keys(e.to) == ["CN/Dalian"] and items(e) == [("mask", 5000)]


def test_that_city_is_not_the_city_an_office_sits_in():
    [e] = events("横滨市也通过其驻上海事务所，向我市转交了该市捐赠的2000套防护服。", "上海市")
    assert keys(e.from_) == ["JP/Yokohama"] and keys(e.to) == ["CN/Shanghai"]


def test_a_gift_counted_then_told_in_dated_parts_is_one_gift_per_part():
    out = events("丰城市先后两次向日本丰川市捐赠防疫物资：4月2日捐赠口罩2万只，4月15日再捐赠防护服800套、医用手套5000副。")
    assert [(e.type, e.date.value, items(e)) for e in out] == [
        ("donation", "2020-04-02", [("mask", 20000)]),
        ("donation", "2020-04-15", [("gloves", 5000), ("protective_suit", 800)])]
    assert all(keys(e.to) == ["JP/Toyokawa"] for e in out)
