"""SQL for people's review of events (``cityaid.review`` calls only these, and ``store`` calls ``sync_document``).

Writes look like the office's: a decision is one appended
``review_decisions`` row plus ``UPDATE review_events SET version = v + 1 ...
WHERE id = :id AND version = :v`` in the same transaction, so two people who
saw the same version cannot both win (``StaleVersion``).  In that transaction
the document's rows in ``events`` are rewritten to the reviewed state
(``store.rewrite_events``): rejected events out, fixed and added ones as the person
left them — the ledger's facts, answers and pages read ``events`` and so see
people's word without knowing about review.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable, Optional

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from .office_sql import StaleVersion
from .review_tables import ReviewDecisionRecord, ReviewEventRecord
from .tables import DocumentRecord, EventRecord, utcnow

SYSTEM_WHO = "cityaid"


@dataclass(frozen=True)
class ReviewRow:
    id: int
    doc_id: str
    state: str
    orphan: bool
    version: int
    extracted: Optional[dict[str, Any]]
    position: Optional[int]
    event: dict[str, Any]
    span: Optional[tuple[int, int]]
    ledger_event_id: Optional[int]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ReviewDecisionRow:
    """One decision as stored: who did what to which reviewed event, when and why (append-only)."""

    event_id: int
    seq: int
    action: str
    who: str
    why: str
    data: dict[str, Any]
    at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "seq": self.seq, "action": self.action, "who": self.who,
                "why": self.why, "data": self.data, "at": self.at.isoformat() if self.at else None}


def _row(r: ReviewEventRecord) -> ReviewRow:
    span = (r.span_start, r.span_end) if r.span_start is not None and r.span_end is not None else None
    return ReviewRow(id=r.id, doc_id=r.doc_id, state=r.state, orphan=bool(r.orphan), version=r.version,
                     extracted=r.extracted, position=r.position, event=dict(r.event or {}), span=span,
                     ledger_event_id=r.ledger_event_id, created_at=r.created_at, updated_at=r.updated_at)


def _decision(d: ReviewDecisionRecord):  # noqa: ANN202 - a cityaid.review.decisions.Decision
    from cityaid.review.decisions import Decision

    return Decision(action=d.action, who=d.who, why=d.why, data=dict(d.data or {}), at=d.at, seq=d.seq)


def _span(e: dict | None) -> tuple[Optional[int], Optional[int]]:
    s = (e or {}).get("evidence_span")
    return (int(s[0]), int(s[1])) if s and len(s) == 2 and s[0] is not None and s[1] is not None else (None, None)


def _cache(rec: ReviewEventRecord, derived) -> None:  # noqa: ANN001 - a Derived
    rec.state, rec.orphan = derived.state, derived.orphan
    rec.event = dict(derived.event or rec.event or {})
    rec.span_start, rec.span_end = _span(rec.event)


# ------------------------------------------------------------------ reads
def get(s: Session, review_id: int) -> ReviewRow | None:
    rec = s.get(ReviewEventRecord, review_id, populate_existing=True)
    return _row(rec) if rec is not None else None


def rows(s: Session, *, doc_id: str | None = None, doc_ids: Iterable[str] | None = None, state: str | None = None,
         orphan: bool | None = None, decided: bool | None = None) -> list[ReviewRow]:
    stmt = select(ReviewEventRecord)
    if doc_id is not None:
        stmt = stmt.where(ReviewEventRecord.doc_id == doc_id)
    if doc_ids is not None:
        stmt = stmt.where(ReviewEventRecord.doc_id.in_(list(doc_ids)))
    if state is not None:
        stmt = stmt.where(ReviewEventRecord.state == state)
    if orphan is not None:
        stmt = stmt.where(ReviewEventRecord.orphan.is_(orphan))
    if decided is not None:
        stmt = stmt.where(ReviewEventRecord.state != "pending" if decided else ReviewEventRecord.state == "pending")
    stmt = stmt.order_by(ReviewEventRecord.doc_id, ReviewEventRecord.span_start, ReviewEventRecord.id)
    return [_row(r) for r in s.scalars(stmt)]


def history(s: Session, review_id: int) -> list[ReviewDecisionRow]:
    return [ReviewDecisionRow(event_id=d.review_event_id, seq=d.seq, action=d.action, who=d.who, why=d.why,
                              data=dict(d.data or {}), at=d.at)
            for d in s.scalars(select(ReviewDecisionRecord).where(ReviewDecisionRecord.review_event_id == review_id)
                               .order_by(ReviewDecisionRecord.seq))]


def reviewed_doc_ids(s: Session) -> list[str]:
    """Documents with at least one decided event, by doc_id."""
    return list(s.scalars(select(ReviewEventRecord.doc_id).where(ReviewEventRecord.state != "pending")
                          .distinct().order_by(ReviewEventRecord.doc_id)))


def documents_without_rows(s: Session, doc_ids: Iterable[str] | None = None) -> list[str]:
    """Stored documents with events but no review rows (stored by an older cityaid, or in bulk)."""
    have = select(ReviewEventRecord.doc_id).distinct()
    stmt = (select(DocumentRecord.doc_id).join(EventRecord, EventRecord.document_id == DocumentRecord.id)
            .where(DocumentRecord.doc_id.not_in(have)).distinct())
    if doc_ids is not None:
        stmt = stmt.where(DocumentRecord.doc_id.in_(list(doc_ids)))
    return list(s.scalars(stmt))


def _decisions(s: Session, ids: list[int]) -> dict[int, list]:
    out: dict[int, list] = {i: [] for i in ids}
    if not ids:
        return out
    for d in s.scalars(select(ReviewDecisionRecord).where(ReviewDecisionRecord.review_event_id.in_(ids))
                       .order_by(ReviewDecisionRecord.review_event_id, ReviewDecisionRecord.seq)):
        out[d.review_event_id].append(_decision(d))
    return out


# ------------------------------------------------------------------ writes
def _next_seq(s: Session, review_id: int) -> int:
    return (s.scalar(select(func.max(ReviewDecisionRecord.seq))
                     .where(ReviewDecisionRecord.review_event_id == review_id)) or 0) + 1


def _log(s: Session, rec: ReviewEventRecord, action: str, who: str, why: str, data: dict) -> None:
    s.add(ReviewDecisionRecord(review_event_id=rec.id, seq=_next_seq(s, rec.id), action=action, who=who,
                               why=why or "", data=data, at=utcnow()))


def append_decision(s: Session, review_id: int, expected_version: int, *, action: str, who: str, why: str,
                    data: dict) -> ReviewRow:
    """Append one decision and re-derive the event's state, only if it is still at ``expected_version``."""
    from cityaid.review.decisions import derive

    res = s.execute(update(ReviewEventRecord)
                    .where(ReviewEventRecord.id == review_id, ReviewEventRecord.version == expected_version)
                    .values(version=expected_version + 1, updated_at=utcnow())
                    .execution_options(synchronize_session=False))
    if res.rowcount != 1:
        current = s.scalar(select(ReviewEventRecord.version).where(ReviewEventRecord.id == review_id))
        raise StaleVersion(review_id, expected_version, current)
    rec = s.get(ReviewEventRecord, review_id, populate_existing=True)
    s.add(ReviewDecisionRecord(review_event_id=review_id, seq=_next_seq(s, review_id), action=action, who=who,
                               why=why or "", data=data, at=utcnow()))
    s.flush()
    _cache(rec, derive(rec.extracted, _decisions(s, [review_id])[review_id]))
    s.flush()
    return _row(rec)


def insert_added(s: Session, doc_id: str, *, who: str, why: str, event: dict) -> ReviewRow:
    """A new event a person added (version 1, its ``add`` decision at seq 1)."""
    now = utcnow()
    start, end = _span(event)
    rec = ReviewEventRecord(doc_id=doc_id, state="added", orphan=False, version=1, extracted=None, position=None,
                            event=event, span_start=start, span_end=end, created_at=now, updated_at=now)
    s.add(rec)
    s.flush()
    s.add(ReviewDecisionRecord(review_event_id=rec.id, seq=1, action="add", who=who, why=why or "",
                               data={"event": event}, at=now))
    s.flush()
    return _row(rec)


def sync_document(s: Session, doc_id: str, extracted: list[dict]) -> None:
    """Attach the document's review rows to a new reading ``extracted`` (spec dicts in the extractor's order).

    Decided rows keep their word: matched ones note the new reading, unmatched ones become orphans (logged);
    pending rows follow the extractor (their version moves when their reading changes) or go; every new
    reading with no row gets a pending one.
    """
    from cityaid.review.reattach import Slot, attach

    recs = list(s.scalars(select(ReviewEventRecord).where(ReviewEventRecord.doc_id == doc_id)
                          .order_by(ReviewEventRecord.id)))
    slots = [Slot(id=r.id, decided=r.state != "pending",
                  anchors=tuple(a for a in ((r.extracted, r.event) if r.state != "pending" else (r.extracted,))
                                if a))
             for r in recs]
    match = attach(slots, extracted)
    now = utcnow()
    for r in recs:
        i = match.get(r.id)
        if r.state == "pending":
            if i is None:
                s.delete(r)  # nobody decided on it and the extractor no longer reads it
                continue
            if r.extracted != extracted[i]:
                r.extracted, r.event, r.version, r.updated_at = extracted[i], extracted[i], r.version + 1, now
                r.span_start, r.span_end = _span(r.event)
            r.position = i
            continue
        if i is None:  # a decision with nothing to attach to: kept, counted as the person left it
            if r.extracted is not None:
                _log(s, r, "orphan", SYSTEM_WHO, "re-extraction read nothing to attach it to",
                     {"extracted": r.extracted})
                r.orphan = r.state != "added"
            r.extracted, r.position = None, None
            continue
        if r.orphan or r.extracted is None:
            _log(s, r, "reattach", SYSTEM_WHO, "re-extraction read it again", {"extracted": extracted[i]})
        r.orphan, r.extracted, r.position = False, extracted[i], i
    taken = set(match.values())
    for i, e in enumerate(extracted):
        if i not in taken:
            start, end = _span(e)
            s.add(ReviewEventRecord(doc_id=doc_id, state="pending", orphan=False, version=1, extracted=e,
                                    position=i, event=e, span_start=start, span_end=end, created_at=now,
                                    updated_at=now))
    s.flush()


def effective_events(s: Session, doc_id: str) -> list[tuple[int, dict, Optional[int], Optional[int]]]:
    """``(review id, payload, position, events.id)`` of what the ledger holds for the document: the reviewed state.

    ``position`` is the extractor's index for an undecided event (its payload is the extractor's own), else None;
    ``events.id`` the id its ``events`` row had, kept when the rows are written again (links and merge decisions
    naming it stay valid).

    Attached events in the extractor's order (rejected ones left out), then the person's events with no
    reading (added, orphans) by evidence position.
    """
    from cityaid.review.decisions import Derived, ledger_payload

    recs = list(s.scalars(select(ReviewEventRecord).where(ReviewEventRecord.doc_id == doc_id)))
    recs.sort(key=lambda r: (r.position is None, r.position if r.position is not None else 0,
                             r.span_start if r.span_start is not None else -1, r.id))
    out = []
    for r in recs:
        p = ledger_payload(Derived(state=r.state, event=r.event, orphan=bool(r.orphan)))
        if p is not None:
            out.append((r.id, p, r.position if r.state == "pending" else None, r.ledger_event_id))
    return out


def link(s: Session, doc_id: str, pairs: list[tuple[int, int]]) -> None:
    """Point review rows at the ``events`` rows now holding them (rows not listed: none, e.g. rejected)."""
    s.flush()
    s.execute(update(ReviewEventRecord).where(ReviewEventRecord.doc_id == doc_id).values(ledger_event_id=None)
              .execution_options(synchronize_session=False))
    if pairs:  # one executemany, by primary key
        s.execute(update(ReviewEventRecord), [{"id": rid, "ledger_event_id": eid} for rid, eid in pairs],
                  execution_options={"synchronize_session": False})


def add_pending(s: Session, doc_id: str, readings: list[tuple[dict, int]]) -> None:
    """Pending rows for a new document's readings ``(payload, events.id)``, in the extractor's order, in one go."""
    if not readings:
        return
    now = utcnow()
    rows = []
    for i, (e, eid) in enumerate(readings):
        start, end = _span(e)
        rows.append({"doc_id": doc_id, "state": "pending", "orphan": False, "version": 1, "extracted": e,
                     "position": i, "event": e, "span_start": start, "span_end": end, "ledger_event_id": eid,
                     "created_at": now, "updated_at": now})
    s.execute(insert(ReviewEventRecord), rows)


def ensure_rows(s: Session, doc_id: str) -> bool:
    """Make pending rows for a document stored without them (an older cityaid, a bulk load); True if made."""
    if s.scalar(select(func.count()).where(ReviewEventRecord.doc_id == doc_id)):
        return False
    doc = s.scalars(select(DocumentRecord).where(DocumentRecord.doc_id == doc_id)).one_or_none()
    if doc is None:
        return False
    evs = list(s.scalars(select(EventRecord).where(EventRecord.document_id == doc.id).order_by(EventRecord.idx)))
    if not evs:
        return False
    now = utcnow()
    for i, e in enumerate(evs):
        payload = dict(e.payload)
        start, end = _span(payload)
        s.add(ReviewEventRecord(doc_id=doc_id, state="pending", orphan=False, version=1, extracted=payload,
                                position=i, event=payload, span_start=start, span_end=end, ledger_event_id=e.id,
                                created_at=now, updated_at=now))
    s.flush()
    return True


def documents_without_events(s: Session) -> list[str]:
    """Stored documents the ledger holds no event of (the queue looks there for misses)."""
    has = select(EventRecord.document_id).distinct()
    return list(s.scalars(select(DocumentRecord.doc_id).where(DocumentRecord.id.not_in(has))
                          .order_by(DocumentRecord.doc_id)))
