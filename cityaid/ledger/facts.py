"""SQL for merged facts and merge decisions (the merge and the answers call these through ``Ledger``).

A full merge replaces the facts wholesale in one transaction — delete,
bulk insert, re-point ``events.canonical_id`` — so a reader never sees half
of one run and half of another; an incremental merge replaces some of them,
also in one transaction (``merge_sql.update_facts``).  Reads filter on the plain
columns and the ``fact_actors`` index, never inside the JSON payload.
"""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import Select, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from . import stats, summary
from .keyrange import under
from .records import date_bounds, fact_insert_rows
from .rows import FactRow
from .tables import DocumentRecord, EventRecord, FactActorRecord, FactRecord, MergeDecisionRecord

BATCH = 2000


def _chunks(rows: list, n: int = BATCH):
    for i in range(0, len(rows), n):
        yield rows[i:i + n]


def replace_facts(session: Session, facts: Iterable[FactRow], blocks: list[dict] | None = None,
                  blocking: str | None = None) -> int:
    """Make ``facts`` the ledger's facts and point each of their events at them; returns facts written.

    With ``blocks`` (every event's ``event_blocks`` rows) and ``blocking``
    (their version), the incremental merge's lookups are rebuilt too, and no
    fact is stale any more.
    """
    from .merge_sql import replace_blocks, set_state
    from .merge_tables import StaleFactRecord

    facts = list(facts)
    session.execute(delete(FactActorRecord))
    session.execute(delete(FactRecord))
    session.execute(update(EventRecord).where(EventRecord.canonical_id.is_not(None)).values(canonical_id=None))
    fact_rows, actor_rows, links = fact_insert_rows(facts)
    for chunk in _chunks(fact_rows):
        session.execute(insert(FactRecord), chunk)
    for chunk in _chunks(actor_rows):
        session.execute(insert(FactActorRecord), chunk)
    for chunk in _chunks(links):
        session.execute(update(EventRecord), chunk)
    session.execute(delete(StaleFactRecord))
    if blocks is not None and blocking is not None:
        replace_blocks(session, blocks, everything=True)
        set_state(session, "blocking", blocking)
    else:  # the lookups may not match these facts: the next merge must be a full one
        set_state(session, "blocking", "")
    summary.refresh(session)  # the overview's groupings of these facts, in the same transaction
    stats.analyze(session)  # so the planner reads a place's facts through fact_actors (see stats)
    return len(facts)


def facts_statement(*, type: str | None = None, of: str | None = None, actor: str | list[str] | None = None,
                    role: str | None = None, include_sub: bool = False, since: str | None = None,
                    until: str | None = None, ids: list[str] | None = None, reviewed: bool = False) -> Select:
    """SELECT FactRecord rows matching every given filter (date filters as for events), by date then id.

    ``reviewed``: only facts built from reviewed events alone (``cityaid.review``)."""
    stmt = select(FactRecord)
    if reviewed:
        stmt = stmt.where(FactRecord.reviewed.is_(True))
    if type is not None:
        stmt = stmt.where(FactRecord.type == type)
    if of is not None:
        stmt = stmt.where(FactRecord.of == of)
    if ids is not None:
        stmt = stmt.where(FactRecord.id.in_(list(ids)))
    if actor is not None:
        # IN over an index range of fact_actors.key, not a correlated EXISTS with LIKE: that one
        # visited every fact (seconds on 100k facts); this reads only the place's own rows
        keys = [actor] if isinstance(actor, str) else list(actor)
        conds = [under(FactActorRecord.key, k) if include_sub else FactActorRecord.key == k for k in keys]
        where = [or_(*conds)]
        if role is not None:
            where.append(FactActorRecord.role == role)
        stmt = stmt.where(FactRecord.id.in_(select(FactActorRecord.fact_id).where(*where)))
    if since is not None:
        lo, _ = date_bounds(since)
        if lo is None:
            raise ValueError(f"since: not an ISO date: {since!r}")
        stmt = stmt.where(FactRecord.date_hi >= lo)
    if until is not None:
        _, hi = date_bounds(until)
        if hi is None:
            raise ValueError(f"until: not an ISO date: {until!r}")
        stmt = stmt.where(FactRecord.date_lo <= hi)
    return stmt.order_by(FactRecord.date_lo, FactRecord.id)


def fact_row(rec: FactRecord) -> FactRow:
    ids = tuple(s["event_id"] for s in rec.payload.get("sources") or [] if s.get("event_id") is not None)
    return FactRow(id=rec.id, type=rec.type, of=rec.of, fact=rec.payload, confidence=rec.confidence,
                   sources=rec.sources, disagreements=list(rec.disagreements or []), event_ids=ids,
                   date_lo=rec.date_lo, date_hi=rec.date_hi)


def event_ids_of_fact(session: Session, fact_id: str) -> list[int]:
    return list(session.scalars(select(EventRecord.id).where(EventRecord.canonical_id == fact_id)
                                .order_by(EventRecord.id)))


def canonical_of_events(session: Session, event_ids: list[int]) -> dict[int, str | None]:
    return {i: c for i, c in session.execute(select(EventRecord.id, EventRecord.canonical_id)
                                            .where(EventRecord.id.in_(event_ids)))}


def add_decision(session: Session, kind: str, event_ids: list[int], fact_ids: list[str],
                 other_event_ids: list[int], who: str, why: str) -> int:
    rec = MergeDecisionRecord(kind=kind, event_ids=list(event_ids), fact_ids=list(fact_ids),
                              other_event_ids=list(other_event_ids), who=who or "", why=why or "")
    session.add(rec)
    session.flush()
    return rec.id


def decisions_statement() -> Select:
    return select(MergeDecisionRecord).order_by(MergeDecisionRecord.id)


def document_sources_statement() -> Select:
    """(doc_id, published, source) of every document: publisher and date for the merge's confidence and order."""
    return select(DocumentRecord.doc_id, DocumentRecord.published, DocumentRecord.source)
