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
