"""Tables for people's review of extracted events (revision 0007).

Why this shape (as for the office's records): the truth is
``review_decisions``, an append-only log (who, when, what, why) per reviewed
event; ``review_events`` caches what folding that log over the extractor's
reading gives (``state``, ``event``), with ``version`` as the optimistic lock.

A ``review_events`` row is the stable identity of one event of one document
as people see it, across extractions: extraction runs again (``ingest
--reextract``) and replaces the ledger's ``events`` rows, but each review row
is re-attached to the new reading by evidence overlap and type
(``cityaid.review.reattach``).  Undecided rows ("pending") mirror the
extractor and may go when it stops reading them; decided ones never go — left
without a reading they become orphans and keep counting as the person left
them.  ``ledger_event_id`` points at the ``events`` row the ledger holds for it
(a plain column: those rows are replaced wholesale), ``None`` when rejected.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Optional

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .tables import Base, utcnow


class ReviewEventRecord(Base):
    """One event of one document as people review it; ``state``/``event`` are derived from its decisions."""

    __tablename__ = "review_events"
    __table_args__ = (
        Index("ix_review_events_doc", "doc_id"),
        Index("ix_review_events_state", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(512))
    state: Mapped[str] = mapped_column(String(16))  # pending | accepted | fixed | rejected | added
    orphan: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    extracted: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)  # the reading it is attached to
    position: Mapped[Optional[int]] = mapped_column(Integer)  # that reading's place in the extractor's list
    event: Mapped[dict[str, Any]] = mapped_column(JSON)  # as it stands now (the person's once decided)
    span_start: Mapped[Optional[int]] = mapped_column(Integer)
    span_end: Mapped[Optional[int]] = mapped_column(Integer)
    ledger_event_id: Mapped[Optional[int]] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewDecisionRecord(Base):
    """One decision on a reviewed event (or the system's re-attachment note); never updated or deleted."""

    __tablename__ = "review_decisions"
    __table_args__ = (UniqueConstraint("review_event_id", "seq", name="uq_review_decisions_seq"),
                      Index("ix_review_decisions_at", "at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_event_id: Mapped[int] = mapped_column(ForeignKey("review_events.id"))
    seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))  # accept | reject | fix | add | reattach | orphan
    who: Mapped[str] = mapped_column(String(128))
    why: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
