"""Foreign places in a list closed by a partner noun, divisions whose Chinese name only an older ISO 3166-2
release carried, and an adverb with a verb after a region (sentences written for these tests)."""

from cityaid.resolve import find_actors


def keys(text):
    return [(m.surface, m.key) for m in find_actors(text)]


def test_short_bare_name_in_a_list_closed_by_a_partner_noun():
    got = keys("五月初，福州市和槟城、大邱等友好城市开了一场线上交流会。")
    assert ("槟城", "MY/Penang") in got


def test_short_bare_name_alone_stays_unread():
    # without a cue the weak two-character form is no place (a Penang-style snack shop is not the state)
    got = keys("他在街角开了一家槟城风味的小店。")
    assert ("槟城", "MY/Penang") not in got


def test_renamed_mongolian_province_keeps_its_chinese_name():
    got = keys("包头市给蒙古国中戈壁省送去了两千套防护服。")
    assert ("蒙古国中戈壁省", "MN/Dundgovi") in got or ("中戈壁省", "MN/Dundgovi") in got


def test_renamed_korean_province_keeps_its_chinese_name():
    got = keys("烟台市为韩国忠清北道准备了三万只口罩。")
    assert any(k == "KR/North Chungcheong" for _s, k in got)


def test_adverb_and_verb_after_a_region_are_no_place():
    got = keys("早些时候，蒙古国色楞格省曾致信自治区和包头市，希望得到帮助。")
    assert ("蒙古国色楞格省", "MN/Selenge") in got
    assert not any(s.startswith("曾致") for s, _k in got)
