"""English cues that make a small town a place, and a national body's page (sentences written for these tests)."""
from cityaid.resolve.english import find_actors_en, publisher_place_en


def _keys(text):
    return [m.key for m in find_actors_en(text) if m.key]


def test_a_town_before_its_district_council_is_a_place():
    assert "NZ/Whakatane" in _keys("The mayor wrote on behalf of Whakatane District Council last week.")


def test_a_town_possessing_a_friendship_province_is_a_place():
    assert "NZ/Whakatane" in _keys("Officers in Hunan, Whakatane's friendship province, wrote in May.")


def test_a_town_standing_for_its_community_is_a_place():
    assert "NZ/Whakatane" in _keys("Gloves were later handed to the Whakatane community by the council.")


def test_the_demonym_capital_is_the_capital_named_before():
    ms = find_actors_en("Officials in Lusaka counted the gifts. Records show the Zambian capital got two of them.")
    ref = next(m for m in ms if m.surface == "the Zambian capital")
    assert ref.key == "ZM/Lusaka"


def test_a_national_friendship_society_page_is_its_countrys():
    pub = publisher_place_en("Australia China Friendship Society", "Australia China Friendship Society\nNews",
                             "Masks reached Adelaide and Perth. Adelaide thanked Hubei. Adelaide's branch met.")
    assert pub is not None and pub.key == "AU"


def test_a_dateline_with_a_us_postal_code_is_in_the_us():
    from cityaid.resolve.english import dateline_place
    m = dateline_place("SALEM, OR — The governor said on Friday that masks had arrived.")
    assert m is not None and m.country == "US"


def test_lao_is_a_demonym_of_laos():
    assert "LA" in _keys("Lao doctors met their colleagues from Kunming.")


def test_a_name_starting_with_a_marked_capital_is_read():
    assert "PL/Łódź" in _keys("Masks from Wuhan reached Łódź on Friday.")


def test_a_common_word_town_said_to_be_twinned_is_a_place():
    assert "GB/Bath" in _keys("Bath, which is also twinned with a French spa town, got its own boxes later.")


def test_a_town_s_community_opening_a_clause_is_a_place():
    assert "NZ/Whakatane" in _keys("Nobody wrote back: the Whakatane community had found its own gloves.")
