"""Fixtures for the office tests: a fresh ledger per test on every backend, with accounts.

SQLite (a file in tmp_path) always runs; PostgreSQL too when
``CITYAID_TEST_PG_URL`` is set (``scripts/test.sh`` starts a throwaway
server when none is configured), each test in its own schema, dropped after.
"""
from __future__ import annotations


import pytest

from cityaid.ledger import Ledger
from cityaid.office import Accounts, Office

from pg_support import BACKENDS, PG_URL, ledger_url, pg_schema_url  # noqa: E402,F401  (shared with tests/ledger)
from office_story import PASSWORD  # noqa: E402 - one password for every test account


@pytest.fixture
def office_url(ledger_url):
    """An empty database on each backend (``pg_support.ledger_url``)."""
    return ledger_url


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
