"""The PostgreSQL side of the backend-parametrised fixtures.

SQLite always runs; PostgreSQL too when ``CITYAID_TEST_PG_URL`` is set
(``scripts/test.sh`` starts a throwaway server when none is configured).
Each test gets its own schema through ``search_path``, dropped afterwards.
"""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("CITYAID_TEST_PG_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@contextmanager
def pg_schema_url(prefix: str = "cityaid_t_"):
    """Yield the URL of a fresh PostgreSQL schema; drop it on exit."""
    schema = prefix + uuid.uuid4().hex[:12]
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


@pytest.fixture(params=BACKENDS)
def ledger_url(request, tmp_path):
    """A URL (or path) of an empty database on one backend (import this fixture into a conftest)."""
    if request.param == "sqlite":
        yield str(tmp_path / "ledger.db")
        return
    with pg_schema_url() as url:
        yield url


@pytest.fixture
def ledger(ledger_url):
    """An open ``Ledger`` on ``ledger_url``."""
    from cityaid.ledger import Ledger

    with Ledger(ledger_url) as lg:
        yield lg
