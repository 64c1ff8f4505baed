"""A titled person thanked *for* a foreign place's help speaks for that place, not for the page's place."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, dateline="FRESNO, Calif. (April 17, 2020) —"):
    text = dateline + "\n" + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=dt.date(2020, 4, 17))]


def _keys(actors):
    return [a["key"] for a in actors]


def test_governor_thanked_for_province_generosity_is_of_that_province():
    (e,) = _events("The Mayor thanked Governor Li Wei for Yunnan's generosity in a letter sent on Monday.")
    assert e["type"] == "message" and _keys(e["from"]) == ["US/Fresno"] and _keys(e["to"]) == ["CN/Yunnan"]


def test_mayor_thanked_for_city_support():
    (e,) = _events("Our council thanked Mayor Zhou Ming for Kunming's continued support in a phone call on Tuesday.")
    assert e["type"] == "message" and _keys(e["from"]) == ["US/Fresno"] and _keys(e["to"]) == ["CN/Kunming"]


def test_own_official_still_of_the_page():
    (e,) = _events("Mayor Lee Brand thanked the people of Kunming in a letter on Monday.")
    assert _keys(e["from"]) == ["US/Fresno"] and _keys(e["to"]) == ["CN/Kunming"]


def test_district_administrator_is_the_page_side():
    (e,) = _events("District Administrator Karl Weber thanked Kunming's mayor in a phone call on Monday.",
                   dateline="TACOMA, Wash. (April 17, 2020) —")
    assert e["type"] == "message" and _keys(e["from"]) == ["US/Tacoma"] and _keys(e["to"]) == ["CN/Kunming"]


def test_thanks_said_in_a_video_call_is_a_message_from_the_thanker():
    (e,) = _events("Mayor Lee Brand thanked Kunming's mayor in a video call on Monday.")
    assert e["type"] == "message" and _keys(e["from"]) == ["US/Fresno"] and _keys(e["to"]) == ["CN/Kunming"]


def test_video_call_sharing_experience_stays_a_consultation():
    evs = _events("Fresno doctors thanked Kunming's experts in a video call on Monday where they shared "
                  "their experience of treating severe cases.")
    assert any(e["type"] == "consultation" for e in evs)
