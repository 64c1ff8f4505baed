"""Fixtures for the review tests: a fresh ledger per test on every backend, one stored report, accounts.

The report and its events are written for these tests (``review_story``);
the events are built by hand, not extracted, so these tests do not move when
the extractor's rules do (the property test runs the real extractor).
"""
from __future__ import annotations

import pytest

from cityaid.ledger.office_sql import UserRow
from cityaid.review import Review
from pg_support import ledger, ledger_url  # noqa: F401 - the fixtures, shared with tests/ledger
from review_story import DOC_ID, story_document, story_events  # noqa: E402


@pytest.fixture
def stored(ledger):
    """The ledger with the story report stored (and merged); returns its doc id."""
    from cityaid.merge import merge_pending

    doc = story_document()
    ledger.store(doc, None, story_events(doc.text))
    merge_pending(ledger)
    return DOC_ID


@pytest.fixture
def review(ledger):
    return Review(ledger)


@pytest.fixture
def users():
    return {
        "admin": UserRow(id=1, name="ada", role="admin", places=(), disabled=False),
        "tz": UserRow(id=2, name="tai", role="editor", places=("CN/Taizhou",), disabled=False),
        "wx": UserRow(id=3, name="wu", role="editor", places=("CN/Wuxi",), disabled=False),
        "viewer": UserRow(id=4, name="vic", role="viewer", places=("CN/Taizhou",), disabled=False),
        "off": UserRow(id=5, name="gone", role="admin", places=(), disabled=True),
    }
