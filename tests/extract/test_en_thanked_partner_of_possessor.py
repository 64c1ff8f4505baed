"""English: "the Lord Mayor has thanked X's twin city of Y after ...": the possessor only tells whose partner Y is;
the thanks go to Y, from the page's own side (the titled speaker is unnamed by place)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_thanks_to_the_partner_named_after_a_possessive():
    text = ("Leeds City Council | News\n\nPublished: 19 May 2020\n\nThe Lord Mayor, Anne Roe, has thanked Leeds's "
            "twin city of Harbin after a donation of 8,000 masks from the Harbin Municipal People's Government "
            "arrived in the city on 15 May.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-19"))
    got = {(e.type, e.from_[0].key, e.to[0].key) for e in out.events}
    assert ("message", "GB/Leeds", "CN/Harbin") in got
    assert ("message", "CN/Harbin", "GB/Leeds") not in got
    assert ("donation", "CN/Harbin", "GB/Leeds") in got
