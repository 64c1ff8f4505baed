"""Alembic environment for the ledger.

Used two ways: programmatically by ``cityaid.ledger.migrate`` (which passes
an open connection in ``config.attributes["connection"]``), or from the
command line for writing new revisions (``alembic -x url=sqlite:///x.db
revision --autogenerate``, with a config whose ``script_location`` is this
folder).  ``render_as_batch`` keeps future ALTERs working on SQLite.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from cityaid.ledger.tables import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database: pass -x url=... or set sqlalchemy.url")
    return url


def run_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection) -> None:  # noqa: ANN001
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = config.attributes.get("engine") or create_engine(_url())
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    run_offline()
else:
    run_online()
