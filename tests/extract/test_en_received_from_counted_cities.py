"""English running totals a place has received "from four Chinese cities, among them X": the givers are the
cities named, not the country of the adjective inside the count; a gift named in a fronted "Including the Y
shipment," is counted among them, and "the city" that received is the page's place."""
from tests.extract.en_helpers import keys, page_events


def _totals(es):
    return [e for e in es if e["type"] == "aggregate"]


def test_counted_cities_named_after_among_them():
    es = page_events("NARA — The city of Nara received 20,000 masks from its sister city of Xiangtan on May 4.\n\n"
                     "Counting the Xiangtan shipment, the city has received a total of 90,000 masks from three "
                     "Chinese cities as of Wednesday, among them Yibin in Sichuan Province.", "Nara gets masks")
    tot = _totals(es)
    assert len(tot) == 1
    assert keys(tot[0]["from"]) == ["CN/Xiangtan", "CN/Yibin"]
    assert keys(tot[0]["to"]) == ["JP/Nara"]


def test_counted_cities_without_a_fronted_gift():
    es = page_events("KOBE — The city has received a total of 80,000 masks from five Chinese cities, among them "
                     "Tianjin and Harbin.", "Kobe masks")
    tot = _totals(es)
    assert len(tot) == 1 and keys(tot[0]["from"]) == ["CN/Tianjin", "CN/Harbin"]
