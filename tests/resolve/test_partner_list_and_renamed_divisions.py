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


def test_homonym_of_another_country_does_not_lend_its_latin_name():
    # 莱尔 is Rhyl in Wales in the gazetteer; after 德国 it is a German town, and the list goes on in Germany
    got = [(m.surface, m.key, m.country) for m in find_actors("常熟市给德国莱尔市和施泰因富尔特市各寄去一批口罩。")]
    lehr = next(g for g in got if g[0].endswith("莱尔市"))
    assert lehr[2] == "DE" and lehr[1] != "DE/Rhyl"
    other = next(g for g in got if g[0].startswith("施泰因"))
    assert other[2] == "DE"


def test_homonym_with_the_same_latin_name_keeps_it():
    got = keys("株洲市向墨西哥莱昂市寄去了防护服。")
    assert any(k == "MX/Leon" for _s, k in got)


def test_word_for_city_after_a_partner_noun_is_no_town():
    got = keys("截至5月底，本省已向法国、西班牙等12个国家的25个友好省州城市赠送口罩70万只。")
    assert not any(k and k.endswith("/城") for _s, k in got)
