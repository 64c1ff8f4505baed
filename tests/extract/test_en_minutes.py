"""Council minutes and reports: plans, a body's own sitting and reports given are no events (sentences written
for these tests)."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, dateline="FRESNO, Calif. (April 17, 2020) —", anchor=dt.date(2020, 4, 17)):
    text = dateline + "\n" + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)]


def test_staff_directed_to_prepare_a_letter_is_a_plan():
    assert _events("After a short discussion, the Council directed staff to prepare a letter of thanks to the "
                   "people of Kunming.") == []
    assert _events("The board instructed the city manager to send 2,000 gowns to Kunming.") == []


def test_a_sitting_called_to_order_by_teleconference_is_no_consultation():
    assert _events("Mayor Dyer called the special meeting to order at 6:00 p.m. with all members present via "
                   "teleconference.") == []


def test_an_update_provided_is_no_gift():
    assert _events("The Police Chief and the Health Officer provided an update on the City's response to the "
                   "virus, including the distribution of protective equipment to City departments.") == []
