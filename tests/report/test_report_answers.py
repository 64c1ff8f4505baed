"""The answers over the merged fixture ledger (tests/conftest.py): real numbers, each fact counted once."""
from cityaid.report import claims_report, network, pair_report, place_ledger, timeline


def test_place_ledger_includes_sub_places(aid_ledger):
    rep = place_ledger(aid_ledger.facts(actor="CN/Chongqing", include_sub=True), "CN/Chongqing")
    assert rep["sub_places"] == ["CN/Chongqing/Shapingba"]
    g = rep["given"]
    assert g["facts"] == 2 and g["items"] == {"mask": 103000} and g["money"] == {"EUR": 20000}
    assert g["by_counterpart"]["JP/Toyokawa"]["items"] == {"mask": 3000}
    assert g["by_month"]["2020-03"]["facts"] == 2
    assert rep["received"]["facts"] == 0


def test_place_ledger_counts_facts_not_reports(aid_ledger):
    rep = place_ledger(aid_ledger.facts(actor="CN/Wuxi", include_sub=True), "CN/Wuxi")
    # 1st batch told 3x, 2nd batch told 3x: two gifts, 30,000 masks (not 90,000)
    assert rep["given"]["facts"] == 2
    assert rep["given"]["items"] == {"mask": 30000, "protective_suit (set)": 500}
    assert rep["received"]["items"] == {"mask": 4500} and rep["received"]["money"] == {"CNY": 50000}


def test_pair_reciprocity(aid_ledger):
    rep = pair_report(aid_ledger.facts(), "CN/Wuxi", "JP/Toyokawa")
    assert rep["first_giver"] == "JP/Toyokawa" and rep["first_gift"]["date"] == "2020-02-04"
    assert rep["first_return"]["date"] == "2020-03-06" and rep["lag_days"] == 31
    assert rep["proportion"]["items"] == {"mask": round(30000 / 4500, 3)}
    assert rep["totals"]["b_to_a"]["money"] == {"CNY": 50000}
    assert len(rep["a_to_b"]) == 2 and len(rep["b_to_a"]) == 2


def test_timeline_weeks_and_directions(aid_ledger):
    rep = timeline(aid_ledger.facts())
    weeks = {w["week"]: w for w in rep["weeks"]}
    assert weeks["2020-W06"]["counts"] == {"donation": {"inward": 1}}
    assert weeks["2020-W11"]["counts"] == {"donation": {"outward": 3}}
    assert sum(w["total"] for w in rep["weeks"]) == 11 and rep["unplaced"] == {"undated": 1}
    rep = timeline(aid_ledger.facts(), since="2020-03-20", until="2020-03-31")
    assert [w["week"] for w in rep["weeks"]] == ["2020-W13"] and rep["weeks"][0]["total"] == 3


def test_claims_beside_itemised(aid_ledger):
    rep = claims_report(aid_ledger.facts(), "CN/Heilongjiang")
    assert len(rep["claims"]) == 1                      # told twice, one claim
    c = rep["claims"][0]
    assert c["itemised"]["facts"] == 2                  # NC 50,000 + Hokkaido 30,000; Sakha (2 Apr) is later
    gap = c["gap"]["items"][0]
    assert (gap["claimed"], gap["itemised"], gap["gap"]) == (200000, 80000, 120000)
    assert gap["compared_with"] == "all items"
    assert c["gap"]["partners"] == {"claimed": 10, "itemised": 2, "gap": 8}


def test_network(aid_ledger):
    rep = network(aid_ledger.facts(), top=3)
    assert rep["givers"][0] == {"key": "CN/Heilongjiang", "facts": 3, "quantity": 101000}
    assert rep["receivers"][0]["key"] == "JP/Toyokawa" and rep["receivers"][0]["facts"] == 3
    assert {c["country"]: c["places"] for c in rep["countries_reached"]} == {"JP": 2, "DE": 1, "KR": 1, "RU": 1}
    assert rep["pairs"][0] == {"from": "CN/Wuxi", "to": "JP/Toyokawa", "facts": 2, "quantity": 30500}
