"""Candidate pairs for the merge: only events that could be one fact are ever compared.

Blocks are (type, actor pair) — ordered (giver, receiver), unordered for
consultations, and for aggregates one block per actor named on either side
(their recipient lists vary between reports).  Keys are cut to two levels
(``CN/Chongqing/Shapingba`` -> ``CN/Chongqing``) so a district and its city
share a block, as the actor rule allows them to merge.  Inside a block,
dated events sit in the month buckets their day interval touches; an event
is compared only with events in the buckets its interval, widened by the
type's date window, reaches (so a 24 March dispatch meets a 2 April
delivery) — plus every undated event of the block, as an undated report is
compatible with any date.  Work therefore grows with events × (reports in
the same pair and month), near-linearly for a corpus whose pairs are many
and whose months are few.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import date
from typing import Hashable, Iterator, Sequence

from .compatible import DATE_WINDOW, DEFAULT_WINDOW, SYMMETRIC_TYPES
from .records import MergeEvent


def block_actor(key: str) -> str:
    """The part of a key that decides its block: two levels at most (``?/name`` as it is)."""
    if key.startswith("?/"):
        return key
    parts = key.split("/", 2)
    return "/".join(parts[:2])


def block_keys(e: MergeEvent) -> list[Hashable]:
    """The blocks ``e`` belongs to (usually one)."""
    if e.type == "aggregate":
        keys = {block_actor(k) for k in e.frm + e.to} or {""}
        return [("aggregate", e.of, k) for k in sorted(keys)]
    fs = {block_actor(k) for k in e.frm} or {""}
    ts = {block_actor(k) for k in e.to} or {""}
    out: list[Hashable] = []
    for f in sorted(fs):
        for t in sorted(ts):
            pair = (min(f, t), max(f, t)) if e.type in SYMMETRIC_TYPES else (f, t)
            out.append((e.type, e.of, pair))
    return out


def blocks(events: Sequence[MergeEvent]) -> dict[Hashable, list[int]]:
    """Block key -> positions in ``events`` (in input order)."""
    out: dict[Hashable, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        for k in block_keys(e):
            out[k].append(i)
    return out


_MONTH: dict[int, int] = {}


def month_of(ordinal: int) -> int:
    """``year * 12 + month`` of a day ordinal (cached: a corpus spans few distinct days)."""
    m = _MONTH.get(ordinal)
    if m is None:
        d = date.fromordinal(ordinal)
        m = _MONTH[ordinal] = d.year * 12 + d.month
    return m


def candidate_pairs(events: Sequence[MergeEvent], block: list[int]) -> Iterator[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of one block that the date window does not already rule out."""
    if len(block) < 2:
        return
    window = DATE_WINDOW.get(events[block[0]].type, DEFAULT_WINDOW)
    buckets: dict[int, list[int]] = defaultdict(list)
    undated: list[int] = []
    for i in block:
        e = events[i]
        if e.d_lo is None:
            undated.append(i)
        else:
            for m in range(month_of(e.d_lo), month_of(e.d_hi) + 1):  # type: ignore[arg-type]
                buckets[m].append(i)
    for i in block:
        e = events[i]
        if e.d_lo is None:
            continue
        seen: set[int] = set()
        for m in range(month_of(e.d_lo - window), month_of(e.d_hi + window) + 1):  # type: ignore[operator]
            for j in buckets.get(m, ()):
                if j > i and j not in seen:
                    seen.add(j)
                    yield i, j
    undated_set = set(undated)
    for i in undated:
        for j in block:
            if j != i and (j not in undated_set or j > i):
                yield (i, j) if i < j else (j, i)


# ---- the blocks as the ledger stores them (incremental merge)

#: Days added to a date window when picking month buckets (see the module docstring).
_MARGIN = 31
#: Version of what ``block_rows`` stores; a ledger whose rows were made otherwise is merged in full once.
BLOCKING = "1"


def month_reach(rec: MergeEvent) -> tuple[int, int] | None:
    """Month buckets a dated event can meet another event of its block in (``None``: undated, every month)."""
    if rec.d_lo is None:
        return None
    w = DATE_WINDOW.get(rec.type, DEFAULT_WINDOW) + _MARGIN
    return month_of(rec.d_lo - w), month_of(rec.d_hi + w)  # type: ignore[operator]


def block_hash(key: Hashable) -> str:
    """A block key as the ledger stores it: 16 hex digits of a hash (a collision only widens a lookup)."""
    return hashlib.blake2b(json.dumps(key, ensure_ascii=False).encode(), digest_size=8).hexdigest()


def block_rows(eid: int, rec: MergeEvent) -> list[dict]:
    """``event_blocks`` rows of one event: each block it is in, by month bucket (0: undated)."""
    months = [0] if rec.d_lo is None else range(month_of(rec.d_lo), month_of(rec.d_hi) + 1)  # type: ignore[arg-type]
    return [{"event_id": eid, "block": h, "month": m} for h in sorted({block_hash(k) for k in block_keys(rec)})
            for m in months]


def block_lookups(rec: MergeEvent) -> list[tuple[str, int | None, int | None]]:
    """What to ask the ledger for the events ``rec`` may be compared with (``Ledger.events_in_blocks``)."""
    reach = month_reach(rec)
    lo, hi = reach if reach else (None, None)
    return [(block_hash(k), lo, hi) for k in block_keys(rec)]
