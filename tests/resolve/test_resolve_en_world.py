"""English places the small gazetteer lacks, placed by GeoNames when only one country has the name."""
import pytest

from cityaid.resolve.english import find_actors_en


def _keys(text):
    return {m.surface: m.key for m in find_actors_en(text)}


@pytest.mark.parametrize("text, surface, key", [
    # state_of_name_only_one_country_has: the sentence names China (the giver), but only Mexico has a state of this name
    ("Japanese officials said the state of Nuevo León took 8,000 gowns from China's Hubei Province.",
     "Nuevo León", "MX/Nuevo Leon"),
    # lowercase_province_word
    ("Heilongjiang sent 2,000 test kits to Dornogovi province on Friday.", "Dornogovi province", "MN/Dornogovi"),
    # named_city_with_its_unit_word
    ("A Chinese consul handed 3,000 gloves to officials of Cebu City in May.", "Cebu City", "PH/Cebu City"),
    # people_of_a_division_only_one_country_has
    ("The Provost of Fife thanked Henan in China for 2,000 masks.", "Fife", "GB/Fife"),
], ids=["state_of_name_only_one_country_has", "lowercase_province_word", "named_city_with_its_unit_word",
        "people_of_a_division_only_one_country_has"])
def test_name_only_one_country_has(text, surface, key):
    assert _keys(text)[surface] == key


def test_saint_abbreviation_is_a_name():
    got = _keys("Donors in St. Louis wired $2,000 to Nanjing; Gov. Hogan of Md. spoke too.")
    assert got["St. Louis"] == "US/St. Louis"
    assert "Md." in got  # an abbreviation still reads as before


def test_small_town_word_heading_an_of_name_is_no_place():
    got = _keys("Nurses at University of Kansas Hospital spoke with doctors in Wuhan.")
    assert "University" not in got


def test_homonym_tie_between_named_countries_takes_the_big_one():
    # the page names France and the United States once each: no preference, the larger Manchester
    text = "Masks went to Lyon in France and to Boston in the U.S. Manchester City Council thanked Wuhan."
    got = _keys(text)
    assert got["Manchester City"] == "GB/Manchester"


def test_name_without_its_marks_with_a_cue():
    got = _keys("Chengdu sent 9,000 gloves to Krakow and 4,000 to hospitals in Lodz.")
    assert got["Krakow"] == "PL/Kraków"
    assert got["Lodz"] == "PL/Łódź"


def test_name_without_marks_and_without_cue_is_left_alone():
    got = _keys("The Munster Herald reported that Shanghai sent masks to Cork.")
    assert "Munster" not in got


def test_language_after_in_is_no_place():
    got = _keys("The mayor thanked Hangzhou in Spanish and Chinese on Monday.")
    assert got["Hangzhou"] == "CN/Hangzhou"
    assert "Spanish" not in got and "Chinese" not in got


def test_demonym_before_a_noun_still_counts():
    got = _keys("Masks reached hospitals in Chinese cities.")
    assert got["Chinese"] == "CN"


def test_first_name_place_before_an_office():
    got = _keys("Florence Deputy Mayor Anna Bianchi thanked Nanjing.")
    assert got["Florence Deputy Mayor Anna Bianchi"] == "IT/Florence"
    assert "Florence" not in _keys("Florence Green spoke to Nanjing students.")


def test_bare_county_level_name_no_other_place_has():
    got = _keys("Friends in Pingtan sent 3,000 masks to Gunsan. Kunshan Road was closed.")
    assert got["Pingtan"] == "CN/Fuzhou/Pingtan"
    assert "Kunshan" not in got


def test_small_town_named_again_and_again_is_a_place_each_time():
    text = ("Kokomo friends of Weifang\nKokomo volunteers packed gloves. Kokomo residents gave money. "
            "The parcel left Kokomo on Friday for Weifang.")
    got = [m for m in find_actors_en(text) if m.surface == "Kokomo"]
    assert len(got) == 4 and all(m.key == "US/Kokomo" for m in got)


def test_repeated_surname_is_no_town():
    text = ("Ann Kokomo spoke first. Kokomo said the gloves went to Weifang. Kokomo added that more would follow. "
            "Kokomo thanked everyone.")
    assert not [m for m in find_actors_en(text) if m.surface == "Kokomo"]


def test_the_city_after_according_to_a_body_of_another_city():
    from cityaid.resolve.english import publisher_place_en
    text = ("BRISTOL -- Guangzhou sent 9,000 masks to Bristol. According to the Guangzhou Health Commission, the city "
            "has now helped 30 partner cities. The city of Bristol has thanked it.")
    pub = publisher_place_en(None, "", text)
    refs = [m.key for m in find_actors_en(text, pub) if m.surface == "the city"]
    assert refs == ["CN/Guangzhou"]


def test_national_minister_without_a_country_word_speaks_for_the_page_country():
    from cityaid.resolve.english import publisher_place_en
    text = "WELLINGTON - Foreign Minister Jane Doe thanked Sichuan for 8,000 gowns on Friday."
    pub = publisher_place_en(None, "", text)
    got = [m.key for m in find_actors_en(text, pub) if m.surface.startswith("Foreign Minister")]
    assert got == ["NZ"]


@pytest.mark.parametrize("text, surface, key", [
    # a body of the division right after its name
    ("Chengdu doctors spoke by video with Kerala health officials on Monday.", "Kerala", "IN/Kerala"),
    ("Guangdong shipped 4,000 gowns to the Tamil Nadu government last week.", "Tamil Nadu", "IN/Tamil Nadu"),
    # a place cue before it
    ("Inner Mongolia sent 6,000 masks to Dornod in April.", "Dornod", "MN/Dornod"),
    # a name two countries' divisions carry: the country the page names
    ("LAHORE, Pakistan: Sindh and Punjab Chief Minister Ali Khan thanked Xinjiang, Pakistan's friend.",
     "Punjab Chief Minister Ali Khan", "PK/Punjab"),
], ids=["body_after", "government_after", "cue_before", "homonym_by_page_country"])
def test_first_level_division_the_gazetteer_lacks(text, surface, key):
    assert _keys(text)[surface] == key


def test_division_words_shared_by_many_countries_are_no_division():
    got = _keys("Western governments and Central officials praised Hebei.")
    assert "Western" not in got and "Central" not in got


def test_a_homonym_division_with_no_country_named_is_left_alone():
    assert "Punjab" not in _keys("Doctors met Punjab officials by video.")


def test_a_division_named_again_after_a_cued_mention():
    got = find_actors_en("Sichuan doctors met Kerala health officials. Kerala had asked for ventilators. "
                         "Kerala thanked Sichuan.")
    assert [m.key for m in got if m.surface == "Kerala"] == ["IN/Kerala"] * 3


def test_a_name_repeated_only_at_the_head_of_bodies_is_no_division():
    text = ("Otago Courier\\nMasks from Jinan arrived in the Otago this week. The Otago Chinese Society and "
            "Otago Polytechnic helped.")
    assert not any(m.surface == "Otago" for m in find_actors_en(text))


@pytest.mark.parametrize("text, surface, key", [
    ("Poznan has received 15,000 gloves from its partner Shenzhen.", "Poznan", "PL/Poznań"),
    ("Malmo on Friday shipped 600 gowns to Ningbo.", "Malmo", "SE/Malmö"),
    ("Dusseldorf's mayor wrote to Chongqing with thanks.", "Dusseldorf", "DE/Düsseldorf"),
], ids=["subject_of_receipt", "subject_of_shipment", "office_of_the_town"])
def test_sizeable_town_without_marks_doing_an_act_of_aid(text, surface, key):
    assert _keys(text)[surface] == key


def test_small_town_without_marks_before_a_verb_still_needs_a_cue():
    # a small town's name alone before a verb may be a person's: no cue, no place
    got = _keys("Whitney received 700 masks from Nanjing.")
    assert "Whitney" not in got


@pytest.mark.parametrize("text", ["St. Petersburg sent 4,000 gowns to Shanghai.",
                                  "St Petersburg sent 4,000 gowns to Shanghai."])
def test_saint_name_takes_the_big_city_under_its_full_name(text):
    # Russia's city is "Saint Petersburg" in the tables, Florida's "St. Petersburg": the larger one wins
    assert _keys(text)[text.split(" sent")[0]] == "RU/Saint Petersburg"


def test_undotted_saint_name_still_reads_its_dotted_entry():
    assert _keys("Nanjing sent 900 gowns to St Louis.")["St Louis"] == "US/St. Louis"
