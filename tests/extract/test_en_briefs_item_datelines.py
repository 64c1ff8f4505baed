"""A briefs or ticker page of several items, each opened by its own dateline ("BUSAN, Feb. 26 (Agency) --",
"OSAKA --"): a weekday in a later item counts from that item's own dateline, and an undated act of a later
item takes the page's day, not a day told in the item before it."""
import datetime as dt

from cityaid.extract.en_dates import find_dates_en
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _events(text, pub):
    return spec_events(extract_document(Document(doc_id="t", content_hash="x", text=text, published=pub)))


_TICKER = ("AGENCY NEWS WIRE\n\n"
           "INCHEON, Jan. 30 (Agency) -- Incheon city said Thursday it shipped 40,000 masks to Tianjin, its "
           "sister city in China.\n\n"
           "BUSAN, Feb. 26 (Agency) -- Busan Mayor Oh Jin-woo on Tuesday thanked Shanghai for 20,000 gowns sent "
           "to the port city.\n")


def test_weekday_counts_from_the_items_own_dateline():
    text = _TICKER
    days = {d.text: d.value for d in find_dates_en(text, dt.date(2020, 1, 30))}
    assert days["Thursday"] == "2020-01-30"
    assert days["on Tuesday"] == "2020-02-25"


def test_weekday_of_a_single_story_counts_from_the_page():
    text = "INCHEON, Jan. 30 (Agency) -- Incheon city said Thursday it shipped 40,000 masks to Tianjin.\n"
    days = {d.text: d.value for d in find_dates_en(text, dt.date(2020, 1, 30))}
    assert days["Thursday"] == "2020-01-30"


def test_message_in_a_later_item_is_dated_by_that_item():
    es = _events(_TICKER, "2020-01-30")
    [msg] = [e for e in es if e["type"] == "message"]
    assert msg["date"]["value"] == "2020-02-25"


_BRIEFS = ("REGIONAL BRIEFS -- Friday, April 17, 2020\n\n"
           "NAGANO -- The city of Nagano said it flew 3,000 face shields on Wednesday to Harbin, a partner city "
           "since 1992.\n\n"
           "OSAKA -- Shanghai Mayor Gong Zheng wrote to Osaka Governor Hirofumi Yoshimura voicing concern over the "
           "outbreak in the prefecture, officials said.\n")


def test_undated_act_of_the_next_item_takes_the_pages_day():
    es = _events(_BRIEFS, "2020-04-17")
    [msg] = [e for e in es if e["type"] == "message"]
    assert msg["date"]["value"] == "2020-04-17"
    [gift] = [e for e in es if e["type"] == "donation"]
    assert gift["date"]["value"] == "2020-04-15"
