"""Precision, recall and F1 of predicted events against a gold file, by type.

The rules are those of the exchange format's scorer (spec "Scoring"): events
pair within a document, one to one, greedily by agreement; a pair needs the
same type and at least one actor in common on each side (equal keys, or the
predicted name among the gold actor's names and aliases).  Over paired events
it reports how many gold actor keys, items, money amounts and dates were
right.  It lives in the package so that a user without the project's shared
folder can evaluate their own annotations.
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

MASK_FAMILY = {"mask", "medical_mask", "n95_mask", "disposable_mask"}


class EvalError(Exception):
    """A gold or prediction file that cannot be read."""


def _norm(text) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return "".join(ch for ch in text if not ch.isspace() and ch not in "()()·-_'\".,")


def load_events(path: str | Path) -> dict[str, list[dict]]:
    docs: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                docs[row["doc"]] = row.get("events") or []
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise EvalError(f"{path}:{n}: not a spec line ({err})") from None
    return docs


def _names(actor: dict) -> set[str]:
    key = actor.get("key") or ""
    names = {_norm(key), _norm(actor.get("name"))} | {_norm(a) for a in actor.get("aliases") or []}
    if "/" in key:
        names.add(_norm(key.rsplit("/", 1)[1]))
    names.discard("")
    return names


def _agrees(gold: dict, pred: dict) -> bool:
    if gold.get("key") and _norm(gold.get("key")) == _norm(pred.get("key")):
        return True
    key = pred.get("key") or ""
    cands = {_norm(pred.get("name")), _norm(key)}
    if "/" in key:
        cands.add(_norm(key.rsplit("/", 1)[1]))
    cands.discard("")
    return bool(cands & _names(gold))


def _side(gold_side, pred_side) -> bool:
    return not gold_side or any(_agrees(g, p) for g in gold_side for p in pred_side or [])


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))
    except (TypeError, ValueError):
        return False


def _item_found(g: dict, pred_items) -> bool:
    wanted = MASK_FAMILY if g.get("item") == "mask" else {g.get("item")}
    return any(p.get("item") in wanted and _same(g.get("quantity"), p.get("quantity")) for p in pred_items or [])


def _money_found(g: dict, pred_money) -> bool:
    return any(_same(g.get("amount"), p.get("amount")) and str(g.get("currency", "")).upper()
               == str(p.get("currency", "")).upper() for p in pred_money or [])


def _date_right(g, p) -> bool:
    gv, pv = (g or {}).get("value"), (p or {}).get("value")
    return bool(gv and pv) and str(pv)[: len(str(gv))] == str(gv)


def _pair_score(g: dict, p: dict) -> float | None:
    if g.get("type") != p.get("type"):
        return None
    if not _side(g.get("from"), p.get("from")) or not _side(g.get("to"), p.get("to")):
        return None
    score = 1.0
    if g.get("items"):
        score += sum(_item_found(i, p.get("items")) for i in g["items"]) / len(g["items"])
    if g.get("money"):
        score += sum(_money_found(m, p.get("money")) for m in g["money"]) / len(g["money"])
    if (g.get("date") or {}).get("value"):
        score += 0.5 * _date_right(g.get("date"), p.get("date"))
    return score


def pair_events(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    cands = sorted(((s, gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                    if (s := _pair_score(g, p)) is not None), key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def prf(gold: int, pred: int, paired: int) -> tuple[float, float, float]:
    p = paired / pred if pred else (1.0 if not gold else 0.0)
    r = paired / gold if gold else (1.0 if not pred else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Report:
    by_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    attributes: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_doc: dict[str, dict] = field(default_factory=dict)

    @property
    def totals(self) -> tuple[int, int, int]:
        return tuple(sum(v[i] for v in self.by_type.values()) for i in range(3))  # type: ignore[return-value]

    def to_dict(self) -> dict:
        p, r, f = prf(*self.totals)
        return {
            "precision": p, "recall": r, "f1": f,
            "by_type": {t: dict(zip(("gold", "pred", "paired", "f1"), v + [prf(*v)[2]])) for t, v in self.by_type.items()},
            "attributes": {k: (v[0] / v[1] if v[1] else None) for k, v in self.attributes.items()},
            "by_doc": self.by_doc,
        }


def evaluate(gold_docs: dict[str, list[dict]], pred_docs: dict[str, list[dict]]) -> Report:
    rep = Report()
    for doc in sorted(gold_docs):
        gold, pred = gold_docs[doc], pred_docs.get(doc, [])
        pairs = pair_events(gold, pred)
        rep.by_doc[doc] = {"gold": len(gold), "pred": len(pred), "paired": len(pairs)}
        for e in gold:
            rep.by_type[e.get("type")][0] += 1
        for e in pred:
            rep.by_type[e.get("type")][1] += 1
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            rep.by_type[g.get("type")][2] += 1
            for side in ("from", "to"):
                keys = {_norm(a.get("key")) for a in p.get(side) or []}
                for a in g.get(side) or []:
                    rep.attributes["actor keys"][1] += 1
                    rep.attributes["actor keys"][0] += _norm(a.get("key")) in keys
            for i in g.get("items") or []:
                rep.attributes["items"][1] += 1
                rep.attributes["items"][0] += _item_found(i, p.get("items"))
            for m in g.get("money") or []:
                rep.attributes["money"][1] += 1
                rep.attributes["money"][0] += _money_found(m, p.get("money"))
            if (g.get("date") or {}).get("value"):
                rep.attributes["dates"][1] += 1
                rep.attributes["dates"][0] += _date_right(g.get("date"), p.get("date"))
    for doc in sorted(set(pred_docs) - set(gold_docs)):
        for e in pred_docs[doc]:
            rep.by_type[e.get("type")][1] += 1
    return rep
