"""Supplies named in a report, and the amounts that go with them.

The item words and their canonical names (spec: ``mask``, ``n95_mask``,
``test_kit``, ...) are data, ``cityaid/data/items.tsv``.  Matching is
leftmost-longest, so ``一次性普通口罩`` is one disposable mask and not a
``mask`` inside it.

:func:`itemize` reads a clause the way the reports write lists of goods:
``180套防护服和3万只口罩`` (amount then item) or ``口罩2万只`` (item then
amount), joined by 、 和 及 以及 ...  A generic word such as 物资 that only
sums up the specific items listed before it is not an item of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cityaid.clean.tables import load_table
from cityaid.extract.quantities import QuantityMention, find_quantities
from cityaid.clean.fastre import first_char_guard, trie_alternation

GENERIC = "supplies"
OTHER = "other"
#: units that weigh goods rather than count them
WEIGHTS = frozenset({"ton", "kg", "g", "jin"})
#: counters that count things, never abstractions (not 个/只/份/条/张, which count anything)
GOODS_COUNTERS = frozenset("台箱盒瓶包袋桶套件副双卷罐支把顶")
#: a noun right after such a counter: what the goods are, when the lexicon does not know them
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}?(?=$|[、,，。;；:：!！?？()（）\s]|和|及|以及|与|等|的|共|运|送|发|捐|已|于)")
# what may stand between an amount and the item it counts (2万只高质量的口罩) ...
MAX_GAP_AFTER_AMOUNT = 8
# ... or a relative clause closed by 的 (4万只专门用于防范病毒的高规格口罩)
MAX_GAP_AFTER_RELATIVE = 16
# ... and between an item and a following amount (口罩共计2万只)
# (拨赠口罩,总数约8万片: a comma before a word for the total still ties the amount to the goods)
# (接收各类物资捐赠12万余件: the goods' donations, counted)
ITEM_THEN_AMOUNT_GAP = re.compile(r"(?:捐赠|捐助|捐献)?(?:[,，](?=共计|合计|总计|累计|总数|数量|总量|共))?(?:共计|合计|总计|累计|总数|数量|总量|共|计|达|为|约|各)*")
# separators end a list entry: an amount never reaches over them
SEPARATOR = re.compile(r"[、,，;；。:：!?！？\n]|和|及|以及|与|跟|还有|并|或")


@dataclass
class ItemMention:
    start: int
    end: int
    item: str
    word: str


@dataclass
class ItemLine:
    """One line of a list of goods; ``start``/``end`` cover the item and its amount."""

    item: str
    quantity: float | None
    unit: str | None
    qualifier: str | None
    start: int
    end: int


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """Lower-cased word -> item (N95 and n95 are the same word)."""
    return {r["word"].lower(): r["item"] for r in load_table("items.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    # ASCII words (N95) must not sit inside a longer ASCII token (KN95 is its own word);
    # leftmost-longest, as a trie (see cityaid.clean.fastre)
    # (a first-character guard in front: most positions are skipped with one class test)
    return re.compile(first_char_guard(trie_alternation(
        _lexicon(), head=lambda ch: r"(?<![A-Za-z0-9])" if ch.isascii() and ch.isalnum() else ""), re.IGNORECASE),
        re.IGNORECASE)


def _family(item: str) -> str:
    return "mask" if item.endswith("mask") else item


def find_items(text: str, start: int = 0, end: int | None = None) -> list[ItemMention]:
    """Item words in ``text[start:end]``, leftmost-longest, offsets into ``text``.

    Two words of one family written together (``N95医用防护口罩``) are one item:
    the more specific name wins.
    """
    lex = _lexicon()
    out: list[ItemMention] = []
    end = len(text) if end is None else end
    for m in _pattern().finditer(text, start, end):
        item = lex[m.group(0).lower()]
        if out and out[-1].end == m.start() and _family(out[-1].item) == _family(item):
            prev = out[-1]
            best = item if prev.item == "mask" else prev.item
            out[-1] = ItemMention(prev.start, m.end(), best, text[prev.start:m.end()])
            continue
        out.append(ItemMention(m.start(), m.end(), item, m.group(0)))
    return out


def _is_goods(q: QuantityMention) -> bool:
    """Counts of goods, and bare numbers (口罩2万); not durations, cases or money."""
    return q.kind == "goods" or (q.kind == "other" and q.unit is None and q.currency is None)


def itemize(text: str, start: int = 0, end: int | None = None, context: bool = True) -> list[ItemLine]:
    """Items in ``text[start:end]`` (a clause or sentence) paired with their amounts.

    An amount counts the item right after it (only modifiers between), else
    the item right before it (only words like 共计 between).  Money and counts
    of countries, partners, letters or people are never item amounts.  Each
    item without an amount is listed once.

    Two constructions of the genre reach further:

    * an amount whose goods are left unsaid (``其中，甲市捐赠6万只``, ``两地各10万只``,
      ``其中4万片今天运抵``) counts the goods last counted with the same kind of
      counter shortly before it (with ``context``);
    * a generic count over a list (``约3万件口罩、护目镜和手套等防疫用品``: 件
      and a list closed by 等 + a generic word, or of three goods) is a count of
      supplies, not of its first item;
    * goods the lexicon does not know, counted with a counter for things
      (``500台平板``), are ``other``; a weight (``十余吨物资``) is no count.
    """
    end = len(text) if end is None else end
    items = find_items(text, start, end)
    if not items:
        quantities = [q for q in find_quantities(text, start, end) if _is_goods(q)]
        lines = _unknown_goods(text, end, quantities, set(), [])
        return lines + (_elliptical(text, start, end, quantities, set()) if context else [])
    quantities = [q for q in find_quantities(text, start, end) if _is_goods(q)]
    # a number that is part of an item word (84消毒液) is not an amount
    quantities = [q for q in quantities if not any(i.start <= q.start < i.end for i in items)]
    paired: dict[int, QuantityMention] = {}
    used: set[int] = set()
    for qi, q in enumerate(quantities):
        nxt = next((k for k, i in enumerate(items) if i.start >= q.end), None)
        if nxt is None or nxt in paired:
            continue
        gap = text[q.end:items[nxt].start]
        if q.unit is None and gap:
            continue  # a bare number must touch its item
        limit = MAX_GAP_AFTER_RELATIVE if gap.endswith("的") else MAX_GAP_AFTER_AMOUNT
        if len(gap) <= limit and not SEPARATOR.search(gap) and not _find_number(gap):
            paired[nxt] = q
            used.add(qi)
    for qi, q in enumerate(quantities):
        if qi in used:
            continue
        prev = next((k for k in range(len(items) - 1, -1, -1) if items[k].end <= q.start), None)
        if prev is None or prev in paired:
            continue
        if ITEM_THEN_AMOUNT_GAP.fullmatch(text, items[prev].end, q.start):
            paired[prev] = q
            used.add(qi)

    covered = _generic_counts(text, items, paired)
    specific = any(i.item != GENERIC for i in items)
    lines: list[ItemLine] = []
    seen_bare: set[str] = set()
    for k, i in enumerate(items):
        if k in covered:
            if covered[k] is not None:
                q = covered[k]
                lines.append(ItemLine(GENERIC, q.value, q.unit, q.qualifier, q.start, i.end))
            continue
        q = paired.get(k)
        if q is not None and q.unit in WEIGHTS and (i.item == GENERIC or q.unit != "kg"):
            q = None  # 十余吨防疫物资: a weight, not a count of the goods (消毒液500公斤: named goods weighed out
            # in kilograms, that weight is their amount)
        if q is None:
            if i.item in seen_bare or (i.item == GENERIC and specific and not _own_member(text, items, k)):
                continue
            seen_bare.add(i.item)
            lines.append(ItemLine(i.item, None, None, None, i.start, i.end))
        else:
            lines.append(ItemLine(i.item, q.value, q.unit, q.qualifier, min(i.start, q.start), max(i.end, q.end)))
    lines += _unknown_goods(text, end, quantities, used, items)
    if context:
        lines += _elliptical(text, start, end, quantities, used)
        if any(ln.item == "mask" for ln in lines):
            # (within the paragraph: a new paragraph's bare 口罩 is another gift's, not the kind named before)
            para = text.rfind("\n", max(0, start - _MASK_REACH), start) + 1
            lines = specialise_masks(lines, find_items(text, max(para, start - _MASK_REACH), end))
    # an item listed bare and again with an amount: keep the amount
    with_amount = {ln.item for ln in lines if ln.quantity is not None}
    return sorted((ln for ln in lines if ln.quantity is not None or ln.item not in with_amount), key=lambda ln: ln.start)


_MEMBER_GLUE = re.compile(r"(?:和|及|以及|与|、|,|，)[^等,，。;；、]{0,10}")


def _own_member(text: str, items: list[ItemMention], k: int) -> bool:
    """A generic word joined to the goods before it as one more good (``医用口罩和个人防护装备``),
    not one that sums them up (``口罩、防护服等物资``, ``物资包括口罩…``)."""
    return k > 0 and _MEMBER_GLUE.fullmatch(text, items[k - 1].end, items[k].start) is not None


_BARE_MASK = frozenset({"口罩", "mask", "masks"})
_OPEN, _CLOSE = "(（[", ")）]"


def in_brackets(text: str, pos: int, reach: int = 60) -> bool:
    """Is ``pos`` inside a bracketed aside (``(库存约50万个)``)?"""
    a = max(0, pos - reach)
    opened = max(text.rfind(ch, a, pos) for ch in _OPEN)
    if opened < 0:
        return False
    closed = max(text.rfind(ch, opened, pos) for ch in _CLOSE)
    return closed < 0


def specialise_masks(lines: list[ItemLine], mentions: list[ItemMention]) -> list[ItemLine]:
    """Masks counted by the bare word (``with 100,000 masks for each``, ``各10万只口罩``) are of the
    one kind of mask named shortly before them (``200,000 medical masks``), when exactly one kind was."""
    out = []
    for ln in lines:
        word = next((m.word.lower() for m in mentions if m.start >= ln.start and m.end <= ln.end), None)
        if ln.item == "mask" and word in _BARE_MASK:
            kinds = {m.item for m in mentions if m.end <= ln.start and ln.start - m.end <= _MASK_REACH
                     and m.item.endswith("_mask")}
            if len(kinds) == 1:
                ln = ItemLine(kinds.pop(), ln.quantity, ln.unit, ln.qualifier, ln.start, ln.end)
        out.append(ln)
    return out


#: between two goods of one list
_LIST_GLUE = re.compile(r"[、,，]|和|及|以及|与|或")
#: after the last good of a list: 等 (and a few words) before the generic word that sums it up
_ETC = re.compile(r"等[^,，。;；、]{0,6}$")


def _generic_counts(text: str, items: list[ItemMention], paired: dict[int, QuantityMention]) -> dict:
    """Lists of goods counted as a whole by a generic counter: item index -> the amount (on the
    first of the list) or None (the others, and the generic word after 等).

    ``约3万件口罩、护目镜和手套等防疫用品``: 件 counts anything, the list's goods have
    no amounts of their own, and 等 + 用品 (or three goods) says the count is of
    the whole.  ``10万只口罩、护目镜等物资`` stays 10万 masks: 只 counts masks.
    """
    out: dict[int, QuantityMention | None] = {}
    for k, q in paired.items():
        if q.unit != "item" or q.end > items[k].start:
            continue
        m = k
        while m + 1 < len(items) and m + 1 not in paired and items[m + 1].item != GENERIC \
                and _LIST_GLUE.fullmatch(text, items[m].end, items[m + 1].start):
            m += 1
        if m == k:
            continue
        etc = m + 1 < len(items) and items[m + 1].item == GENERIC and m + 1 not in paired \
            and _ETC.search(text, items[m].end, items[m + 1].start)
        if not etc and m - k + 1 < 3:
            continue
        out[k] = q
        for j in range(k + 1, m + 2 if etc else m + 1):
            out[j] = None
    return out


def _unknown_goods(text: str, end: int, quantities: list[QuantityMention], used: set[int],
                   items: list[ItemMention]) -> list[ItemLine]:
    """Goods the lexicon does not know, counted with a counter for things (``捐赠500台平板``,
    ``200箱方便食品``): an ``other`` line with the amount, not dropped."""
    out = []
    for qi, q in enumerate(quantities):
        if qi in used or q.kind != "goods" or not q.unit_raw or q.unit_raw[0] not in GOODS_COUNTERS:
            continue
        if any(i.start >= q.end and i.start - q.end <= MAX_GAP_AFTER_AMOUNT
               and not SEPARATOR.search(text, q.end, i.start) for i in items):
            continue  # an item word follows (beyond what pairing allowed): leave it
        m = _NOUN_AFTER.match(text, q.end, end)
        if m and not _AFTER_ELLIPSIS.match(text, q.end):
            used.add(qi)
            out.append(ItemLine(OTHER, q.value, q.unit, q.qualifier, q.start, m.end()))
    return out


#: what may follow an amount whose goods are left unsaid: punctuation, the end, or a function word
_AFTER_ELLIPSIS = re.compile(r"(?:$|[,，。;；:：、!！?？)）]|由|已|在|于|将|今|昨|分|被|给|送|运|捐|交|到|抵|并|和|及|也|则|均|都)")
_BREAKDOWN = re.compile(r"其中|包括|包含|含|分别")
#: how far back (characters) a mask's kind named before still holds
_MASK_REACH = 250
#: how far back (characters) the goods of an elliptical amount, or the kind of a mask, are looked for
_ELLIPSIS_LOOKBACK = 400


def _elliptical(text: str, start: int, end: int, quantities: list[QuantityMention] | None,
                used: set[int]) -> list[ItemLine]:
    """Lines for goods amounts of ``text[start:end]`` that name no goods (``各捐赠3000只``)."""
    if quantities is None or not quantities:
        quantities = [q for q in find_quantities(text, start, end) if _is_goods(q)]
    out: list[ItemLine] = []
    for qi, q in enumerate(quantities):
        if qi in used or q.kind != "goods" or q.unit is None or q.unit in WEIGHTS \
                or not _AFTER_ELLIPSIS.match(text, q.end) or in_brackets(text, q.start):
            continue
        back = max(0, q.start - _ELLIPSIS_LOOKBACK)
        before = [ln for ln in itemize(text, back, q.start, context=False)
                  if ln.quantity is not None and ln.unit == q.unit and ln.end <= q.start]
        if before:
            last = max(before, key=lambda ln: ln.end)
            if last.start >= start and _BREAKDOWN.search(text, last.end, q.start):
                continue  # 8.4万只口罩,其中甲省捐赠6万只: a part of a total this span already counts
            out.append(ItemLine(last.item, q.value, q.unit, q.qualifier, q.start, q.end))
    return out


_DIGIT = re.compile(r"\d")


def _find_number(gap: str) -> bool:
    return bool(_DIGIT.search(gap))
