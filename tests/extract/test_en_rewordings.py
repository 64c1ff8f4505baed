"""One act told in the other common ways (receipt, possessive giver, apposition, people for places), from
sentences written for these tests."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, head="TACOMA TRIBUNE | Local | Pierce County", anchor=dt.date(2020, 5, 8)):
    text = head + "\n\n" + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)]


def _keys(actors):
    return [a["key"] for a in actors]


def _gifts(es):
    return [e for e in es if e["type"] == "donation"]


def test_a_receipt_from_a_country_names_the_city_whose_shipment_it_was():
    (d,) = _gifts(_events("TACOMA, 8 May 2020 -- Tacoma got a welcome parcel from Japan: on Monday the Japanese "
                          "city of Sendai's shipment of 30,000 surgical masks was passed to the fire department."))
    assert _keys(d["from"]) == ["JP/Sendai"] and _keys(d["to"]) == ["US/Tacoma"]
