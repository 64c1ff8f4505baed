"""English: a letter told as going with the goods ("a letter accompanying the consignment", "a note from X that came
with them", "Tucked inside the boxes was a letter from the mayor") runs the goods' way: from their giver to
their receiver, whoever the letter's writer is named as."""
import datetime as dt

from tests.extract.en_helpers import keys, page_events


def _notes(es):
    return [(keys(e["from"]), keys(e["to"])) for e in es if e["type"] == "message"]


def test_letter_accompanying_the_consignment():
    body = ("The first to help was Hubei Province. Last month Hubei shipped 6,500 gowns to South Chungcheong, "
            "and a letter accompanying the consignment asked the two provinces to keep working side by side.")
    es = page_events(body, "Partners rally behind province", anchor=dt.date(2020, 4, 20))
    assert (["CN/Hubei"], ["KR/South Chungcheong"]) in _notes(es)


def test_enclosed_with_the_boxes_was_a_letter_from_the_mayor():
    body = ("Wuppertal has received 12,000 masks sent by Wuxi at the end of March. "
            "Enclosed with the boxes was a letter from Mayor Li Ming to the town, wishing it a quick recovery.")
    es = page_events(body, "Masks for Wuppertal", anchor=dt.date(2020, 4, 20))
    assert _notes(es) == [(["CN/Wuxi"], ["DE/Wuppertal"])]
