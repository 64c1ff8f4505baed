"""English: a request told of a bare plural in a relative clause ("... with partner cities that ask for them")
names no asker: no request event; a named city that asks stays a request."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _requests(*paras, published="2020-04-09"):
    text = "\n\n".join(("Sister cities and the outbreak",) + paras)
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "request"]


def test_plural_that_ask_is_no_request():
    assert _requests("Changsha sent 3,000 gowns to its sister city Kagoshima on Monday.",
                     "Changsha officials say they will send testing guides to partner cities that ask for them.") == []


def test_named_city_asking_is_a_request():
    got = _requests("Changsha sent 3,000 gowns to its sister city Kagoshima on Monday.",
                    "On April 2 Kagoshima asked Changsha for help with masks.")
    assert got == [(["JP/Kagoshima"], ["CN/Changsha"])]
