"""A foreign province or state named in full, then by its first character and unit word (亞省, 俄州): the
short form is that place, once the page has named it in full.  Sentences written for the test."""
from cityaid.clean import clean_text
from cityaid.resolve.actors import find_actors


def _keys(text):
    return [(m.surface, m.key) for m in find_actors(clean_text(text).text)]


def test_short_form_after_the_full_name():
    got = _keys("加拿大曼尼托巴省与吉林省是友好省。曼省卫生厅表示，已收到吉林省寄来的口罩。")
    assert ("曼省", "CA/Manitoba") in got


def test_state_short_form_in_traditional_script():
    got = _keys("美國俄亥俄州與湖北省締結友好關係。俄州州長隨後致函湖北省。")
    assert ("俄州", "US/Ohio") in got


def test_no_short_form_without_the_full_name_first():
    assert not [k for s, k in _keys("俄州州长致函湖北省。美国俄亥俄州与湖北省是友好州。") if s == "俄州"]


def test_demonym_after_a_comma_is_not_the_place_s_country():
    from cityaid.resolve.english import find_actors_en
    text = "Graz has received 40,000 masks donated by Chengdu, Austrian officials said on Monday."
    got = [(m.surface, m.key) for m in find_actors_en(text)]
    assert ("Chengdu", "CN/Chengdu") in got
    assert not any(s.startswith("Chengdu,") for s, _ in got)


def test_sister_city_in_a_named_province_is_that_province_s():
    from cityaid.resolve.english import find_actors_en
    got = [(m.surface, m.key) for m in find_actors_en(
        "Medan has taken delivery of 20,000 masks from Jinjiang, its sister city in Fujian Province.")]
    assert ("Jinjiang", "CN/Quanzhou/Jinjiang") in got


def test_city_comma_the_region_s_government_are_two_places():
    from cityaid.resolve.english import find_actors_en
    got = [(m.surface, m.key) for m in find_actors_en(
        "In Butterworth, the Penang state government received 8,000 masks from the Guangxi regional government.")]
    assert ("Penang", "MY/Penang") in got


def test_division_named_by_its_state_government():
    from cityaid.resolve.english import find_actors_en
    got = [(m.surface, m.key) for m in find_actors_en(
        "The Sabah state government received 8,000 masks from the Guangxi regional government.")]
    assert ("Sabah", "MY/Sabah") in got


def test_big_foreign_city_without_a_chinese_name_is_known_in_english():
    import pytest
    from cityaid.resolve import geodb
    from cityaid.resolve.english import find_actors_en
    if not geodb.enabled():
        pytest.skip("open-world layer off")
    got = [(m.surface, m.key) for m in find_actors_en(
        "Bahir Dar received 3,000 masks from Kunming, and Halle thanked Jiaxing for its letter.")]
    assert ("Bahir Dar", "ET/Bahir Dar") in got
    assert ("Halle", "DE/Halle") in got


def test_marked_names_of_people_and_saints_towns():
    from cityaid.resolve.english import find_actors_en
    got = [(m.surface, m.key) for m in find_actors_en(
        "Letters came from Mayor Zsolt Vári Kovács of Győr and from the mayor of St. Pölten in Austria.")]
    assert ("Mayor Zsolt Vári Kovács", "HU/Győr") in got
    assert ("St. Pölten", "AT/Sankt Pölten") in got


def test_a_chinese_city_and_a_province_it_does_not_lie_in_are_two_places():
    from cityaid.resolve.english import find_actors_en
    got = [(m.surface, m.key) for m in find_actors_en("Masks came from Xiamen, Hubei Province and Chengdu.")]
    assert ("Xiamen", "CN/Xiamen") in got and ("Hubei Province", "CN/Hubei") in got
    got = [m.key for m in find_actors_en("Masks came from Changsha, Hunan Province.")]
    assert got == ["CN/Changsha"]


def test_a_town_named_with_its_country_keeps_that_sense_bare():
    got = _keys("新西兰汉密尔顿市与无锡市是友好城市。3月5日，汉密尔顿市长致信无锡市。")
    assert ("汉密尔顿市", "NZ/Hamilton") in got
    got = _keys("美国汉密尔顿市向无锡捐赠口罩。汉密尔顿市长致信无锡。")
    assert ("汉密尔顿市", "US/Hamilton") in got


def test_english_country_names_cldr_now_writes_otherwise():
    from cityaid.resolve.english import find_actors_en
    got = [(m.surface, m.key) for m in find_actors_en(
        "Masks went to Izmir in Turkey, to Brno in the Czech Republic and to Abidjan in Ivory Coast.")]
    assert ("Turkey", "TR") in got and ("Ivory Coast", "CI") in got
    assert any(k == "CZ" for _s, k in got)


def test_a_principality_or_kingdom_after_a_possessive_is_no_town():
    from cityaid.resolve.english import find_actors_en
    got = [m.key for m in find_actors_en("Gijon, a port of Spain's Principality of Asturias, received masks.")]
    assert "ES/Principality" not in got


def test_transliterated_town_after_its_country_and_a_town_word_runs_into_the_verb():
    import pytest
    from cityaid.resolve import geodb
    if not geodb.enabled():
        pytest.skip("open-world layer off")
    got = _keys("埃塞俄比亚第二大城市德雷达瓦昨天接收了一批呼吸机。")
    assert ("德雷达瓦", "ET/Dire Dawa") in got


def test_a_titled_person_named_with_a_place_keeps_it_when_named_again():
    from cityaid.resolve.english import find_actors_en, dateline_place
    text = ("NANJING, May 9 -- Maryland Governor Jon Harper thanked Nanjing for its masks. "
            "Later Governor Jon Harper wrote again.")
    got = [(m.surface, m.key) for m in find_actors_en(text, dateline_place(text))]
    assert ("Governor Jon Harper", "US/Maryland") in got


def test_jia_spelling_a_k_in_a_transliteration():
    import pytest
    from cityaid.resolve import geodb, transliterate
    if not geodb.enabled():
        pytest.skip("open-world layer off")
    found = transliterate.match("加拉加斯", "VE", ("city", "adm1"))
    assert found is not None and found[0].name == "Caracas"


def test_county_level_city_named_in_full_somewhere_is_that_city_bare():
    got = _keys("奥地利小城巴德伊舍收到了友好城市义乌寄去的3000只口罩。义乌市外办表示，两市友谊深厚。")
    assert ("义乌", "CN/Jinhua/Yiwu") in got


def test_short_form_after_a_verb_of_sending_on():
    got = _keys("美国密歇根州与浙江省是友好省州。口罩空运到芝加哥，再转运至密州卫生厅。")
    assert ("密州", "US/Michigan") in got
    got = _keys("加拿大亚伯达省与黑龙江省是友好省。物资先运抵温哥华，随后转送亚省卫生服务局。")
    assert ("亚省", "CA/Alberta") in got
