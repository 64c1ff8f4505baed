"""Fixtures for the ledger tests: a fresh ledger per test on every available backend.

SQLite (a file in tmp_path) always runs.  Set ``CITYAID_TEST_PG_URL`` (e.g.
``postgresql+psycopg://user:pw@localhost/cityaid_test``) to run every test a
second time on PostgreSQL; each test gets its own throwaway schema there
(through ``search_path``), dropped afterwards.
"""
from __future__ import annotations

from pg_support import ledger, ledger_url  # noqa: F401 - the fixtures, shared with tests/review
