"""Files -> ``Document`` records, streamed, one bad file never stopping the rest."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from cityaid.model import Document
from cityaid.read.decode import MAX_BYTES, decode_bytes, looks_like_html, looks_like_text, read_bytes
from cityaid.read.discover import discover
from cityaid.read.errors import ReadError
from cityaid.read.html_main import extract_html
from cityaid.read.jsonl import iter_jsonl
from cityaid.read.warc import is_warc_name, iter_warc

_HTML_SUFFIXES = (".html", ".htm")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5"}


def read_document(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """A ``.txt``/``.html``/``.htm`` file as a ``Document``; raises ``ReadError``.

    ``doc_id`` is the file name (gold files match on it).  An ``.html`` file
    or a text file that opens like HTML goes through the HTML extractor.
    """
    path = Path(path)
    raw = read_bytes(path, max_bytes)
    is_html_name = path.suffix.lower() in _HTML_SUFFIXES
    text, encoding = _decode_declared(raw) if is_html_name else (None, None)
    if text is None:
        text, encoding = decode_bytes(raw, path)
    common = dict(doc_id=path.name, content_hash=hashlib.sha256(raw).hexdigest(),
                  path=str(path), encoding=encoding)
    if is_html_name or looks_like_html(text):
        main = extract_html(text, str(path))
        return Document(text=main.text, format="html", title=main.title,
                        published=main.published, raw=text, **common)
    return Document(text=text.lstrip("\ufeff"), format="txt", **common)


def _decode_declared(raw: bytes) -> tuple[str | None, str | None]:
    """Use the page's declared ``<meta charset>`` when it decodes strictly."""
    m = _DECLARED_CHARSET.search(raw[:4096])
    if not m:
        return None, None
    codec = m.group(1).decode("ascii").lower()
    codec = _CHARSET_ALIASES.get(codec, codec)
    try:
        text = raw.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None, None
    if not text.strip() or not looks_like_text(text):
        return None, None
    return text.lstrip("\ufeff"), codec.replace("-", "_")


def iter_documents(paths: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> Iterator[Document | ReadError]:
    """Stream every report under ``paths``: a ``Document`` or a ``ReadError`` each.

    Never raises for a bad path, file or JSON line: the error is yielded and
    reading goes on with the rest.  Paths are handled in the order given,
    the files of each in sorted order.
    """
    for raw_path in paths:
        try:
            files = discover([raw_path])
        except ReadError as err:
            yield err
            continue
        for path in files:
            if path.suffix.lower() == ".jsonl":
                yield from iter_jsonl(path, max_bytes)
                continue
            if is_warc_name(path):  # a web archive: one document per report-like HTML record
                yield from iter_warc(path, max_bytes=max_bytes)
                continue
            try:
                yield read_document(path, max_bytes)
            except ReadError as err:
                yield err
            except Exception as exc:  # a library bug must not end a corpus run
                yield ReadError(path, f"unexpected {exc.__class__.__name__}: {exc}")
