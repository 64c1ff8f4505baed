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
from cityaid.extract.sides import tidy_all
from cityaid.extract.events import extract_events
from cityaid.extract.table_rows import table_gifts
from cityaid.extract.posts import post_thanks_en, post_thanks_zh
from cityaid.extract.messages import greetings_by_video, one_meeting, read_sides_en, spoken_messages_en, spoken_messages_zh
from cityaid.extract.undated import fill_missing_dates, stated_dates
from cityaid.extract.details import fill_detail_items
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
    return find_publication_date(clean.text[:1000], doc.url)


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
    """Clean one document and read its events (one per fact).

    Each paragraph goes to the extractor of its language: a Chinese page to
    the Chinese reader (as before), an English page to the English one, and
    a mixed page to both, each seeing only its own paragraphs (the others
    blanked out, so offsets stay those of the whole page).
    """
    from cityaid.clean.language import paragraph_languages
    from cityaid.extract.en_dates import find_dateline_en, release_dateline_en
    from cityaid.extract.en_events import extract_events_en
    from cityaid.resolve.english import publisher_place_en

    clean = clean_document(doc)
    parts = paragraph_languages(clean.text)
    langs = {lang for _s, _e, lang in parts}
    english = [(s, e) for s, e, lang in parts if lang == "en"]
    release = release_dateline_en(clean.text) if "en" in langs else None
    if release is not None:  # (a press release's own dateline dates its "today", even on a page dated later)
        doc.published = release.isoformat()
    if "en" in langs and not doc.published:
        found = find_dateline_en(doc.text, url=doc.url)
        if found is not None:
            doc.published = found.isoformat()
    anchor = _anchor(doc, clean)
    if anchor is not None and not doc.published:
        doc.published = anchor.isoformat()
    title, head = _title_and_head(doc, clean)
    events: list[Event] = []
    if langs != {"en"}:
        zh_clean = clean if not english else _blank(clean, english)
        publisher = publisher_place(title, head, zh_clean.text)
        events += extract_events(zh_clean, doc.text, publisher=publisher, anchor=anchor)
        events += table_gifts(zh_clean, doc.text, publisher, anchor=anchor)
        events += post_thanks_zh(zh_clean, doc.text, publisher)
        events += spoken_messages_zh(zh_clean, doc.text, events, publisher=publisher, anchor=anchor)
    if english:
        publisher_en = publisher_place_en(title, head, clean.text)
        events += read_sides_en(clean, doc.text, extract_events_en(clean, doc.text, publisher=publisher_en, anchor=anchor,
                                                                   ranges=None if langs == {"en"} else english),
                                publisher=publisher_en)
        events += post_thanks_en(clean, doc.text, publisher_en)
        events += spoken_messages_en(clean, doc.text, events, publisher=publisher_en, anchor=anchor,
                                     ranges=None if langs == {"en"} else english)
    events = dedupe(tidy_all(one_meeting(greetings_by_video(events))))
    events = fill_missing_dates(events, clean, stated_dates(clean.text, anchor, english), anchor)
    events = fill_detail_items(events, clean, english)
    return Extracted(doc, clean, events)


def _blank(clean: CleanText, spans: list[tuple[int, int]]) -> CleanText:
    """``clean`` with ``spans`` of its text blanked (same length and offsets)."""
    chars = list(clean.text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return CleanText(text="".join(chars), offsets=clean.offsets, surface=clean.surface, removed=clean.removed)


def spec_events(item: Extracted, stats: dict | None = None) -> list[dict]:
    """The events of ``item`` as exchange-format objects, spans counted in the original document.

    Internally (the ledger, the web view) an event's span counts in
    ``Document.text``; for an HTML page that is its main text, not the page.
    Where the document keeps its original (``Document.raw``: the HTML source),
    each ``evidence_span`` is moved there (``cityaid.read.source_span``) or
    left out when the evidence cannot be told apart there; the evidence text
    itself is unchanged.  ``stats`` counts ``exact``/``mapped``/``missing``.
    """
    specs = [e.to_spec() for e in item.events]
    raw = item.document.raw
    if raw is None or not specs:
        return specs
    from cityaid.read.source_span import source_spans

    wanted = [(s.get("evidence") or "", tuple(s["evidence_span"]) if s.get("evidence_span") else None)
              for s in specs]
    for spec, span in zip(specs, source_spans(raw, item.document.text, wanted, stats)):
        if span is None:
            spec.pop("evidence_span", None)
        else:
            spec["evidence_span"] = [span[0], span[1]]
    return specs


class ExtractError(Exception):
    """A document that was read but whose extraction failed: ``"<doc>: <problem>"`` on one line.

    Extraction is rules over text nobody controls; a rule that trips on one
    page must cost that page only, never the run (the rest of a corpus is
    still read and written, and the caller reports this one).
    """

    def __init__(self, doc: str, problem: str) -> None:
        self.doc = doc
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{doc}: {self.problem}")

    def __str__(self) -> str:
        return f"{self.doc}: {self.problem}"


def iter_extracted(paths: Iterable[str]) -> Iterator[Extracted | ReadError | ExtractError]:
    """Stream documents under ``paths`` through extraction.

    Bad input comes back as ReadError values and a document whose extraction
    raised as an ExtractError value, so one bad file never stops a run.
    """
    for item in iter_documents(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            yield extract_document(item)
        except Exception as e:  # noqa: BLE001 - any rule failure is this document's, not the run's
            yield ExtractError(item.doc_id, f"extraction failed: {type(e).__name__}: {e}")
