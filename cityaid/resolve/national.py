"""Whether a side's name is a nation's voice: an office, person or body that speaks for a country.

A head of state or government, a minister or ministry, a national health commission, "the Chinese
side"/中方, a country's government, or its embassy or consulate speaks for the country (key = its code),
never for the city it sits in or the page's dateline; a governor, mayor, provincial or municipal office
speaks for its own place.  The cues of both languages are one table (``national_offices.tsv``): a
mission's cue wins over any place word in its name (中国驻广州总领事馆), a local cue over a national one
(the Hunan provincial government, 湖南省政府).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from cityaid.clean.tables import load_table


@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, str], re.Pattern]:
    groups: dict[tuple[str, str], list[str]] = {}
    for r in load_table("national_offices.tsv"):
        groups.setdefault((r["lang"], r["kind"]), []).append(r["cue"])
    out = {}
    for (lang, kind), words in groups.items():
        alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        out[(lang, kind)] = re.compile(rf"\b(?:{alt})\b" if lang == "en" else alt, re.I)
    return out


def _lang(name: str) -> str:
    return "zh" if any("\u4e00" <= c <= "\u9fff" for c in name) else "en"


def national_voice(name: Optional[str]) -> bool:
    """``name`` (a side's words) is a country's office, head, ministry, mission or 'side'."""
    if not name:
        return False
    lang = _lang(name)
    cues = _cues()
    if cues[(lang, "mission")].search(name):
        return True
    if lang == "zh" and re.fullmatch(r"[\u4e00-\u9fff]{1,4}方", name) and not cues[(lang, "local")].search(name[:-1]):
        return True  # 中方, 日方, 尼方: the country itself
    if cues[(lang, "local")].search(name):
        return False
    return bool(cues[(lang, "national")].search(name))


def local_title(words_before: str) -> bool:
    """The word right before a title makes it a place's office: "regional President", "Minister-President",
    "provincial Governor"."""
    m = re.search(r"([\w-]+)[\s-]*$", words_before)
    return bool(m) and (words_before.rstrip().endswith("-") or bool(_cues()[("en", "local")].fullmatch(m.group(1))))
