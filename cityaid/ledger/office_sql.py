"""SQL for the office's records, accounts and partner registry (``cityaid.office`` calls only these).

Why writes look the way they do: a record changes only by appending an event
and, in the same transaction, moving the cached state forward with
``UPDATE ... SET version = v + 1 WHERE id = :id AND version = :v``.  If two
editors saw version ``v``, the database serialises their UPDATEs on the row
lock; the second finds ``version = v + 1`` and changes no row, which is
raised as ``StaleVersion`` (a conflict the caller reports) — never a silent
overwrite.  The ``(record_id, seq)`` unique key is the second guard.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterator, Optional

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .errors import LedgerError
from .office_tables import (LoginFailureRecord, OfficeRecord, OfficeRecordEvent, PartnerRecord, SessionRecord,
                            TokenRecord, UserRecord)
from .tables import utcnow


class StaleVersion(LedgerError):
    """Someone changed the record since the version the writer saw; nothing of this write was stored."""

    def __init__(self, record_id: int, expected: int | None, current: int | None) -> None:
        self.record_id, self.expected, self.current = record_id, expected, current
        super().__init__(f"record {record_id} was changed by someone else (you saw version {expected}, "
                         f"it is now at version {current}); reload it and try again")


@dataclass(frozen=True)
class RecordRow:
    id: int
    kind: str
    office: str
    status: str
    parent_id: Optional[int]
    from_key: Optional[str]
    to_key: Optional[str]
    published: bool
    version: int
    state: dict[str, Any]
    created_by: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class RecordEventRow:
    record_id: int
    seq: int
    action: str
    who: str
    why: str
    data: dict[str, Any]
    at: datetime


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    role: str
    places: tuple[str, ...]
    disabled: bool
    password_hash: str = ""


@dataclass(frozen=True)
class TokenRow:
    """What may be shown of an API token: never the secret (only its hash is stored anyway)."""

    id: int
    user: str
    label: str
    created_at: datetime
    revoked: bool


@dataclass(frozen=True)
class PartnerRow:
    a_key: str
    b_key: str
    a_name: str
    b_name: str
    kind: str
    since: Optional[str]
    source: str


def _record_row(r: OfficeRecord) -> RecordRow:
    return RecordRow(id=r.id, kind=r.kind, office=r.office, status=r.status, parent_id=r.parent_id,
                     from_key=r.from_key, to_key=r.to_key, published=bool(r.published), version=r.version,
                     state=dict(r.state or {}), created_by=r.created_by, created_at=r.created_at,
                     updated_at=r.updated_at)


def _user_row(u: UserRecord) -> UserRow:
    return UserRow(id=u.id, name=u.name, role=u.role, places=tuple(u.places or ()), disabled=bool(u.disabled),
                   password_hash=u.password_hash)


class OfficeStore:
    """Transactions over the ledger's engine for the office tables."""

    def __init__(self, engine) -> None:  # noqa: ANN001 - a SQLAlchemy Engine
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def tx(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error (database errors -> LedgerError)."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except StaleVersion:
            raise
        except IntegrityError as e:
            raise LedgerError(f"office: conflicting write: {str(e.orig).splitlines()[0]}") from e
        except SQLAlchemyError as e:
            raise LedgerError(f"office: database error: {e.__class__.__name__}: {str(e).splitlines()[0]}") from e


# ------------------------------------------------------------------ records
def insert_record(s: Session, *, kind: str, office: str, status: str, parent_id: int | None, from_key: str | None,
                  to_key: str | None, state: dict, who: str, why: str, data: dict) -> int:
    """A new record at version 1 with its ``create`` event."""
    now = utcnow()
    rec = OfficeRecord(kind=kind, office=office, status=status, parent_id=parent_id, from_key=from_key,
                       to_key=to_key, published=False, version=1, state=state, created_by=who, created_at=now,
                       updated_at=now)
    s.add(rec)
    s.flush()
    s.add(OfficeRecordEvent(record_id=rec.id, seq=1, action="create", who=who, why=why or "", data=data, at=now))
    s.flush()
    return rec.id


def get_record(s: Session, record_id: int) -> RecordRow | None:
    rec = s.get(OfficeRecord, record_id, populate_existing=True)
    return _record_row(rec) if rec is not None else None


def append_event(s: Session, record_id: int, expected_version: int, *, action: str, who: str, why: str, data: dict,
                 state: dict, status: str, published: bool) -> int:
    """Append one event and move the cached state to ``state``, only if the record is still at ``expected_version``."""
    now = utcnow()
    res = s.execute(update(OfficeRecord)
                    .where(OfficeRecord.id == record_id, OfficeRecord.version == expected_version)
                    .values(version=expected_version + 1, state=state, status=status, published=published,
                            updated_at=now)
                    .execution_options(synchronize_session=False))
    if res.rowcount != 1:
        current = s.scalar(select(OfficeRecord.version).where(OfficeRecord.id == record_id))
        raise StaleVersion(record_id, expected_version, current)
    s.add(OfficeRecordEvent(record_id=record_id, seq=expected_version + 1, action=action, who=who, why=why or "",
                            data=data, at=now))
    s.flush()
    return expected_version + 1


def list_records(s: Session, *, kind: str | None = None, offices: list[str] | None = None,
                 status: list[str] | None = None, parent_id: int | None = None, published: bool | None = None,
                 party: str | None = None, limit: int | None = None) -> list[RecordRow]:
    """Records matching every filter, newest first.  ``offices``: keys whose records (and sub-places') to include."""
    stmt = select(OfficeRecord)
    if kind is not None:
        stmt = stmt.where(OfficeRecord.kind == kind)
    if offices is not None:
        if not offices:
            return []
        stmt = stmt.where(or_(*[c for k in offices for c in (OfficeRecord.office == k,
                                                             OfficeRecord.office.startswith(k + "/", autoescape=True))]))
    if status is not None:
        stmt = stmt.where(OfficeRecord.status.in_(list(status)))
    if parent_id is not None:
        stmt = stmt.where(OfficeRecord.parent_id == parent_id)
    if published is not None:
        stmt = stmt.where(OfficeRecord.published == published)
    if party is not None:
        stmt = stmt.where(or_(OfficeRecord.from_key == party, OfficeRecord.to_key == party,
                              OfficeRecord.from_key.startswith(party + "/", autoescape=True),
                              OfficeRecord.to_key.startswith(party + "/", autoescape=True)))
    stmt = stmt.order_by(OfficeRecord.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_record_row(r) for r in s.scalars(stmt)]


def record_events(s: Session, record_id: int) -> list[RecordEventRow]:
    rows = s.scalars(select(OfficeRecordEvent).where(OfficeRecordEvent.record_id == record_id)
                     .order_by(OfficeRecordEvent.seq))
    return [RecordEventRow(record_id=r.record_id, seq=r.seq, action=r.action, who=r.who, why=r.why,
                           data=dict(r.data or {}), at=r.at) for r in rows]


# ------------------------------------------------------------------ accounts
def add_user(s: Session, name: str, password_hash: str, role: str, places: list[str]) -> int:
    u = UserRecord(name=name, password_hash=password_hash, role=role, places=list(places), disabled=False)
    s.add(u)
    s.flush()
    return u.id


def user_by_name(s: Session, name: str) -> UserRow | None:
    u = s.scalars(select(UserRecord).where(UserRecord.name == name)).one_or_none()
    return _user_row(u) if u is not None else None


def user_by_id(s: Session, user_id: int) -> UserRow | None:
    u = s.get(UserRecord, user_id)
    return _user_row(u) if u is not None else None


def list_users(s: Session) -> list[UserRow]:
    return [_user_row(u) for u in s.scalars(select(UserRecord).order_by(UserRecord.name))]


def set_password_hash(s: Session, user_id: int, password_hash: str) -> None:
    s.execute(update(UserRecord).where(UserRecord.id == user_id).values(password_hash=password_hash))


def add_token(s: Session, user_id: int, token_hash: str, label: str) -> None:
    s.add(TokenRecord(user_id=user_id, token_hash=token_hash, label=label or "", revoked=False))
    s.flush()


def user_by_token(s: Session, token_hash: str) -> UserRow | None:
    u = s.scalars(select(UserRecord).join(TokenRecord, TokenRecord.user_id == UserRecord.id)
                  .where(TokenRecord.token_hash == token_hash, TokenRecord.revoked.is_(False))).one_or_none()
    return _user_row(u) if u is not None else None


def list_tokens(s: Session, user_id: int | None = None) -> list[TokenRow]:
    """Tokens (of one user, or all), oldest first, without their hashes."""
    stmt = (select(TokenRecord, UserRecord.name).join(UserRecord, UserRecord.id == TokenRecord.user_id)
            .order_by(TokenRecord.id))
    if user_id is not None:
        stmt = stmt.where(TokenRecord.user_id == user_id)
    return [TokenRow(id=t.id, user=name, label=t.label, created_at=t.created_at, revoked=bool(t.revoked))
            for t, name in s.execute(stmt)]


def revoke_tokens(s: Session, user_id: int, token_id: int | None = None) -> int:
    """Revoke the user's live tokens (or only ``token_id``); how many were revoked."""
    stmt = update(TokenRecord).where(TokenRecord.user_id == user_id, TokenRecord.revoked.is_(False))
    if token_id is not None:
        stmt = stmt.where(TokenRecord.id == token_id)
    return s.execute(stmt.values(revoked=True).execution_options(synchronize_session=False)).rowcount or 0


def set_disabled(s: Session, user_id: int, disabled: bool) -> None:
    """Disable (or enable) an account; disabling also ends its sessions."""
    s.execute(update(UserRecord).where(UserRecord.id == user_id).values(disabled=disabled)
              .execution_options(synchronize_session=False))
    if disabled:
        s.execute(delete(SessionRecord).where(SessionRecord.user_id == user_id))


def add_session(s: Session, id_hash: str, user_id: int, csrf: str, expires_at: datetime) -> None:
    s.add(SessionRecord(id_hash=id_hash, user_id=user_id, csrf=csrf, expires_at=expires_at))
    s.flush()


def get_session(s: Session, id_hash: str) -> tuple[UserRow, str, datetime] | None:
    """(user, csrf token, expiry) of a session, or ``None``."""
    row = s.execute(select(SessionRecord, UserRecord).join(UserRecord, UserRecord.id == SessionRecord.user_id)
                    .where(SessionRecord.id_hash == id_hash)).one_or_none()
    if row is None:
        return None
    sess, user = row
    return _user_row(user), sess.csrf, sess.expires_at


def delete_session(s: Session, id_hash: str) -> None:
    s.execute(delete(SessionRecord).where(SessionRecord.id_hash == id_hash))


def add_login_failure(s: Session, name: str, ip: str) -> None:
    s.add(LoginFailureRecord(name=name[:128], ip=ip[:64]))


def count_login_failures(s: Session, name: str, ip: str, since: datetime) -> int:
    return s.scalar(select(func.count()).select_from(LoginFailureRecord)
                    .where(LoginFailureRecord.name == name[:128], LoginFailureRecord.ip == ip[:64],
                           LoginFailureRecord.at >= since)) or 0


def clear_login_failures(s: Session, name: str, ip: str) -> None:
    s.execute(delete(LoginFailureRecord).where(LoginFailureRecord.name == name[:128],
                                               LoginFailureRecord.ip == ip[:64]))


# ------------------------------------------------------------------ partner registry
def upsert_partner(s: Session, p: PartnerRow) -> bool:
    """Insert or update the pair ``(a_key, b_key)``; True when it was new."""
    rec = s.scalars(select(PartnerRecord).where(PartnerRecord.a_key == p.a_key,
                                                PartnerRecord.b_key == p.b_key)).one_or_none()
    new = rec is None
    if new:
        rec = PartnerRecord(a_key=p.a_key, b_key=p.b_key)
        s.add(rec)
    rec.a_name, rec.b_name, rec.kind, rec.since, rec.source = p.a_name, p.b_name, p.kind, p.since, p.source
    s.flush()
    return new


def list_partners(s: Session) -> list[PartnerRow]:
    return [PartnerRow(a_key=r.a_key, b_key=r.b_key, a_name=r.a_name, b_name=r.b_name, kind=r.kind, since=r.since,
                       source=r.source)
            for r in s.scalars(select(PartnerRecord).order_by(PartnerRecord.a_key, PartnerRecord.b_key))]
