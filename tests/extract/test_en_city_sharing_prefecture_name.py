"""English construction: a page datelined with a name that a prefecture and its capital share, which calls
the place a city ("The western Japan city of X"): "the city" later in the body is that place, and what "the
city shipped ... from its own stores to its partner" is a gift of it."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _donations(body, city="Hiroshima", partner="Chongqing"):
    text = (f"{city} and {partner} trade gloves\n\n{city.upper()}, May 12 (Kyodo) -- The western Japan city of "
            f"{city} and {partner}, friendship cities for decades, have traded protective gear this spring, "
            f"officials said Monday.\n\n" + body + "\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-12"))
    return [(tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events if e.type == "donation"]


def test_the_city_is_the_datelined_place_called_a_city():
    got = _donations("In late February, the city shipped 14,000 surgical masks from its own emergency reserve to "
                     "its partner, a spokesman for the mayor said.")
    assert (("JP/Hiroshima",), ("CN/Chongqing",)) in got
