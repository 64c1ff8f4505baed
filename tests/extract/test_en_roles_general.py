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
