"""One gift told twice in English: a later sentence about "the masks" is the gift told before (own sentences)."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, dateline="TAMPERE, Finland (May 8, 2020) —", anchor=dt.date(2020, 5, 8)):
    text = dateline + "\n" + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)]


def test_definite_goods_without_a_figure_are_the_gift_told_before():
    evs = _events("Tampere has received 15,000 masks from Harbin, its sister city in China.\n"
                  "The masks, flown in from Harbin via Helsinki, were stored at the civil defence depot in Lahti.")
    gifts = [e for e in evs if e["type"] == "donation"]
    assert len(gifts) == 1 and gifts[0]["items"][0]["quantity"] == 15000


def test_the_restatement_gives_its_day_to_a_gift_dated_by_the_telling():
    evs = _events("The city said Thursday it had received 4,000 gowns from Harbin.\n"
                  "The gowns arrived on Monday, the city added.")
    gifts = [e for e in evs if e["type"] == "donation"]
    assert len(gifts) == 1 and gifts[0]["date"] == {"value": "2020-05-04", "qualifier": "on"}


def test_goods_sent_by_a_named_side_inside_a_later_remark():
    evs = _events("Harbin has sent 9,000 gloves to Tampere.\n"
                  "The mayor said the gloves sent by Harbin would help nurses in the region.")
    assert len([e for e in evs if e["type"] == "donation"]) == 1


def test_a_first_telling_by_reference_is_still_a_gift():
    evs = _events("The supplies donated by Harbin reached Tampere on Tuesday.")
    assert [e["type"] for e in evs] == ["donation"]


def test_a_second_gift_with_its_own_figure_stays():
    evs = _events("Harbin has sent 9,000 gloves to Tampere.\n"
                  "The second shipment of 2,000 goggles from Harbin arrived on Wednesday.")
    assert len([e for e in evs if e["type"] == "donation"]) == 2
