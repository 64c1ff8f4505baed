"""Pairwise precision and recall of merged ``canonical`` ids against a clusters file.

A clusters file (``examples/clusters.json``) lists the real-world facts told
by two or more documents: ``[[{"doc": id, "event": i}, ...], ...]``.  Over a
*universe* of events, a pair of events is a true pair when one cluster holds
both, and a predicted pair when both carry the same ``canonical`` id;
precision = right predicted pairs / predicted pairs, recall = right
predicted pairs / true pairs.  Events outside every cluster are singletons.

Two ways to read ``event``:

* with gold files (``gold={doc: [spec, ...]}``): ``event`` indexes the
  *gold* event list of that document.  Each document's predicted events are
  paired with its gold events by ``cityaid.evaluate.pair_events`` (the
  scorer's pairing), and a gold event takes the ``canonical`` of the
  predicted event paired with it (none when unpaired — so extraction misses
  cost recall here too).  The universe is every gold event; predicted events
  paired with no gold event are not scored.
* without gold: ``event`` indexes the export's own event list of that
  document (a predicted export annotated by hand); the universe is every
  exported event.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Hashable

from cityaid.evaluate import pair_events


def load_clusters(path: str | Path) -> list[list[tuple[str, int]]]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return [[(str(m["doc"]), int(m["event"])) for m in cluster] for cluster in data]


def _pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def pairwise(gold: dict[Hashable, Hashable], pred: dict[Hashable, Hashable | None]) -> dict:
    """P/R/F1 over pairs of the events in ``gold`` (item -> cluster label; unique labels for singletons)."""
    g = Counter(gold.values())
    p = Counter(v for k, v in pred.items() if k in gold and v is not None)
    both = Counter((gold[k], v) for k, v in pred.items() if k in gold and v is not None)
    true_pairs, pred_pairs, right = _pairs(g), _pairs(p), _pairs(both)
    prec = right / pred_pairs if pred_pairs else 1.0
    rec = right / true_pairs if true_pairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "true_pairs": true_pairs, "predicted_pairs": pred_pairs,
            "right_pairs": right, "events": len(gold)}


def _gold_labels(clusters: list[list[tuple[str, int]]], universe: list[tuple[str, int]]) -> dict:
    label: dict[Hashable, Hashable] = {item: ("single", item) for item in universe}
    for n, cluster in enumerate(clusters):
        for item in cluster:
            if item in label:
                label[item] = ("cluster", n)
    return label


def eval_merge(clusters: list[list[tuple[str, int]]], export: dict[str, list[dict]],
               gold: dict[str, list[dict]] | None = None) -> dict:
    """Pairwise scores of ``export`` (``{doc: [spec with canonical, ...]}``) against ``clusters``."""
    if gold is None:
        universe = [(d, i) for d, evs in export.items() for i in range(len(evs))]
        pred = {(d, i): export[d][i].get("canonical") for d, i in universe}
        out = pairwise(_gold_labels(clusters, universe), pred)
        out["mode"] = "export-indexed"
        return out
    universe = [(d, i) for d, evs in gold.items() for i in range(len(evs))]
    pred: dict[Hashable, Hashable | None] = {}
    paired = 0
    for d, gevs in gold.items():
        pevs = export.get(d, [])
        for gi, pi in pair_events(gevs, pevs):
            pred[(d, gi)] = pevs[pi].get("canonical")
            paired += 1
    out = pairwise(_gold_labels(clusters, universe), pred)
    out.update(mode="gold-paired", paired_events=paired)
    return out
