"""English dates: "X has thanked Y after a donation of N masks arrived on 3 June": the day is the goods' arrival
(the gift's date), not the thanks'; the thanks take the page's date."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_thanks_after_an_arrival_is_not_dated_by_the_arrival():
    text = ("Leeds City Council | News\n\nPublished: 8 June 2020\n\nThe Lord Mayor, Anne Roe, has thanked Leeds's "
            "twin city of Harbin after a donation of 6,000 gloves from the Harbin Municipal People's Government "
            "arrived in the city on 3 June.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-06-08"))
    got = {(e.type, e.date.value if e.date else None) for e in out.events}
    assert ("donation", "2020-06-03") in got
    assert ("message", "2020-06-03") not in got
