"""Plain-text renderings of items, money and actors, shared by templates and CSV rows.

Figures are written as printed — per item and unit, per currency, never
converted or summed across units (see ``cityaid.report.common``).
"""
from __future__ import annotations

from typing import Any


def number(x: Any) -> str:
    if x is None:
        return "?"
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, (int, float)) else str(x)


def items(its: list[dict] | None, words=None) -> str:  # noqa: ANN001 - words: a vocab.Words for people
    """``mask 20,000; goggles 500 pair`` (CSV: identifiers) or, given ``words``, ``口罩 20,000; 护目镜 500 副``."""
    out = []
    for it in its or []:
        q = it.get("quantity")
        unit = it.get("unit")
        qual = {"approx": "~", "over": ">", "under": "<"}.get(it.get("qualifier") or "", "")
        s = str(it.get("item")) if words is None else words.item(str(it.get("item")))
        if q is not None:
            u = (unit if unit and unit != "piece" else "") if words is None else words.unit(unit)
            s += f" {qual}{number(q)}" + (f" {u}" if u else "")
        out.append(s)
    return "; ".join(out)


def money(ms: list[dict] | None) -> str:
    return "; ".join(f"{number(m.get('amount'))} {m.get('currency')}" for m in ms or [])


def keys(p: dict, role: str) -> list[str]:
    return [a.get("key") or "?/" + str(a.get("name") or "") for a in p.get(role) or []]


def date(p: dict) -> str:
    d = p.get("date") or {}
    v = d.get("value")
    if not v:
        return ""
    q = d.get("qualifier")
    return v if q in (None, "on") else f"{v} ({q})"


def fact_row(f) -> dict:  # noqa: ANN001 - a FactRow
    """One fact as a flat row (CSV / JSON download)."""
    p = f.fact
    return {"id": f.id, "type": f.type, "date": date(p), "from": "; ".join(keys(p, "from")),
            "to": "; ".join(keys(p, "to")), "items": items(p.get("items")), "money": money(p.get("money")),
            "of": f.of, "confidence": f.confidence, "sources": f.sources,
            "disagreements": "; ".join(str(d.get("field")) for d in f.disagreements if isinstance(d, dict)),
            "evidence": p.get("evidence", ""), "url": f"/fact/{f.id}",
            "from_keys": keys(p, "from"), "to_keys": keys(p, "to"), "item_list": p.get("items") or [],
            "date_spec": p.get("date"), "reviewed": p.get("reviewed") is True}


def event_row(e) -> dict:  # noqa: ANN001 - an EventRow
    p = e.event
    return {"id": e.id, "doc_id": e.doc_id, "idx": e.idx, "type": p.get("type"), "date": date(p),
            "from": "; ".join(keys(p, "from")), "to": "; ".join(keys(p, "to")), "items": items(p.get("items")),
            "money": money(p.get("money")), "fact": e.canonical_id, "evidence": p.get("evidence", ""),
            "url": f"/event/{e.id}", "from_keys": keys(p, "from"), "to_keys": keys(p, "to"),
            "item_list": p.get("items") or [], "date_spec": p.get("date")}


FACT_COLUMNS = ["id", "type", "date", "from", "to", "items", "money", "of", "confidence", "sources", "disagreements",
                "evidence", "url"]
EVENT_COLUMNS = ["id", "doc_id", "idx", "type", "date", "from", "to", "items", "money", "fact", "evidence", "url"]
PLACE_COLUMNS = ["key", "name", "given", "received", "url"]
DOC_COLUMNS = ["doc_id", "title", "source", "published", "format", "chars", "events", "removed_spans",
               "removed_chars", "url"]
