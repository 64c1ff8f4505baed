"""English: money "transferred" to a partner is a gift, and an apposition naming the partner by a possessive
("X, Y's sister city, sent ...") does not make the partner the giver."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-03-02"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to),
             e.money[0].amount if e.money else None) for e in out.events]


def test_transferred_money_is_a_gift():
    got = _events("Help from Japan\n"
                  "Last month the city of Sendai transferred 3 million yen to the Red Cross in Changchun.\n")
    assert ("donation", ("JP/Sendai",), ("CN/Changchun",), 3000000) in got


def test_possessive_apposition_is_not_the_giver():
    got = _events("Masks for Harbin\n"
                  "Niigata City, Harbin's friendship city, shipped 15,000 masks to the Harbin city government on "
                  "Feb. 3.\n")
    assert [(t, f, to) for t, f, to, _m in got] == [("donation", ("JP/Niigata",), ("CN/Harbin",))]
