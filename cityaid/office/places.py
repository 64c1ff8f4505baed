"""Place names to keys for records, the same way the reports' actors are keyed.

A record names its parties as people type them (``镇江``, ``Mannheim``); the
merge and the answers compare keys (``CN/Zhenjiang``), so every place is
resolved once, on the way in, and an unknown name is refused rather than
stored as a key nobody can match.
"""
from __future__ import annotations

import re

from .errors import E_, OfficeError

KEY_RE = re.compile(r"^(?:[A-Z]{2}|ORG)(?:/[^/\s][^/]*)*$")


def place_key(name: str, what: str = "place") -> str:
    """The key for ``name`` (a key is kept as is); ``OfficeError`` when it names no known place."""
    from cityaid.resolve import resolve_name

    raw = (name or "").strip()
    if not raw:
        raise OfficeError(E_("%(what)s: empty", what=what))
    m = resolve_name(raw)
    if m is not None and m.key:
        return m.key
    if KEY_RE.match(raw):
        return raw
    raise OfficeError(E_("%(what)s: no place named %(raw)s in the gazetteer (give a key such as CN/Zhenjiang)", what=what, raw=repr(raw)))


def within(key: str | None, place: str) -> bool:
    """``key`` is ``place`` or below it (``CN/Zhenjiang/Jingkou`` within ``CN/Zhenjiang``)."""
    return bool(key) and (key == place or key.startswith(place + "/"))
