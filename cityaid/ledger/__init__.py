"""The ledger: stored documents and their aid events (SQLAlchemy 2 + Alembic; SQLite or PostgreSQL).

All SQL of cityaid lives in this package.  ``Ledger`` is the entry point;
``LedgerError`` is the only exception it raises.
"""
from . import office_tables  # noqa: F401 - registers the office tables on the shared metadata
from . import summary_tables  # noqa: F401 - and the fact summaries (revision 0004)
from . import merge_tables  # noqa: F401 - and the incremental merge's lookups (revision 0006)
from . import review_tables  # noqa: F401 - and people's review of events (revision 0007)
from .errors import LedgerError
from .ledger import Ledger
from .rows import DecisionRow, DocumentRow, EventRow, FactRow

__all__ = ["Ledger", "LedgerError", "EventRow", "DocumentRow", "FactRow", "DecisionRow"]
