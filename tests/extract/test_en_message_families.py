"""English messages told as families: gratitude and indebtedness, the gesture of thanks, a thank-you posted, a
message verb whose object is a clause about the writer's own side (sentences written for these tests)."""
import pytest

from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body, published="2020-05-20"):
    out = extract_document(Document(doc_id="t", text="Report\n\n" + body, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


@pytest.mark.parametrize("verb", ["posted", "tweeted", "shared", "issued"])
def test_a_thank_you_posted_is_a_message(verb):
    body = f'Leipzig Mayor Anna Berg {verb} a thank-you on Facebook on Friday to "our friends in Nanjing".'
    assert ("message", ["DE/Leipzig"], ["CN/Nanjing"]) in _events(body)


@pytest.mark.parametrize("body", [
    "As a thank-you, Kyoto sent 5,000 masks to Xi'an in March.",
    "Kyoto sent 5,000 masks to Xi'an in March, a thank-you for the help it got in February.",
])
def test_a_gift_called_a_thank_you_stays_a_gift(body):
    evs = _events(body)
    assert ("donation", ["JP/Kyoto"], ["CN/Xi'an"]) in evs
    assert not [e for e in evs if e[0] == "message"]


@pytest.mark.parametrize("quote", [
    "We owe our friends in Nanjing a great debt",
    "We are deeply indebted to the people of Nanjing",
    "Our city owes Nanjing a debt of gratitude for the gowns",
])
def test_a_debt_owed_said_aloud_is_thanks(quote):
    evs = _events(f'"{quote}," said Leipzig Mayor Anna Berg.')
    assert ("message", ["DE/Leipzig"], ["CN/Nanjing"]) in evs


def test_a_debt_said_of_another_is_no_message():
    assert not [e for e in _events('"Nanjing owes us nothing," said Leipzig Mayor Anna Berg.') if e[0] == "message"]


def test_indebted_giver_is_a_gift_not_a_message():
    evs = _events("Indebted to Leipzig for its help in January, Nanjing shipped 8,000 gowns to the German city in April.")
    assert ("donation", ["CN/Nanjing"], ["DE/Leipzig"]) in evs
    assert not [e for e in evs if e[0] == "message"]


def test_a_gesture_of_gratitude_by_a_head_greeting_a_team():
    body = ("Hungarian Prime Minister Viktor Kis, joined by the ministers of health and finance, met the doctors at the "
            "airport, shook hands with each of them and kissed the Chinese flag as a gesture of gratitude for China's help.")
    assert ("message", ["HU"], ["CN"]) in _events(body)


def test_a_gift_made_as_a_gesture_of_gratitude_is_a_gift():
    evs = _events("Kyoto donated 5,000 masks to Xi'an in March as a gesture of gratitude for earlier help.")
    assert ("donation", ["JP/Kyoto"], ["CN/Xi'an"]) in evs
    assert not [e for e in evs if e[0] == "message"]


def test_the_gift_called_a_gesture_is_no_message():
    assert not [e for e in _events("It was a gesture of gratitude from a town that Leipzig had helped in March.")
                if e[0] == "message"]


def test_a_clause_told_of_the_writers_own_side_is_not_the_addressee():
    body = ("Milan received 3,000 gowns from Hubei on Monday. The Chinese Consulate in Milan marked the arrival on its "
            "Twitter account, writing that Hubei remembered its old friends in a hard time.")
    evs = [e for e in _events(body) if e[0] == "message"]
    assert evs == [("message", ["CN"], ["IT/Milan"])]
