"""Paragraphs, sentences, clauses and reported speech in cleaned text.

Events are stated in sentences; roles are read clause by clause (a Chinese
sentence often strings several acts together with commas).  Reported speech
(quotes, and what follows 表示/说/写道) is marked so that a mayor saying "you
gave us masks" inside a thank-you letter is not read as a second donation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# A half-width "?" ends a sentence only before a break: in mojibake it stands for a lost character.
SENTENCE_END = re.compile(r"[。！？!;；]+|\?+(?=[\s”」]|$)|\n+")
CLAUSE_SEP = re.compile(r"[,，:：、]?[,，:：]")
QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", "\"": "\""}
# A speech verb followed by a comma introduces reported words that run to the sentence end; after a
# colon (写道:, 来信:) the letter or speech runs to the end of the paragraph.
#: (报道说,… / 报导称,…: what a news report tells is the story itself, not someone's words)
SPEECH = re.compile(r"(?<!报道)(?<!报导)(?<!報導)(表示|说|称|写道|指出|强调|谈到|认为)\s*[,:，：]")
SPEECH_COLON = re.compile(r"(表示|说|称|写道|指出|强调|来信|来电|回信|信中|电中)\s*[:：]")
SHORT_QUOTE = 8  # “电话外交”, “集结”: emphasis, not speech


@dataclass
class Clause:
    start: int
    end: int


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    clauses: list[Clause] = field(default_factory=list)
    speech_from: int | None = None  # offset where reported speech starts (to the end)


CLAUSE_CUT = re.compile(r"[,，]|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")  # headlines separate with spaces


_COMMA = re.compile(r"[,，]")  # CLAUSE_CUT where no space can cut (the engine skips to a comma directly)
# 的, then 还有: "what came with it, there are also …" is told in one clause
_CLEFT_GOES_ON = re.compile(r"的[,，]\s*(?:还有|還有)")


def _clauses(text: str, start: int, end: int) -> list[Clause]:
    out, pos = [], start
    part = text[start:end]
    for m in (CLAUSE_CUT if " " in part or "\u3000" in part else _COMMA).finditer(part):
        cut = start + m.start()
        if _CLEFT_GOES_ON.match(text, cut - 1):
            continue  # 与X同机抵达的,还有Y: the comma only sets off the subject of a cleft; one clause
        if cut > pos:
            out.append(Clause(pos, cut))
        pos = start + m.end()
    if end > pos:
        out.append(Clause(pos, end))
    return out


def quote_mask(text: str) -> list[bool]:
    """True for characters inside quotation marks (reported words, slogans, inscriptions).

    Jumps from one opening mark to the next (a regex search) rather than
    looking at every character: most of a page holds no quotation at all.
    """
    mask = [False] * len(text)
    i = 0
    while True:
        m = _OPENING.search(text, i)
        if m is None:
            return mask
        i = m.start()
        close = QUOTE_PAIRS[text[i]]
        j = text.find(close, i + 1)
        nl = text.find("\n", i + 1)
        if j != -1 and (nl == -1 or j < nl or j - i < 400):
            if not (j - i - 1 <= SHORT_QUOTE and not _SPEECH_PUNCT.search(text, i + 1, j)):
                mask[i + 1:j] = [True] * (j - i - 1)
            i = j + 1
        else:
            i += 1


_OPENING = re.compile("[" + "".join(k for k in QUOTE_PAIRS if k != '"') + "]")
_SPEECH_PUNCT = re.compile(r"[,，。:：]")


def speech_spans(text: str) -> list[tuple[int, int]]:
    """``(speech_from, end)`` of each sentence of ``text`` that carries reported speech.

    The event reader has just split the same text; its split is reused (kept
    for the last text only) rather than splitting the page a second time.
    """
    last = _last_split
    if last[0] is not text and last[0] != text:
        split_sentences(text)
        last = _last_split
        if last[0] is not text and last[0] != text:  # another thread split another page meanwhile
            return [(s.speech_from, s.end) for s in _split_sentences(text) if s.speech_from is not None]
    return last[1]


_last_split: tuple = (None, [])


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their clauses; a sentence never crosses a line break."""
    global _last_split
    out = _split_sentences(text)
    _last_split = (text, [(s.speech_from, s.end) for s in out if s.speech_from is not None])
    return out


_LINE_DONE = re.compile(r"[。！？!?；;：:」”\"’）)】>]\s*$")
_WRAP_MIN = 20
_NOT_PROSE = re.compile(r"\s*(?:[·•●■◆\-]|上一|下一|相关|来源|发布|责任编辑|编辑)")


@lru_cache(maxsize=8)  # (the sentence splitter and the heading reader both ask, for the same page)
def wrapped_breaks(text: str) -> frozenset[int]:
    """Line breaks that only wrap a paragraph (a text copied with fixed-width lines), not end a sentence.

    A page is read as wrapped only when several lines break at one width
    without ending a sentence; then each break after a line of about that
    width, whose next line goes straight on, is no boundary.  Ordinary pages
    (one paragraph a line) give none.
    """
    if "\n" not in text:
        return frozenset()
    lines = text.split("\n")
    open_lens = [len(ln) for ln in lines if len(ln) >= _WRAP_MIN and not _LINE_DONE.search(ln) and not _NOT_PROSE.match(ln)]
    if len(open_lens) < 3:
        return frozenset()
    width = max(set(open_lens), key=open_lens.count)
    near = [n for n in open_lens if abs(n - width) <= 1]
    if len(near) < 3 or len(near) * 2 < len(open_lens):
        return frozenset()
    out, pos = set(), 0
    for ln, nxt in zip(lines, lines[1:]):
        end = pos + len(ln)
        if abs(len(ln) - width) <= 2 and not _LINE_DONE.search(ln) and not _NOT_PROSE.match(ln) \
                and nxt[:1].strip() and not _NOT_PROSE.match(nxt):
            out.add(end)
        pos = end + 1
    return frozenset(out)


def _split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    para, pos = 0, 0
    speech_para = -1
    wrapped = wrapped_breaks(text)
    ends = list(SENTENCE_END.finditer(text))
    if wrapped:
        ends = [m for m in ends if not (m.group() == "\n" and m.start() in wrapped)]
    for m in ends + [None]:
        cut = m.start() if m else len(text)
        if cut > pos:
            s = _sentence(text, pos, cut, para)
            if speech_para == para:
                s.speech_from = s.start
            else:
                colon = SPEECH_COLON.search(text, s.start, s.end)
                if colon and (s.speech_from is None or colon.end() < s.speech_from):
                    s.speech_from = colon.end()
                if colon and not re.match(r"\s*[“「『\"]", text[colon.end():colon.end() + 2]):
                    speech_para = para  # an unquoted letter runs on; a quoted one ends with its quote
            out.append(s)
        if m is None:
            break
        if "\n" in m.group():
            para += 1
        pos = m.end()
    return [s for s in out if text[s.start:s.end].strip()]


def _sentence(text: str, start: int, end: int, para: int) -> Sentence:
    while start < end and text[start] in " \t\u3000-•·":
        start += 1
    s = Sentence(start, end, para, _clauses(text, start, end))
    m = SPEECH.search(text, start, end)
    if m:
        s.speech_from = m.end()
    return s
