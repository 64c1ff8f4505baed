"""Chinese thanks said in public: a post on a website or a social network, words at a press conference
(sentences written for these tests)."""
from zh_reading import events, keys


def _messages(out):
    return [(keys(e.from_), keys(e.to), e.medium) for e in out if e.type == "message"]


def _gifts(out):
    return [(keys(e.from_), keys(e.to)) for e in out if e.type == "donation"]


def test_a_post_then_thanks_is_one_message_by_the_post():
    out = events("5月6日，大连捐赠的3万只口罩运抵北九州市。北九州市政府随后在官网上发文，感谢“我们在大连的老朋友”雪中送炭。")
    assert _gifts(out) == [(["CN/Dalian"], ["JP/Kitakyushu"])]
    assert _messages(out) == [(["JP/Kitakyushu"], ["CN/Dalian"], "web")]
    out = events("布里斯班市政府在官方網站上刊文，感謝深圳市的慷慨援助。")
    assert _messages(out) == [(["AU/Brisbane"], ["CN/Shenzhen"], "web")]


def test_the_one_thanked_inside_the_quotation():
    out = events("上海向蒙特利尔捐赠口罩4万只。货物抵达之后，蒙特利尔市长随即在社交媒体上发帖，感谢“来自上海的朋友”及时伸出援手。")
    assert _gifts(out) == [(["CN/Shanghai"], ["CA/Montreal"])]  # (the help thanked for and the arrival: no gift back)
    assert _messages(out) == [(["CA/Montreal"], ["CN/Shanghai"], "social_media")]
    out = events("布里斯班市長在臉書上發文：「感謝我們的姐妹城市深圳，患難見真情。」")
    assert _messages(out) == [(["AU/Brisbane"], ["CN/Shenzhen"], "social_media")]


def test_a_video_posted_then_thanks_is_one_message():
    out = events("廣州向米蘭捐贈口罩3萬個。口罩運抵以後，米蘭市長在推特上傳一段影片，用中文說「謝謝廣州」，感謝廣州市民的慷慨相助。")
    assert _gifts(out) == [(["CN/Guangzhou"], ["IT/Milan"])]
    assert _messages(out) == [(["IT/Milan"], ["CN/Guangzhou"], "video")]


def test_thanks_at_a_press_conference_are_not_the_letter_told_before():
    out = events("2月初，奥克兰市长曾致函宁波市长表达慰问。4月2日，奥克兰市长在记者会上感谢宁波“在最艰难的时候送来口罩”。")
    assert _messages(out) == [(["NZ/Auckland"], ["CN/Ningbo"], "letter"), (["NZ/Auckland"], ["CN/Ningbo"], "in_person")]


def test_help_thanked_for_in_a_post_is_no_gift():
    out = events("岐阜市长在脸书上发帖，对杭州市及时伸出援手表达谢意。")
    assert _gifts(out) == []
    assert [m[:2] for m in _messages(out)] == [(["JP/Gifu"], ["CN/Hangzhou"])]
