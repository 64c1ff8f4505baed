"""An office's own aid records beside the press reports: requests, pledges, shipments, letters, meetings, stock.

``Office(ledger)`` is the one entry point for records (access checks,
append-only events, optimistic locking); ``Accounts`` holds users, sessions
and API tokens (disable, revoke); ``partners`` the sister-city registry;
``stock`` the office's inventory; ``matching`` what is still needed and the
pledges and stock that could meet it.  All SQL is in ``cityaid.ledger.office_sql``.
"""
from .access import ROLES, can_read, can_write
from .auth import Accounts, LoginFailed, RateLimited
from .errors import Conflict, Forbidden, NotFound, OfficeError
from .service import SYSTEM, USER_ACTIONS, Office
from .state import KINDS

__all__ = ["Office", "Accounts", "OfficeError", "Forbidden", "NotFound", "Conflict", "RateLimited", "LoginFailed",
           "KINDS", "ROLES", "SYSTEM", "USER_ACTIONS", "can_read", "can_write"]
