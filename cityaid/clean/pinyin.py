"""Repair of pinyin garbling: ``鎮(zhèn)江`` -> ``鎮江``.

Some mirrored pages carry each (traditional) character with its reading in
parentheses.  The annotation is removed when its content is one valid pinyin
syllable (``pinyin_syllables.tsv``) and

* it follows a Han character and carries a tone mark (``時(shí)``), or
* it carries a tone mark whatever precedes it (mojibake ate the character:
  ``B(tài)``), or
* its opening parenthesis was eaten by mojibake too (``?jiǎng)``), or
* it has no tone mark (``們(men)``), follows a Han character, is lower case
  and at least two letters, *and* the document already shows toned garbling
  (so a legitimate ``張(zhang)`` in a clean text stays).

Parentheses that hold words (``(雅库特)``, ``(套)``, ``(ORG)``, ``(Beijing)``)
are never touched: they are not one lower-case syllable.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cityaid.clean.offsets import MappedText, Span
from cityaid.clean.tables import column

_LETTERS = r"a-zA-Z\u00c0-\u024f\u0300-\u036f"
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PARENTHESISED = re.compile(rf"[(（]([{_LETTERS}]{{1,12}})[)）]")
# Opening parenthesis lost in a mojibake character ("?", U+FFFD, private use).
_HALF_OPEN = re.compile(rf"(?<=[?\ufffd\ue000-\uf8ff])([{_LETTERS}]{{1,12}})[)）]")
_LOST_OPEN = re.compile(r"[?\ufffd\ue000-\uf8ff]")  # what _HALF_OPEN's look-behind asks for
_HAN_CHAR = re.compile(rf"[{_HAN}]")
#: Toneless annotations are removed only when a document has at least this
#: many toned ones.
MIN_TONED_FOR_TONELESS = 3
_DIAERESIS = "\u0308"


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Valid toneless pinyin syllables (``ü`` spelled ``u`` or ``v``)."""
    return frozenset(column("pinyin_syllables.tsv", "syllable"))


def _parse(content: str) -> tuple[str, bool] | None:
    """``(base syllable, has tone mark)`` when ``content`` is one lower-case syllable."""
    decomposed = unicodedata.normalize("NFD", content)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if not base.isascii() or not base.islower() or base not in syllables():
        return None
    toned = any(unicodedata.combining(ch) and ch != _DIAERESIS for ch in decomposed)
    return base, toned


def find_pinyin(text: str) -> list[Span]:
    """Spans of pinyin annotations in ``text`` (reason ``"pinyin"``)."""
    toned: list[Span] = []
    toneless: list[Span] = []
    for m in _PARENTHESISED.finditer(text):
        parsed = _parse(m.group(1))
        if parsed is None:
            continue
        base, has_tone = parsed
        after_han = m.start() > 0 and _HAN_CHAR.match(text, m.start() - 1) is not None
        if has_tone:
            toned.append((m.start(), m.end(), "pinyin"))
        elif after_han and len(base) >= 2:
            toneless.append((m.start(), m.end(), "pinyin"))
    # ((speed) every such match closes with a parenthesis and follows a mojibake character: a page with
    # neither has none, and the look-behind is not tried at every position)
    half_open = (")" in text or "）" in text) and _LOST_OPEN.search(text) is not None
    for m in (_HALF_OPEN.finditer(text) if half_open else ()):
        parsed = _parse(m.group(1))
        if parsed is not None and parsed[1]:
            toned.append((m.start(), m.end(), "pinyin"))
    if len(toned) >= MIN_TONED_FOR_TONELESS:
        toned.extend(toneless)
    return sorted(toned)


def strip_pinyin(mt: MappedText) -> tuple[MappedText, list[Span]]:
    """``mt`` without pinyin annotations, and what was removed (current coordinates)."""
    spans = find_pinyin(mt.text)
    return mt.delete_spans(spans), spans
