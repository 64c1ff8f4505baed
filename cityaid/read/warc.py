"""Web archives (``.warc``, ``.warc.gz``): each HTML response record -> a ``Document``.

A crawl file is gigabytes of records, most of them not reports, so the file
is streamed (warcio: one record in memory at a time, compressed offsets for
each) and each record goes through cheap checks before any extraction:
response records only, HTTP status 200, an HTML or text content type, no
larger than ``MAX_BYTES``; then the payload is decoded with its charset
(HTTP header, else the page's ``<meta charset>``, else cityaid's own
detector), turned into text (``html_fast``: resiliparse, trafilatura where
the fast text is poor) and kept only if it could tell an aid event
(``prefilter``).  Records skipped by those checks are not errors.

Errors are one ``ReadError`` each, named ``<file>@<offset>`` (the record's
offset in the file as stored, compressed for ``.gz``: where ``warcio
extract`` or an index would look), and reading goes on with the next record:
a record whose HTTP header is broken, whose charset is unknown or whose
bytes do not decode.  A truncated file (a record shorter than its
``Content-Length``, a cut header or gzip member) is one error at the offset
of the cut record, and the end of that file.

Why warcio and not fastwarc: fastwarc (much faster at parsing) reads a
truncated record or a garbled HTTP header without a word; warcio's record
lengths let every cut be caught, and parsing is a small share of a page's
cost next to extraction (``benchmarks/warc_scale.py``).

``doc_id`` is the record's target URL (gold files match on it);
``record_id`` (the ``WARC-Record-ID``), ``warc`` and ``offset`` say which
capture it was; ``source`` is the URL's host, the publisher the merge counts
independent sources by.  ``raw`` is an HTML record's payload as decoded:
the page as served is the report's original document (not the archive
file, compressed and shared with other records, nor the WARC/HTTP headers),
so the exchange format's evidence spans count in it; ``offset`` finds the
record.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from cityaid.model import Document
from cityaid.read.decode import MAX_BYTES, decode_bytes, looks_like_html, looks_like_text
from cityaid.read.errors import ReadError

WARC_SUFFIXES = (".warc", ".warc.gz")
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_STATUS = re.compile(rb"^HTTP/\d(?:\.\d)? (\d{3})(?: .*)?$")
_HEADER = re.compile(rb"^[!#$%&'*+.^_`|~0-9A-Za-z-]+:")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_CHUNK = 1 << 20


@dataclass
class WarcDocument(Document):
    """A ``Document`` read from a WARC record: where it was captured, besides what it says."""

    record_id: str = ""
    warc: str = ""
    offset: int = 0


def is_warc_name(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


class _Skip(Exception):
    """A record that is fine but not a report (redirect, image, unrelated page)."""


def iter_warc(path: str | Path, *, on_progress: Callable[[int], None] | None = None,
              prefilter: bool = True, max_bytes: int = MAX_BYTES,
              stats: dict | None = None) -> Iterator[WarcDocument | ReadError]:
    """Each report of the archive at ``path`` as a ``WarcDocument``, each problem as a ``ReadError``.

    ``on_progress(bytes)`` is called after each record with the bytes of the
    file read so far (compressed, as the file is stored).  ``prefilter=False``
    keeps every HTML page, report-like or not.  ``stats``, when given,
    counts records by what became of them (``document``, ``skipped``,
    ``filtered``, ``error``, and ``resiliparse``/``trafilatura`` per
    extractor).
    """
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    name = str(path)
    stats = stats if stats is not None else {}

    def count(key: str) -> None:
        stats[key] = stats.get(key, 0) + 1

    try:
        size = os.path.getsize(path)
        fh = open(path, "rb")
    except OSError as exc:
        yield ReadError(path, exc.strerror or exc.__class__.__name__)
        return
    with fh:
        it = _quiet_iterator()(fh, no_record_parse=True, check_digests=False)
        offset = 0
        seen = 0
        try:
            for rec in it:
                if it.err_count:  # the previous record's Content-Length did not end at a record boundary
                    yield ReadError(f"{name}@{offset}", "WARC record longer than its Content-Length "
                                    "(broken framing; the rest of the file is not read)")
                    count("error")
                    return
                headers = rec.rec_headers
                length = headers.get_header("Content-Length")
                rtype = headers.get_header("WARC-Type")
                wanted = rtype in ("response", "resource") and _content_wanted(rec, rtype)
                try:
                    body, got = _read_block(rec.raw_stream, max_bytes if wanted else 0)
                except (OSError, EOFError, zlib.error) as exc:
                    offset = it.get_record_offset()
                    yield ReadError(f"{name}@{offset}", f"truncated or corrupt WARC record ({exc})")
                    count("error")
                    return
                offset = it.get_record_offset()
                seen += 1
                if not (length and length.isdigit() and rtype and headers.get_header("WARC-Record-ID")):
                    yield ReadError(f"{name}@{offset}", "broken or truncated WARC record header "
                                    "(no WARC-Type, WARC-Record-ID or Content-Length)")
                    count("error")
                    return
                if got < int(length):
                    yield ReadError(f"{name}@{offset}", f"truncated WARC record ({got} of {length} bytes)")
                    count("error")
                    return
                if wanted:
                    if got > max_bytes:
                        yield ReadError(f"{name}@{offset}", f"record too large ({got / 1e6:.1f} MB > "
                                        f"{max_bytes / 1e6:g} MB limit)")
                        count("error")
                    else:
                        try:
                            doc = _document(body, rtype, headers, name, offset, prefilter, stats)
                            count("document")
                            yield doc
                        except _Skip as why:
                            count(str(why))
                        except ReadError as err:
                            count("error")
                            yield err
                        except Exception as exc:  # noqa: BLE001 - a library bug must not end a crawl
                            count("error")
                            yield ReadError(f"{name}@{offset}", f"unexpected {type(exc).__name__}: {exc}")
                else:
                    count("skipped")
                if on_progress is not None:
                    on_progress(offset)
            it.read_to_end()
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
            where = it.get_record_offset() if seen else offset
            yield ReadError(f"{name}@{where}", f"not a readable WARC record ({' '.join(str(exc).split())[:160]})")
            count("error")
            return
        end = (it.get_record_offset() + (it.get_record_length() or 0)) if seen else 0
        if seen == 0:
            yield ReadError(path, "no WARC records (empty or truncated file)")
            count("error")
        elif end < size:
            fh.seek(end)
            rest = fh.read(64)
            if rest.strip(b"\r\n"):
                yield ReadError(f"{name}@{end}", "truncated WARC record (cut before its end)")
                count("error")
        if on_progress is not None:
            on_progress(size)


@lru_cache(maxsize=1)
def _quiet_iterator():
    """warcio's iterator, minus its warning on stderr (the reader reports the problem as a ReadError)."""
    from warcio.archiveiterator import ArchiveIterator

    class QuietIterator(ArchiveIterator):
        INC_RECORD = ""

    return QuietIterator


def _content_wanted(rec, rtype: str) -> bool:
    """A response/resource record whose WARC content type can hold a page."""
    ctype = (rec.rec_headers.get_header("Content-Type") or "").lower()
    if rtype == "response":
        return "application/http" in ctype or not ctype
    return ctype.startswith(_TEXT_TYPES)


def _read_block(stream, limit: int) -> tuple[bytes, int]:
    """The record block (at most ``limit`` + 1 bytes kept) and its full length; memory stays bounded."""
    kept = []
    kept_len = total = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        total += len(chunk)
        if kept_len <= limit:
            kept.append(chunk)
            kept_len += len(chunk)
    return b"".join(kept), total


def _document(block: bytes, rtype: str, headers, name: str, offset: int, prefilter: bool,
              stats: dict) -> WarcDocument:
    url = headers.get_header("WARC-Target-URI") or ""
    where = f"{name}@{offset}"
    if rtype == "response":
        status, http, payload = _split_http(block, where, url)
        if status != 200:
            raise _Skip("skipped")
        ctype = http.get("content-type", "")
        if ctype and not ctype.lower().startswith(_TEXT_TYPES):
            raise _Skip("skipped")
        payload = _unwrap(payload, http, where, url)
    else:
        ctype = headers.get_header("Content-Type") or ""
        payload = block
    if not payload.strip():
        raise _Skip("skipped")
    text, encoding = _decode(payload, ctype, where, url)
    from cityaid.read.html_fast import page_text

    from cityaid.read.prefilter import could_report

    keep = could_report if prefilter else None
    is_html = "html" in ctype.lower() or looks_like_html(text)
    if is_html:
        page = page_text(text, f"{where} {url}", keep=keep)
        if page is None:
            raise _Skip("filtered")
        body, title, published, fmt = page.text, page.title, page.published, "html"
    else:
        body, title, published, fmt = text.lstrip("\ufeff"), None, None, "txt"
    if keep is not None and not keep(body):  # the main text lost the words the whole page had
        raise _Skip("filtered")
    if is_html:
        stats[page.extractor] = stats.get(page.extractor, 0) + 1
    host = (urlsplit(url).hostname or "") if url else ""
    record_id = headers.get_header("WARC-Record-ID") or ""
    return WarcDocument(doc_id=url or f"{Path(name).name}@{offset}", text=body,
                        content_hash=hashlib.sha256(payload).hexdigest(), path=where, format=fmt, title=title,
                        published=published, source=host or None, url=url or None, encoding=encoding,
                        record_id=record_id, warc=name, offset=offset, raw=text if is_html else None)


def _split_http(block: bytes, where: str, url: str) -> tuple[int, dict[str, str], bytes]:
    """Status, headers (lower-case names, last wins) and payload; ``ReadError`` for a broken head."""
    cut = block.find(b"\r\n\r\n")
    sep = 4
    if cut < 0:
        cut, sep = block.find(b"\n\n"), 2
    if cut < 0:
        raise ReadError(where, f"broken HTTP header (no end of header) in record for {url}")
    lines = block[:cut].replace(b"\r\n", b"\n").split(b"\n")
    m = _STATUS.match(lines[0])
    if not m:
        raise ReadError(where, f"broken HTTP header (bad status line {lines[0][:40]!r}) in record for {url}")
    http: dict[str, str] = {}
    last = None
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t") and last is not None:  # obsolete line folding
            http[last] += " " + line.strip().decode("latin-1")
            continue
        if not _HEADER.match(line):
            raise ReadError(where, f"broken HTTP header (line {line[:40]!r}) in record for {url}")
        k, _, v = line.partition(b":")
        last = k.decode("ascii").strip().lower()
        http[last] = v.strip().decode("latin-1")
    return int(m.group(1)), http, block[cut + sep:]


def _unwrap(payload: bytes, http: dict[str, str], where: str, url: str) -> bytes:
    """Undo chunked transfer and gzip/deflate content encoding, as crawlers sometimes keep them."""
    if "chunked" in http.get("transfer-encoding", "").lower():
        payload = _dechunk(payload, where, url)
    enc = http.get("content-encoding", "").lower().strip()
    if enc in ("gzip", "x-gzip", "deflate"):
        try:
            wbits = 47 if enc != "deflate" else 15
            payload = zlib.decompress(payload, wbits)
        except zlib.error:
            if enc != "deflate":
                raise ReadError(where, f"payload says {enc} but does not decompress, in record for {url}") from None
            try:
                payload = zlib.decompress(payload, -15)
            except zlib.error:
                raise ReadError(where, f"payload says deflate but does not decompress, in record for {url}") from None
    elif enc not in ("", "identity"):
        raise ReadError(where, f"unsupported content encoding {enc!r} in record for {url}")
    return payload


def _dechunk(data: bytes, where: str, url: str) -> bytes:
    out, pos = [], 0
    while True:
        nl = data.find(b"\r\n", pos)
        if nl < 0:
            break
        try:
            n = int(data[pos:nl].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            if not out:  # not chunked after all: crawlers often store the de-chunked payload
                return data
            raise ReadError(where, f"broken chunked payload in record for {url}") from None
        if n == 0:
            break
        out.append(data[nl + 2:nl + 2 + n])
        pos = nl + 2 + n + 2
    return b"".join(out)


def _charset(ctype: str) -> str | None:
    for part in ctype.split(";")[1:]:
        k, _, v = part.partition("=")
        if k.strip().lower() == "charset":
            return v.strip().strip("\"'") or None
    return None


def _codec(label: str, where: str, url: str) -> str:
    """Python codec of a charset label (WHATWG mapping; GBK and GB2312 read as their superset GB18030)."""
    from resiliparse.parse.encoding import map_encoding_to_html5

    name = map_encoding_to_html5(label.strip().lower(), fallback_utf8=False)
    if name is None:
        try:
            name = codecs.lookup(label).name
        except LookupError:
            raise ReadError(where, f"unknown charset {label!r} in record for {url}") from None
    return "gb18030" if name in ("gbk", "gb2312") else name


def _decode(payload: bytes, ctype: str, where: str, url: str) -> tuple[str, str]:
    label = _charset(ctype)
    if label is None:
        m = _META_CHARSET.search(payload[:4096])
        label = m.group(1).decode("ascii") if m else None
    if label is not None:
        codec = _codec(label, where, url)
        try:
            text = payload.decode(codec)
            if looks_like_text(text):
                return text.lstrip("\ufeff"), codec
        except UnicodeDecodeError:
            pass  # a label that lies: let the detector read the bytes
    try:
        return decode_bytes(payload, where)
    except ReadError as err:
        said = f" (declared {label})" if label else ""
        raise ReadError(where, f"{err.problem}{said} in record for {url}") from None
