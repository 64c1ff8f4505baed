"""The multi-outlet fixture set (tests/conftest.py) and the bundled examples: exact merged counts, P/R."""
from collections import Counter

from aid_fixture import AID_FACTS_TOTAL
from cityaid.evaluate import load_events
from cityaid.merge import docs_to_specs, merge_specs
from cityaid.merge.evaluate import eval_merge, load_clusters, pairwise


def _by_label(facts, truth):
    out = {}
    for f in facts:
        labels = {truth[e] for e in f["event_ids"]}
        assert len(labels) == 1, f"fact mixes {labels}"
        out[labels.pop()] = f
    return out


def test_fixture_counts_are_exact(aid_specs):
    specs, truth = aid_specs
    facts = merge_specs(specs)
    assert len(facts) == AID_FACTS_TOTAL
    by = _by_label(facts, truth)
    assert set(by) == set(truth)
    counts = Counter(truth)
    for label, f in by.items():
        assert len(f["event_ids"]) == counts[label]
    assert by["F7"]["sources"] == 2          # the repeated page counts as one document
    assert by["F1"]["sources"] == 3 and by["M1"]["sources"] == 1


def test_fixture_pairwise_precision_recall(aid_specs):
    specs, truth = aid_specs
    pred = {e: f["id"] for f in merge_specs(specs) for e in f["event_ids"]}
    rep = pairwise(dict(enumerate(truth)), pred)
    assert rep["true_pairs"] == 22
    assert rep["precision"] >= 0.95 and rep["recall"] >= 0.95


def test_canonical_values_and_disagreements(aid_specs):
    specs, truth = aid_specs
    by = _by_label(merge_specs(specs), truth)
    f2 = by["F2"]
    masks = next(i for i in f2["payload"]["items"] if i["item"] == "mask")
    assert masks["quantity"] == 20000 and masks["qualifier"] == "exact"       # exact beats "about 21,000"
    dis = {d["field"]: d for d in f2["disagreements"]}
    assert {c["value"] for c in dis["items.mask"]["claims"]} == {20000, 21000}
    assert f2["payload"]["date"] == {"value": "2020-03-27", "qualifier": "on"}   # a day "on" beats "before"
    f1 = by["F1"]
    assert f1["payload"]["date"]["value"] == "2020-03-06"                       # two documents say so
    assert len(f1["payload"]["sources"]) == 3                                   # each claim kept
    assert {s["date"]["value"] for s in f1["payload"]["sources"]} == {"2020-03-06", "2020-03-12"}
    f4 = by["F4"]
    assert f4["payload"]["items"][0]["quantity"] == 50000 and "date" in {d["field"] for d in f4["disagreements"]}


def test_confidence_grows_with_sources(aid_specs):
    specs, truth = aid_specs
    by = _by_label(merge_specs(specs), truth)
    assert by["F5"]["confidence"] > by["H3"]["confidence"] > by["M1"]["confidence"]
    assert 0 <= min(f["confidence"] for f in by.values()) and max(f["confidence"] for f in by.values()) <= 1


def test_bundled_gold_events_merge_like_the_clusters_file():
    gold = {**load_events("examples/gold.zh.jsonl"), **load_events("examples/gold.en.jsonl")}
    specs = docs_to_specs(gold)
    canon = {e: f["id"] for f in merge_specs(specs) for e in f["event_ids"]}
    export: dict[str, list] = {}
    for s in specs:
        export.setdefault(s.doc, []).append(dict(s.spec, canonical=canon[s.eid]))
    rep = eval_merge(load_clusters("examples/clusters.json"), export)
    assert rep["true_pairs"] == 54
    assert rep["precision"] >= 0.95 and rep["recall"] >= 0.95
