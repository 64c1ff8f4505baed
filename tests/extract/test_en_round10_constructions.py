"""Constructions of English aid reports read in this round (cityaid.extract.en_events), from sentences written
for these tests: a subject list joined by "and", an appeal addressed to a side for help, a request answered in a
fronted phrase, an approach to a side, goods rushed to a receiver, a further lot with its own day."""
import datetime as dt

from tests.extract.en_helpers import gifts, keys, page_events

HEAD = "Municipal news :: Partner cities"
DAY = dt.date(2020, 4, 24)


def _of(es, kind):
    return [e for e in es if e["type"] == kind]


def test_two_givers_joined_by_and_both_give():
    es = page_events("Sendai and Sapporo donated 6,000 protective gowns to Changchun in February.", HEAD, DAY)
    (d,) = gifts(es)
    assert sorted(keys(d["from"])) == ["JP/Sapporo", "JP/Sendai"] and keys(d["to"]) == ["CN/Changchun"]


def test_givers_joined_with_jointly_before_the_verb():
    es = page_events("The cities of Toyama and Kanazawa jointly shipped 9,000 masks to Qinhuangdao last month.", HEAD, DAY)
    (d,) = gifts(es)
    assert sorted(keys(d["from"])) == ["JP/Kanazawa", "JP/Toyama"]


def test_a_place_before_a_comma_is_not_a_second_giver():
    es = page_events("In March, when masks were scarce in Japan, Toyama sent Qinhuangdao 4,000 gloves.", HEAD, DAY)
    (d,) = gifts(es)
    assert keys(d["from"]) == ["JP/Toyama"] and keys(d["to"]) == ["CN/Qinhuangdao"]


def test_an_appeal_addressed_to_a_side_for_goods_is_a_request():
    es = page_events("The governor of Lombardy appealed to Chongqing for ventilators and test kits in March.", HEAD, DAY)
    (r,) = _of(es, "request")
    assert keys(r["from"]) == ["IT/Lombardy"] and keys(r["to"]) == ["CN/Chongqing"]


def test_an_appeal_to_its_partner_for_help():
    es = page_events("Incheon appealed to its sister city Tianjin for help last month.", HEAD, DAY)
    (r,) = _of(es, "request")
    assert keys(r["from"]) == ["KR/Incheon"] and keys(r["to"]) == ["CN/Tianjin"]


def test_an_appeal_to_the_public_is_no_request():
    es = page_events("The mayor of Changchun appealed to citizens for calm and patience.", HEAD, DAY)
    assert not _of(es, "request")


def test_a_request_answered_in_a_fronted_phrase_gives_the_gift_and_the_request():
    es = page_events("At the request of Incheon, Tianjin shipped 30 ventilators to the port city on April 9.", HEAD, DAY)
    (d,) = gifts(es)
    (r,) = _of(es, "request")
    assert keys(d["from"]) == ["CN/Tianjin"] and keys(d["to"]) == ["KR/Incheon"] and d["items"][0]["quantity"] == 30
    assert keys(r["from"]) == ["KR/Incheon"] and keys(r["to"]) == ["CN/Tianjin"]


def test_a_request_answered_in_response_to_a_plea():
    es = page_events("In response to a plea for masks from Sendai, Changchun sent 25,000 masks to the Japanese city.",
                     HEAD, DAY)
    (d,) = gifts(es)
    (r,) = _of(es, "request")
    assert keys(d["from"]) == ["CN/Changchun"] and keys(r["from"]) == ["JP/Sendai"] and keys(r["to"]) == ["CN/Changchun"]


def test_reaching_out_to_a_side_for_supplies_is_a_request():
    es = page_events("Kanazawa reached out to Suzhou for protective gear in early April.", HEAD, DAY)
    (r,) = _of(es, "request")
    assert keys(r["from"]) == ["JP/Kanazawa"] and keys(r["to"]) == ["CN/Suzhou"]
    assert not gifts(es)


def test_reaching_out_to_residents_is_nothing():
    es = page_events("The city council reached out to local residents for ideas.", HEAD, DAY)
    assert not _of(es, "request")


def test_goods_rushed_to_a_receiver():
    es = page_events("Qinhuangdao rushed 12,000 masks to Toyama on Wednesday.", HEAD, DAY)
    (d,) = gifts(es)
    assert keys(d["from"]) == ["CN/Qinhuangdao"] and keys(d["to"]) == ["JP/Toyama"] and d["date"]["value"] == "2020-04-22"


def test_people_rushing_somewhere_give_nothing():
    es = page_events("Volunteers rushed to the warehouse to unload the boxes from Toyama.", HEAD, DAY)
    assert not gifts(es)


def test_a_further_lot_on_its_own_day_goes_to_the_same_receiver():
    es = page_events("Changchun sent 3,000 masks to Sendai on April 2 and another 7,000 on April 16.", HEAD, DAY)
    ds = sorted(gifts(es), key=lambda e: e["items"][0]["quantity"])
    assert [(keys(d["to"]), d["items"][0]["quantity"], d["date"]["value"]) for d in ds] == [
        (["JP/Sendai"], 3000, "2020-04-02"), (["JP/Sendai"], 7000, "2020-04-16")]
    assert all(keys(d["from"]) == ["CN/Changchun"] for d in ds)


def test_a_further_lot_that_followed_later():
    es = page_events("Tianjin sent 2,000 gowns to Incheon on April 1. A second batch of 6,000 gloves followed a week later.",
                     HEAD, DAY)
    ds = sorted(gifts(es), key=lambda e: e["items"][0]["quantity"])
    assert [(keys(d["from"]), keys(d["to"]), d["items"][0]["quantity"]) for d in ds] == [
        (["CN/Tianjin"], ["KR/Incheon"], 2000), (["CN/Tianjin"], ["KR/Incheon"], 6000)]


def test_a_list_after_a_preposition_is_not_the_joint_subject():
    es = page_events("Japanese cities with ties to Ulsan and South Chungcheong Province have sent thousands of masks "
                     "to the region, officials said on Monday.", HEAD, DAY)
    # (the list is the object of "ties to", not two givers acting together)
    assert not any({"KR/Ulsan", "KR/South Chungcheong"} <= set(keys(d["from"])) for d in gifts(es))
