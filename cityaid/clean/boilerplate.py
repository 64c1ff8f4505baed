"""Page furniture that is not the report: menus, share buttons, bylines,
copyright notices, related-news lists, trailing recommendation blocks, app
promotion and injected SEO spam.

Works line by line on normalised text (simplified script, half-width
punctuation), so one lexicon (``boilerplate_cues.tsv``) serves traditional
and simplified pages.  Every rule is about the *shape* of page furniture,
not about a site:

* ``punctuation`` - a line with no letter, digit or Han character ("-", "•").
* ``spam`` - dense spam vocabulary, above all in ``|``-separated keyword
  runs; short spam lines in a run of three or more.
* ``copyright`` - a copyright/disclaimer cue (版权, 不得转载, 本网注明, ICP备);
  cues that also occur in epidemic news (未经许可, 法律责任) are not used.
* ``byline`` - a short ``label: value`` credit line (责任编辑: X, 原标题: Y,
  监制丨Z); a line naming 来源 or holding a full date is kept: it is the
  dateline, and downstream needs the date and source.
* ``widget`` - a short line made only of interface words (分享 微信 QQ空间).
* ``promo`` - three or more app-promotion cues (客户端, 二维码, 下载...).
* ``navigation`` - four or more short menu tokens separated by spaces or
  ``|`` and no sentence punctuation (Latin words only with ``|``/``>``).
* ``related`` - three or more timestamped headline items close together
  ("headline" / "2020-03-24 20:59 section").
* ``trailer`` - from a trailing-section header (相关推荐, 版权声明,
  返回首页, 责任编辑...) to the end of the page, but only when at least as
  much prose stands before it as after it, so a header above the article
  never swallows the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cityaid.clean.english import english_line_reason, english_sentence_repeats, english_sidebars
from cityaid.clean.lines import Line, content_key, split_lines
from cityaid.clean.offsets import MappedText, Span
from cityaid.clean.tables import column
from cityaid.clean.fastre import trie_alternation

_TABLE = "boilerplate_cues.tsv"

#: Lines up to this many content characters can be widget/byline/nav lines.
SHORT_LINE = 30
#: A related-news list needs at least this many timestamped items.
MIN_RELATED_ITEMS = 3
#: Headline lines between two timestamps of a related list (at most).
MAX_RELATED_GAP = 2
#: A related-list headline is at most this long (content characters).
RELATED_HEADLINE = 60

_PROSE_PUNCT = re.compile(r"[。,,;;!?!?]")
# "?" is left out: mojibake turns lost characters into "?" inside menus.
_NAV_PUNCT = re.compile(r"[。,,;;!!、“”\"]")
_FULL_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_STAMP_AT_START = re.compile(
    r"^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?P<time>\s*\d{1,2}:\d{2}(?::\d{2})?)?(?P<tail>.*)$"
)
_STAMP_AT_END = re.compile(
    r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[-)\]】]?$"
)
# the date both stamp shapes hold (a line without it is no list item)
_STAMP_DATE = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}")
_LEADING_BULLETS = re.compile(r"^[\s\-•·*>»›\[【(〔]+")
_LABEL_SEP = re.compile(r"\s*[::丨|｜]")
_NAV_SEPARATORS = re.compile(r"[\s|｜/>»›·•]+")
_PIPE = re.compile(r"[|｜]")
_MENU_SEPARATORS = re.compile(r"[|｜>»›]")
_HAN = re.compile(r"[\u3400-\u9fff]")
# a table cell that counts something: 2万只, 5000套, 1万人份, 300 (a digit run, a power word, a short Han unit)
_COUNTED_CELL = re.compile(r"\d[\d.,]*[万千百亿]?[\u3400-\u9fff]{1,3}")
#: the letters that make a line English (cityaid.clean.language counts these)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True)
class _Cues:
    widget: re.Pattern
    trailer: tuple[str, ...]
    copyright: tuple[str, ...]
    byline: tuple[str, ...]
    promo: tuple[str, ...]
    spam_strong: re.Pattern
    spam_weak: re.Pattern
    copyright_any: re.Pattern  # any copyright cue as a plain substring
    promo_any: re.Pattern  # any promotion cue as a plain substring
    widget_any: re.Pattern  # any widget word as a plain substring (a quick test before ``widget``)
    spam_strong_any: re.Pattern  # any strong spam word as a plain substring (before ``spam_strong``)
    byline_any: re.Pattern  # any credit label as a plain substring
    trailer_any: re.Pattern  # any trailing-section header as a plain substring


def _alternation(words: tuple[str, ...]) -> re.Pattern:
    """Longest-first alternation; Latin words only match as whole words."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w.lower())
        parts.append(rf"(?<![a-z]){esc}(?![a-z])" if w.isascii() and w.isalpha() else esc)
    return re.compile("|".join(parts))


@lru_cache(maxsize=1)
def cues() -> _Cues:
    """The cue lexicons of ``boilerplate_cues.tsv``, compiled once."""
    def words(kind: str) -> tuple[str, ...]:
        return tuple(w.lower() for w in column(_TABLE, "phrase", kind=kind))

    return _Cues(
        widget=_alternation(words("widget")),
        trailer=words("trailer"),
        copyright=words("copyright"),
        byline=words("byline"),
        promo=words("promo"),
        spam_strong=_alternation(words("spam_strong")),
        spam_weak=_alternation(words("spam_weak")),
        copyright_any=re.compile(trie_alternation(words("copyright"))),
        promo_any=re.compile(trie_alternation(words("promo"))),
        widget_any=re.compile(trie_alternation(words("widget"))),
        spam_strong_any=re.compile(trie_alternation(words("spam_strong"))),
        byline_any=re.compile(trie_alternation(words("byline"))),
        trailer_any=re.compile(trie_alternation(words("trailer"))),
    )


def _is_dateline(text: str) -> bool:
    return "来源" in text or _FULL_DATE.search(text) is not None


def _spam_line(text: str, c: _Cues) -> bool:
    low = text.lower()
    if not c.spam_strong_any.search(low):
        return False  # no spam word at all (the common case)
    strong = c.spam_strong.findall(low)
    if not strong:
        return False
    content = content_key(low)
    strong_chars = sum(len(s) for s in strong)
    weak_chars = sum(len(s) for s in c.spam_weak.findall(low))
    pipes = len(_PIPE.findall(text))
    if pipes >= 4 and len(strong) >= 2:
        return True
    return len(set(strong)) >= 3 and strong_chars + weak_chars >= 0.25 * max(len(content), 1)


def _byline(text: str, c: _Cues) -> bool:
    """A short credit line: ``label:value`` with a credit label first."""
    body = _LEADING_BULLETS.sub("", text)
    if not body.startswith(c.byline):
        return False  # no credit label at all (the common case)
    for label in c.byline:
        if body.startswith(label) and _LABEL_SEP.match(body, len(label)):
            return len(content_key(body)) <= SHORT_LINE + len(label) or label == "原标题"
    return False


def _widget(content: str, c: _Cues) -> bool:
    return 0 < len(content) <= SHORT_LINE and c.widget_any.search(content) is not None and not c.widget.sub("", content)


def _promo(low: str, c: _Cues) -> bool:
    return len(low) <= 300 and c.promo_any.search(low) is not None and sum(1 for cue in c.promo if cue in low) >= 3


def _navigation(text: str, content: str) -> bool:
    """Menu crumbs: >= 4 short tokens; Han tokens, or explicit ``|``/``>`` separators.

    Space-separated Latin words alone are an English sentence, not a menu.
    """
    if len(content) > 80 or _NAV_PUNCT.search(text):
        return False
    tokens = [t for t in _NAV_SEPARATORS.split(text) if t]
    if len(tokens) < 4 or any(len(t) > 8 for t in tokens):
        return False
    if tokens[0].isdigit() and any(_COUNTED_CELL.fullmatch(t) for t in tokens[1:]):
        return False  # a numbered table row with a counted cell (3 某省 口罩 2万只 5月1日): data, not a menu
    han_tokens = sum(1 for t in tokens if _HAN.search(t))
    return 2 * han_tokens >= len(tokens) or len(_MENU_SEPARATORS.findall(text)) >= 3


def _copyright(text: str, c: _Cues) -> bool:
    compact = "".join(text.split()).lower()
    return c.copyright_any.search(compact) is not None


@dataclass(frozen=True)
class _Present:
    """Which cue lexicons occur anywhere on the page: a rule whose words the page lacks cannot fire on a line.

    Each test is the line-level one run over the whole page (a line's lower-cased
    or compacted form is a stretch of the page's), so a page without spam,
    copyright, credit, promotion or trailer words, or without a full date for a
    list stamp, skips those rules on every line.
    """

    spam: bool = True
    copyright: bool = True
    byline: bool = True
    promo: bool = True
    trailer: bool = True
    stamp: bool = True


_ALL_PRESENT = _Present()


def _present(text: str, c: _Cues) -> _Present:
    low = text.lower()
    return _Present(
        spam=c.spam_strong_any.search(low) is not None,
        copyright=c.copyright_any.search("".join(low.split())) is not None,
        byline=c.byline_any.search(low) is not None,
        promo=c.promo_any.search(low) is not None,
        trailer=c.trailer_any.search(low) is not None or all(ch in text for ch in "版权声明"),
        stamp=_STAMP_DATE.search(text) is not None,
    )


def classify_line(line: Line, c: _Cues | None = None, present: _Present = _ALL_PRESENT) -> str | None:
    """The furniture reason of one line on its own, or ``None`` for text.

    ``present`` (from the whole page) lets the rules whose words the page lacks be skipped.
    """
    c = c or cues()
    text = line.text
    if not text:
        return None
    content = line.content
    if not content:
        return "punctuation"
    if present.spam and _spam_line(text, c):
        return "spam"
    if present.copyright and _copyright(text, c):
        return "copyright"
    if _is_dateline(text):
        return None
    low = text.lower()
    if present.byline and _byline(low, c):
        return "byline"
    if _widget(content, c):
        return "widget"
    if present.promo and _promo(low, c):
        return "promo"
    if _navigation(text, content):
        return "navigation"
    return None


def _stamp_kind(line: Line) -> str | None:
    """``"stamp"`` for "2020-03-24 20:59 section", ``"headline"`` for "headline 2020-03-24"."""
    text = _LEADING_BULLETS.sub("", line.text)
    m = _STAMP_AT_START.match(text)
    if m:
        # A time of day (or nothing after the date) tells a list stamp from
        # a chronology row such as "2020-03-10 向友城捐赠口罩".
        tail = content_key(m.group("tail"))
        if (m.group("time") or not tail) and len(tail) <= 20 \
                and not _PROSE_PUNCT.search(m.group("tail")) and "来源" not in tail:
            return "stamp"
        return None
    if len(line.content) <= RELATED_HEADLINE and _STAMP_AT_END.search(text) and "。" not in text:
        return "headline"
    return None


def _related_lists(lines: list[Line], reasons: list[str | None], present: _Present = _ALL_PRESENT) -> None:
    """Mark runs of timestamped headline items (in place)."""
    if not present.stamp:
        return  # no full date on the page, so no stamped item
    items = [(ln.index, kind) for ln in lines if ln.text and _STAMP_DATE.search(ln.text) and (kind := _stamp_kind(ln))]
    run: list[tuple[int, str]] = []

    def flush() -> None:
        if len(run) < MIN_RELATED_ITEMS:
            return
        first, last = run[0][0], run[-1][0]
        if run[0][1] == "stamp":  # the first item's headline stands above its stamp
            j = first - 1
            while j >= 0 and not lines[j].text:
                j -= 1
            if j >= 0 and 0 < len(lines[j].content) <= RELATED_HEADLINE and reasons[j] is None:
                first = j
        for k in range(first, last + 1):
            if lines[k].text and reasons[k] in (None, "punctuation", "widget"):
                reasons[k] = "related"

    for idx, kind in items:
        if run:
            gap = [ln for ln in lines[run[-1][0] + 1:idx] if ln.text and reasons[ln.index] is None]
            if len(gap) > MAX_RELATED_GAP or any(len(ln.content) > RELATED_HEADLINE for ln in gap):
                flush()
                run = []
        run.append((idx, kind))
    flush()


def _spam_runs(lines: list[Line], reasons: list[str | None], c: _Cues, present: _Present = _ALL_PRESENT) -> None:
    """Short lines with spam words, three or more in a row, are a spam block."""
    if not present.spam:
        return  # no spam word on the page
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 3:
            for k in run:
                reasons[k] = "spam"

    for ln in lines:
        if not ln.text:
            continue
        if reasons[ln.index] is None and len(ln.content) <= 40 and c.spam_strong.search(ln.text.lower()):
            run.append(ln.index)
        elif reasons[ln.index] != "spam":
            flush()
            run = []
    flush()


def _trailer_start(line: Line, c: _Cues) -> bool:
    body = _LEADING_BULLETS.sub("", line.text).lower()
    content = content_key(body)
    if body.startswith(c.trailer) and len(content) <= 20:
        return True
    return "版权" in content and "声明" in content and len(content) <= 40


def _prose_chars(line: Line) -> int:
    content = line.content
    return len(content) if len(content) >= 15 and _PROSE_PUNCT.search(line.text) else 0


#: Reasons that a trailer does not overwrite (they say more).
_SPECIFIC = frozenset({"spam", "copyright", "related"})


def _trailer(lines: list[Line], reasons: list[str | None], c: _Cues, present: _Present = _ALL_PRESENT) -> None:
    """From the first trailing-section header with more prose above than below: all furniture."""
    if not present.trailer:
        return  # no header word on the page
    prose = [0 if reasons[ln.index] else _prose_chars(ln) for ln in lines]
    after = sum(prose)
    before = 0
    for ln in lines:
        after -= prose[ln.index]
        if ln.text and _trailer_start(ln, c) and before > 0 and before >= after:
            for k in range(ln.index, len(lines)):
                if lines[k].text and reasons[k] not in _SPECIFIC:
                    reasons[k] = "trailer"
            return
        before += prose[ln.index]


def _absorb_blank_lines(lines: list[Line], reasons: list[str | None]) -> None:
    """A blank line after a removed line goes with it (no runs of empty lines left)."""
    for ln in lines[1:]:
        if not ln.text and reasons[ln.index] is None and reasons[ln.index - 1] is not None:
            reasons[ln.index] = reasons[ln.index - 1]


def find_boilerplate(text: str) -> list[Span]:
    """``(start, end, reason)`` of furniture lines of ``text`` (end includes the newline).

    Consecutive lines of one reason are merged into one span.
    """
    c = cues()
    lines = split_lines(text)
    # English pages: their own furniture shapes (cookie, newsletter, "By ..." and caption lines)
    latin = _LATIN.search(text) is not None  # no Latin letter, no English line: its rules have nothing to find
    present = _present(text, c)
    reasons: list[str | None] = [classify_line(ln, c, present) or (english_line_reason(ln) if latin else None)
                                 for ln in lines]
    _related_lists(lines, reasons, present)
    if latin:  # (a sidebar's heading is English words: a page without a Latin letter has none)
        english_sidebars(lines, reasons)
    _spam_runs(lines, reasons, c, present)
    _trailer(lines, reasons, c, present)
    _absorb_blank_lines(lines, reasons)
    spans: list[Span] = []
    for ln, reason in zip(lines, reasons):
        if reason is None:
            continue
        if spans and spans[-1][2] == reason and spans[-1][1] == ln.start:
            spans[-1] = (spans[-1][0], ln.end, reason)
        else:
            spans.append((ln.start, ln.end, reason))
    kept = [ln for ln, reason in zip(lines, reasons) if reason is None]
    if latin:
        spans += [sp for sp in english_sentence_repeats(text)
                  if any(ln.start <= sp[0] and sp[1] <= ln.end for ln in kept)]
    spans.sort()
    return spans


def drop_boilerplate(mt: MappedText) -> tuple[MappedText, list[Span]]:
    """``mt`` without furniture lines, and the removed spans (current coordinates)."""
    spans = find_boilerplate(mt.text)
    return mt.delete_spans(spans), spans
