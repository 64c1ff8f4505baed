"""English clause subjects and unnamed plural partners, from sentences written for these tests."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, dateline="FRESNO, Calif. (April 17, 2020) —", anchor=dt.date(2020, 4, 17)):
    text = dateline + "\n" + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)]


def _keys(actors):
    return [a["key"] for a in actors]


def test_an_apposition_after_the_subject_is_not_the_subject():
    (e,) = _events("Kunming, the capital city of southwest China's Yunnan province, shipped 6,000 gowns to Fresno "
                   "on April 2.")
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]


def test_a_relative_clause_after_the_subject_is_not_the_subject():
    (e,) = _events("Kunming, which has been twinned with Lanzhou since 1990, sent 4,500 gloves to Fresno on April 9.")
    assert _keys(e["from"]) == ["CN/Kunming"]


def test_a_request_to_partner_cities_in_a_country_goes_to_the_country():
    (e,) = _events("Mayor Lee Brand wrote to the city's sister cities in China in March, asking them for gowns.")
    assert e["type"] == "request" and _keys(e["from"]) == ["US/Fresno"] and _keys(e["to"]) == ["CN"]


def test_thanks_to_the_chinese_cities_goes_to_china():
    (e,) = _events("Fresno thanked the Chinese cities in a letter on Monday.")
    assert e["type"] == "message" and _keys(e["from"]) == ["US/Fresno"] and _keys(e["to"]) == ["CN"]


def test_a_place_s_sister_city_in_a_country_is_the_page_partner():
    evs = _events("Kunming sent 2,000 gowns to Fresno in March. Fresno's sister city in China has now shipped "
                  "7,000 more gloves to the city's hospitals.")
    assert [(_keys(e["from"]), _keys(e["to"])) for e in evs] == [(["CN/Kunming"], ["US/Fresno"])] * 2


def test_a_gift_given_back_goes_to_the_earlier_giver():
    evs = _events("Fresno mailed 900 masks to Kunming in February. In April the Yunnan provincial capital returned "
                  "the favour with 12,000 masks.")
    back = evs[-1]
    assert _keys(back["from"]) == ["CN/Kunming"] and _keys(back["to"]) == ["US/Fresno"]


def test_returning_a_favour_without_goods_is_no_gift():
    evs = _events("Fresno mailed 900 masks to Kunming in February. Kunming has returned the favour many times.")
    assert len(evs) == 1


def test_each_of_several_named_senders_gave():
    evs = _events("In February its partners Lanzhou in China, Kofu in Japan and Lahore in Pakistan each mailed "
                  "gowns and gloves to Fresno.")
    assert sorted(_keys(e["from"])[0] for e in evs) == ["CN/Lanzhou", "JP/Kofu", "PK/Lahore"]
    assert all(_keys(e["to"]) == ["US/Fresno"] for e in evs)


def test_each_of_several_named_receivers_got():
    evs = _events("Kofu and Sapporo each received 4,000 gloves from Kunming on Friday.", dateline="TOKYO --")
    assert sorted(_keys(e["to"])[0] for e in evs) == ["JP/Kofu", "JP/Sapporo"]
    assert all(e["items"][0]["quantity"] == 4000 for e in evs)


def test_donated_by_x_to_y_before_where_it_landed():
    (e,) = _events("A plane carrying 9,000 gowns donated by Kunming to Fresno landed in California on Friday.")
    assert _keys(e["from"]) == ["CN/Kunming"] and _keys(e["to"]) == ["US/Fresno"]


def test_goods_bought_by_the_subject_and_mailed_in_a_relative_clause_are_its_gift():
    evs = _events("In March, the Fresno-Kunming Sister City Association collected $3,000 and bought gowns that "
                  "were shipped to a clinic in Kunming.")
    assert [(_keys(e["from"]), _keys(e["to"])) for e in evs] == [(["US/Fresno"], ["CN/Kunming"])]


def test_a_second_gift_told_with_another_and_from_shares_the_receiver_and_goods():
    evs = _events("Fresno received 6,000 gowns from its sister city of Kunming and another 2,500 from Lanzhou "
                  "on Tuesday.")
    got = sorted((_keys(e["from"])[0], _keys(e["to"])[0], e["items"][0]["item"], e["items"][0]["quantity"],
                  e["date"]["value"]) for e in evs)
    assert got == [("CN/Kunming", "US/Fresno", "protective_suit", 6000, "2020-04-14"),
                   ("CN/Lanzhou", "US/Fresno", "protective_suit", 2500, "2020-04-14")]


def test_gifts_from_many_unnamed_givers_without_a_figure_are_a_lead():
    evs = _events("Boxes of gowns donated by city governments across China have begun reaching Fresno.")
    assert evs == []


def test_goods_to_be_shared_between_places_go_to_those_places():
    (e,) = _events("Kunming also sent one shipment of 8,000 gowns to be split between Lahore in Pakistan and "
                   "Fresno on April 4.")
    assert sorted(_keys(e["to"])) == ["PK/Lahore", "US/Fresno"]


def test_a_country_a_shipment_took_off_from_is_not_a_new_giver():
    evs = _events("On March 2 Fresno shipped 4,000 gowns to Kunming. A second lot of 9,000 gloves took off from "
                  "the U.S. on March 20 and reached Kunming two days later.")
    assert [_keys(e["from"]) for e in evs] == [["US/Fresno"], ["US/Fresno"]]


def test_a_province_after_in_and_a_capitalised_compass_word_only_locates_the_subject():
    (e,) = _events("The mountain city of Guiyang in Southwest China's Guizhou province has shipped 7,000 gowns to "
                   "Fresno on April 3.")
    assert _keys(e["from"]) == ["CN/Guiyang"] and _keys(e["to"]) == ["US/Fresno"]
    (e,) = _events("Dalian, seaport in Northeast China's Liaoning province, has sent 8,000 gloves to "
                   "Fresno on April 6.")
    assert _keys(e["from"]) == ["CN/Dalian"]


def test_an_office_or_body_named_without_its_place_is_the_pages_own():
    evs = _events("In March, while the virus spread across China, the Lord Mayor sent a letter of sympathy to the "
                  "people of Ningbo.")
    msg = next(e for e in evs if e["type"] == "message")
    assert _keys(msg["from"]) == ["US/Fresno"] and _keys(msg["to"]) == ["CN/Ningbo"]
    evs = _events("The friendship group said it had mailed 1,500 gowns to Ningbo in early March.")
    gift = next(e for e in evs if e["type"] == "donation")
    assert _keys(gift["from"]) == ["US/Fresno"]


def test_a_named_place_after_the_body_word_keeps_its_own_side():
    evs = _events("Early this month, the Mexican city of Puebla and the Peruvian city of Cusco, both partners of "
                  "Ningbo, donated 4,000 gowns and 6,000 gloves respectively.")
    assert not any(_keys(e["from"]) == ["US/Fresno"] for e in evs)
