"""What the extractor reads in a span a person selected: the prefill of the review page's "add" form.

Why run the extractor on a span, not on the whole page again: the person
selects words because extraction read no event there, so a full re-run
gives nothing new.  Here everything outside the selection is blanked
(same length, newlines kept, so offsets stay the document's), except the
page's head — its headline and dateline up to the first sentence, which
tell the extractor the publishing place (我市) and the date anchor.  Of what comes back, the
events whose evidence overlaps the selection are offered, the closest
first; the evidence offered is always the selected words themselves, a
verbatim span of the document, as the review service requires.

Read-only use of ``cityaid.pipeline.extract_document``: nothing is stored.
"""
from __future__ import annotations

import re
from dataclasses import replace

from cityaid.model import Document
from cityaid.office.errors import E_

HEAD_LINES = 4  # at most, like the pipeline's own head: headline, source line, dateline
MAX_SPAN = 2000
SENTENCE_END = re.compile(r"[。！？；]|[.!?;][\"'”’)]?$|[.!?] ")


def _head_end(text: str) -> int:
    """Where the page's head ends: its first lines up to the first sentence (a line ending like one)."""
    keep_to, seen = 0, 0
    for i, line in enumerate(text.split("\n")):
        bare = line.strip()
        if bare and (SENTENCE_END.search(bare) or seen >= HEAD_LINES or keep_to + len(line) > 400):
            break  # the body begins: its sentences could be read with the selection and merged into it
        keep_to += len(line) + 1
        seen += bool(bare)
        if i > 40:
            break
    return min(keep_to, len(text))


def _blank_outside(text: str, start: int, end: int) -> str:
    keep_to = min(_head_end(text), start)
    chars = list(text)
    for i in range(len(chars)):
        if (i >= keep_to and i < start or i >= end) and chars[i] != "\n":
            chars[i] = " "
    return "".join(chars)


def check_span(text: str, start: int, end: int) -> None:
    """``ValueError`` (a sentence) unless ``[start, end)`` is a non-empty span of ``text`` of a sane length."""
    if not (0 <= start < end <= len(text)):
        raise ValueError(E_("selection %(start)s-%(end)s is not inside the document (0-%(n)s)",
                            start=start, end=end, n=len(text)))
    if end - start > MAX_SPAN:
        raise ValueError(E_("selection: at most %(n)s characters", n=MAX_SPAN))
    if not text[start:end].strip():
        raise ValueError(E_("selection: select some words of the document"))


def read_span(doc: Document, start: int, end: int) -> dict:
    """``{"evidence", "evidence_span", "events": [spec event, ...]}`` read from ``doc.text[start:end]``."""
    from cityaid.pipeline import extract_document

    check_span(doc.text, start, end)
    blanked = replace(doc, text=_blank_outside(doc.text, start, end))
    try:
        events = extract_document(blanked).events
    except Exception:  # noqa: BLE001 - a rule tripping on a fragment: offer the words alone
        events = []

    def overlap(ev) -> int:  # noqa: ANN001
        s, e = ev.evidence_span or (0, 0)
        return min(e, end) - max(s, start)

    found = sorted((ev for ev in events if overlap(ev) > 0), key=lambda ev: -overlap(ev))
    out = []
    for ev in found:
        spec = ev.to_spec()
        spec["evidence"], spec["evidence_span"] = doc.text[start:end], [start, end]
        out.append(spec)
    return {"evidence": doc.text[start:end], "evidence_span": [start, end], "events": out}
