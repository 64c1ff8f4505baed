"""Open-world English places: names the gazetteer lacks, taken as places because the construction says so."""
from cityaid.resolve.en_open import pinyin_shaped
from cityaid.resolve.english import find_actors_en


def _keys(text):
    """surface -> key, and each place's last word -> key (a place merged with its country keeps its own key)."""
    out = {}
    for m in find_actors_en(text):
        out[m.surface] = m.key
        out.setdefault(m.surface.split()[-1], m.key)
    return out


def test_demonym_unit_of_name():
    got = _keys("Gloves went to the Slovenian town of Velenjak and to the Bulgarian city of Drenovo.")
    assert got["Velenjak"] == "SI/Velenjak"
    assert got["Drenovo"] == "BG/Drenovo"


def test_sister_city_in_country():
    got = _keys("Wenzhou shipped 8,000 masks to Castellaro, its sister city in Italy, last week.")
    assert got["Castellaro"] == "IT/Castellaro"


def test_name_in_country_overrides_a_homonym_elsewhere():
    got = _keys("The gowns were split between Navarre in Spain and Arak in Iran.")
    assert got["Navarre"] == "ES/Navarre"
    assert got["Arak"] == "IR/Arak"


def test_country_possessive_with_unit():
    got = _keys("Help also reached Romania's Bihor County and Belarus's Gomel region.")
    assert got["Romania's Bihor County"] == "RO/Bihor"
    assert got["Belarus's Gomel region"] == "BY/Gomel Region"


def test_us_county_keeps_its_word():
    got = _keys("Masks arrived in Fairfax County in the United States on Friday.")
    assert any(k == "US/Fairfax County" for k in got.values())


def test_sentence_initial_word_is_not_a_place():
    got = _keys("Meanwhile, Japan sent gloves. Officials in Italy agreed.")
    assert "Meanwhile" not in got and "Officials" not in got


def test_pinyin_names_with_chinese_context_are_chinese():
    assert pinyin_shaped("Zhangjiajie") and pinyin_shaped("Xi'an") and not pinyin_shaped("Windhoek")
    got = _keys("The city of Lengshuijiang in China's Hunan province sent masks.")
    assert got["Lengshuijiang"].startswith("CN/")


def test_guess_from_the_sentence_never_overrides_a_known_place():
    got = _keys("The city of Windhoek thanked its Chinese partners.")
    assert got["Windhoek"] == "NA/Windhoek"


def test_organisations_are_not_places():
    got = _keys("Staff of the Chinese Embassy in Tokyo met the Red Cross Society in Japan.")
    assert not any(k and ("Embassy" in k or "Society" in k or "Staff" in k) for k in got.values())


def test_possessor_of_a_partner_and_a_council_are_places():
    got = _keys("Officials in Yunnan, Tekapo's friendship province, wrote to Tekapo District Council in New Zealand.")
    assert got["Tekapo"] == "NZ/Tekapo"


def test_county_in_a_us_state():
    got = _keys("Tulare County in California received gloves.")
    assert got["Tulare County"] == "US/Tulare County"


def test_community_body_takes_the_place_it_is_in():
    got = {m.surface: m.key for m in find_actors_en("A Chinese welfare association in Cardiff sent gloves.")}
    assert got["Chinese"] == "GB/Cardiff"


def test_a_province_named_with_a_demonym_word():
    got = {m.surface: m.key for m in find_actors_en("Vietnam's Thai Binh Province sent gloves.")}
    assert got["Vietnam's Thai Binh Province"] == "VN/Thai Binh"


def test_a_name_shown_to_be_a_place_stays_one_on_the_page():
    got = [(m.surface, m.key) for m in find_actors_en(
        "Gloves reached Velenjak, its sister city in Slovenia. Later the Velenjak council thanked the donors.")]
    assert got.count(("Velenjak", "SI/Velenjak")) == 2


def test_the_possessor_of_a_chinese_partner_is_not_chinese():
    got = {m.surface: m.key for m in find_actors_en("Masks came from Velenjak's Chinese partner city, Kunming.")}
    assert not (got.get("Velenjak") or "").startswith("CN/")


def test_county_in_a_foreign_province_takes_the_province_country():
    got = _keys("Okcheon County in North Chungcheong Province took 8,000 gloves from Kunming last week.")
    assert got["Okcheon County"] == "KR/Okcheon"


def test_dateline_region_places_an_unknown_name():
    text = ("HAENAM, South Jeolla Province, June 2 -- Haenam County said on Monday that 6,000 gloves "
            "from Wuyi in China had arrived.\nHaenam gave Wuyi 900 masks in January.")
    ms = find_actors_en(text)
    assert [m.key for m in ms if m.surface.startswith("Haenam")] == ["KR/Haenam", "KR/Haenam"]


def test_currency_prefix_is_not_a_country():
    ms = find_actors_en("Gimhae gave 4 million won (US$3,300) to Guilin.")
    assert "US" not in [m.key for m in ms]


def test_a_plural_unit_of_a_list_makes_each_name_a_place():
    got = _keys("Shaanxi sent 2,000 gowns apiece to the Romanian towns of Vadeni, Ocnita and Bradetu.")
    assert got["Vadeni"] == "RO/Vadeni" and got["Ocnita"] == "RO/Ocnita" and got["Bradetu"] == "RO/Bradetu"


def test_a_county_on_a_korean_datelined_page_is_korean():
    text = ("DAEGU, April 3 (Yonhap) -- Cheongsong County's plea was heard quickly: it had asked its Chinese "
            "partner county for gloves in March.")
    got = _keys(text)
    assert got["Cheongsong County"] == "KR/Cheongsong"


def test_a_chinese_partner_adjective_does_not_place_the_asker():
    got = _keys("In the east, Cheongsong County had asked its Chinese sister county for 3,000 gowns.")
    assert not (got.get("Cheongsong County") or "").startswith("CN/")


def test_korean_eo_names_are_not_pinyin():
    assert not pinyin_shaped("Cheongsong")
    assert not pinyin_shaped("Yeongdeok")
    assert pinyin_shaped("Zhangjiajie") and pinyin_shaped("Ma'anshan")


def test_a_county_named_with_its_unit_again_before_a_title():
    text = ("Okcheon County in North Chungcheong Province took 8,000 gloves from Kunming. "
            "Okcheon County Governor Kim Jae-jong wrote to Kunming to thank it.")
    ms = [m for m in find_actors_en(text) if m.surface.startswith("Okcheon")]
    assert [m.key for m in ms] == ["KR/Okcheon", "KR/Okcheon"]


def test_a_local_unit_word_gives_the_country():
    got = _keys("The Landkreis Esslingen and the Comune di Lecco each thanked Kunming; Gmina Kórnik did too.")
    assert got["Esslingen"].startswith("DE/") and got["Lecco"].startswith("IT/") and got["Kórnik"].startswith("PL/")


def test_a_region_opened_with_its_unit_is_found_bare_before_a_title():
    text = ("Doctors met officials of Zambia's Lusaka-West region by video. Later Lusaka-West Governor Ruth "
            "Banda wrote to Kunming.")
    keys = [m.key for m in find_actors_en(text) if "Lusaka-West" in m.surface]
    assert len(keys) == 2 and len(set(keys)) == 1 and keys[0].startswith("ZM/")


def test_name_in_country_opening_a_sentence_when_named_again_or_apposed_as_partner():
    got = _keys("Kerlindorf in Austria, Jiaxing's oldest partner city, got 9,000 gowns on May 2.")
    assert got["Kerlindorf"] == "AT/Kerlindorf"
    got = _keys("Marvelle in France sent gloves. The Marvelle-Yancheng link dates from 1994.")
    assert got["Marvelle"] == "FR/Marvelle"
    got = _keys("Officials in France said the flight was late.")
    assert "Officials" not in got


def test_a_district_named_with_its_city_is_that_citys_district():
    assert _keys("Daegu received gowns from Changchun's Chaoyang district.")["Chaoyang"] == "CN/Changchun/Chaoyang"
    assert _keys("Gowns came from Gulou District of Fuzhou.")["Gulou"] == "CN/Fuzhou/Gulou"
    assert _keys("Beijing's Chaoyang District sent 3,000 gloves.")["District"] == "CN/Beijing/Chaoyang"


def test_a_division_named_by_its_government_adjective():
    # "the X regional government": the division the gazetteer writes with its own unit word
    got = _keys("Last spring the Primorsky regional government flew 8,000 gowns to Harbin.")
    assert got["Primorsky"] == "RU/Primorsky Krai"
    got = _keys("Masks paid for by the Novosibirsk regional authorities reached Shenyang.")
    assert got["Novosibirsk"] == "RU/Novosibirsk Oblast"


def test_an_autonomous_oblast_told_as_a_region_is_not_chinese():
    got = _keys("Harbin shipped 12,000 gloves to the Jewish Autonomous Region last week.")
    assert got["Jewish Autonomous Region"] == "RU/Jewish Autonomous Oblast"
    got = _keys("Urumqi is the capital of the Xinjiang Uygur Autonomous Region.")
    assert all(k.startswith("CN") for k in got.values())


def test_state_before_a_governor_title_is_the_governors_not_the_places():
    # "to Hubei, South Carolina Governor X": a two-word state names the governor's office
    got = _keys("In a letter of thanks to Hubei, South Carolina Governor Jane Roe said the state was grateful.")
    assert got["Hubei"] == "CN/Hubei"
    assert "US/Hubei" not in got.values()
    # a town and its state, no title after: the town of that state
    assert "US/Springfield" in _keys("The masks reached Springfield, North Dakota on Monday.").values()


def test_sentence_start_town_of_the_country_named_is_a_place():
    # a first word the gazetteer knows as a town of the country after "in" (not a capitalised common word)
    got = _keys("Masks arrived. Tours in France was sent 9,000 gowns by Hunan last week. Officials in Japan were "
                "sent some too.")
    assert got.get("Tours") == "FR/Tours"
    assert "Officials" not in got


def test_a_town_hall_named_with_a_possessive_is_a_town_of_the_other_country_the_page_names():
    # the sentence names China nearest; the town is Israel's, where the gazetteer has a town of that name
    got = _keys("Hadera's City Hall glowed red on Friday for the people of China, a gesture the embassy of China "
                "in Israel welcomed.")
    assert got["Hadera"] == "IL/Hadera"


def test_corona_is_the_virus_not_the_californian_city():
    got = _keys("Nurses treating Corona patients in Hubei got the masks, as the Corona Virus spread.")
    assert "Corona" not in got and got["Hubei"] == "CN/Hubei"
