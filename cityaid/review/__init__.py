"""People's word on every event: accept, fix, reject, add — kept when extraction runs again.

``Review(ledger)`` is the one entry point for web, API and CLI (access checks,
append-only decisions, optimistic locking), as ``Office`` is for records.
``decisions`` derives an event's state from its decisions, ``reattach``
matches decisions to a new extraction, ``gold`` brings a gold file in and
takes reviewed documents out in the spec's format, ``regress`` scores a fresh
extraction against people's decisions, ``queue`` orders what to look at.
All SQL is in ``cityaid.ledger.review_sql``.
"""
from .errors import Conflict, Forbidden, InvalidEvidence, NotFound, OfficeError, ReviewError, StaleVersion
from .queue import QueueEntry, uncertainty
from .service import SYSTEM, DecisionEntry, Review, ReviewDoc, ReviewEvent, can_decide, can_read

__all__ = ["Review", "ReviewDoc", "ReviewEvent", "DecisionEntry", "QueueEntry", "ReviewError", "InvalidEvidence",
           "Forbidden", "NotFound", "Conflict", "StaleVersion", "OfficeError", "SYSTEM", "can_decide", "can_read",
           "uncertainty"]
