"""English construction: a giver named as another place's partner ("Alberta's twin province of Heilongjiang sent
N gloves") with no receiver named gave to the tie's owner, not to the page's own city as well; near-miss: the
first gift of the page, to the page's city, keeps it."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-06-04"))
    return [(tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events if e.type == "donation"]


def test_tie_owner_alone_receives():
    got = _gifts("Sister city Harbin sends masks to Edmonton\n\n"
                 "Edmonton's sister city in China has shipped 20,000 surgical masks to the city.\n\n"
                 "The province has a similar tie. Alberta's twin province of Heilongjiang sent 50,000 gloves in May.\n")
    assert (("CN/Heilongjiang",), ("CA/Alberta",)) in got
    assert (("CN/Harbin",), ("CA/Edmonton",)) in got
    assert not any("CA/Edmonton" in to for frm, to in got if "CN/Heilongjiang" in frm)
