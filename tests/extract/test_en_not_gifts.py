"""English: a deal told "rather than a donation" (a purchase) is no gift."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_rather_than_a_donation_is_no_gift():
    text = ("Masks for Ohio\n"
            "Ohio officials said they had agreed with a factory in Jiangsu province to buy 2 million gowns, a "
            "purchase rather than a donation.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-04-20"))
    assert [e for e in out.events if e.type == "donation"] == []
