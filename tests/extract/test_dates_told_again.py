"""Dates an act takes from a sentence near it that tells it again, and dates that are not the act's.

* 如今 ("nowadays") in a speaker's words is no day an act told later is placed at; 如今日本 is not 今日.
* thanks said on receiving the goods (X收到口罩后表示感谢) are of the day the goods came, not of a
  letter told between.
* "X took receipt of the gift on Thursday", told in the next paragraph, dates a receipt told without a day.
* a wire dateline's day ("LYON, 14 June 2020 --") is the filing's, not the act's when the sentence gives one.
* a request answered in a gift's sentence (为回应X的求助) is dated by the later sentence that tells the asking;
  a gift told in the lead without a day by the later sentence that tells its goods loaded or flown.
* a letter told as sent lately (日前致函) whose next sentence gives its date (这封信的落款日期为…) has that date.
"""
from cityaid.extract.dates import find_dates
from cityaid.model import Document
from cityaid.pipeline import extract_document

import datetime as dt


def _events(paragraphs: list[str], published: str):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paragraphs), published=published)
    return extract_document(doc).events


def _dated(events, kind: str) -> list[tuple[str, str | None]]:
    return [(e.from_[0].key if e.from_ else None, e.date.value if e.date else None) for e in events if e.type == kind]


def test_nowadays_before_a_country_name_is_not_today():
    found = [(d.text, d.value, d.qualifier) for d in find_dates("市长说，两市一直守望相助；如今日本防疫正处于关键阶段。",
                                                                 dt.date(2020, 5, 15))]
    assert ("今日", "2020-05-15", "on") not in found


def test_nowadays_in_a_speech_does_not_date_an_earlier_gift_told_after():
    events = _events(["5月12日，宁波市向友城汉堡市寄去的口罩运抵汉堡。",
                      "汉堡市长说，两市一直守望相助。如今欧洲防疫正处于关键阶段，这批口罩十分及时。",
                      "他透露，汉堡此前已收到上海市捐赠的物资。"], "2020-05-15")
    assert ("CN/Shanghai", "2020-05-12") in _dated(events, "donation")


def test_thanks_on_receiving_the_goods_take_the_arrival_day():
    events = _events(["6月3日，绍兴市捐赠的8000只口罩运抵意大利普拉托市。",
                      "绍兴市长日前致信普拉托市长，表示慰问。",
                      "普拉托市长收到口罩后表示，将把口罩分发给养老院，并向绍兴市表示感谢。"], "2020-06-08")
    assert ("IT/Prato", "2020-06-03") in _dated(events, "message")


def test_receipt_told_again_in_the_next_paragraph_with_its_weekday():
    events = _events(["Windhoek has received 15,000 face masks from Kunming, officials said.",
                      "The governor took receipt of the gift at a ceremony on Thursday, according to a statement "
                      "from his office."], "2020-06-15")
    assert _dated(events, "donation") == [("CN/Kunming", "2020-06-11")]


def test_wire_dateline_day_yields_to_the_day_of_the_act():
    events = _events(["LYON, 14 June 2020 -- On Friday, 12 June, the City of Lyon took receipt of 5,000 masks, "
                      "a donation from the Chinese city of Guangzhou."], "2020-06-14")
    assert _dated(events, "donation") == [("CN/Guangzhou", "2020-06-12")]


def test_answered_request_and_lead_gift_dated_by_later_sentences():
    events = _events(["2020-04-05",
                      "为回应友城圣保罗市的求助，长沙市将5万只口罩捐给圣保罗。",
                      "据悉，早在3月中旬，圣保罗市已去信长沙，列出所需物资，请长沙伸出援手。",
                      "4月2日，满载口罩的货车在市内装货，交由使馆人员接收后再经空运分送各地。"], "2020-04-05")
    assert _dated(events, "donation") == [("CN/Changsha", "2020-04-02")]
    assert _dated(events, "request") == [("BR/Sao Paulo", "2020-03")]


def test_letter_dated_in_the_next_sentence():
    events = _events(["新华社东京6月12日电 大阪府知事日前致函上海市市长，感谢上海赠送的口罩。这封信的落款日期为6月9日。"],
                     "2020-06-12")
    assert _dated(events, "message") == [("JP/Osaka", "2020-06-09")]


def test_dotted_publication_date_is_day_first():
    from cityaid.extract.en_dates import find_dateline_en
    text = "Valley Herald | News\n\nPosted 04.07.2020\n\nBRUGES -- Eight boxes of gloves from Tianjin reached the city last week."
    assert find_dateline_en(text) == dt.date(2020, 7, 4)


def test_gift_done_lately_is_done_by_the_day_the_next_sentence_announces_it():
    events = _events(["江苏省近日向结好多年的维多利亚州赠送了医用口罩5万只。州长18日在记者会上公布了这一消息，并说口罩将优先发给护理院。"],
                     "2020-06-20")
    assert [(e.date.value, e.date.qualifier) for e in events if e.type == "donation"] == [("2020-06-18", "before")]


def test_a_day_fronted_in_a_later_clause_tells_that_clause_not_the_thanks():
    events = _events(["当地媒体8日报道，波尔图市收到青岛市寄来的3万只口罩。",
                      "波尔图市长对青岛的慷慨表示谢意，10日，她和志愿者在车站向旅客分发了口罩。"], "2020-06-12")
    assert [e.date.value for e in events if e.type == "message"] == ["2020-06-08"]
