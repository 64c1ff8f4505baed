"""Hospitals and universities stand for their city (the spec: a body inside a place takes its key).

Two kinds, both general to the genre's medical teams and video consultations:

* a body named after a province is in that province's capital, where the
  provincial universities and their hospitals are: ``广西医科大学第一附属医院``,
  ``浙江省人民医院``, "Zhejiang University School of Medicine", "West China
  Hospital of Sichuan University" -> the capital (``cn_capitals.tsv``).  A plain
  ``X大学`` / "X University" counts only beside a medical word (a hospital, a
  medical school): that is where the rule holds;
* a few well-known bodies whose name has no place in it (华西医院, "Xiangya
  Hospital"): rows of ``cn_institutions.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from cityaid.clean.tables import load_table

from .gazetteer import gazetteer

_ZH_AFTER = re.compile(r"(?:省|自治区)?(?:立)?(?:医科大学|中医药大学|医学院|中医学院|人民医院|中医院|医院|"
                       r"大学(?=[\u4e00-\u9fff]{0,10}(?:医院|医学院|医学部|附属)))")
_EN_AFTER = re.compile(r"\s+(?:Provincial\s+)?(?:People'?s\s+|Medical\s+|Traditional\s+Chinese\s+Medicine\s+)?"
                       r"(?:University|Hospital|College|School\s+of\s+Medicine)\b")
_EN_MEDICAL = re.compile(r"Hospital|Medical|Medicine|Clinic|Health", re.I)


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Province key -> its capital's key."""
    return {r["province"]: r["capital"] for r in load_table("cn_capitals.tsv")}


@lru_cache(maxsize=1)
def _named() -> tuple[tuple[str, str], ...]:
    """(name, key) of the bodies named without their city, longest first (Chinese and English)."""
    out = []
    for r in load_table("cn_institutions.tsv"):
        for col in ("names_zh", "names_en"):
            out += [(n, r["key"]) for n in r[col].split("|") if n]
    return tuple(sorted(out, key=lambda x: -len(x[0])))


@lru_cache(maxsize=1)
def _any_named() -> re.Pattern:
    """Any of the listed bodies' names, as one pattern: a page naming none (most) is passed in one search."""
    from cityaid.clean.fastre import trie_alternation

    return re.compile(trie_alternation(name for name, _key in _named()))


def _as(m, key: str):
    e = gazetteer().by_key.get(key)
    if e is None:
        return m
    return replace(m, key=key, level=e.level, country="CN", name_en=e.name_en, components=(key,))


def province_bodies_zh(text: str, mentions: list) -> list:
    """A province's name that begins a university's or hospital's name is its capital."""
    caps = capitals()
    out = []
    for m in mentions:
        if m.country == "CN" and m.key in caps and _ZH_AFTER.match(text, m.end):
            m = _as(m, caps[m.key])
        out.append(m)
    return out


#: the rest of a body's name after its place, then its short form in brackets: "Zhejiang University['s Second
#: Affiliated Hospital] (SAHZU)", "Zhejiang University[ School of Medicine] (ZJU)"
_EN_SHORT_AFTER = re.compile(r"(?:(?:['’]s)?[ \t]+(?:(?:of|the|and)[ \t]+)?[A-Z][\w'’-]*)*[ \t]*\(([A-Z][A-Z0-9&]{2,9})\)")


def province_bodies_en(text: str, mentions: list) -> list:
    """"Zhejiang University School of Medicine", "Sichuan Provincial People's Hospital" -> the capital.

    Where the body's name is followed by its short form in brackets ("... School of Medicine (ZJSM)"), the short
    form standing alone elsewhere on the page is the same body, in the same city."""
    caps = capitals()
    out = []
    shorts: dict[str, object] = {}
    for m in mentions:
        if m.country == "CN" and m.key in caps:
            mt = _EN_AFTER.match(text, m.end)
            if mt and (not mt.group().rstrip().endswith("University") or _EN_MEDICAL.search(
                    text[max(0, m.start - 40):mt.end() + 40])):
                m = _as(m, caps[m.key])
                short = _EN_SHORT_AFTER.match(text, mt.end())
                if short:
                    shorts.setdefault(short.group(1), m)
        out.append(m)
    for short, m in shorts.items():
        if gazetteer().by_english.get(short.lower()):
            continue  # a place's own code ("(PRC)") is no body's
        for x in re.finditer(rf"(?<![\w(]){re.escape(short)}(?![\w)])", text):
            if not any(o.start < x.end() and x.start() < o.end for o in out):
                out.append(replace(m, start=x.start(), end=x.end(), surface=x.group()))
    out.sort(key=lambda o: (o.start, -o.end))
    return out


def named_bodies(text: str, mentions: list, make) -> list:
    """Mentions for the listed bodies named in ``text`` where no mention is; ``make(start, end, key)``
    builds one."""
    spans = [(m.start, m.end) for m in mentions]
    out = list(mentions)
    for name, key in (_named() if _any_named().search(text) is not None else ()):
        if name not in text:
            continue
        for mt in re.finditer(re.escape(name), text):
            s, e = mt.start(), mt.end()
            if name.isascii() and ((s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum())):
                continue
            inner = [m for m in out if s <= m.start and m.end <= e]
            if any(m.start < e and s < m.end for m in out if m not in inner):
                continue
            for m in inner:  # 四川大学华西医院: the body, not the province in its name
                out.remove(m)
                spans.remove((m.start, m.end))
            new = make(s, e, key)
            if new is not None:
                out.append(new)
                spans.append((s, e))
    out.sort(key=lambda m: (m.start, -m.end))
    return out
