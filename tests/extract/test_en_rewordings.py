"""One act told in the other common ways (receipt, possessive giver, apposition, people for places), from
sentences written for these tests."""
import datetime as dt

from en_helpers import gifts as _gifts
from en_helpers import keys as _keys
from en_helpers import page_events


def _events(body, head="TACOMA TRIBUNE | Local | Pierce County", anchor=dt.date(2020, 5, 8)):
    return page_events(body, head, anchor)


def test_a_receipt_from_a_country_names_the_city_whose_shipment_it_was():
    (d,) = _gifts(_events("TACOMA, 8 May 2020 -- Tacoma got a welcome parcel from Japan: on Monday the Japanese "
                          "city of Sendai's shipment of 30,000 surgical masks was passed to the fire department."))
    assert _keys(d["from"]) == ["JP/Sendai"] and _keys(d["to"]) == ["US/Tacoma"]


def test_getting_a_gift_through_is_sending_it():
    (d,) = _gifts(_events("TACOMA, 8 May 2020 -- Tacoma's Japanese sister city Sendai at last got its parcel "
                          "through: six boxes holding 12,000 gloves were brought to the city on Tuesday."))
    assert _keys(d["from"]) == ["JP/Sendai"] and _keys(d["to"]) == ["US/Tacoma"]


def test_the_subject_of_had_goods_arrive_received_them():
    (d,) = _gifts(_events("TACOMA, 8 May 2020 -- Seattle had its own consignment of 8,000 gloves from Sendai "
                          "arrive on the same flight."))
    assert _keys(d["from"]) == ["JP/Sendai"] and _keys(d["to"]) == ["US/Seattle"]


def test_the_subject_of_had_goods_delivered_to_a_place_gave_them():
    (d,) = _gifts(_events("TACOMA, 8 May 2020 -- Sendai had 3,000 gowns delivered to Seattle on Friday."))
    assert _keys(d["from"]) == ["JP/Sendai"] and _keys(d["to"]) == ["US/Seattle"]


def test_the_place_opening_a_body_s_name_owns_the_body_s_gift():
    (d,) = _gifts(_events("TACOMA, 8 May 2020 -- Late in April the Sendai International Relations Association's "
                          "donation of 2,500 gowns reached the city."))
    assert _keys(d["from"]) == ["JP/Sendai"] and _keys(d["to"]) == ["US/Tacoma"]


def test_a_plural_body_name_before_its_apostrophe_owns_the_gift():
    (d,) = _gifts(_events("TACOMA, 8 May 2020 -- On Monday the Sendai Union of Friendship Societies' shipment "
                          "of 900 goggles was handed to the city."))
    assert _keys(d["from"]) == ["JP/Sendai"]


def test_the_community_of_a_town_after_a_colon_received_the_gift():
    (d,) = _gifts(_events("TACOMA, 8 May 2020 -- Sendai later returned the favour: the Tacoma community got "
                          "several cartons of gloves as a present from the Japanese city."))
    assert _keys(d["from"]) == ["JP/Sendai"] and _keys(d["to"]) == ["US/Tacoma"]


def test_had_equipment_delivered_to_a_partner_is_a_gift_untold():
    (d,) = _gifts(_events("TACOMA, 8 May 2020 -- Sendai, a port in northern Japan, had equipment delivered to its "
                          "American sister city Seattle on April 30."))
    assert _keys(d["from"]) == ["JP/Sendai"] and _keys(d["to"]) == ["US/Seattle"]


def test_reported_speech_about_the_supplies_restates_the_gift():
    es = _events("TACOMA, 8 May 2020 -- Sendai sent 4,000 gowns to Seattle on April 30. At the ceremony, "
                 "Mayor Jenny Durkan said the supplies had come at the right moment.")
    assert len(_gifts(es)) == 1


def test_making_donations_is_giving_and_a_list_between_them_gave_together():
    es = _events("TACOMA, 8 May 2020 -- Records show that Sendai, Kobe and Nagoya -- all partner cities of the "
                 "American port -- have between them made three donations to Seattle.")
    (g,) = [e for e in es if e["type"] in ("aggregate", "donation")]
    assert _keys(g["from"]) == ["JP/Sendai", "JP/Kobe", "JP/Nagoya"] and _keys(g["to"]) == ["US/Seattle"]


def test_a_name_inside_an_aside_between_dashes_is_not_the_subject():
    (d,) = _gifts(_events("TACOMA, 8 May 2020 -- Sendai -- long a friend of Kobe -- made a donation of 2,000 "
                          "gloves to Seattle on Monday."))
    assert _keys(d["from"]) == ["JP/Sendai"]


def _team_page(body):
    return _events(body, head="Newswire | 2020-04-02 | Editor: desk", anchor=dt.date(2020, 4, 2))


def test_sending_medical_experts_is_a_medical_team_and_its_plane_s_cargo_goes_where_it_went():
    es = _team_page("LIMA, April 2 (Newswire) -- To help Peru curb the outbreak, China sent eight medical experts "
                    "from clinics in its Hunan province, who touched down in Lima on Wednesday.\n\n"
                    "Their plane also carried some four tonnes of supplies -- gowns, masks and more -- that the "
                    "Chinese government gave.")
    (t,) = [e for e in es if e["type"] == "medical_team"]
    assert "CN" in _keys(t["from"]) and _keys(t["to"]) == ["PE"]
    (d,) = _gifts(es)
    assert _keys(d["to"]) == ["PE"]


def test_a_gesture_made_to_express_gratitude_is_a_message():
    es = _team_page("LIMA, April 2 (Newswire) -- Peruvian President Martin Vizcarra met the doctors at the "
                    "airport and, to express his gratitude for China's help, bowed to the Chinese flag.")
    (m,) = [e for e in es if e["type"] == "message"]
    assert _keys(m["from"]) == ["PE"] and _keys(m["to"]) == ["CN"]


def test_medical_workers_sent_inside_china_are_no_team_abroad():
    es = _team_page("LIMA, April 2 (Newswire) -- Hangzhou sent 90 medical workers to Xiaogan in Hubei Province "
                    "in February. Lima thanked Hangzhou for 5,000 masks.")
    assert not [e for e in es if e["type"] == "medical_team"]
