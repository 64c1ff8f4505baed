"""Chinese requests told as a hope for support in named goods, asked in a letter or on a call, and letters
sent with goods that name their own writer (sentences written for these tests)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader
from page_helpers import page_sides


def _of(text, kind):
    return [e for e in events(text) if e.type == kind]


def test_letter_hoping_for_support_in_a_list_of_goods_is_a_request():
    text = "3月9日，德国汉堡市长致函李明市长，介绍汉堡及石勒苏益格州疫情，希望杭州在口罩、手套和呼吸机等方面给予支持。"
    (e,) = _of(text, "request")
    assert keys(e.from_) == ["DE/Hamburg"] and keys(e.to) == ["CN/Hangzhou"]
    assert sorted(i.item for i in e.items) == ["gloves", "mask", "ventilator"]
    assert not _of(text, "message")


def test_letter_hoping_to_obtain_support_is_a_request_not_a_gift():
    text = "4月上旬，新潟县知事致函吉林省，希望在口罩和防护服方面获得支持。"
    (e,) = _of(text, "request")
    assert keys(e.from_) == ["JP/Niigata"] and keys(e.to) == ["CN/Jilin"]
    assert not _of(text, "donation") and not _of(text, "message")


def test_goods_still_being_raised_are_no_gift():
    text = "4月上旬，新潟县知事致函吉林省，希望在口罩和防护服方面获得帮助。目前，相关物资正在筹措中。"
    assert not _of(text, "donation")


def test_hope_told_on_a_call_asks_the_city_on_the_call():
    text = "布鲁塞尔市长此前曾在与成都市领导的视频会议中表示，希望中方提供口罩，并分享防控方面的经验。"
    (e,) = _of(text, "request")
    assert keys(e.from_) == ["BE/Brussels"] and keys(e.to) == ["CN/Chengdu"]
    assert not _of(text, "consultation")


def test_letter_sent_with_goods_names_its_own_writer():
    got = page_sides("4月23日，成都市向布鲁塞尔捐赠的口罩启运。",
                     "布鲁塞尔是成都的友好城市。今年2月，布鲁塞尔筹集1万只口罩送到成都。",
                     "随物资一同寄出的，还有成都市市长致布鲁塞尔市长皮埃尔的信。信中说：“谢谢。”")
    assert ("message", ["CN/Chengdu"], ["BE/Brussels"]) in got
    assert ("message", ["BE/Brussels"], ["CN/Chengdu"]) not in got


def test_call_told_only_as_thanks_is_the_thanks_message_traditional_script():
    got = page_sides("新潟縣知事隨後與吉林省長舉行視頻通話，感謝吉林的援助。")
    assert ("message", ["JP/Niigata"], ["CN/Jilin"]) in got
    assert not [g for g in got if g[0] == "consultation"]


def test_goods_carried_by_a_plane_are_the_province_gift_told_inside():
    text = "队员们乘坐的包机还运送了福建省援助菲律宾的一批医疗物资，包括呼吸机和口罩等。"
    (e,) = _of(text, "donation")
    assert keys(e.from_) == ["CN/Fujian"] and keys(e.to) == ["PH"]
    assert sorted(i.item for i in e.items) == ["mask", "ventilator"]


def test_wish_told_in_words_naming_the_one_asked_is_a_request():
    text = "博洛尼亚市长表示，博洛尼亚目前急需呼吸机，希望得到杭州的帮助。"
    (e,) = _of(text, "request")
    assert keys(e.from_) == ["IT/Bologna"] and keys(e.to) == ["CN/Hangzhou"]


def test_goods_a_team_carries_with_no_giver_told_are_no_gift():
    got = page_sides("由江苏省组建的中国政府赴泰国抗疫医疗专家组一行8人今日抵达曼谷。专家组携带了检测试剂等一批医疗物资。")
    assert not [g for g in got if g[0] == "donation"]
    got = page_sides("由江苏省组建的中国政府赴泰国抗疫医疗专家组一行8人今日抵达曼谷。专家组还携带了江苏省捐赠的一批口罩。")
    assert ("donation", ["CN/Jiangsu"], ["TH"]) in got


def test_leaders_call_with_thanks_and_views_traded_is_a_message():
    got = page_sides("里斯本市长当晚与成都市长视频通话，感谢成都的支持，双方并就疫情防控交换意见。")
    assert ("message", ["PT/Lisbon"], ["CN/Chengdu"]) in got
    assert not [g for g in got if g[0] == "consultation"]
    got = page_sides("里斯本市长当晚与成都市长视频通话，感谢成都的支持，双方并就疫情防控经验进行交流。")
    assert [g for g in got if g[0] == "consultation"]


def test_gift_to_us_told_in_a_quoted_letter_goes_to_the_writer():
    got = page_sides("3月8日，意大利米兰市长致信上海市长，感谢上海给予的帮助。",
                     "米兰市长在信中写道：“在米兰最困难的时候，上海市和浦东新区共同向我们捐赠了3万只口罩，这份情谊我们不会忘记。”")
    assert ("donation", ["CN/Shanghai", "CN/Shanghai/Pudong"], ["IT/Milan"]) in got


def test_goods_arriving_with_a_team_told_as_aid_to_an_abridged_country_are_a_gift():
    got = page_sides("由江苏省组建的中国政府赴泰国抗疫医疗专家组一行8人今日抵达曼谷，随机运抵的还有中国政府援泰的一批医疗物资，包括口罩等。")
    assert [g for g in got if g[0] == "donation"]
