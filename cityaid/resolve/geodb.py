"""The large gazetteer: GeoNames places of 1,000+ people and ISO 3166-2 subdivisions, on disk.

``cityaid/data/places.sqlite`` (built by ``scripts/build_gazetteer.py``) holds
~170k places — far too many, and too many of them ordinary words (中心, 友好),
to match free text with.  So this module is asked only about names that a
construction has already marked as places (``cityaid.resolve.openworld``): an
exact Chinese name, an English name, or every place of one country (for
transliteration matching).  The file is opened read-only on first use; a
country's rows are read once and kept.

``CITYAID_OPEN_WORLD=0`` in the environment turns this layer (and the open-world
recognition that uses it) off, so that its worth can be measured
(``benchmarks/place_resolution.py``).
"""
from __future__ import annotations

import os
import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_LOCAL = threading.local()


@dataclass(frozen=True, slots=True)
class Place:
    id: int
    cc: str
    name: str  # the English (GeoNames / ISO) name
    level: str  # city | adm1 | adm2
    pop: int
    zh: tuple[str, ...] = ()
    py: tuple[str, ...] = ()  # GeoNames alternates that are toneless pinyin ("sheng pa er teng")

    @property
    def bare(self) -> str:
        """The name as it is used in running text: without GeoNames' qualifier in brackets (``Halle (Saale)``),
        a German town's river or region (``Hanau am Main``, ``Freiburg im Breisgau``) or a Japanese/Korean
        romanised admin suffix (``Fukui-shi``, ``Cheongju-si``): see :func:`plain_name`."""
        return plain_name(self.cc, self.name)

    @property
    def key(self) -> str:
        """``CC/English name``, without GeoNames' bracketed qualifier or romanised admin suffix (``Halle (Saale)``
        -> ``DE/Halle``, ``Fukui-shi`` -> ``JP/Fukui``); a German town's river or region stays in the key, as
        the spec's keys write it (``DE/Neustadt an der Weinstraße``: many towns are called Neustadt)."""
        return f"{self.cc}/{key_name(self.cc, plain_name(self.cc, self.name, keep_region=True))}"

    @property
    def actor_level(self) -> str:
        """The spec's level: a second-level division counts as adm1 for the ledger (a county, a département)."""
        return "city" if self.level == "city" else "adm1"


# Latin-script European countries whose own spelling English keeps (Győr, Poznań, Sankt Pölten); elsewhere
# GeoNames' marks are a romanisation's (Gorgān, Thái Nguyên, Hachiōji) or dropped in English usage
# (İstanbul, São Paulo, Valparaíso), and the key is written without them, as the dev gold writes it
KEEP_MARKS = frozenset("DE AT CH LI LU PL CZ SK HU HR SI RS BA ME MK SE NO DK FI IS EE LV LT FR BE NL IT RO AL MT "
                       "FO".split())
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "þ": "th",
                          "æ": "ae", "Æ": "Ae", "œ": "oe", "ß": "ss", "ʻ": "", "ʼ": "", "’": "", "‘": "", "`": ""})
_SOFT_SIGNS = str.maketrans({"ʻ": "", "ʼ": "", "’": "", "‘": "", "`": ""})


# a German-speaking town's river or region after its name (Hanau am Main, Freiburg im Breisgau, Neustadt an der
# Weinstraße, Rothenburg ob der Tauber): English and Chinese usage drop it
_GERMAN_QUALIFIER = re.compile(r"\s+(?:am|an der|an den|im|in der|ob der|vor der|auf der|bei)\s+\S.*$")
_GERMAN_COUNTRIES = frozenset({"DE", "AT", "CH", "LI"})
# GeoNames writes some Japanese and Korean towns with their romanised admin suffix (Fukui-shi, Masaki-cho,
# Cheongju-si, Haenam-gun); English usage and the spec's keys write the name alone (JP/Fukui, KR/Cheongju)
_ROMANISED_SUFFIX = {"JP": re.compile(r"-(?:shi|cho|machi|mura|son)$"), "KR": re.compile(r"-(?:si|gun|eup)$")}


def plain_name(cc: str, name: str, keep_region: bool = False) -> str:
    """A GeoNames name in the form running text uses: ``Halle (Saale)`` -> ``Halle``, ``Hanau am Main`` ->
    ``Hanau`` (unless ``keep_region``), ``Fukui-shi`` -> ``Fukui``, ``Cheongju-si`` -> ``Cheongju`` (unchanged
    where nothing is left)."""
    bare = _QUALIFIER.sub("", name).strip() if "(" in name else name
    if cc in _GERMAN_COUNTRIES and " " in bare and not keep_region:
        bare = _GERMAN_QUALIFIER.sub("", bare).strip() or bare
    suffix = _ROMANISED_SUFFIX.get(cc)
    if suffix is not None and "-" in bare:
        bare = suffix.sub("", bare) or bare
    return bare or name


def key_name(cc: str, name: str) -> str:
    """The name a key carries: ``Ryazan’`` -> ``Ryazan``; ``Thái Nguyên`` -> ``Thai Nguyen`` outside
    the countries of :data:`KEEP_MARKS`."""
    name = name.translate(_SOFT_SIGNS)
    if cc in KEEP_MARKS or name.isascii():
        return name
    return _COMBINING.sub("", unicodedata.normalize("NFKD", name.translate(_LETTERS))).replace("\u0131", "i")


def enabled() -> bool:
    """The open-world layer is on unless ``CITYAID_OPEN_WORLD`` is ``0``/``false``/``off``."""
    return os.environ.get("CITYAID_OPEN_WORLD", "1").strip().lower() not in ("0", "false", "off", "no")


def _connection() -> sqlite3.Connection | None:
    con = getattr(_LOCAL, "con", None)
    if con is None:
        ref = resources.files("cityaid").joinpath("data", "places.sqlite")
        try:
            path = str(ref)
            if not os.path.exists(path):
                return None
            con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        except sqlite3.Error:
            return None
        _LOCAL.con = con
    return con


def _place(row) -> Place:
    pid, cc, name, level, pop, zh, py = row
    return Place(pid, cc, name, level, pop or 0, tuple((zh or "").split("|")) if zh else (),
                 tuple((py or "").split("|")) if py else ())


_COLS = "p.id, p.cc, p.name, p.level, p.pop, p.zh, p.py"


@lru_cache(maxsize=4096)
def by_zh(name: str, cc: str | None = None) -> tuple[Place, ...]:
    """Places whose Chinese name (simplified) is exactly ``name``, most populous first."""
    con = _connection()
    if con is None or not name:
        return ()
    q = f"SELECT {_COLS} FROM zhname z JOIN place p ON p.id = z.id WHERE z.name = ?"
    args: tuple = (name,)
    if cc:
        q += " AND p.cc = ?"
        args += (cc,)
    rows = [_place(r) for r in con.execute(q, args)]
    rows.sort(key=lambda p: (-_known_pop(p), p.level != "adm1", p.id))
    return tuple(rows)


# GeoNames leaves some towns' population empty (0), among them whole cities (Toda, Saitama; Nagaokakyo): a city
# of unknown size ranks as a town of this many people, above a village of the same name whose count is known
UNKNOWN_POP = 10_000


def _known_pop(p: Place) -> int:
    return p.pop if p.pop or p.level != "city" else UNKNOWN_POP


_COMBINING = re.compile(r"[\u0300-\u036f]")
_NON_WORD = re.compile(r"[\W_]+")


def fold(s: str) -> str:
    """Lower case without accents or punctuation: ``Sankt Pölten`` -> ``sankt polten``."""
    s = _COMBINING.sub("", unicodedata.normalize("NFKD", s)).lower()
    return _NON_WORD.sub(" ", s).strip()


@lru_cache(maxsize=256)
def in_country(cc: str) -> tuple[Place, ...]:
    """Every place of one country (read once per process and country)."""
    con = _connection()
    if con is None or not cc:
        return ()
    return tuple(_place(r) for r in con.execute(f"SELECT {_COLS} FROM place p WHERE p.cc = ?", (cc,)))


def large_cities_without_zh(min_pop: int) -> tuple[Place, ...]:
    """Cities of at least ``min_pop`` people that have no Chinese name in the table (the in-memory gazetteer,
    built from the towns that have one, lacks them): read once by the English reader."""
    con = _connection()
    if con is None:
        return ()
    return tuple(_place(r) for r in con.execute(
        f"SELECT {_COLS} FROM place p WHERE p.level = 'city' AND p.pop >= ? AND p.zh IS NULL", (min_pop,)))


_QUALIFIER = re.compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=256)
def _english_index(cc: str) -> dict[str, list[Place]]:
    idx: dict[str, list[Place]] = {}
    for p in in_country(cc):
        idx.setdefault(fold(p.name), []).append(p)
        bare = p.bare
        if bare and bare != p.name:  # "Halle (Saale)" is also "Halle", "Hanau am Main" "Hanau"
            idx.setdefault(fold(bare), []).append(p)
    for lst in idx.values():
        lst.sort(key=lambda p: (-p.pop, p.level != "adm1"))
    return idx


def by_english(name: str, cc: str) -> tuple[Place, ...]:
    """Places of country ``cc`` whose English name folds to the same letters as ``name``."""
    return tuple(_english_index(cc).get(fold(name), ()))


def has_english_start(name: str, cc: str) -> bool:
    """Country ``cc`` has a place whose English name is ``name`` or starts with it as a word (León: León de los
    Aldama)."""
    f = fold(name)
    return bool(f) and any(k == f or k.startswith(f + " ") for k in _english_index(cc))


def stats() -> dict:
    """Row counts and file size (for benchmarks and ``--version``-style reports)."""
    con = _connection()
    if con is None:
        return {"rows": 0}
    ref = resources.files("cityaid").joinpath("data", "places.sqlite")
    return {"rows": con.execute("SELECT COUNT(*) FROM place").fetchone()[0],
            "zh_names": con.execute("SELECT COUNT(*) FROM zhname").fetchone()[0],
            "bytes": os.path.getsize(str(ref))}
