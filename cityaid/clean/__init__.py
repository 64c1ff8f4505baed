"""clean step: ``Document.text`` -> ``CleanText`` for matching, with an exact
map back to the original.

Order: pinyin repair (on the original characters, where the tone-marked
syllables are recognisable) -> lost-character placeholders (``? `` between Han
characters, on the original ASCII question marks) -> script and width normalisation (one for one,
so that the furniture and repeat rules need one simplified, half-width
lexicon) -> page furniture -> repeated lines and sentences -> hard-wrapped
English paragraphs joined (a wrapping line break becomes a space).  ``text`` is the
normalised result, ``surface`` the same characters as they stand in the
original, ``offsets`` the map, ``removed`` what was dropped and why.
"""
from __future__ import annotations

from cityaid.clean.boilerplate import drop_boilerplate
from cityaid.clean.dedup import drop_repeats
from cityaid.clean.lost import strip_lost
from cityaid.clean.normalize import normalize
from cityaid.clean.offsets import MappedText, Span
from cityaid.clean.pinyin import strip_pinyin
from cityaid.clean.unwrap import unwrap
from cityaid.model import CleanText, Document

__all__ = ["MappedText", "clean_document", "clean_text"]


def clean_text(text: str) -> CleanText:
    """Clean a raw string (see the module docstring for the steps)."""
    removed: list[Span] = []
    mt = MappedText.identity(text)
    mt, spans = strip_pinyin(mt)
    removed += MappedText.identity(text).to_original(spans)
    new, spans = strip_lost(mt)
    removed += mt.to_original(spans)
    mt = normalize(new)
    for step in (drop_boilerplate, drop_repeats):
        new, spans = step(mt)
        removed += mt.to_original(spans)
        mt = new
    mt = unwrap(mt)
    removed.sort()
    return CleanText(text=mt.text, offsets=list(mt.offsets), surface=mt.surface(text), removed=removed)


def clean_document(doc: Document) -> CleanText:
    """Clean ``doc.text``; offsets point into ``doc.text``."""
    return clean_text(doc.text)
