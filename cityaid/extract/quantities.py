"""Numbers with their qualifier, magnitude, counter and currency.

Aid reports state amounts as ``20余万件(套)``, ``近千套``, ``11万余元`` or
``72452日元``: a qualifier word, an Arabic or Chinese numeral, a magnitude
(万/亿), an "or more" marker (余/多) and a counter or currency.  One compiled
regex finds all of them in one pass over already-normalised text (simplified
script, half-width digits); the counter and currency words come from
``cityaid/data/units.tsv``, ``counted_nouns.tsv`` and ``currencies.tsv``.

What the regex cannot tell apart is sorted out after the match: a number
followed by 年/月/日 or glued to ``-``/``:`` is a date or a time, one after
第 is an ordinal, one after 数/几 (数千只, 几万个) is a count left vague, and
reduplicated counters (一箱箱, 一封封) or 一次性 are adjectives, not amounts.
Those are dropped (a vague count leaves its item without an amount).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from cityaid.clean.fastre import finditer_at
from cityaid.clean.tables import load_table
from cityaid.resolve.openworld import PARTNER_NOUNS

QUALIFIERS_BEFORE = {
    "大约": "approx", "约": "approx", "近": "approx", "将近": "approx", "接近": "approx",
    "约合": "approx", "逾": "over", "超过": "over", "超": "over", "上": "over",
    "不到": "under", "不足": "under", "少于": "under", "低于": "under",
}
QUALIFIERS_AFTER = {"左右": "approx", "上下": "approx", "以上": "over", "多": "over", "余": "over",
                    "以下": "under", "以内": "under"}
MAGNITUDES = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000}
# counters after which a noun says what is counted (12个国家, 5座城市)
GENERIC_COUNTERS = {"个", "座", "家", "所"}
UNIT_KIND_TO_KIND = {"count": "goods", "measure": "goods", "people": "people", "events": "events",
                     "countries": "countries", "partners": "partners"}
# words between 个 and the counted noun that do not change what is counted
# (七个葡语国家, 12个拉美国家, 5个欧洲城市: a short name of a region or language group before countries or cities)
NOUN_MODIFIERS = (r"(?:外国|国际|海外|境外|外方|中外|友好|各级|有关|相关|合作|兄弟)*"
                  rf"(?:(?:(?!的|国家|城市)[\u4e00-\u9fff]){{1,3}}?(?=国家|城市|{PARTNER_NOUNS}|地区|省份))?")

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿"
_CN_NUMBER = f"[{_CN_DIGITS}]+"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# 1万5000片, 2萬5千個, 3千5百只: the part after a magnitude, written in digits (below that magnitude)
_TAIL = r"\d[千百](?:\d百)?|\d{3,4}(?![\d.,:/\-年月日号时点%])"


@dataclass
class QuantityMention:
    """One amount in the text; ``start``/``end`` are offsets into the text searched.

    ``kind`` says what the number counts, so callers need not know counters:
    ``goods`` (items), ``money`` (``currency`` set), ``countries``,
    ``partners`` (cities, governments, organisations), ``events`` (letters,
    calls, meetings, shipments), ``people`` or ``other`` (durations, cases,
    ratios, bare numbers).
    """

    start: int
    end: int
    value: float
    qualifier: str  # exact | approx | over | under
    unit_raw: str | None
    unit: str | None
    currency: str | None
    text: str
    kind: str = "other"


def _alternation(words) -> str:
    """Longest first, so that 日元 wins over 元 and 千克 over 千."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[str, str]]:
    return {r["raw"]: (r["unit"], r["kind"]) for r in load_table("units.tsv")}


@lru_cache(maxsize=1)
def _nouns() -> dict[str, tuple[str, str]]:
    return {r["noun"]: (r["unit"], r["kind"]) for r in load_table("counted_nouns.tsv")}


@lru_cache(maxsize=1)
def _nouns_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_nouns(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _currencies() -> tuple[dict[str, str], dict[str, str]]:
    """(suffix words, prefix words) -> ISO 4217 code."""
    suffix, prefix = {}, {}
    for r in load_table("currencies.tsv"):
        if r["position"] in ("suffix", "both"):
            suffix[r["word"]] = r["currency"]
        if r["position"] in ("prefix", "both"):
            prefix[r["word"]] = r["currency"]
    return suffix, prefix


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    suffix_cur, prefix_cur = _currencies()
    units = _alternation(_units())
    before = _alternation(QUALIFIERS_BEFORE)
    # 千 and 百 are magnitudes unless they begin a unit (千克)
    mag = r"(?:[万亿]|[千百](?!克|米|瓦|帕|字))+"
    return re.compile(
        rf"(?P<pre>{before})?(?:(?P<curpre>{_alternation(prefix_cur)})[ ]?)?(?P<pre2>{before})?"
        rf"(?:(?P<ar>(?<![A-Za-z0-9@_#])(?<![A-Za-z0-9][.\-:/])(?:{_ARABIC}))|(?P<cn>(?<![0-9.]){_CN_NUMBER}))"
        rf"(?P<yu1>余|多)?(?P<mag>{mag})?(?:(?<=[万亿千])(?P<tail>{_TAIL}))?(?P<yu2>余|多)?"
        rf"(?:(?P<cur>{_alternation(suffix_cur)})"
        rf"|[ ]?(?P<unit>{units})(?:\((?P<unit2>{units})\)|/(?P<unit3>{units}))?"
        rf"(?P<yu3>余|多)?(?P<noun>{NOUN_MODIFIERS}(?:{_alternation(_nouns())}))?)?"
        rf"(?P<post>左右|上下|以上|以下)?"
    )


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str]:
    """The characters a match of :func:`_pattern` can begin with: a qualifier word's, a prefix currency's, a numeral's."""
    _suffix_cur, prefix_cur = _currencies()
    firsts = {w[0] for w in QUALIFIERS_BEFORE} | {w[0] for w in prefix_cur if w} | set(_CN_DIGITS)
    return re.compile(r"[\d" + "".join(re.escape(ch) for ch in sorted(firsts)) + "]")


@lru_cache(maxsize=4096)
def _cn_value(s: str) -> float | None:
    """Value of a pure Chinese numeral; a bare magnitude (千, 万) means one of it."""
    import cn2an  # only for the numeral core: it rejects 余/多/近/约 and units

    if s and s[0] in "千百万亿仟佰":
        s = "一" + s
    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError, TypeError, IndexError):
        pass
    # 一亿一千 (written without the 零 that cn2an wants before a lower group): each group read on its own
    for mag in "亿万":
        head, sep, rest = s.partition(mag)
        if sep and head and rest:
            high, low = _cn_value(head + mag), _cn_value(rest.lstrip("零"))
            if high is not None and low is not None and low < MAGNITUDES[mag]:
                return high + low
    return None


def _magnitude(mag: str) -> float:
    value = 1.0
    for ch in mag:
        value *= MAGNITUDES[ch]
    return value


def _tail_value(tail: str, mag: str) -> float:
    """What 5000 adds in 1万5000 (or 5千 in 2万5千): the digits after the magnitude, read below it.

    Digits alone fill every place below it (1万5000, 3千500); a tail that does not (1万500) is no numeral
    of this kind and adds nothing.
    """
    if tail[1:2] in ("千", "百"):
        value = float(tail[0]) * MAGNITUDES[tail[1]] + (float(tail[2]) * 100 if len(tail) > 2 else 0)
    else:
        value = float(tail) if 10 ** len(tail) == MAGNITUDES[mag] else 0.0
    return value if value < MAGNITUDES[mag] else 0.0


_STRIP_BEFORE = re.compile(rf"^(?:{_alternation(QUALIFIERS_BEFORE)})")
_NUMBER_CORE = re.compile(rf"^({_ARABIC})([十百千万亿]*)$")


def parse_number(s: str) -> float | None:
    """Value of an Arabic, Chinese or mixed numeral (``1.5万``, ``近千``, ``十余万``).

    Qualifier words (约 近 逾 ...) and 余/多/左右 are dropped: the qualifier is
    :func:`find_quantities`' business, the number is what remains.
    """
    s = (s or "").strip()
    s = _STRIP_BEFORE.sub("", s)
    s = re.sub(r"(左右|上下|以上)$", "", s)
    s = s.replace("余", "").replace("多", "")
    if not s:
        return None
    m = _NUMBER_CORE.match(s)
    if m:
        return float(m.group(1).replace(",", "")) * _magnitude(m.group(2))
    m = re.match(rf"^({_CN_NUMBER})$", s)
    if m:
        # 一万五千 and 两千 go to cn2an whole; a trailing magnitude run that
        # cn2an rejects (千万 after a bare 三) is multiplied out here.
        v = _cn_value(s)
        if v is not None:
            return v
        core = s.rstrip("万亿")
        if core and core != s:
            v = _cn_value(core)
            return v * _magnitude(s[len(core):]) if v is not None else None
    return None


def _qualifier(m: re.Match[str], counted_post: bool = True, skip_pre: bool = False) -> str:
    """Prefix words first (约3000余万 is approx), then 余/多, then 左右/以上."""
    for g in ("pre", "pre2"):
        if m.group(g) and not (skip_pre and g == "pre"):
            return QUALIFIERS_BEFORE[m.group(g)]
    if m.group("yu1") or m.group("yu2") or m.group("yu3"):
        return "over"
    if m.group("post") and counted_post:
        return QUALIFIERS_AFTER[m.group("post")]
    return "exact"


#: suffixes that only say "units of money" when a currency is named before the number
_GENERIC_YUAN = frozenset({"元", "块", "块钱"})
#: 数千, 几万, 数十万: a count left vague, no amount (总数20万 is an amount)
_VAGUE_BEFORE = frozenset("数几")
_DATE_OR_TIME_AFTER = re.compile(r"(?:年|月|日(?!元)|号|时|点(?!\d)|分(?!钟|之)|秒|[-/:]\d)")


def _not_an_amount(text: str, m: re.Match[str]) -> bool:
    """Dates, times, ordinals, versions and adjectives that look like amounts."""
    ar, cn, mag, yu1, cur, unit = m.group("ar", "cn", "mag", "yu1", "cur", "unit")  # (one call for the groups)
    num_start, after_number = m.span("ar") if ar else m.span("cn")
    if num_start > 0 and text[num_start - 1] == "第":
        return True
    if not (mag or yu1 or cur or unit):
        if _DATE_OR_TIME_AFTER.match(text, after_number):
            return True
        if after_number < len(text) and (text[after_number].isascii() and text[after_number].isalpha()):
            return True  # 5G, 95th, 163.com
        if ar and after_number < len(text) and text[after_number] == "." and ar.isdigit():
            return True  # 163.com, 1.2.3
    if unit and m.end("unit") < len(text):
        nxt = text[m.end("unit")]
        if nxt == unit[-1] and not m.group("noun"):
            return True  # 一箱箱, 一封封: "box after box"
        if text.startswith("难求", m.end("unit")):
            return True  # 口罩一片难求 / 一罩难求: "not one to be had", no amount
        if unit == "次" and nxt == "性":
            return True  # 一次性 = disposable
        if unit == "国" and text.startswith("集团", m.end("unit")):
            return True  # 二十国集团 = G20, a name
    if cn and not (unit or cur):
        return True  # a Chinese numeral alone is a word part (万里, 一带一路)
    if num_start > 0 and text[num_start - 1] in _VAGUE_BEFORE and cn and cn[0] in "十百千万":
        return True  # 数千只, 几万个, 若干: "some thousands" states no amount
    return False


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[QuantityMention]:
    """Every amount in ``text[start:end]`` (offsets stay those of ``text``).

    A document is scanned once; a sentence's amounts are then read off that
    scan (the event reader asks sentence by sentence).  That is the same as
    scanning the sentence alone unless a match of the whole scan straddles
    the range's edges or the one look-ahead of the pattern (千克 after 千)
    could see past its end; then the range is scanned on its own.
    """
    end = len(text) if end is None else end
    if start < end:
        whole = _whole_scan(text)
        found = whole.within(text, start, end)
        if found is not None:
            return found
    return list(_scan(text, start, end).mentions)


@dataclass(frozen=True)
class _Scan:
    """The raw pattern matches of one scan (``starts``/``ends``) and the amounts read from them."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    mentions: tuple[QuantityMention, ...]
    mention_at: tuple[int, ...]  # start of the raw match each mention came from

    def within(self, text: str, start: int, end: int) -> list[QuantityMention] | None:
        """The mentions a scan of ``text[start:end]`` alone finds, or None when that cannot be told from here."""
        i = bisect_left(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return None  # a match runs over the range's start
        j = bisect_left(self.starts, end)
        if j > 0 and self.ends[j - 1] > end:
            return None  # a match runs over the range's end
        if end < len(text) and text[end] in _LOOKAHEAD_CHARS:
            return None  # the pattern's look-ahead sees past the end
        lo, hi = bisect_left(self.mention_at, start), bisect_left(self.mention_at, end)
        return list(self.mentions[lo:hi])


#: What the magnitude look-ahead (千克, 百米 ...) checks for.
_LOOKAHEAD_CHARS = frozenset("克米瓦帕字")


@lru_cache(maxsize=4)
def _whole_scan(text: str) -> _Scan:
    return _scan(text, 0, len(text))


def _scan(text: str, start: int, end: int) -> _Scan:
    units, nouns = _units(), _nouns()
    suffix_cur, prefix_cur = _currencies()
    out: list[QuantityMention] = []
    starts: list[int] = []
    ends: list[int] = []
    mention_at: list[int] = []
    for m in finditer_at(_pattern(), _starts(), text, start, end):
        starts.append(m.start())
        ends.append(m.end())
        ar, cn = m.group("ar", "cn")
        if not (ar or cn) or _not_an_amount(text, m):
            continue
        number = ar or cn
        # (an Arabic match is digits, thousands commas and one decimal part: parse_number's value is its float)
        base = float(number.replace(",", "")) if ar else _cn_value(number)
        if base is None:
            continue
        value = round(base * _magnitude(m.group("mag") or ""), 6)  # 50.9744万 is 509744, not 509743.99999999994
        if m.group("tail"):
            value += _tail_value(m.group("tail"), m.group("mag")[-1])
        mention_end = m.end()
        unit_raw = unit = currency = None
        kind = "other"
        if m.group("cur") and not (m.group("curpre") and m.group("cur") in _GENERIC_YUAN):
            currency = suffix_cur[m.group("cur")]
            unit_raw = m.group("cur")
        elif m.group("curpre"):  # 港币50万元, 新台币100万元: the named currency, not 元's renminbi
            currency = prefix_cur[m.group("curpre")]
            unit_raw = m.group("curpre")
        if currency:
            kind = "money"
        elif m.group("unit"):
            unit_raw = text[m.start("unit"):m.end("unit3") if m.group("unit3") else
                            (m.end("unit2") + 1 if m.group("unit2") else m.end("unit"))]
            unit, unit_kind = units[m.group("unit")]
            kind = UNIT_KIND_TO_KIND.get(unit_kind, "other")
            noun = m.group("noun")
            if noun and m.group("unit") in GENERIC_COUNTERS:
                bare = next(n for n in _nouns_longest_first() if noun.endswith(n))
                unit, noun_kind = nouns[bare]
                kind = UNIT_KIND_TO_KIND.get(noun_kind, "other")
                unit_raw = text[m.start("unit"):m.end("noun")]
            elif noun:
                # the noun is not counted by this counter: the mention ends before it
                mention_end = m.start("noun")
        start_at = m.start()
        qualifier = _qualifier(m, counted_post=mention_end == m.end())
        if m.group("pre") == "上" and not (m.group("cn") and m.group("cn")[0] in "百千万亿"):
            # 上千/上万 = "upwards of"; elsewhere 上 ends a word (会上, 箱上)
            start_at = m.end("pre")
            qualifier = _qualifier(m, counted_post=mention_end == m.end(), skip_pre=True)
        out.append(QuantityMention(start_at, mention_end, value, qualifier, unit_raw, unit, currency,
                                   text[start_at:mention_end], kind))
        mention_at.append(m.start())
    return _Scan(tuple(starts), tuple(ends), tuple(out), tuple(mention_at))
