"""A province's office named with its seat, the provincial capital (sentences written for these tests)."""

from cityaid.resolve.english import find_actors_en


def keys(text):
    return [(m.surface, m.key) for m in find_actors_en(text, None)]


def test_an_office_in_the_capital_of_a_named_province_is_the_province():
    text = ("Hunan sent 6,000 gloves to Maine. A teacher had written to the Foreign Affairs Office in Changsha "
            "to ask whether the province could help.")
    got = keys(text)
    assert ("Foreign Affairs Office in Changsha", "CN/Hunan") in got
    assert not any(k == "CN/Changsha" for _s, k in got)


def test_the_capital_stays_a_city_where_its_province_is_not_named():
    got = keys("A teacher had written to the Foreign Affairs Office in Changsha to ask for gloves.")
    assert ("Changsha", "CN/Changsha") in got


def test_a_city_named_after_an_ordinary_word_stays_a_city():
    got = keys("Hunan sent 6,000 gloves to Maine, and the masks reached Changsha by train.")
    assert ("Changsha", "CN/Changsha") in got


def test_a_provincial_office_in_the_capital_is_the_province():
    got = keys("Hunan sent 6,000 gloves to Maine after a call to the provincial Foreign Affairs Office in Changsha.")
    assert ("provincial Foreign Affairs Office in Changsha", "CN/Hunan") in got


def test_an_office_in_the_capital_without_a_word_for_the_province_stays_the_city():
    got = keys("Hunan sent 6,000 gloves to Maine. The Foreign Affairs Office in Changsha packed them.")
    assert ("Changsha", "CN/Changsha") in got
