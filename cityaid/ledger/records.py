"""Turning pipeline objects (Document, CleanText, Event) into ledger rows.

Pure functions, no session: what goes into each column is decided here and
can be tested without a database.  The one rule worth knowing: ``payload``
is ``Event.to_spec()`` unchanged — every other event column is derived from
it for querying, and export reads only ``payload``.
"""
from __future__ import annotations

import calendar
from typing import Any

from cityaid.model import Actor, CleanText, Document, Event

from .rows import FactRow
from .tables import (ActorRecord, DocumentRecord, EventActorRecord, EventItemRecord, EventMoneyRecord,
                     EventRecord, utcnow)

UNRESOLVED_PREFIX = "?/"


def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """The first and last full day a (possibly partial) ISO date covers.

    ``"2020"`` -> (2020-01-01, 2020-12-31), ``"2020-02"`` -> (2020-02-01,
    2020-02-29), ``"2020-02-06"`` -> both that day.  Anything unparseable
    gives ``(None, None)`` and so never matches a date filter.
    """
    if not value:
        return None, None
    parts = value.strip().split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        return None, None
    if not nums or len(nums) > 3 or not 1 <= nums[0] <= 9999:
        return None, None
    year = nums[0]
    if len(nums) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = nums[1]
    if not 1 <= month <= 12:
        return None, None
    last = calendar.monthrange(year, month)[1]
    if len(nums) == 2:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    day = nums[2]
    if not 1 <= day <= last:
        return None, None
    d = f"{year:04d}-{month:02d}-{day:02d}"
    return d, d


def actor_key(actor: Actor) -> str:
    """The actor's key, or a synthetic ``?/<name>`` one for an unresolved actor (keys are never null)."""
    return actor.key or UNRESOLVED_PREFIX + actor.name


def new_actor_record(actor: Actor) -> ActorRecord:
    """A fresh actors row: English name from the key where it has one, else the surface name."""
    key = actor_key(actor)
    head, _, rest = key.partition("/")
    if key.startswith(UNRESOLVED_PREFIX) or head == "ORG":
        country = None
    else:
        country = head
    name = key.rsplit("/", 1)[1] if rest and not key.startswith(UNRESOLVED_PREFIX) else actor.name
    return ActorRecord(key=key, level=actor.level, name=name, country=country)


def kept_ranges(offsets: list[int]) -> list[list[int]]:
    """The original ``[start, end)`` ranges that cleaning kept, from ``CleanText.offsets``."""
    ranges: list[list[int]] = []
    for o in sorted(set(offsets)):
        if ranges and o == ranges[-1][1]:
            ranges[-1][1] = o + 1
        else:
            ranges.append([o, o + 1])
    return ranges


def cleaned_json(clean: CleanText | None) -> dict[str, Any] | None:
    """What to keep of the cleaning: kept ranges and the removed ``(start, end, reason)`` list."""
    if clean is None:
        return None
    return {"kept": kept_ranges(clean.offsets),
            "removed": [[int(s), int(e), str(r)] for s, e, r in clean.removed]}


def fill_document(rec: DocumentRecord, doc: Document, clean: CleanText | None) -> None:
    """Copy ``doc`` (and its cleaning) into ``rec``, a new or an existing row."""
    rec.doc_id = doc.doc_id
    rec.path = doc.path or ""
    rec.format = doc.format or "txt"
    rec.title = doc.title
    rec.published = doc.published
    rec.source = doc.source
    rec.url = doc.url
    rec.encoding = doc.encoding
    rec.content_hash = doc.content_hash
    rec.text = doc.text
    rec.cleaned = cleaned_json(clean)


def _num(x: Any) -> float | None:
    return None if x is None else float(x)


def event_record(event: Event, idx: int) -> EventRecord:
    """The events row for ``event`` (actors excluded: they need the session to resolve ids)."""
    spec = event.to_spec()
    date = event.date
    lo, hi = date_bounds(date.value if date else None)
    span = event.evidence_span
    medium = event.medium
    rec = EventRecord(
        idx=idx,
        type=event.type,
        date_value=date.value if date else None,
        date_qualifier=date.qualifier if date else None,
        date_lo=lo,
        date_hi=hi,
        evidence=event.evidence or "",
        span_start=span[0] if span else None,
        span_end=span[1] if span else None,
        of=event.of,
        kind=event.kind,
        medium=",".join(medium) if isinstance(medium, list) else medium,
        payload=spec,
    )
    rec.items = [EventItemRecord(position=i, item=it.item, quantity=_num(it.quantity), unit=it.unit,
                                 qualifier=it.qualifier) for i, it in enumerate(event.items)]
    money = [EventMoneyRecord(role="money", position=i, amount=float(m.amount), currency=m.currency,
                              qualifier=m.qualifier) for i, m in enumerate(event.money)]
    if event.value is not None:
        v = event.value
        money.append(EventMoneyRecord(role="value", position=0, amount=float(v.amount), currency=v.currency,
                                      qualifier=v.qualifier))
    rec.money = money
    return rec


def event_actor_links(event: Event) -> list[tuple[str, int, Actor]]:
    """``(role, position, actor)`` for every actor of ``event``, ``from`` side first."""
    return ([("from", i, a) for i, a in enumerate(event.from_)]
            + [("to", i, a) for i, a in enumerate(event.to)])


def link(role: str, position: int, actor: Actor, actor_rec: ActorRecord) -> EventActorRecord:
    return EventActorRecord(role=role, position=position, actor=actor_rec, name=actor.name)


def fact_insert_rows(facts: list[FactRow]) -> tuple[list[dict], list[dict], list[dict]]:
    """Rows for ``facts``, ``fact_actors`` and the ``events.canonical_id`` links of ``facts``."""
    now = utcnow()
    fact_rows, actor_rows, links = [], [], []
    for f in facts:
        d = (f.fact.get("date") or {}).get("value")
        lo, hi = date_bounds(d)
        fact_rows.append({"id": f.id, "type": f.type, "of": f.of, "date_lo": lo, "date_hi": hi, "payload": f.fact,
                          "confidence": f.confidence, "sources": f.sources, "disagreements": f.disagreements,
                          "merged_at": now, "reviewed": bool(f.fact.get("reviewed"))})
        for role in ("from", "to"):
            for pos, a in enumerate(f.fact.get(role) or []):
                actor_rows.append({"fact_id": f.id, "role": role, "position": pos,
                                   "key": a.get("key") or "?/" + str(a.get("name") or "")})
        links.extend({"id": eid, "canonical_id": f.id} for eid in f.event_ids)
    return fact_rows, actor_rows, links
