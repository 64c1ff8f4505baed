"""Supplies named in a report, and the amounts that go with them.

The item words and their canonical names (spec: ``mask``, ``n95_mask``,
``test_kit``, ...) are data, ``cityaid/data/items.tsv``.  Matching is
leftmost-longest, so ``一次性普通口罩`` is one disposable mask and not a
``mask`` inside it.

:func:`itemize` reads a clause the way the reports write lists of goods:
``240套防护服和1万只口罩`` (amount then item) or ``口罩2万只`` (item then
amount), joined by 、 和 及 以及 ...  A generic word such as 物资 that only
sums up the specific items listed before it is not an item of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cityaid.clean.tables import load_table
from cityaid.extract.quantities import QuantityMention, find_quantities
from cityaid.clean.fastre import trie_alternation

GENERIC = "supplies"
# what may stand between an amount and the item it counts (2万只高质量的口罩) ...
MAX_GAP_AFTER_AMOUNT = 8
# ... and between an item and a following amount (口罩共计2万只)
ITEM_THEN_AMOUNT_GAP = re.compile(r"(?:共计|合计|总计|累计|总数|数量|共|计|达|为|约|各)*")
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
    return re.compile(trie_alternation(_lexicon(), head=lambda ch: r"(?<![A-Za-z0-9])" if ch.isascii() and ch.isalnum() else ""),
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


def itemize(text: str, start: int = 0, end: int | None = None) -> list[ItemLine]:
    """Items in ``text[start:end]`` (a clause or sentence) paired with their amounts.

    An amount counts the item right after it (only modifiers between), else
    the item right before it (only words like 共计 between).  Money and counts
    of countries, partners, letters or people are never item amounts.  Each
    item without an amount is listed once.
    """
    end = len(text) if end is None else end
    items = find_items(text, start, end)
    if not items:
        return []
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
        if len(gap) <= MAX_GAP_AFTER_AMOUNT and not SEPARATOR.search(gap) and not _find_number(gap):
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

    specific = any(i.item != GENERIC for i in items)
    lines: list[ItemLine] = []
    seen_bare: set[str] = set()
    for k, i in enumerate(items):
        q = paired.get(k)
        if q is None:
            if i.item in seen_bare or (i.item == GENERIC and specific):
                continue
            seen_bare.add(i.item)
            lines.append(ItemLine(i.item, None, None, None, i.start, i.end))
        else:
            lines.append(ItemLine(i.item, q.value, q.unit, q.qualifier, min(i.start, q.start), max(i.end, q.end)))
    # an item listed bare and again with an amount: keep the amount
    with_amount = {ln.item for ln in lines if ln.quantity is not None}
    return [ln for ln in lines if ln.quantity is not None or ln.item not in with_amount]


_DIGIT = re.compile(r"\d")


def _find_number(gap: str) -> bool:
    return bool(_DIGIT.search(gap))
