"""Shared by the English extraction tests: run the English reader over a page built from a headline
line and a body, the way the pipeline does (dateline place as publisher)."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def page_events(body, head, anchor=dt.date(2020, 5, 8)):
    text = head + "\n\n" + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)]


def keys(actors):
    return [a["key"] for a in actors]


def gifts(es):
    return [e for e in es if e["type"] == "donation"]
