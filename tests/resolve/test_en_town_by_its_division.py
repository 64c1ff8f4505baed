"""A town told by the division it lies in: "the Tennessee city" after the city was named is that city; "the
New Jersey town of X" is X, the division only where it lies.  Sentences written for the test."""
from cityaid.resolve.english import find_actors_en
from tests.extract.en_helpers import gifts, keys, page_events


def test_the_division_city_is_the_city_named_before():
    es = gifts(page_events("Yangzhou, Kent's sister city, donated 4,000 masks to the Ohio city on Monday.", "Masks"))
    assert [(keys(e["from"]), keys(e["to"])) for e in es] == [(["CN/Yangzhou"], ["US/Kent"])]


def test_a_division_before_town_of_only_says_where():
    got = [(m.surface, m.key) for m in find_actors_en("Datong sent 700 gowns to the New Mexico town of Gallup.", None)]
    assert ("Gallup", "US/Gallup") in got and not any(k == "US/New Mexico" for _s, k in got)
