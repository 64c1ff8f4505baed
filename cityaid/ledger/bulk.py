"""Fast bulk loading of many documents and their events (benchmarks, large imports).

Why not ``Ledger.store``: it is one ORM transaction per document with
change detection, right for ingest but ~100x too slow to build a 100k-event
ledger for a latency benchmark.  Here rows are built as plain dicts (the
same columns ``records`` derives) and written with executemany ``INSERT``s
in one transaction, ids assigned up front.

Only for new documents into a ledger nobody else writes to meanwhile: it
does not replace existing documents (a duplicate ``doc_id`` fails the whole
load, rolled back).
"""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import func, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cityaid.model import CleanText, Document, Event

from .errors import LedgerError
from .records import actor_key, cleaned_json, event_actor_links, event_record, new_actor_record
from .tables import (ActorRecord, DocumentRecord, EventActorRecord, EventItemRecord, EventMoneyRecord, EventRecord,
                     utcnow)

BATCH = 5000
_EVENT_COLUMNS = ("idx", "type", "date_value", "date_qualifier", "date_lo", "date_hi", "evidence", "span_start",
                  "span_end", "of", "kind", "medium", "payload")


def _chunks(rows: list, n: int = BATCH):
    for i in range(0, len(rows), n):
        yield rows[i:i + n]


def bulk_store(ledger, batch: Iterable[tuple[Document, CleanText | None, list[Event]]]) -> tuple[int, list[int]]:  # noqa: ANN001
    """Insert new documents with their events in one transaction; returns (documents, event ids in order)."""
    batch = list(batch)
    now = utcnow()
    try:
        with Session(ledger.engine) as session, session.begin():
            next_doc = (session.scalar(select(func.max(DocumentRecord.id))) or 0) + 1
            next_event = (session.scalar(select(func.max(EventRecord.id))) or 0) + 1
            wanted = {}
            for _doc, _clean, events in batch:
                for e in events:
                    for _role, _pos, a in event_actor_links(e):
                        wanted.setdefault(actor_key(a), a)
            known = dict(session.execute(select(ActorRecord.key, ActorRecord.id)
                                         .where(ActorRecord.key.in_(list(wanted)))).all()) if wanted else {}
            missing = []
            for key, a in wanted.items():
                if key not in known:
                    r = new_actor_record(a)
                    missing.append({"key": r.key, "level": r.level, "name": r.name, "country": r.country})
            for chunk in _chunks(missing):
                session.execute(insert(ActorRecord), chunk)
            if missing:
                known = dict(session.execute(select(ActorRecord.key, ActorRecord.id)
                                             .where(ActorRecord.key.in_(list(wanted)))).all())
            docs, events_rows, links, items, money, ids = [], [], [], [], [], []
            for doc, clean, events in batch:
                doc_pk = next_doc
                next_doc += 1
                docs.append({"id": doc_pk, "doc_id": doc.doc_id, "path": doc.path or "", "format": doc.format or "txt",
                             "title": doc.title, "published": doc.published, "source": doc.source, "url": doc.url,
                             "encoding": doc.encoding, "content_hash": doc.content_hash, "text": doc.text,
                             "cleaned": cleaned_json(clean), "ingested_at": now, "updated_at": now})
                for idx, e in enumerate(events):
                    rec = event_record(e, idx)
                    eid = next_event
                    next_event += 1
                    ids.append(eid)
                    row = {c: getattr(rec, c) for c in _EVENT_COLUMNS}
                    events_rows.append({"id": eid, "document_id": doc_pk, "canonical_id": None, **row})
                    for role, pos, a in event_actor_links(e):
                        links.append({"event_id": eid, "role": role, "position": pos,
                                      "actor_id": known[actor_key(a)], "name": a.name})
                    for it in rec.items:
                        items.append({"event_id": eid, "position": it.position, "item": it.item,
                                      "quantity": it.quantity, "unit": it.unit, "qualifier": it.qualifier})
                    for m in rec.money:
                        money.append({"event_id": eid, "role": m.role, "position": m.position, "amount": m.amount,
                                      "currency": m.currency, "qualifier": m.qualifier})
            for table, rows in ((DocumentRecord, docs), (EventRecord, events_rows), (EventActorRecord, links),
                                (EventItemRecord, items), (EventMoneyRecord, money)):
                for chunk in _chunks(rows):
                    session.execute(insert(table), chunk)
            return len(docs), ids
    except SQLAlchemyError as e:
        raise LedgerError(f"bulk_store: database error: {str(e).strip().splitlines()[0]}") from e
