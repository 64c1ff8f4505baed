#!/usr/bin/env python3
"""Where event F1 is lost: finding the events, or naming their sides.

    .venv/bin/python benchmarks/side_diagnosis.py [--shared ../shared] [--split tune|check] [PRED]

Scores the prediction (``cityaid extract`` over ``corpus/dev/docs`` unless a
file is given) with the shared scorer's own pairing, then again with one
condition relaxed at a time: any type, any ``from``, any ``to``, any sides,
sides swapped allowed, and events counted per document only.  The gap between
"strict" and "any sides" is what wrong or missing actors cost; the gap between
"any sides" and 1.0 is what finding events costs.  Figures only (no event is
printed), so it is safe on the check split.  Run by hand; nothing is asserted.

Then each gold event that did not pair is put at the stage where it was lost,
by the words that prove it (its ``evidence_span`` against the predicted
events' spans, or its evidence against theirs where the spans count differently): no predicted event on its words (the act was not read, or
cleaning dropped it), a predicted event of another type there (donation read
as a total, a thanks read as a gift), or one of its type whose sides or
pairing are wrong.  Counts per gold type only.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("aid_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _by_doc(path: Path, keep) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if keep(row["doc"]):
                out[row["doc"]].extend(row.get("events") or [])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pred", nargs="?")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--split", choices=("tune", "check"), action="append")
    args = ap.parse_args()
    dev = Path(args.shared) / "corpus" / "dev"
    score = _scorer(Path(args.shared) / "tools" / "score.py")
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(args.pred) if args.pred else Path(tmp) / "dev.jsonl"
        if not args.pred:
            cli = str(Path(sys.executable).parent / "cityaid")
            subprocess.run([cli, "extract", str(dev / "docs"), "--out", str(pred)], capture_output=True)
        splits = json.loads((dev / "splits.json").read_text(encoding="utf-8"))
        strict = score.pair_score
        relaxed = {
            "strict": strict,
            "any type": lambda g, p: strict(g, dict(p, type=g.get("type"))),
            "any from": lambda g, p: strict(g, dict(p, **{"from": g.get("from")})),
            "any to": lambda g, p: strict(g, dict(p, to=g.get("to"))),
            "any sides": lambda g, p: strict(g, dict(p, **{"from": g.get("from"), "to": g.get("to")})),
            "sides may swap": lambda g, p: strict(g, p) if strict(g, p) is not None
            else strict(g, dict(p, **{"from": p.get("to"), "to": p.get("from")})),
            "count per document": lambda g, p: 1.0,
        }
        for split in args.split or ["tune", "check"]:
            names = set(splits[split])
            stems = {n.rsplit(".", 1)[0] for n in names if n.endswith(".jsonl")}
            keep = lambda doc: doc in names or any(doc.startswith(s) for s in stems)  # noqa: E731
            gold, got = _by_doc(dev / "gold.jsonl", keep), _by_doc(pred, keep)
            n_gold, n_pred = sum(map(len, gold.values())), sum(map(len, got.values()))
            print(f"{split}: {n_gold} gold events, {n_pred} predicted")
            for name, fn in relaxed.items():
                score.pair_score = fn
                paired = sum(len(score.pair_events(gold.get(d, []), got.get(d, []))) for d in set(gold) | set(got))
                p, r = paired / max(n_pred, 1), paired / max(n_gold, 1)
                print(f"  {name:20s} paired {paired:4d}  P {p:.2f}  R {r:.2f}  F1 {2 * p * r / (p + r) if p + r else 0:.3f}")
            score.pair_score = strict
            _print_stages(score, gold, got)


STAGES = ("paired", "nothing on its words", "another type there", "its type, sides wrong")


def _on_its_words(gold_event: dict, pred: dict) -> bool:
    """The predicted event is told by the gold event's words: the spans overlap, or (an HTML page, whose gold spans
    count in the raw file and ours in its text) one evidence holds the other's opening words."""
    span, got = gold_event.get("evidence_span"), pred.get("evidence_span")
    if span and got and got[0] < span[1] and got[1] > span[0]:
        return True
    g, p = ("".join((e.get("evidence") or "").split()) for e in (gold_event, pred))
    return bool(g and p) and (p[:12] in g or g[:12] in p)


def _lost_at(gold_event: dict, preds: list[dict]) -> str:
    """The stage a gold event that did not pair was lost at, read from the predictions on its words."""
    there = [p for p in preds if _on_its_words(gold_event, p)]
    if not there:
        return STAGES[1]
    return STAGES[3] if any(p.get("type") == gold_event.get("type") for p in there) else STAGES[2]


def _print_stages(score, gold: dict[str, list[dict]], got: dict[str, list[dict]]) -> None:
    table: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STAGES, 0))
    for doc, events in gold.items():
        preds = got.get(doc, [])
        paired = {gi for gi, _ in score.pair_events(events, preds)}
        for gi, g in enumerate(events):
            table[g.get("type")][STAGES[0] if gi in paired else _lost_at(g, preds)] += 1
    print("  where unpaired gold events were lost (by type): " + " | ".join(STAGES))
    for kind in sorted(table):
        print(f"    {kind:14s} " + " | ".join(f"{table[kind][st]:4d}" for st in STAGES))


if __name__ == "__main__":
    main()
