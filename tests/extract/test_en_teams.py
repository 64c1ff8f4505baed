"""English medical teams told with travel verbs, and what else such sentences carry (sentences written for these tests)."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_dates import find_dateline_en
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, dateline="BEIJING, May 6 (Xinhua) --", anchor=dt.date(2020, 5, 6)):
    text = dateline + " " + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)]


def _keys(actors):
    return [a["key"] for a in actors]


def test_a_team_organised_by_a_province_flew_to_a_capital():
    evs = _events("On May 2, a nine-strong team assembled by the health commission of Yunnan Province flew to "
                  "Vientiane.")
    team = [e for e in evs if e["type"] == "medical_team"]
    assert len(team) == 1 and "CN/Yunnan" in _keys(team[0]["from"]) and "LA" in _keys(team[0]["to"])


def test_a_province_sent_a_team_to_a_country():
    evs = _events("Guangxi later sent a third team of 14 to neighbouring Vietnam.")
    assert [(e["type"], _keys(e["to"])) for e in evs] == [("medical_team", ["VN"])]


def test_a_team_and_the_request_before_it_are_two_events():
    evs = _events("On May 2 a team from Yunnan Province flew to Yangon, after the Myanmar government asked "
                  "Beijing for help.")
    assert sorted(e["type"] for e in evs) == ["medical_team", "request"]
    req = next(e for e in evs if e["type"] == "request")
    assert _keys(req["from"]) == ["MM"] and _keys(req["to"]) == ["CN"]


def test_a_minister_named_with_a_demonym_speaks_for_the_country():
    evs = _events("Cambodian Health Minister Mam Bunheng thanked China on Twitter on May 4.")
    assert [(e["type"], _keys(e["from"]), _keys(e["to"])) for e in evs] == [("message", ["KH"], ["CN"])]


def test_a_day_month_year_date_with_hyphens_dates_the_page():
    assert find_dateline_en("NEWS\n\nUpdated 09:30, 04-May-2020\nBy a reporter\n\nText.") == dt.date(2020, 5, 4)


def test_a_hospital_team_of_a_city_holding_a_video_call_is_no_medical_team():
    evs = _events("On May 3 the intensive care team of a Vientiane hospital held a video conference with doctors "
                  "of Kunming.")
    assert [e["type"] for e in evs] == ["consultation"]


def test_a_team_handing_over_counted_goods_tells_a_gift_not_its_coming():
    evs = _events("In Malawi, the Guangdong medical team in Lilongwe passed on 21,000 masks and 900 protective "
                  "suits from Guangdong Province to the Malawian health ministry on May 2.")
    assert [e["type"] for e in evs] == ["donation"]
    assert "CN/Guangdong" in _keys(evs[0]["from"]) and "MW" in _keys(evs[0]["to"])


def test_a_team_of_a_province_that_had_donated_goods():
    evs = _events("The minister said the 12th Shanxi medical team had donated 4,000 gloves and 60 thermometers "
                  "to a hospital in Lome.")
    assert [e["type"] for e in evs] == ["donation"]
    assert "CN/Shanxi" in _keys(evs[0]["from"])


def test_a_team_sent_with_no_goods_stays_a_team():
    evs = _events("Shanxi sent a medical team of 14 doctors to Togo on May 3.")
    assert [e["type"] for e in evs] == ["medical_team"]
