"""English: a name ending in s takes a bare apostrophe as its possessive ("Dallas' sister city of X"), read as
"Dallas's" is."""
from tests.extract.page_helpers import page_sides


def _events(*paras, published="2020-06-10"):
    return page_sides(*paras, published=published)


def test_gift_by_the_sister_city_of_a_name_ending_in_s():
    got = _events("DALLAS – A shipment of 8,000 masks donated by Dallas' sister city of Taipei, Taiwan, arrived on "
                  "Tuesday, the mayor announced today.")
    assert got == [("donation", ["TW/Taipei"], ["US/Dallas"])]


def test_gift_by_a_places_partner_named_without_a_comma():
    got = _events("The mayor accepted 30,000 medical masks donated by Perth's sister city Nanjing on May 2.")
    assert got == [("donation", ["CN/Nanjing"], ["AU/Perth"])]
