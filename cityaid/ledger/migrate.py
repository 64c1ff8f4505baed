"""Bringing a database's schema up to date with Alembic, from code.

The migrations ship inside the package (``cityaid/ledger/migrations``), and
the Alembic ``Config`` is built here rather than read from an ``alembic.ini``,
so an installed cityaid can create or upgrade any ledger it is pointed at
with no files next to it.  The engine's own connection is handed to
``env.py`` (``config.attributes["connection"]``): no second engine, no URL
round-tripped through configparser (which would choke on ``%`` in passwords).
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations (and, if given, at ``engine``)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run ``alembic upgrade <revision>`` on ``engine``'s database (a no-op when already there)."""
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (``None`` for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    """The newest revision shipped with this version of cityaid."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
