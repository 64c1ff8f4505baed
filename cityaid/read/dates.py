"""Publication dates as ISO strings.

Metadata and page heads write dates as ``2020-03-27 17:48:50``,
``2020/4/19``, ``2020.04.19`` or ``2020年4月19日``; downstream code anchors
year-less dates in the text to the publication date, so only *full*, valid
dates are accepted (a bare year would anchor every month to January).
"""
from __future__ import annotations

import datetime as _dt
import re

_FULL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)"
)


def _valid(y: str, m: str, d: str) -> str | None:
    try:
        return _dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def iso_date(value: object) -> str | None:
    """``YYYY-MM-DD`` for a string that starts with a full date, else ``None``."""
    if not isinstance(value, str):
        return None
    m = _FULL_DATE.match(value.strip())
    return _valid(*m.groups()) if m else None


def find_full_date(text: str) -> str | None:
    """The first valid full date anywhere in ``text`` (callers pass a page head)."""
    for m in _FULL_DATE.finditer(text):
        iso = _valid(*m.groups())
        if iso:
            return iso
    return None
