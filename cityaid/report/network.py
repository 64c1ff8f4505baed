"""``cityaid network``: who gives, who receives, which countries are reached, which pairs carry most.

Counts itemised facts (donations and medical teams; aggregates are claims,
not facts to add).  "Volume" is the number of facts, then the sum of item
quantities — a rough measure across kinds and units, used only to rank.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from .common import ITEMISED, country, is_cn, keys, num, ordered


def network(facts: Iterable[Any], top: int = 10) -> dict:
    givers: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    receivers: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    pairs: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    reached: dict[str, set] = defaultdict(set)
    helped_by: dict[str, set] = defaultdict(set)
    for _f, p in ordered(facts):
        if p["type"] not in ITEMISED:
            continue
        qty = sum(float(i["quantity"]) for i in p.get("items") or [] if i.get("quantity") is not None)
        fr, to = keys(p, "from"), keys(p, "to")
        for k in fr:
            givers[k][0] += 1
            givers[k][1] += qty
        for k in to:
            receivers[k][0] += 1
            receivers[k][1] += qty
        for a in fr:
            for b in to:
                pairs[(a, b)][0] += 1
                pairs[(a, b)][1] += qty
                ca, cb = country(a), country(b)
                if is_cn(a) and cb and cb != "CN":
                    reached[cb].add(b)
                if is_cn(b) and ca and ca != "CN":
                    helped_by[ca].add(a)

    def rank(d: dict) -> list:
        return sorted(d.items(), key=lambda kv: (-kv[1][0], -kv[1][1], str(kv[0])))[:top]

    return {
        "givers": [{"key": k, "facts": int(v[0]), "quantity": num(v[1])} for k, v in rank(givers)],
        "receivers": [{"key": k, "facts": int(v[0]), "quantity": num(v[1])} for k, v in rank(receivers)],
        "countries_reached": [{"country": c, "places": len(s)} for c, s in
                              sorted(reached.items(), key=lambda kv: (-len(kv[1]), kv[0]))],
        "countries_giving_to_china": [{"country": c, "places": len(s)} for c, s in
                                      sorted(helped_by.items(), key=lambda kv: (-len(kv[1]), kv[0]))],
        "pairs": [{"from": a, "to": b, "facts": int(v[0]), "quantity": num(v[1])} for (a, b), v in rank(pairs)],
    }
