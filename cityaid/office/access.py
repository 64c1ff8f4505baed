"""Who may read and write which records: roles and the places an account answers for.

* ``admin``: everything.
* ``editor``: reads and writes the records of its places (and their sub-places);
  an editor of 镇江 cannot touch 无锡's records, whatever it sends.
* ``viewer``: reads the records of its places, writes nothing.

Published records are public (they are part of the ledger's answers); the
rest stay with their office.  One check per question, used by the service
for every caller (web form, API, CLI), so no entry point can skip it.
"""
from __future__ import annotations

from cityaid.ledger.office_sql import RecordRow, UserRow

from .places import within

ROLES = ("admin", "editor", "viewer")


def can_write(user: UserRow | None, office: str) -> bool:
    if user is None or user.disabled:
        return False
    if user.role == "admin":
        return True
    return user.role == "editor" and any(within(office, p) for p in user.places)


def can_read(user: UserRow | None, rec: RecordRow) -> bool:
    if rec.published:
        return True
    if user is None or user.disabled:
        return False
    return user.role == "admin" or any(within(rec.office, p) for p in user.places)


def visible_offices(user: UserRow | None) -> list[str] | None:
    """Offices whose unpublished records ``user`` sees: ``None`` means all (admin)."""
    if user is None or user.disabled:
        return []
    return None if user.role == "admin" else list(user.places)


def default_office(user: UserRow | None) -> str | None:
    """The office a new record belongs to when none is named: an editor's only place."""
    if user is not None and len(user.places) == 1:
        return user.places[0]
    return None
