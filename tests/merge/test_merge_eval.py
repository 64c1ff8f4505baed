"""eval-merge: pairwise P/R with gold pairing and with export-indexed clusters."""
from cityaid.merge.evaluate import eval_merge, pairwise


def _ev(t, k1, k2, canonical=None):
    e = {"type": t, "from": [{"key": k1, "name": k1}], "to": [{"key": k2, "name": k2}], "items": [], "money": []}
    if canonical:
        e["canonical"] = canonical
    return e


def test_pairwise_counts():
    rep = pairwise({1: "a", 2: "a", 3: "b", 4: "c"}, {1: "x", 2: "x", 3: "x", 4: None})
    assert rep["true_pairs"] == 1 and rep["predicted_pairs"] == 3 and rep["right_pairs"] == 1


def test_gold_paired_and_export_indexed():
    gold = {"d1": [_ev("donation", "CN/Wuxi", "JP/Toyokawa"), _ev("message", "JP/Toyokawa", "CN/Wuxi")],
            "d2": [_ev("donation", "CN/Wuxi", "JP/Toyokawa")]}
    # the export lists d1's events in the other order: pairing must find them
    export = {"d1": [_ev("message", "JP/Toyokawa", "CN/Wuxi", "F2"), _ev("donation", "CN/Wuxi", "JP/Toyokawa", "F1")],
              "d2": [_ev("donation", "CN/Wuxi", "JP/Toyokawa", "F1")]}
    clusters = [[("d1", 0), ("d2", 0)]]
    rep = eval_merge(clusters, export, gold)
    assert rep["precision"] == rep["recall"] == 1.0 and rep["paired_events"] == 3
    rep = eval_merge([[("d1", 1), ("d2", 0)]], export)          # indexes into the export itself
    assert rep["precision"] == rep["recall"] == 1.0
    rep = eval_merge(clusters, export)                           # wrong reading of the indexes
    assert rep["recall"] == 0.0
