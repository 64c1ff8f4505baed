"""The whole path from a report on disk to its events, as importable functions.

``extract_document`` is pure (a Document in, its cleaned text and events
out); ``iter_extracted`` streams a set of paths through it and hands back read
errors as values, so one bad file never stops a run.  The CLI and the ledger's
ingest both call these.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator

from cityaid.clean import clean_document
from cityaid.extract.dates import find_publication_date
from cityaid.extract.dedupe import dedupe
from cityaid.extract.events import extract_events
from cityaid.model import CleanText, Document, Event
from cityaid.read import ReadError, iter_documents
from cityaid.resolve import publisher_place


@dataclass
class Extracted:
    document: Document
    clean: CleanText
    events: list[Event]


def _anchor(doc: Document, clean: CleanText) -> date | None:
    if doc.published:
        try:
            return date.fromisoformat(doc.published[:10])
        except ValueError:
            pass
    return find_publication_date(clean.text[:1000])


def _title_and_head(doc: Document, clean: CleanText) -> tuple[str | None, str]:
    lines = [ln.strip() for ln in clean.text[:1500].splitlines() if ln.strip()]
    title = doc.title
    if title:
        from cityaid.clean import clean_text

        title = clean_text(title).text
    elif lines:
        title = lines[0]
    return title, "\n".join(lines[:4])


def extract_document(doc: Document) -> Extracted:
    """Clean one document and read its events (one per fact)."""
    clean = clean_document(doc)
    anchor = _anchor(doc, clean)
    if anchor is not None and not doc.published:
        doc.published = anchor.isoformat()
    title, head = _title_and_head(doc, clean)
    publisher = publisher_place(title, head, clean.text)
    events = extract_events(clean, doc.text, publisher=publisher, anchor=anchor)
    return Extracted(doc, clean, dedupe(events))


def iter_extracted(paths: Iterable[str]) -> Iterator[Extracted | ReadError]:
    """Stream documents under ``paths`` through extraction; bad input comes back as ReadError values."""
    for item in iter_documents(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        yield extract_document(item)
