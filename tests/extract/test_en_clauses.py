"""English clause shapes of aid reports: plans told far ahead of the verb, 'without giving', requests to
share, telling verbs in consultations, acts listed with their days, relative clauses (sentences written
for these tests)."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.extract.messages import sharing_side
from cityaid.resolve.english import dateline_place


def _events(body, dateline="DAEGU, April 9 (Yonhap) --", anchor=dt.date(2020, 4, 9)):
    text = dateline + " " + body + "\n"
    pub = dateline_place(text)
    return extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)


def _row(e):
    return e.type, [a.key for a in e.from_], [a.key for a in e.to], e.date.value if e.date else None


def test_a_plan_told_long_before_the_verb_is_no_event():
    evs = _events("The province of Jeju plans to hold an online meeting with doctors from several Chinese "
                  "provinces later this month to share its experience of screening travellers, officials said.")
    assert not evs


def test_without_giving_is_no_gift():
    assert not _events("The city is also thinking about support for its partners in Vietnam, an official said, "
                       "without giving a figure.")


def test_asking_a_partner_to_share_its_methods_is_a_request():
    evs = _events("Last month, Qingdao asked Daegu to share the details of its contact-tracing app.")
    assert [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in evs] == \
        [("request", ["CN/Qingdao"], ["KR/Daegu"])]


def test_the_side_that_briefs_in_a_video_conference_shares_its_experience():
    evs = sharing_side(_events("On April 2, Daegu's city health officials briefed Qingdao medical experts on the "
                               "walk-through testing booths in a video conference."))
    assert [_row(e)[:3] for e in evs] == [("consultation", ["KR/Daegu"], ["CN/Qingdao"])]


def test_two_meetings_on_two_days_are_two_consultations():
    evs = _events("Before the team left, Hubei experts held two video conferences with Mongolian doctors, on "
                  "April 3 and April 6, a team member said.", dateline="ULAANBAATAR, April 9 (Xinhua) --")
    assert sorted(_row(e)[3] for e in evs if e.type == "consultation") == ["2020-04-03", "2020-04-06"]
    assert not [e for e in evs if e.type == "aggregate"]


def test_a_relative_clause_names_its_giver_before_the_apposition():
    evs = _events("The gift follows one from Weihai, Daegu's sister city, which sent 9,000 masks to Daegu in "
                  "March.")
    assert [_row(e)[:3] for e in evs] == [("donation", ["CN/Weihai"], ["KR/Daegu"])]


def test_a_relative_clause_after_a_town_in_its_country():
    evs = _events("Among the first to help was Graz in Austria, which sent 9,000 masks to Daegu in March.")
    assert [_row(e)[:3] for e in evs] == [("donation", ["AT/Graz"], ["KR/Daegu"])]


def test_money_transferred_with_an_iso_code_before_the_amount():
    evs = _events("In March, Daegu transferred CHF 20,000 to the Red Cross in Weihai to help the city.")
    assert [_row(e)[:3] for e in evs] == [("donation", ["KR/Daegu"], ["CN/Weihai"])]
    assert [(m.amount, m.currency) for m in evs[0].money] == [(20000, "CHF")]


def test_thanks_for_goods_the_city_received_from_its_partner_is_also_the_gift():
    evs = _events("Leeds Council leader Ann Clegg expressed thanks in a video message on Friday for the 8,000 masks "
                  "Leeds received from Hangzhou in early March.", dateline="LEEDS, April 9 --")
    assert sorted(_row(e)[:3] for e in evs) == [("donation", ["CN/Hangzhou"], ["GB/Leeds"]),
                                                 ("message", ["GB/Leeds"], ["CN/Hangzhou"])]


def test_a_meeting_requested_by_a_city_is_its_request():
    evs = _events("The video call was requested by the City of Lisbon, whose mayor wrote to Macau last week asking "
                  "for advice.", dateline="LISBON, April 9 --")
    req = [e for e in evs if e.type == "request"]
    assert [[a.key for a in e.from_] for e in req] == [["PT/Lisbon"]]


def test_gifts_from_some_of_its_partners_are_a_total():
    evs = _events("By March 2, Daegu had received donations from 9 of its 14 foreign sister cities, the city said.")
    assert [e.type for e in evs] == ["aggregate"] and evs[0].partners_count == 9


def test_its_sister_cities_in_general_sending_goods_is_a_lead_not_an_event():
    assert not _events("As Daegu fights the outbreak, its foreign sister cities have been sending masks, gloves "
                       "and words of support.")


def test_letters_to_a_count_of_mayors_are_a_total():
    evs = _events("Since February, the mayor of Daegu has written to 18 foreign mayors to express sympathy.")
    assert [e.type for e in evs] == ["aggregate"]


def test_a_gift_from_a_places_sister_state_went_to_that_place():
    evs = _events("A shipment of 9,000 masks, a gift from Ohio's sister state of Hubei Province in China, arrived "
                  "in Columbus on Monday.", dateline="COLUMBUS, Ohio --")
    assert [sorted(a.key for a in e.to) for e in evs if e.type == "donation"] == [["US/Columbus", "US/Ohio"]]


def test_asking_to_join_a_call_is_no_request():
    evs = _events("A nurse at a hospital in Busan asked to join and listened in with two colleagues.")
    assert not [e for e in evs if e.type == "request"]


def test_a_count_of_online_sessions_is_a_total():
    evs = _events("Over ten days the Jilin doctors ran more than 20 online training sessions for Korean health "
                  "workers.", dateline="SEOUL, April 9 (Xinhua) --")
    assert [e.type for e in evs] == ["aggregate"]


def test_cities_across_the_province_giving_to_a_count_of_partners_is_the_provinces_total():
    evs = _events("By May 10, Shandong had sent masks to 30 partner states. Cities across the province have also "
                  "donated medical supplies to more than 80 sister cities abroad.", dateline="JINAN --")
    aggs = [e for e in evs if e.type == "aggregate"]
    assert len(aggs) == 2 and all([a.key for a in e.from_] == ["CN/Shandong"] for e in aggs)


def test_an_official_named_by_title_alone_received_the_gift_just_told():
    evs = _events("Elsewhere, the Kenyan city of Kisumu took delivery of equipment from its Chinese sister city "
                  "Yiwu on May 3. Deputy Mayor Jane Otieno received four ventilators and 9,000 masks.",
                  dateline="NAIROBI/KAMPALA, May 9 (Xinhua) --", anchor=dt.date(2020, 5, 9))
    gifts = [e for e in evs if e.type == "donation"]
    assert {a.key for e in gifts for a in e.to} == {"KE/Kisumu"}
