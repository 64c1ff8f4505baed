#!/usr/bin/env python3
"""Train the learned side model (``cityaid/extract/roles.py``) on the dev corpus's tune split.

    .venv/bin/python scripts/train_roles.py [--shared ../shared] [--extra DIR ...] [--out cityaid/data/roles_model.json]
                                            [--cv-only]
    .venv/bin/python scripts/train_roles.py --predict DOCS --model MODEL.json --out PRED.jsonl

The second form reads every document under DOCS with the rules and then the
model's sides (what the pipeline would write with the step on), to be scored
by ``score.py`` beside a plain ``cityaid extract`` of the same tree.

Each tune document is read by the rules (``cityaid.pipeline.extract_document``); its
events are paired with gold ones the scorer's way with sides relaxed (same
type; items, money and date decide), and every candidate party of a paired
event becomes one row per side, positive where it agrees with a gold actor of
that side (``actor_agrees``).  ``--extra DIR`` adds a further gold set (a
folder with ``docs/`` and ``gold.jsonl``, all of it training material).

The decision thresholds are chosen by cross-validation over the tune
documents, grouped so that reports of one fact (``clusters.json``) are held
out together: each fold's documents are decided by a model trained without
them, and a setting's worth is how many of their events then pair with gold
strictly.  The check split is never read.  Needs scikit-learn (the ``train``
extra); the shipped model is plain JSON.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cityaid.extract.roles import (  # noqa: E402
    SIDES, Model, candidates, decide, event_info, features, language, side_context,
)
from cityaid.pipeline import extract_document  # noqa: E402
from cityaid.read import ReadError, iter_documents  # noqa: E402

GRID_T = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
GRID_M = (0.0, 0.1, 0.2, 0.3, 0.5)
GRID_FILL = (0.6, 0.8, 1.1)
GRID_C = (0.3, 1.0)
GRID_FEATURES = ("all", "own")
GRID_SCOPE = ("any", "same")


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("aid_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold(path: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["doc"]] = row.get("events") or []
    return out


def _groups(dev: Path, names: set[str]) -> dict[str, str]:
    """doc -> its group: documents telling one fact (a cluster) stay in one fold."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for cluster in json.loads((dev / "clusters.json").read_text(encoding="utf-8")):
        docs = [m["doc"] for m in cluster if m["doc"] in names]
        for d in docs[1:]:
            parent[find(d)] = find(docs[0])
    return {d: find(d) for d in names}


class Doc:
    """One training document: the rules' events, their candidates and features, and the gold events."""

    def __init__(self, name, group, extracted, gold, score):
        self.name, self.group, self.gold = name, group, gold
        self.events = extracted.events
        self.spec = [e.to_spec() for e in self.events]
        ctx = side_context(extracted)
        self.items = []  # per event: (event, cands, {side: [features per cand]}) or None (not decided)
        for e in self.events:
            if e.type == "aggregate" or not e.evidence_span:
                self.items.append(None)
                continue
            lang = language(e)
            cands = candidates(e, ctx, lang)
            info = event_info(e, ctx, lang)
            self.items.append((e, cands, {s: [features(e, c, s, ctx, lang, info) for c in cands] for s in SIDES}))
        strict = score.pair_score
        score.pair_score = lambda g, p: strict(g, dict(p, **{"from": g.get("from"), "to": g.get("to")}))
        try:
            self.pairs = score.pair_events(gold, self.spec)
        finally:
            score.pair_score = strict

    def rows(self, score):
        """(features, label) for each candidate and side of each paired event."""
        for gi, pi in self.pairs:
            item = self.items[pi]
            if item is None:
                continue
            _e, cands, feats = item
            for side in SIDES:
                gside = self.gold[gi].get(side) or []
                if not gside:
                    continue
                for c, f in zip(cands, feats[side]):
                    label = any(score.actor_agrees(g, {"key": c.key, "name": c.name}) for g in gside)
                    yield f, int(label)

    def strict_paired(self, score, events) -> int:
        return len(score.pair_events(self.gold, [e.to_spec() for e in events]))


def _fit(rows, C, features="all"):
    """Logistic weights (feature -> weight, intercept); features seen in one row only are left out.

    ``features="own"`` leaves out what the rules chose (an opinion of the model's own).
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, int] = defaultdict(int)
    for f, _y in rows:
        for x in f:
            seen[x] += 1
    keep = lambda x: seen[x] > 1 and (features == "all" or "|rule_" not in x)  # noqa: E731
    vec = DictVectorizer()
    X = vec.fit_transform([{x: 1 for x in f if keep(x)} for f, _y in rows])
    y = [y for _f, y in rows]
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit(X, y)
    weights = {name: float(w) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 0.005}
    return weights, float(clf.intercept_[0])


def _decided(doc: Doc, model: Model) -> list:
    out = []
    for e, item in zip(doc.events, doc.items):
        if item is None:
            out.append(e)
            continue
        _e, cands, feats = item
        probs = {s: [model.probability(f) for f in feats[s]] for s in SIDES}
        out.append(decide(e, cands, probs, model))
    return out


def cross_validate(docs: list[Doc], score, folds: int = 8) -> dict:
    groups = sorted({d.group for d in docs})
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    base = sum(d.strict_paired(score, d.events) for d in docs)
    tally: dict[tuple, int] = defaultdict(int)
    changed: dict[tuple, int] = defaultdict(int)
    for k in range(folds):
        train = [r for d in docs if fold_of[d.group] != k for r in d.rows(score)]
        held = [d for d in docs if fold_of[d.group] == k]
        if not held or not train:
            continue
        for feats in GRID_FEATURES:
            for C in GRID_C:
                weights, b = _fit(train, C, feats)
                for t, m, fill, scope in product(GRID_T, GRID_M, GRID_FILL, GRID_SCOPE):
                    model = Model(weights, b, t, m, fill, scope)
                    key = (feats, C, t, m, fill, scope)
                    for d in held:
                        new = _decided(d, model)
                        tally[key] += d.strict_paired(score, new)
                        changed[key] += sum(1 for a, x in zip(d.events, new) if a is not x)
    return {"base": base, "tally": dict(tally), "changed": dict(changed)}


def predict(docs: str, model_path: str, out: str) -> None:
    """Events of every document under ``docs`` with the model's sides, as ``cityaid extract`` writes them."""
    from cityaid.extract.roles import model_from, reassign_sides

    model = model_from(json.loads(Path(model_path).read_text(encoding="utf-8")))
    with open(out, "w", encoding="utf-8") as fh:
        for item in iter_documents([docs]):
            if isinstance(item, ReadError):
                continue
            x = extract_document(item)
            events = reassign_sides(x.events, side_context(x), model)
            fh.write(json.dumps({"doc": item.doc_id, "events": [e.to_spec() for e in events]}, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--extra", action="append", default=[], help="a further gold set: DIR/docs and DIR/gold.jsonl")
    ap.add_argument("--out", default=str(ROOT / "cityaid" / "data" / "roles_model.json"))
    ap.add_argument("--folds", type=int, default=8)
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--predict", help="write predictions with learned sides for the documents under this path")
    ap.add_argument("--model", help="with --predict: the model JSON to apply")
    args = ap.parse_args()
    if args.predict:
        predict(args.predict, args.model, args.out)
        return
    dev = Path(args.shared) / "corpus" / "dev"
    score = _scorer(Path(args.shared) / "tools" / "score.py")
    tune = set(json.loads((dev / "splits.json").read_text(encoding="utf-8"))["tune"])
    stems = {n.rsplit(".", 1)[0] for n in tune if n.endswith(".jsonl")}
    keep = lambda doc: doc in tune or any(doc.startswith(s) for s in stems)  # noqa: E731
    sets = [(dev, keep, "")] + [(Path(x), lambda doc: True, Path(x).name + ":") for x in args.extra]
    docs: list[Doc] = []
    for root, want, prefix in sets:
        gold = _gold(root / "gold.jsonl")
        group = _groups(root, set(gold)) if (root / "clusters.json").exists() else {d: d for d in gold}
        for item in iter_documents([str(root / "docs")]):
            if isinstance(item, ReadError) or not want(item.doc_id) or item.doc_id not in gold:
                continue
            x = extract_document(item)
            docs.append(Doc(item.doc_id, prefix + group.get(item.doc_id, item.doc_id), x, gold[item.doc_id], score))
    rows = [r for d in docs for r in d.rows(score)]
    print(f"{len(docs)} documents, {sum(len(d.events) for d in docs)} events, "
          f"{sum(len(d.pairs) for d in docs)} paired (sides relaxed), {len(rows)} rows, "
          f"{sum(y for _f, y in rows)} positive", file=sys.stderr)
    cv = cross_validate(docs, score, args.folds)
    n_pred = sum(len(d.events) for d in docs)
    n_gold = sum(len(d.gold) for d in docs)

    def f1(paired: int) -> float:
        p, r = paired / max(n_pred, 1), paired / max(n_gold, 1)
        return 2 * p * r / (p + r) if p + r else 0.0

    # (ties go to the more cautious setting: never filling, a higher threshold and margin, the narrower scope)
    best = max(cv["tally"], key=lambda k: (cv["tally"][k], k[4], k[2], k[3], k[5] == "same", k[0] == "all", -k[1]))
    name = lambda k: f"features={k[0]} C={k[1]} threshold={k[2]} margin={k[3]} fill={k[4]} scope={k[5]}"  # noqa: E731
    print(f"cross-validated on tune ({args.folds} folds by cluster): rules pair {cv['base']} "
          f"(F1 {f1(cv['base']):.3f}); best {name(best)}: {cv['tally'][best]} (F1 {f1(cv['tally'][best]):.3f}), "
          f"{cv['changed'][best]} events changed", file=sys.stderr)
    for k in sorted(cv["tally"], key=lambda k: -cv["tally"][k])[:15]:
        print(f"  {name(k)}: paired {cv['tally'][k]} changed {cv['changed'][k]}", file=sys.stderr)
    if args.cv_only:
        return
    weights, b = _fit(rows, best[1], best[0])
    data = {
        "about": "cityaid.extract.roles: logistic weights over side features, trained by scripts/train_roles.py "
                 "on the dev tune split" + (" and " + ", ".join(Path(x).name for x in args.extra) if args.extra else ""),
        "decision": {"threshold": best[2], "margin": best[3], "fill": best[4], "scope": best[5]},
        "cv": {"folds": args.folds, "rules_paired": cv["base"], "model_paired": cv["tally"][best],
               "rules_f1": round(f1(cv["base"]), 4), "model_f1": round(f1(cv["tally"][best]), 4),
               "features": best[0], "C": best[1], "documents": len(docs), "rows": len(rows)},
        "intercept": round(b, 5),
        "weights": {k: round(v, 5) for k, v in sorted(weights.items())},
    }
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(weights)} weights", file=sys.stderr)


if __name__ == "__main__":
    main()
