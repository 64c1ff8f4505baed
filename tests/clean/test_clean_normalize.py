from hypothesis import given
from hypothesis import strategies as st

from cityaid.clean.normalize import normalize_text, to_half_width, to_simplified


def test_traditional_to_simplified():
    assert to_simplified("益山市向鎮江捐贈防護服和口罩,韓國駐滬總領事來信") == "益山市向镇江捐赠防护服和口罩,韩国驻沪总领事来信"


def test_full_width_to_half_width():
    assert to_half_width("２万只，（套）：ＡＢ　！") == "2万只,(套):AB !"
    assert to_half_width("、。“”《》〇") == "、。“”《》〇"


@given(st.text(max_size=80))
def test_length_is_always_preserved(text):
    assert len(normalize_text(text)) == len(text)


def test_short_and_long_strings_convert_alike():
    # a short string goes through the remembered path, a long one is converted directly: the same result,
    # and a string asked twice gives the same again
    short = "溫州市向姊妹城市寄送醫用手套兩萬雙"
    assert to_simplified(short) == "温州市向姊妹城市寄送医用手套两万双"
    assert to_simplified(short) == to_simplified(short)
    long = short * 60  # longer than what is remembered
    assert len(long) > 600 and to_simplified(long) == to_simplified(short) * 60
