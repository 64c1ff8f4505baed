"""English: a figure sent "to their sister provinces and cities in X" (two plurals of partners, none named, in a
country) is a total over many partners, an aggregate, as "to partner regions in X" is."""
from tests.extract.page_helpers import page_sides


def test_two_plurals_of_partners_in_a_country():
    got = page_sides("Daily paper",
                     "By Friday, Chinese provinces and cities had sent more than 800,000 masks to their sister "
                     "provinces and cities in Japan, officials said.")
    assert got == [("aggregate", ["CN"], ["JP"])]


def test_one_named_partner_stays_a_gift():
    got = page_sides("Daily paper", "Hubei sent 80,000 masks to its sister province Gyeonggi in South Korea on Friday.")
    assert [t for t, _f, _to in got] == ["donation"]
