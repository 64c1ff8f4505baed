"""Small helpers the answers share: reading a fact, matching a place, adding up figures.

Every answer reads *facts* (the merge's canonical records), never raw
reports, so a gift told by three outlets is counted once.  Figures are added
per (item, unit) and money per currency — never converted: a sum across
currencies or units would be a number nobody printed.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, Iterable, Mapping

ITEMISED = ("donation", "medical_team")


def payload(f: Any) -> dict:
    """The canonical spec dict of a fact (a ``FactRow``, or the dict itself)."""
    return f if isinstance(f, Mapping) and "type" in f else f.fact


def fact_id(f: Any) -> str | None:
    return getattr(f, "id", None) or (f.get("id") if isinstance(f, Mapping) else None)


def keys(p: dict, role: str) -> list[str]:
    return [a.get("key") or "?/" + str(a.get("name") or "") for a in p.get(role) or []]


def within(key: str, place: str) -> bool:
    """``key`` is ``place`` or one of its sub-places (``CN/Chongqing/Shapingba`` within ``CN/Chongqing``)."""
    return key == place or key.startswith(place + "/")


def country(key: str) -> str | None:
    head = key.split("/", 1)[0]
    return None if head in ("?", "ORG", "") else head


def is_cn(key: str) -> bool:
    return country(key) == "CN"


def direction(p: dict) -> str:
    """``outward`` (a CN actor to a non-CN one), ``inward`` (the reverse) or ``other``."""
    fr, to = keys(p, "from"), keys(p, "to")
    if any(is_cn(k) for k in fr) and any(country(k) and not is_cn(k) for k in to):
        return "outward"
    if any(country(k) and not is_cn(k) for k in fr) and any(is_cn(k) for k in to):
        return "inward"
    return "other"


def day(value: str | None) -> date | None:
    """The day of a full ISO date, else ``None`` (months are not days)."""
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def date_value(p: dict) -> str | None:
    return (p.get("date") or {}).get("value")


def month(p: dict) -> str:
    v = date_value(p)
    return v[:7] if v and len(v) >= 7 else "undated"


def item_label(item: dict) -> str:
    unit = item.get("unit")
    return f"{item.get('item')} ({unit})" if unit and unit not in ("piece",) else str(item.get("item"))


class Tally:
    """Facts counted, item quantities per (item, unit), money per currency."""

    __slots__ = ("facts", "items", "money", "ids")

    def __init__(self) -> None:
        self.facts = 0
        self.items: dict[str, float] = defaultdict(float)
        self.money: dict[str, float] = defaultdict(float)
        self.ids: list[str] = []

    def add(self, p: dict, fid: str | None = None) -> None:
        self.facts += 1
        if fid:
            self.ids.append(fid)
        for it in p.get("items") or []:
            if it.get("quantity") is not None:
                self.items[item_label(it)] += float(it["quantity"])
        for m in p.get("money") or []:
            self.money[str(m.get("currency"))] += float(m["amount"])

    def quantity(self) -> float:
        return sum(self.items.values())

    def to_dict(self) -> dict:
        return {"facts": self.facts, "items": {k: _num(v) for k, v in sorted(self.items.items())},
                "money": {k: _num(v) for k, v in sorted(self.money.items())}}


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 2)


def num(x: float) -> float | int:
    return _num(x)


def ordered(facts: Iterable[Any]) -> list[tuple[Any, dict]]:
    """(fact, payload) sorted by date (undated last) then id."""
    out = [(f, payload(f)) for f in facts]
    out.sort(key=lambda t: (date_value(t[1]) or "9999", fact_id(t[0]) or ""))
    return out
