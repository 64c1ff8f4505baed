"""English sides, last constructions: sentences written for these tests (other places, other numbers)."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, dateline="KATHMANDU, April 20 (Xinhua) --", anchor=dt.date(2020, 4, 20)):
    text = dateline + "\n" + body + "\n"
    clean = clean_text(text)
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean, text, publisher=pub, anchor=anchor)]


def _keys(actors):
    return [a["key"] for a in actors]


def test_received_by_an_official_on_behalf_of_a_country():
    # the official's district is where it was handed over; the gift is the country's
    evs = _events("The shipment of 40,000 masks from Yunnan was received by the mayor of Pokhara "
                  "on behalf of the Government of Nepal on Monday.")
    gifts = [e for e in evs if e["type"] == "donation"]
    assert gifts and _keys(gifts[0]["to"]) == ["NP"] and _keys(gifts[0]["from"]) == ["CN/Yunnan"]


def test_accepted_on_behalf_of_the_city():
    evs = _events("Mayor Jane Doe accepted 12,000 gloves from Ningbo on behalf of the City of Denver on Friday.",
                  dateline="DENVER, April 20 --")
    gifts = [e for e in evs if e["type"] == "donation"]
    assert gifts and _keys(gifts[0]["to"]) == ["US/Denver"] and _keys(gifts[0]["from"]) == ["CN/Ningbo"]


def test_our_named_town_in_a_quote_is_the_giver():
    # the page is the state's; the speaker names their own town after "our"
    evs = _events('"In March our Davenport sister-city friends shipped 1,500 masks over to Yueyang," said a board member.',
                  dateline="DES MOINES, Iowa --")
    gifts = [e for e in evs if e["type"] == "donation"]
    assert gifts and _keys(gifts[0]["from"]) == ["US/Davenport"] and _keys(gifts[0]["to"]) == ["CN/Yueyang"]


def test_small_town_naming_a_sister_city_tie_is_a_place():
    # a town too small to be read bare is a place when it qualifies a sister-city tie
    evs = _events('"Back in March our Muscatine sister-city volunteers shipped 1,200 gowns over to Yueyang," '
                  'said a board member.', dateline="DES MOINES, Iowa --")
    gifts = [e for e in evs if e["type"] == "donation"]
    assert gifts and _keys(gifts[0]["from"]) == ["US/Muscatine"] and _keys(gifts[0]["to"]) == ["CN/Yueyang"]
