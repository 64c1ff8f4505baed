"""Bytes -> text for Chinese news reports of unknown encoding.

Reports arrive as UTF-8 (with or without BOM), GB18030/GBK or Big5, now and
then UTF-16.  Strict UTF-8 is tried first because it almost never decodes
non-UTF-8 Chinese by accident.  GBK and Big5 byte ranges overlap, so a short
text often decodes under both; charset-normalizer alone picks badly there
(two characters of GBK "口罩" come out as Big5 "諳欶").  The tie is broken
by how many Han characters fall into each encoding's *frequent-character*
block (GB2312 level 1, Big5 A440-C67E): a right decoding lands almost all of
its characters there, a wrong one scatters them over rare characters.
Where that score ties, a text under 64 bytes is read as GB18030 (the
mainland prior of this corpus; random two-to-five-character Big5 strings are
then misread about 2% of the time, GB ones never), and a longer one is left
to charset-normalizer.
"""
from __future__ import annotations

import codecs
import os
import re
import unicodedata
from pathlib import Path

import charset_normalizer

from cityaid.read.errors import ReadError

#: Largest report read, in bytes (decimal megabytes, as the message prints).
MAX_BYTES = 20_000_000

_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04",
    b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"\xd0\xcf\x11\xe0", b"MZ",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32"), (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16"), (codecs.BOM_UTF16_BE, "utf_16"),
)
_UNDECODABLE = "cannot decode as UTF-8, GB18030 or Big5"
_BINARY = "binary file, not a text report"
#: Score gap (share of frequent Han characters) that decides GBK vs Big5
#: without asking charset-normalizer.
_DECISIVE_GAP = 0.15
#: Below this many bytes a tie goes to GB18030 without asking charset-normalizer.
_SHORT_BYTES = 64
#: A strict UTF-8 text with no character above U+07FF is taken as GB/Big5
#: when that decoding puts at least this share of Han characters in the
#: frequent block.
_CHINESE_OVER_UTF8 = 0.9
# "café" read as GBK is "caf茅": Han glued to Latin letters means Latin text.
_HAN_INSIDE_LATIN = re.compile(r"[A-Za-z][\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z]")
#: At most this share of bytes may be replaced in a last-resort lossy decode
#: (a scraped page with one broken byte is still a report).
_LOSSY_SHARE = 0.001


def read_bytes(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The raw bytes of ``path``; refuses files over ``max_bytes`` before reading them."""
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise ReadError(path, _too_large(size, max_bytes))
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise ReadError(path, exc.strerror or exc.__class__.__name__) from exc
    if len(raw) > max_bytes:
        raise ReadError(path, _too_large(len(raw), max_bytes))
    return raw


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({size / 1e6:.1f} MB > {limit / 1e6:g} MB limit)"


def decode_bytes(raw: bytes, name: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode a report; returns ``(text, encoding)``.

    Raises ``ReadError(name, ...)`` for an empty, binary or undecodable input.
    """
    if not raw.strip():
        raise ReadError(name, "empty file")
    if raw.startswith(_BINARY_MAGIC):
        raise ReadError(name, _BINARY)
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = _strict(raw, codec)
            if text is None:
                raise ReadError(name, _UNDECODABLE)
            return _checked(text, codec.replace("_sig", ""), name)
    if b"\x00" in raw:
        # Text without a BOM has no NUL bytes unless it is UTF-16.
        codec = _bomless_utf16(raw)
        text = _strict(raw, codec) if codec else None
        if text is not None and looks_like_text(text):
            return text, codec
        raise ReadError(name, _BINARY)
    text = _strict(raw, "utf_8")
    if text is not None:
        if not text.isascii() and max(text) < "\u0800":
            # Only two-byte sequences: short GBK/Big5 Chinese can pass as
            # UTF-8 Cyrillic or Latin ("一" GBK D2 BB is UTF-8 "һ").
            chinese, codec = _decode_chinese(raw, lossy=False)
            family = "gb" if codec == "gb18030" else "big5"
            if (chinese is not None and frequent_han_share(chinese, family) >= _CHINESE_OVER_UTF8
                    and not _HAN_INSIDE_LATIN.search(chinese)):
                return _checked(chinese, codec, name)
        return _checked(text, "utf_8", name)
    text, codec = _decode_chinese(raw)
    if text is None:
        raise ReadError(name, _UNDECODABLE)
    return _checked(text, codec, name)


def _bomless_utf16(raw: bytes) -> str | None:
    """``utf_16_le``/``_be`` when the NUL bytes sit where ASCII code units put them.

    UTF-16 text always has some ASCII (spaces, newlines, digits), whose high
    byte is NUL, all at odd (LE) or all at even (BE) offsets.  A binary with
    a stray NUL has neither pattern.
    """
    sample = raw[:65536]
    if len(sample) % 2:
        sample = sample[:-1]
    units = len(sample) // 2
    if not units:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 0.1 * units and even <= 0.02 * units:
        return "utf_16_le"
    if even >= 0.1 * units and odd <= 0.02 * units:
        return "utf_16_be"
    return None


def _strict(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _checked(text: str, codec: str, name) -> tuple[str, str]:
    if not text.strip():
        raise ReadError(name, "empty file")
    if not looks_like_text(text):
        raise ReadError(name, _BINARY)
    return text, codec


def _decode_chinese(raw: bytes, lossy: bool = True) -> tuple[str | None, str]:
    """GB18030 vs Big5 (cp950 as Big5's superset); lossy only as a last resort."""
    gb = _strict(raw, "gb18030")
    big5_codec = "big5"
    big5 = _strict(raw, "big5")
    if big5 is None:
        big5_codec, big5 = "cp950", _strict(raw, "cp950")
    if gb is not None and big5 is None:
        return gb, "gb18030"
    if big5 is not None and gb is None:
        return big5, big5_codec
    if gb is not None and big5 is not None:
        gb_score, big5_score = frequent_han_share(gb, "gb"), frequent_han_share(big5, "big5")
        if abs(gb_score - big5_score) >= _DECISIVE_GAP:
            return (gb, "gb18030") if gb_score > big5_score else (big5, big5_codec)
        if len(raw) < _SHORT_BYTES:
            # Too short for statistics; mainland sites (GB) are the prior.
            return gb, "gb18030"
        best = charset_normalizer.from_bytes(raw, cp_isolation=["gb18030", big5_codec]).best()
        if best is not None and best.encoding in ("big5", "cp950"):
            return big5, big5_codec
        return gb, "gb18030"
    best = charset_normalizer.from_bytes(
        raw, cp_isolation=["utf_8", "gb18030", "big5", "utf_16"]
    ).best()
    if best is not None:
        return str(best), best.encoding
    return _lossy(raw) if lossy else (None, "")


def _lossy(raw: bytes) -> tuple[str | None, str]:
    best: tuple[int, str, str] | None = None
    for codec in ("utf_8", "gb18030"):
        text = raw.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if best is None or bad < best[0]:
            best = (bad, text, codec)
    bad, text, codec = best
    if bad <= max(1, int(len(raw) * _LOSSY_SHARE)):
        return text, f"{codec}+replace"
    return None, ""


def frequent_han_share(text: str, family: str, sample: int = 4000) -> float:
    """Share of the non-ASCII letters of ``text`` that are frequent Han characters of ``family``.

    ``family`` is ``"gb"`` (GB2312 level 1, lead bytes B0-D7, the 3,755 most
    used simplified characters) or ``"big5"`` (A440-C67E, the 5,401 most used
    traditional characters).  Kana, Cyrillic or symbols that a wrong
    decoding produces count against it; punctuation counts neither way.
    0.0 when the text has no non-ASCII letter.
    """
    hits = total = 0
    for ch in text:
        if ch.isascii() or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" \
                or "\u2000" <= ch <= "\u206f":
            continue
        total += 1
        if total > sample:
            total = sample
            break
        if not "\u4e00" <= ch <= "\u9fff":
            continue
        try:
            b = ch.encode("gb2312" if family == "gb" else "big5")
        except UnicodeEncodeError:
            continue
        if family == "gb":
            hits += 0xB0 <= b[0] <= 0xD7
        else:
            hits += 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E
    return hits / total if total else 0.0


_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")


def looks_like_text(text: str, sample: int = 20000) -> bool:
    """False for decoded binary: many control, private-use or unassigned characters.

    Random bytes decoded as UTF-16 or GB18030 give control, private-use and
    unassigned code points; real reports are ASCII, Han, CJK punctuation,
    Latin, Cyrillic, kana and Hangul.
    """
    chunk = text[:sample]
    if not chunk:
        return False
    bad = common = 0
    for ch in chunk:
        o = ord(ch)
        if o < 0x80:
            if o < 0x20 and ch not in _TEXT_CONTROLS or o == 0x7F:
                bad += 1
            else:
                common += 1
            continue
        if o <= 0x9F:  # C1 controls
            bad += 1
            continue
        if (0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF
                or 0x2000 <= o <= 0x206F or 0xA0 <= o <= 0x24F or 0x3400 <= o <= 0x4DBF
                or 0x370 <= o <= 0x52F or 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7AF):
            common += 1
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cs", "Cn"):
            bad += 1
    n = len(chunk)
    return bad <= 0.02 * n and common >= 0.5 * n


_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """True for a text that opens with ``<!DOCTYPE html`` or ``<html``."""
    return bool(_HTML_START.match(text[:2000].lstrip("\ufeff")))
