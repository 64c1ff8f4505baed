"""Evidence spans in the original document of an HTML page (its source), not in its main text.

The pipeline reads an HTML page into its main text (``Document.text``) and
its events' ``evidence_span`` count in that text, which the ledger and the
web view highlight.  The exchange format's span counts in the *original
document* (the spec: "character offsets of it in the original document"):
for a page that is its HTML source as decoded (``Document.raw``).

``SourceMap`` is the page's visible text (tags, comments, scripts and styles
left out, character references unescaped) without its white space, each
character knowing the raw characters it came from.  The evidence, also
without white space, is looked for there: the main-text extractor
collapsed white space, joined lines a ``<br>`` cut and dropped table pipes,
none of which changes that key.  Where the evidence stands more than once
on the page (a headline in ``<title>`` and ``<h1>``, a sentence repeated in
a navigation or related-news list), the occurrence whose neighbours match
the evidence's neighbours in the main text wins; a tie leaves the span out
(``None``) rather than guess.  Text only in an attribute (a ``<meta
description>``) is not visible text and is never pointed at.

The span covers the evidence's first to last character in the source, so
``raw[start:end] == evidence`` where the page has it verbatim (``exact``);
where the source writes it with character references, inline tags or other
white space the span still covers exactly it (``mapped``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from html import unescape

#: What the main text may drop or collapse: white space (``\\s``: also no-break and ideographic
#: spaces) and invisible characters (zero-width spaces and joiners, BOM, soft hyphen).
_INVISIBLE = "\\s\u200b\u200c\u200d\u2060\ufeff\u00ad"
_KEY_RUN = re.compile(f"[^{_INVISIBLE}]+")
_DROP = re.compile(f"[{_INVISIBLE}]+")
#: Markup that holds no visible text: comments, CDATA, declarations, processing instructions, and
#: elements whose content is code; then any tag (attribute values may hold '>').
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<(script|style|template|noscript)\b(?:\"[^\"]*\"|'[^']*'|[^'\">])*>.*?(?:</\1\s*>|\Z)"
    r"|<[!?/]?[A-Za-z!?](?:\"[^\"]*\"|'[^']*'|[^'\">])*>",
    re.S | re.I)
_CHARREF = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);?")
#: Characters of main-text context on each side compared to tell repeated occurrences apart.
_CONTEXT = 40


def text_key(s: str) -> str:
    """``s`` without white space and invisible characters (what a source position is found by)."""
    return _DROP.sub("", s)


class SourceMap:
    """The visible text of an HTML source, white space removed, with each character's source range."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        parts: list[str] = []
        key_at: list[int] = []  # key offset where each piece starts
        raw_at: list[int] = []  # source offset where each piece starts
        raw_end: list[int] = []  # source end of a character reference piece (-1: a literal run)
        n = 0

        def literal(start: int, end: int) -> None:
            nonlocal n
            for m in _KEY_RUN.finditer(raw, start, end):
                parts.append(m.group())
                key_at.append(n)
                raw_at.append(m.start())
                raw_end.append(-1)
                n += m.end() - m.start()

        def text(start: int, end: int) -> None:
            nonlocal n
            if "&" not in raw[start:end]:
                literal(start, end)
                return
            pos = start
            for m in _CHARREF.finditer(raw, start, end):
                char = unescape(m.group())
                if char == m.group():  # not a reference ("AT&T"): literal text
                    continue
                literal(pos, m.start())
                key = text_key(char)
                if key:
                    parts.append(key)
                    key_at.append(n)
                    raw_at.append(m.start())
                    raw_end.append(m.end())
                    n += len(key)
                pos = m.end()
            literal(pos, end)

        pos = 0
        for m in _MARKUP.finditer(raw):
            text(pos, m.start())
            pos = m.end()
        text(pos, len(raw))
        self.key = "".join(parts)
        self._key_at, self._raw_at, self._raw_end = key_at, raw_at, raw_end

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """Source ``[start, end)`` of key characters ``start .. end - 1`` (``end > start``)."""
        return self._start_of(start), self._end_of(end - 1)

    def _start_of(self, i: int) -> int:
        j = bisect_right(self._key_at, i) - 1
        return self._raw_at[j] + (i - self._key_at[j] if self._raw_end[j] < 0 else 0)

    def _end_of(self, i: int) -> int:
        j = bisect_right(self._key_at, i) - 1
        if self._raw_end[j] >= 0:
            return self._raw_end[j]
        return self._raw_at[j] + (i - self._key_at[j]) + 1

    def locate(self, evidence: str, text: str = "", span: tuple[int, int] | None = None) -> tuple[int, int] | None:
        """Source ``(start, end)`` of ``evidence``, or ``None`` where it is not on the page or stands
        there more than once with nothing to tell which.

        ``text`` and ``span`` (the main text and the evidence's span in it) give the neighbours that
        pick one of several occurrences.
        """
        key = text_key(evidence)
        if not key:
            return None
        found = []
        at = self.key.find(key)
        while at >= 0:
            found.append(at)
            at = self.key.find(key, at + 1)
        if not found:
            return None
        if len(found) > 1:
            at = self._choose(found, len(key), text, span)
            if at is None:
                return None
        else:
            at = found[0]
        return self.source_range(at, at + len(key))

    def _choose(self, found: list[int], size: int, text: str, span: tuple[int, int] | None) -> int | None:
        if not text or span is None:
            return None
        before = text_key(text[max(0, span[0] - 4 * _CONTEXT):span[0]])[-_CONTEXT:]
        after = text_key(text[span[1]:span[1] + 4 * _CONTEXT])[:_CONTEXT]
        scores = [(_common_suffix(self.key[max(0, at - _CONTEXT):at], before)
                   + _common_prefix(self.key[at + size:at + size + _CONTEXT], after), at) for at in found]
        best = max(s for s, _at in scores)
        winners = [at for s, at in scores if s == best]
        return winners[0] if best > 0 and len(winners) == 1 else None


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def source_spans(raw: str, text: str, evidence: list[tuple[str, tuple[int, int] | None]],
                 stats: dict | None = None) -> list[tuple[int, int] | None]:
    """For each ``(evidence, span in text)``, its span in the source ``raw`` (or ``None``).

    ``stats``, when given, counts ``exact`` (the source holds the evidence verbatim there),
    ``mapped`` (found through the unescaped text) and ``missing``.
    """
    smap = SourceMap(raw) if evidence else None
    out = []
    for ev, span in evidence:
        found = smap.locate(ev, text, span) if smap is not None and ev else None
        if stats is not None:
            kind = "missing" if found is None else ("exact" if raw[found[0]:found[1]] == ev else "mapped")
            stats[kind] = stats.get(kind, 0) + 1
        out.append(found)
    return out
