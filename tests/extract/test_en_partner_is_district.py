"""'Strictly speaking, X's partner is Y District of Z': the side the page calls Z is, in X's exchanges, the
district Y of Z."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_partner_named_precisely_as_district():
    text = ("Wuhan gear reaches Dayton\n\n"
            "DAYTON -- Masks and gloves from Wuhan, China, Dayton's sister city, reached the city on Friday, "
            "June 5: 8,000 masks and 900 pairs of gloves.\n\n"
            "Strictly speaking, Dayton's partner is Jiang'an District of Wuhan in Hubei Province.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-06-08"))
    gifts = [(e.from_[0].key, [a.key for a in e.to]) for e in out.events if e.type == "donation"]
    assert gifts and gifts[0][0] == "CN/Wuhan/Jiang'an"
