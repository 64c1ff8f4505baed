"""Hard-wrapped English paragraphs read as one line each.

Text copied from a print edition, an e-mail or a text-mode browser breaks
every paragraph at a fixed width ("...donated 5,000 protective suits\\nand
200,000 masks to ..."). The English reader treats a line break as the end
of a sentence (a headline, a byline and a list item end at the line's end),
so a wrapped page falls apart into halves of sentences: the giver in one,
the goods in the next. Here the breaks that only wrap are turned into
spaces, one character for one, so the offset map back to the original stays
exact and the evidence is still the page's own words.

A page counts as wrapped by its shape, never its words: at least three
English lines near the page's widest line (which is no wider than a
terminal's or an e-mail's line) run straight on into the next line without
ending a sentence. Then each break after an English line of at least
:data:`_SHARE` of that width, not ending a sentence, before a line that
goes on in prose, is a space. Chinese lines are left to the Chinese
reader's own wrapped-line test (:func:`cityaid.extract.units.wrapped_breaks`).
"""
from __future__ import annotations

import re

from cityaid.clean.offsets import MappedText

_MAX_WIDTH = 120  # wider lines are paragraphs printed whole, not a wrapped column
_MIN_WIDTH = 40
_SHARE = 0.6  # a wrapping break comes after a line at least this share of the width
# a line that ends a sentence or a heading's colon keeps its break
_ENDS = re.compile(r"[.!?:\"”’]\s*$")
# the next line goes on in prose: a word, a number or an opening quote, not a bullet or a rule
_GOES_ON = re.compile(r"[A-Za-z0-9\"“‘'(£$€]")


def _latin(line: str) -> bool:
    body = line.strip()
    if len(body) < 2:
        return False
    if not body.isascii() and len(body.encode("ascii", "ignore")) < 0.9 * len(body):
        return False  # (speed) too few ASCII characters to be counted: a Chinese line, without the count below
    letters = sum(ch.isascii() and (ch.isalnum() or ch in " ,.;:'\"-()&%$/") for ch in body)
    return letters >= 0.9 * len(body)


def wrap_breaks(text: str) -> list[int]:
    """Positions of the line breaks in ``text`` that only wrap an English paragraph."""
    if "\n" not in text:
        return []
    lines = text.split("\n")
    latin = [_latin(ln) for ln in lines]
    widths = [len(ln.rstrip()) for ln, is_latin in zip(lines, latin) if is_latin]
    if not widths:
        return []
    width = max(widths)
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return []
    out, pos, near = [], 0, 0
    for i, (ln, nxt) in enumerate(zip(lines, lines[1:])):
        end = pos + len(ln)
        body = ln.rstrip()
        if latin[i] and latin[i + 1] and len(body) >= _SHARE * width and not _ENDS.search(body) \
                and _GOES_ON.match(nxt.lstrip()) and nxt[:1].strip():
            out.append(end)
            near += len(body) >= width - 20
        pos = end + 1
    return out if near >= 3 else []


def unwrap(mt: MappedText) -> MappedText:
    """``mt`` with its wrapping line breaks made spaces (same length, same offsets)."""
    breaks = wrap_breaks(mt.text)
    if not breaks:
        return mt
    chars = list(mt.text)
    for at in breaks:
        chars[at] = " "
    return MappedText("".join(chars), mt.offsets)
