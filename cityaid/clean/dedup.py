"""Repeated text: a page that prints its headline after every paragraph, or
its whole body twice.

The first occurrence is kept, later ones are dropped: first whole lines
whose letters, digits and Han characters equal an earlier line's (so
"A B" and "A,B" are one headline), then sentences of twelve or more such
characters already seen in an earlier kept line (a repeated paragraph that
was wrapped differently).  One pass with a set each: linear in the text.
"""
from __future__ import annotations

import re

from cityaid.clean.lines import content_key, split_lines
from cityaid.clean.offsets import MappedText, Span

#: Shorter lines ("-", "评论") are left to the furniture rules.
MIN_LINE_CHARS = 4
#: Shorter sentences ("他说。") may legitimately repeat.
MIN_SENTENCE_CHARS = 12
_SENTENCE = re.compile(r"[^。!?!?;;\n]+(?:[。!?!?;;]+[”’」』\"')]*)?")


def find_repeats(text: str) -> list[Span]:
    """``(start, end, "repeat")`` spans of repeated lines and sentences of ``text``."""
    seen_lines: set[str] = set()
    seen_sentences: set[str] = set()
    spans: list[Span] = []
    previous_dropped = False
    for line in split_lines(text):
        key = line.content
        if previous_dropped and not line.text:
            spans.append((line.start, line.end, "repeat"))  # its blank separator
            continue
        previous_dropped = False
        if len(key) < MIN_LINE_CHARS:
            continue
        if key in seen_lines:
            spans.append((line.start, line.end, "repeat"))
            previous_dropped = True
            continue
        seen_lines.add(key)
        body = text[line.start:line.end]
        new_sentences: list[str] = []
        whole = len(body) - (body[-1:] == "\n")
        for m in _SENTENCE.finditer(body):
            # a line that is one sentence (the common case) has the line's own key
            skey = key if m.start() == 0 and m.end() == whole else content_key(m.group())
            if len(skey) < MIN_SENTENCE_CHARS:
                continue
            if skey in seen_sentences:
                spans.append((line.start + m.start(), line.start + m.end(), "repeat"))
            else:
                new_sentences.append(skey)
        seen_sentences.update(new_sentences)
    return _merge_adjacent(spans)


def _merge_adjacent(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if out and out[-1][1] == span[0]:
            out[-1] = (out[-1][0], span[1], span[2])
        else:
            out.append(span)
    return out


def drop_repeats(mt: MappedText) -> tuple[MappedText, list[Span]]:
    """``mt`` without repeated lines/sentences, and the removed spans (current coordinates)."""
    spans = find_repeats(mt.text)
    return mt.delete_spans(spans), spans
