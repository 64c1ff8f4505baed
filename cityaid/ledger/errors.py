"""The one exception the ledger lets out.

Callers (the CLI's ingest loop, the web API) catch a single type and print
its message; the message always starts with what failed (a doc_id, or the
database URL) so one line tells the user where to look.  The underlying
SQLAlchemy/Alembic error is kept as ``__cause__`` for debugging.
"""
from __future__ import annotations


class LedgerError(Exception):
    """A ledger operation failed; nothing of it was written."""
