"""Faster forms of two regular-expression idioms, with the same matches.

**Many words.** ``a|ab|abc|b...`` with hundreds of words makes the regex
engine try every word at every position (and with ``re.IGNORECASE`` it
cannot even skip a word by its first letter).  The same words as a trie (``a(?:b(?:c)?)?|b...``)
are tried one character at a time.

The match is the same as that of the longest-first alternation
``"|".join(sorted(words, key=len, reverse=True))``: the words that match at
one position are prefixes of one another, the alternation tries them
longest first, and so does the trie (it goes one level deeper before it
settles for a shorter word, also when what follows the alternation fails).
Under ``re.IGNORECASE`` the words must be distinct when case is ignored
(lower-cased lexicon keys are).

**A pattern that can begin at few places.**  ``pattern.finditer`` tries the
whole pattern at every position; :func:`finditer_at` tries it only where a
cheap ``starts`` pattern finds something a match must begin with.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator


def trie_alternation(words: Iterable[str], head: Callable[[str], str] | None = None) -> str:
    """A regex (source) matching, at any position, the longest of ``words`` found there.

    ``head(first_char)``, when given, is put before the words that begin
    with that character (a look-behind that only some words need, say).
    Empty words are left out; with no words the pattern never matches.
    """
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    branches = []
    for ch in sorted(trie):
        branches.append((head(ch) if head else "") + re.escape(ch) + _below(trie[ch]))
    return "(?:" + "|".join(branches) + ")"


def _below(node: dict) -> str:
    """What may follow a trie node: its children (longer words first), optional where a word ends here."""
    children = [re.escape(ch) + _below(node[ch]) for ch in sorted(node) if ch]
    if not children:
        return ""
    body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
    return "(?:" + body + ")?" if "" in node else body


def finditer_at(pattern: re.Pattern, starts: re.Pattern, text: str, pos: int = 0,
                endpos: int | None = None) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, trying ``pattern`` only where ``starts`` matches.

    ``starts`` must match at every position where ``pattern`` can match
    (a necessary condition: the words or characters a match begins with),
    and ``pattern`` must never match the empty string.  After a match the
    search goes on from its end, as ``finditer`` does.
    """
    endpos = len(text) if endpos is None else endpos
    guarded = _guarded(pattern, starts)
    if guarded is not None:
        yield from guarded.finditer(text, pos, endpos)
        return
    while True:
        cand = starts.search(text, pos, endpos)
        if cand is None:
            return
        m = pattern.match(text, cand.start(), endpos)
        if m is None:
            pos = cand.start() + 1
            continue
        yield m
        pos = m.end()


@lru_cache(maxsize=64)
def _guarded(pattern: re.Pattern, starts: re.Pattern) -> re.Pattern | None:
    """``pattern`` behind a look-ahead for ``starts``: the loop above, run inside the regex engine.

    At each position the engine tests the look-ahead and tries ``pattern`` only
    where it holds, then goes on from a match's end: the matches of the loop,
    with the same groups (the look-ahead captures nothing).  Only for a
    ``starts`` without groups, under the same flags, and no verbose pattern.
    """
    if starts.groups or starts.flags != pattern.flags or pattern.flags & re.VERBOSE \
            or not isinstance(pattern.pattern, str) or not isinstance(starts.pattern, str):
        return None
    try:
        guarded = re.compile("(?=" + starts.pattern + ")(?:" + pattern.pattern + ")", pattern.flags)
    except re.error:
        return None
    return guarded if guarded.groupindex == pattern.groupindex and guarded.groups == pattern.groups else None


def first_char_guard(source: str, flags: int = 0) -> str:
    """``source`` behind a look-ahead for the characters a match of it can begin with: the same matches.

    A pattern whose top is a group of many alternatives (named groups for
    gapped phrases, then a trie) is tried branch by branch at every position
    of a page; the guard is one character-class test there.  Where the first
    character cannot be told (a branch that may match the empty string, a
    negated class or a category), ``source`` is returned unchanged.
    """
    from re import _parser  # the stdlib's own parser: the guard is read off the pattern it compiles

    chars = _first(_parser.parse(source, flags).data)
    if not chars:
        return source
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])(?:" + source + ")"


def _first(items: list) -> set[str] | None:
    """The characters the sequence ``items`` (parsed) can begin with, or ``None`` when that cannot be told
    (or when the sequence may match the empty string: then a match can begin anywhere)."""
    chars, empty = _first_of(items)
    return None if chars is None or empty else chars


def _first_of(items: list) -> tuple[set[str] | None, bool]:
    """(the characters a match of ``items`` can begin with, whether it can match the empty string).

    An optional item (``(?:并|还)?带去``, ``了?``) adds its first characters and lets the next
    item's count too; the set is ``None`` where some branch's start cannot be told.
    """
    from re import _constants as c

    out: set[str] = set()
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character (the assertion only narrows)
        if op is c.LITERAL:
            return out | {chr(av)}, False
        if op is c.IN:
            for iop, iav in av:
                if iop is c.LITERAL:
                    out.add(chr(iav))
                elif iop is c.RANGE and iav[1] - iav[0] <= 256:
                    out.update(chr(x) for x in range(iav[0], iav[1] + 1))
                else:
                    return None, False
            return out, False
        if op is c.SUBPATTERN:
            if av[1] or av[2]:
                return None, False  # (?i:…) inside: the guard would not follow the group's own flags
            sub, empty = _first_of(av[-1].data)
        elif op is c.BRANCH:
            sub, empty = set(), False
            for branch in av[1]:
                b, b_empty = _first_of(branch.data)
                if b is None:
                    return None, False
                sub |= b
                empty = empty or b_empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            sub, empty = _first_of(av[2].data)
            empty = empty or av[0] == 0
        else:
            return None, False
        if sub is None:
            return None, False
        out |= sub
        if not empty:
            return out, False
    return out, True
