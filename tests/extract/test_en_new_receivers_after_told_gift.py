"""English: after a gift told to the page's city, a sentence that opens on that gift by reference and then, in a
clause of its own, tells the giver sending goods to other partners ("The X shipment is one of several: Y has also
sent gowns to its sister cities A, B and C") tells a new gift, not the first one again; and "its sister cities"
(a plural) is no single partner of the page: the receivers are the ones listed after it."""
from tests.extract.page_helpers import page_sides


def test_one_of_several_then_new_receivers():
    got = page_sides("Kyoto City News",
                     "Five thousand gowns donated by Kyoto's sister city Xi'an arrived on Monday.",
                     "The Kyoto shipment is one of several: Xi'an has also sent gowns this month to its sister cities "
                     "Quebec City, Edinburgh and Turku.")
    assert ("donation", ["CN/Xi'an"], ["JP/Kyoto"]) in got
    assert any(t == "donation" and f == ["CN/Xi'an"] and "GB/Edinburgh" in to for t, f, to in got)


def test_plural_sister_cities_is_not_the_pages_partner():
    got = page_sides("Kyoto City News",
                     "Five thousand gowns donated by Kyoto's sister city Xi'an arrived on Monday.",
                     "Xi'an has also sent gowns to its sister cities Quebec City and Turku.")
    assert any(t == "donation" and "FI/Turku" in to for t, f, to in got)


def test_the_goods_told_again_still_one_gift():
    got = page_sides("Kyoto City News",
                     "Five thousand gowns donated by Kyoto's sister city Xi'an arrived on Monday.",
                     "The gowns will go to nurses at the city's hospitals.")
    assert [g for g in got if g[0] == "donation"] == [("donation", ["CN/Xi'an"], ["JP/Kyoto"])]
