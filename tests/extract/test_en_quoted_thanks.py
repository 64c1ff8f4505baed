"""Thanks said aloud in a quotation is a message from the speaker's side (own sentences)."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, dateline="TAMPERE, Finland (May 8, 2020) —", anchor=dt.date(2020, 5, 8)):
    text = dateline + "\n" + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)]


def _sides(e):
    return [a["key"] for a in e["from"]], [a["key"] for a in e["to"]]


def test_first_person_thanks_in_a_quotation():
    evs = _events('"For all of us in Tampere, I thank the people of Harbin," Mayor Lauri Lyly said on Thursday.')
    msgs = [e for e in evs if e["type"] == "message"]
    assert msgs and _sides(msgs[0]) == (["FI/Tampere"], ["CN/Harbin"])


def test_on_behalf_of_names_the_thanking_side():
    evs = _events('"On behalf of the residents of Tampere, we thank our friends in Harbin," the mayor said.',
                  dateline="HARBIN, May 8 --")
    msgs = [e for e in evs if e["type"] == "message"]
    assert msgs and _sides(msgs[0]) == (["FI/Tampere"], ["CN/Harbin"])


def test_grateful_quoted_fragment_after_a_receipt_clause():
    evs = _events('The mayor, who took the gowns from an envoy of Harbin, said he was "most grateful to '
                  'the people of Harbin."')
    msgs = [e for e in evs if e["type"] == "message"]
    assert msgs and _sides(msgs[0]) == (["FI/Tampere"], ["CN/Harbin"])


def test_a_quotation_without_thanks_is_no_message():
    evs = _events('"We hope the masks from Harbin arrive soon," the mayor said.')
    assert not [e for e in evs if e["type"] == "message"]
