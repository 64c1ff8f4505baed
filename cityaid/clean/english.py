"""Page furniture of English news pages, line by line.

The Chinese rules of :mod:`cityaid.clean.boilerplate` look at Han text and
``label:value`` credits; English pages have their own furniture, recognised
here by its *shape* (cue words from ``boilerplate_cues.tsv``, kinds
``en_*``), never by a site:

* ``cookie`` - a line about cookies and consent ("We use cookies ...").
* ``promo`` - newsletter and subscription prompts, app promotion
  ("Subscribe to our newsletter", "Download the app").
* ``byline`` - a short credit line: "By Jane Doe", "By Jane Doe, Staff
  Writer", or a ``|``-separated line holding "By <Name>" (a publication
  line; the anchor date is read from the original text, not from here).
* ``caption`` - photo captions: "[Photo] ...", "Photo: ...", "(Photo: ...)",
  "Photo courtesy of ...", "File photo", "(Cover image: ...)", "(Top photo via ...)".
* ``related`` - a link list introduced by "Related:", "[Related]", "Read more:",
  "See also:" on the same line; and (:func:`english_sidebars`) a sidebar:
  a heading line ("Read also", "More in ...", "Latest stories", "Most
  read") with the headline list under it.
* ``widget`` - share bars and ``|``-separated menus whose parts are short and
  none is a sentence ("Share: Facebook | Twitter", "Most read | Subscribe").
* ``copyright`` - "All rights reserved", "(c) 2020 ...", "Copyright ...".

Only lines that are mostly Latin script are judged here, so a Chinese page is
left to the Chinese rules.  :func:`english_sentence_repeats` drops English
sentences printed twice (a body repeated with different wrapping).
"""
from __future__ import annotations

import re
from functools import lru_cache

from cityaid.clean.language import detect_language
from cityaid.clean.lines import Line, content_key, split_lines
from cityaid.clean.offsets import Span
from cityaid.clean.tables import column
from cityaid.clean.fastre import trie_alternation

_TABLE = "boilerplate_cues.tsv"

#: A furniture line is at most this long (characters); longer is prose.
MAX_FURNITURE = 300
#: A "By Name" byline has at most this many words.
MAX_BYLINE_WORDS = 12
#: English sentences shorter than this (content characters) may repeat.
MIN_REPEAT_CHARS = 40

_BYLINE = re.compile(r"^(?:by|written by|reporting by|story by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*(?:$|,|\||/|and\s)",
                     re.IGNORECASE)
_BYLINE_IN = re.compile(r"(?:^|\|)\s*by\s+[A-Z][\w.'-]*\s+[A-Z]", re.IGNORECASE)
_CAPTION_START = re.compile(r"^[\[(]?\s*(?:(?:cover|top|main|lead|header|featured?|file|inset)\s+)?"
                            r"(?:photo|photos|image|images|picture|caption|video|pictured)\b\s*"
                            r"(?:[\]):|—-]|courtesy|by\b|via\b|credit)", re.IGNORECASE)
_CAPTION_TAIL = re.compile(r"\((?:photo|image|picture|file photo)\b[^)]*\)\s*$|\(photo courtesy[^)]*\)\s*$|"
                           r"photo courtesy of\b", re.IGNORECASE)
_RELATED_START = re.compile(r"^[\[(]?\s*(?:related(?: stories| articles| news| coverage| content| story| article)?|read more|"
                            r"see also|more stories|also read|recommended|you may also like|more on this)\s*[\]):|>»-]",
                            re.IGNORECASE)
_SENT_END = re.compile(r"[.!?][\"')\]]*$")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"')\]]*)?")
_BAR_SPLIT = re.compile(r"\s*[|•·]\s*")
_COPYRIGHT_SIGN = re.compile(r"^(?:©|\(c\))\s*\d{4}")
_WORDS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    kinds = ("en_cookie", "en_promo", "en_widget", "en_copyright")
    return {k: tuple(w.lower() for w in column(_TABLE, "phrase", kind=k)) for k in kinds}


@lru_cache(maxsize=None)
def _cue_re(kinds: tuple[str, ...]) -> re.Pattern:
    """The cue phrases of ``kinds``, any one of them as a whole word (no letter on either side), compiled once."""
    cues = _cues()
    return re.compile(r"(?<![a-z])" + trie_alternation(w for k in kinds for w in cues[k]) + r"(?![a-z])")


def _has(low: str, *kinds: str) -> bool:
    """Does a cue phrase of one of ``kinds`` stand in ``low`` as a whole word?"""
    return _cue_re(kinds).search(low) is not None


def _is_english(text: str) -> bool:
    return detect_language(text) == "en"


def _widget_bar(text: str, low: str, cues: dict) -> bool:
    """A ``|``-separated bar of short parts, one of them a furniture cue, none a long sentence."""
    parts = [p.strip() for p in _BAR_SPLIT.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    if any(len(p.split()) > 14 for p in parts):
        return False
    return any(_has(p.lower(), "en_widget", "en_promo", "en_copyright") or _RELATED_START.match(p) for p in parts)


def english_line_reason(line: Line) -> str | None:
    """The furniture reason of one English line, or ``None`` (prose or not English)."""
    text = line.text
    if not text or len(text) > MAX_FURNITURE or not _is_english(text):
        return None
    low = text.lower()
    cues = _cues()
    if _has(low, "en_copyright") or _COPYRIGHT_SIGN.match(low):
        return "copyright"
    if "cookie" in low and _has(low, "en_cookie"):
        return "cookie"
    if _has(low, "en_promo"):
        return "promo"
    if _CAPTION_START.match(text) or _CAPTION_TAIL.search(text):
        return "caption"
    if _RELATED_START.match(text):
        return "related"
    if (_BYLINE.match(text) and len(text.split()) <= MAX_BYLINE_WORDS) or ("|" in text and _BYLINE_IN.search(text)):
        return "byline"
    if _widget_bar(text, low, cues):
        return "widget"
    words = _WORDS.findall(low)
    if words and len(words) <= 6 and not _SENT_END.search(text) and all(w in cues["en_widget"] for w in words):
        return "widget"
    return None


#: A sidebar's heading: "Related", "Read also:", "More in Business", "Latest stories", "Most read".
_SIDEBAR_HEAD = re.compile(r"^[▼▶►»>•*#=\s-]*(?:related(?: stories| articles| news| coverage| content| links| posts)?|"
                           r"read (?:also|more|next)|see also|also read|also on\b.{0,30}|further reading|"
                           r"more (?:in|from|on|stories|news|articles|headlines)\b.{0,40}|"
                           r"latest(?: stories| news| articles| headlines| posts| updates)?|"
                           r"other (?:news|stories|articles|headlines|posts)(?: releases)?|(?:other |more )?news releases|"
                           r"recent (?:news|stories|articles|posts|headlines)|(?:previous|next) (?:article|story|post)|"
                           r"most (?:read|popular|viewed|shared)|popular(?: stories| now)?|trending(?: now)?|"
                           r"top (?:stories|headlines)|recommended(?: for you| stories)?|you (?:may|might) also like|"
                           r"editor'?s picks|in other news|what to read next)"
                           r"\s*[:|>»]?\s*$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^(?:[-–—•·*]\s+|\d{1,2}[.)]\s+|\[\d+\]\s*)")
#: A sidebar item is a headline: at most this many characters.
MAX_SIDEBAR_ITEM = 160


def english_sidebars(lines: list[Line], reasons: list[str | None]) -> None:
    """Mark a sidebar block (in place): a heading such as "Read also" or "Most read" alone on its line,
    and the headline list under it (bulleted or numbered items, or short lines without a final stop),
    up to the first line of prose."""
    i = 0
    while i < len(lines):
        ln = lines[i]
        # a heading the line classifier already marked "related" ("Related coverage:") still opens its list
        if not ln.text or reasons[ln.index] not in (None, "related") or not _SIDEBAR_HEAD.match(ln.text.strip()):
            i += 1
            continue
        items = []
        j = i + 1
        while j < len(lines):
            t = lines[j].text.strip()
            if not t:
                j += 1
                continue
            if len(t) > MAX_SIDEBAR_ITEM or not (_LIST_ITEM.match(t) or not _SENT_END.search(t)):
                break
            items.append(j)
            j += 1
        if items:
            for k in [i] + items:
                if reasons[lines[k].index] is None:
                    reasons[lines[k].index] = "related"
        i = j if items else i + 1


def english_sentence_repeats(text: str) -> list[Span]:
    """``(start, end, "repeat")`` for English sentences already seen earlier in ``text``."""
    seen: set[str] = set()
    spans: list[Span] = []
    for line in split_lines(text):
        body = text[line.start:line.end]
        if not _is_english(line.text):  # the stripped line: same letters, and its language is already known
            continue
        for m in _SENTENCE.finditer(body):
            key = content_key(m.group())
            if len(key) < MIN_REPEAT_CHARS:
                continue
            if key in seen:
                spans.append((line.start + m.start(), line.start + m.end(), "repeat"))
            else:
                seen.add(key)
    return spans
