"""English constructions that recur across aid reports: recipient lists placed by their province, a gift
told again with its figures, medical teams with an apposition or an hour before their destination, and
"the same day" after a day named (sentences written for these tests)."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, dateline="HANOI, June 9 (Xinhua) --", anchor=dt.date(2020, 6, 9)):
    text = dateline + " " + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)]


def _keys(actors):
    return sorted(a["key"] for a in actors)


def _items(ev):
    return sorted((i["item"], i["quantity"]) for i in ev["items"])


def test_a_recipient_list_goes_on_past_its_province_and_as_well_as():
    evs = _events("A charity in Osaka said on Monday that 60,000 masks were on their way to hospitals in Nanning "
                  "and Guilin in Guangxi province, as well as in Kunming and Chongqing.")
    gifts = [e for e in evs if e["type"] == "donation"]
    assert len(gifts) == 1
    assert _keys(gifts[0]["to"]) == ["CN/Chongqing", "CN/Guilin", "CN/Kunming", "CN/Nanning"]


def test_the_consignment_told_again_with_its_figures_is_no_second_gift():
    evs = _events("Liuzhou in south China's Guangxi region has shipped medical supplies to Cuneo, its sister city "
                  "in Italy. The consignment of 30,000 surgical masks and 500 protective suits is now on its way to "
                  "the Piedmont town.")
    gifts = [e for e in evs if e["type"] == "donation"]
    assert len(gifts) == 1
    assert _keys(gifts[0]["to"]) == ["IT/Cuneo"]
    assert _items(gifts[0]) == [("medical_mask", 30000), ("protective_suit", 500)]


def test_the_same_figures_told_again_by_a_definite_reference():
    evs = _events("Hefei sent 8,000 masks and 300 goggles to Osnabrueck on June 2. These 8,000 masks and 300 "
                  "goggles reached the German city two days later.")
    assert len([e for e in evs if e["type"] == "donation"]) == 1


def test_a_team_with_its_members_set_off_by_commas_arrives_in_a_capital():
    evs = _events("Fifteen experts from Hunan Province, selected from the Xiangya Hospital, two county hospitals "
                  "and the provincial disease control centre, arrived in Harare on Sunday to support Zimbabwe.")
    team = [e for e in evs if e["type"] == "medical_team"]
    assert len(team) == 1 and "CN/Hunan" in _keys(team[0]["from"]) and _keys(team[0]["to"]) == ["ZW"]


def test_a_team_leaving_its_city_at_an_hour_for_a_country_the_same_day():
    evs = _events("On June 5, two more teams set off. A team from Chongqing Municipality left the city at 6:15 am "
                  "the same day for Mali.")
    team = [e for e in evs if e["type"] == "medical_team"]
    assert len(team) == 1 and _keys(team[0]["to"]) == ["ML"]
    assert team[0]["date"]["value"] == "2020-06-05"


def test_a_count_of_donations_from_named_partners_is_a_total():
    evs = _events("City records show that the Kenyan capital has received three donations from its Chinese "
                  "sister cities Wuxi, Hefei and Xi'an since April.", dateline="NAIROBI, June 9 (Xinhua) --")
    assert [e["type"] for e in evs] == ["aggregate"]
    assert _keys(evs[0]["from"]) == ["CN/Hefei", "CN/Wuxi", "CN/Xi'an"] and _keys(evs[0]["to"]) == ["KE/Nairobi"]


def test_donations_of_masks_count_the_gifts_not_the_masks():
    evs = _events("Lusaka took in two donations of masks from Shenyang and Dalian.", dateline="LUSAKA, June 9 --")
    assert all(i["quantity"] is None for e in evs for i in e["items"])


def test_experience_shared_in_trade_is_no_consultation():
    evs = _events("The mayor said the gowns had come in good time; the two cities, twinned since 2015, have shared "
                  "experience in port logistics.", dateline="MOMBASA, June 9 --")
    assert not [e for e in evs if e["type"] == "consultation"]


def test_experience_shared_on_treating_patients_is_a_consultation():
    evs = _events("Doctors in Jinan shared their experience of treating severe patients with colleagues from "
                  "Lusaka on Monday.", dateline="LUSAKA, June 9 --")
    assert [e["type"] for e in evs] == ["consultation"]


def test_goods_among_the_cargo_went_where_the_plane_landed():
    evs = _events("On May 30, a freighter carrying aid landed at an airport near Tbilisi, capital of Georgia. "
                  "Face shields and surgical gowns donated by Shaanxi were among the cargo.",
                  dateline="XI'AN, June 9 --")
    gifts = [e for e in evs if e["type"] == "donation"]
    assert len(gifts) == 1 and _keys(gifts[0]["from"]) == ["CN/Shaanxi"] and _keys(gifts[0]["to"]) == ["GE/Tbilisi"]


def test_goods_flying_in_with_the_team_go_where_the_team_went():
    evs = _events("A team of Chinese medical experts from Fujian landed in Tirana on Friday to help Albania. "
                  "Flying in with them were several tonnes of masks and test kits donated by the Chinese government.",
                  dateline="TIRANA, June 9 (Xinhua) --")
    gift = next(e for e in evs if e["type"] == "donation")
    assert _keys(gift["to"]) == ["AL"]


def test_a_gift_whose_giver_is_never_said_is_no_event():
    evs = _events("Below is a list of what has reached us and where the gowns have gone.",
                  dateline="NELSON, June 9 --")
    assert not [e for e in evs if e["type"] == "donation"]


def test_goods_passed_on_inside_the_receiving_country_are_no_new_gift():
    evs = _events("The Hubei Provincial People's Association for Friendship with Foreign Countries sent 4,000 masks "
                  "to Australia, which were received in Adelaide. In the spirit of the society, the masks have been "
                  "passed on to local groups: 1,500 went to Perth, 300 went to Darwin Branch and 200 to Hobart.",
                  dateline="ADELAIDE, June 9 --")
    gifts = [e for e in evs if e["type"] == "donation"]
    assert len(gifts) == 1 and _keys(gifts[0]["from"]) == ["CN/Hubei"]
    assert all(not a["key"].endswith(("Perth", "Darwin", "Hobart")) for a in gifts[0]["to"])


def test_a_thanks_with_no_one_named_on_either_side_is_no_message():
    from cityaid.extract.messages import read_sides_en
    text = "NELSON, June 9 -- Thank you all for your generous answer to our call for help.\n"
    evs = extract_events_en(clean_text(text), text, publisher=dateline_place(text), anchor=dt.date(2020, 6, 9))
    evs = read_sides_en(clean_text(text), text, evs, publisher=dateline_place(text))
    assert all(e.from_ and e.to for e in evs if e.type != "aggregate")
