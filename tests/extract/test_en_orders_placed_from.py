""""placed orders worth N for protective equipment from Chinese manufacturers, with the first flights arriving in
X": goods ordered from a land are a sale, not that land's gift to the place they reach."""
from tests.extract.en_helpers import gifts, page_events


def test_orders_from_makers_are_no_gift():
    body = ("Separately, the health service has placed orders worth more than 150 million euro for protective "
            "equipment from Chinese manufacturers, with the first flights arriving in Galway last week.")
    assert not gifts(page_events(body, "GALWAY, April 9 --"))


def test_gift_from_a_partner_stays():
    body = "A consignment of 20,000 masks from Qingdao, Galway's sister city, arrived in Galway last week."
    assert gifts(page_events(body, "GALWAY, April 9 --"))
