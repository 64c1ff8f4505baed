"""What the review layer raises: the office's classes, so web, API and CLI answer both the same way.

``Forbidden`` 403, ``NotFound`` 404, ``Conflict`` (``StaleVersion``) 409 come
from ``cityaid.office.errors``; ``ReviewError`` (a bad field) and
``InvalidEvidence`` (evidence that is not a verbatim span of the document,
with a machine-readable ``reason``) are ``OfficeError``s, hence 422.
"""
from __future__ import annotations

from cityaid.office.errors import E_, Conflict, Forbidden, Msg, NotFound, OfficeError, StaleVersion

__all__ = ["ReviewError", "InvalidEvidence", "Forbidden", "NotFound", "Conflict", "StaleVersion", "OfficeError", "E_"]


class ReviewError(OfficeError):
    """A decision that is not valid as sent (unknown type, malformed date or item, unknown place...)."""


class InvalidEvidence(ReviewError):
    """Evidence must stay a verbatim span of the document; ``reason`` says how it is not.

    ``reason``: ``empty``, ``not_in_document``, ``span_mismatch`` (the span's text is not the evidence given)
    or ``out_of_range`` (the span falls outside the document).
    """

    def __init__(self, reason: str, message: Msg | str) -> None:
        self.reason = reason
        super().__init__(message)
