"""Fixtures for the ledger tests: a fresh ledger per test on every available backend.

SQLite (a file in tmp_path) always runs.  Set ``CITYAID_TEST_PG_URL`` (e.g.
``postgresql+psycopg://user:pw@localhost/cityaid_test``) to run every test a
second time on PostgreSQL; each test gets its own throwaway schema there
(through ``search_path``), dropped afterwards.
"""
from __future__ import annotations

import pytest

from cityaid.ledger import Ledger
from pg_support import BACKENDS, pg_schema_url  # shared with tests/office


@pytest.fixture(params=BACKENDS)
def ledger_url(request, tmp_path):
    """A URL (or path) of an empty database on one backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "ledger.db")
        return
    with pg_schema_url() as url:
        yield url


@pytest.fixture
def ledger(ledger_url):
    with Ledger(ledger_url) as lg:
        yield lg

