"""English dates: "X has sent N masks to Y to return a favour from last month": the month belongs to the favour
(an earlier act), not to this gift, which takes the day its goods are later told to have arrived."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gift_dates(body):
    text = "THE DAILY POST\nHome > Society\n\nHarbin sends masks to Niigata\n\n12:31 JST, March 7, 2020\n\n" + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-03-07"))
    return [e.date.value if e.date else None for e in out.events if e.type == "donation"]


def test_a_favour_returned_from_last_month_does_not_date_the_gift():
    got = _gift_dates("TOKYO -- The city of Harbin in northeastern China has sent 8,000 masks to Niigata, Niigata "
                      "Prefecture, to return a favor from last month, the Niigata city government said Friday.\n\n"
                      "The boxes reached the Niigata municipal office on Thursday.")
    assert got == ["2020-03-05"]


def test_a_gift_sent_last_month_keeps_its_month():
    got = _gift_dates("TOKYO -- The city of Harbin in northeastern China sent 8,000 masks to Niigata last month, "
                      "the Niigata city government said Friday.")
    assert got == ["2020-02"]
