"""English: a receipt told without its giver, and the giver told in the next sentence ("The donation came from
X", "The gloves were a gift from X")."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-06"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events]


def test_donation_came_from_the_partner():
    got = _events("Masks arrive in Lyon\n"
                  "Lyon press office | 6 May 2020\n"
                  "Mayor Collomb took delivery of 40,000 masks on Tuesday at Lyon city hall.\n"
                  "The donation came from Lyon's sister city Guangzhou, the mayor's office said.\n")
    assert ("donation", ("CN/Guangzhou",), ("FR/Lyon",)) in got


def test_a_gift_from_names_the_giver():
    got = _events("Gloves for Perth\n"
                  "The City of Perth received 8,000 pairs of gloves on Monday.\n"
                  "The gloves were a gift from Nanjing, Perth's sister city since 1998.\n")
    assert ("donation", ("CN/Nanjing",), ("AU/Perth",)) in got
