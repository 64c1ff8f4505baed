"""The schema comes from the packaged Alembic migrations, and matches the models."""
from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from cityaid.ledger import Ledger, LedgerError
from cityaid.ledger.migrate import MIGRATIONS, current_revision, head_revision, upgrade
from cityaid.ledger.tables import Base

TABLES = {"documents", "events", "actors", "event_actors", "event_items", "event_money", "alembic_version",
          "facts", "fact_actors", "merge_decisions",
          # revision 0003: the office's own records and accounts
          "office_partners", "office_records", "office_record_events", "office_users", "office_tokens",
          "office_sessions", "office_login_failures",
          # revision 0004: summaries of the merged facts for the overview
          "fact_groups", "fact_flows", "place_totals",
          # revision 0006: the incremental merge's lookups
          "event_blocks", "stale_facts", "merge_state",
          # revision 0007: people's review of events
          "review_events", "review_decisions"}


def test_fresh_file_gets_schema_and_head(tmp_path):
    path = tmp_path / "new.db"
    with Ledger(str(path)) as lg:
        assert current_revision(lg.engine) == head_revision() == "0007"
        insp = inspect(lg.engine)
        assert set(insp.get_table_names()) == TABLES
        indexes = {ix["name"] for t in ("events", "event_actors", "event_items") for ix in insp.get_indexes(t)}
        assert {"ix_events_type", "ix_events_date_lo", "ix_event_actors_actor_role", "ix_event_items_item"} <= indexes
        fks = insp.get_foreign_keys("events")
        assert fks[0]["referred_table"] == "documents" and fks[0]["options"].get("ondelete") == "CASCADE"
    assert path.exists()


def test_upgrade_head_twice_is_a_noop(ledger_url):
    with Ledger(ledger_url) as lg:
        before = inspect(lg.engine).get_table_names()
        upgrade(lg.engine)
        upgrade(lg.engine)
        assert current_revision(lg.engine) == "0007"
        assert sorted(inspect(lg.engine).get_table_names()) == sorted(before)
    with Ledger(ledger_url) as lg:  # reopening runs upgrade head again
        assert current_revision(lg.engine) == "0007"


def test_migration_matches_models(ledger):
    with ledger.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_migration_files_ship_in_package():
    assert (MIGRATIONS / "env.py").is_file()
    assert (MIGRATIONS / "script.py.mako").is_file()
    assert (MIGRATIONS / "versions" / "0001_initial.py").is_file()


def test_sqlite_pragmas(tmp_path):
    with Ledger(str(tmp_path / "p.db")) as lg, lg.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_path_url_and_memory_forms(tmp_path):
    with Ledger(f"sqlite:///{tmp_path / 'u.db'}") as lg:
        assert lg.summary()["documents"] == 0
    assert (tmp_path / "u.db").exists()
    with Ledger(":memory:") as lg:
        assert lg.summary()["documents"] == 0
        assert current_revision(lg.engine) == "0007"


def test_open_errors_are_ledger_errors(tmp_path):
    with pytest.raises(LedgerError, match="nosuchdir"):
        Ledger(str(tmp_path / "nosuchdir" / "x.db"))
    with pytest.raises(LedgerError):
        Ledger("nosuchdialect://u:secret@h/db")
    # a database from a newer cityaid (unknown revision) is refused, not clobbered
    path = tmp_path / "future.db"
    with Ledger(str(path)):
        pass
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(LedgerError, match="migrate"):
        Ledger(str(path))


def test_password_not_in_error_message():
    with pytest.raises(LedgerError) as info:
        Ledger("postgresql+nosuchdriver://user:hunter2@localhost/db")
    assert "hunter2" not in str(info.value)
