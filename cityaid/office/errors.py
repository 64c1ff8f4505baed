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

__all__ = ["OfficeError", "Forbidden", "NotFound", "Conflict", "StaleVersion", "Msg", "E_", "detail", "localise"]


class Msg(str):
    """An English sentence that keeps its catalogue ``msgid`` and values, so a page can say it in its reader's
    language (``localise``) while the CLI, logs and ``str(e)`` read the English as before."""

    msgid: str
    values: dict

    def __new__(cls, msgid: str, **values: object) -> "Msg":
        self = super().__new__(cls, msgid % values if values else msgid)
        self.msgid, self.values = msgid, values
        return self


def E_(msgid: str, **values: object) -> Msg:  # noqa: N802 - a gettext keyword: ``pybabel extract -k E_``
    """An error message marked for translation, its values filled in later in the reader's language."""
    return Msg(msgid, **values)


def detail(e: BaseException) -> str:
    """The message an exception was raised with: the ``Msg`` itself where there is one (``str(e)`` would lose it)."""
    if isinstance(e, StaleVersion):
        return E_("record %(id)s was changed by someone else (you saw version %(seen)s, it is now at version "
                  "%(now)s); reload it and try again", id=e.record_id, seen=e.expected, now=e.current)
    arg = e.args[0] if len(e.args) == 1 else None
    return arg if isinstance(arg, Msg) else str(e)


def localise(message: object, gettext) -> str:  # noqa: ANN001 - gettext of the reader's catalogue
    """``message`` in the reader's language when it is a ``Msg`` (values that are ``Msg`` too are translated)."""
    if not isinstance(message, Msg):
        return "" if message is None else str(message)
    said = gettext(message.msgid)
    if not message.values:
        return said
    return said % {k: localise(v, gettext) if isinstance(v, Msg) else v for k, v in message.values.items()}
