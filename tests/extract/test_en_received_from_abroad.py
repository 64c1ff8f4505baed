"""Gear a place received 'from overseas' or 'from private and foreign donors' is a running total of many givers'
gifts (an aggregate), not one gift from the partner named nearby; a group of overseas Chinese stays one giver."""
from en_helpers import page_events


def test_total_from_private_and_foreign_donors():
    es = page_events("Penang received 20,000 masks from its sister city Xiamen on May 2. The gift brings to more "
                     "than 800,000 pieces the protective gear the state has received from private and foreign "
                     "donors since March 20, including shipments from Xiamen and Suzhou.", "Penang gets masks")
    assert [e["type"] for e in es].count("aggregate") == 1
    agg = next(e for e in es if e["type"] == "aggregate")
    assert [i["quantity"] for i in agg["items"]] == [800000]
    assert [e["type"] for e in es].count("donation") == 1


def test_total_received_from_overseas():
    es = page_events("Between February and April, Zhejiang received donated goods worth 300 million yuan from "
                     "overseas, including more than 2 million masks, the office said.", "Zhejiang thanks donors")
    assert [e["type"] for e in es] == ["aggregate"]
    assert [a["key"] for a in es[0]["to"]] == ["CN/Zhejiang"]


def test_overseas_chinese_stay_one_gift():
    es = page_events("Milan received 30,000 masks from overseas Chinese in Lombardy on May 3.", "Masks for Milan")
    assert [e["type"] for e in es] == ["donation"]


def test_total_names_givers_after_since_day():
    es = page_events("Penang has received more than 600,000 masks from private and foreign donors since March 20, "
                     "including shipments from the sister cities of Xiamen and Suzhou.", "Penang tallies gifts")
    agg = [e for e in es if e["type"] == "aggregate"]
    assert len(agg) == 1 and {"CN/Xiamen", "CN/Suzhou"} <= {a["key"] for a in agg[0]["from"]}


def test_total_worth_with_decimal_from_overseas():
    es = page_events("Over the same months, Fujian received donated goods worth 40.5 million yuan from overseas, "
                     "including more than 900,000 masks.", "Fujian thanks donors")
    assert [e["type"] for e in es] == ["aggregate"]
