"""Open-world English places told with a unit word: lists of a country's units, Mongolian aimags, city wards and
districts, and division names that GeoNames gives to a few countries only."""
from cityaid.resolve.english import find_actors_en


def _keys(text):
    return {m.surface: m.key for m in find_actors_en(text)}


def test_adjective_before_the_demonym_of_a_unit_list():
    got = _keys("Kunming flew gloves to the southern Lao provinces of Champasak, Attapeu and Salavan in May.")
    assert got["Champasak"].startswith("LA/")
    assert got["Attapeu"].startswith("LA/")
    assert got["Salavan"].startswith("LA/")
    assert "Lao" not in got  # the demonym only says where the listed provinces lie


def test_aimags_listed_are_mongolian_whatever_country_is_named_beside():
    got = _keys("Khovd and Zavkhan aimags, which border China's Xinjiang, got thermometers last week.")
    assert got["Khovd"].startswith("MN/")
    assert got["Zavkhan"].startswith("MN/")


def test_a_division_name_of_two_countries_takes_the_one_the_sentence_places():
    got = _keys("In Multan, a Chinese charity handed 90 tents to the government of Punjab province on Friday.")
    assert got["Punjab province"] == "PK/Punjab"


def test_a_ward_lies_in_the_country_of_the_city_named_beside_it():
    got = _keys("Chaoyang gave 9,000 gowns to Kokonoe ward, its partner in central Osaka.")
    assert got["Kokonoe ward"] == "JP/Kokonoe"


def test_a_city_possessing_a_district_gives_its_country():
    got = _keys("Gloves were handed to Busan's Haeundae District by a Chinese partner district.")
    assert any(k == "KR/Busan/Haeundae" for k in got.values())  # keyed under its city, as 釜山市海云台区 is
