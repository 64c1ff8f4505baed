"""English messages: "The reply came back in March": a reply told as the subject, naming no side, runs from the
one the last message was written to back to its writer (whichever side the page is)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(text, published):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to], e.date.value if e.date else None)
            for e in out.events if e.type == "message"]


def test_reply_to_the_page_side_letter():
    text = ("TACOMA FRIENDSHIP SOCIETY\nNewsletter -- Autumn 2020\n\nOn June 2 a pallet of 8,000 gloves arrived at "
            "City Hall, a gift from Jilin City, our sister city in China since 1990.\n\nIn March our society sent a "
            "message of support to the Jilin City government. The reply came back in April with drawings by "
            "children of the city.\n")
    got = _messages(text, "2020-09-01")
    assert (["US/Tacoma"], ["CN/Jilin City"], "2020-03") in got
    assert (["CN/Jilin City"], ["US/Tacoma"], "2020-04") in got


def test_reply_to_the_partner_letter():
    text = ("Leeds Evening Post | News\n\nBy Ann Smith | 20 May 2020\n\nLeeds has been twinned with Harbin since "
            "1988. In February the Mayor of Harbin wrote to Leeds City Council to thank the city for its support. "
            "The reply came back in March.\n")
    got = _messages(text, "2020-05-20")
    assert (["GB/Leeds"], ["CN/Harbin"], "2020-03") in got
