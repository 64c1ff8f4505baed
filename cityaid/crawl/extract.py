"""One WARC file through the pipeline, as values and as plain rows.

``extract_warc`` is ``cityaid.pipeline.iter_extracted`` for one archive with
a progress callback by bytes (the CLI's bar).  ``warc_rows`` is what one
Spark task runs for one file: the same documents through the same
``extract_document``, returned as plain tuples (``ROW_FIELDS``) that need no
cityaid class to cross into the JVM: one ``doc`` row per document with its
events as spec JSON, one ``error`` row per problem.  The single-process path
and the Spark job therefore differ only in who iterates the files.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

from cityaid.pipeline import ExtractError, Extracted, extract_document, spec_events
from cityaid.read import ReadError
from cityaid.read.warc import iter_warc

#: Fields of a row of ``warc_rows``, in order.
ROW_FIELDS = ("kind", "message", "doc", "record_id", "warc", "offset", "url", "source", "title", "published",
              "encoding", "format", "content_hash", "text", "events")
#: Fields of each event of a row: the spec's main fields as columns, and the whole spec event as JSON.
EVENT_FIELDS = ("type", "date", "date_qualifier", "from_keys", "to_keys", "evidence", "spec")


def extract_warc(path: str | Path, on_progress: Callable[[int], None] | None = None,
                 prefilter: bool = True) -> Iterator[Extracted | ReadError | ExtractError]:
    """Each report of the archive extracted, or the problem as a value (as ``iter_extracted``)."""
    for item in iter_warc(path, on_progress=on_progress, prefilter=prefilter):
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            yield extract_document(item)
        except Exception as e:  # noqa: BLE001 - one page's rule failure is that page's
            yield ExtractError(item.doc_id, f"extraction failed: {type(e).__name__}: {e}")


def row_of(item: Extracted | ReadError | ExtractError, keep_text: bool = False) -> tuple:
    """A plain tuple (``ROW_FIELDS``) for a result; ``keep_text`` keeps the document text (to load a ledger)."""
    if not isinstance(item, Extracted):
        return ("error", str(item)) + (None,) * (len(ROW_FIELDS) - 2)
    d = item.document
    events = [event_tuple(spec) for spec in spec_events(item)]  # (spans in the original page, as extract writes)
    return ("doc", None, d.doc_id, getattr(d, "record_id", None), getattr(d, "warc", None) or d.path,
            getattr(d, "offset", None), d.url, d.source, d.title, d.published, d.encoding, d.format,
            d.content_hash, d.text if keep_text else None, events)


def event_tuple(spec: dict) -> tuple:
    """``EVENT_FIELDS`` of one spec event."""
    date = spec.get("date") or {}
    keys = lambda side: [a.get("key") or "?/" + str(a.get("name") or "") for a in spec.get(side) or []]  # noqa: E731
    return (spec["type"], date.get("value"), date.get("qualifier"), keys("from"), keys("to"),
            spec.get("evidence", ""), json.dumps(spec, ensure_ascii=False, sort_keys=True))


def warc_rows(path: str, keep_text: bool = False, prefilter: bool = True) -> Iterator[tuple]:
    """Rows of every result of one WARC file (what a Spark task yields)."""
    for item in extract_warc(path, prefilter=prefilter):
        yield row_of(item, keep_text)
