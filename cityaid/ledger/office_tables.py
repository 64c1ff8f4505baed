"""Tables for an office's own records, its accounts and the sister-city registry (revision 0003).

Why this shape:

* ``office_records`` holds every record kind (request, pledge, shipment,
  acknowledgement, letter, meeting) in one table: the fields people filter by
  (kind, office, status, parties, parent, published) are plain columns, the
  rest is the derived ``state`` JSON.  The truth is ``office_record_events``,
  an append-only log (who, when, what, why); ``state`` is what folding that log
  gives, cached so reads need no replay.  ``version`` counts the events and is
  the optimistic lock: a write says which version it saw and loses cleanly if
  someone else wrote first (``UNIQUE(record_id, seq)`` backs that up).
* Accounts keep only hashes: argon2 for passwords, SHA-256 for session ids
  and API tokens (random 256-bit secrets need no slow hash).  Failed log-ins
  are rows, so the rate limit holds across worker processes.

Only portable types, as for the report tables: the same models run on
SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Optional

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .tables import Base, utcnow


class PartnerRecord(Base):
    """One registered partnership between two places (a sister-city pair), keys as ``resolve_name`` gives them."""

    __tablename__ = "office_partners"
    __table_args__ = (UniqueConstraint("a_key", "b_key", name="uq_office_partners_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_key: Mapped[str] = mapped_column(String(512))
    b_key: Mapped[str] = mapped_column(String(512))
    a_name: Mapped[str] = mapped_column(Text, default="")
    b_name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(64), default="")
    since: Mapped[Optional[str]] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class OfficeRecord(Base):
    """One record an office keeps; ``state`` is derived from its events, ``version`` is their count."""

    __tablename__ = "office_records"
    __table_args__ = (
        Index("ix_office_records_kind_status", "kind", "status"),
        Index("ix_office_records_office", "office"),
        Index("ix_office_records_parent", "parent_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    office: Mapped[str] = mapped_column(String(512))
    status: Mapped[str] = mapped_column(String(32))
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("office_records.id"))
    from_key: Mapped[Optional[str]] = mapped_column(String(512))
    to_key: Mapped[Optional[str]] = mapped_column(String(512))
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class OfficeRecordEvent(Base):
    """One change to a record, never updated or deleted: ``seq`` 1 is its creation."""

    __tablename__ = "office_record_events"
    __table_args__ = (UniqueConstraint("record_id", "seq", name="uq_office_record_events_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("office_records.id"))
    seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    who: Mapped[str] = mapped_column(String(128))
    why: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class UserRecord(Base):
    """An account: ``role`` admin / editor / viewer; ``places`` the place keys whose records it may edit (or view)."""

    __tablename__ = "office_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    places: Mapped[list[str]] = mapped_column(JSON)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TokenRecord(Base):
    """An API token for scripts; only its SHA-256 is stored."""

    __tablename__ = "office_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("office_users.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class SessionRecord(Base):
    """A log-in session: the cookie holds a random id, the table its SHA-256 and the session's CSRF token."""

    __tablename__ = "office_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("office_users.id", ondelete="CASCADE"))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LoginFailureRecord(Base):
    """One failed log-in (user name as typed, client address): what the rate limit counts."""

    __tablename__ = "office_login_failures"
    __table_args__ = (Index("ix_office_login_failures_who", "name", "ip", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    ip: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
