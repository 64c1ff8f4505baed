"""Acts retold in other words or by another outlet (counted partners named in apposition, shares per
partner, receipts, thanks), from sentences written for these tests."""
import datetime as dt

from en_helpers import gifts as _gifts
from en_helpers import keys as _keys
from en_helpers import page_events


def _events(body, head="PEARL RIVER POST | World | Provinces", anchor=dt.date(2020, 5, 8)):
    return page_events(body, head, anchor)


def test_counted_partners_named_in_apposition_are_one_gift_to_them():
    es = _events("GUANGZHOU, April 3 -- Three partner cities of Guangdong province, Kumamoto, Daegu and Perth, "
                 "were sent 9,000 masks by the province on Friday.")
    assert [e["type"] for e in es] == ["donation"]
    assert _keys(es[0]["to"]) == ["JP/Kumamoto", "KR/Daegu", "AU/Perth"]


def test_counted_partners_with_their_countries_possessive_in_apposition():
    es = _events("GUANGZHOU, April 3 -- Two partner regions of Guangdong Province, Japan's Kumamoto and South "
                 "Korea's Daegu, have been given 60,000 masks by the province, officials said.")
    assert [e["type"] for e in es] == ["donation"]
    assert _keys(es[0]["to"]) == ["JP/Kumamoto", "KR/Daegu"]


def test_each_partners_share_splits_the_gift_told_before():
    es = _gifts(_events("GUANGZHOU, April 3 -- Guangdong has donated 60,000 masks to its partner regions, "
                        "Kumamoto in Japan and Daegu in South Korea, officials said. Each partner's share of "
                        "30,000 masks was shipped on Friday."))
    assert sorted(_keys(e["to"])[0] for e in es) == ["JP/Kumamoto", "KR/Daegu"]
    assert all(e["items"][0]["quantity"] == 30000 for e in es)


def test_a_reply_made_with_a_gift_of_goods_is_the_gift():
    (d,) = _gifts(_events("TACOMA, May 3 -- Fujian Province responded in April with a gift of 40,000 masks "
                          "to Tacoma."))
    assert _keys(d["from"]) == ["CN/Fujian"] and _keys(d["to"]) == ["US/Tacoma"]
    assert d["items"][0]["quantity"] == 40000


def test_following_up_with_a_shipment_is_a_gift_to_the_page_s_place():
    (d,) = _gifts(_events("TACOMA, May 3 -- Fujian Province followed up with a shipment of 2,000 gowns."))
    assert _keys(d["from"]) == ["CN/Fujian"] and _keys(d["to"]) == ["US/Tacoma"]


def test_a_listed_subject_of_were_sent_received_the_gift_together():
    (d,) = _gifts(_events("OSAKA - Suzhou and Wuxi were sent 30,000 masks by Osaka on Monday."))
    assert _keys(d["to"]) == ["CN/Suzhou", "CN/Wuxi"] and _keys(d["from"]) == ["JP/Osaka"]


def test_a_listed_subject_with_an_apposition_received_the_gift_together():
    (d,) = _gifts(_events("OSAKA - Suzhou and Wuxi, the sister cities of Osaka in China, were sent 30,000 masks "
                          "by the prefecture on Monday."))
    assert _keys(d["to"]) == ["CN/Suzhou", "CN/Wuxi"]


def test_a_pluperfect_gift_told_as_of_a_day_is_a_running_total():
    es = _events("TACOMA, May 3 -- Residents, companies and councils of Washington had given China more than "
                 "2.5 million gloves as of March 9, the consulate said.")
    assert [e["type"] for e in es] == ["aggregate"]
    assert es[0]["date"]["qualifier"] == "as_of"


def test_thanks_after_and_is_not_under_the_would_of_the_clause_before():
    es = _events("TACOMA, May 3 -- Sendai said it would hand the gowns to nursing homes across the city and "
                 "expressed its warm thanks for Tacoma's help.")
    assert [e["type"] for e in es] == ["message"]
    assert _keys(es[0]["from"]) == ["JP/Sendai"] and _keys(es[0]["to"]) == ["US/Tacoma"]


def test_shares_of_a_total_told_with_their_givers_are_gifts_and_the_total_an_aggregate():
    es = _events("TACOMA, May 3 -- A total of 24,000 gloves donated by the Fujian provincial government and others "
                 "reached Tacoma on Monday. Of the total, 10,000 came from the Fujian provincial government, 8,000 "
                 "from the city of Xiamen and 6,000 from the city of Fuzhou.")
    assert [e["type"] for e in es] == ["aggregate", "donation", "donation", "donation"]
    assert [(_keys(e["from"]), e["items"][0]["quantity"]) for e in es[1:]] == [
        (["CN/Fujian"], 10000), (["CN/Xiamen"], 8000), (["CN/Fuzhou"], 6000)]
    assert all(_keys(e["to"]) == ["US/Tacoma"] for e in es)


def test_partners_in_a_country_named_after_including_are_the_receivers():
    (d,) = _gifts(_events("TACOMA, May 3 -- In early April, Fujian also donated a batch of gloves to sister "
                          "cities in Japan, including Nagasaki, Kobe and Sendai, in return for their support."))
    assert _keys(d["to"]) == ["JP/Nagasaki", "JP/Kobe", "JP/Sendai"]


def test_a_list_of_places_each_followed_by_a_lowercase_unit_word():
    (d,) = _gifts(_events("TACOMA, May 3 -- In early April, Fujian also donated a batch of gloves to sister "
                          "regions in Japan, including Nagano prefecture, Aichi prefecture and Osaka."))
    assert _keys(d["to"]) == ["JP/Nagano", "JP/Aichi", "JP/Osaka"]
