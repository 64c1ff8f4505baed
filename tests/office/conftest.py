"""Fixtures for the office tests: a fresh ledger per test on every backend, with accounts.

SQLite (a file in tmp_path) always runs; PostgreSQL too when
``CITYAID_TEST_PG_URL`` is set (``scripts/test.sh`` starts a throwaway
server when none is configured), each test in its own schema, dropped after.
"""
from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from cityaid.ledger import Ledger
from cityaid.office import Accounts, Office

PG_URL = os.environ.get("CITYAID_TEST_PG_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
from office_story import PASSWORD  # noqa: E402 - one password for every test account


def pg_schema_url():
    """A context manager yielding the URL of a fresh PostgreSQL schema (dropped on exit)."""
    from contextlib import contextmanager

    @contextmanager
    def _cm():
        schema = "cityaid_o_" + uuid.uuid4().hex[:12]
        admin = create_engine(PG_URL)
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        try:
            yield url.render_as_string(hide_password=False)
        finally:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()
    return _cm()


@pytest.fixture(params=BACKENDS)
def office_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "office.db")
        return
    with pg_schema_url() as url:
        yield url


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL schema, or skip when no server is configured."""
    if not PG_URL:
        pytest.skip("CITYAID_TEST_PG_URL is not set (scripts/test.sh starts a server)")
    with pg_schema_url() as url:
        yield url


@pytest.fixture
def ledger(office_url):
    with Ledger(office_url) as lg:
        yield lg


@pytest.fixture
def office(ledger):
    return Office(ledger)


@pytest.fixture
def accounts(ledger):
    return Accounts(ledger)


@pytest.fixture
def users(accounts):
    """admin, an editor of 镇江, an editor of 无锡, a viewer of 镇江."""
    return {
        "admin": accounts.add_user("admin", PASSWORD, "admin"),
        "zj": accounts.add_user("zj", PASSWORD, "editor", ["镇江"]),
        "wx": accounts.add_user("wx", PASSWORD, "editor", ["无锡"]),
        "viewer": accounts.add_user("viewer", PASSWORD, "viewer", ["镇江"]),
    }
