"""English received totals: givers told only as a count, or as the plural partners of the receiver."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _aggregates(body, head="Provincial digest"):
    text = head + "\n\n" + body + "\n"
    pub = dateline_place(text)
    es = [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=dt.date(2020, 6, 3))]
    return [e for e in es if e["type"] == "aggregate"]


def _sides(e):
    return [a.get("key") for a in e["from"]], [a.get("key") for a in e["to"]]


def test_a_total_received_from_counted_partners_has_no_named_giver():
    (g,) = _aggregates("Kunming has started shipping gloves to the foreign towns that helped it. Kunming remembers "
                       "its friends. Between February and April, the city received about 700,000 masks and 9,000 "
                       "gowns from 19 sister and friendship cities in 11 countries, officials said.")
    assert _sides(g) == ([], ["CN/Kunming"])


def test_a_place_s_partners_as_subject_give_it_a_total():
    (g,) = _aggregates("Hunan's sister provinces had shipped 600,000 masks and 7,000 gowns to the province by "
                       "the end of March, the office said.")
    assert _sides(g) == ([], ["CN/Hunan"])
    assert g["of"] == "donation"


def test_a_place_s_partners_giving_to_a_named_city_give_it_the_total():
    (g,) = _aggregates("Yunnan's partner regions have donated 45,000 masks to Kunming.")
    assert _sides(g) == ([], ["CN/Kunming"])
