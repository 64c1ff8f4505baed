"""Shared fixtures: the multi-outlet fixture ledger (data in ``aid_fixture.py``) and the ``slow`` marker."""
from __future__ import annotations

import pytest

from aid_fixture import aid_spec_events, store_aid_docs


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: end-to-end runs over the bundled examples (still run in CI)")


@pytest.fixture
def aid_specs():
    return aid_spec_events()


@pytest.fixture
def aid_ledger(tmp_path):
    """A SQLite ledger holding the fixture reports, merged."""
    from cityaid.ledger import Ledger
    from cityaid.merge import merge_ledger

    path = str(tmp_path / "aid.db")
    with Ledger(path) as lg:
        store_aid_docs(lg)
        merge_ledger(lg)
        yield lg
