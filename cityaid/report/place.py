"""``cityaid ledger PLACE``: what a place gave and received, by item, money, counterpart and month."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from .common import ITEMISED, Tally, fact_id, keys, ordered, within


def place_ledger(facts: Iterable[Any], place: str, include_sub: bool = True) -> dict:
    """Given and received by ``place`` (and, with ``include_sub``, the places below it).

    Only itemised facts (donations, medical teams) are added up; aggregates
    are claims (see ``claims``) and other types are counted per type.  The
    counterpart of a gift is every actor on the other side.
    """
    def mine(k: str) -> bool:
        return within(k, place) if include_sub else k == place

    facts = list(facts)
    sides = {"given": ("from", "to"), "received": ("to", "from")}
    out: dict[str, Any] = {"place": place, "include_sub": include_sub, "sub_places": []}
    subs: set[str] = set()
    other: dict[str, dict[str, int]] = defaultdict(lambda: {"sent": 0, "received": 0})
    for name, (own, their) in sides.items():
        total, by_cp, by_month, gifts = Tally(), defaultdict(Tally), defaultdict(Tally), []
        for f, p in ordered(facts):
            own_keys = [k for k in keys(p, own) if mine(k)]
            if not own_keys:
                continue
            subs.update(k for k in own_keys if k != place)
            if p["type"] not in ITEMISED:
                if p["type"] != "aggregate":
                    other[p["type"]]["sent" if own == "from" else "received"] += 1
                continue
            fid = fact_id(f)
            total.add(p, fid)
            for k in keys(p, their):
                by_cp[k].add(p, fid)
            by_month[(p.get("date") or {}).get("value", "")[:7] or "undated"].add(p, fid)
            gifts.append({"fact": fid, "type": p["type"], "date": (p.get("date") or {}).get("value"),
                          "counterpart": keys(p, their), "items": p.get("items") or [],
                          "money": p.get("money") or []})
        out[name] = {**total.to_dict(),
                     "by_counterpart": {k: v.to_dict() for k, v in sorted(by_cp.items())},
                     "by_month": {k: v.to_dict() for k, v in sorted(by_month.items())},
                     "facts_list": gifts}
    out["other"] = {k: dict(v) for k, v in sorted(other.items())}
    out["sub_places"] = sorted(subs)
    return out
