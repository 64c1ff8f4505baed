"""Dates of pages and of acts in constructions met in reports from other writers (own sentences).

* a page's date line written "09:15, 22 MAY 2020" (capital month) or "Tuesday 12th May 2020" (ordinal day);
* "last Thursday" written on a Friday is the Thursday of the week before (the day before would be "yesterday");
* "yesterday (9 May 2020)": the date in brackets says which day the word meant;
* "last week" (上周) wholly in the month before the page's is that month;
* "X has written to Y to thank it for masks, which were delivered on Monday": Monday is the goods', not the thanks';
* "X sent masks to Y, while Z delivered gowns to W on May 3": the day is Z's act's, not X's;
* "X today thanked Y for donating N masks. The equipment arrived on Tuesday": the gift is of the arrival day;
* "Z has taken delivery of masks donated by Y. The mayor, who received the items on Monday, …": that Monday;
* 3月以来,已先后向…捐赠…。其中,向A捐赠…: a part of the running total is dated as the total stood;
* 市长坦言,当时没想到…。他向X致谢: "at the time" looks back; the thanks are of the story's time;
* A市政府周四证实,…已运抵；B则收到…: the day A told its own news on, across a semicolon, is not B's.
"""
import datetime as dt

from cityaid.extract.dates import find_dates
from cityaid.extract.en_dates import find_dateline_en, find_dates_en
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(paragraphs: list[str], published: str | None):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paragraphs), published=published)
    return extract_document(doc).events


def test_capital_month_and_ordinal_day_on_a_date_line():
    assert find_dateline_en("Daily Courier\n\n09:15, 22 MAY 2020\n\nBody text here.") == dt.date(2020, 5, 22)
    assert find_dateline_en("Borough Times\n\nTuesday 12th May 2020, 7:30 am\n\nBody.") == dt.date(2020, 5, 12)


def test_last_weekday_the_day_before_is_a_week_earlier():
    friday = dt.date(2020, 5, 22)
    assert [d.value for d in find_dates_en("the boxes came last Thursday", friday)] == ["2020-05-14"]
    assert [d.value for d in find_dates_en("the boxes came last Tuesday", friday)] == ["2020-05-19"]


def test_bracketed_date_after_yesterday_wins():
    got = [d.value for d in find_dates_en("The gowns reached the port yesterday (9 May 2020) and were stored.",
                                          dt.date(2020, 5, 11))]
    assert got == ["2020-05-09"]


def test_a_contrasted_second_subject_keeps_its_day():
    events = _events(["Hubei Province sent 30,000 masks to Aichi Prefecture, its partner since 1983, while "
                      "Hunan Province delivered 4,000 gowns to Shiga Prefecture on May 3."], "2020-05-12")
    dated = {e.from_[0].key: e.date.value if e.date else None for e in events if e.type == "donation" and e.from_}
    assert dated.get("CN/Hunan") == "2020-05-03"
    assert dated.get("CN/Hubei") != "2020-05-03"


def test_told_day_of_one_side_does_not_cross_a_semicolon():
    events = _events(["加拿大两座城市近日先后收到中国友城的防疫物资。温尼伯市政府周二证实，友城成都市捐赠的2万个口罩已经运抵；里贾纳则收到南昌市送出的1万个口罩。"], "2020-05-09")
    got = {e.to[0].key: e.date.value for e in events if e.type == "donation" and e.to and e.date}
    assert got.get("CA/Regina", "").startswith("2020-05-09")


def test_thanked_today_for_a_gift_whose_arrival_is_told_next():
    events = _events(["MAYOR'S OFFICE\n\nMay 15, 2020",
                      "Mayor Jane Doe today thanked the sister city of Wuxi, China, for donating 60,000 surgical masks "
                      "to the City of Austin. The equipment arrived at the airport on Tuesday and will go to paramedics."],
                     "2020-05-15")
    gift = [e for e in events if e.type == "donation"]
    assert gift and gift[0].date.value == "2020-05-12"


def test_receipt_told_again_in_a_relative_clause_of_the_next_sentence():
    events = _events(["The Accra city authority has taken delivery of 40,000 face masks donated by China's Anhui Province.",
                      "The mayor, who received the items at City Hall on Monday, thanked Anhui for its support."],
                     "2020-05-14")
    gift = [e for e in events if e.type == "donation"]
    assert gift and gift[0].date.value == "2020-05-11"


def test_parts_of_a_running_total_are_as_it_stood():
    events = _events(["记者今天从杭州市外办获悉，3月以来，杭州市已先后向5个国家的8个友好城市捐赠医用口罩20万只。",
                      "其中，向意大利佩鲁贾市捐赠医用口罩2万只；向法国南特市捐赠医用口罩1万只。"], "2020-05-20")
    parts = {e.to[0].key: e.date.value for e in events if e.type == "donation" and e.to and e.date}
    assert parts and all(v == "2020-05-20" for v in parts.values())


def test_last_week_wholly_in_the_month_before_is_that_month():
    wednesday = dt.date(2020, 7, 1)
    assert [(d.value, d.qualifier) for d in find_dates_en("the gowns came last week", wednesday)] == [("2020-06", "approx")]
    assert [(d.value, d.qualifier) for d in find_dates("上周，防护服运抵。", wednesday)] == [("2020-06", "approx")]
    later = dt.date(2020, 7, 15)
    assert [(d.value, d.qualifier) for d in find_dates_en("the gowns came last week", later)] == [("2020-07-15", "before")]


def test_thanks_after_at_the_time_are_of_the_story_time():
    events = _events(["德国小城格赖茨近日收到友城江西省景德镇市寄出的5000只口罩。",
                      "3月份，格赖茨市寄往景德镇的两箱口罩已经送到。",
                      "市长坦言，当时没想到中国朋友会这么快回报。"
                      "他特别向景德镇市市长致谢。"], "2020-05-06")
    thanks = [e for e in events if e.type == "message"]
    assert thanks and thanks[0].date is not None and thanks[0].date.value.startswith("2020-05")


def test_thanks_for_goods_whose_arrival_a_relative_clause_tells():
    events = _events(["TOWN OF BALLARAT\n\nFriday 22 May 2020",
                      "The Mayor has written to the Mayor of Changchun to thank Ballarat's sister city for a gift of "
                      "8,000 face masks, which were delivered to the town hall on Tuesday."], "2020-05-22")
    thanks = [e for e in events if e.type == "message"]
    gift = [e for e in events if e.type == "donation"]
    assert thanks and thanks[0].date.value != "2020-05-19"
    assert gift and gift[0].date.value == "2020-05-19"
