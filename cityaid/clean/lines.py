"""Lines of a text with their positions: the unit of page-furniture removal."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NON_CONTENT = re.compile(r"[\W_]+")
_EDGE = " \t\r\u3000\u00a0\ufeff"


@dataclass(frozen=True)
class Line:
    """One line: ``[start, end)`` includes its newline; ``content`` keeps only
    letters, digits and Han characters (lower-cased) for comparisons."""

    index: int
    start: int
    end: int
    text: str  # stripped of surrounding whitespace

    @property
    def content(self) -> str:
        """``content_key`` of the line (computed once: the furniture rules ask for it often)."""
        cache = self.__dict__
        if "_content" not in cache:
            cache["_content"] = content_key(self.text)
        return cache["_content"]


def content_key(s: str) -> str:
    """Letters, digits and Han characters of ``s``, lower-cased."""
    return _NON_CONTENT.sub("", s).lower()


def split_lines(text: str) -> list[Line]:
    """All lines of ``text`` (an empty last line after a final newline is omitted).

    The furniture and the repeat rules split the same page (when no furniture was
    dropped, the same text): the lines, with their content keys, are made once.
    """
    return list(_split_lines(text))


@lru_cache(maxsize=8)
def _split_lines(text: str) -> tuple[Line, ...]:
    out: list[Line] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl + 1
        out.append(Line(len(out), pos, end, text[pos:end].strip(_EDGE + "\n")))
        pos = end
    return tuple(out)
