"""Chinese thanks in a clause of their own after a plan told for the goods (sentences written for these tests)."""
from zh_reading import events, keys


def _messages(out):
    return [(keys(e.from_), keys(e.to)) for e in out if e.type == "message"]


def test_thanks_opened_by_duiyu_after_a_plan_for_the_goods_is_said():
    out = events("福冈县称，这批物资将分发给县内医院，对于江苏在口罩短缺之时鼎力相助深表谢意。")
    assert _messages(out) == [(["JP/Fukuoka"], ["CN/Jiangsu"])]
    out = events("冲绳县表示，这批防护服将用于一线，对于福建的援助致以诚挚谢意。")
    assert _messages(out) == [(["JP/Okinawa"], ["CN/Fujian"])]


def test_words_joined_on_to_a_plan_stay_planned():
    assert _messages(events("青岛市表示，将向大邱捐赠口罩，并对该市表示慰问。")) == []
