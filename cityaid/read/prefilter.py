"""A cheap test that a crawled page could be an aid report, before the full extraction.

A news crawl is almost all pages about something else; running cleaning and
extraction on each costs milliseconds.  A page passes when its text holds a
word the extractors themselves start from: an aid trigger (``triggers.tsv``,
``triggers_en.tsv``) or a supply item (``items.tsv``, ``items_en.tsv``) —
read from the same tables, so the filter follows the lexicons as they grow.
Chinese words are matched in simplified and traditional script over the
page's Han characters only (pinyin glosses such as ``捐(juān)赠`` or spaces
do not hide a word); English words, case-folded, as whole words — and as
English triggers include everyday verbs (``sent``, ``gave``), an English page
needs a supply word or two different triggers.  A page in neither language
has no such word and is dropped with the rest.
"""
from __future__ import annotations

import re
from functools import lru_cache

from cityaid.clean.tables import column

_NOT_HAN = re.compile(r"[^\u3400-\u9fff]+")
_WORD_EDGE = re.compile(r"[a-z0-9]")


@lru_cache(maxsize=1)
def _automata():
    import ahocorasick
    import opencc

    zh: set[str] = set()
    for table in ("triggers.tsv", "items.tsv"):
        zh.update(w for w in column(table, "word") if w)
    for config in ("s2t", "s2tw", "s2hk"):
        conv = opencc.OpenCC(config)
        zh |= {conv.convert(w) for w in list(zh)}
    zh = {_NOT_HAN.sub("", w) for w in zh}
    en = {w.lower(): "trigger" for w in column("triggers_en.tsv", "word") if w}
    en.update({w.lower(): "item" for w in column("items_en.tsv", "word") if w})
    a_zh, a_en = ahocorasick.Automaton(), ahocorasick.Automaton()
    for w in zh:
        if w:
            a_zh.add_word(w, w)
    for w, kind in en.items():
        a_en.add_word(w, (w, kind))
    a_zh.make_automaton()
    a_en.make_automaton()
    return a_zh, a_en


def could_report(text: str) -> bool:
    """True when ``text`` could tell an aid event (rules in the module docstring)."""
    zh, en = _automata()
    han = _NOT_HAN.sub("", text)
    if han:
        for _ in zh.iter(han):
            return True
    low = text.lower()
    triggers: set[str] = set()
    for end, (word, kind) in en.iter(low):
        start = end - len(word) + 1
        before = low[start - 1] if start > 0 else " "
        after = low[end + 1] if end + 1 < len(low) else " "
        if _WORD_EDGE.match(before) or _WORD_EDGE.match(after):
            continue
        if kind == "item":
            return True
        triggers.add(word)
        if len(triggers) >= 2:
            return True
    return False
