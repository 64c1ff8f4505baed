"""Open-world English places: a name is a place when the construction says so.

The gazetteer cannot hold every town that has a Chinese sister city (a
Piedmont town of 30,000, an Ethiopian city, a Romanian county).  English
reports, though, say what a name is and where it lies:

* ``the Slovenian city of X`` / ``the town of X`` / ``the Prefecture of X``;
* ``X, its sister city in Poland`` / ``X, Ningbo's partner city in Italy``;
* ``X in Japan`` / ``X in east China``;
* ``X, Texas`` / ``X, Italy`` (a state or a country after a comma);
* ``Romania's X County`` / ``Vietnam's X Province`` (a country's possession);
* ``X Prefecture`` / ``X County`` / ``X Oblast`` (a capitalised unit word);
* ``its Chinese sister city X`` / ``sister cities X, Y and Z``;
* ``the mayor of X`` / ``the people of X`` / ``X's mayor``.

A name found so is looked up among the gazetteer's entries *of the country
the text gives* (``Navarre in Spain`` is the Spanish region, not the Florida
town); unknown, it becomes ``CC/<Name>``.  Where the text gives no country,
a name shaped like pinyin syllables (``Zhangjiajie``) beside Chinese context
is Chinese (``CN/<Name>``); otherwise the nearest country named in the
sentence is taken, and with none the name is left alone.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Optional

from cityaid.clean.pinyin import syllables
from cityaid.clean.tables import load_table

from . import geodb
from .actors import ActorMention
from .geodb import key_name

_UP = r"A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_WORD = rf"[{_UP}](?:[\w-]|\.(?=\w))*(?:['’](?!s\b)\w+)*"
#: A place name: one to four capitalised words (``Dire Dawa``, ``Neustadt an der Weinstraße``).
_UNIT_WORD = r"(?:Prefecture|County|Province|Region|Oblast|Krai|Governorate|Voivodeship|Canton|Municipality|" \
             r"District|Autonomous|City|Town|State|Mayor|Governor|In|On|At|The)\b"
NAME = rf"{_WORD}(?:(?:[ \t]+(?:an der|am|de|del|de la|la|sur|di))?[ \t]+(?!{_UNIT_WORD}){_WORD}){{0,3}}"
_UNITS_ADM1 = ("prefecture", "province", "state", "region", "oblast", "krai", "governorate", "voivodeship", "aimag",
               "canton", "autonomous region", "republic")
_UNITS_CITY = ("city", "town", "village", "municipality", "commune", "borough", "county", "capital", "port city", "soum",
               "township", "comune")
#: the unit words a gazetteer's first-level division may carry in its English name
_DIVISION_WORDS = ("Oblast", "Krai", "Region", "Province", "Prefecture", "Republic", "Autonomous Okrug")
#: the county-level units inside a city (a Tokyo ward, a Seoul or Daegu district)
_UNITS_DISTRICT = ("district", "ward")
_UNIT = "|".join(sorted(_UNITS_ADM1 + _UNITS_CITY + _UNITS_DISTRICT, key=len, reverse=True))
_ADJ = r"(?:(?:small|large|coastal|northern|southern|eastern|western|central|north-?eastern|north-?western|" \
       r"south-?eastern|south-?western|historic|industrial|port|mountain|border|provincial|twin|sister|partner|" \
       r"friendship|friendly|neighbouring|neighboring)\s+)*"
_SISTER = r"(?:sister|partner|twin|friendship|friendly|twinned)\s+(?:city|cities|town|towns|province|provinces|state|" \
          r"states|prefecture|prefectures|region|regions|county|counties|municipality)"
_DIRECTION = r"(?:(?:the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|central|northern|" \
             r"southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
_POSS = r"(?:'s|’s)"
#: "the" right before a name ending in "City" and the clause ending right after it, or going on with no body of the
#: town ("to the Queen City, and", "in the Windy City on Friday"; not "the Bogo City government"): a town's
#: nickname (around the name: the four characters before | the two after)
_BODY_AFTER_CITY = re.compile(r"\s+(?:government|council|hall|officials?|authorities|administration|mayor|"
                              r"residents|people|office|health|police|hospitals?|government's)\b")
_NICKNAME_AROUND = re.compile(r".*\bthe\s\|(?:[,.;:!?)]|\s*$|\s[a-z]).*", re.S)

#: Words that make a capitalised run an organisation, an office or a title, not a place.
_NOT_PLACE = frozenset("""
hospital hospitals university college school institute academy embassy consulate consulate-general ministry
department office council commission committee association society foundation company group corporation
bank airport airlines airline port station center centre government administration agency bureau
club church museum park hall party army police news daily times post herald press tv radio
president premier prime minister mayor governor chairman secretary ambassador consul director
republic people's national central communist federal red cross crescent health foreign affairs
officials experts doctors residents students companies staff workers volunteers team teams
members leaders delegation union european olympics games authorities city province state county town prefecture region
covid-19 covid coronavirus sars-cov-2 monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december the a an
this that these those his her their its our my he she it they we i mr mrs ms dr
chief deputy assistant senior acting vice general officer commissioner inspector superintendent
peninsula mountains mountain range river lake sea bay gulf strait coast desert plateau basin delta archipelago
principality kingdom federation commonwealth emirate territory community autonomous parliament senate
""".split())


@lru_cache(maxsize=4096)
def pinyin_shaped(name: str) -> bool:
    """Can ``name`` be read as pinyin syllables only (``Zhangjiajie``, ``Xi'an``, ``Ma'anshan``)?"""
    syl = syllables()
    for word in re.split(r"[\s'’-]+", name.lower()):
        if not word or not _segment(word, syl):
            return False
    return True


#: Interjections (嗯, 呣, 哼) are syllables of the table but never of a place name; with them Korean
#: ``-eong`` names (Yeongyang: ye-o-ng-yang) would read as pinyin.
_INTERJECTIONS = frozenset(("ng", "n", "m", "hm", "hng"))


def _segment(word: str, syl: frozenset[str]) -> bool:
    ok = [True] + [False] * len(word)
    for i in range(1, len(word) + 1):
        for j in range(max(0, i - 6), i):
            if ok[j] and word[j:i] in syl and word[j:i] not in _INTERJECTIONS:
                ok[i] = True
                break
    return ok[-1]


@lru_cache(maxsize=4096)
def world_division(name: str) -> Optional[str]:
    """The one country whose first- or second-level division (GeoNames) bears ``name``, else None.

    English pages name foreign provinces and states the small gazetteer lacks
    (``the state of Nuevo León``, ``Dornogovi province``); the unit word says it
    is a division, and a name only one country's divisions carry says where.
    """
    if not geodb.enabled() or len(name) < 4:
        return None
    countries = {cc for cc, level in _world_divisions().get(geodb.fold(name), ())}
    return countries.pop() if len(countries) == 1 else None


@lru_cache(maxsize=4096)
def world_city(name: str) -> Optional[str]:
    """The one country with a GeoNames place named ``name`` (``Cebu City``), else None."""
    if not geodb.enabled():
        return None
    countries = set(_world_cities().get(geodb.fold(name), ()))
    return countries.pop() if len(countries) == 1 else None


@lru_cache(maxsize=1)
def _world_cities() -> dict[str, tuple[str, ...]]:
    """GeoNames names that carry their unit word (``Cebu City``, ``George Town``): folded name -> countries."""
    con = geodb._connection()
    if con is None:
        return {}
    out: dict[str, list[str]] = {}
    for cc, name in con.execute("SELECT cc, name FROM place WHERE name LIKE '% City' OR name LIKE '% Town'"):
        out.setdefault(geodb.fold(name), []).append(cc)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _world_divisions() -> dict[str, tuple[tuple[str, str], ...]]:
    con = geodb._connection()
    if con is None:
        return {}
    out: dict[str, list[tuple[str, str]]] = {}
    for cc, name, level in con.execute("SELECT cc, name, level FROM place WHERE level != 'city'"):
        out.setdefault(geodb.fold(name), []).append((cc, level))
    return {k: tuple(v) for k, v in out.items()}


def _placeish(name: str) -> bool:
    words = [w.lower().strip(".,") for w in name.split()]
    return bool(words) and not any(w in _NOT_PLACE for w in words) and len(name) >= 3 and not name.isupper()


def _level(unit: Optional[str]) -> str:
    u = (unit or "city").lower()
    if u in _UNITS_ADM1:
        return "adm1"
    if u in _UNITS_DISTRICT:
        return "district"
    return "city"


class OpenPlaces:
    """Constructions over one text; ``country_of(name)`` gives a country code for a country name or demonym,
    ``lookup(name, country)`` the gazetteer's mention data for a name within a country (or None)."""

    def __init__(self, country_of: Callable[[str], Optional[str]],
                 lookup: Callable[[str, str], Optional[tuple[str, str, str]]], state_of: Callable[[str], Optional[str]],
                 known: Callable[[str], bool], region_of: Callable[[str], Optional[str]] = lambda name: None,
                 place_country: Callable[[str], Optional[str]] = lambda name: None,
                 read_country: Callable[[str], Optional[str]] = lambda name: None):
        self.known = known
        self.read_country = read_country  # the country of the reading the gazetteer gives a name in running text
        self.place_country = place_country
        self.region_of = region_of
        self.country_of = country_of
        self.lookup = lookup
        self.state_of = state_of

    def _division(self, name: str, unit: Optional[str], country: str) -> Optional[tuple[str, str, str]]:
        """``the Amur Region``: the first-level division the gazetteer writes with its own unit word
        (``Amur Oblast``, ``Primorsky Krai``), told in English with another one."""
        if not unit or _level(unit) != "adm1":
            return None
        for word in _DIVISION_WORDS:
            if word.lower() != unit.lower():
                found = self.lookup(f"{name} {word}", country)
                if found is not None and found[1] == "adm1":
                    return found
        return None

    def _make(self, text: str, s: int, e: int, country: Optional[str], unit: Optional[str],
              explicit: bool) -> Optional[ActorMention]:
        name = text[s:e]
        if unit and name.lower().endswith(" " + unit.lower()):
            name = name[: -len(unit) - 1]
        if not _placeish(name) or self.country_of(name):
            return None
        if country is None:
            return None
        if not explicit and (self.known(name) or (unit and self.known(f"{name} {unit}"))):
            return None  # a country guessed from the sentence never overrides the gazetteer's reading
        us_county = bool(unit) and unit.lower() == "county" and country == "US"
        found = None if us_county else (self.lookup(f"{name} {unit}", country) if unit else None) \
            or self._division(name, unit, country) or self.lookup(name, country)
        shown = name
        if found is not None and _level(unit) == "adm1" and found[1] not in ("adm1", "country"):
            found = None  # "Minsk region" is not the city of Minsk
            shown = f"{name} {unit.title()}"
        if found is not None:
            key, level, name_en = found
            return ActorMention(s, e, text[s:e], key, level, country, name_en, (country, key) if explicit else ())
        if unit in ("City", "Town") and world_city(f"{name} {unit}") == country:
            shown = f"{name} {unit}"  # GeoNames names it with its unit word: Cebu City is not Cebu province
        elif _level(unit) == "adm1" and (world_division(name) == country or (
                explicit and geodb.enabled() and len(name) >= 4
                and (country, "adm1") in _world_divisions().get(geodb.fold(name), ()))):
            # ("the Argentine province of Cordoba": a first-level division of the country told, whatever other
            # countries have divisions of that name)
            shown = key_name(country, name)  # GeoNames' spelling, marks dropped as keys write them (Nuevo Leon)
        if us_county:
            shown = f"{name} County"  # a US county is not the homonymous city (Fairfax County, Fairfax)
        key = f"{country}/{shown}"
        return ActorMention(s, e, text[s:e], key, _level(unit), country, shown, (country, key) if explicit else ())

    def _ward_of(self, city: str, ment: ActorMention) -> ActorMention:
        """"Seoul's Gangnam District": a Korean metropolitan city's district, keyed under the city
        (KR/Seoul/Gangnam), as its Chinese name is (首尔市江南区)."""
        if self.country_of(city) or not ment.name_en:
            return ment
        found = self.lookup(city, "KR")
        if found is None or found[1] != "city" or found[0].count("/") != 1:
            return ment
        name = re.sub(r"\s+(?:District|Gu|-gu)$", "", ment.name_en)
        key = f"{found[0]}/{name}"
        return replace(ment, key=key, level="district", name_en=name, components=tuple(
            key if c == ment.key else c for c in ment.components))

    def _autonomous_abroad(self, text: str, m: re.Match) -> Optional[ActorMention]:
        """``the Jewish Autonomous Region``: an autonomous oblast or okrug of another country (Russia's), told in
        English as a region, is that division, not one of China's autonomous regions."""
        for word in ("Oblast", "Okrug"):
            full = f"{m.group('name')} Autonomous {word}"
            country = self.place_country(full)
            found = self.lookup(full, country) if country and country != "CN" else None
            if found is not None and found[1] == "adm1":
                key, level, name_en = found
                return ActorMention(m.start(), m.end(), m.group(), key, level, country, name_en, (country, key))
        return None

    def find(self, text: str) -> list[ActorMention]:
        """Places named by a construction; those whose country the construction itself gives (not guessed
        from the sentence) carry ``components`` (country, key) and may override the gazetteer's reading."""
        out: list[ActorMention] = []
        head = _DATELINE_REGION.search(text[:2000])
        home = (head.group("place").title(), self.region_of(head.group("region"))) if head else (None, None)
        page = self._dateline_country(text)
        inside: dict[str, bool] = {}  # _named_inside(text, name), scanned once per name

        def named_inside(name: str) -> bool:
            if name not in inside:
                inside[name] = _named_inside(text, name)
            return inside[name]

        for pattern, how in _patterns():
            for m in pattern.finditer(text):
                if _TIE_WORD_IN_NAME.search(m.group("name")):
                    continue  # "the A-B Sister City Association", "A Friendship City": a tie's body, no town's name
                if how in (_how_comma_state, _how_in_country) and " " not in m.group("name") \
                        and not m.groupdict().get("unit") \
                        and _SENTENCE_START.search(text[max(0, m.start("name") - 4):m.start("name")]) \
                        and not (how is _how_in_country and (named_inside(m.group("name"))
                                                             or _TIE_APPOSED.match(text, m.end())
                                                             or _known_town_of(self, m))):
                    continue  # "Meanwhile, Japan ...", "Officials in Japan": any first word is capitalised
                if m.groupdict().get("unit") == "City" and _NICKNAME_AROUND.fullmatch(
                        text[max(0, m.start("name") - 4):m.start("name")] + "|" + text[m.end("unit"):m.end("unit") + 2]) \
                        and not _BODY_AFTER_CITY.match(text, m.end("unit")):
                    continue  # "shipped masks to the Queen City, and ...": a town's nickname, no town of that name
                if how is _how_autonomous and m.group("unit") == "Region":
                    abroad = self._autonomous_abroad(text, m)
                    if abroad is not None:
                        out.append(abroad)
                        continue
                country, unit = how(self, text, m)
                explicit = country is not None
                if not explicit and how in _NEEDS_COUNTRY:
                    continue
                if country is None and home[1] and m.group("name") == home[0]:
                    country = home[1]  # "BOSEONG, South Jeolla Province --": the dateline says where Boseong is
                if country is None and pinyin_shaped(m.group("name")) and _chinese_context(text, m.start(), m.end()):
                    country = "CN"
                if country is None and (how is _how_partner_of or (how in (_how_dem_sister, _how_unit_of) and _dem_of(text, m))) \
                        and m.group("dem") and self.country_of(m.group("dem")):
                    # "Neustadt's Chinese partner city": Neustadt is not Chinese; the page's other country
                    country = self._page_country(text, exclude=self.country_of(m.group("dem")))
                if not explicit and how in (_how_title_of, _how_dem_sister) \
                        and not m.group("name").endswith(("City", "Town")):
                    # "the people of Angus", "the Provost of X": a division's name one country alone has
                    world = world_division(m.group("name"))
                    if world is not None:
                        country, explicit = world, True
                if not explicit and unit and (_level(unit) == "adm1" or unit in ("City", "Town", "County")):
                    # "the state of Nuevo León", "Dornogovi province", "Cebu City": a division's (or a named
                    # city's) name that one country alone has (GeoNames) is that country's, whatever country
                    # the sentence names
                    world = world_division(m.group("name")) if _level(unit) == "adm1" or unit == "County" \
                        else world_city(f"{m.group('name')} {unit}")
                    if world is not None:
                        country, explicit = world, True
                if country is None and how is _how_title_of:
                    # "Herzliya's City Hall" on a page about China's flag: a town of the other country the page
                    # names, where the gazetteer has a town of that name there (not the country named nearest)
                    country = self._page_town_country(text, m.group("name"))
                if country is None and unit:
                    # "Harris County, Texas", "Nara Prefecture in western Japan" is told by the country; "X County
                    # in Gyeonggi Province": the first-level division named right after says whose it is
                    after = _REGION_AFTER.match(text, m.end())
                    if after is not None:
                        country = self.region_of(after.group("region"))
                if country is None:
                    country = self._nearest_country(text, m.start("name"), m.end("name"))
                    if unit:
                        country = self._world(text, m.start("name"), m.end("name"), unit, country)
                if country is None and how is _how_named_unit and m.group("unit").lower() == "county":
                    country = page  # "Yeongyang County's request" on a page datelined in Korea
                if country is None and how is _how_named_unit and m.group("unit").lower() == "ward":
                    # "X ward, its twin in northern Osaka": a ward is a city's; the city named beside it says where
                    country = self._nearest_place_country(text, m.start("name"), m.end())
                end = m.end("name")
                if m.groupdict().get("unit") and m.start("unit") > end and not text[end:m.start("unit")].strip():
                    end = m.end("unit")  # "Alba County": the unit word is part of the mention
                ment = self._make(text, m.start("name"), end, country, unit, explicit)
                if ment is not None and how is _how_country_poss and country == "KR" and _level(unit) == "district":
                    ment = self._ward_of(m.group("country"), ment)
                if ment is not None and how is _how_autonomous:
                    ment = replace(ment, end=m.end(), surface=m.group())  # the whole name, peoples and unit
                if ment is not None:
                    out.append(ment)
        out += self._listed(text)
        # one mention per span: the first construction that named it
        out.sort(key=lambda x: (x.start, -(x.end - x.start)))
        keep: list[ActorMention] = []
        for x in out:
            if keep and x.start < keep[-1].end:
                continue
            keep.append(x)
        return keep

    def list_qualifiers(self, text: str) -> list[tuple[int, int]]:
        """``the northern Lao provinces of A, B and C``: the spans of the demonyms that say where a listed set of
        places lies (the places are the parties; the country is told only as their qualifier)."""
        return [m.span("dem") for m in _PLURAL_UNIT_LIST.finditer(text) if m.group("dem")
                and self.country_of(m.group("dem"))] + [
            m.span("dem") for m in _DIVISION_UNIT_OF.finditer(text) if self.region_of(m.group("dem"))]

    def _world(self, text: str, s: int, e: int, unit: Optional[str], country: Optional[str]) -> Optional[str]:
        """A division's country: where GeoNames gives first- or second-level divisions of this name only in
        some countries (``Dornogovi aimag``, ``Punjab province``), a country guessed from the sentence must be
        one of them; of several, the one the sentence names nearest, else the page names most."""
        if _level(unit) != "adm1":
            return country
        name = text[s:e]
        if unit and name.lower().endswith(" " + unit.lower()):
            name = name[: -len(unit) - 1]
        found = {cc for cc, _level_ in _world_divisions().get(geodb.fold(name), ())} \
            if geodb.enabled() and len(name) >= 4 else set()
        if not found or country in found:
            return country
        if len(found) == 1:
            return found.pop()
        near = self._nearest_country(text, s, e, among=found)
        return near or self._page_country(text, exclude=None, among=found) or country

    def _listed(self, text: str) -> list[ActorMention]:
        """``the Romanian towns of A, B and C``, ``the Peruvian provinces of A and B``: every name of the list is a
        place of that kind in that country."""
        out = []
        for m in _PLURAL_UNIT_LIST.finditer(text):
            country = self.country_of(m.group("dem")) if m.group("dem") else None
            unit = _SINGULAR.get(m.group("unit").lower())
            for n in re.finditer(NAME, m.group("list")):
                s = m.start("list") + n.start()
                ment = self._make(text, s, s + len(n.group()), country, unit, country is not None)
                if ment is not None:
                    out.append(ment)
        page = None
        for m in _UNIT_LIST_AFTER.finditer(text):
            # "A and B counties got 5,000 masks apiece": each name is a unit of that kind, of the country the
            # sentence names, else (counties) of the page's dateline country
            unit = _SINGULAR[m.group("unit")]
            for n in re.finditer(NAME, m.group("list")):
                s, e = m.start("list") + n.start(), m.start("list") + n.end()
                country = self._world(text, s, e, unit, self._nearest_country(text, s, e))
                if country is None and unit == "county":
                    page = page or self._dateline_country(text)
                    country = page
                ment = self._make(text, s, e, country, unit, False)
                if ment is not None:
                    out.append(ment)
        return out

    def _dateline_country(self, text: str) -> Optional[str]:
        """The country of the page's dateline place (``GWANGJU, March 10 (Yonhap) --``), if the gazetteer knows it."""
        m = _DATELINE_PLACE.search(text[:2000])
        return self.place_country(m.group("place").title()) if m else None

    def _page_country(self, text: str, exclude: Optional[str], among: Optional[set] = None) -> Optional[str]:
        """The country the page names most, other than ``exclude`` (None when it names no other)."""
        counts = self._country_counts(text, exclude, among)
        return max(counts, key=counts.get) if counts else None

    def _country_counts(self, text: str, exclude: Optional[str], among: Optional[set] = None) -> dict[str, int]:
        """How often the page names each country other than ``exclude`` (with ``among``: also through its towns,
        and only those countries), in the order first named."""
        counts: dict[str, int] = {}
        for m in _CAP_RUN.finditer(text):
            c = self.country_of(m.group().removesuffix("'s").removesuffix("’s"))
            if among is not None and not c:
                c = self.place_country(m.group().removesuffix("'s").removesuffix("’s"))
            if c and c != exclude and (among is None or c in among):
                counts[c] = counts.get(c, 0) + 1
        return counts

    def _page_town_country(self, text: str, name: str) -> Optional[str]:
        """The foreign country the page names most that has a town of ``name`` (10,000 people or more)."""
        if not geodb.enabled():
            return None
        counts = self._country_counts(text, "CN")
        for c in sorted(counts, key=lambda c: -counts[c]):
            if any(p.level == "city" and p.pop >= _TOWN_POP for p in geodb.by_english(name, c)):
                return c
        return None

    def _nearest_place_country(self, text: str, s: int, e: int) -> Optional[str]:
        """The country of the place (a country or a town the gazetteer knows) named closest to ``text[s:e]`` in
        its sentence."""
        told = _IN_PLACE_AFTER.match(text, e)
        if told is not None:  # "X ward, its twin in northern Osaka" / "X ward in Osaka": the place it lies in
            word = told.group("place").removesuffix("'s").removesuffix("’s")
            c = self.country_of(word) or self.place_country(word)
            if c:
                return c
        a, b = _sentence_around(text, s, e)
        best, dist = None, 10 ** 9
        for m in _CAP_RUN.finditer(text, a, b):
            if s <= m.start() < e:
                continue
            word = m.group().removesuffix("'s").removesuffix("’s")
            c = self.country_of(word) or self.place_country(word)
            if c and abs(m.start() - s) < dist:
                best, dist = c, abs(m.start() - s)
        return best

    def _nearest_country(self, text: str, s: int, e: int, among: Optional[set] = None) -> Optional[str]:
        """The country named closest to ``text[s:e]`` in its sentence (``in Italy``, ``Italian``)."""
        a, b = _sentence_around(text, s, e)
        best, dist = None, 10 ** 9
        for m in _CAP_RUN.finditer(text, a, b):
            if s <= m.start() < e:
                continue
            if _PARTNER_NEXT.match(text, m.end()):
                continue  # "X County had asked its Chinese sister county": the adjective is the other side's
            c = self.country_of(m.group().removesuffix("'s").removesuffix("’s"))
            if among is not None:  # (a town named beside it says where too: "in Lahore")
                word = _LEAD_WORD.sub("", m.group().removesuffix("'s").removesuffix("’s"))
                c = c if c in among else self.place_country(word)
                c = c if c in among else None
            if c:
                d = abs(m.start() - s)
                if d < dist:
                    best, dist = c, d
        return best


#: a first-level division right after a unit: "X County, Texas" / "X County in Gyeonggi Province"
_REGION_AFTER = re.compile(r"(?:,\s*|\s+in\s+(?:the\s+(?:U\.S\.\s+)?state\s+of\s+)?)"
                           r"(?P<region>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b")


_SINGULAR = {"cities": "city", "towns": "town", "counties": "county", "provinces": "province",
             "prefectures": "prefecture", "regions": "region", "municipalities": "municipality", "states": "state",
             "districts": "district", "communes": "commune", "villages": "village", "wards": "ward", "aimags": "aimag",
             "soums": "soum"}
_PLURAL_UNIT_LIST = re.compile(
    rf"\b(?i:the)\s+{_ADJ}(?:(?P<dem>{_WORD})\s+)?{_ADJ}(?P<unit>(?i:{'|'.join(_SINGULAR)}))\s+of\s+"
    rf"(?P<list>{NAME}(?:,\s+{NAME})*,?\s+and\s+{NAME})")
#: "A, B and C counties": a list of names before a lowercase plural unit word.
_UNIT_LIST_AFTER = re.compile(
    rf"(?<![\w,] )(?P<list>{NAME}(?:,\s+{NAME})*,?\s+and\s+{NAME})\s+(?P<unit>counties|prefectures|provinces|"
    rf"municipalities|districts|oblasts|wards|aimags|soums)\b")

#: A dateline naming a place and its region (``GAPYEONG, Gyeonggi Province, May 2 --``).
_DATELINE_REGION = re.compile(r"^\s*(?P<place>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*),\s*(?P<region>[A-Z][\w.]+"
                              r"(?:\s+[A-Z][\w.]+)?)(?:\s+(?:Province|Prefecture|State|Region|County))?\s*[,(-]", re.M)
#: A wire dateline's place (``GWANGJU, March 10 (Yonhap) --``, ``HAENAM --``).
_DATELINE_PLACE = re.compile(r"^\s*(?P<place>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*)(?:,\s*[\w .()]{3,40}?)?\s*(?:--|—|–)\s",
                             re.M)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“(]\s*|--\s+|—\s*)$")
#: "<name>, its twin in northwestern Tokyo" / "<name> in Osaka": the place named as where the name lies
_IN_PLACE_AFTER = re.compile(rf"(?:,\s+[^,;.\n]{{0,40}}?)?\s+in\s+{_DIRECTION}(?:the\s+)?(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})")
#: a capitalised word that opens a sentence before a name ("In Lahore", "From Osaka")
_LEAD_WORD = re.compile(r"^(?:In|At|From|To|For|The|Near)\s+")
_CAP_RUN = re.compile(rf"{_WORD}(?:\s+{_WORD}){{0,2}}")
#: A demonym that qualifies a partner ("its Chinese sister county", "their Korean partners").
_PARTNER_NEXT = re.compile(r"\s+(?:sister|partner|partners|twin|friendship|friendly|counterparts?)\b", re.I)


#: "X in Japan, Y's first sister city, ...": an apposition that says X is a partner place
_TIE_APPOSED = re.compile(r",\s+[^,;:.]{0,40}?\b(?:sister|partner|twin|twinned|friendship)\s+(?:city|town|province|"
                          r"prefecture|state|region|county)\b")


#: the fewest people a gazetteer town needs to be read so at a sentence's start ("Qom in Iran was sent ...")
_TOWN_POP = 10000


def _known_town_of(self: OpenPlaces, m: re.Match) -> bool:
    """``Qom in Iran was sent ...``, ``Tours in France received ...``: a first word that the gazetteer knows
    as a town (or division) of the very country named after ``in`` is that place, not a capitalised common
    word (``Officials in Japan``: no Japanese town is called so)."""
    cc = _country_group(self, m)
    return bool(cc) and any(p.pop >= _TOWN_POP for p in geodb.by_english(m.group("name"), cc))


def _named_inside(text: str, name: str) -> bool:
    """``name`` also stands capitalised inside a sentence (``the Tarnow-Yibin friendship``, ``mayor of Tarnow``):
    a proper name, not a common word that only opens sentences (``Officials in Japan``)."""
    if len(name) < 4 or name.lower() in _NOT_PLACE:
        return False
    for m in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", text):
        if not _SENTENCE_START.search(text[max(0, m.start() - 4):m.start()]):
            return True
    return False


def _chinese_context(text: str, s: int, e: int) -> bool:
    window = text[max(0, s - 120):e + 120]
    return bool(re.search(r"\bChin(?:a|ese)\b", window))


def _country_group(self: OpenPlaces, m: re.Match, group: str = "country") -> Optional[str]:
    g = m.groupdict().get(group)
    return self.country_of(g) if g else None


#: "the New Jersey town of X", "the Bavarian city of X": the division only says where the named town lies
_DIVISION_UNIT_OF = re.compile(rf"\b(?i:the)\s+(?P<dem>{_WORD}(?:\s+{_WORD})?)\s+(?:city|town|village|county|borough)\s+of\s+[{_UP}]")

def _how_unit_of(self, text, m):
    if _dem_of(text, m):
        return None, m.group("unit")
    d = m.groupdict().get("dem")
    # "the New Jersey town of X", "the Bavarian city of X": a first-level division says the country as well
    return _country_group(self, m, "dem") or (self.region_of(d) if d else None), m.group("unit")


def _how_apposed_dem(self, text, m):
    return _country_group(self, m, "dem"), m.group("unit")


def _how_sister_in(self, text, m):
    # "X, its sister city in Fujian Province": a first-level division named there says the country too
    g = m.groupdict().get("country")
    return (_country_group(self, m) or (self.region_of(g) if g else None)), m.group("unit")


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(r["name"] for r in load_table("places_en.tsv") if r["kind"] == "demonym")


def _how_in_country(self, text, m):
    g = m.group("country")
    if g in _demonyms():
        return None, None  # "thanked X in Italian": a language, not where X lies
    country = _country_group(self, m) or ("US" if self.state_of(g) else None) or self.region_of(g)
    return country, m.groupdict().get("unit")


# "a note to Hubei, Ohio Governor X": the state names the governor's office, not where the name before it lies
# (where the name is a place known elsewhere that the US has none of)
_TITLE_AFTER_STATE = re.compile(r"\s+(?:Gov(?:ernor)?\b|Gov\.|Lt\.|Lieutenant|Senator|Sen\.|Mayor|Attorney General|"
                                r"Secretary|Representative|Rep\.|Congressman|Congresswoman|Premier)")


#: "A and B, Osaka Prefecture's sister provinces": a possessor apposed to the name, not where it lies
_POSSESSOR_NEXT = re.compile(r"(?:[ \t]+[A-Z][\w-]*)?['’]s\b")


#: "donated by Beijing, Hungarian authorities said": a demonym opening a noun phrase after the comma, not X's country
_LOWER_NOUN_NEXT = re.compile(r"\s+[a-z]")
_DEMONYM_ENDS = ("an", "ese", "ish", "ic", "i", "ch")

#: "A, B, C and D": the names after the second one, a list going on ("..., C and D", "..., C, D"), each told with no
#: state of its own after it
_LIST_GOES_ON = re.compile(rf"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?P<next>{NAME})(?P<after>,[ \t]*(?!and\b)[A-Z])?")


def _in_plain_list(self, text: str, m: re.Match) -> bool:
    """``Cebu, Penang, Sasebo and Zamboanga``: a list of places, not "Cebu in Penang" (no other name of the list
    has a region after it, as "Dallas, Texas, and Tulsa, Oklahoma" has); a US state keeps its reading."""
    if self.state_of(m.group("state")):
        return False
    nxt = _LIST_GOES_ON.match(text, m.end("state"))
    return nxt is not None and nxt.group("after") is None


def _how_comma_state(self, text, m):
    state = m.group("state")
    if _POSSESSOR_NEXT.match(text, m.end("state")):
        return None, None
    if " " not in state and state.endswith(_DEMONYM_ENDS) and _LOWER_NOUN_NEXT.match(text, m.end("state")) \
            and not self.state_of(state):
        return None, None
    if (_TITLE_AFTER_STATE.match(text, m.end("state")) and self.known(m.group("name"))
            and self.lookup(m.group("name"), "US") is None):
        return None, None  # (a place the gazetteer knows elsewhere, and no US town of that name)
    if _in_plain_list(self, text, m):
        return None, None
    if self.state_of(state):
        return "US", None
    country = self.country_of(state) or self.region_of(state)
    if country and self.known(m.group("name")) and self.lookup(m.group("name"), country) is None:
        return None, None  # "As the epidemic ravaged Wuhan, Oita shipped ...": a place known elsewhere, then a
        # clause's subject; no town of that name in the division's country
    return country, None


def _how_country_poss(self, text, m):
    unit = m.groupdict().get("unit")
    country = _country_group(self, m)
    if country is None and unit and _level(unit) == "district":
        # "Daegu's Dalseo District", "Osaka's Kita ward": a city's district lies in the city's country
        country = self.place_country(m.group("country"))
    return country, unit


def _how_named_unit(self, text, m):
    return None, m.group("unit")


_UNIT_OF_ADJECTIVE = {"regional": "region", "provincial": "province", "prefectural": "prefecture", "oblast": "oblast"}


def _how_unit_adjective(self, text, m):
    # "the Amur regional government": the country whose division is so named (Amur Oblast), if one alone has it
    unit = _UNIT_OF_ADJECTIVE[m.group("adj")]
    for word in _DIVISION_WORDS:
        country = self.place_country(f"{m.group('name')} {word}")
        if country is not None:
            return country, word.lower()
    return None, unit


_TIE_OF_BEFORE = re.compile(r"\b(?:sister|partner|twin|twinned|friendship|friendly)\s+(?:\w+\s+)?of\s+$", re.I)


def _dem_of(text: str, m: re.Match) -> bool:
    """``the Chinese partner city of X`` / ``the Korean sister province of X``: the demonym qualifies the head
    told before the phrase (the partner of X), not X, which lies on the other side."""
    return bool(m.group("dem")) and bool(_TIE_OF_BEFORE.search(text[m.start():m.start("name")]))


def _how_dem_sister(self, text, m):
    if _dem_of(text, m):
        return None, None
    return _country_group(self, m, "dem"), None


def _how_partner_of(self, text, m):
    return None, None


def _how_title_of(self, text, m):
    return None, None


#: Unit words of the place's own language written before its name in English text, and their country.
_LOCAL_UNITS = {"Landkreis": "DE", "Kreis": "DE", "Stadt": "DE", "Comune di": "IT", "Provincia di": "IT",
                "Città di": "IT", "Ville de": "FR", "Gmina": "PL", "Powiat": "PL", "Județul": "RO", "Judetul": "RO",
                "Municipio de": "ES", "Ayuntamiento de": "ES", "Gemeente": "NL", "Kommune": "DK"}


def _how_autonomous(self, text, m):
    # China's ethnic autonomous areas: the place is the first name, the peoples' names and
    # "Autonomous" are not part of it; a region is a province-level unit, a prefecture or county is looked up by name
    return "CN", ("autonomous region" if m.group("unit").lower() == "region" else None)


@lru_cache(maxsize=1)
def _ethnic() -> str:
    """The peoples named in China's autonomous areas (``ethnic_en.tsv``) as one alternation."""
    names = sorted({r["name"] for r in load_table("ethnic_en.tsv")}, key=len, reverse=True)
    return "|".join(map(re.escape, names))


def _how_local_unit(self, text, m):
    return _LOCAL_UNITS.get(m.group("local")), "county"


#: the units an apposition gives a town beside another place ("a suburb on the edge of X")
_NEAR_UNIT = "town|city|village|municipality|commune|borough|suburb|comune"
#: where the apposition puts it: on the edge / outskirts of, (just) outside, near, north of, a short drive from ...
_NEAR = r"(?:(?:just|right|immediately|some|about|a\s+few\s+(?:miles|kilometres|kilometers))\s+)?" \
        r"(?:on\s+the\s+(?:(?:north|south|east|west)(?:ern)?\s+)?(?:edge|edges|outskirts|fringes?)\s+of|" \
        r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|outside(?:\s+of)?|near|" \
        r"close\s+to|next\s+to|not\s+far\s+from|a\s+short\s+drive\s+from)\s+(?:the\s+city\s+of\s+)?"


def _how_near_place(self, text, m):
    """``X, a town on the edge of Milan``: X is a town of the country of the place it lies beside (a place the
    gazetteer knows in one country alone, or a country)."""
    near = m.group("near")
    country = self.country_of(near) or self.place_country(near) or self.region_of(near) or self.read_country(near)
    unit = m.group("unit").lower()
    return country, ("town" if unit == "suburb" else unit)


_NEEDS_COUNTRY = (_how_in_country, _how_apposed_dem, _how_comma_state, _how_country_poss, _how_near_place)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, Callable], ...]:
    name = rf"(?P<name>{NAME})"
    country = rf"(?P<country>{NAME})"
    dem = rf"(?:(?P<dem>{_WORD})\s+)?"
    unit = rf"(?P<unit>(?i:{_UNIT}))"
    cap_unit = r"(?P<unit>(?i:prefecture|county|province|region|oblast|krai|governorate|voivodeship|canton|" \
               r"municipality|district|ward|aimag|soum|autonomous region)|Town|City)"
    people = rf"(?:{_ethnic()})"
    return (
        # Ningxia Hui Autonomous Region / Honghe Hani and Yi Autonomous Prefecture / Tibet Autonomous Region
        (re.compile(rf"(?<![\w'’-])(?!{_UNIT_WORD})(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}}?)"
                    rf"(?:\s+{people}(?:(?:\s*,\s*|\s+and\s+){people})*)?\s+Autonomous\s+"
                    rf"(?P<unit>Region|Prefecture|County|Banner)\b"), _how_autonomous),
        # the Slovenian city of X / the town of X / The City of X
        (re.compile(rf"\b(?i:the)\s+(?:(?P<dem>{_WORD}(?:\s+{_WORD})?)\s+)?{_ADJ}{unit}\s+of\s+{name}"), _how_unit_of),
        # X, its sister city in Poland / X, Ningbo's partner city in Italy
        (re.compile(rf"{name},\s+(?:its|their|our|his|her|the|{_WORD}{_POSS})\s+(?:\w+\s+)?(?P<unit>{_SISTER})"
                    rf"(?:\s+in\s+{_DIRECTION}(?:the\s+)?{country})?"), _how_sister_in),
        # X, an industrial city in western Hungary / X, a port town in Norway: an apposition that says what X is
        (re.compile(rf"(?<![\w'’-]){name},\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?{unit}\s+in\s+{_DIRECTION}"
                    rf"(?:the\s+)?{country}\b"), _how_in_country),
        # X, the Romanian county twinned with Y / X, a small Bulgarian town: an apposition whose demonym says
        # which country X lies in
        (re.compile(rf"(?<![\w'’-]){name},\s+(?:a|an|the)\s+{_ADJ}(?P<dem>{_WORD})\s+{_ADJ}{unit}\b(?!\s+of\b)"),
         _how_apposed_dem),
        # X, a town on the northern edge of Milan / X, a suburb just outside Lyon / X, a village near Graz: an
        # apposition placing X beside a known place says X lies in that place's country
        (re.compile(rf"(?<![\w'’-]){name},\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?(?P<unit>(?i:{_NEAR_UNIT}))\s+"
                    rf"{_NEAR}(?P<near>{NAME})"), _how_near_place),
        # X Prefecture in Japan / X in Iran / X in east China
        (re.compile(rf"(?<![\w'’-]){name}(?:\s+{cap_unit})?\s+in\s+{_DIRECTION}(?:the\s+)?{country}\b"), _how_in_country),
        # X, Texas / X, Italy
        (re.compile(rf"(?<![\w'’-]){name},\s+(?P<state>{_WORD}(?:\s+{_WORD})?)(?=[\s,.;:)]|$)"), _how_comma_state),
        # Romania's Alba County / Vietnam's Thai Nguyen Province / Italy's Bra
        (re.compile(rf"{country}{_POSS}\s+{_ADJ}(?:(?:{_UNIT})\s+of\s+)?{name}(?:\s+{cap_unit})?"), _how_country_poss),
        # X Prefecture / X County / X Oblast
        (re.compile(rf"(?<![\w'’-]){name}\s+{cap_unit}\b"), _how_named_unit),
        # its Chinese sister city X / sister cities X, Y and Z
        (re.compile(rf"{dem}{_SISTER}\s+(?:of\s+)?{name}"), _how_dem_sister),
        # X's friendship province / X's sister city (X is a place, its partner follows)
        (re.compile(rf"(?<![\w'’-]){name}{_POSS}\s+(?:(?P<dem>\w+)\s+)?{_SISTER}\b"), _how_partner_of),
        # the X regional government / the X provincial authorities: a division named by its adjective's noun
        (re.compile(rf"(?<![\w'’-]){name}\s+(?P<adj>regional|provincial|prefectural|oblast)\s+(?:government|"
                    rf"authorities|administration|governor|leaders?|officials)\b"), _how_unit_adjective),
        # X District Council / X City Council / X Municipal Government
        (re.compile(rf"(?<![\w'’-]){name}(?:{_POSS})?\s+(?:City|District|County|Town|Municipal|Regional|Borough)\s+"
                    rf"(?:Council|Government|Hall)\b"), _how_title_of),
        # Landkreis X / Comune di X / Gmina X: a local unit word in the place's own language gives the country
        (re.compile(rf"\b(?P<local>{'|'.join(_LOCAL_UNITS)})\s+{name}"), _how_local_unit),
        # the mayor of X / the people of X
        (re.compile(rf"\b(?i:mayors?|governors?|provost|people|residents|citizens|government|authorities|officials)\s+of\s+"
                    rf"(?:the\s+)?{name}"), _how_title_of),
    )


#: a word of a tie inside a would-be name ("A-B Sister City", "X Friendship City"): a body named for the tie
_TIE_WORD_IN_NAME = re.compile(r"\b(?:Sister|Twinning|Friendship|Partnership)\b")


def _sentence_around(text: str, s: int, e: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[s:e]``: from after the last ". " or line break before it to the
    next one after it (the span searched for a country or town named beside a place)."""
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    b = min(x for x in (text.find(". ", e), text.find("\n", e), len(text)) if x != -1)
    return a, b
