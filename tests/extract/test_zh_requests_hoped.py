"""Chinese requests told as a hope or a need (sentences written for these tests)."""
from zh_reading import events, keys


def _requests(out):
    return [(keys(e.from_), keys(e.to), e.requested) for e in out if e.type == "request"]


def test_hope_for_support_in_a_field_after_a_letter_is_the_request():
    out = events("3月上旬，广岛县知事致函四川省政府，希望四川能在防护服方面给予支持。")
    assert _requests(out) == [(["JP/Hiroshima"], ["CN/Sichuan"], "supplies")]
    assert [e for e in out if e.type == "message"] == []  # (the letter is the request's vehicle)


def test_a_need_told_to_the_other_side_is_a_request():
    out = events("全州市通过韩国驻成都总领事馆向苏州市表达了对检测试剂的迫切需求。")
    assert _requests(out) == [(["KR/Jeonju"], ["CN/Suzhou"], "supplies")]
    out = events("溫尼伯市此前曾向成都方面表達對外科口罩的需求。")
    assert _requests(out) == [(["CA/Winnipeg"], ["CN/Chengdu"], "supplies")]


def test_hope_that_the_other_shares_with_us_asks_for_a_consultation():
    out = events("疫情暴发后，巴塞罗那市长希望上海能与巴塞罗那分享救治经验。")
    assert _requests(out) == [(["ES/Barcelona"], ["CN/Shanghai"], "consultation")]


def test_a_wish_for_closer_ties_asks_nothing():
    assert _requests(events("釜山市长表示，希望两市进一步加强交流。")) == []
