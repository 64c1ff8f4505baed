"""``cityaid pair A B``: gifts both ways between two places — who gave first, what came back, how soon, how much.

投我以木桃，报之以琼瑶: the answer puts the first gift beside the first
gift in return.  ``lag_days`` is from the first dated gift to the first dated
return after it; ``proportion`` is (all returned) / (all first given), per
item where both directions gave that item (mask kinds count as ``mask``) and
per currency — units and currencies are never mixed.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from .common import ITEMISED, date_value, day, fact_id, item_label, keys, num, ordered, within

MASKS = {"mask", "medical_mask", "n95_mask", "disposable_mask"}


def _family(item: str) -> str:
    return "mask" if item in MASKS else item


def _totals(gifts: list[dict]) -> dict:
    items: dict[str, float] = defaultdict(float)
    money: dict[str, float] = defaultdict(float)
    for g in gifts:
        for it in g["items"]:
            if it.get("quantity") is not None:
                # per (item family, unit): 500 sets and 500 pieces are not 1,000 of anything
                items[item_label({**it, "item": _family(str(it["item"]))})] += float(it["quantity"])
        for m in g["money"]:
            money[str(m["currency"])] += float(m["amount"])
    return {"facts": len(gifts), "items": {k: num(v) for k, v in sorted(items.items())},
            "money": {k: num(v) for k, v in sorted(money.items())}}


def pair_report(facts: Iterable[Any], a: str, b: str, include_sub: bool = True) -> dict:
    def side(k: str, place: str) -> bool:
        return within(k, place) if include_sub else k == place

    flows: dict[str, list[dict]] = {"a_to_b": [], "b_to_a": []}
    exchanges: dict[str, int] = defaultdict(int)
    for f, p in ordered(facts):
        fr, to = keys(p, "from"), keys(p, "to")
        ab = any(side(k, a) for k in fr) and any(side(k, b) for k in to)
        ba = any(side(k, b) for k in fr) and any(side(k, a) for k in to)
        if not (ab or ba):
            continue
        if p["type"] not in ITEMISED:
            exchanges[f"{p['type']} {'a_to_b' if ab else 'b_to_a'}"] += 1
            continue
        g = {"fact": fact_id(f), "type": p["type"], "date": date_value(p), "items": p.get("items") or [],
             "money": p.get("money") or [], "sources": len(p.get("sources") or []) or None}
        if p.get("partners"):  # registered sister cities (cityaid.office.partners marks the facts)
            g["partners"] = p["partners"]
        flows["a_to_b" if ab else "b_to_a"].append(g)
    out_partners = next((g["partners"] for d in flows for g in flows[d] if g.get("partners")), None)
    dated = [(day(g["date"]), d, g) for d in flows for g in flows[d] if day(g["date"])]
    dated.sort(key=lambda t: (t[0], t[1]))
    out: dict[str, Any] = {"a": a, "b": b, **flows, "exchanges": dict(exchanges),
                           "first_giver": None, "first_gift": None, "first_return": None, "lag_days": None,
                           "totals": {d: _totals(flows[d]) for d in flows}, "proportion": None,
                           "partners": out_partners}
    if not dated:
        return out
    d0, first_dir, first = dated[0]
    back_dir = "b_to_a" if first_dir == "a_to_b" else "a_to_b"
    out["first_giver"] = a if first_dir == "a_to_b" else b
    out["first_gift"] = first
    ret = next(((d, g) for d, dd, g in dated if dd == back_dir and d >= d0), None)
    if ret:
        out["first_return"] = ret[1]
        out["lag_days"] = (ret[0] - d0).days
    given, back = out["totals"][first_dir], out["totals"][back_dir]
    out["proportion"] = {
        "returned_over_given": f"{back_dir} / {first_dir}",
        "items": {k: round(back["items"][k] / v, 3) for k, v in given["items"].items() if k in back["items"] and v},
        "money": {k: round(back["money"][k] / v, 3) for k, v in given["money"].items() if k in back["money"] and v},
    }
    return out


def explain(rep: dict) -> dict:
    """What the pair page says in words: per direction, the count of each kind of fact (``1 letter``) and
    what was given; who gave back; and each returned/given ratio beside the two amounts it divides."""
    a, b = rep["a"], rep["b"]
    sides = []
    for d, fr, to in (("a_to_b", a, b), ("b_to_a", b, a)):
        counts: dict[str, int] = {}
        for g in rep[d]:
            counts[g["type"]] = counts.get(g["type"], 0) + 1
        for label, n in rep["exchanges"].items():
            typ, _, way = label.rpartition(" ")
            if way == d:
                counts[typ] = counts.get(typ, 0) + n
        t = rep["totals"][d]
        sides.append({"direction": d, "from": fr, "to": to, "counts": counts, "items": t["items"],
                      "money": t["money"]})
    out: dict = {"sides": sides, "returner": None, "ratios": []}
    if rep["first_giver"]:
        first_dir = "a_to_b" if rep["first_giver"] == a else "b_to_a"
        back_dir = "b_to_a" if first_dir == "a_to_b" else "a_to_b"
        out["returner"] = b if first_dir == "a_to_b" else a
        given, back = rep["totals"][first_dir], rep["totals"][back_dir]
        prop = rep["proportion"] or {}
        for k, ratio in (prop.get("items") or {}).items():
            out["ratios"].append({"item": k, "currency": None, "given": given["items"][k], "back": back["items"][k],
                                  "ratio": ratio})
        for k, ratio in (prop.get("money") or {}).items():
            out["ratios"].append({"item": None, "currency": k, "given": given["money"][k], "back": back["money"][k],
                                  "ratio": ratio})
    return out
