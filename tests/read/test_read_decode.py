import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityaid.read import MAX_BYTES, ReadError, decode_bytes
from cityaid.read.decode import frequent_han_share, looks_like_text, read_bytes

SIMPLIFIED = "镇江市向友城益山市捐赠两万只口罩和防护服"
TRADITIONAL = "鎮江市向友城益山市捐贈兩萬只口罩和防護服"


def test_utf8_with_and_without_bom():
    assert decode_bytes(SIMPLIFIED.encode("utf-8")) == (SIMPLIFIED, "utf_8")
    assert decode_bytes(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8")) == (SIMPLIFIED, "utf_8")


@pytest.mark.parametrize("text", [SIMPLIFIED, "口罩", "友城", "致信慰问", "市长", TRADITIONAL])
def test_gb18030(text):
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


@pytest.mark.parametrize("text", [TRADITIONAL, "口罩", "友城", "致信", "鎮江", "捐贈防護服"])
def test_big5(text):
    decoded, codec = decode_bytes(text.encode("big5"))
    assert decoded == text
    assert codec in ("big5", "cp950")


def test_utf16_with_bom_and_without():
    text = "益山市 donated 240 sets 防护服\n"
    assert decode_bytes(text.encode("utf-16"))[0] == text
    assert decode_bytes(text.encode("utf-16-le")) == (text, "utf_16_le")
    assert decode_bytes(text.encode("utf-16-be")) == (text, "utf_16_be")


@pytest.mark.parametrize("raw", [b"", b"   \n\t  "])
def test_empty(raw):
    with pytest.raises(ReadError, match="empty file"):
        decode_bytes(raw, "r.txt")


@pytest.mark.parametrize("raw", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    b"%PDF-1.4 something",
    b"<html>\x00\x01\x02 garbage</",
    bytes([0x81, 0x30]) * 20,
])
def test_binary(raw):
    with pytest.raises(ReadError, match="binary file, not a text report"):
        decode_bytes(raw, "r.txt")


def test_undecodable():
    with pytest.raises(ReadError) as exc:
        decode_bytes(b"\x80\xff" * 20, "x.txt")
    assert str(exc.value) == "x.txt: cannot decode as UTF-8, GB18030 or Big5"


def test_one_broken_byte_in_a_long_page_is_tolerated():
    raw = ("友城捐赠口罩。" * 300).encode("utf-8")
    raw = raw[:1008] + b"\xff" + raw[1008:]  # 1008: a character boundary
    text, codec = decode_bytes(raw)
    assert codec.endswith("+replace")
    assert text.count("\ufffd") == 1


def test_too_large_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:
        fh.truncate(52_400_000)  # sparse: no 52 MB written
    with pytest.raises(ReadError) as exc:
        read_bytes(path)
    assert str(exc.value) == f"{path}: file too large (52.4 MB > 20 MB limit)"
    assert MAX_BYTES == 20_000_000
    small = tmp_path / "s.txt"
    small.write_bytes(b"x" * 2000)
    with pytest.raises(ReadError, match=r"file too large \(0\.0 MB > 0\.001 MB limit\)"):
        read_bytes(small, max_bytes=1000)


def test_frequent_block_scores_tell_right_from_wrong_decoding():
    raw = "口罩".encode("gb18030")
    assert frequent_han_share(raw.decode("gb18030"), "gb") == 1.0
    assert frequent_han_share(raw.decode("big5"), "big5") < 1.0


def test_looks_like_text():
    assert looks_like_text("镇江 Zhenjiang 2020年\n")
    assert not looks_like_text("\x01\x02\x03\x04abc")


COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=COMMON, min_size=4, max_size=40))
def test_common_simplified_text_round_trips_through_gb18030(text):
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


@pytest.mark.parametrize("text", ["café crème", "Zürich", "São Paulo", "Москва помогает Харбину"])
def test_latin_and_cyrillic_utf8_stay_utf8(text):
    assert decode_bytes(text.encode("utf-8")) == (text, "utf_8")


def test_short_gbk_that_is_also_valid_utf8_is_read_as_gbk():
    raw = "一一一一".encode("gb18030")
    raw.decode("utf-8")  # valid UTF-8 too ("һһһһ")
    assert decode_bytes(raw) == ("一一一一", "gb18030")
