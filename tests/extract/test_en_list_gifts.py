"""English sentences listing several gifts, participle and relative gifts, written for these tests."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, dateline="FRESNO, Calif. (April 17, 2020) —", anchor=dt.date(2020, 4, 17)):
    text = dateline + "\n" + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)]


def _keys(actors):
    return [a["key"] for a in actors]


def _gifts(evs):
    return sorted((_keys(e["from"])[0], _keys(e["to"])[0], e["items"][0]["item"], e["items"][0]["quantity"])
                  for e in evs if e["type"] == "donation")


def test_a_bare_second_figure_with_its_own_giver_is_a_second_gift():
    evs = _events("Fresno received 4,000 surgical masks from Kunming and 3,500 from Lanzhou in early April.")
    assert _gifts(evs) == [("CN/Kunming", "US/Fresno", "medical_mask", 4000),
                           ("CN/Lanzhou", "US/Fresno", "medical_mask", 3500)]


def test_one_video_meeting_with_listed_partners_is_one_consultation_with_all():
    evs = _events("Kunming on Friday held a video conference with its sister cities of Lahore in Pakistan, Cork in "
                  "Ireland and Fresno, sharing its experience in testing.")
    (e,) = [e for e in evs if e["type"] == "consultation"]
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["PK/Lahore", "IE/Cork", "US/Fresno"]


def test_gifts_to_a_count_of_partners_with_no_goods_named_are_a_total():
    (e,) = _events("Kunming has sent similar gifts to more than 15 of its sister and friendship cities abroad, the "
                   "city's foreign affairs office said.", dateline="KUNMING, May 2 (Xinhua) --")
    assert e["type"] == "aggregate" and _keys(e["from"]) == ["CN/Kunming"] and e["partners_count"] == 15


def test_goods_to_unnamed_partners_in_named_countries_are_a_total():
    (e,) = _events("Yunnan has shipped more than 400,000 masks to partner provinces in Laos and Myanmar, state "
                   "media said.", dateline="KUNMING, May 2 (Xinhua) --")
    assert e["type"] == "aggregate" and _keys(e["from"]) == ["CN/Yunnan"] and _keys(e["to"]) == ["LA", "MM"]
    (e,) = _events("Yunnan shipped 40,000 masks to its partner province of Luang Prabang in Laos on Monday.",
                   dateline="KUNMING, May 2 (Xinhua) --")
    assert e["type"] == "donation"


def test_goods_without_a_figure_to_unnamed_partners_are_no_total():
    evs = _events("Korean provinces have been sending medical supplies to their sister provinces in China as "
                  "the outbreak spreads.", dateline="KUNMING, May 2 (Xinhua) --")
    assert not [e for e in evs if e["type"] == "aggregate"]


def test_the_agent_after_by_gives_goods_flown_from_a_place():
    (e,) = _events("Last week 9,000 gowns were airlifted from Kunming to Fresno by the Yunnan provincial government.")
    assert _keys(e["from"]) == ["CN/Yunnan"] and _keys(e["to"]) == ["US/Fresno"]


def test_two_appositions_in_a_row_after_the_subject():
    (e,) = _events("Fresno County, which has close ties with Yunnan, the province Kunming is the capital of, gave "
                   "4,000 gowns to Yunnan in March.")
    assert _keys(e["from"]) == ["US/Fresno County"] and _keys(e["to"]) == ["CN/Yunnan"]
