"""Length-preserving normalisation for matching: simplified script, half-width forms.

Lexicons and gazetteers are written once, in simplified Chinese with ASCII
digits and punctuation; reports come in traditional script with full-width
``０１２，：（）``.  Both conversions replace characters one for one, so the
offset map stays exact.  OpenCC ``t2s`` keeps the length on real text; where
a phrase rule would change it, the text is converted character by character
instead (each character on its own, kept if its conversion is not one
character).
"""
from __future__ import annotations

import re
from functools import lru_cache

from cityaid.clean.offsets import MappedText

# Full-width ASCII variants U+FF01..U+FF5E -> U+0021..U+007E, ideographic
# space and no-break spaces -> space.  CJK punctuation with no ASCII twin
# (、。「」《》) is kept: sentence splitting relies on it.
_HALF_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALF_WIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x202F: 0x20, 0xFEFF: 0x20})
# the characters as a class: a page holds few of them (its commas, colons), so replacing each
# match is cheaper than ``str.translate``'s look-up of every character of a Chinese page
_WIDE = re.compile("[" + re.escape("".join(map(chr, sorted(_HALF_WIDTH)))) + "]")
_NARROW = {chr(k): chr(v) for k, v in _HALF_WIDTH.items()}


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # C extension; built once per process

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified Chinese with exactly ``len(text)`` characters."""
    if not text:
        return text
    if len(text) <= _SHORT:
        return _to_simplified_short(text)
    return _convert(text)


#: (speed) what counts as a short string: an event's evidence sentence, a name, a title
_SHORT = 600


@lru_cache(maxsize=2048)
def _to_simplified_short(text: str) -> str:
    """:func:`_convert` of a short string, remembered: the message and dating readers convert the same
    evidence sentence once per event and per rule (a pure function of the string; a page's whole text,
    converted once, is not kept)."""
    return _convert(text)


def _convert(text: str) -> str:
    cc = _t2s()
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    chars = []
    for ch in text:
        conv = cc.convert(ch)
        chars.append(conv if len(conv) == 1 else ch)
    return "".join(chars)


def to_half_width(text: str) -> str:
    """Full-width ASCII forms and wide spaces -> ASCII (one for one)."""
    return _WIDE.sub(lambda m: _NARROW[m.group()], text)


# Hong Kong variant forms that OpenCC's t2s leaves as they are (衞生署 is 卫生署)
_VARIANTS = re.compile("[衞]")
_VARIANT_OF = {"衞": "卫"}


def normalize_text(text: str) -> str:
    out = to_half_width(to_simplified(text))
    return _VARIANTS.sub(lambda m: _VARIANT_OF[m.group()], out) if "衞" in out else out


def normalize(mt: MappedText) -> MappedText:
    """``mt`` in simplified script with half-width forms; offsets unchanged."""
    return mt.map_chars(normalize_text)
