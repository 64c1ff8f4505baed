"""The same act told in other Chinese ways (receipt for gift, other verbs, other figures): each gives
the event the plain telling gives, on sentences written for these tests (other places, other figures)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_signed_for_goods_sent_out_is_a_receipt():
    [e] = events("5月6日，在意大利北部城市帕多瓦，该市副市长在市政厅签收了苏州送去的数千只口罩。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Suzhou"] and keys(e.to) == ["IT/Padua"]
    [e] = events("5月3日，奥地利林茨市接受了成都寄去的两万只口罩。")
    assert keys(e.from_) == ["CN/Chengdu"] and keys(e.to) == ["AT/Linz"]
    assert [(i.item, i.quantity) for i in e.items] == [("mask", 20000)]


def test_a_dash_ends_the_phrase_that_shares_experience():
    out = events("5月2日寄到的还有一封慰问信——苏州在信中向帕多瓦市民表示支持——以及讲述本市防控做法的资料。")
    assert not [e for e in out if e.type == "consultation"]


def test_shares_received_are_the_totals_givers_gifts():
    out = events("据报道，2月初，合计4万只医用口罩已由大邱市分批送往其在中国的6个友好城市。"
                 "按照大邱市公布的计划，青岛、成都两市各获赠一万只，西安、南宁等其余4座城市则每座分得五千只。")
    total = [e for e in out if e.type == "aggregate"]
    gifts = {keys(e.to)[0]: [(i.item, i.quantity) for i in e.items] for e in out if e.type == "donation"}
    assert gifts == {"CN/Qingdao": [("medical_mask", 10000)], "CN/Chengdu": [("medical_mask", 10000)],
                     "CN/Xi'an": [("medical_mask", 5000)], "CN/Nanning": [("medical_mask", 5000)]}
    assert all(keys(e.from_) == ["KR/Daegu"] for e in out)
    assert total and keys(total[0].to) == ["CN/Chengdu", "CN/Nanning", "CN/Qingdao", "CN/Xi'an"]


def test_a_published_plan_the_acts_followed_is_no_plan():
    [e] = events("根据两市商定的方案，3月5日，大邱市向青岛市捐赠了一万只口罩。")
    assert keys(e.from_) == ["KR/Daegu"] and keys(e.to) == ["CN/Qingdao"]
    assert events("根据两市商定的方案，大邱市将向青岛市捐赠一万只口罩。") == []


def test_parts_told_by_where_they_came_from():
    out = events("5月6日，友好省县日本冈山县接收了江西省人民政府等单位捐赠的医用外科口罩，总数7.5万只。"
                 "这批口罩中，5万只来自江西省政府，2万只来自九江市，另有5000只是江西省人民对外友好协会赠予冈山县日中友好协会的。")
    [total] = [e for e in out if e.type == "aggregate"]
    assert keys(total.from_) == ["CN/Jiangxi"] and [i.quantity for i in total.items] == [75000]
    parts = sorted((keys(e.from_)[0], keys(e.to)[0], e.items[0].quantity) for e in out if e.type == "donation")
    assert parts == [("CN/Jiangxi", "JP/Okayama", 5000), ("CN/Jiangxi", "JP/Okayama", 50000),
                     ("CN/Jiujiang", "JP/Okayama", 20000)]


def test_a_gift_hoped_for_in_a_request_is_no_gift():
    out = events("今年2月，我省疫情形势严峻，曾向冈山县发出紧急求助，盼望对方支援防护服等物资。", "江西省")
    assert [e.type for e in out] == ["request"]


def test_those_met_who_come_from_a_partner_are_the_partner():
    [e] = events("周三（4月8日），珠海官员及卫生专家与来自意大利姐妹城市都灵的同行通过视频会议展开交流。")
    assert e.type == "consultation" and keys(e.from_) == ["CN/Zhuhai"] and keys(e.to) == ["IT/Turin"]


def test_a_gift_phrase_handed_into_the_partners_hands():
    [e] = events("福建省厦门市向智利友城瓦尔帕莱索市赠送的一次性医用口罩共15000个，已于6月中旬交到这座海滨城市手中。")
    assert keys(e.from_) == ["CN/Xiamen"] and keys(e.to) == ["CL/Valparaiso"]
    assert [(i.item, i.quantity) for i in e.items] == [("disposable_mask", 15000)]


def test_this_city_of_a_province_is_the_partner_named_before():
    [e] = events("福建省厦门市向智利友城瓦尔帕莱索市赠送的一次性医用口罩共15000个，已于6月中旬交到这座瓦尔帕莱索大区城市手中。")
    assert keys(e.to) == ["CL/Valparaiso"]
