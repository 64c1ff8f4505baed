"""The overview's numbers: counts by type and direction, weeks for the timeline, flows for the map.

The counting happens in SQL (``web_queries.overview_groups`` returns a few
hundred groups however large the ledger); this module only adds the groups
up.  Weeks follow ``cityaid.report.timeline``: only facts dated to the day
go into an ISO week, the others are counted per month under ``unplaced``
(a test checks the two agree on the bundled examples).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from cityaid.ledger import web_queries as wq
from cityaid.model import EVENT_TYPES
from cityaid.report.names import names

from .geo import locate
from .render import pair_url, place_url

DIRECTIONS = ("outward", "inward", "other")
CHART_W, CHART_H, CHART_PAD = 900, 180, 24


def _week(day: str) -> tuple[str, str] | None:
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return None
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}", (d - timedelta(days=d.weekday())).isoformat()


def summarise(groups: list[dict]) -> dict:
    """Counts by type x direction, totals, weeks (by type and direction) and unplaced months."""
    counts = {t: {d: 0 for d in (*DIRECTIONS, "total")} for t in EVENT_TYPES}
    by_dir = {d: 0 for d in DIRECTIONS}
    weeks: dict[str, dict] = {}
    unplaced: dict[str, int] = defaultdict(int)
    for g in groups:
        t, d, n = g["type"], g["direction"], g["n"]
        row = counts.setdefault(t, {d: 0 for d in (*DIRECTIONS, "total")})
        row[d] += n
        row["total"] += n
        by_dir[d] += n
        lo, hi = g["date_lo"], g["date_hi"]
        wk = _week(lo) if lo and lo == hi else None
        if wk is None:
            label = "undated" if not lo else (lo[:7] if lo[:7] == (hi or "")[:7] else lo[:4])
            unplaced[label] += n
            continue
        w = weeks.setdefault(wk[0], {"week": wk[0], "start": wk[1], "total": 0,
                                     "counts": defaultdict(lambda: defaultdict(int))})
        w["counts"][t][d] += n
        w["total"] += n
    rows = [{**weeks[k], "counts": {t: dict(v) for t, v in sorted(weeks[k]["counts"].items())}} for k in sorted(weeks)]
    return {"counts": {t: c for t, c in counts.items()}, "by_direction": by_dir, "total": sum(by_dir.values()),
            "weeks": rows, "unplaced": dict(sorted(unplaced.items()))}


def chart(weeks: list[dict]) -> dict:
    """SVG geometry for a stacked bar per week (server-drawn: no chart library, works without JS)."""
    if not weeks:
        return {"width": CHART_W, "height": CHART_H, "bars": [], "max": 0}
    top = max(w["total"] for w in weeks) or 1
    slot = (CHART_W - 2 * CHART_PAD) / len(weeks)
    bw = max(2.0, slot * 0.8)
    inner = CHART_H - 2 * CHART_PAD
    bars = []
    for i, w in enumerate(weeks):
        x = CHART_PAD + i * slot + (slot - bw) / 2
        y = CHART_H - CHART_PAD
        parts = []
        for t in EVENT_TYPES:
            n = sum(w["counts"].get(t, {}).values())
            if not n:
                continue
            h = inner * n / top
            y -= h
            parts.append({"type": t, "n": n, "x": round(x, 1), "y": round(y, 1), "w": round(bw, 1), "h": round(h, 1)})
        bars.append({"week": w["week"], "start": w["start"], "total": w["total"], "parts": parts,
                     "label_x": round(x + bw / 2, 1), "show_label": i % max(1, len(weeks) // 12) == 0})
    return {"width": CHART_W, "height": CHART_H, "bars": bars, "max": top, "base": CHART_H - CHART_PAD}


def map_flows(flows: list[dict]) -> dict:
    """Flows with both ends located (see ``geo.locate``), and the places they touch."""
    places: dict[str, dict] = {}
    out = []
    for f in flows:
        for k in (f["from"], f["to"]):
            if k not in places:
                zh, en = names(k)
                places[k] = {"key": k, "name_zh": zh, "name_en": en, "url": place_url(k), **locate(k)}
        out.append({**f, "url": pair_url(f["from"], f["to"])})
    return {"flows": out, "places": places}


def overview(ledger, f: wq.WebFilters, top_flows: int = 400) -> dict:  # noqa: ANN001
    s = summarise(wq.overview_groups(ledger, f))
    m = map_flows(wq.flows(ledger, f, top=top_flows))
    return {**s, **m, "top_places": wq.places_page(ledger, f, 0, 15)}
