"""Placeholders of lost characters between Chinese characters: ``温尼伯? 市`` -> ``温尼伯市``.

A page saved through an encoding that lacks a character (a rare ideograph of a
name, a no-break or zero-width space) shows it as an ASCII question mark,
often followed by a space: ``葡萄牙? 科英布拉市``, ``主席阮文? 明``.  Between two
Han characters such a ``"? "`` is no punctuation of the sentence (a Chinese
question ends with the full-width ``？``) and would cut a place name or a
speaker's name in two, so it is dropped.  Kept: a question mark after a
question particle (``吗? 他说``, a real question typed in ASCII), a
full-width ``？`` (never touched), a ``?`` with no space after it.
"""
from __future__ import annotations

import re

from cityaid.clean.offsets import MappedText, Span

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: sentence-final question particles: an ASCII "? " after one of them ends a real question
_PARTICLES = "吗嗎呢吧么麼嘛"
_LOST = re.compile(rf"(?<=[{_HAN}])(?<![{_PARTICLES}])\? (?=[{_HAN}])")


def find_lost(text: str) -> list[Span]:
    """Spans of lost-character placeholders in ``text`` (reason ``"lost character"``)."""
    if "? " not in text:
        return []
    return [(m.start(), m.end(), "lost character") for m in _LOST.finditer(text)]


def strip_lost(mt: MappedText) -> tuple[MappedText, list[Span]]:
    """``mt`` without lost-character placeholders, and what was removed (current coordinates)."""
    spans = find_lost(mt.text)
    return mt.delete_spans(spans), spans
