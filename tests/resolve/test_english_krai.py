"""A Russian krai named as English agencies name it (sentences written for these tests)."""

from cityaid.resolve.english import find_actors_en


def keys(text):
    return [(m.surface, m.key) for m in find_actors_en(text, None)]


def test_a_krai_called_a_territory_is_the_krai():
    got = keys("The Khabarovsk Territory shipped 8,000 gowns to Heilongjiang last week.")
    assert ("Khabarovsk Territory", "RU/Khabarovsk Krai") in got


def test_a_krai_by_its_adjective_alone_before_an_office():
    got = keys("Zabaykalsky Governor Ivan Petrov thanked Inner Mongolia for the gloves.")
    assert got[0][1] == "RU/Zabaykalsky Krai"


def test_a_territory_known_by_its_own_name_stays_itself():
    assert ("Northern Territory", "AU/Northern Territory") in keys("Northern Territory sent 500 gowns to Haikou.")
