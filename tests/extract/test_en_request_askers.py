"""English requests, second pass: who asks and who is asked — a titled person of a place, a letter to the
mission, a call made to ask whether the addressee could help a side, a nation's office asking a nation."""
from en_helpers import keys, page_events


def _requests(body, head="Provincial notes"):
    return [e for e in page_events(body, head) if e["type"] == "request"]


def test_a_person_titled_by_a_place_asks_for_the_place():
    (r,) = _requests("QUETTA, June 4 (Xinhua) -- In Quetta, the Chinese Consulate General handed 30 tents to the "
                     "government of Balochistan province on Tuesday. Balochistan Chief Minister Omar Rind had asked "
                     "the Yunnan government on May 20 for gloves and ventilators for the province's clinics.")
    assert keys(r["from"]) == ["PK/Balochistan"]
    assert keys(r["to"]) == ["CN/Yunnan"]


def test_a_letter_to_the_unnamed_consulate_asks_china():
    (r,) = _requests("QUETTA, June 4 (Xinhua) -- In Quetta, the Chinese Consulate General handed 30 tents to the "
                     "government of Balochistan province on Tuesday. Balochistan Chief Minister Omar Rind had "
                     "written to the consulate on May 20 requesting gloves and ventilators for its clinics.")
    assert keys(r["from"]) == ["PK/Balochistan"]
    assert keys(r["to"]) == ["CN"]


def test_reaching_out_to_ask_whether_the_addressee_could_help_a_side():
    (r,) = _requests("DOVER, Del. (June 4) -- The shipment followed a call in which the Governor's trade office "
                     "reached out to the Hunan Foreign Affairs Office in early May to ask whether the province could "
                     "help Delaware obtain gowns.")
    assert keys(r["from"]) == ["US/Delaware"]
    assert keys(r["to"]) == ["CN/Hunan"]


def test_reaching_out_to_ask_with_no_side_named_after():
    (r,) = _requests("DOVER, Del. (June 4) -- Delaware officials contacted the Hunan Foreign Affairs Office in "
                     "early May to ask whether some gowns could be spared.")
    assert keys(r["from"]) == ["US/Delaware"]
    assert keys(r["to"]) == ["CN/Hunan"]


def test_a_national_office_asks_a_nation_not_a_town_named_later():
    (r,) = _requests("HARARE, May 7 -- The shipment was unloaded on Wednesday. The Minister appealed to "
                     "the Chinese Government to consider further help with oxygen concentrators, as the country "
                     "widens testing in Bulawayo and in the south.")
    assert keys(r["from"]) == ["ZW"]
    assert keys(r["to"]) == ["CN"]


def test_a_team_scheduled_or_due_to_leave_is_no_event_yet():
    es = page_events("ROME, May 7 -- A fourth Chinese medical team, from Hubei Province, is scheduled to depart for "
                     "Italy next week. A cargo of gowns from Wenzhou was due to leave for Padua on Friday.",
                     "Provincial notes")
    assert not [e for e in es if e["type"] in ("medical_team", "donation")]
