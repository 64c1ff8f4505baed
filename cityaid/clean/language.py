"""Which language a text or a paragraph is written in: ``zh``, ``en`` or ``other``.

A script-ratio heuristic, explainable and dependency-free: count Han
characters and Latin letters.  One Han character carries about as much as a
short English word (three or four letters), so a paragraph is Chinese when
``3 * han >= latin`` - a Chinese report full of English names and a page of
English with a Chinese name in brackets both come out right.  Text with
neither script (Cyrillic, Hangul, kana only, or no letters) is ``other``.

Paragraphs are lines: news pages put one paragraph per line.  Lines with no
letters at all (rules, numbers) take the language of the paragraph before
them, so a mixed page splits into few, long ranges.
"""
from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

#: Han characters weigh this many Latin letters.
HAN_WEIGHT = 3
#: Fewer weighted letters than this: no decision of its own.
MIN_LETTERS = 2
#: Texts up to this long (lines, mostly) have their counts remembered: a page's lines are asked about repeatedly.
_CACHED_LEN = 500


def _counts(text: str) -> tuple[int, int, int]:
    """(Han characters, Latin letters, other letters) of ``text``."""
    return _counts_short(text) if len(text) <= _CACHED_LEN else _count(text)


@lru_cache(maxsize=4096)
def _counts_short(text: str) -> tuple[int, int, int]:
    return _count(text)


def _count(text: str) -> tuple[int, int, int]:
    if text.isascii():  # no Han and no other script: only the Latin letters need counting
        return 0, len(_LATIN.findall(text)), 0
    return len(_HAN.findall(text)), len(_LATIN.findall(text)), len(_OTHER_LETTER.findall(text))


def _decide(han: int, latin: int, other: int) -> str | None:
    if HAN_WEIGHT * han + latin + other < MIN_LETTERS:
        return None
    if han and HAN_WEIGHT * han >= latin and HAN_WEIGHT * han >= other:
        return "zh"
    if latin and latin >= other:
        return "en"
    return "other"


def detect_language(text: str) -> str:
    """``"zh"``, ``"en"`` or ``"other"`` for the whole of ``text``."""
    return _decide(*_counts(text or "")) or "other"


def paragraph_languages(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, lang)`` ranges covering ``text``: one per run of same-language lines.

    Lines too short to decide join the run before them (or, at the top, the
    first decided run).  ``end`` includes the newline.
    """
    if not text:
        return []
    if _LATIN.search(text) is None and _OTHER_LETTER.search(text) is None:
        # Han characters only (the common Chinese page): every line that decides is Chinese, so one
        # range covers the page (none decides without a Han character: the page's own verdict)
        return [(0, len(text), "zh" if _HAN.search(text) else detect_language(text))]
    doc_lang = detect_language(text)
    ranges: list[list] = []
    pos = 0
    pending_start = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        lang = _decide(*_counts(line))
        if lang is None:
            continue
        if ranges and ranges[-1][2] == lang:
            ranges[-1][1] = pos
        else:
            if ranges:
                ranges[-1][1] = start
            ranges.append([pending_start if not ranges else start, pos, lang])
    if not ranges:
        return [(0, len(text), doc_lang)]
    ranges[0][0] = 0
    ranges[-1][1] = len(text)
    # undecided lines between runs stay with the run before them
    for a, b in zip(ranges, ranges[1:]):
        a[1] = b[0]
    return [tuple(r) for r in ranges]
