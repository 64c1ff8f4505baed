"""English actor resolution: gazetteer English names, cues for common-word names, people, the page's place."""
from cityaid.resolve.english import dateline_place, find_actors_en, publisher_place_en


def _keys(text, publisher=None):
    return [(m.surface, m.key) for m in find_actors_en(text, publisher)]


def test_places_with_state_country_and_admin_words():
    got = _keys("Changsha, Hunan province sent gloves to Annapolis, Maryland, and to Mie Prefecture.")
    assert ("Changsha, Hunan", "CN/Changsha") in got
    assert ("Annapolis, Maryland", "US/Annapolis") in got
    assert ("Mie Prefecture", "JP/Mie") in got


def test_korean_and_russian_regions():
    got = dict(_keys("Gyeonggi-do, Gyeonggi Province, North Chungcheong Province and the Sakha Republic (Yakutia)"))
    assert got["Gyeonggi-do"] == "KR/Gyeonggi"
    assert got["Gyeonggi Province"] == "KR/Gyeonggi"
    assert got["North Chungcheong Province"] == "KR/North Chungcheong"
    assert got["Sakha Republic (Yakutia)"] == "RU/Sakha Republic"


def test_countries_demonyms_and_us():
    got = dict(_keys("Chinese doctors met Japanese officials in the U.S. and in Russia."))
    assert got == {"Chinese": "CN", "Japanese": "JP", "U.S.": "US", "Russia": "RU"}


def test_common_word_city_names_need_a_cue():
    got = _keys("Reading the report, Mobile users in Nice weather. Gloves went to Reading, Pennsylvania.")
    assert ("Reading, Pennsylvania", "US/Reading") in got
    assert not any(s in ("Reading", "Mobile") for s, _k in got)


def test_country_possessive_merges_into_place():
    got = _keys("Masks from China's Zhejiang Province reached Italy's Lombardy.")
    assert got[0] == ("China's Zhejiang Province", "CN/Zhejiang")


def test_people_attributed_to_their_place_and_surname_reused():
    pub = dateline_place("PERTH, May 5 -- text")
    got = _keys("Mayor Basil Zempilas wrote to Nanjing Mayor Han Liming. Zempilas said thanks.", pub)
    assert got[0] == ("Mayor Basil Zempilas", pub.key)
    assert got[1] == ("Nanjing Mayor Han Liming", "CN/Nanjing")
    assert got[2] == ("Zempilas", pub.key)


def test_the_city_means_the_page_place():
    pub = dateline_place("FRESNO, Calif. (April 2, 2020) —")
    assert pub.key == "US/Fresno"
    got = _keys("The city asked Kunming for help.", pub)
    assert got[0] == ("The city", "US/Fresno")


def test_publisher_prefers_title_province_that_contains_dateline_city():
    pub = publisher_place_en("Jiangsu ships gloves to partners", "NANJING, April 2 -- Jiangsu province sent ...", "")
    assert pub.key == "CN/Jiangsu"
    pub = publisher_place_en("Fresno receives masks from Kunming", "", "Fresno receives masks from Kunming.")
    assert pub.key == "US/Fresno"


def test_homonym_takes_the_country_the_page_names_most():
    got = dict(_keys("New Zealand thanked its partners. Masks arrived in Hamilton, and New Zealand officials "
                     "in Wellington said so."))
    assert got["Hamilton"] == "NZ/Hamilton"


def test_embassy_and_consulate_stand_for_their_country():
    got = dict(_keys("The Chinese Embassy in Tokyo and the Consulate General of Japan in Shanghai met."))
    assert got["Chinese Embassy in Tokyo"] == "CN" and got["Consulate General of Japan in Shanghai"] == "JP"


def test_a_stoplisted_word_starting_a_longer_name_is_no_place():
    got = dict(_keys("Medical teams went to Central Asia and Africa."))
    assert "Central" not in got


def test_the_demonym_city_refers_back_to_the_city_of_that_country():
    text = ("Nantong and Ferrara have been partners since 2001. Gloves donated by the Chinese city "
            "reached Ferrara on Friday.")
    ms = find_actors_en(text)
    ref = next(m for m in ms if m.surface == "the Chinese city")
    assert ref.key == "CN/Nantong"


def test_a_cued_chinese_district_is_that_district_when_named_bare():
    text = ("Haidian District of Beijing shipped 3,000 gowns to Gdansk. Gdansk thanked Haidian on Monday.")
    keys = [m.key for m in find_actors_en(text) if m.surface == "Haidian"]
    assert keys == ["CN/Beijing/Haidian", "CN/Beijing/Haidian"]


def test_the_county_is_the_county_just_named_on_a_city_page():
    text = ("DAEGU, April 3 (Yonhap) -- Cheongsong County's plea was heard: the county had asked Kunming "
            "for gloves.")
    pub = dateline_place(text)
    got = dict(_keys(text, pub))
    assert got["the county"] == "KR/Cheongsong"


def test_the_province_stays_the_page_province():
    text = ("JEONJU, May 4 -- Masks poured into North Jeolla Province. Laos's Vientiane Province wrote to "
            "wish the province well.")
    pub = dateline_place(text)
    got = dict(_keys(text, pub))
    assert got["the province"] == "KR/North Jeolla"


def test_the_province_on_an_australian_page_is_the_province_named_before():
    text = ("PERTH -- Queensland sent 3,000 gowns to Hainan while the province fought its outbreak.")
    pub = dateline_place(text)
    got = dict(_keys(text, pub))
    assert got["the province"] == "CN/Hainan"


def test_scottish_and_irish_surnames_stay_whole():
    got = [s for s, _k in _keys("Premier Ian McAllister and Mayor Sean O'Leary met on Monday.")]
    assert "Premier Ian McAllister" in got and "Mayor Sean O'Leary" in got


def test_a_named_provincial_capital_is_its_capital():
    got = dict(_keys("The Hunan provincial capital sent gowns."))
    assert got["The Hunan provincial capital"] == "CN/Changsha"


def test_a_sister_city_society_named_for_both_cities_is_the_first_city_s():
    got = dict(_keys("The Fresno-Kunming Sister City Association and the Tulsa Beihai Sister City Society met."))
    assert got["Fresno-Kunming Sister City Association"] == "US/Fresno"
    assert got["Tulsa Beihai Sister City Society"] == "US/Tulsa"


def test_the_province_on_a_page_datelined_abroad_is_the_province_named_most():
    text = ("VIENTIANE, May 6 (Xinhua) -- Doctors from Guangxi reached Laos on Tuesday. Guangxi has long ties with "
            "Vientiane. By May 5, the province had mailed 90,000 gloves to nine Asian countries.")
    pub = dateline_place(text)
    refs = [m for m in find_actors_en(text, pub) if m.surface == "the province"]
    assert [m.key for m in refs] == ["CN/Guangxi"]


def test_a_mayor_thanked_with_the_people_of_a_place_is_that_place():
    text = "DENVER (April 9, 2020) — \"We thank Mayor Li Wei and the people of Kunming for the gowns,\" said the mayor."
    pub = dateline_place(text)
    ms = [m for m in find_actors_en(text, pub) if m.surface.startswith("Mayor Li")]
    assert [m.key for m in ms] == ["CN/Kunming"]


def test_the_capital_of_a_chinese_province_is_its_capital_city():
    got = _keys("Some 8,000 gowns from Lyon reached the capital of southwest China's Sichuan Province on Friday.")
    assert ("the capital of southwest China's Sichuan Province", "CN/Chengdu") in got
    got = _keys("Changchun, the capital of Jilin, sent masks.")  # an apposition to a named city: the province
    assert ("Jilin", "CN/Jilin") in got


def test_the_regional_government_on_a_page_from_a_regional_capital():
    text = ("NANNING, May 3 (Xinhua) -- Doctors from south China's Guangxi Zhuang Autonomous Region reached Hanoi.\n\n"
            "They carried 2,000 test kits, which were paid for by the regional government.")
    got = _keys(text, dateline_place(text))
    assert ("the regional government", "CN/Guangxi") in got


def test_a_german_state_s_minister_president_speaks_for_the_state():
    got = {m.surface: m.key for m in find_actors_en(
        "Bavarian Minister-President Lena Hofmann thanked Hunan for 3,000 gowns. "
        "Hesse's Minister-President Paul Weber wrote to Wuhan.")}
    assert got["Bavarian Minister-President Lena Hofmann"] == "DE/Bavaria"
    assert got["Hesse's Minister-President Paul Weber"] == "DE/Hesse"


def test_a_region_adjective_is_the_region_only_before_its_head_or_government():
    got = {m.surface: m.key for m in find_actors_en("The Sardinian government received 8,000 masks from Jiangxi.")}
    assert got["Sardinian"] == "IT/Sardinia"
    got = {m.surface: m.key for m in find_actors_en(
        "Jiangxi doctors spoke with Pisa clinicians and the Tuscan regional health service.")}
    assert "Tuscan" not in got
