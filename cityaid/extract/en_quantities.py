"""Amounts, money and goods in English text.

English states amounts in digits (``40,000``, ``1.2``, ``10k``), with a
magnitude word (``$1.2 million``) or in words (``One hundred thousand``,
``Fifteen thousand``, ``one million won``).  A hedge before the number sets
the qualifier (``about`` -> approx, ``more than`` -> over, ``up to`` ->
under).  What the number counts is read from the words after it:

* an item word (``items_en.tsv``: ``face masks``, ``N95``, ``protective
  suits``) or a counting word and ``of`` (``200,000 pieces of supplies``) ->
  goods, with the item's unit;
* a currency word or sign (``currencies_en.tsv``) -> money; ``¥`` is CNY
  unless the text speaks of yen (a Japanese report);
* a counted noun (``counted_en.tsv``: ``10 partner regions``, ``47
  countries``, ``28 local governments``) -> partners / countries / events.

:func:`itemize_en` turns goods into item lines and drops a total whose parts
are itemised right after it (``2,000 masks (500 N95 masks and 1,500
surgical masks)``), so nothing is counted twice.  The number and item
mentions are the same :class:`QuantityMention` / :class:`ItemLine` records
as the Chinese extractor's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from cityaid.clean.tables import load_table
from cityaid.extract.items import ItemLine, ItemMention, in_brackets, specialise_masks
from cityaid.extract.quantities import QuantityMention
from cityaid.clean.fastre import finditer_at, trie_alternation

_SMALL = {"zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_MAGNITUDES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|" \
        r"thousand|million|billion)"
_WORDS = rf"(?:half\s+a\s+(?:million|billion)|(?:a|an)\s+(?:hundred|thousand|million|billion)|{_WORD})(?:(?:\s+and\s+|[\s-]+){_WORD})*"
#: thousands set apart by a space ("5 120 masks", "50 000"), never right after a month's name ("April 15 200")
_MONTHS_BEFORE = "".join(f"(?<!{m} )" for m in (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "no"))
_SPACED = _MONTHS_BEFORE + r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,]|\.\d)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|" + _SPACED + r"|\d+(?:\.\d+)?"
_MAG = r"(?:\s*(?:million|billion|thousand|mn|bn)\b|(?:k|m)\b)"

_QUALIFIERS = (
    ("approx", r"about|around|approximately|roughly|nearly|almost|some|close to|an estimated|estimated"),
    ("over", r"more than|over|at least|upwards of|in excess of|above|no fewer than|no less than"),
    ("under", r"up to|less than|fewer than|under|below"),
)
_QUAL_RE = "|".join(f"(?P<q_{name}>{alt})" for name, alt in _QUALIFIERS)
_UNIT_WORDS = {"piece": "piece", "pieces": "piece", "pcs": "piece", "set": "set", "sets": "set", "box": "box",
               "boxes": "box", "pair": "pair", "pairs": "pair", "unit": "item", "units": "item", "item": "item",
               "items": "item", "carton": "box", "cartons": "box", "bottle": "bottle", "bottles": "bottle",
               "packs": "box", "packages": "box", "cases": "box", "kits": "piece"}
#: Between a number and its item: adjectives only (no digits, no list glue), a few words.
_ADJ_GAP = re.compile(r"^(?:\s*(?:[A-Za-z][\w'-]*|of))*?\s*$")
_MAX_GAP_WORDS = 4
_STOP_GAP = re.compile(r"\b(?:and|or|to|for|from|by|in|on|at|with|was|were|have|has|that|which)\b|[,;:()]", re.I)
_NUMBER_FULL = re.compile(rf"({_DIGITS})\s*(million|billion|thousand|mn|bn|k|m)?")
_NUMBER_WORD_SPLIT = re.compile(r"[\s-]+")
_COUNTING_OF = re.compile(r"\s*(\w+)\s+of\s+")
_HAS_DIGIT = re.compile(r"\d")
#: a disease's name holding a number (``COVID-19 test kits``, ``SARS-CoV-2 swabs``): a word, never an amount
_DISEASE = re.compile(r"\b(?:COVID|SARS-CoV|MERS-CoV|2019-nCoV|nCoV)-?\d*\b|\b2019-nCoV\b", re.I)
_DISEASE_BEFORE = re.compile(r"(?:COVID|SARS-CoV|MERS-CoV|nCoV)-?$|\b2019-$", re.I)
_YEN = re.compile(r"\byen\b|\bJPY\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_BRACKET_AFTER = re.compile(r"\s*\(")
#: A verb whose particle is "over" (``handed over``, ``turned over``) just before an amount.
_PHRASAL_OVER = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+$", re.I)
#: what "N boxes of <noun>" counts when the lexicon does not know the noun
_OTHER_GOODS = "<other goods>"
_NOUN = re.compile(r"((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\b")
_GENERIC_NOUNS = frozenset({"equipment", "supplies", "materials", "items", "aid", "goods", "relief", "gear", "ppe",
                            "protective equipment", "medical equipment", "them", "which", "these", "those", "the"})
_MEASURE = re.compile(r"\s*(?:metric\s+)?(?:tonnes|tons|ton|kilograms|kilos|kg|pounds|lbs|cubic metres|cubic meters|"
                      r"truckloads|containers|planeloads)\b")
#: between two goods of one list ("masks, gloves and gowns")
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)")
#: how far back (characters) the kind of a mask counted without one is looked for
_MASK_LOOKBACK = 400
#: what a "set" of protective equipment is: one protective suit with its kit ("sets of personal protective equipment")
_PPE_SET = re.compile(r"(?:personal\s+)?protective\s+(?:equipment|gear)\b(?:\s*\(PPE\))?|PPE\b", re.I)
_INCLUDING_AFTER = re.compile(r"\s*,?\s*(?:including|includ\w+|of which|among them)\b")


@lru_cache(maxsize=1)
def _items() -> dict[str, tuple[str, str]]:
    return {r["word"].lower(): (r["item"], r["unit"]) for r in load_table("items_en.tsv")}


@lru_cache(maxsize=1)
def _item_re() -> re.Pattern:
    # the longest item word at each position, as a trie (see cityaid.clean.fastre)
    return re.compile(r"(?<![\w-])" + trie_alternation(_items()) + r"(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _currencies() -> tuple[dict[str, str], dict[str, str]]:
    pre, post = {}, {}
    for r in load_table("currencies_en.tsv"):
        if r["position"] in ("prefix", "both"):
            pre[r["word"]] = r["currency"]
        if r["position"] in ("suffix", "both"):
            post[r["word"].lower()] = r["currency"]
    return pre, post


@lru_cache(maxsize=1)
def _counted() -> dict[str, str]:
    return {r["noun"].lower(): r["kind"] for r in load_table("counted_en.tsv")}


@lru_cache(maxsize=1)
def _counted_patterns() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(noun, kind, pattern) longest noun first: the noun after at most three modifier words."""
    counted = _counted()
    # "30 U.S. states": an abbreviated name may stand between (the window is lowercased)
    return tuple((noun, counted[noun], re.compile(rf"\s*(?:[a-z][\w.-]*\s+){{0,3}}?{re.escape(noun)}\b"))
                 for noun in sorted(counted, key=len, reverse=True))


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _number_re() -> re.Pattern:
    pre, post = _currencies()
    return re.compile(
        rf"(?<![\w$€£¥₩₽.,])(?:(?:{_QUAL_RE})\s+)?(?P<cur>{_alt(pre)})?\s?"
        rf"(?P<num>{_DIGITS}|{_WORDS})(?P<mag>{_MAG})?(?![\w])"
        rf"(?:\s*(?P<curpost>{_alt(post)})(?![\w]))?",
        re.I,
    )


@lru_cache(maxsize=1)
def _number_starts() -> re.Pattern:
    """Where a match of :func:`_number_re` can begin: a qualifier and a space, a prefix currency, a digit, a
    number word, ``a``/``an`` and a space, or a space (before a number), never right after a word.  Only there
    is the pattern tried (``finditer_at``)."""
    pre, _post = _currencies()
    qualifiers = trie_alternation(w for _name, alt in _QUALIFIERS for w in alt.split("|"))
    words = list(pre) + re.findall(r"[a-z]+", _WORD) + ["half"]
    return re.compile(rf"(?<![\w$€£¥₩₽.,])(?:\d|\s|an?\s|{qualifiers}\s|" + trie_alternation(w.lower() for w in words) + ")",
                      re.I)


def parse_number_en(s: str) -> float | None:
    """``40,000`` -> 40000; ``1.2 million`` -> 1.2e6; ``10k`` -> 1e4; ``One hundred thousand`` -> 1e5."""
    s = s.strip().lower()
    half = re.fullmatch(r"half\s+a\s+(million|billion)", s)
    if half:
        return 0.5 * _MAGNITUDES[half.group(1)]
    m = _NUMBER_FULL.fullmatch(s)
    if m:
        value = float(re.sub(r"[,\s\u00a0\u202f\u2009]", "", m.group(1)))
        return value * _MAGNITUDES[m.group(2)] if m.group(2) else value
    total, current, seen = 0.0, 0.0, False
    for w in _NUMBER_WORD_SPLIT.split(s):
        if w == "and" or not w:
            continue
        if w in _SMALL:
            current += _SMALL[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in ("thousand", "million", "billion"):
            total += (current or 1) * _MAGNITUDES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _qualifier(m: re.Match) -> str:
    for name, _ in _QUALIFIERS:
        if m.group(f"q_{name}"):
            return name
    return "exact"


def _following(text: str, pos: int, end: int) -> tuple[str, str | None, str | None, int]:
    """What the words after ``pos`` count: (kind, item-or-noun, unit, end of the phrase)."""
    window = text[pos:min(end, pos + 80)]
    low = window.lower()
    hm = _HYPHEN_ITEM.match(window)  # a 30,000-mask shipment
    if hm:
        for word in (hm.group(1).lower(), hm.group(1).lower() + "s"):
            if word in _items():
                return "goods", word, None, pos + hm.end()
    if _MEASURE.match(low):
        return "other", None, None, pos  # "ten tonnes of ventilators, masks ...": a weight, not a count of goods
    um = _COUNTING_OF.match(low)
    if um and um.group(1) in _UNIT_WORDS:
        if um.group(1) in ("set", "sets") and (ppe := _PPE_SET.match(window, um.end())) is not None:
            return "goods", "protective suits", "set", pos + ppe.end()  # "2,000 sets of PPE": protective suits
        im = _item_re().search(window, um.end())
        if im and len(_STOP_GAP.findall(window[um.end():im.start()])) == 0:
            return "goods", im.group().lower(), _UNIT_WORDS[um.group(1)], pos + im.end()
        noun = _NOUN.match(window, um.end())
        if noun and noun.group(1).lower() not in _GENERIC_NOUNS:
            return "goods", _OTHER_GOODS, _UNIT_WORDS[um.group(1)], pos + noun.end()  # 5,000 boxes of noodles
        return "goods", None, _UNIT_WORDS[um.group(1)], pos + um.end()
    if um and _counted().get(um.group(1)) == "events":
        return "events", um.group(1), None, pos + um.start(1) + len(um.group(1))  # "three donations of masks"
    im = _item_re().search(window)
    if im:
        gap = _DISEASE.sub("disease", window[:im.start()])
        if not _STOP_GAP.search(gap) and len(gap.split()) <= _MAX_GAP_WORDS and not _HAS_DIGIT.search(gap):
            return "goods", im.group().lower(), None, pos + im.end()
        shared = _shared_head(window, im)
        if shared:
            return "goods", shared[0], None, pos + shared[1]
    pm = _PAIRED_NAMES.match(window)
    for noun, kind, pattern in _counted_patterns():
        if noun not in low:
            continue  # the pattern needs the noun itself
        cm = pattern.match(low)
        if cm and not _STOP_GAP.search(window[:cm.end() - len(noun)]):  # the noun may hold "and" itself
            return kind, noun, None, pos + cm.end()
        if pm and kind in ("countries", "partners") and low[pm.end():].startswith(noun) \
                and not low[pm.end() + len(noun):pm.end() + len(noun) + 1].isalpha():
            return kind, noun, None, pos + pm.end() + len(noun)  # "eight South and Southeast Asian countries"
    return "other", None, None, pos


#: two capitalised modifiers joined by "and"/"or" before a counted noun ("South and Southeast Asian")
_PAIRED_NAMES = re.compile(r"\s*[A-Z][\w-]*\s+(?:and|or)\s+(?:[A-Z][\w-]*\s+){1,2}")


_MODIFIER_THEN_GLUE = re.compile(r"\s*((?:[A-Za-z][\w-]*\s+)?[A-Za-z0-9][\w-]*)(?=\s*(?:,|\band\b|\bor\b))")


def _shared_head(window: str, im: re.Match) -> tuple[str, int] | None:
    """``50,000 surgical and 10,000 N95 masks``: the first amount's goods are its modifier with the noun
    the list ends in (``surgical masks``), when the lexicon knows them.  Returns (item word, end)."""
    m = _MODIFIER_THEN_GLUE.match(window)
    if not m:
        return None
    head = im.group().split()[-1].lower()
    word = f"{m.group(1).lower()} {head}"
    return (word, m.end()) if word in _items() else None


def find_quantities_en(text: str, start: int = 0, end: int | None = None) -> list[QuantityMention]:
    """Amounts in ``text[start:end]`` (offsets into ``text``), each with the kind of thing it counts.

    The event reader asks for the same sentence several times (to cut it,
    to read its amounts, to itemise it): the answer is computed once and
    remembered (the mentions are shared; callers only read them).
    """
    return list(_quantities_en(text, start, len(text) if end is None else end))


#: "ten weeks", "3 days", "two months after": a span of time counted, not goods
_SPAN_OF_TIME = re.compile(r"[\s-]+(?:(?:more|long|short|full|whole)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|"
                           r"months?|years?|decades?)\b", re.I)
#: "60-odd", "40 odd": a round count and some more
_ODD = re.compile(r"(?:-|\s)odd\b", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)
_VAGUE_BEFORE = re.compile(r"\b(?:several|many|a\s+few|few|some|a\s+couple\s+of)\s+$", re.I)
_ONE_OF = re.compile(r"\s+of\s+(?:the|its|their|our|his|her|several|many|[A-Z][\w-]*(?:'s|’s))\s")


@lru_cache(maxsize=256)
def _quantities_en(text: str, start: int, end: int) -> tuple[QuantityMention, ...]:
    pre, post = _currencies()
    yen = _YEN.search(text) is not None
    out: list[QuantityMention] = []
    for m in finditer_at(_number_re(), _number_starts(), text, start, end):
        value = parse_number_en(m.group("num") + (m.group("mag") or ""))
        if value is None:
            continue
        num = m.group("num")
        if num[0].isdigit() and _DISEASE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # the "19" of "COVID-19", the "2" of "SARS-CoV-2": a name, not an amount
        cur_raw = m.group("cur") or m.group("curpost")
        currency = None
        if m.group("cur"):
            currency = pre.get(m.group("cur")) or pre.get(m.group("cur").upper())
            if m.group("cur") == "¥" and yen:
                currency = "JPY"
        elif m.group("curpost"):
            currency = post.get(m.group("curpost").lower())
            if m.group("curpost").lower() == "won" and not m.group("mag") and value < 100 and not num[0].isdigit():
                currency = None  # "one won", "they won": not an amount
        qual = _qualifier(m)
        if qual == "over" and m.group("q_over").lower() == "over" \
                and _PHRASAL_OVER.search(text, max(0, m.start() - 16), m.start()):
            qual = "exact"  # "handed over 5,000 masks": the verb's particle, not "more than"
        if currency:
            out.append(QuantityMention(m.start(), m.end(), value, qual, cur_raw, None, currency, m.group(), "money"))
            continue
        n_end = m.end("mag") if m.group("mag") else m.end("num")
        if (odd := _ODD.match(text, n_end)) is not None and not m.group("mag"):
            n_end, qual = odd.end(), "over" if qual == "exact" else qual  # "60-odd partners": more than 60
        if num.lower() in ("hundred", "thousand", "million") and not m.group("cur") \
                and _VAGUE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "several thousand masks", "a few hundred gowns": no figure told
        if num.lower() == "one" and _ONE_OF.match(text, n_end):
            continue  # "from X, one of the Chinese cities it works with": picks one, counts nothing
        if num[0].isdigit() and _YEAR.fullmatch(num) and not m.group("mag"):
            kind, what, unit, q_end = "other", None, None, n_end  # a year
        elif _SPAN_OF_TIME.match(text, n_end):
            kind, what, unit, q_end = "other", None, None, n_end  # "Ten weeks after ...": a time, no goods
        else:
            kind, what, unit, q_end = _following(text, n_end, end)
            if kind == "other" and (part := _OF_THEM.match(text, n_end)) is not None:
                # "100,000 of them were presented to X": a part of the goods named last before (within reach)
                named = [im for im in _item_re().finditer(text, max(0, m.start() - 400), m.start())
                         if not _field_of_study(text, im)]
                if named:
                    kind, what, unit, q_end = "goods", named[-1].group().lower(), None, part.end()
        if kind == "other" and not num[0].isdigit() and value < 10:
            continue  # "one made early", "a friend": not amounts
        if kind == "goods" and what and unit is None:
            unit = _items()[what][1]
        out.append(QuantityMention(m.start(), q_end if kind != "other" else n_end, value, qual, what, unit, None,
                                   text[m.start():q_end if kind != "other" else n_end], kind))
    return tuple(out)


#: medicine as a field of study or practice, no goods: "experts in respiratory medicine", "School of Medicine",
#: "intensive care and traditional Chinese medicine doctors"
_FIELD_BEFORE = re.compile(r"(?:\b(?:respiratory|internal|emergency|critical\s+care|intensive\s+care|preventive|"
                           r"family|tropical|sports|integrative|integrated|clinical|nuclear|occupational|pulmonary|"
                           r"general|infectious|veterinary|laboratory|rehabilitation)\s+"
                           r"|\b(?:School|College|Faculty|Academy|Doctor|Department|University|Institute|Bachelor|Master)\s+of\s+)$")
_FIELD_AFTER = re.compile(r"\s+(?:department|ward|hospitals?|university|school|college|faculty|institute|"
                          r"practitioners?|doctors?|experts?|specialists?|physicians?|professors?|students?)\b", re.I)
_FIELD_PEOPLE = re.compile(r"\b(?:experts?|specialists?|doctors|physicians|professionals|staff|expertise|fields?|"
                           r"specialties|specialities|departments?|backgrounds?|degrees?)\s+(?:in|of|from|covering|"
                           r"spanning|including)\s+[^\d.;:]{0,120}$", re.I)


def _field_of_study(text: str, m) -> bool:
    word = m.group().lower()
    if not word.endswith("medicine"):
        return False
    before = text[max(0, m.start() - 140):m.start()]
    return bool(_FIELD_BEFORE.search(before) or _FIELD_AFTER.match(text, m.end()) or _FIELD_PEOPLE.search(before))


def find_items_en(text: str, start: int = 0, end: int | None = None) -> list[ItemMention]:
    """Item words in ``text[start:end]`` (longest first, whole words); medicine named as a field of
    study or practice ("experts in respiratory medicine") is no item."""
    end = len(text) if end is None else end
    return [ItemMention(m.start(), m.end(), _items()[m.group().lower()][0], m.group())
            for m in _item_re().finditer(text, start, end) if not _field_of_study(text, m)]


def itemize_en(text: str, start: int = 0, end: int | None = None) -> list[ItemLine]:
    """Goods of ``text[start:end]``: counted items, then item words named without an amount.

    A total followed by its parts in brackets or after ``including`` is
    dropped when its parts add up to it (or are bracketed): the parts are the
    itemisation.  Item words already covered by an amount are not repeated.
    """
    end = len(text) if end is None else end
    lines: list[ItemLine] = []
    covered: list[tuple[int, int]] = []
    for q in find_quantities_en(text, start, end):
        if q.kind != "goods":
            continue
        item = _items()[q.unit_raw][0] if q.unit_raw in _items() else \
            "other" if q.unit_raw == _OTHER_GOODS else "supplies"
        lines.append(ItemLine(item, q.value, q.unit, q.qualifier, q.start, q.end))
        covered.append((q.start, q.end))
    lines += _elliptical_en(text, start, end, lines)
    lines.sort(key=lambda ln: ln.start)
    lines = _drop_totals(text, lines)
    mentions = find_items_en(text, start, end)
    lines, listed = _list_counts(text, lines, mentions)
    counted = {ln.item for ln in lines}
    for im in mentions:
        if any(a <= im.start < b for a, b in covered) or im.item in counted or im.start in listed:
            continue
        if im.item == "supplies" and lines:
            continue  # "a shipment of supplies, 20,000 masks ...": the counted goods say what
        lines.append(ItemLine(im.item, None, None, None, im.start, im.end))
        counted.add(im.item)
    if not any(ln.item == "mask" for ln in lines):
        return lines
    return specialise_masks(lines, find_items_en(text, max(0, start - _MASK_LOOKBACK), end))


_HYPHEN_ITEM = re.compile(r"-([A-Za-z][A-Za-z0-9]*)\b")
#: between a total and a bare amount that breaks it down (5,120 masks: 2,560 went to …)
_BREAKDOWN = re.compile(r":|\b(?:including|of which|of them|among them|of these)\b", re.I)
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
_AFTER_BARE = re.compile(r"\s+(?:went|were|was|go|going|to|for|each|apiece)\b")
#: what comes before such an amount: list glue (…, and 2,000 to schools; …: 2,560 went to …)
_BEFORE_BARE = re.compile(r"(?:\band|\bwhile|\bwith|\bbut|[,;:])\s*$")


def _elliptical_en(text: str, start: int, end: int, lines: list[ItemLine]) -> list[ItemLine]:
    """``4,000 masks to the hospital and 2,000 to schools``, ``2,560 went to Auckland``: a bare amount
    after goods counted in the same span counts the same goods."""
    counted = [ln for ln in lines if ln.quantity is not None]
    if not counted:
        return []
    out = []
    for q in find_quantities_en(text, start, end):
        if q.kind != "other" or q.currency or q.value < 10 or _YEAR.fullmatch(q.text.strip()) \
                or not _AFTER_BARE.match(text, q.end) or not _BEFORE_BARE.search(text, max(0, q.start - 8), q.start) \
                or in_brackets(text, q.start) \
                or _MONTH_BEFORE.search(text, max(0, q.start - 12), q.start):
            continue
        before = [ln for ln in counted if ln.end <= q.start]
        if before:
            last = max(before, key=lambda ln: ln.end)
            if _BREAKDOWN.search(text, last.end, q.start):
                continue  # the parts of a total already counted
            out.append(ItemLine(last.item, q.value, last.unit, q.qualifier, q.start, q.end))
    return out


def _list_counts(text: str, lines: list[ItemLine], mentions: list[ItemMention]) -> tuple[list[ItemLine], set[int]]:
    """One amount before a list of three or more goods without amounts of their own (``about 20,000
    masks, gloves and protective gowns``) counts the whole list: a line of supplies.  Returns the
    lines and the starts of the item words the list took."""
    by_start = {im.start: im for im in mentions}
    starts = sorted(by_start)
    counted_at = {ln.start for ln in lines if ln.quantity is not None}
    out, listed = [], set()
    for ln in lines:
        if ln.quantity is None:
            out.append(ln)
            continue
        members, pos = [], ln.end
        while True:
            glue = _LIST_GLUE.match(text, pos)
            nxt = next((s for s in starts if s >= pos), None)
            if glue is None or nxt is None or nxt != glue.end() or any(a >= pos and a <= nxt for a in counted_at):
                break
            members.append(by_start[nxt])
            pos = by_start[nxt].end
            if text[glue.start():glue.end()].strip(" ,").startswith(("and", "or", "&")):
                break  # "... and gowns" closes the list
        if len(members) >= 2 and all(m.item != "supplies" for m in members):
            out.append(ItemLine("supplies", ln.quantity, "item", ln.qualifier, ln.start, pos))
            listed.update(m.start for m in members)
        else:
            out.append(ln)
    return out, listed


def _drop_totals(text: str, lines: list[ItemLine]) -> list[ItemLine]:
    out: list[ItemLine] = []
    for i, ln in enumerate(lines):
        after = text[ln.end:ln.end + 14]
        bracket = _BRACKET_AFTER.match(after)
        including = _INCLUDING_AFTER.match(after)
        if (bracket or including) and ln.quantity:
            close = text.find(")", ln.end) if bracket else text.find(".", ln.end)
            close = len(text) if close < 0 else close
            parts = [p for p in lines[i + 1:] if p.start < close and p.quantity]
            if parts and (bracket or sum(p.quantity for p in parts) == ln.quantity):
                continue
        out.append(ln)
    return out
