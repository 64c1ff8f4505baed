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


def test_the_partner_named_before_got_what_landed_in_another_city_of_its_country():
    out = events("智利瓦尔帕莱索市市长此前来信，请求南京市提供支持。南京市随即组织捐赠口罩2.5万只及防护服800套，"
                 "物资已于5月20日运抵圣地亚哥。", "江苏省")
    [gift] = [e for e in out if e.type == "donation"]
    assert keys(gift.from_) == ["CN/Nanjing"] and keys(gift.to) == ["CL/Valparaiso"]
    # (with no partner named before, the city it landed in is the reading there is)
    [alone] = events("南京市随即组织捐赠口罩2.5万只及防护服800套，物资已于5月20日运抵圣地亚哥。", "江苏省")
    assert keys(alone.to) == ["CL/Santiago"]


def test_a_received_total_of_donated_goods_is_a_total():
    [e] = events("截至4月底，我市累计接收各类防疫物资捐赠8万余件。", "苏州市")
    assert e.type == "aggregate" and keys(e.to) == ["CN/Suzhou"] and items(e) == [("supplies", 80000)]


def test_a_total_of_the_aid_sent_at_home_is_no_total():
    out = events("据了解，我市还在全市范围内调配医用物资支援湖北孝感，截至目前已发出各类物资9批次。", "潍坊市")
    assert all(e.type != "aggregate" for e in out)


def test_goods_being_raised_for_a_planned_sending_are_no_gift():
    assert events("据悉，高松市正在市内募集第二批物资，计划本月下旬再次发往南昌。", "南昌市") == []
    [e] = events("据悉，高松市在市内募集了5000只口罩，已于本月下旬发往南昌。", "南昌市")
    assert keys(e.from_) == ["JP/Takamatsu"]


def test_a_part_told_with_its_own_giver_and_figure_is_that_givers_gift():
    out = events("日本大津市、韩国光州市等友城向我市捐赠了口罩、防护服等物资，"
                 "其中大津市于3月2日捐赠的3万只口罩是我市收到的首批海外捐赠。", "厦门市")
    [part] = [e for e in out if keys(e.from_) == ["JP/Otsu"]]
    assert items(part) == [("mask", 30000)] and keys(part.to) == ["CN/Xiamen"] and part.date.value == "2020-03-02"


def test_goods_that_came_with_the_letter_are_a_gift_of_the_letters_side():
    out = events("3月2日，德国汉堡市长致信张市长，表示“汉堡与上海站在一起”。随信而来的，还有汉堡港口集团募集的3万副医用手套。",
                 "上海市")
    [gift] = [e for e in out if e.type == "donation"]
    assert keys(gift.from_) == ["DE/Hamburg"] and keys(gift.to) == ["CN/Shanghai"]
    assert items(gift) == [("gloves", 30000)] and gift.date.value == "2020-03-02"


def test_overseas_chinese_acting_are_not_the_pages_place():
    out = events("成都市捐赠的2万只口罩4月3日运抵波尔多。西班牙各地华侨华人也积极行动，截至目前已向西班牙医疗机构捐赠口罩逾50万只。",
                 "成都市")
    assert [(e.type, keys(e.to)) for e in out] == [("donation", ["FR/Bordeaux"])]


def test_a_gift_decided_whose_goods_already_left_was_made():
    out = events("应波兰弗罗茨瓦夫市请求，成都市政府决定向该市捐赠口罩4.2万只及防护服1200套，首批物资已于4月2日自成都起运。",
                 "成都市")
    [gift] = [e for e in out if e.type == "donation"]
    assert keys(gift.from_) == ["CN/Chengdu"] and keys(gift.to) == ["PL/Wrocław"]
    assert items(gift) == [("mask", 42000), ("protective_suit", 1200)] and gift.date.value == "2020-04-02"
    # (decided only: a plan)
    assert events("成都市政府决定向弗罗茨瓦夫市捐赠口罩4.2万只及防护服1200套。", "成都市") == []
