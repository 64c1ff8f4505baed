"""Trigger words that say which kind of event a clause states, and the cues around them.

The lexicon is data (``data/triggers.tsv``: word, type, direction, kind,
medium, source); this module only finds the words.  A row whose word starts
with ``~`` is a pattern for words that take a short gap (致以诚挚的慰问,
表达了衷心感谢, 致X市长的信): a regular expression kept within one clause.  ``direction`` tells the
role reader which way the act goes: ``out`` (the subject gives or writes to a
counterpart), ``in`` (the subject is the sender of something arriving at the
publisher, 来信 / 来电, or the one asking, 请求), ``ceremony`` (the host of a
handover ceremony is the recipient).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Iterator

from cityaid.clean.fastre import first_char_guard, trie_alternation


@dataclass(frozen=True)
class TriggerWord:
    word: str
    type: str
    direction: str
    kind: str | None
    medium: str | None


@dataclass
class Trigger:
    start: int
    end: int
    word: TriggerWord

    @cached_property
    def type(self) -> str:
        """(speed) Read once, then an attribute: the readers ask it of every trigger many times, and no
        trigger's ``word`` is replaced after it is made (a changed word makes a new Trigger)."""
        return self.word.type


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, TriggerWord], list[TriggerWord]]:
    words: dict[str, TriggerWord] = {}
    patterns: list[TriggerWord] = []
    with resources.files("cityaid.data").joinpath("triggers.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            tw = TriggerWord(r["word"], r["type"], r["direction"] or "out", r["kind"] or None, r["medium"] or None)
            if r["word"].startswith("~"):
                patterns.append(tw)
            else:
                words[r["word"]] = tw
    return words, patterns


def lexicon() -> dict[str, TriggerWord]:
    return _rows()[0]


# 分享…经验: the words between vary (分享诊治与防控心得), so allow a short gap.
_GAPPED_WORDS = r"|分享[^,，。]{0,12}?(?:经验|方案)|派(?:遣|出)[^,，。]{0,6}?(?:医疗|专家)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # gapped patterns first (named groups p0, p1 …), then the longest word at
    # each position, as a trie (see cityaid.clean.fastre).
    gapped = "".join(f"(?P<p{i}>{tw.word[1:]})|" for i, tw in enumerate(_rows()[1]))
    # the first-character guard lets the scan skip, with one class test, the positions no trigger starts at
    return re.compile(first_char_guard(gapped + trie_alternation(lexicon()) + _GAPPED_WORDS))


@lru_cache(maxsize=1)
def _parts() -> tuple[re.Pattern | None, re.Pattern]:
    """:func:`_pattern`'s two halves: the gapped patterns (tried first at a position), then the words.

    Each half alone is searched fast by the regex engine (it reads off the
    characters a match can begin with); joined, the engine tries every branch
    at every candidate position and a sentence costs several times more.
    The gapped half is searched without its named groups (a branch that opens
    with a character is then skipped by the engine on that character alone;
    opened by a group, every branch is entered at every candidate position);
    :func:`_named_gapped`, matched where it found something, tells which row.
    """
    gapped = "|".join(f"(?:{tw.word[1:]})" for tw in _rows()[1])
    words = re.compile(first_char_guard(trie_alternation(lexicon()) + _GAPPED_WORDS))
    return (re.compile(first_char_guard(gapped)) if gapped else None), words


@lru_cache(maxsize=1)
def _named_gapped() -> re.Pattern:
    """The gapped half with a named group per row (``p0``, ``p1`` …): the same matches, each telling its row."""
    return re.compile(first_char_guard("|".join(f"(?P<p{i}>{tw.word[1:]})" for i, tw in enumerate(_rows()[1]))))


def _gapped_search(gapped: re.Pattern, text: str, pos: int, end: int) -> re.Match | None:
    """The next gapped match in ``text[pos:end]``, as the named pattern matches it (the same alternation
    tried at the same position: the same row wins, with the same span)."""
    hit = gapped.search(text, pos, end)
    return None if hit is None else _named_gapped().match(text, hit.start(), end)


def _matches(text: str, start: int, end: int) -> Iterator[re.Match]:
    """The matches of ``_pattern().finditer(text, start, end)``, from the two halves.

    At each position the joined pattern takes a gapped pattern if one matches
    there, else a word; after a match it goes on from its end.  So without a
    gapped match in the range the matches are the words' own; otherwise the
    next match is the leftmost of the two halves' next matches (the gapped one
    on a tie), and a half's match that a taken match overlaps is searched
    again from that match's end.
    """
    gapped, words = _parts()
    g = _gapped_search(gapped, text, start, end) if gapped is not None else None
    if g is None:
        return words.finditer(text, start, end)
    return _merged(gapped, words, g, text, start, end)


def _merged(gapped: re.Pattern, words: re.Pattern, g: re.Match | None, text: str, start: int,
            end: int) -> Iterator[re.Match]:
    w = words.search(text, start, end)
    while g is not None or w is not None:
        m = g if w is None or (g is not None and g.start() <= w.start()) else w
        yield m
        pos = m.end()
        if g is not None and g.start() < pos:
            g = _gapped_search(gapped, text, pos, end)
        if w is not None and w.start() < pos:
            w = words.search(text, pos, end)


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """Trigger words and phrases in ``text[start:end]``, in order.

    The same sentence is asked about by several steps (frames, roles, lists);
    the scan is cached per span, a fresh list handed out each time.
    """
    return list(_find_triggers(text, start, len(text) if end is None else end))


@lru_cache(maxsize=512)
def _find_triggers(text: str, start: int, end: int) -> tuple[Trigger, ...]:
    lex, patterns = _rows()
    out = []
    for m in _matches(text, start, end):
        w = m.group()
        if m.lastgroup:
            p = patterns[int(m.lastgroup[1:])]
            tw = TriggerWord(w, p.type, p.direction, p.kind, p.medium)
        elif w in lex:
            tw = lex[w]
        elif w.startswith("分享"):
            tw = TriggerWord(w, "consultation", "out", None, None)
        else:
            tw = TriggerWord(w, "medical_team", "out", None, None)
        out.append(Trigger(m.start(), m.end(), tw))
    return tuple(out)


# --- cues -------------------------------------------------------------------
# (each behind a first-character guard, see cityaid.clean.fastre: searched once per trigger)
# A plan or intention is not an event (spec: 将提供, 拟向).
# 将 is also the object marker (将物资运往…), so it counts as "will" only before a verb-like word.
PLAN = re.compile(first_char_guard(r"(将要|将会|即将|还将|将(?:通过|透过|经由|借助|藉由|由|写信|致信|去信|致函|发函|复函|回信|复信|致电|于|与|同|向|在|根据|按照|率先|继续|视频|分批|陆续|为|再|进一步|不定期|定期|尽快|提供|捐赠|举行|举办|派遣|派出|连线|开展|援助|驰援|支援|赴|前往|发往|寄往|送往|运往|召开|募集|筹集|筹措|采购|购买|动员|组织|分送|分发|发放|转交|致赠|赠送|回赠|转赠|寄送|捐出|送出|拨给|拨付|拨出|移交|交给|寄给|送给|运送|寄出|寄来|发出|运出|送来|运来|有(?!关|效))|拟(?!结好|结为|建立|缔结|议)|计划|预计|准备向|准备为|准备在|争取(?=在|于|向|为|尽快|早日)|准备(?:用于|用来)|打算|决定(?!性)|承诺|有意|愿意|考虑|商讨|商议|协商|磋商|呼吁|号召|倡议|如果|假如|一旦|接下来|下一步|有望|希望将|(?:任务|目的|目标)是|旨在|规划(?!局|院|馆|部|司|处)|研议|评估(?:是否|再|向|能否)|筹划|(?:也|还|都|就|一定|仍|则|(?<=[市省州县国府方]))会(?:向|给|为|再|继续|尽快|持续|提供|捐|派|致|寄|送)|(?<=[内后说])会(?:寄|送|运|发|捐))"))
NEGATION = re.compile(first_char_guard(r"(无力|未能|没有|尚未|无法|不能|不会)"))
# Words that make a statement a total over many acts or partners.
AGGREGATE_CUE = re.compile(first_char_guard(r"(截至|截止|累计|总计|共计|合计|一共|总共|先后|陆续|纷纷|分批|一批批|据统计|据不完全统计|共(?=收到|向|捐|接收|发出|举行|派|计|有|为|与))"))
# 对X…给予高度评价 / 极为重视: a reaction to an act already told; the act inside is not restated.
EVALUATION = re.compile(first_char_guard(r"(给予高度评价|高度评价|极为重视|高度重视|表示赞赏|给予肯定)"))
