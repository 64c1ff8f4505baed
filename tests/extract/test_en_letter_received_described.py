"""A letter or message received, with what kind of letter it was told between the verb and the noun
("received a heartfelt letter from", "received a brief message of support from"): the writer is the
place after "from", the reader the subject.  Sentences written for the test."""
from tests.extract.en_helpers import keys, page_events


def _messages(body):
    return [e for e in page_events(body, "Letters between partner cities") if e["type"] == "message"]


def test_a_described_letter_received_runs_from_its_writer():
    ms = _messages("The mayor of Harbin received a heartfelt letter from the Mayor of Edmonton on Feb. 4.")
    assert [(keys(m["from"]), keys(m["to"])) for m in ms] == [(["CA/Edmonton"], ["CN/Harbin"])]
    assert ms[0]["date"]["value"] == "2020-02-04"


def test_a_described_message_received_runs_from_its_writer():
    ms = _messages("Kaohsiung's partner Sendai received a short message of solidarity from Xiamen last month.")
    assert any(keys(m["from"]) == ["CN/Xiamen"] for m in ms)


def test_letters_received_from_two_towns_are_one_message_each_or_one_told_together():
    ms = _messages("Tianjin received moving letters from Incheon and from Kobe in early February.")
    givers = {k for m in ms for k in keys(m["from"])}
    assert {"KR/Incheon", "JP/Kobe"} <= givers
    assert all(keys(m["to"]) == ["CN/Tianjin"] for m in ms)


def test_goods_and_a_letter_received_are_not_one_letter():
    es = page_events("Quebec City received 6,000 gloves and a letter from Xi'an on Monday.", "Gloves arrive")
    assert any(e["type"] == "donation" and keys(e["from"]) == ["CN/Xi'an"] for e in es)
