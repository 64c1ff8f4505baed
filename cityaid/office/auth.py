"""Accounts: argon2 password hashes, log-in sessions with a CSRF token, API tokens, a log-in rate limit.

Why these choices:

* Passwords are hashed with argon2id (``argon2-cffi``'s defaults), and a
  log-in for an unknown name still runs one verification, so timing does not
  tell which names exist.
* Session ids and API tokens are 256-bit random secrets; the database keeps
  only their SHA-256, so a leaked database opens no session.
* Each session carries its own CSRF token, which every form POST must echo.
* A disabled account, or a revoked token, is refused at every door (log-in,
  session, bearer token) — checked on each request, so it takes effect at
  once; disabling also deletes the account's sessions.  Tokens are listed
  by id, label and creation date, never by secret.
* Failed log-ins are counted per (name, client address) over a sliding
  window in the database: ``MAX_FAILURES`` within ``WINDOW`` and the next
  attempt is refused (``RateLimited``, HTTP 429) without even checking the
  password, across all worker processes.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from cityaid.ledger import office_sql as sql
from cityaid.ledger.office_sql import OfficeStore, UserRow

from .access import ROLES
from .errors import E_, OfficeError
from .places import place_key

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(hours=12)
MIN_PASSWORD = 8

_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not a real password, only for constant-time refusals")


class RateLimited(OfficeError):
    """Too many failed log-ins for this name from this address: wait, then try again."""


class LoginFailed(OfficeError):
    """Wrong name or password (the message never says which)."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def same(a: str, b: str) -> bool:
    """Constant-time comparison of two tokens."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)  # SQLite hands back naive UTC


class Accounts:
    """Users, sessions and tokens in one ledger's database."""

    def __init__(self, engine_or_ledger) -> None:  # noqa: ANN001
        engine = getattr(engine_or_ledger, "engine", engine_or_ledger)
        self.store = OfficeStore(engine)

    # ---------------------------------------------------------- users
    def add_user(self, name: str, password: str, role: str, places: list[str] = ()) -> UserRow:
        name = (name or "").strip()
        if not name or len(name) > 128:
            raise OfficeError(E_("user name: 1 to 128 characters"))
        if role not in ROLES:
            raise OfficeError(E_("role: one of %(v1)s, not %(role)s", v1=', '.join(ROLES), role=repr(role)))
        if len(password or "") < MIN_PASSWORD:
            raise OfficeError(E_("password: at least %(MIN_PASSWORD)s characters", MIN_PASSWORD=MIN_PASSWORD))
        keys = [place_key(p, "place") for p in places]
        if role == "editor" and not keys:
            raise OfficeError(E_("an editor needs at least one --place whose records it keeps"))
        with self.store.tx() as s:
            if sql.user_by_name(s, name) is not None:
                raise OfficeError(E_("user %(name)s exists already", name=repr(name)))
            sql.add_user(s, name, hash_password(password), role, keys)
            return sql.user_by_name(s, name)

    def user(self, name: str) -> UserRow | None:
        with self.store.tx() as s:
            return sql.user_by_name(s, name)

    def users(self) -> list[UserRow]:
        with self.store.tx() as s:
            return sql.list_users(s)

    def set_password(self, name: str, password: str) -> None:
        if len(password or "") < MIN_PASSWORD:
            raise OfficeError(E_("password: at least %(MIN_PASSWORD)s characters", MIN_PASSWORD=MIN_PASSWORD))
        with self.store.tx() as s:
            u = sql.user_by_name(s, name)
            if u is None:
                raise OfficeError(E_("no user %(name)s", name=repr(name)))
            sql.set_password_hash(s, u.id, hash_password(password))

    def set_disabled(self, name: str, disabled: bool = True) -> UserRow:
        with self.store.tx() as s:
            u = sql.user_by_name(s, name)
            if u is None:
                raise OfficeError(E_("no user %(name)s", name=repr(name)))
            sql.set_disabled(s, u.id, disabled)
            return sql.user_by_name(s, name)

    # ---------------------------------------------------------- log-in and sessions
    def login(self, name: str, password: str, ip: str) -> tuple[str, str, UserRow]:
        """``(session id, csrf token, user)``; ``RateLimited`` or ``LoginFailed`` otherwise."""
        name = (name or "").strip()[:128]
        ip = (ip or "?")[:64]
        with self.store.tx() as s:
            if sql.count_login_failures(s, name, ip, _now() - WINDOW) >= MAX_FAILURES:
                raise RateLimited(E_("too many failed log-ins for %(name)s from this address; try again in "
                                     "%(minutes)s minutes", name=repr(name), minutes=int(WINDOW.total_seconds() // 60)))
            u = sql.user_by_name(s, name)
        ok = verify_password(u.password_hash if u else _DUMMY, password or "") and u is not None and not u.disabled
        with self.store.tx() as s:
            if not ok:
                sql.add_login_failure(s, name, ip)
                raise_after = True
            else:
                raise_after = False
                sql.clear_login_failures(s, name, ip)
                sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
                sql.add_session(s, digest(sid), u.id, csrf, _now() + SESSION_LIFETIME)
        if raise_after:
            raise LoginFailed(E_("wrong user name or password"))
        return sid, csrf, u

    def session(self, sid: str | None) -> tuple[UserRow, str] | None:
        """``(user, csrf token)`` of a live session, else ``None``."""
        if not sid:
            return None
        with self.store.tx() as s:
            found = sql.get_session(s, digest(sid))
            if found is None:
                return None
            user, csrf, expires = found
            if _aware(expires) < _now() or user.disabled:
                sql.delete_session(s, digest(sid))
                return None
            return user, csrf

    def logout(self, sid: str | None) -> None:
        if sid:
            with self.store.tx() as s:
                sql.delete_session(s, digest(sid))

    # ---------------------------------------------------------- API tokens
    def new_token(self, name: str, label: str = "") -> str:
        """A new API token for user ``name``: shown once, stored only as its hash."""
        token = "cat_" + secrets.token_urlsafe(32)
        with self.store.tx() as s:
            u = sql.user_by_name(s, name)
            if u is None:
                raise OfficeError(E_("no user %(name)s", name=repr(name)))
            sql.add_token(s, u.id, digest(token), label)
        return token

    def tokens(self, name: str | None = None) -> list[sql.TokenRow]:
        """API tokens (of ``name``, or everyone's) with label and creation date; never the secret."""
        with self.store.tx() as s:
            if name is None:
                return sql.list_tokens(s)
            u = sql.user_by_name(s, name)
            if u is None:
                raise OfficeError(E_("no user %(name)s", name=repr(name)))
            return sql.list_tokens(s, u.id)

    def revoke_tokens(self, name: str, token_id: int | None = None) -> int:
        """Revoke ``name``'s live tokens (or only ``token_id``); ``OfficeError`` when nothing was revoked."""
        with self.store.tx() as s:
            u = sql.user_by_name(s, name)
            if u is None:
                raise OfficeError(E_("no user %(name)s", name=repr(name)))
            n = sql.revoke_tokens(s, u.id, token_id)
        if n == 0:
            raise OfficeError(E_("%(name)s has no live token", name=name) if token_id is None
                              else E_("%(name)s has no live token with id %(id)s", name=name, id=token_id))
        return n

    def token_user(self, token: str | None) -> UserRow | None:
        if not token:
            return None
        with self.store.tx() as s:
            u = sql.user_by_token(s, digest(token.strip()))
        return None if u is None or u.disabled else u
