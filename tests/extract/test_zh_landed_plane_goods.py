"""Chinese: goods on board a plane that landed (一架飞机降落在X国Y郊外的机场,机上装有A提供的…), where the
next sentence names the official who came to take them in (前往接收物资的Z州副州长), were A's gift to Z; that
official's taking-in is no gift of its own.  Own sentences."""
from zh_reading import events, keys

LANDED = "5月2日，一架满载中国援助物资的飞机降落在哈萨克斯坦阿拉木图郊外的机场，{board}浙江提供的医用口罩和防护服。"
TAKER = "\n\n负责接收物资的阿拉木图州副州长向浙江朋友表示感谢。"


def _gifts(text):
    return [e for e in events(text) if e.type == "donation"]


def test_on_board_then_the_taker():
    [e] = _gifts(LANDED.format(board="机上装有") + TAKER)
    assert keys(e.from_) == ["CN/Zhejiang"] and keys(e.to) == ["KZ/Almaty Region"]
    assert e.date.value == "2020-05-02"
    assert {i.item for i in e.items} == {"medical_mask", "protective_suit"}


def test_in_the_hold():
    [e] = _gifts(LANDED.format(board="货舱里就有") + "\n\n前来接收物资的阿拉木图州官员感谢浙江的援手。")
    assert keys(e.from_) == ["CN/Zhejiang"] and keys(e.to) == ["KZ/Almaty Region"]


def test_no_taker_told_no_gift_read():
    assert not _gifts(LANDED.format(board="机上装有"))


def test_landing_at_home_is_no_gift():
    text = "5月2日，一架飞机降落在杭州萧山机场，机上装有浙江提供的医用口罩。\n\n负责接收物资的杭州市官员表示感谢。"
    assert not [e for e in _gifts(text) if "CN/Zhejiang" in keys(e.from_)]
