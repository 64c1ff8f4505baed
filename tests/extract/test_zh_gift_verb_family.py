"""The family of gift, arrival and receipt verbs as Chinese reports vary them (寄赠/捐出 for 捐赠, 到达/到了 for
运抵, 被X接收, 获X捐赠), on sentences written for these tests (other places, other figures)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_a_gift_phrase_with_jizeng_then_its_arrival():
    [e] = events("乐山市寄赠的八千只口罩4月9日运抵德国慕尼黑。")
    assert keys(e.from_) == ["CN/Leshan"] and keys(e.to) == ["DE/Munich"]


def test_goods_that_daoda_a_city_reach_it():
    [e] = events("宜宾市捐赠的两万只口罩已于7日到达慕尼黑。")
    assert keys(e.from_) == ["CN/Yibin"] and keys(e.to) == ["DE/Munich"]
    assert e.date.value == "2020-04-07"


def test_goods_that_daole_a_small_town_reach_it():
    [e] = events("友好城市绵阳市寄赠的五千只口罩，日前到了德国巴伐利亚州的小城埃尔兰根。")
    assert keys(e.from_) == ["CN/Mianyang"] and keys(e.to) == ["DE/Erlangen"]


def test_daole_a_month_is_no_arrival():
    [e] = events("到了4月，慕尼黑也向成都捐赠了口罩。")
    assert keys(e.from_) == ["DE/Munich"] and keys(e.to) == ["CN/Chengdu"]


def test_goods_juanchu_then_taken_in_by_you():
    [e] = events("吉林省捐出的九千片口罩已由艾伯塔省接收。")
    assert keys(e.from_) == ["CN/Jilin"] and keys(e.to) == ["CA/Alberta"]


def test_goods_taken_in_with_bei():
    [e] = events("常州捐赠的3万只口罩于6月2日被慕尼黑接收。")
    assert keys(e.from_) == ["CN/Changzhou"] and keys(e.to) == ["DE/Munich"]


def test_a_bare_huo_before_a_gift_makes_a_receipt():
    [e] = events("2月，绵阳市曾获慕尼黑捐赠一万只口罩。")
    assert keys(e.from_) == ["DE/Munich"] and keys(e.to) == ["CN/Mianyang"]
    [e] = events("疫情高峰时，宜宾市曾获得奥地利方面援助一批防护物资。")
    assert keys(e.from_) == ["AT"] and keys(e.to) == ["CN/Yibin"]


def test_huoxi_is_no_receipt():
    [e] = events("获悉慕尼黑向成都捐赠了口罩。")
    assert keys(e.from_) == ["DE/Munich"] and keys(e.to) == ["CN/Chengdu"]


def test_what_a_city_jiedaole_does_not_arrive_at_its_sender():
    # 接到了 is taking in a letter or goods, not goods reaching the place after it (到了 after 接 is no arrival)
    es = events("德阳市外办4月3日接到了美因茨市的来信和一批口罩。")
    assert not [e for e in es if e.type == "donation" and keys(e.from_) == ["CN/Deyang"]]
