"""English: "the city" opening a sentence after a gift to the page's own place, where the clause names that place as
the other side ("The city had received N masks from Y in January" on Y's page, after "X delivered N masks to Y"):
"the city" is X, the side that acted last, not the page's place."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text: str):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-03-12"))
    return [(e.type, e.from_[0].key, e.to[0].key, e.date.value if e.date else None) for e in out.events]


def test_the_city_received_from_the_page_place():
    text = ("Niigata Nippo | Local\n\nChinese partner repays kindness\n\nNiigata has been helped by its Chinese "
            "partner as cases rise in Niigata. Harbin, Niigata's sister city since 1979, delivered 8,000 masks "
            "to Niigata City Hall on Tuesday. The city had received 3,000 masks from Niigata in late January, "
            "shortly after the outbreak began.\n")
    got = _events(text)
    assert ("donation", "CN/Harbin", "JP/Niigata", "2020-03-10") in got
    assert ("donation", "JP/Niigata", "CN/Harbin", "2020-01") in got
