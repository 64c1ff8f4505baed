"""An offset-tracking string: each kept character remembers where it came from.

Every clean step is a pure function ``MappedText -> MappedText``; deletions
slice both the text and its offset list, replacements must keep the length.
So ``original[mt.offsets[i]]`` is always the character that ``mt.text[i]``
was made from, and evidence found in cleaned text can be quoted exactly from
the original document.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

#: ``(start, end, reason)``; in current coordinates before a deletion and in
#: original coordinates in ``CleanText.removed``.
Span = tuple[int, int, str]


@dataclass(frozen=True)
class MappedText:
    """``text`` plus, per character, its index in the original string."""

    text: str
    offsets: Sequence[int]

    def __post_init__(self) -> None:
        if len(self.text) != len(self.offsets):
            raise ValueError(f"text has {len(self.text)} characters but {len(self.offsets)} offsets")

    @classmethod
    def identity(cls, text: str) -> "MappedText":
        """The untouched original: offset i for character i."""
        return cls(text, range(len(text)))

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, start: int, end: int) -> "MappedText":
        return MappedText(self.text[start:end], self.offsets[start:end])

    def delete_spans(self, spans: Iterable[tuple[int, int] | Span]) -> "MappedText":
        """Drop the given ``[start, end)`` ranges (any order, may overlap)."""
        merged = merge_spans(spans)
        if not merged:
            return self
        keeps: list[tuple[int, int]] = []
        pos = 0
        for start, end in merged:
            if start > pos:
                keeps.append((pos, start))
            pos = max(pos, end)
        if pos < len(self.text):
            keeps.append((pos, len(self.text)))
        text = "".join(self.text[a:b] for a, b in keeps)
        offsets = list(chain.from_iterable(self.offsets[a:b] for a, b in keeps))
        return MappedText(text, offsets)

    def map_chars(self, fn: Callable[[str], str]) -> "MappedText":
        """Replace characters one for one; ``fn`` must keep the length."""
        new = fn(self.text)
        if len(new) != len(self.text):
            raise ValueError(f"map_chars: length changed from {len(self.text)} to {len(new)}")
        return MappedText(new, self.offsets)

    def to_original(self, spans: Iterable[Span]) -> list[Span]:
        """Current-coordinate spans -> original ``(start, end, reason)`` spans.

        A span covers everything between its first and last kept character in
        the original (earlier deletions inside it are covered too).
        """
        out: list[Span] = []
        n = len(self.offsets)
        for start, end, reason in spans:
            start, end = max(start, 0), min(end, n)
            if end > start:
                out.append((self.offsets[start], self.offsets[end - 1] + 1, reason))
        return out

    def surface(self, original: str) -> str:
        """The kept characters as they stand in ``original``."""
        if not self.offsets:
            return ""
        if isinstance(self.offsets, range) and self.offsets.step == 1:
            return original[self.offsets.start:self.offsets.stop]
        return "".join(map(original.__getitem__, self.offsets))


def merge_spans(spans: Iterable[tuple[int, int] | Span]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` cover of ``spans`` (empty ones dropped)."""
    ordered = sorted((s[0], s[1]) for s in spans if s[1] > s[0])
    merged: list[tuple[int, int]] = []
    for start, end in ordered:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
