"""Read-side SQL: event filters, the summary, the export stream.

Everything is built with SQLAlchemy expressions (bound parameters, portable
across SQLite and PostgreSQL) and returned as statements or plain values;
``Ledger`` decides how to run and stream them.
"""
from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from .records import UNRESOLVED_PREFIX, date_bounds
from .tables import ActorRecord, DocumentRecord, EventActorRecord, EventItemRecord, EventRecord

ROLES = ("from", "to")


def _keys_clause(keys: Iterable[str], include_sub: bool):
    conds = []
    for k in keys:
        conds.append(ActorRecord.key == k)
        if include_sub:
            conds.append(ActorRecord.key.startswith(k + "/", autoescape=True))
    return or_(*conds)


def events_statement(*, type: str | None = None, actor: str | list[str] | None = None, role: str | None = None,
                     since: str | None = None, until: str | None = None, item: str | None = None,
                     doc_id: str | None = None, include_sub: bool = False,
                     limit: int | None = None, offset: int = 0) -> Select:
    """SELECT (events.id, doc_id, idx, payload, canonical_id) matching every given filter.

    ``since``/``until`` may be partial dates; an event matches when the days
    its date covers overlap ``[since, until]`` (so ``2020-03`` is found by
    ``since="2020-03-15"``); undated events never match a date filter.
    """
    stmt = (select(EventRecord.id, DocumentRecord.doc_id, EventRecord.idx, EventRecord.payload,
                   EventRecord.canonical_id)
            .join(DocumentRecord, EventRecord.document_id == DocumentRecord.id))
    if type is not None:
        stmt = stmt.where(EventRecord.type == type)
    if doc_id is not None:
        stmt = stmt.where(DocumentRecord.doc_id == doc_id)
    if role is not None and role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")
    if actor is not None or role is not None:
        keys = [actor] if isinstance(actor, str) else list(actor or [])
        cond = [EventActorRecord.event_id == EventRecord.id]
        if role is not None:
            cond.append(EventActorRecord.role == role)
        if actor is not None:
            cond.append(_keys_clause(keys, include_sub))
        stmt = stmt.where(exists(select(EventActorRecord.event_id)
                                 .join(ActorRecord, EventActorRecord.actor_id == ActorRecord.id)
                                 .where(and_(*cond))))
    if since is not None:
        lo, _ = date_bounds(since)
        if lo is None:
            raise ValueError(f"since: not an ISO date: {since!r}")
        stmt = stmt.where(EventRecord.date_hi >= lo)
    if until is not None:
        _, hi = date_bounds(until)
        if hi is None:
            raise ValueError(f"until: not an ISO date: {until!r}")
        stmt = stmt.where(EventRecord.date_lo <= hi)
    if item is not None:
        stmt = stmt.where(exists(select(EventItemRecord.event_id).where(
            EventItemRecord.event_id == EventRecord.id, EventItemRecord.item == item)))
    stmt = stmt.order_by(DocumentRecord.doc_id, EventRecord.idx)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return stmt


def export_statement() -> Select:
    """Every document (also those without events) with its events in order, for a one-pass export."""
    return (select(DocumentRecord.doc_id, EventRecord.payload, EventRecord.canonical_id)
            .outerjoin(EventRecord, EventRecord.document_id == DocumentRecord.id)
            .order_by(DocumentRecord.doc_id, EventRecord.idx))


def summary(session: Session, top: int = 10) -> dict[str, Any]:
    """Counts for the CLI's closing table: documents, events (by type), actors, top actors, date range."""
    n_docs = session.scalar(select(func.count()).select_from(DocumentRecord)) or 0
    by_type = {t: n for t, n in session.execute(
        select(EventRecord.type, func.count()).group_by(EventRecord.type))}
    n_actors = session.scalar(select(func.count(func.distinct(EventActorRecord.actor_id)))) or 0
    n_events_col = func.count(func.distinct(EventActorRecord.event_id))
    top_rows = session.execute(
        select(ActorRecord.key, ActorRecord.name, ActorRecord.level, n_events_col.label("n"))
        .join(EventActorRecord, EventActorRecord.actor_id == ActorRecord.id)
        .where(~ActorRecord.key.startswith(UNRESOLVED_PREFIX, autoescape=True))
        .group_by(ActorRecord.id, ActorRecord.key, ActorRecord.name, ActorRecord.level)
        .order_by(n_events_col.desc(), ActorRecord.key)
        .limit(top))
    first, last = session.execute(select(func.min(EventRecord.date_lo), func.max(EventRecord.date_hi))).one()
    return {
        "documents": n_docs,
        "events": sum(by_type.values()),
        "events_by_type": by_type,
        "actors": n_actors,
        "top_actors": [{"key": k, "name": n, "level": lv, "events": c} for k, n, lv, c in top_rows],
        "date_range": {"first": first, "last": last} if first else None,
    }


def actor_keys_like(session: Session, name_or_key: str) -> list[str]:
    """Actor keys that are ``name_or_key``, lie under it, or were written that way in some document."""
    named = select(EventActorRecord.actor_id).where(EventActorRecord.name == name_or_key)
    stmt = (select(ActorRecord.key)
            .where(or_(ActorRecord.key == name_or_key,
                       ActorRecord.key.startswith(name_or_key + "/", autoescape=True),
                       ActorRecord.name == name_or_key,
                       ActorRecord.id.in_(named)))
            .order_by(ActorRecord.key))
    return list(session.scalars(stmt))
