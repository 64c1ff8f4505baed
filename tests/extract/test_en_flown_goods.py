"""English: goods "flown" to a partner in a perfect tense ("had flown N masks to X") are a gift sent.

"flew" was already a gift verb; its participle was only read after "team" (a medical team flown in).
"""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text: str):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-04-10"))
    return [(e.type, e.from_[0].key, e.to[0].key) for e in out.events]


def test_reported_perfect_flown_is_a_gift():
    assert _events("Mayor Ann Roe of Tacoma, Washington, said the city had flown 2,000 N95 masks to its sister "
                   "city Fuzhou in February.") == [("donation", "US/Tacoma", "CN/Fuzhou")]


def test_plain_perfect_flown_is_a_gift():
    assert _events("Sendai has flown 12,000 gloves to Changchun.") == [("donation", "JP/Sendai", "CN/Changchun")]


def test_passive_flown_from_to_keeps_its_sides():
    assert _events("The 3,000 masks were flown from Harbin to Niigata on March 5.") == [
        ("donation", "CN/Harbin", "JP/Niigata")]
