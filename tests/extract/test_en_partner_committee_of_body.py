"""English: a body's committee for one partner is named after that partner ("the Japan committee of the X Sister
City Association", "ASCA's Sendai committee"); the committee and its letters are the owner's side, not the
partner's."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text: str):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-20"))
    return [(e.type, e.from_[0].key, e.to[0].key) for e in out.events]


def test_country_committee_of_a_sister_city_body():
    text = ("Feb. 3 - The Japan committee of the Sacramento Sister Cities Association sends a letter of sympathy "
            "to Matsuyama Mayor Noguchi Katsuhiko.\n")
    assert _events(text) == [("message", "US/Sacramento", "JP/Matsuyama")]


def test_acronym_owned_committee_named_for_the_partner():
    text = ("Tulsa Global Alliance | Sister Cities | News\n\nIn March, TGA's Beihai committee recorded a video "
            "message of support for the people of Beihai, with greetings from Tulsa's mayor.\n")
    assert _events(text) == [("message", "US/Tulsa", "CN/Beihai")]
