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
