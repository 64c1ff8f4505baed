"""Writing one document and its events (``Ledger.store`` runs this inside one transaction).

The unit of work is a document: its row, its events and their child rows
change together or not at all.  Re-ingesting is decided by ``content_hash``:
same hash -> touch nothing (not even ``updated_at``); other hash -> update the
document row in place (its id, ``ingested_at`` and thus links from elsewhere
survive) and replace all its events, noting the facts they were in as stale
(the incremental merge rebuilds those).
"""
from __future__ import annotations

import json

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cityaid.model import CleanText, Document, Event

from .records import actor_key, event_actor_links, event_record, fill_document, link, new_actor_record
from .merge_tables import StaleFactRecord
from .tables import ActorRecord, DocumentRecord, EventRecord, utcnow

NEW, UNCHANGED, REPLACED = "new", "unchanged", "replaced"


def check_input(doc: Document, events: list[Event]) -> None:
    """Refuse what would store garbage (raised as ValueError; the caller wraps it)."""
    if not isinstance(doc, Document):
        raise ValueError(f"not a Document: {type(doc).__name__}")
    if not doc.doc_id:
        raise ValueError("empty doc_id")
    if not doc.content_hash:
        raise ValueError("empty content_hash")
    for i, e in enumerate(events):
        if not isinstance(e, Event):
            raise ValueError(f"event {i} is not an Event: {type(e).__name__}")


def store_document(session: Session, doc: Document, clean: CleanText | None, events: list[Event],
                   force: bool = False) -> str:
    """Write ``doc`` and its ``events`` in ``session``; the caller commits or rolls back.

    ``force``: replace the events even when the document is unchanged (``ingest --reextract``)."""
    check_input(doc, events)
    rec = session.scalars(select(DocumentRecord).where(DocumentRecord.doc_id == doc.doc_id)).one_or_none()
    if rec is not None and rec.content_hash == doc.content_hash and not force:
        return UNCHANGED
    if rec is None:
        status = NEW
        rec = DocumentRecord()
        fill_document(rec, doc, clean)
        session.add(rec)
    else:
        status = REPLACED
        mark_stale(session, rec.id)
        # children go with them through ON DELETE CASCADE
        session.execute(delete(EventRecord).where(EventRecord.document_id == rec.id),
                        execution_options={"synchronize_session": False})
        fill_document(rec, doc, clean)
        rec.updated_at = utcnow()
    session.flush()
    add_reviewed_events(session, rec.id, doc.doc_id, events, new=status == NEW)
    session.flush()
    return status


def add_reviewed_events(session: Session, document_id: int, doc_id: str, events: list[Event],
                        new: bool = False) -> None:
    """Store the reviewed state of a new reading ``events``: people's decisions re-attached to it first.

    Undecided events are the extractor's own objects (a document nobody reviewed is stored as read);
    rejected ones are left out, fixed and added ones (orphans too) stored as the person left them.
    ``new``: a document stored for the first time, which nobody can have reviewed yet.
    """
    from . import review_sql

    if new:
        recs = add_events(session, document_id, events)
        session.flush()
        review_sql.add_pending(session, doc_id, [(r.payload, r.id) for r in recs])
        return
    review_sql.sync_document(session, doc_id, [json.loads(json.dumps(e.to_spec())) for e in events])  # as stored
    eff = review_sql.effective_events(session, doc_id)
    chosen = [events[pos] if pos is not None else Event.model_validate(p) for _rid, p, pos, _eid in eff]
    recs = add_events(session, document_id, chosen, ids=[eid for _rid, _p, _pos, eid in eff])
    session.flush()
    review_sql.link(session, doc_id, [(x[0], r.id) for x, r in zip(eff, recs)])


def rewrite_events(s: Session, doc_id: str) -> None:
    """Rewrite the document's ``events`` rows to its reviewed state (facts they were in marked stale)."""
    from . import review_sql

    doc = s.scalars(select(DocumentRecord).where(DocumentRecord.doc_id == doc_id)).one()
    mark_stale(s, doc.id)
    s.execute(delete(EventRecord).where(EventRecord.document_id == doc.id),
              execution_options={"synchronize_session": False})
    eff = review_sql.effective_events(s, doc_id)
    recs = add_events(s, doc.id, [Event.model_validate(p) for _rid, p, _pos, _eid in eff],
                      ids=[eid for _rid, _p, _pos, eid in eff])
    s.flush()
    review_sql.link(s, doc_id, [(x[0], rec.id) for x, rec in zip(eff, recs)])


def mark_stale(session: Session, document_id: int) -> None:
    """Record the facts that the document's events (about to be deleted) were in, for the next merge."""
    facts = set(session.scalars(select(EventRecord.canonical_id).where(EventRecord.document_id == document_id,
                                                                       EventRecord.canonical_id.is_not(None))))
    if facts:
        facts -= set(session.scalars(select(StaleFactRecord.fact_id).where(StaleFactRecord.fact_id.in_(facts))))
        session.add_all(StaleFactRecord(fact_id=f) for f in sorted(facts))


def upsert_actors(session: Session, events: list[Event]) -> dict[str, ActorRecord]:
    """The actors rows for every actor of ``events`` by key, inserting the missing ones."""
    wanted = {}
    for e in events:
        for _role, _pos, a in event_actor_links(e):
            wanted.setdefault(actor_key(a), a)
    if not wanted:
        return {}
    found = {r.key: r for r in session.scalars(select(ActorRecord).where(ActorRecord.key.in_(list(wanted))))}
    for key, a in wanted.items():
        rec = found.get(key)
        if rec is None:
            rec = found[key] = new_actor_record(a)
            session.add(rec)
        elif rec.level is None and a.level:
            rec.level = a.level
    return found


def add_events(session: Session, document_id: int, events: list[Event],
               ids: list[int | None] | None = None) -> list[EventRecord]:
    """Insert ``events`` (in list order: ``idx`` 0, 1, ...) with their actors, items and money.

    ``ids``: the id each event's row had before its document's rows were deleted (None: a new id), so a
    person's reviewed event keeps its id when its document is written again."""
    actors = upsert_actors(session, events)
    recs = []
    for idx, e in enumerate(events):
        rec = event_record(e, idx)
        if ids is not None and ids[idx] is not None:
            rec.id = ids[idx]
        rec.document_id = document_id
        rec.actors = [link(role, pos, a, actors[actor_key(a)]) for role, pos, a in event_actor_links(e)]
        recs.append(rec)
    kept = [r for r in recs if r.id is not None]
    if kept and len(kept) < len(recs):  # old ids first: SQLite's next rowid could be one of them
        session.add_all(kept)
        session.flush()
    session.add_all(recs)
    return recs
