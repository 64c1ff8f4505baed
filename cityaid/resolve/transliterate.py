"""Match a Chinese transliteration (奥维耶多, 圣珀尔滕) to the romanised name of a place.

No gazetteer holds every Chinese spelling of every town, but the spelling is
made from the sound: read it as toneless pinyin (a shipped table built with pypinyin), reduce both the
pinyin and the romanised names of the places *of the country named beside it*
to a skeleton of consonant classes, and compare.  GeoNames also carries, for
many places, the pinyin of some Chinese spelling (``sheng pa er teng``); those
are compared syllable by syllable.  A population prior breaks ties.  Only a
high score is accepted; below it the caller keeps the name as written.

Across all countries the same method mostly finds Chinese-sounding towns, so
it is never used without a country.
"""
from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

from .geodb import Place, fold, in_country

# ---------------------------------------------------------------- pinyin side
_INITIAL = (("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "P"), ("p", "P"), ("m", "M"), ("f", "F"), ("d", "T"),
            ("t", "T"), ("n", "N"), ("l", "L"), ("g", "K"), ("k", "K"), ("h", ""), ("j", "J"), ("q", "J"),
            ("x", "S"), ("r", "L"), ("z", "S"), ("c", "S"), ("s", "S"), ("y", ""), ("w", "F"))


@lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    """Character -> its reading in transliterations (``pinyin_translit.tsv``, built with pypinyin)."""
    text = resources.files("cityaid").joinpath("data", "pinyin_translit.tsv").read_text(encoding="utf-8")
    return {r["char"]: r["pinyin"] for r in csv.DictReader(io.StringIO(text), delimiter="\t")}


@lru_cache(maxsize=8192)
def pinyin(text: str) -> tuple[str, ...]:
    """Toneless pinyin syllables of the Han characters in ``text`` (others dropped).

    Readings come from the shipped table of characters that foreign place
    names are spelled with (built with pypinyin at build time).  A Han
    character outside it means the text is not a transliteration: ``()``.
    """
    table = _readings()
    out = []
    for ch in text:
        syl = table.get(ch)
        if syl is None:
            if "\u3400" <= ch <= "\u9fff":
                return ()
            continue
        out.append(syl)
    return tuple(out)


def _syllable_skeleton(syl: str) -> str:
    if syl in ("er",):
        return "L"
    if syl == "weng":  # 翁 spells a vowel and n (阿维尼翁 Avignon, 翁布里亚 Umbria), not w/v
        return "N"
    out = ""
    rest = syl
    for ini, cls in _INITIAL:
        if syl.startswith(ini):
            out, rest = cls, syl[len(ini):]
            break
    if rest.endswith("ng"):
        out += "N"
    elif rest.endswith("n"):
        out += "N"
    return out


def skeleton_zh(text: str) -> str:
    # a nasal before a labial is m (汉普顿 Hampton, 庞贝 Pompei): pinyin can only write it n/ng
    return _collapse(re.sub(r"N(?=[PM])", "M", "".join(_syllable_skeleton(s) for s in pinyin(text))))


# ---------------------------------------------------------------- romanised side
_LATIN = (("tsch", "J"), ("sch", "S"), ("tch", "J"), ("ch", "J"), ("sh", "S"), ("zh", "S"), ("th", "T"), ("ph", "F"),
          ("ck", "K"), ("qu", "K"), ("kh", ""), ("gh", ""), ("gn", "N"), ("ts", "S"), ("tz", "S"), ("dz", "S"),
          ("x", "KS"), ("j", "J"), ("y", ""), ("w", "F"), ("v", "F"), ("f", "F"), ("b", "P"), ("p", "P"),
          ("d", "T"), ("t", "T"), ("k", "K"), ("q", "K"), ("s", "S"), ("z", "S"), ("l", "L"), ("r", "L"),
          ("m", "M"), ("n", "N"), ("h", ""))
_VOWELS = set("aeiouy")


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


_LATIN_MAP = dict(_LATIN)
_LATIN_MAP.update({"ce": "S", "ci": "S", "cy": "S", "c": "K", "ge": "J", "gi": "J", "g": "K"})
# a consonant cluster or letter, longest first; vowels are skipped
_LATIN_RE = re.compile("|".join(sorted(_LATIN_MAP, key=len, reverse=True)))


# countries whose j is a y (Osijek, Jena) or an h (Jalisco): no consonant a transliteration spells as j/zh
_J_SILENT = frozenset("DE AT CH LI NL BE LU PL CZ SK HR RS SI BA ME MK HU SE NO DK FI EE LV LT IS ES MX AR CL CO PE VE "
                      "EC BO PY UY CR PA GT HN SV NI CU DO".split())


def skeleton_latin(name: str, cc: str = "") -> str:
    """Consonant classes of a romanised name: ``Karachi`` -> ``KLJ``, ``Sankt Pölten`` -> ``SNKTPLTN``.

    ``cc`` (the place's country) reads ``j`` as the country's languages do:
    a y or an h (no consonant class) in German, Slavic, Nordic, Hungarian and
    Spanish names.
    """
    s = fold(name).replace(" ", "")
    if cc in _J_SILENT:
        s = s.replace("dj", "j").replace("j", "y")
    out = []
    for m in _LATIN_RE.finditer(s):
        t = m.group()
        cls = _LATIN_MAP[t]
        if t in ("ce", "ci", "cy", "ge", "gi"):
            cls = cls  # the vowel after a soft c/g is consumed with it, which is harmless: vowels are skipped
        out.append(cls)
    return _collapse("".join(out))


# ---------------------------------------------------------------- comparison
# syllables that a transliteration spends on a lone consonant (斯 s, 尔 r, 克 k, 特 t ...): no vowel in the original
_LONE = frozenset("si er ke te de fu mu bu pu ge zi ci shi ri ke he li".split())


def _reduced(skel: str) -> str:
    """The skeleton that is compared: ``J`` (j/q, ch, soft g) counts as ``S``."""
    return _collapse(skel.replace("J", "S"))


def _syllable_similarity(zh: tuple[str, ...], alt: str) -> float:
    """Share of syllables that agree (a syllable with the same skeleton counts 0.8)."""
    syl = alt.split()
    if not syl or abs(len(syl) - len(zh)) > 1:
        return 0.0
    same = sum(1 for x, y in zip(zh, syl) if x == y)
    close = sum(1 for x, y in zip(zh, syl) if x != y and _syllable_skeleton(x) == _syllable_skeleton(y))
    return (same + 0.8 * close) / max(len(syl), len(zh))


def _vowel_groups(name: str) -> int:
    return len(re.findall(r"[aeiouy]+", fold(name)))


def _syllables_fit(syl: tuple[str, ...], name: str) -> bool:
    """The Latin name has about as many vowel groups as the transliteration has voiced syllables."""
    voiced = sum(1 for s in syl if s not in _LONE)
    groups = _vowel_groups(name)
    return abs(groups - voiced) <= 1 or (voiced <= groups <= len(syl) + 1)


@lru_cache(maxsize=256)
def _country_index(cc: str) -> tuple[dict[str, list[Place]], dict[tuple[str, ...], list[Place]]]:
    by_skel: dict[str, list[Place]] = {}
    by_py: dict[tuple[str, ...], list[Place]] = {}
    for p in in_country(cc):
        sk = _reduced(skeleton_latin(p.name, cc))
        if sk:
            by_skel.setdefault(sk, []).append(p)
        for alt in p.py:
            by_py.setdefault(tuple(alt.split()), []).append(p)
    return by_skel, by_py


@lru_cache(maxsize=256)
def _py_by_shape(cc: str) -> dict[tuple[int, str], list[tuple[tuple[str, ...], list[Place]]]]:
    """The pinyin alternates of a country grouped by (syllable count, first syllable's skeleton)."""
    out: dict[tuple[int, str], list] = {}
    for alt, ps in _country_index(cc)[1].items():
        out.setdefault((len(alt), _syllable_skeleton(alt[0])), []).append((alt, ps))
    return out


def _weight(p: Place) -> int:
    return p.pop if p.level == "city" else 10_000_000


def match(text: str, cc: str, levels: tuple[str, ...] = ("city", "adm1", "adm2"),
          no_py: bool = False) -> tuple[Place, float] | None:
    """The place of country ``cc`` whose name sounds like the Chinese ``text``, with a score, or None.

    ``text`` is the name without its admin suffix.  First the GeoNames pinyin
    alternates (the same syllables: score 1.0), then the consonant skeleton
    (the same skeleton, at least three classes long, and about as many vowel
    groups as voiced syllables: score 0.95; for a town, four classes and
    10,000 people).  Among several, the more populous
    wins (a division, which has no population in the table, counts as large).
    ``no_py`` skips the pinyin alternates (to measure the skeleton alone: a
    place's alternates are made from the very Chinese names it is tested on).
    """
    syl = pinyin(text)
    if len(syl) < 2 or not cc:
        return None
    by_skel, by_py = _country_index(cc)
    hits = [] if no_py else [p for p in by_py.get(syl, ()) if p.level in levels]
    if hits:
        return max(hits, key=_weight), 1.0
    if len(syl) >= 3 and not no_py:
        # one syllable off in a long name (圣珀尔滕 sheng po er teng ~ sheng pa er teng)
        near = [p for alt, ps in _py_by_shape(cc).get((len(syl), _syllable_skeleton(syl[0])), ())
                if _syllable_similarity(syl, " ".join(alt)) >= 0.9 for p in ps if p.level in levels]
        if near:
            return max(near, key=_weight), 0.96
    skel = _reduced(skeleton_zh(text))
    if len(skel) < 3:
        return None
    # a skeleton alone is weak evidence: a town must be sizeable and its skeleton long (measured on the
    # dev tune names: three-class skeletons hit small towns as often as the right place)
    hits = [p for p in by_skel.get(skel, ()) if p.level in levels and _syllables_fit(syl, p.name)
            and (p.level != "city" or (len(skel) >= 4 and p.pop >= 10_000))]
    if not hits:
        return None
    return max(hits, key=_weight), 0.95
