"""What the office layer raises, one class per answer a caller gives.

The CLI prints the message; the web maps each class to one status code
(``OfficeError`` 422, ``Forbidden`` 403, ``NotFound`` 404, ``Conflict`` 409),
so a refused write always says why in a sentence.
"""
from __future__ import annotations

from cityaid.ledger.office_sql import StaleVersion


class OfficeError(ValueError):
    """The request is not valid (a negative quantity, an unknown place, a missing reason...)."""


class Forbidden(OfficeError):
    """This user may not do that to that record."""


class NotFound(OfficeError):
    """No such record (or none this user may see)."""


# Two writers saw the same version; the second gets this, with nothing stored.
Conflict = StaleVersion

__all__ = ["OfficeError", "Forbidden", "NotFound", "Conflict", "StaleVersion"]
