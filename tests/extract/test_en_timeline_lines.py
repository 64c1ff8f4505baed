"""English timeline lines in the present tense ("X asks Y for help"), and a place's own "sister city
association" (a body of that place, not its partner)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-06-01"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events]


TIMELINE = ("The Denver Post\n"
            "June 1, 2020\n\n"
            "How Denver and Kunming helped each other\n\n"
            "Denver and Kunming have been sister cities since 1986. This is how the year went.\n\n"
            "Feb. 4 - Denver's sister city committee ships 3,000 N95 masks to Kunming via Chicago.\n\n"
            "March 28 - As Colorado cases rise, Denver asks Kunming for help finding ventilators.\n")


def test_own_sister_city_committee_gives_for_its_city():
    assert ("donation", ("US/Denver",), ("CN/Kunming",)) in _events(TIMELINE)


def test_present_tense_asks_is_a_request():
    assert ("request", ("US/Denver",), ("CN/Kunming",)) in _events(TIMELINE)
