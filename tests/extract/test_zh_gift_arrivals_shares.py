"""Gifts told from the receiving end or on their way, on sentences written for these tests (other places,
other figures): goods on their way whose next clause says where and when they will arrive; the goods of a
partner's gift leaving, announced by the one they are for; a receiver welcoming (迎来) a batch from a giver;
two parties each receiving an amount whose giver the next clause names (这批由X捐出)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_goods_on_their_way_arrive_this_week_in_batches():
    [e] = events("浙江捐出的3万只外科口罩和2000套防护服仍在运输途中，下周将分三批抵达旧金山。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Zhejiang"] and keys(e.to) == ["US/San Francisco"]
    assert sorted(i.quantity for i in e.items) == [2000, 30000]


def test_goods_on_their_way_arrive_at_month_end_traditional():
    [e] = events("廣州捐贈的8000套防護服正在運輸途中，本月內將分兩批運抵洛杉磯。")
    assert keys(e.from_) == ["CN/Guangzhou"] and keys(e.to) == ["US/Los Angeles"]
    assert [i.quantity for i in e.items] == [8000]


def test_expected_arrival_of_goods_in_the_air():
    [e] = events("武汉赠送的1万只口罩正在空运途中，预计月底抵达米兰。")
    assert keys(e.from_) == ["CN/Wuhan"] and keys(e.to) == ["IT/Milan"]


def test_bought_goods_on_their_way_are_no_gift():
    assert events("公司订购的3万只口罩正在运输途中，下周将抵达旧金山。") == []


def test_the_receiver_announces_the_goods_left():
    [e] = events("华盛顿州州长办公室15日发布消息说，友好省四川赠送的3万只外科口罩已经启运。")
    assert keys(e.from_) == ["CN/Sichuan"] and keys(e.to) == ["US/Washington"]
    assert e.date.value == "2020-04-15" and [i.quantity for i in e.items] == [30000]


def test_the_receiver_announces_in_traditional_script():
    [e] = events("蘇州市政府發布消息說，友城金澤贈送的5000隻口罩已經啟運。")
    assert keys(e.from_) == ["JP/Kanazawa"] and keys(e.to) == ["CN/Suzhou"]


def test_the_giver_announcing_its_own_goods_names_the_recipient_itself():
    [e] = events("四川省政府15日发布消息说，四川赠送华盛顿州的3万只外科口罩已经启运。")
    assert keys(e.from_) == ["CN/Sichuan"] and keys(e.to) == ["US/Washington"]


def test_a_receiver_welcomes_a_batch_from_a_giver():
    [e] = events("大阪府立医院5日迎来一批来自中国江苏省的捐赠口罩，共计5万只。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Jiangsu"] and keys(e.to) == ["JP/Osaka"]
    assert [i.quantity for i in e.items] == [50000]


def test_a_city_welcomes_goods_traditional():
    [e] = events("慕尼黑市21日迎來了來自成都的2萬隻醫用口罩。")
    assert keys(e.from_) == ["CN/Chengdu"] and keys(e.to) == ["DE/Munich"]


def test_welcoming_no_goods_is_no_gift():
    assert events("武汉迎来了春天，街头人流渐多。") == []


def test_two_parties_each_receive_an_amount_its_giver_told_after():
    es = events("法国里昂市与德国汉堡市将各获得5万只外科口罩，这批由江苏省捐出、合计10万只的物资，12日已从南京启运。")
    assert sorted(keys(e.to)[0] for e in es) == ["DE/Hamburg", "FR/Lyon"]
    for e in es:
        assert e.type == "donation" and keys(e.from_) == ["CN/Jiangsu"]
        assert [i.quantity for i in e.items] == [50000] and e.date.value == "2020-04-12"


def test_each_receives_traditional_with_a_sum_after():
    es = events("加拿大溫哥華市與美國西雅圖市將各獲得3萬隻醫用口罩，這批由浙江省捐出、合共6萬隻的物資，9日已從杭州啟運。")
    assert sorted(keys(e.to)[0] for e in es) == ["CA/Vancouver", "US/Seattle"]
    assert all(keys(e.from_) == ["CN/Zhejiang"] and [i.quantity for i in e.items] == [30000] for e in es)


def test_each_receives_goods_whose_giver_is_not_named():
    assert events("里昂市与汉堡市各获得5万只口罩，这批物资12日已从南京启运。") == []
