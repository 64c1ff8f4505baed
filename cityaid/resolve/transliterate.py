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
import math
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


# characters whose pinyin initial is j but which spell a k or g in transliterations (加拉加斯 Caracas, 加蓬 Gabon,
# 芝加哥 Chicago, 卡尔加里 Calgary): their consonant class is K
_K_CHARS = frozenset("加")


def skeleton_zh(text: str) -> str:
    # a nasal before a labial is m (汉普顿 Hampton, 庞贝 Pompei): pinyin can only write it n/ng
    syllables = pinyin(text)
    if not syllables:
        return ""
    han = [ch for ch in text if ch in _readings()]
    parts = ["K" if ch in _K_CHARS else _syllable_skeleton(syl) for ch, syl in zip(han, syllables)]
    return _collapse(re.sub(r"N(?=[PM])", "M", "".join(parts)))


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
        sk = _reduced(skeleton_latin(p.bare, cc))
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
    # a skeleton alone is weak evidence: a town must be sizeable and its skeleton long (measured on the
    # dev tune names: three-class skeletons hit small towns as often as the right place)
    hits = [p for p in by_skel.get(skel, ()) if p.level in levels and _syllables_fit(syl, p.bare)
            and (p.level != "city" or (len(skel) >= 4 and p.pop >= 10_000))] if len(skel) >= 3 else []
    if not hits:
        return match_phonetic(text, cc, levels)  # vowels too: 阿维尼翁 -> Avignon
    if len({p.bare for p in hits}) > 1:
        # one skeleton, several names (S-N-T-N: San Antonio and Santa Ana): the vowels decide, with the
        # same small population prior as the phonetic match, before population alone
        zh = _zh_phones(syl)
        if zh:
            return max(hits, key=lambda p: (phonetic_similarity(zh, _latin_phones(p.bare, cc)) + _prior(p),
                                            _weight(p))), 0.95
    return max(hits, key=_weight), 0.95


# ---------------------------------------------------------------- phonetic alignment (vowels too)
# The skeleton above drops vowels, so two- and three-class names (阿维尼翁 Avignon: FN) cannot be told
# apart from hundreds of towns.  Here both sides become a row of phones, consonant classes and vowel
# classes, and are aligned with costs that follow how Chinese spells foreign sounds: a lone-consonant
# syllable's vowel (斯 s, 特 t) costs nothing to drop, a Latin coda consonant (the r of Erfurt, the
# g of Magdeburg) costs little to drop, close vowels (e/i, o/u) and close consonants (s/sh, b/f)
# cost little to swap.  A phone is (kind "C"/"V", classes, optional).
_PH_INITIAL = (("zh", "J"), ("ch", "J"), ("sh", "S"), ("b", "P"), ("p", "P"), ("m", "M"), ("f", "F"), ("d", "T"),
               ("t", "T"), ("n", "N"), ("l", "L"), ("g", "K"), ("k", "K"), ("h", ""), ("j", "J"), ("q", "J"),
               ("x", "S"), ("r", "L"), ("z", "S"), ("c", "S"), ("s", "S"), ("y", ""), ("w", "F"))
_PH_FINAL = {"a": "A", "o": "O", "e": "E", "i": "I", "u": "U", "v": "I", "ai": "A", "ei": "E", "ao": "O", "ou": "O",
             "ia": "A", "ie": "E", "iao": "O", "iu": "U", "ua": "A", "uo": "O", "uai": "A", "ui": "E", "ue": "E",
             "ve": "E", "io": "O"}
_PH_LONE = frozenset("si er ke te de fu mu bu pu ge zi ci shi ri he li zhi chi lv".split())


def _zh_phones(syls: tuple[str, ...]) -> tuple[tuple[str, str, bool], ...]:
    out: list[tuple[str, str, bool]] = []
    for syl in syls:
        if syl == "er":  # 尔: an r, its vowel optional
            out += [("V", "E", True), ("C", "L", False)]
            continue
        if syl == "weng":  # 翁: a vowel and n (Avignon, Umbria)
            out += [("V", "O", True), ("C", "N", False)]
            continue
        ini, rest = "", syl
        for i, cls in _PH_INITIAL:
            if syl.startswith(i):
                ini, rest = cls, syl[len(i):]
                break
        if syl.startswith("w") and rest.startswith("u"):
            ini = ""  # 乌 wu is a vowel
        nasal = rest.endswith("n") or rest.endswith("ng")
        if nasal and len(rest) > 2 - (not rest.endswith("ng")):
            rest = rest[:-2] if rest.endswith("ng") else rest[:-1]
        else:
            nasal = False
        if syl[:1] in "jqxy" and rest.startswith("u"):
            rest = "v" + rest[1:]
        if rest == "i" and (syl[:2] in ("zh", "ch", "sh") or syl[:1] in "zcsr"):
            rest = ""  # 斯 si, 施 shi: a lone consonant
        if ini:
            out.append(("C", ini, False))
        v = _PH_FINAL.get(rest, rest[:1].upper() if rest else "")
        if v:
            out.append(("V", v if v in "AEIOU" else "E", syl in _PH_LONE))
        if nasal:
            out.append(("C", "N", False))
    for i in range(len(out) - 1):  # a nasal before a labial is m (庞贝 Pompei)
        if out[i] == ("C", "N", False) and out[i + 1][1] in ("P", "M"):
            out[i] = ("C", "M", False)
    return tuple(out)


_PH_LATIN = dict((("tsch", "J"), ("sch", "S"), ("tch", "J"), ("ch", "J"), ("sh", "S"), ("zh", "J"), ("th", "T"),
                  ("ph", "F"), ("ck", "K"), ("qu", "K"), ("kh", ""), ("gh", "K"), ("gn", "N"), ("ts", "S"), ("tz", "S"),
                  ("dz", "S"), ("sz", "S"), ("cz", "J"), ("cs", "J"), ("x", "KS"), ("j", "J"), ("w", "F"), ("v", "F"),
                  ("f", "F"), ("b", "P"), ("p", "P"), ("d", "T"), ("t", "T"), ("k", "K"), ("q", "K"), ("s", "S"),
                  ("z", "S"), ("l", "L"), ("r", "L"), ("m", "M"), ("n", "N"), ("h", ""), ("c", "K"), ("g", "K")))
_PH_TOKEN = re.compile("[aeiouy]+|" + "|".join(sorted(_PH_LATIN, key=len, reverse=True)))
# a vowel group -> the classes a transliteration may give it (German ei is ai, French ou is u ...)
_PH_GROUP = {"ou": "UO", "au": "OA", "eu": "OE", "oe": "EO", "ae": "EA", "ai": "AE", "ei": "AE", "ie": "IE",
             "ay": "AE", "ey": "EA", "oi": "AO", "ui": "IU", "ia": "AI", "io": "OI", "ua": "AU", "uo": "OU", "ue": "EU"}


@lru_cache(maxsize=65536)
def _latin_phones(name: str, cc: str = "") -> tuple[tuple[str, str, bool], ...]:
    s = fold(name).replace(" ", "")
    if cc in _J_SILENT:
        s = s.replace("dj", "j").replace("j", "y")
    out: list[list] = []
    toks = _PH_TOKEN.findall(s)
    for i, t in enumerate(toks):
        if t[0] in "aeiouy":
            if t == "y" and out and out[-1][0] == "V":
                continue
            out.append(["V", _PH_GROUP.get(t[:2], t[0].upper()).replace("Y", "I"), False])
            continue
        cls = "S" if t in ("c", "g") and i + 1 < len(toks) and toks[i + 1][:1] in "eiy" and t == "c" else \
            "J" if t == "g" and i + 1 < len(toks) and toks[i + 1][:1] in "ei" and cc in ("IT", "FR", "GB", "US") else \
            _PH_LATIN.get(t, "")
        for c in cls:
            if not (out and out[-1][0] == "C" and out[-1][1] == c):
                out.append(["C", c, False])
    for i, p in enumerate(out):  # a consonant before another or at the end is a coda: often not spelled
        if p[0] == "C" and (i + 1 >= len(out) or out[i + 1][0] == "C"):
            p[2] = True
    if len(out) > 2 and out[-1][:2] == ["V", "E"] and s.endswith("e") and out[-2][0] == "C":
        out[-1][2] = True  # a silent final e (Essonne)
    return tuple((k, c, o) for k, c, o in out)


_V_NEAR = {frozenset("EI"): 0.15, frozenset("OU"): 0.15, frozenset("AE"): 0.35, frozenset("AO"): 0.35,
           frozenset("EO"): 0.45, frozenset("IU"): 0.45}
_C_NEAR = {frozenset("SJ"): 0.25, frozenset("PF"): 0.5, frozenset("KJ"): 0.5, frozenset("TS"): 0.6,
           frozenset("MN"): 0.4, frozenset("LN"): 0.7, frozenset("TJ"): 0.6, frozenset("PM"): 0.7, frozenset("KS"): 0.6}


def _swap(a, b) -> float | None:
    if a[0] != b[0]:
        return None
    if a[0] == "V":
        return min(0.0 if x == y else 0.5 * _V_NEAR.get(frozenset((x, y)), 0.6) for x in a[1] for y in b[1])
    return 0.0 if a[1] == b[1] else _C_NEAR.get(frozenset((a[1], b[1])), 1.0)


def _drop_zh(p) -> float:
    if p[2]:
        return 0.05
    return 0.45 if p[0] == "V" else (0.6 if p[1] == "N" else 1.0)


def _drop_latin(p) -> float:
    if p[0] == "V":
        return 0.05 if p[2] else 0.4
    if p[2]:
        return 0.15 if p[1] == "L" else 0.3 if p[1] in "SN" else 0.55
    return 1.0


def phonetic_similarity(zh: tuple, lat: tuple) -> float:
    """1 - (cheapest alignment cost / the longer side's weight, a vowel weighing half a consonant).

    (speed) The same alignment, step for step and float for float, with each phone's drop cost and each
    pair's swap cost read once (a place's phones are aligned against many names, a name against a whole
    country's places) instead of recomputed in the inner loop.
    """
    if not zh or not lat:
        return 0.0
    return _similarity(zh, lat, *_latin_costs(lat))


def _similarity(zh: tuple, lat: tuple, drop_lat: tuple[float, ...], lat_weight: float) -> float:
    """:func:`phonetic_similarity` given the Latin row's drop costs and weight (:func:`_latin_costs`)."""
    n, m = len(zh), len(lat)
    inf = float("inf")
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + drop_lat[j - 1]
    for a in zh:
        drop_a = _drop_zh(a)
        ka, ca = a[0], a[1]
        cur = [prev[0] + drop_a] + [inf] * m
        for j in range(1, m + 1):
            x, y = prev[j] + drop_a, cur[j - 1] + drop_lat[j - 1]
            best = x if x <= y else y  # (min(x, y): the first of two equal values, as min gives)
            b = lat[j - 1]
            if b[0] == ka:  # (_swap: None for a vowel against a consonant)
                c = _swap_cost(ka, ca, b[1])
                if prev[j - 1] + c < best:
                    best = prev[j - 1] + c
            cur[j] = best
        prev = cur
    weight = max(sum(0.5 if p[0] == "V" else 1.0 for p in zh), lat_weight)
    return 1.0 - prev[m] / weight


@lru_cache(maxsize=65536)
def _latin_costs(lat: tuple) -> tuple[tuple[float, ...], float]:
    """(speed) A Latin phone row's drop costs and its weight (what :func:`phonetic_similarity` reads of it)."""
    return tuple(_drop_latin(q) for q in lat), sum(0.5 if p[0] == "V" else 1.0 for p in lat)


@lru_cache(maxsize=4096)
def _swap_cost(kind: str, ca: str, cb: str) -> float:
    """(speed) :func:`_swap` of two phones of one kind, by their classes (all it reads of them)."""
    return _swap((kind, ca), (kind, cb))


@lru_cache(maxsize=256)
def _country_phones(cc: str) -> tuple[tuple[Place, tuple], ...]:
    out = []
    for p in in_country(cc):
        ph = _latin_phones(p.bare, cc)
        if ph:
            out.append((p, ph))
    return tuple(out)


def _first(ph: tuple) -> str:
    return ph[0][1] if ph[0][0] == "C" else "V"


@lru_cache(maxsize=256)
def _country_pool(cc: str) -> tuple[tuple, ...]:
    """(speed) What :func:`match_phonetic` reads of each place of ``cc``, read once per country: the place, its
    phones, their first class, its consonants that are no coda, its population prior, and its phones' drop
    costs and weight (:func:`_latin_costs`)."""
    return tuple((p, ph, _first(ph), sum(1 for q in ph if q[0] == "C" and not q[2]), _prior(p), *_latin_costs(ph))
                 for p, ph in _country_phones(cc))


# accept thresholds on similarity + 0.04 * log10(population) (a division counts as 1,000,000), measured on
# the gold foreign places of dev tune and the probe sets against the same names looked up in eight wrong
# countries (where any match is false): three syllables 1.20, four or five 1.11, six or more 1.05, ahead
# of the next name by 0.02; two syllables only in a country of few places (Palau's states), 1.10
_PH_ACCEPT = {3: 1.20, 4: 1.11, 5: 1.11}
_PH_ACCEPT_LONG = 1.05
_PH_ACCEPT_SHORT_SMALL = 1.10
_PH_SMALL_COUNTRY = 80
_PH_MARGIN = 0.02



@lru_cache(maxsize=256)
def _level_pool(cc: str, levels: tuple[str, ...]) -> tuple[tuple, ...]:
    """(speed) :func:`_country_pool` of the places of those levels, in the same order."""
    return tuple(row for row in _country_pool(cc) if row[0].level in levels)

def _prior(p: Place) -> float:
    return 0.04 * math.log10(max(p.pop if p.level == "city" else 1_000_000, 100))


@lru_cache(maxsize=4096)
def match_phonetic(text: str, cc: str, levels: tuple[str, ...] = ("city", "adm1", "adm2")) -> tuple[Place, float] | None:
    """The place of ``cc`` whose name aligns with the sound of ``text`` (vowels included), or None.

    Scored as similarity plus a small population prior; accepted only above the
    measured thresholds and clearly ahead of the next different name.
    """
    syl = pinyin(text)
    if len(syl) < 2 or not cc:
        return None
    zh = _zh_phones(syl)
    if not zh:
        return None
    first = _first(zh)
    n_cons = sum(1 for p in zh if p[0] == "C")
    pool = _level_pool(cc, levels)
    scored = []
    fits: dict[str, bool] = {}  # first class -> may it open a match of this name (read once per class)
    for p, ph, f, p_cons, prior, drop_lat, lat_weight in pool:
        fit = fits.get(f)
        if fit is None:
            fit = fits[f] = not (f != first and (f == "V" or first == "V" or frozenset((f, first)) not in _C_NEAR))
        if not fit:
            continue
        if abs(p_cons - n_cons) > 3:
            continue
        sim = _similarity(zh, ph, drop_lat, lat_weight)
        scored.append((sim + prior, sim, p))
    if not scored:
        return None
    scored.sort(key=lambda t: -t[0])
    top, sim, best = scored[0]
    bare = best.bare
    runner = max((s for s, _sim, p in scored[1:] if p.bare != bare), default=0.0)
    if len(syl) == 2:
        need = _PH_ACCEPT_SHORT_SMALL if len(pool) <= _PH_SMALL_COUNTRY else None
    else:
        need = _PH_ACCEPT.get(len(syl), _PH_ACCEPT_LONG)
        if len(pool) <= _PH_SMALL_COUNTRY:
            # a country of few places (Fiji, Palau) offers few names to hit by chance: a longer name needs
            # no more than a two-syllable one there (a town of 30,000 spelled sound for sound)
            need = min(need, _PH_ACCEPT_SHORT_SMALL)
    if need is None or top < need or top - runner < _PH_MARGIN:
        return None
    return best, round(sim, 3)
