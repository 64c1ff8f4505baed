"""JSON Lines corpora: one report per line.

A line holds ``text`` or ``html`` and optionally ``id``, ``url``, ``title``,
``published`` and ``source``.  Dumps name these fields in more than one way
(``date``/``pubdate``/``publish_time`` for the day, ``content``/``body`` for
the text, ``headline`` for the title, ``link`` for the address): the first
field of each kind that holds a value is read, so a record's date anchors its
year-less dates whatever the dump called it.  The file is streamed line by
line (a corpus dump can be large), and a bad line becomes a ``ReadError`` for
that line while the rest of the file goes on.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from cityaid.model import Document
from cityaid.read.dates import english_date, iso_date
from cityaid.read.decode import MAX_BYTES
from cityaid.read.errors import ReadError
from cityaid.read.html_main import extract_html

_OPTIONAL_STR = ("url", "title", "published", "source")
#: Other names dumps give each field, in order of preference after the field's own name.
_ALIASES = {
    "text": ("content", "body", "article", "maintext", "main_text"),
    "html": ("raw_html", "page_html"),
    "title": ("headline",),
    "published": ("date", "pubdate", "pub_date", "publish_date", "published_at", "publish_time",
                  "date_published", "datePublished", "time", "datetime"),
    "url": ("link", "source_url"),
}


def _field(record: dict, name: str, where: str) -> str | None:
    """The first non-empty string among ``name`` and its aliases; raises ``ReadError`` for a non-string ``name``."""
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise ReadError(where, f"field '{name}' must be a string")
    if value and value.strip():
        return value
    for alias in _ALIASES.get(name, ()):
        value = record.get(alias)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _published(record: dict, where: str) -> str | None:
    """The record's day: the first date field that reads as a full date (ISO-like, 2021年5月6日, May 6, 2021,
    or a Unix time in seconds or milliseconds, which feeds often write as a bare number)."""
    value = record.get("published")
    if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
        raise ReadError(where, "field 'published' must be a date string or a Unix time")
    for name in ("published", *_ALIASES["published"]):
        value = record.get(name)  # (iso_date reads a number as a Unix time, seconds or milliseconds)
        found = iso_date(value) or (english_date(value.strip()) if isinstance(value, str) else None)
        if found:
            return found
    return None


def iter_jsonl(path: str | Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | ReadError]:
    """Each line of ``path`` as a ``Document``, or a ``ReadError`` naming ``<file>:<line>``.

    Blank lines are skipped.  Raises nothing for a bad line; a file that
    cannot be opened yields one ``ReadError`` for the file.
    """
    path = Path(path)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield ReadError(path, exc.strerror or exc.__class__.__name__)
        return
    with fh:
        seen_any = False
        for lineno, raw in enumerate(fh, 1):
            raw = raw.rstrip(b"\r\n")
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            seen_any = True
            where = f"{path}:{lineno}"
            if len(raw) > max_bytes:
                yield ReadError(where, f"line too large ({len(raw) / 1e6:.1f} MB > {max_bytes / 1e6:g} MB limit)")
                continue
            try:
                yield document_from_json_line(raw, path, lineno)
            except ReadError as err:
                yield err
        if not seen_any:
            yield ReadError(path, "empty file")


def document_from_json_line(raw: bytes, path: str | Path, lineno: int) -> Document:
    """One JSON line -> ``Document``; raises ``ReadError("<file>:<line>", ...)``."""
    path = Path(path)
    where = f"{path}:{lineno}"
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ReadError(where, "line is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ReadError(where, f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise ReadError(where, f"expected a JSON object, got {type(record).__name__}")
    text, html = _field(record, "text", where), _field(record, "html", where)
    title, url = _field(record, "title", where), _field(record, "url", where)
    if record.get("source") is not None and not isinstance(record["source"], str):
        raise ReadError(where, "field 'source' must be a string")
    doc_id = record.get("id")
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, (str, int))):
        raise ReadError(where, "field 'id' must be a string or an integer")
    doc_id = str(doc_id) if doc_id not in (None, "") else f"{path.name}:{lineno}"
    published = _published(record, where)
    source = None
    if text and text.strip():
        fmt = "jsonl"
    elif html and html.strip():
        main = extract_html(html, where)
        text, fmt, source = main.text, "html", html
        title = title or main.title
        published = published or main.published
    else:
        raise ReadError(where, "no 'text' or 'html' field with content")
    return Document(
        doc_id=doc_id,
        text=text,
        content_hash=hashlib.sha256(raw).hexdigest(),
        path=str(path),
        format=fmt,
        title=title,
        published=published,
        source=record.get("source") or None,
        url=url,
        encoding="utf_8",
        raw=source,
    )
