"""Dates in English text, as ISO values with the spec's qualifiers.

* ``March 24``, ``March 24, 2020``, ``24 March``, ``Feb. 4``, ``Monday,
  March 30``, ``2020-03-17`` -> that day (``on``); the year, when omitted,
  is the anchor's (the document's date).
* ``in February``, ``early``/``mid``/``late March``, ``mid-March``, ``the
  end of March`` -> the month, ``approx`` (the spec has no "early month").
* ``as of May 26`` -> ``as_of``; ``before March 20`` -> ``before``.
* ``on Tuesday`` / ``Tuesday`` -> the most recent Tuesday on or before the
  anchor (news writes weekdays for the days just past); ``last Tuesday``
  strictly before it.
* ``yesterday``/``today``; ``recently``, ``last week`` -> the anchor day, ``before`` (shortly before the
  page was written; a reader keeping the month agrees), and so are ``this
  week``, ``this month``, ``earlier this month``.
* ``June 1 last year`` -> the year before the anchor's; ``December of 2019``
  -> ``2019-12``; a year-less date more than two months after the anchor is
  the previous year's (a February 2021 page's ``Aug. 28``).
* ``early 2020``, ``the start of 2020`` -> the year (``approx``); a year
  alone (``in 1983``) is background, not a date.
* ``the same day`` / ``that day`` / ``at the time`` -> value ``SAME_DAY``: the caller gives it
  the date of the event told just before; ``the next day`` / ``the
  following day`` / ``the day before`` count from the last day named.
* ``earlier this year`` -> the anchor's year (``approx``).

:func:`find_dateline_en` reads the document's own date from its head
(``Published April 2, 2020``, ``ANNAPOLIS, Md. (March 24, 2020) —``,
``Posted : 2020-03-17``, ``HARBIN, March 28 --``).
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from functools import lru_cache

from cityaid.clean.fastre import finditer_at
from cityaid.extract.dates import RELATED_LIST, DateMention, date_from_url, last_week

#: Year for a dateline that gives none (wire datelines: "HARBIN, March 28 --"):
#: the reports this project reads are about the 2020 epidemic.
DEFAULT_YEAR = 2020
#: ``value`` of a "the same day" mention: resolved by the caller.
SAME_DAY = "same-day"

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                "oct": 10, "nov": 11, "dec": 12})
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_MONTH_CAPS = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|" \
              r"JAN\.?|FEB\.?|MAR\.?|APR\.?|JUN\.?|JUL\.?|AUG\.?|SEPT?\.?|OCT\.?|NOV\.?|DEC\.?)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PRE = r"(?<![\w'’])(?P<pre>(?i:as of|as at|before|until|by|since|from|on|in|at))\s+"
_DATE_RE = re.compile(
    rf"(?:{_PRE})?(?:(?:the\s+)?(?P<part>(?i:early|mid|late)|the end of|end of|the beginning of|beginning of|"
    rf"the middle of|middle of|the start of|start of)[\s-]+)?"
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,]\d)(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<d2>\d{{1,2}})(?:(?:st|nd|rd|th)\s+of\s+|(?:st|nd|rd|th)?\s+)(?P<m2>{_MONTH})(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
    rf"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d)"
    # on 4/22 (a numeric month/day, only after "on", "since", "by" ...: a bare 4/22 is as often a ratio)
    rf"|(?P<mm>\d{{1,2}})/(?P<dd>\d{{1,2}})(?![\d/])"
    rf"|(?P<m3>{_MONTH})(?:,?\s+(?:of\s+)?(?P<y3>(?:19|20)\d\d))?(?![\w-])"
    rf"|(?P<wd2>(?:(?:[Ll]ast|[Tt]his past)\s+)?{_WEEKDAY})(?P<lastweek>,?\s+(?:of\s+)?last\s+week)?"
    rf"|(?P<shift>(?P<n>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several)|\d{{1,2}})"
    rf"\s+(?P<span>days?|weeks?)\s+(?P<dir>ago|later|earlier|afterwards|before))"
    # "Ten weeks after X rushed gear to Y, ...": opening a sentence, the act told after "after" is so long ago
    rf"|(?P<since>(?<![\w,;] )(?<![\w,;])(?P<n2>(?-i:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)|\d{{1,2}})"
    rf"\s+(?P<span2>weeks|months)\s+after(?=\s+[A-Z]))"
    rf"|(?P<nth>(?<=\b[Oo]n\s)the\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH}))"
    rf"|(?P<yr>(?<![\w$€£¥-])(?:19|20)\d\d)(?![\w,.-]?\d)"
    rf"|(?P<rel>(?i:the same day|that same day|that day|at the time|at that time|the following day|the next day|the previous day|the day before)|"
    rf"yesterday|today|(?<!up )(?<!up-)(?i:so far|to date|thus far)|[Ll]ast weekend|(?i:over|at|during)\s+the\s+weekend|this(?: past)? weekend|[Ll]ast week|this week|earlier this month|earlier this week|recently|[Ll]ast month|"
    rf"this month|earlier this year|this year))"
    rf"(?P<lastyear>,?\s+(?:of\s+)?last\s+year)?",
)
#: Days after the anchor beyond which a year-less date is taken as last year's.
_FUTURE_DAYS = 62
#: What a match of ``_DATE_RE`` begins with: a ``pre`` word and a space, a ``part`` (after ``the``), a weekday,
#: a month, a day before a month, an ISO date, or a relative phrase.  A necessary condition, cheap to search for (see :func:`finditer_at`).
_DATE_START = re.compile(
    rf"(?i:as of|as at|before|until|by|since|from|on|in|at)\s|(?i:early|mid|late)[\s-]|"
    rf"(?i:the)\s+(?:(?i:early|mid|late)|the\s|end of|beginning of|middle of|start of|(?i:same day|following day|next day|"
    rf"previous day|day before))|(?i:that\s)|"
    rf"end of|beginning of|middle of|start of|{_WEEKDAY}|{_MONTH}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|(?:19|20)\d\d-|"
    rf"[Ll]ast\s|that\s|(?i:so far|to date|thus far)|(?i:over|at|during)\s+the\s+weekend|yesterday|today|this\s|earlier\s|recently|at\s+th|(?:19|20)\d\d|"
    rf"(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d{{1,2}})\s+(?:days?|weeks?|months|few|couple)\s|"
    rf"(?i:the)\s+\d")
_MONTH_ALONE_PRE = re.compile(r"(?:in|early|mid|late|since|until|by|of|end of|beginning of|from|as of)[\s-]*$", re.I)


def _month(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _iso(y: int, m: int, d: int | None) -> str | None:
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _year_for(anchor: _dt.date | None, year: int, month: int, day: int | None, last_year: bool) -> int:
    """Year of a date written without one: the anchor's, the one before for "last year" or when that
    would put the date well after the page was written."""
    if last_year:
        return year - 1
    if anchor is None:
        return year
    try:
        when = _dt.date(year, month, day or 1)
    except ValueError:
        return year
    return year - 1 if (when - anchor).days > _FUTURE_DAYS else year


def _weekday(anchor: _dt.date, name: str, last_week: bool = False) -> str:
    """The weekday ``name`` on or before ``anchor``; ``last Tuesday`` strictly before it; ``Tuesday last
    week`` in the calendar week before the anchor's."""
    target = _WEEKDAYS[name.split()[-1].lower()]
    if last_week:
        monday = anchor - _dt.timedelta(days=anchor.weekday() + 7)
        return (monday + _dt.timedelta(days=target)).isoformat()
    strict = name.lower().startswith("last")
    back = (anchor.weekday() - target) % 7
    if strict and back <= 1:
        back += 7  # ("last Thursday" written on a Friday: yesterday would be "yesterday")
    return (anchor - _dt.timedelta(days=back)).isoformat()


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "a couple of": 2}


def _shifted(m: re.Match[str], anchor: _dt.date | None, last_day: _dt.date | None) -> tuple[str | None, str]:
    """``three days ago`` counts back from the page's date; ``six days later`` / ``two days earlier`` from the
    last day named.  A vague count (``a few days earlier``) keeps that day, qualified ``before`` (or the page's
    day for ``ago``)."""
    word, ahead = m.group("n").lower(), m.group("dir").lower()
    base = anchor if ahead == "ago" else last_day
    if base is None:
        return None, "on"
    n = int(word) if word.isdigit() else _COUNTS.get(word)
    if n is None:  # "a few", "several"
        if ahead in ("ago", "earlier", "before"):
            return base.isoformat(), "before"
        if m.group("span").startswith("day") and base.day <= 24:
            # "On May 12 ... A few days later, ...": some days on from the day named, the same month
            return base.strftime("%Y-%m"), "approx"
        return None, "on"
    days = n * (7 if m.group("span").startswith("week") else 1)
    sign = 1 if ahead in ("later", "afterwards") else -1
    qual = "on" if m.group("span").startswith("day") else "approx"
    return (base + _dt.timedelta(days=sign * days)).isoformat(), qual


def _since_then(m: re.Match[str], anchor: _dt.date | None) -> tuple[str | None, str]:
    """"Ten weeks after X rushed protective gear to Y, the favour has come back": a lead that opens on how long
    ago the act it recalls was; that act is so many weeks (months) before the page's date, ``approx``."""
    if anchor is None:
        return None, "on"
    word = m.group("n2").lower()
    n = int(word) if word.isdigit() else _COUNTS.get(word, 1 if word in ("a", "an") else None)
    if n is None:
        return None, "on"
    if m.group("span2") == "weeks":
        when = anchor - _dt.timedelta(days=7 * n)
        return when.isoformat(), "approx"
    month = anchor.month - n
    year = anchor.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}", "approx"


def _qualifier(pre: str | None, part: str | None, default: str) -> str:
    if pre in ("as of", "as at"):
        return "as_of"
    if pre in ("before", "until"):
        return "before"
    return "approx" if part else default


def find_dates_en(text: str, anchor: _dt.date | None = None, start: int = 0,
                  end: int | None = None) -> list[DateMention]:
    """Dates in ``text[start:end]`` (offsets into ``text``); see the module docstring.

    A whole document is read once and remembered: the event reader and the
    dating of undated acts both ask (the mentions are shared; callers only
    read them).
    """
    if start == 0 and (end is None or end == len(text)):
        return list(_whole_en(text, anchor))
    return _find_dates_en(text, anchor, start, end)


@lru_cache(maxsize=4)
def _whole_en(text: str, anchor: _dt.date | None) -> tuple[DateMention, ...]:
    return tuple(_find_dates_en(text, anchor, 0, None))


#: the next item of a briefs or ticker page, opened by its own dateline at a line's start ("SEOUL, March 11
#: (Yonhap) --", "KOBE --")
_ITEM_DATELINE = re.compile(r"^[A-Z][A-Z .'’/-]+(?:,\s+[^\n]{3,30}?)?\s+(?:--|—|–)\s", re.M)


@lru_cache(maxsize=8)  # (the date reader and the undated-event filler both ask, for the same page)
def item_datelines(text: str) -> tuple[re.Match[str], ...]:
    """The datelines opening the items of a briefs or ticker page, in order; () where the page has fewer than two
    (a single story's dateline is the page's own)."""
    found = tuple(_ITEM_DATELINE.finditer(text)) if " --" in text or "—" in text or "–" in text else ()
    return found if len(found) >= 2 else ()


def _item_day(pos: int, page: _dt.date, items: tuple[re.Match[str], ...], starts: list[int],
              found: list[DateMention]) -> _dt.date:
    """The day that "on Wednesday", "today" at ``pos`` count from: the page's, unless ``pos`` lies in a later item
    of a page of several datelined items ("DAEGU, March 11 (Yonhap) -- X on Wednesday thanked ..."), whose own
    dateline then gives it (within two months of the page's day)."""
    k = bisect_right(starts, pos) - 1  # (``starts``: the items' starts, read once per page)
    if k < 1:
        return page  # before the second item: the page's own day
    item = items[k]
    own = next((d for d in found if item.start() <= d.start < item.end() and len(d.value) == 10), None)
    if own is None:
        return page
    day = _dt.date.fromisoformat(own.value)
    return day if abs((day - page).days) <= 62 else page


def _find_dates_en(text: str, anchor: _dt.date | None, start: int, end: int | None) -> list[DateMention]:
    end = len(text) if end is None else end
    year = anchor.year if anchor else DEFAULT_YEAR
    out: list[DateMention] = []
    last_day: _dt.date | None = None  # the last day named, for "the next day"
    page = anchor  # the page's day; a later item's own wire dateline dates that item's weekdays
    items = item_datelines(text) if anchor is not None else ()
    starts = [m.start() for m in items]
    for m in finditer_at(_DATE_RE, _DATE_START, text, start, end):
        if items:
            anchor = _item_day(m.start(), page, items, starts, out)
        if not any(m.group(g) for g in ("m1", "m2", "m3", "iso", "mm", "wd2", "rel", "yr", "shift", "nth", "since")):
            continue
        if m.group("yr") and not m.group("part"):
            continue  # a year is a time only as "early 2020", "the start of 2020" ("in 1983" is background)
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        pre = (m.group("pre") or "").lower() or None
        part = m.group("part")
        value, qual = None, "on"
        last_year = bool(m.group("lastyear"))
        if m.group("m1") or m.group("m2"):
            mon = _month(m.group("m1") or m.group("m2"))
            day = int(m.group("d1") or m.group("d2"))
            given = m.group("y1") or m.group("y2")
            y = int(given) if given else _year_for(anchor, year, mon, day, last_year)
            value = _iso(y, mon, day)
        elif m.group("iso"):
            value = m.group("iso")
        elif m.group("mm"):
            if not pre:
                continue
            mon, day = int(m.group("mm")), int(m.group("dd"))
            if mon > 12:  # 22/4: day first
                mon, day = day, mon
            if not 1 <= mon <= 12:
                continue
            value = _iso(_year_for(anchor, year, mon, day, last_year), mon, day)
            if value is None:
                continue
        elif m.group("m3"):
            word = m.group("m3")
            if word.lower().rstrip(".") == "may" and not (pre or part):
                continue  # the verb "May ..." at a sentence start
            if not (pre or part or m.group("y3")) and not _MONTH_ALONE_PRE.search(text[max(0, m.start() - 15):m.start()]):
                continue  # "March" as a name or verb
            y = int(m.group("y3")) if m.group("y3") else _year_for(anchor, year, _month(word), None, last_year)
            value = _iso(y, _month(word), None)
            qual = "approx"
        elif m.group("yr"):
            value, qual = m.group("yr"), "approx"
        elif m.group("wd2"):
            if anchor is None:
                continue
            value = _weekday(anchor, m.group("wd2"), last_week=bool(m.group("lastweek")))
        elif m.group("since"):
            value, qual = _since_then(m, anchor)
        elif m.group("shift"):
            value, qual = _shifted(m, anchor, last_day)
        elif m.group("nth"):
            # "on the 24th": a day alone is in the month of the last day named (else the page's month)
            base = last_day or anchor
            if base is None:
                continue
            value = _iso(base.year, base.month, int(m.group("d4")))
        else:
            rel = m.group("rel").lower()
            if rel in ("the same day", "that same day") and last_day is not None:
                value = last_day.isoformat()  # "On April 16 ... A team left at dawn the same day": the day named last
            elif rel in ("the same day", "that same day", "that day", "at the time", "at that time"):
                value = SAME_DAY
            elif anchor is None:
                continue
            elif rel == "yesterday":
                value = (anchor - _dt.timedelta(days=1)).isoformat()
            elif rel == "today":
                value = anchor.isoformat()
            elif rel in ("so far", "to date", "thus far"):
                value, qual = anchor.isoformat(), "as_of"  # a running total, told as it stood when written
            elif rel == "last week" and m.group("wd"):
                value = _weekday(anchor, m.group("wd"), last_week=True)  # "on Tuesday last week"
            elif rel == "last week":
                value, qual = last_week(anchor)
            elif rel == "recently":
                value, qual = anchor.isoformat(), "before"
            elif rel in ("the following day", "the next day", "the previous day", "the day before"):
                if last_day is None:
                    continue
                shift = 1 if rel in ("the following day", "the next day") else -1
                value = (last_day + _dt.timedelta(days=shift)).isoformat()
            elif rel in ("this month", "earlier this month", "this week", "earlier this week"):
                value, qual = anchor.isoformat(), "before"
            elif rel in ("earlier this year", "this year"):
                value, qual = f"{anchor.year:04d}", "approx"
            elif rel == "last weekend" or rel.endswith("weekend"):
                value, qual = anchor.isoformat(), "before"
            elif rel == "last month":
                prev = anchor.replace(day=1) - _dt.timedelta(days=1)
                value, qual = f"{prev.year:04d}-{prev.month:02d}", "approx"
            else:
                value, qual = f"{anchor.year:04d}-{anchor.month:02d}", "approx"
        if value is None:
            continue
        if part and len(value) == 10:
            value = value[:7]
        if len(value) == 10 and value != SAME_DAY:
            last_day = _dt.date.fromisoformat(value)
        out.append(DateMention(m.start(), m.end(), value, _qualifier(pre, part, qual), m.group()))
    for m in _CAPS_DATELINE.finditer(text, start, end):
        mon, day = _month(m.group("m").capitalize()), int(m.group("d"))
        value = _iso(_year_for(anchor, year, mon, day, False), mon, day)
        if value is not None:
            out.append(DateMention(m.start("m"), m.end(), value, "on", text[m.start("m"):m.end()]))
    out.sort(key=lambda d: d.start)
    # "arrived yesterday (9 April 2020)": the date in brackets says which day the word meant
    return [d for i, d in enumerate(out) if not (i + 1 < len(out) and len(out[i + 1].value) == 10
                                                  and _BRACKETED.fullmatch(text, d.end, out[i + 1].start))]


_BRACKETED = re.compile(r"\s*[(（]\s*(?:(?i:on)\s+)?")


_HEAD_FULL = re.compile(
    rf"(?P<m>(?i:{_MONTH}))\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?P<m2>(?i:{_MONTH}))(?:\s+|-)(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<iso>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)"
    # Update: April, 28/2020 - 08:41
    rf"|(?P<m3>{_MONTH}),?\s+(?P<d3>\d{{1,2}})/(?P<y3>(?:19|20)\d\d)(?![\d/])"
    # Published 09.06.2020: a dotted date is day first (as European pages write it)
    rf"|(?<![\d.])(?P<d4>\d{{1,2}})\.(?P<m4>\d{{1,2}})\.(?P<y4>(?:19|20)\d\d)(?![\d.]\d)")
#: (the agency's name may stand before the dash: "OKAYAMA, May 1 Kyodo -"; a dateline may fill its own line in
#: capitals: "KATHMANDU, MAY 5")
_WIRE_DATELINE = re.compile(rf"^[A-Z][A-Za-z .'/-]+,(?:\s*[A-Z][\w.]*,)?\s+(?P<m>{_MONTH}|{_MONTH_CAPS})\s+(?P<d>\d{{1,2}})"
                            rf"(?:\s*(?:[A-Z][A-Za-z]+\s*)?(?:--|—|–|-|\()|[ \t]*$)", re.M)
#: a dateline in capitals on a line of its own ("KATHMANDU, MAY 5"): the day the story was filed
_CAPS_DATELINE = re.compile(rf"^[A-Z][A-Z .'/-]+,\s+(?P<m>{_MONTH_CAPS})\s+(?P<d>\d{{1,2}})[ \t]*$", re.M)


#: a press release's own dateline, which dates its "today": "BOSTON - Wednesday, April 15, 2020 - Mayor ..."
_RELEASE_DATELINE = re.compile(rf"^[A-Z][A-Za-z .'’/-]+?\s+(?:--|—|–|-)\s+(?:[A-Z][a-z]+day,?\s+)?"
                               rf"(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\s*(?:--|—|–|-)\s", re.M)
#: a numeric date alone on a line of page furniture: "04/10/2020" (month first, as US sites write it, unless the
#: first number cannot be a month)
_NUMERIC_LINE = re.compile(r"^\s*(?:(?:Date|Posted|Published|Released|Issued)\s*:?\s*)?(?P<a>\d{1,2})/(?P<b>\d{1,2})/"
                           r"(?P<y>(?:19|20)\d\d)\s*$", re.M | re.I)
_UPDATED = re.compile(r"\b(?:updated|modified)\b", re.I)  # ("last modified")
_FIRST_OUT = re.compile(r"\b(?:published|posted|released|issued)\b", re.I)
_HEAD_CUE = re.compile(r"\b(?:published|posted|updated|date|released|issued)\b|\d{1,2}:\d{2}", re.I)
#: a line of page furniture (a dateline, a by-line), not a sentence of the story
_SHORT_LINE = 100


def _full(m: re.Match[str]) -> _dt.date | None:
    try:
        if m.group("iso"):
            return _dt.date(int(m.group("iso")), int(m.group("im")), int(m.group("id")))
        if m.group("m"):
            return _dt.date(int(m.group("y")), _month(m.group("m")), int(m.group("d")))
        if m.group("m3"):
            return _dt.date(int(m.group("y3")), _month(m.group("m3")), int(m.group("d3")))
        if m.group("d4"):
            return _dt.date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
        return _dt.date(int(m.group("y2")), _month(m.group("m2")), int(m.group("d2")))
    except ValueError:
        return None


def release_dateline_en(text: str, head_chars: int = 1500) -> _dt.date | None:
    """The date of a press release's own dateline ("BOSTON - Wednesday, April 15, 2020 - Mayor X today ..."):
    the day its "today" and "yesterday" count from, even where the page that carries it is dated later."""
    m = _RELEASE_DATELINE.search(text[:head_chars])
    if m is None:
        return None
    try:
        return _dt.date(int(m.group("y")), _month(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def find_dateline_en(text: str, head_chars: int = 1500, url: str | None = None) -> _dt.date | None:
    """The document's own date, from its head.

    In order: a full date on a line that says so (``Published``, ``Posted``,
    ``Updated``, a time of day) or on a short line of page furniture; a wire
    dateline (``HARBIN, March 28 --``, ``Taipei, April 9 (CNA)``; the year of
    the head's first full date, else of the page address's date, else 2020);
    the first full date anywhere in the head (a story's first sentence,
    "…, 2020, the city …").
    """
    head = text[:head_chars]
    related = RELATED_LIST.search(head)
    if related:
        head = head[:related.start()]  # ("Read also:" a list of other stories, each with its own day)
    release = release_dateline_en(head)
    if release is not None:
        return release
    first: _dt.date | None = None
    updated: _dt.date | None = None
    numeric = _NUMERIC_LINE.search(head)
    if numeric:
        a, b = int(numeric.group("a")), int(numeric.group("b"))
        try:
            return _dt.date(int(numeric.group("y")), *((b, a) if a > 12 else (a, b)))
        except ValueError:
            pass
    for m in _HEAD_FULL.finditer(head):
        day = _full(m)
        if day is None:
            continue
        a = head.rfind("\n", 0, m.start()) + 1
        b = head.find("\n", m.end())
        line = head[a:b if b != -1 else len(head)]
        if _HEAD_CUE.search(line) or (len(line.strip()) <= _SHORT_LINE and not _WIRE_DATELINE.match(line)):
            if _UPDATED.search(line) and not _FIRST_OUT.search(line):
                updated = updated or day  # "Updated: …": a later day; the day it was first put out, if given, wins
                continue
            return day
        if first is None:
            first = day
    if updated is not None:
        return updated
    m = _WIRE_DATELINE.search(head)
    if m:
        in_url = date_from_url(url)
        year = first.year if first else in_url.year if in_url else DEFAULT_YEAR
        try:
            return _dt.date(year, _month(m.group("m")), int(m.group("d")))
        except ValueError:
            pass
    return first


#: a date that dates the telling: "said Thursday", "told Xinhua on Monday", "announced on its website Tuesday",
#: "said in a statement on Friday"
_REPORTING = re.compile(
    r"(?:\b(?:said|says|announced|reported|told|added|stated|wrote|tweeted|confirmed|disclosed)"
    r"|\btold\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|reporters|journalists|the press|the media)"
    r"|\b(?:said|announced|stated|wrote|confirmed)\s+(?:in\s+an?\s+\w+|on\s+(?:its|his|her|their)\s+\w+(?:\s+\w+)?))"
    r"\s*(?:on\s+)?$", re.I)


_SINCE = re.compile(r"(?i:since)\s")
#: words that date a running total by the time of the telling
_NOW_WORDS = ("so far", "to date", "thus far")
_HUNG_ACT = re.compile(r",\s+(?:(?:which|who)\s+(?:had\s+)?(?:sent|donated|gave|given|shipped|provided|offered)"
                       r"|repaying|returning|reciprocating|in return for)\b"
                       # "has sent N masks to Y to return a favour from last month": the favour's day
                       r"|(?:,\s+|\s+)(?:(?:in\s+order\s+)?to)\s+(?:return|repay|reciprocate)\s+(?:(?:a|an|the|its|their)\s+)?"
                       r"(?:[\w-]+\s+)?(?:favou?rs?|kindness|gestures?|help|support|gifts?|donations?)\b|\s+in\s+return\s+for\b")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
_THANKED_FOR = re.compile(r"\bthank(?:ed|s|ing)?\b[^.;]*?\bfor\s+(?:\w+\s+)?$")
_THANKED_GOODS_CLAUSE = re.compile(r"\bthank(?:ed|s|ing)?\b[^.;]*?(?:\bfor\b[^.;]*?,\s+(?:which|that)\s+"
                                   r"(?:were|was|had\s+been|have\s+been|arrived|landed|reached|came)\b|"
                                   # "has thanked X after a donation of N masks arrived on 15 May": the goods' day
                                   r"\bafter\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:donation|gift|shipment|"
                                   r"consignment|delivery|batch)\b[^.;]*?\b(?:arrived|landed|reached|came)\b)")
_COUNTED = re.compile(r"\b(?:later|afterwards)$", re.I)


#: a wire dateline's place, from the start of its line up to its date ("NUREMBERG, ", "Taipei, ")
_DATELINE_PLACE = re.compile(r"[A-Z][A-Za-z .'/-]+,(?:\s*[A-Z][\w.]*,)?\s+$")
_DATELINE_DASH = re.compile(r"\s*(?:--|—|–|-\s|\()")


def _on_dateline(text: str, d: DateMention) -> bool:
    """Whether ``d`` is the date of a wire dateline ("HARBIN, March 28 --", "NUREMBERG, 28 May 2020 --")."""
    line = text.rfind("\n", 0, d.start) + 1
    return bool(_DATELINE_PLACE.fullmatch(text, line, d.start)) and bool(_DATELINE_DASH.match(text, d.end))


def event_date_en(text: str, dates: list[DateMention], a: int, b: int, t0: int,
                  previous: tuple[str, str] | None = None, prefer_as_of: bool = False) -> tuple[str, str] | None:
    """(value, qualifier) of the act told in ``text[a:b]`` whose verb is at ``t0``, or None.

    * a date of the segment, the first after the verb if any (a total prefers
      its ``as of``); ``the same day`` is ``previous`` (the last event's date);
    * "said Thursday" dates the saying, not the act: it is used only when the
      segment has no other date, as ``before`` (the act was done by then).

    A segment without a date is dated after the document's events are merged
    (:func:`cityaid.extract.dates.fill_missing_dates`).
    """
    said, cands = [], []
    for d in dates:
        if a <= d.start < b and _SINCE.match(d.text):
            continue  # "Since March, X has donated ...": where a running total starts, not when it was told
        if a <= d.start < b:
            (said if _REPORTING.search(text[max(a, d.start - 40):d.start]) else cands).append(d)
    # "NUREMBERG, 28 May 2020 -- On Wednesday, 27 May, the city took receipt of …": the dateline's day is the
    # filing's; a day the sentence gives the act tells it
    cands = [d for d in cands if not _on_dateline(text, d)] or cands
    # "has donated masks to X, which sent masks to it in February" / ", repaying X for supplies it sent in February":
    # a day inside a clause hung on the act after its verb tells that other act
    cands = [d for d in cands if d.start < t0 or not _HUNG_ACT.search(text, t0, d.start)]
    # "has written to Y to thank it for a gift of masks, which were delivered on Monday": the goods' day, not the thanks'
    cands = [d for d in cands if d.start < t0 or not _THANKED_GOODS_CLAUSE.search(text, t0, d.start)]
    if prefer_as_of:
        as_of = [d for d in cands if d.qualifier == "as_of"]
        if as_of:
            cands = as_of
            told = [d for d in said if len(d.value) == 10 and d.value != SAME_DAY]
            if told and len(cands) == 1 and cands[0].text.lower() in _NOW_WORDS and told[0].value < cands[0].value:
                # "…, the office said yesterday, with 1.5 million masks dispatched so far": the tally as it stood
                # on the day it was told
                return told[0].value, "as_of"
    if len(cands) > 1:
        # "left on April 2 and reached X five days later": the day named tells the act; a day counted from it
        # only where it is the segment's one date
        named = [d for d in cands if not _COUNTED.search(d.text)]
        cands = named or cands
        # "In February, X had sent masks, a move criticised at the time": "at the time" is the day named
        cands = [d for d in cands if d.value != SAME_DAY] or cands
    if cands:
        after = [d for d in cands if d.start >= t0]
        # "In February we sent X masks, and today the favour came back": a day told in a later clause dates
        # that clause; the day fronted before the verb dates the act
        within = [d for d in after if not _NEXT_CLAUSE.search(text, t0, d.start)]
        before = [d for d in cands if d.start < t0]
        # "Mayor X today thanked Y for masks that arrived on Saturday": a day written right before the verb is its own
        adverb = [d for d in before if not text[d.end:t0].strip() and not d.text.lower().startswith(("in ", "since "))]
        d = adverb[-1] if adverb else within[0] if within else before[0] if before else after[0]
        if len(d.value) == 7:
            # "set aside money last month, handing it over on Feb. 12": the day within the month tells it
            d = next((c for c in cands if len(c.value) == 10 and c.value.startswith(d.value)), d)
        if d.value != SAME_DAY:
            if d.start < t0 and len(d.value) == 10 and _THANKED_FOR.search(text, d.end, t0):
                # "X today thanked Y for donating N masks": the day of the thanks; the gift was done by then
                return d.value, "before"
            return d.value, d.qualifier
        return previous
    if said and said[0].value != SAME_DAY:
        return said[0].value, "before"
    return None
