"""English: one joint letter of a city council and a county council of one country has both places as writers
(places of different levels); "X County" that one country alone has is that country's, not the country named
nearest; "the cities of A and B" opening the clause are its subject, both givers."""
from tests.extract.page_helpers import page_sides
from cityaid.resolve.english import find_actors_en


def _events(*paras, published="2020-05-20"):
    return page_sides(*paras, published=published)


def test_joint_letter_of_city_and_county_councils():
    got = _events("In March, Leeds City Council and Derbyshire County Council wrote a joint letter of sympathy to "
                  "Hefei.")
    assert got == [("message", ["GB/Derbyshire", "GB/Leeds"], ["CN/Hefei"])]


def test_county_of_one_country_is_not_the_nearest_country():
    ms = find_actors_en("Lincolnshire County Council wrote to its friends in China.")
    assert [m.key for m in ms if m.surface.startswith("Lincolnshire")] == ["GB/Lincolnshire"]


def test_cities_of_a_and_b_are_both_givers():
    got = _events("In April, the cities of Leipzig and Dresden raised 9,000 euros for Hefei.")
    assert got and got[0][0] == "donation" and got[0][1] == ["DE/Dresden", "DE/Leipzig"]


def test_ties_to_a_and_b_are_no_givers():
    got = _events("Towns with ties to Leipzig and Dresden sent 9,000 masks to Hefei.")
    assert all(g[1] != ["DE/Dresden", "DE/Leipzig"] for g in got)
