"""Small summary tables of the merged facts, rebuilt with them (revision 0004).

Why: the overview counts every fact by type, direction and date, ranks every
(giver, receiver, type) flow and every place; over a 100k-fact ledger that is
one to several seconds of grouping per request, however it is indexed.  The
facts only change when a merge run replaces them wholesale, so the groupings
are computed once there (``summary.refresh``, in the same transaction as the
facts) and the overview reads a few thousand pre-grouped rows instead.

They hold nothing that is not derived from ``facts``/``fact_actors``; each
row keeps the columns the overview can still filter on (type, and for the
groups the dates), so those filters are answered here too.
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .tables import Base


class FactGroupRecord(Base):
    """How many facts have this type, direction (outward/inward/other) and date range."""

    __tablename__ = "fact_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(32))
    direction: Mapped[str] = mapped_column(String(8))
    date_lo: Mapped[Optional[str]] = mapped_column(String(10))
    date_hi: Mapped[Optional[str]] = mapped_column(String(10))
    n: Mapped[int] = mapped_column(Integer)


class FactFlowRecord(Base):
    """How many facts of this type have ``from_key`` among the givers and ``to_key`` among the receivers."""

    __tablename__ = "fact_flows"
    __table_args__ = (Index("ix_fact_flows_n", "n"),)

    from_key: Mapped[str] = mapped_column(String(512), primary_key=True)
    to_key: Mapped[str] = mapped_column(String(512), primary_key=True)
    type: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class PlaceTotalRecord(Base):
    """How often ``key`` is a giver and a receiver in facts of this type."""

    __tablename__ = "place_totals"

    key: Mapped[str] = mapped_column(String(512), primary_key=True)
    type: Mapped[str] = mapped_column(String(32), primary_key=True)
    given: Mapped[int] = mapped_column(Integer)
    received: Mapped[int] = mapped_column(Integer)
