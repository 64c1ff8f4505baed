"""``ActorMention``: one place or body named in a text, with its offsets and the key it resolves to.

Its own module because every finder makes them (the gazetteer pass in
``actors``, the open-world names in ``openworld``, the English readers), and
none of them should have to import another to say what it found.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class ActorMention:
    start: int
    end: int
    surface: str
    key: Optional[str]
    level: Optional[str]
    country: Optional[str]
    name_en: Optional[str]
    components: tuple[str, ...] = ()  # keys of the merged chain, outermost first (e.g. ("US", "US/California", ...))
