"""Korean place names written in Han characters, romanised (高灵郡 -> Goryeong).

Korean counties and cities have Han-character forms, and Chinese reports write
them that way (高灵郡, 淳昌郡); no gazetteer table lists most of them.  Their
English names are the Revised Romanization of the Sino-Korean reading, which is
regular: each character has one reading (``cityaid/data/kr_hanja.tsv``, built
from the ``hanja`` package's table by ``scripts/build_gazetteer.py``), the first
syllable takes its word-initial form (령 -> 영), and the syllables are joined with
the two sound changes that touch place names most (ㄴ/ㄹ + ㄹ -> ll, a consonant
+ ㄹ -> n, ㄱ before it -> ng: 신라 Silla, 강릉 Gangneung).
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Optional


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    ref = resources.files("cityaid").joinpath("data", "kr_hanja.tsv")
    with ref.open(encoding="utf-8") as f:
        return {r["char"]: (r["rr"], r["rr_initial"]) for r in csv.DictReader(f, delimiter="\t")}


def _join(sylls: list[str]) -> str:
    out = sylls[0]
    for s in sylls[1:]:
        if s.startswith("r"):
            if out.endswith(("l", "n")):
                out, s = out[:-1] + "l", "l" + s[1:]
            elif out.endswith(("ng", "m", "k", "p")):
                out, s = out[:-1] + {"k": "ng", "p": "m"}.get(out[-1], out[-1]), "n" + s[1:]
        out += s
    return out


# simplified characters whose own reading is Korea's: the traditional form opencc gives is another character
_OWN_FORM = frozenset("陕")


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def romanise(name: str) -> Optional[str]:
    """The Revised Romanization of a Korean place name written in Han characters, or None.

    ``name`` is the name without its suffix (高灵 for 高灵郡); None when a character
    has no Korean reading in the table or the name is not 1-4 characters long.
    Korea writes its names in traditional characters: a simplified one is read as
    its traditional form (达 as 達 dal, not as the rare character 达 che; 广 as 廣), except where
    Korea's own character simplifies to the same form as another (陕 is 陜 hap in 陜川, not 陝).
    """
    if not 1 <= len(name) <= 4:
        return None
    table = _table()
    trad = _s2t().convert(name)
    sylls = []
    for i, ch in enumerate(name):
        t = trad[i] if len(trad) == len(name) else ch
        row = table.get(t) if t != ch and t in table and ch not in _OWN_FORM else table.get(ch)
        if row is None:
            return None
        sylls.append(row[1] if i == 0 else row[0])
    return _join(sylls).capitalize()
