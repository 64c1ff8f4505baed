"""English roles that recur in aid reports: passive receipts, go-betweens, transit stops, sources after a
list, pairs without "respectively" and shares of a total (sentences written for these tests)."""
import datetime as dt

from cityaid.clean import clean_text
from cityaid.extract.en_events import extract_events_en
from cityaid.resolve.english import dateline_place


def _events(body, dateline="GRENOBLE, May 4 (Xinhua) --", anchor=dt.date(2020, 5, 4)):
    text = dateline + " " + body + "\n"
    pub = dateline_place(text)
    return [e.to_spec() for e in extract_events_en(clean_text(text), text, publisher=pub, anchor=anchor)]


def _sides(evs, kind="donation"):
    return sorted((tuple(sorted(a["key"] for a in e["from"])), tuple(sorted(a["key"] for a in e["to"])),
                   tuple((i["item"], i["quantity"]) for i in e["items"])) for e in evs if e["type"] == kind)


def test_goods_received_by_a_city_from_its_partner():
    evs = _events("About 8,000 gowns were received by Grenoble from its Chinese sister city Suzhou on Friday.")
    assert _sides(evs) == [(("CN/Suzhou",), ("FR/Grenoble",), (("protective_suit", 8000),))]


def test_a_plane_landing_at_a_hub_bound_for_a_town():
    evs = _events("A cargo plane carrying 8,000 gowns from Suzhou touched down in Lyon on Friday, bound for "
                  "Grenoble.")
    assert [s[1] for s in _sides(evs)] == [("FR/Grenoble",)]


def test_the_source_named_after_a_recipient_list_is_no_recipient():
    evs = _events("Suzhou has sent 8,000 gowns to Grenoble, Suzhou's foreign affairs office said on Friday.")
    assert [s[1] for s in _sides(evs)] == [("FR/Grenoble",)]


def test_a_consul_handing_over_a_citys_gift_is_a_go_between():
    evs = _events("Consul General Wang Min handed 8,000 gowns donated by Suzhou to Grenoble officials on Friday.")
    assert [s[0] for s in _sides(evs)] == [("CN/Suzhou",)]


def test_a_citys_consul_stands_for_the_city_not_where_the_consulate_is():
    evs = _events("Suzhou's consul general in Lyon, Wang Min, handed 8,000 gowns to Grenoble officials on Friday.")
    assert [s[0] for s in _sides(evs)] == [("CN/Suzhou",)]


def test_volunteers_handing_out_masks_is_no_gift():
    assert not _events("Volunteers handed out 8,000 masks at the tram stops of Grenoble on Friday.")


def test_two_givers_and_two_figures_without_respectively():
    evs = _events("Suzhou and Wuxi sent 8,000 and 6,000 gowns to Grenoble.")
    assert _sides(evs) == [(("CN/Suzhou",), ("FR/Grenoble",), (("protective_suit", 8000),)),
                           (("CN/Wuxi",), ("FR/Grenoble",), (("protective_suit", 6000),))]


def test_two_figures_to_two_recipients_without_respectively():
    evs = _events("Suzhou sent 8,000 and 6,000 gowns to Grenoble and Annecy.")
    assert _sides(evs) == [(("CN/Suzhou",), ("FR/Annecy",), (("protective_suit", 6000),)),
                           (("CN/Suzhou",), ("FR/Grenoble",), (("protective_suit", 8000),))]


def test_a_total_with_its_shares_named_is_an_aggregate_and_gifts():
    evs = _events("Suzhou has donated a total of 90,000 masks to 14 partner cities, including 8,000 to Grenoble "
                  "and 6,000 to Annecy.")
    agg = [e for e in evs if e["type"] == "aggregate"]
    assert len(agg) == 1 and agg[0]["to"] == [] and agg[0]["items"][0]["quantity"] == 90000
    assert _sides(evs) == [(("CN/Suzhou",), ("FR/Annecy",), (("mask", 6000),)),
                           (("CN/Suzhou",), ("FR/Grenoble",), (("mask", 8000),))]


def test_a_team_landing_in_a_city_goes_to_its_country():
    evs = _events("A 10-member team of medical experts from Hunan Province landed in Turin on Friday, the second "
                  "group of Chinese doctors to reach Italy.", dateline="ROME, May 4 (Xinhua) --")
    team = [e for e in evs if e["type"] == "medical_team"]
    assert sorted(a["key"] for a in team[0]["to"]) == ["IT"]


def test_a_team_landing_in_a_capital_to_help_the_country_goes_to_the_country():
    for body in ("A team of 10 medical experts from Guangxi arrived in the Lao capital on Sunday to help the "
                 "country.", "A team of 10 medical experts from Guangxi landed in Vientiane on Sunday to help Laos."):
        team = [e for e in _events(body, dateline="VIENTIANE, May 4 (Xinhua) --") if e["type"] == "medical_team"]
        assert [a["key"] for a in team[0]["to"]] == ["LA"], body


def test_each_to_a_list_that_goes_on_with_the_city_of():
    evs = _events("Suzhou shipped 9,000 masks each to Nagano Prefecture, the Dutch region of Zeeland and the city "
                  "of Lyon on Friday.")
    assert sorted(s[1] for s in _sides(evs)) == [("FR/Lyon",), ("JP/Nagano",), ("NL/Zeeland",)]


def test_goods_received_in_a_city_went_to_that_city():
    evs = _events("Some 9,000 masks sent by the Korean city of Jinju were received in Grenoble on Friday.",
                  dateline="LYON, May 4 --")
    assert [s[1] for s in _sides(evs)] == [("FR/Grenoble",)]


def test_a_city_that_was_sent_goods_received_them():
    evs = _events("Annecy, Suzhou's friendship city in Haute-Savoie, was sent 9,000 surgical masks on Friday.",
                  dateline="SUZHOU, May 4 --")
    assert _sides(evs) == [(("CN/Suzhou",), ("FR/Annecy",), (("medical_mask", 9000),))]


def test_a_town_with_an_apposition_saying_where_it_lies():
    evs = _events("Szolnok, a river town in central Hungary, delivered 3,000 gowns to Grenoble on Friday.")
    assert [s[0] for s in _sides(evs)] == [("HU/Szolnok",)]
