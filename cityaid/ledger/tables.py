"""The ledger's tables as typed SQLAlchemy 2 declarative models.

Why this shape: the full spec dict of every event is kept verbatim in
``events.payload`` (export must round-trip exactly), while the fields people
query by — type, date, actors, items, money — are also spread into plain
columns and child tables so those queries are indexed SQL, not JSON scans
(JSON operators differ between SQLite and PostgreSQL; plain columns don't).

Only portable types are used (``JSON``, ``Text``, ``Double``...), so the same
models and the migration built from them run on SQLite and PostgreSQL.
Children reference their parent with ``ON DELETE CASCADE``: deleting a
document (or replacing its events) clears everything hanging off it, on the
database side.

Keep ``migrations/versions`` in step with this file: the test
``test_ledger_migrations`` compares the two.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import JSON, Boolean, DateTime, Double, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


# An actor key: compared bytewise on every backend (revision 0005 gives PostgreSQL's column the "C"
# collation) because "a place and the places below it" is a key range — see ``keyrange``.
KEY = String(512).with_variant(String(512, collation="C"), "postgresql")


class Base(DeclarativeBase):
    pass


class DocumentRecord(Base):
    """One source report: its metadata, original text and what cleaning removed."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(512), unique=True)
    path: Mapped[str] = mapped_column(Text, default="")
    format: Mapped[str] = mapped_column(String(16), default="txt")
    title: Mapped[Optional[str]] = mapped_column(Text)
    published: Mapped[Optional[str]] = mapped_column(String(32))
    source: Mapped[Optional[str]] = mapped_column(Text)
    url: Mapped[Optional[str]] = mapped_column(Text)
    encoding: Mapped[Optional[str]] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)
    # {"kept": [[start, end], ...], "removed": [[start, end, reason], ...]} in original offsets
    cleaned: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    events: Mapped[list["EventRecord"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True, order_by="EventRecord.idx")


class EventRecord(Base):
    """One event as extracted from one document (``idx``: its place in that document's list)."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("document_id", "idx", name="uq_events_document_idx"),
        Index("ix_events_type", "type"),
        Index("ix_events_date_lo", "date_lo"),
        Index("ix_events_date_hi", "date_hi"),
        Index("ix_events_canonical_id", "canonical_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    idx: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(32))
    date_value: Mapped[Optional[str]] = mapped_column(String(32))
    date_qualifier: Mapped[Optional[str]] = mapped_column(String(16))
    # date_value widened to full days ("2020-03" -> 2020-03-01 .. 2020-03-31) so
    # range filters are plain string comparisons on both backends
    date_lo: Mapped[Optional[str]] = mapped_column(String(10))
    date_hi: Mapped[Optional[str]] = mapped_column(String(10))
    evidence: Mapped[str] = mapped_column(Text, default="")
    span_start: Mapped[Optional[int]] = mapped_column(Integer)
    span_end: Mapped[Optional[int]] = mapped_column(Integer)
    of: Mapped[Optional[str]] = mapped_column(String(32))
    kind: Mapped[Optional[str]] = mapped_column(String(64))
    medium: Mapped[Optional[str]] = mapped_column(String(128))  # a list is stored comma-joined
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    canonical_id: Mapped[Optional[str]] = mapped_column(String(128))

    document: Mapped[DocumentRecord] = relationship(back_populates="events")
    actors: Mapped[list["EventActorRecord"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    items: Mapped[list["EventItemRecord"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    money: Mapped[list["EventMoneyRecord"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class ActorRecord(Base):
    """A place or body, one row per key; unresolved names get a synthetic ``?/<name>`` key."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(KEY, unique=True)
    level: Mapped[Optional[str]] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[Optional[str]] = mapped_column(String(8))


class EventActorRecord(Base):
    """An actor's part in one event: which side (``from``/``to``) and the name that document used."""

    __tablename__ = "event_actors"
    __table_args__ = (Index("ix_event_actors_actor_role", "actor_id", "role"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(8), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)

    actor: Mapped[ActorRecord] = relationship()


class EventItemRecord(Base):
    """One line of supplies in an event (canonical item name, quantity, unit)."""

    __tablename__ = "event_items"
    __table_args__ = (Index("ix_event_items_item", "item"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    item: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[Optional[float]] = mapped_column(Double)
    unit: Mapped[Optional[str]] = mapped_column(String(32))
    qualifier: Mapped[Optional[str]] = mapped_column(String(16))


class EventMoneyRecord(Base):
    """An amount of money in an event: given (``money``) or the declared ``value`` of goods."""

    __tablename__ = "event_money"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(8), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[float] = mapped_column(Double)
    currency: Mapped[str] = mapped_column(String(8))
    qualifier: Mapped[Optional[str]] = mapped_column(String(16))


# ------------------------------------------------------------------ merged facts (revision 0002)
class FactRecord(Base):
    """One real-world fact: the canonical record the merge built from one or more reports (events).

    ``payload`` is the canonical spec dict plus ``sources`` (every report's own
    claim and evidence); ``disagreements`` lists the fields where sources
    differ.  ``date_lo``/``date_hi`` widen the canonical date to days, as for
    events.  Facts are rebuilt wholesale by each merge run; events point here
    through ``events.canonical_id`` (a plain column, not a foreign key, so
    replacing the facts never touches the events' own rows).
    """

    __tablename__ = "facts"
    __table_args__ = (
        Index("ix_facts_type", "type"),
        Index("ix_facts_date_lo", "date_lo"),
        Index("ix_facts_date_hi", "date_hi"),
        Index("ix_facts_merged_at", "merged_at"),  # revision 0004: the web cache's data version reads its max
        # revision 0005: a filtered listing (type + since) reads ids from this index alone, not 50k rows
        Index("ix_facts_type_date_hi", "type", "date_hi", "id"),
        Index("ix_facts_reviewed", "reviewed"),  # revision 0007: answers limited to what people reviewed
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    type: Mapped[str] = mapped_column(String(32))
    of: Mapped[Optional[str]] = mapped_column(String(32))
    date_lo: Mapped[Optional[str]] = mapped_column(String(10))
    date_hi: Mapped[Optional[str]] = mapped_column(String(10))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Double)
    sources: Mapped[int] = mapped_column(Integer)
    disagreements: Mapped[list[Any]] = mapped_column(JSON)
    merged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # revision 0007: every source event of the fact was reviewed by a person (accepted, fixed or added)
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    actors: Mapped[list["FactActorRecord"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class FactActorRecord(Base):
    """An actor key on one side of a fact, so "what did X give" is an indexed lookup, not a JSON scan."""

    __tablename__ = "fact_actors"
    __table_args__ = (Index("ix_fact_actors_key_role", "key", "role"),
                      # revision 0005: "does this fact name a place in country X" answered from the index
                      Index("ix_fact_actors_fact_key", "fact_id", "key"))

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(8), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(KEY)


class MergeDecisionRecord(Base):
    """A person's decision: ``merge`` these events (or facts) / ``split`` this event from its fact.

    ``event_ids`` are the events decided on; ``fact_ids`` the facts they were
    in when decided; ``other_event_ids`` (splits) the events the split event is
    kept apart from.  Decisions are never rewritten: later merge runs replay
    them in ``id`` order.
    """

    __tablename__ = "merge_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    event_ids: Mapped[list[int]] = mapped_column(JSON)
    fact_ids: Mapped[list[str]] = mapped_column(JSON)
    other_event_ids: Mapped[list[int]] = mapped_column(JSON)
    who: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
