from cityaid.clean.offsets import MappedText
from cityaid.clean.pinyin import find_pinyin, strip_pinyin


def _strip(text):
    return strip_pinyin(MappedText.identity(text))[0].text


def test_toned_annotations_after_han_characters():
    assert _strip("鎮(zhèn)江市長(zhǎng)致信") == "鎮江市長致信"
    assert _strip("時(shí)間與領(lǐng)導") == "時間與領導"


def test_full_width_parentheses_and_combining_accents():
    assert _strip("鎮（zhèn）江") == "鎮江"
    decomposed = "e\u0300"  # è as e + combining grave
    assert _strip(f"鎮(zh{decomposed}n)江") == "鎮江"


def test_legitimate_parentheses_are_kept():
    text = "萨哈(雅库特)共和国捐赠20余万件(套),世界卫生组织(WHO)与(ORG)及北京(Beijing)(该公司协助运输)"
    assert _strip(text) == text


def test_toneless_syllables_only_in_garbled_documents():
    clean = "张(zhang)先生与李(li)女士"
    assert _strip(clean) == clean
    garbled = "鎮(zhèn)江市長(zhǎng)說(shuō):我們(men)感謝(xie)"
    assert _strip(garbled) == "鎮江市長說:我們感謝"


def test_annotations_whose_character_or_parenthesis_was_lost_to_mojibake():
    assert _strip("政要?jiǎng)討B(tài)") == "政要?討B"


def test_spans_are_reported():
    spans = find_pinyin("團(tuán)結(jié)")
    assert spans == [(1, 7, "pinyin"), (8, 13, "pinyin")]
