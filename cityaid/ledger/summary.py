"""Refresh and read the fact summaries (``summary_tables``) that answer the overview without grouping every fact.

``refresh`` runs inside ``facts.replace_facts`` — the one place facts are
written, by every merge run — in the same transaction, so a reader sees the
summaries of exactly the facts it sees.  It stores ``aggregates``' own
SELECTs over all facts, so reading a summary gives the same rows as the
live grouping.  The readers take the web filters they can answer (type, and
dates for the groups); ``web_queries`` falls back to the live grouping for
any other filter (a place, a country, an item...), which narrows the facts
through the indexes first.
"""
from __future__ import annotations

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session

from . import aggregates
from .records import date_bounds
from .summary_tables import FactFlowRecord, FactGroupRecord, PlaceTotalRecord
from .tables import FactRecord

GROUP_FILTERS = frozenset({"type", "since", "until"})
TYPE_ONLY = frozenset({"type"})


def refresh(session: Session) -> None:
    """Rebuild every summary from the facts now in the (uncommitted) transaction."""
    facts = select(FactRecord.id, FactRecord.type, FactRecord.date_lo, FactRecord.date_hi).subquery()
    for table in (FactGroupRecord, FactFlowRecord, PlaceTotalRecord):
        session.execute(delete(table))
    session.execute(insert(FactGroupRecord).from_select(
        ["type", "direction", "date_lo", "date_hi", "n"], aggregates.groups_select(facts)))
    session.execute(insert(FactFlowRecord).from_select(
        ["from_key", "to_key", "type", "n"], aggregates.flows_select(facts)))
    session.execute(insert(PlaceTotalRecord).from_select(
        ["key", "type", "given", "received"], aggregates.place_totals_select(facts)))


def covers(filters: dict, allowed: frozenset) -> bool:
    """Whether a summary keyed by ``allowed`` can answer ``filters`` (a ``WebFilters.__dict__``)."""
    return all(v is None or k in allowed for k, v in filters.items())


def groups_statement(type: str | None, since: str | None, until: str | None) -> Select:
    """(type, direction, date_lo, date_hi, n) as ``aggregates.groups_select`` over the matching facts.

    The date filters are those of ``facts.facts_statement`` applied to the
    group's own dates (every fact in a group has them), so they select the
    same facts.  Raises ``ValueError`` on a bad date, as the live query does.
    """
    g = FactGroupRecord
    stmt = select(g.type, g.direction, g.date_lo, g.date_hi, g.n)
    if type is not None:
        stmt = stmt.where(g.type == type)
    if since is not None:
        lo, _ = date_bounds(since)
        if lo is None:
            raise ValueError(f"since: not an ISO date: {since!r}")
        stmt = stmt.where(g.date_hi >= lo)
    if until is not None:
        _, hi = date_bounds(until)
        if hi is None:
            raise ValueError(f"until: not an ISO date: {until!r}")
        stmt = stmt.where(g.date_lo <= hi)
    return stmt.order_by(g.id)


def flows_statement(type: str | None, top: int) -> Select:
    """The ``top`` heaviest (from_key, to_key, type, n), ordered as the live ``web_queries.flows``."""
    fl = FactFlowRecord
    stmt = select(fl.from_key, fl.to_key, fl.type, fl.n)
    if type is not None:
        stmt = stmt.where(fl.type == type)
    return stmt.order_by(fl.n.desc(), fl.from_key, fl.to_key, fl.type).limit(top)


def place_counts_statement(type: str | None) -> Select:
    """(key, given, received) per key, most active first, as the live ``web_queries.place_counts_select``."""
    p = PlaceTotalRecord
    given, received = func.sum(p.given), func.sum(p.received)
    stmt = select(p.key, given.label("given"), received.label("received"))
    if type is not None:
        stmt = stmt.where(p.type == type)
    return stmt.group_by(p.key).order_by((given + received).desc(), p.key)
