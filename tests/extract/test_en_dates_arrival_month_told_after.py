"""English dates: a receipt told with no day of its own ("has confirmed receipt of N masks") followed by the
goods' arrival told with a month ("The supplies arrived in late May") takes that month, not the page's."""
from cityaid.model import Document
from cityaid.pipeline import extract_document

PAGE = ("BRITAIN-CHINA FRIENDSHIP SOCIETY (YORKSHIRE)\nCommunity bulletin -- June 2020\n\nNEWS IN BRIEF\n\n"
        "HARBIN SUPPORT ARRIVES. Leeds City Council has confirmed receipt of 60,000 surgical masks donated by the "
        "People's Government of Harbin, Leeds's sister city since 1988. {after}\n")


def _gift_dates(after):
    out = extract_document(Document(doc_id="t", text=PAGE.format(after=after), content_hash="x", published="2020-06-01"))
    return [(e.date.value if e.date else None) for e in out.events if e.type == "donation"]


def test_an_arrival_month_told_after_dates_the_receipt():
    assert _gift_dates("The supplies arrived in Leeds in late May and have gone to care homes.") == ["2020-05"]


def test_an_arrival_day_told_after_dates_the_receipt():
    assert _gift_dates("The supplies arrived in Leeds on 27 May and have gone to care homes.") == ["2020-05-27"]
