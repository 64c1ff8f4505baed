"""English messages whose writers are named after the message noun: letters that "came from" places, a note
"from" two mayors that arrived, letters sent "by" a place in the passive (sentences written for these tests)."""
import pytest

from cityaid.model import Document
from cityaid.pipeline import extract_document
from en_helpers import keys, page_events


def _page(body, head="Notes"):
    out = extract_document(Document(doc_id="t", text=head + "\n\n" + body, content_hash="x", published="2020-04-10"))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "message"]


def _msgs(es):
    return [(keys(e["from"]), keys(e["to"])) for e in es if e["type"] == "message"]


@pytest.mark.parametrize("body", [
    "Letters of thanks came from the mayors of Turin and Padua.",
    "Messages of support also poured in from Turin and Padua.",
    "A note from the mayors of Turin and Padua arrived on Tuesday.",
    "Letters of sympathy from the mayors of Turin and Padua reached the city hall last week.",
])
def test_writers_after_from_wrote_to_the_page_place(body):
    es = page_events(body, "HANGZHOU, April 2 (Xinhua) --")
    assert _msgs(es) == [(["IT/Turin", "IT/Padua"], ["CN/Hangzhou"])]


def test_writers_of_two_countries_are_not_each_others_receivers():
    es = page_events("Letters of solidarity also came from the mayors of Porto and Seville.", "Notes")
    assert not [m for m in _msgs(es) if set(m[0]) & set(m[1])]
    assert ("message", ["ES/Seville"], ["PT/Porto"]) not in [(e["type"], keys(e["from"]), keys(e["to"])) for e in es]


def test_a_letter_that_came_from_one_place():
    es = page_events("A letter of thanks came from Augsburg on Monday.", "JINAN, May 6 (Xinhua) --")
    assert _msgs(es) == [(["DE/Augsburg"], ["CN/Jinan"])]


@pytest.mark.parametrize("body", [
    "Sympathy letters were sent by Harbin to its sister cities of Sendai and Edmonton.",
    "Solidarity letters were sent by Harbin to Sendai and Edmonton in February.",
])
def test_letters_sent_by_a_place_in_the_passive(body):
    msgs = _page(body)  # one letter each (the whole page's reading)
    assert (["CN/Harbin"], ["JP/Sendai"]) in msgs
    assert (["CN/Harbin"], ["CA/Edmonton"]) in msgs


def test_a_passive_letter_with_its_date_before_by():
    assert _msgs(page_events("Letters of thanks were sent on Friday by Sapporo to Shenyang.", "Notes")) == \
        [(["JP/Sapporo"], ["CN/Shenyang"])]


def test_a_message_of_gratitude_sent():
    assert _msgs(page_events("Nara sent a message of gratitude to Xi'an after the gowns arrived.", "Notes")) == \
        [(["JP/Nara"], ["CN/Xi'an"])]


@pytest.mark.parametrize("body", [
    "The mayor of Graz paid tribute to the people of Ningbo in a message on Facebook.",
    "Graz Mayor Eva Huber paid tribute to Ningbo in a letter on Thursday.",
])
def test_a_tribute_paid_in_a_message(body):
    assert _msgs(page_events(body, "Notes")) == [(["AT/Graz"], ["CN/Ningbo"])]


@pytest.mark.parametrize("body", [
    "The mayor of Graz thanked the hospital staff for their hard work over Easter.",
    "Graz Mayor Eva Huber paid tribute to all front-line health workers in a video.",
    "In a post on Facebook, the mayor of Graz thanked its volunteers for sewing masks.",
])
def test_thanks_to_own_people_is_no_message_to_the_page_place(body):
    assert not _page(body, "NINGBO, May 3 (Xinhua) --")


def test_thanks_to_the_partner_people_still_a_message():
    assert _page("The mayor of Graz thanked the medical staff of Ningbo for their advice.",
                 "NINGBO, May 3 (Xinhua) --") == [(["AT/Graz"], ["CN/Ningbo"])]


@pytest.mark.parametrize("body", [
    "The Consulate General of Korea in Qingdao conveyed a letter of thanks from Daegu to Shandong.",
    "The Chinese embassy handed over a letter of sympathy from Shandong to Daegu on Monday.",
])
def test_a_go_between_passes_a_letter_on(body):
    msgs = _msgs(page_events(body, "Notes"))
    assert len(msgs) == 1
    frm, to = msgs[0]
    assert sorted([frm[0], to[0]]) == ["CN/Shandong", "KR/Daegu"] and frm != to
    assert frm == (["KR/Daegu"] if "Korea" in body else ["CN/Shandong"])


@pytest.mark.parametrize("body", [
    "'Your kindness will stay with us,' Toledo's mayor wrote in a message to Ningbo.",
    "‘Your kindness will stay with us,’ the mayor of Toledo wrote in a letter to Ningbo.",
    "'Thank you, Ningbo!' the mayor of Toledo tweeted on Sunday.",
])
def test_words_in_single_quotes_then_the_writer(body):
    assert _page(body) == [(["US/Toledo"], ["CN/Ningbo"])]


def test_a_plan_in_single_quotes_is_no_message():
    assert not _page("'Next month we will ship more gowns,' the mayor of Ningbo wrote in a letter to Toledo.")
