"""Plans told after the goods, talks under way, relays told as future, and makers who supplied goods."""
from tests.extract.test_events import events


def gifts(text, pub):
    return [e for e in events(text, pub) if e.type == "donation"]


def test_goods_named_first_then_a_planned_sending_is_no_gift():
    assert gifts("另据市外办透露，本市第四批捐赠物资拟于7月下旬发往鹿儿岛市。", "长沙") == []
    assert gifts("该区第二批防疫物资预计于下周初运往丰川市。", "无锡") == []


def test_goods_given_to_a_partner_then_told_arriving_stay_a_gift():
    assert gifts("4月3日，长沙市向鹿儿岛市捐赠了5万只口罩，已于9日运抵。", "长沙")


def test_talks_under_way_about_a_gift_are_no_gift():
    assert gifts("据了解，市外办正在联系向广岛市捐赠一批医用手套。", "重庆") == []
    assert gifts("目前省商务厅正协调向昆士兰州赠送一批隔离衣。", "南京") == []


def test_will_have_or_will_allot_is_a_plan():
    assert gifts("对方来信说，本月底前将有1万只口罩从该县寄往我市。", "无锡") == []
    assert gifts("这批防护服中的一半将拨给附近的得梅因市。", "石家庄") == []


def test_goods_supplied_by_a_maker_are_no_gift():
    assert gifts("据悉，这批手套由一家有库存的韩国生产厂家提供。", "黄石") == []
    assert gifts("首批护目镜由当地一家医疗器械制造商提供。", "潜江") == []


def test_a_district_total_to_another_chinese_city_is_aid_at_home():
    evs = events("据统计，海淀区累计向湖北黄冈市捐赠防疫物资价值逾1500万元。", "北京")
    assert [e for e in evs if e.type in ("aggregate", "donation")] == []


def test_a_district_total_to_a_foreign_partner_stays():
    evs = events("据统计，海淀区累计向友好城市首尔市捐赠防疫物资价值逾150万元。", "北京")
    assert [e for e in evs if e.type in ("aggregate", "donation")]


def test_many_people_in_want_is_no_request():
    evs = events("据介绍，入冬后大批韩国老人急需口罩，不少超市早已断货。", "苏州")
    assert [e for e in evs if e.type == "request"] == []


def test_a_side_in_want_still_asks():
    evs = events("3月5日，韩国大邱市致函我市，表示急需口罩和防护服。", "苏州")
    assert [e for e in evs if e.type == "request"]
