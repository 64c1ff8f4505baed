"""JSON Lines corpora: one report per line.

A line holds ``text`` or ``html`` and optionally ``id``, ``url``, ``title``,
``published`` and ``source``.  The file is streamed line by line (a corpus
dump can be large), and a bad line becomes a ``ReadError`` for that line
while the rest of the file goes on.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from cityaid.model import Document
from cityaid.read.dates import iso_date
from cityaid.read.decode import MAX_BYTES
from cityaid.read.errors import ReadError
from cityaid.read.html_main import extract_html

_OPTIONAL_STR = ("url", "title", "published", "source")


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
    text, html = record.get("text"), record.get("html")
    for key in ("text", "html"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ReadError(where, f"field '{key}' must be a string")
    for key in _OPTIONAL_STR:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ReadError(where, f"field '{key}' must be a string")
    doc_id = record.get("id")
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, (str, int))):
        raise ReadError(where, "field 'id' must be a string or an integer")
    doc_id = str(doc_id) if doc_id not in (None, "") else f"{path.name}:{lineno}"
    title = record.get("title") or None
    published = iso_date(record.get("published"))
    if text and text.strip():
        fmt = "jsonl"
    elif html and html.strip():
        main = extract_html(html, where)
        text, fmt = main.text, "html"
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
        url=record.get("url") or None,
        encoding="utf_8",
    )
