"""``cityaid timeline``: facts per ISO week, by type and direction (outward / inward / other).

Only facts dated to the day can be put in a week; the others are counted
per month under ``unplaced`` rather than guessed into a week.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import Any, Iterable

from .common import date_value, day, direction, ordered


def _in_range(v: str | None, since: str | None, until: str | None) -> bool:
    """Whether the days a (possibly partial) date covers meet ``[since, until]``; undated never does."""
    if not v:
        return False
    if since and v < since[:len(v)]:
        return False
    return not (until and v[:len(until)] > until)


def timeline(facts: Iterable[Any], since: str | None = None, until: str | None = None) -> dict:
    weeks: dict[str, dict] = {}
    unplaced: dict[str, int] = defaultdict(int)
    for _f, p in ordered(facts):
        v = date_value(p)
        if (since or until) and not _in_range(v, since, until):
            continue
        d = day(v)
        if d is None:
            unplaced[v[:7] if v else "undated"] += 1
            continue
        y, w, _ = d.isocalendar()
        label = f"{y}-W{w:02d}"
        row = weeks.setdefault(label, {"week": label, "start": (d - timedelta(days=d.weekday())).isoformat(),
                                       "total": 0, "counts": defaultdict(lambda: defaultdict(int))})
        row["counts"][p["type"]][direction(p)] += 1
        row["total"] += 1
    rows = []
    for label in sorted(weeks):
        r = weeks[label]
        rows.append({**r, "counts": {t: dict(v) for t, v in sorted(r["counts"].items())}})
    return {"since": since, "until": until, "weeks": rows, "unplaced": dict(sorted(unplaced.items()))}
