"""A city whose official English name carries "City" (the gazetteer's Cebu City), written without it in
running English; a bare name the gazetteer knows as something else keeps that reading.  Own sentences."""
from cityaid.resolve.english import find_actors_en


def keys(text):
    return [(m.surface, m.key) for m in find_actors_en(text, None)]


def test_a_bare_name_of_a_city_officially_called_city():
    assert ("Cebu", "PH/Cebu City") in keys("A cargo of 20,000 gloves from Xiamen reached Cebu on Monday.")


def test_a_country_keeps_its_name():
    assert ("Panama", "PA") in keys("Shanghai sent 5,000 gowns to Panama in April.")
