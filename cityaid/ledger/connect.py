"""Turning ``--db`` into a configured SQLAlchemy engine.

``--db`` is either a plain file path (the common case: an embedded SQLite
ledger) or a database URL used as is (``postgresql+psycopg://...``).  SQLite
needs two things switched on per connection, which is why they live in a
connect hook: foreign keys (off by default in SQLite, and the cascades depend
on them) and WAL (readers — the web view — don't block an ingest).
"""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool


def database_url(url_or_path: str) -> str:
    """A SQLAlchemy URL for ``url_or_path`` (a path becomes ``sqlite:///<absolute path>``)."""
    if "://" in url_or_path:
        return url_or_path
    if url_or_path in ("", ":memory:"):
        return "sqlite://"
    return "sqlite:///" + str(Path(url_or_path).expanduser().resolve())


def display_url(url: str) -> str:
    """The URL with any password masked, for error messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed URL is shown as given
        return url


def _dumps(obj: object) -> str:
    # readable UTF-8 in the JSON columns instead of \uXXXX escapes
    return json.dumps(obj, ensure_ascii=False)


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite connections get foreign keys and WAL."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        return create_engine(u, json_serializer=_dumps, pool_pre_ping=True)
    in_memory = u.database in (None, "", ":memory:")
    kwargs: dict = {"json_serializer": _dumps}
    if in_memory:
        # one shared connection, otherwise every connection sees a new empty database
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = create_engine(u, **kwargs)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001 - DBAPI objects
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if not in_memory:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.close()

    return engine
