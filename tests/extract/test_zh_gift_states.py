"""A gift phrase (A(向B)捐赠/捐出/寄赠…的 + goods) followed by any predicate telling where the goods now are
(已经到货, 已在途中, 登上航班, 已由B接收), and the receipt verbs whose object is such goods (接下/接过), on
sentences written for these tests (other places, other figures)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_goods_counted_after_their_name_then_daohuo():
    [e] = events("4月12日，南京市向名古屋市捐赠的医用手套6000副已经到货。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Nanjing"] and keys(e.to) == ["JP/Nagoya"]
    assert e.date.value == "2020-04-12"


def test_a_gift_phrase_then_a_clause_of_its_taking_in():
    [e] = events("苏州市捐出的七千片口罩，已由池田市接收。")
    assert keys(e.from_) == ["CN/Suzhou"] and keys(e.to) == ["JP/Ikeda"]


def test_the_taker_takes_in_the_gift_in_a_clause_of_its_own():
    [e] = events("4月9日，无锡市赠送的三千副护目镜，相模原市当天接收。")
    assert keys(e.from_) == ["CN/Wuxi"] and keys(e.to) == ["JP/Sagamihara"]


def test_goods_on_their_way_go_to_the_places_named_next():
    [e] = events("4月3日，福冈市捐赠的两万只外科口罩已在海运途中，随后将运往广州和深圳。")
    assert keys(e.from_) == ["JP/Fukuoka"] and keys(e.to) == ["CN/Guangzhou", "CN/Shenzhen"]


def test_goods_boarding_a_flight_to_the_partner():
    [e] = events("4月8日，仙台市捐赠的3万只口罩已登上飞往长春的航班。")
    assert keys(e.from_) == ["JP/Sendai"] and keys(e.to) == ["CN/Changchun"]


def test_jiexia_a_gift_phrase_is_a_receipt():
    [e] = events("4月20日，里昂接下了武汉捐出的两万只口罩。")
    assert keys(e.from_) == ["CN/Wuhan"] and keys(e.to) == ["FR/Lyon"]


def test_no_gift_no_event():
    assert events("代表团于3日登上飞往巴黎的航班。") == []
    assert events("巴黎一家医院订购的呼吸机已经到货。") == []
    assert events("4月2日，里昂市长接过了话筒，向武汉人民问好。") == [] or all(
        e.type != "donation" for e in events("4月2日，里昂市长接过了话筒，向武汉人民问好。"))


def test_receiving_a_partners_gift_named_by_its_noun():
    [e] = events("3月，成都收到了大阪市的捐赠。")
    assert e.type == "donation" and keys(e.from_) == ["JP/Osaka"] and keys(e.to) == ["CN/Chengdu"]
    # thanks for the gift stays a message
    assert [x.type for x in events("成都市外办表示，感谢大阪市的捐赠。")] == ["message"]
