""""signed contracts for gowns and visors from Chinese suppliers, and the first cargo plane landed in X": goods
ordered from a land are a sale, not that land's gift to the place they reach."""
from tests.extract.en_helpers import gifts, page_events


def test_orders_from_makers_are_no_gift():
    body = ("The regional health board also signed contracts for gowns and visors from Chinese suppliers, with the "
            "first cargo plane arriving in Galway on Monday.")
    assert not gifts(page_events(body, "GALWAY, April 9 --"))


def test_gift_from_a_partner_stays():
    body = "A consignment of 20,000 masks from Qingdao, Galway's sister city, arrived in Galway last week."
    assert gifts(page_events(body, "GALWAY, April 9 --"))
