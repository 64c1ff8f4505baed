"""What an incremental merge needs to find in the ledger (revision 0006).

Why: a full re-merge reads every event; merging a day of news must read only
the events the new ones can be compared with — same block (type, actor pair,
cut to two key levels) and the month buckets their date windows reach, plus
the block's undated events (``cityaid.merge.incremental``).  That lookup
needs the merge's own notion of a block, which is Python (``block_keys``),
not something SQL can recompute from the actor tables; so the merge writes
one ``event_blocks`` row per event, block and month (``0``: undated) when it
first merges an event, and looks its neighbours up through the
``(block, month)`` index.  Rows go with their event (``ON DELETE CASCADE``).

``stale_facts`` lists facts that lost an event (its document was re-ingested
with new content); ``merge_state`` says which blocking the ``event_blocks``
rows were made with — empty (a ledger merged before this revision) or
another version means the next merge must be a full one.  Both are written
in the same transactions as the events and facts they describe, so an ingest
cut short leaves the next run enough to finish the job: unmerged events are
those with no ``canonical_id``.
"""
from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .tables import Base


class EventBlockRecord(Base):
    """Event ``event_id`` is in merge block ``block`` (a hash of the block key) and month bucket ``month``."""

    __tablename__ = "event_blocks"
    # covering: a block's events in a month range are read from the index alone
    __table_args__ = (Index("ix_event_blocks_block_month", "block", "month", "event_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    block: Mapped[str] = mapped_column(String(16), primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)  # year * 12 + month; 0 when undated


class StaleFactRecord(Base):
    """A fact that lost one of its events; the next merge rebuilds (or drops) it."""

    __tablename__ = "stale_facts"

    fact_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class MergeStateRecord(Base):
    """Small named values about the merged state (``blocking``: the version ``event_blocks`` was made with)."""

    __tablename__ = "merge_state"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
