"""English: a list of places as the subject of "received" names every receiver of that one gift, not only the
last of them (a fronted place or the country each lies in is no receiver)."""
from tests.extract.page_helpers import page_sides


def _events(*paras, published="2020-05-20"):
    return page_sides(*paras, published=published)


def test_two_listed_receivers():
    got = _events("Leipzig and Dresden received 7,000 gloves from Hefei on May 6.")
    assert got == [("donation", ["CN/Hefei"], ["DE/Dresden", "DE/Leipzig"])]


def test_listed_receivers_with_their_countries():
    got = _events("Leipzig in Germany and Rennes in France received 7,000 gloves from Hefei on May 6.")
    assert got == [("donation", ["CN/Hefei"], ["DE/Leipzig", "FR/Rennes"])]


def test_fronted_country_is_no_receiver():
    got = _events("In Germany, Leipzig received 7,000 gloves from Hefei on May 6.")
    assert got == [("donation", ["CN/Hefei"], ["DE/Leipzig"])]
