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


#: 20200419 (a compact day), 109年4月19日 / 109-04-19 (a Minguo year: + 1911), 1587254400 (Unix seconds, or
#: milliseconds): other ways dumps and Taiwanese pages write the day
_COMPACT = re.compile(r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_MINGUO = re.compile(r"(1[01]\d)\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)")
_EPOCH = re.compile(r"(1[0-9]{9})(?:\d{3})?(?:\.\d+)?$")


def iso_date(value: object) -> str | None:
    """``YYYY-MM-DD`` for a value that starts with a full date, else ``None``."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(int(value))
    if not isinstance(value, str):
        return None
    value = value.strip()
    m = _FULL_DATE.match(value)
    if m:
        return _valid(*m.groups())
    m = _COMPACT.match(value)
    if m:
        return _valid(*m.groups())
    m = _MINGUO.match(value)
    if m:
        return _valid(str(int(m.group(1)) + 1911), m.group(2), m.group(3))
    m = _EPOCH.match(value)
    if m:
        return _dt.datetime.fromtimestamp(int(m.group(1)), tz=_dt.timezone.utc).date().isoformat()
    return None


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_EN_DATE = re.compile(r"(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2}),?\s+(?P<y1>\d{4})"
                      r"|(?P<d2>\d{1,2})\s+(?P<m2>[A-Za-z]{3,9})\.?,?\s+(?P<y2>\d{4}))")


def english_date(value: str) -> str | None:
    """``YYYY-MM-DD`` for a value that starts with an English date (``May 6, 2021``, ``6 May 2021``)."""
    m = _EN_DATE.match(value)
    if not m:
        return None
    month = _MONTHS.get((m.group("m1") or m.group("m2"))[:3].lower())
    if month is None:
        return None
    try:
        return _dt.date(int(m.group("y1") or m.group("y2")), month, int(m.group("d1") or m.group("d2"))).isoformat()
    except ValueError:
        return None


def find_full_date(text: str) -> str | None:
    """The first valid full date anywhere in ``text`` (callers pass a page head)."""
    for m in _FULL_DATE.finditer(text):
        iso = _valid(*m.groups())
        if iso:
            return iso
    return None


def find_english_date(text: str) -> str | None:
    """The first valid English full date anywhere in ``text`` (``April 21, 2020 | Press Office``)."""
    for m in _EN_DATE.finditer(text):
        iso = english_date(m.group())
        if iso:
            return iso
    return None
