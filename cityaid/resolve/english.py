"""Actors named in English text: places through the gazetteer's English names,
office holders attributed to their place, and the page's own place.

English capitalises names, so candidates are runs of capitalised words
(``North Chungcheong Province``, ``Sakha Republic (Yakutia)``, ``the U.S.``),
looked up leftmost-longest in the English names of the same tables the
Chinese resolver uses (plus ``places_en.tsv``: short forms, demonyms, AP
state abbreviations, and a stoplist).  Many English city names are common
words ("Reading", "Mobile", "Nice"), so a GeoNames city is taken only with a
cue: a following ``, <state/country>``, a preceding ``city of`` / ``sister
city`` / ``in`` / ``from`` / ``to``, or when it is a curated sister city or
has 100,000 people or more and is not on the stoplist.

* ``X, <state or country>`` and ``<country>'s X`` / ``Chinese ... X`` become
  one mention of X (the most specific place).
* ``Mayor Gavin Buckley`` / ``Changsha Mayor Zheng Jianxin`` / ``Gov. Lee
  Si-jong``: a person after a title belongs to the place right before the
  title, else to the page's place when the title fits its level; a later
  bare surname ("Buckley said") is the same person.
* ``the city``, ``our city``, ``the prefecture``, ``the province``, ``the
  republic``: the page's place (or the page's province) - pronoun-like words,
  as 我市 in Chinese.

:func:`publisher_place_en` finds the page's place: a dateline (``ANNAPOLIS,
Md. (March 24, 2020) —``, ``CHEONGJU --``), refined by a title place that
contains it (``Heilongjiang`` over ``HARBIN``); else the first non-Chinese
place of the title; else the most frequent one of the lead.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from cityaid.clean.tables import load_table

from . import geodb, institutions
from .actors import ActorMention
from .en_open import NAME as _OPEN_NAME
from .en_open import OpenPlaces, world_division
from .gazetteer import RANK, Entry, gazetteer
from .national import local_title

#: A GeoNames city with at least this many people is taken without a cue.
BIG_CITY = 100_000

_LEVEL_ORDER = {"country": 0, "adm1": 1, "city": 2, "district": 3, "org": 4}
_SUFFIXES = (" metropolitan city", " special city", " province", " prefecture", " city", " state", " oblast",
             " krai", " county", " municipality", " region", " district", "-do", "-si", "-shi", "-ken", "-fu")
#: unit words of a division that may bear its chief town's name (Lusaka Province, Minsk Region); not "State" or
#: "County", which reports use for the town's own authority as often as for a division (Lagos State Government)
_CITY_NAMED_UNITS = (" province", " region", " oblast", " voivodeship")
_PREFIXES = ("city of ", "province of ", "prefecture of ", "state of ", "republic of ", "county of ")
#: a capital letter of a Latin script, marks included (Łódź, Środa, Žilina, Çorum)
_UPPER = r"A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_TOKEN = rf"(?:[{_UPPER}][\w'’.-]*|\([{_UPPER}][\w'’.-]*(?:\s+[{_UPPER}][\w'’.-]*)*\))"
_RUN = re.compile(rf"{_TOKEN}(?:\s+(?:(?:of|de|del|la|upon|on|am|an|der)\s+)?{_TOKEN})*")
_CUE_BEFORE = re.compile(r"(?:city of|sister city|sister cities|twin city|partner city|friendship city|sister province|"
                         r"sister state|\b(?:twinned|paired|partnered)\s+with|\bin|\bfrom|\bto|\bfor|\bof|\bat|\bby)\s*$", re.I)
_TITLE = re.compile(
    r"(?:(?:First\s+|Vice\s+|Deputy\s+|Acting\s+|Former\s+)?(?:(?:Foreign|Health|Interior|Defen[cs]e|Finance)\s+)?(?:Mayor|Governor|Gov\.|Lt\.\s+Gov\.|President|Premier|"
    r"Prime Minister|Minister|Chairman|Chairwoman|Chair|Secretary|Party Secretary|Ambassador|Consul General|"
    r"Consul|Director|Director General|Commissioner|Head of the Republic|Head|Chief Executive|Chief Minister|"
    r"Minister-President|Minister President|Speaker|"
    r"Councilmember|Councilman|Councilwoman|Supervisor|District Administrator|County Executive|City Manager|"
    r"County Manager|Landrat|Reeve|Mr\.|Mrs\.|Ms\.|Dr\.)"
    # a place's head with the title in lower case after the place's possessive, before a first name and a
    # surname ("X's governor Ana Lima"): the name is a person's
    r"|(?<=['’]s )(?:governor|mayor|lord mayor|premier|president)(?=\s+[A-Z][a-z'’-]+\s+[A-Z]))\s+")
# (a name's letters may carry marks: Csaba András Dézsi, Šárka Nováková)
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOW = "a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
_PERSON = re.compile(rf"(?:(?:Mc|Mac|De|Di|Le|La|O['’])?[{_UP}][{_LOW}'’-]+|[A-Z]\.)"
                     rf"(?:\s+(?:(?:Mc|Mac|De|Di|Le|La|O['’])?[{_UP}][{_LOW}'’-]+(?:-[{_LOW}]+)?|[A-Z]\.)){{0,3}}")
_TITLE_LEVEL = {"mayor": "city", "governor": "adm1", "gov.": "adm1", "head of the republic": "adm1",
                "premier": "country", "president": "country", "prime minister": "country", "chief minister": "adm1",
                "minister-president": "adm1", "minister president": "adm1",
                "foreign minister": "country", "health minister": "country",
                # the heads of a district, county or town council: a local government's, the page's own where
                # no place is named with them
                "district administrator": "city", "county executive": "city", "city manager": "city",
                "county manager": "city", "landrat": "city", "reeve": "city"}
_REF = re.compile(r"\b(?P<w>[Tt]he|[Oo]ur|[Tt]his|[Tt]hat)\s+(?P<n>city|prefecture|province|republic|state|county|"
                  r"region|municipality|city government|provincial government|prefectural government|regional government|"
                  r"city's|province's|prefecture's|republic's|state's|county's|region's|"
                  # ("the State Government", "the Provincial Government": the same bodies, capitalised as their own pages write them)
                  r"State Government|Provincial Government|Prefectural Government|City Government|Regional Government)"
                  r"\b(?!\s+of\s+[A-Z])")
_WORD = re.compile(r"\(?[\w'’.-]+\)?")
#: "St. Louis", "Ft. Worth", "Mt. Vernon": an abbreviated first word of a place's own name.
_SAINT = re.compile(r"(?:st|ste|ft|mt|pt)\. [a-z]")
_OFFICE_AFTER = re.compile(r"\s+(?:Mayor|Deputy Mayor|Vice Mayor|Lord Mayor|City Council|City Hall|"
                           r"Municipal Government|City Government|(?:District|Town|County|Borough|Regional|Shire|"
                           r"Municipal)\s+Council)\b")
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_STATE_AFTER = re.compile(r",\s+[A-Z]")
#: "our Davenport sister-city committee", "the Ames friendship-city group", "Oamaru's friendship province": a
#: name qualifying a tie between places is a place, however small the town.
_TIE_AFTER = re.compile(r"(?:'s|’s)?[ \t]+(?:(?:[A-Z][a-z]+|longtime|long-time|old|oldest|first|new)[ \t]+)?(?:sister|twin|partner|friendship)[\s-]+(?:city|cities|state|states|province|"
                        r"provinces|prefecture|region|town)\b|,\s+(?:which|that)\s+(?:is|was|has\s+been)\s+(?:also\s+)?"
                        r"(?:twinned|paired|partnered)\s+with\b|,\s+(?:which|that)\s+(?:is|was)\s+(?:also\s+)?"
                        r"(?:a|an|another|the)\s+(?:sister|twin|partner|friendship)\b", re.I)
#: "to Grenoble, Annecy and Chambery": the last names of a list after a place preposition are places too
_LIST_CUE = re.compile(r"(?:\b(?:to|for|in|from|at|with|including|such\s+as|among\s+them|namely)|\b(?:cities|towns|"
                       r"partners|provinces|prefectures|regions|states|counties)\s*(?:[,:]|\s-{1,2}|\s?[—–]))\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
                       r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*,?\s+(?:and|or)\s+$")
#: "to the Oamaru community", "for the Gisborne residents": a town standing for its people.
_THE_BEFORE = re.compile(r"(?:\b(?:to|for|from|in|of|among)\s+|(?:^|[.:;!?]\s+|\n\s*))the\s+$", re.I)
#: "the" right before a name ending in "City" ("to the Queen City", "the Windy City"): a nickname
_NICKNAME_THE = re.compile(r"\bthe\s+$")
_PEOPLE_AFTER = re.compile(r"[ \t]+(?:community|communities|residents|people|public)\b")
_DISTRICT_AFTER = re.compile(r"\s+(?:District|County)\b")
#: "Shenzhen's Nanshan district": a county-level name after a city's possessive, with its unit word
_POSSESSED_DISTRICT = re.compile(r"[A-Z][\w'’-]+(?:'s|’s)\s+$")
_UNIT_DISTRICT_AFTER = re.compile(r"\s+(?:district|county)\b", re.I)
#: A capitalised word after a name (it goes on: "Central Asia") / right before it ("Liu Yuhuan").
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")
_CAP_AFTER = re.compile(r"\s+[A-Z]")
_WORD_BEFORE = re.compile(r"[A-Z][a-z]+\s+$")
#: A capitalised single word of four letters or more (what :func:`_repeated_names` counts).
_CAP_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{3,}(?![\w'’-])")
#: A Korean name written family name first, given name hyphenated (``Kwon Young-jin``).
_KOREAN_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
_COUNTRY_AFTER = re.compile(r",\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")
_COUNTY_END = re.compile(r"\sCounty$")
_COMMA_GAP = re.compile(r",\s*(?:the\s+)?")
#: "In George Town, the Penang state government accepted ...": after "X, the", a body of the place opens a clause
_PLACE_BODY_AFTER = re.compile(r"\s+(?:state\s+|provincial\s+|regional\s+|prefectural\s+|city\s+|municipal\s+|county\s+)?"
                         r"(?:government|authorities|administration|officials|council|assembly|office)\b", re.I)
_INNER_GAP = re.compile(r"(?:'s|’s)\s+|\s+(?:(?:port|capital|coastal|border|northern|southern|eastern|"
                        r"western|central|northeastern|northwestern|southeastern|southwestern|sister)\s+)*"
                        r"(?:city|province|prefecture|state|region|municipality)?\s*(?:of\s+)?")
_POSSESSIVE_GAP = re.compile(r"(?:'s|’s)?\s*")
_OF_AFTER = re.compile(r",?\s+(?:of|from)\s+(?:the\s+)?")
#: "thanked Governor X for Y's generosity": the person thanked for a place's help speaks for that place
_FOR_HELP_AFTER = re.compile(r"\s+for\s+(?:the\s+)?")
_HELP_OWNED = re.compile(r"(?:'s|’s)\s+(?:\w+\s+)?(?:generosity|help|support|kindness|gifts?|donations?|assistance|aid)\b")
_REF_LEVEL = {"city": "city", "municipality": "city", "county": "city", "prefecture": "adm1", "province": "adm1",
              "republic": "adm1", "state": "adm1"}


@lru_cache(maxsize=1)
def _extra() -> tuple[dict[str, list[Entry]], frozenset[str]]:
    g = gazetteer()
    index: dict[str, list[Entry]] = {}
    stop: set[str] = set()
    for r in load_table("places_en.tsv"):
        if r["kind"] == "stop":
            stop.add(r["name"].lower())
            continue
        if r["kind"] == "region_adjective":
            continue  # (read only before a head's title or a government: :func:`_region_adjective_here`)
        e = g.by_key.get(r["key"])
        if e is not None:
            index.setdefault(r["name"].lower(), []).append(replace(e, kind="country") if r["kind"] == "demonym" else e)
    return index, frozenset(stop)


@lru_cache(maxsize=1)
def _folded() -> dict[str, list[Entry]]:
    """The gazetteer's English names that carry marks (Łódź, São Paulo), by their bare letters (lodz, sao paulo)."""
    from .geodb import _LETTERS, fold

    out: dict[str, list[Entry]] = {}
    for name, ents in gazetteer().by_english.items():
        if not name.isascii():
            bare = fold(name.translate(_LETTERS))
            if bare != name and bare.isascii():
                out.setdefault(bare, []).extend(e for e in ents if e.kind != "abbrev")
    return out


@lru_cache(maxsize=65536)
@lru_cache(maxsize=1)
def _big_world() -> dict[str, list[Entry]]:
    """Cities of 100,000 people or more that the in-memory gazetteer lacks (it keeps the towns that have a
    Chinese name): Dire Dawa, Halle (Saale) — read from the on-disk GeoNames table once, by their name as
    running text writes it and by its bare letters.  About 2,600 names; off with the open-world layer."""
    if not geodb.enabled():
        return {}
    from .geodb import _LETTERS, fold

    g = gazetteer()
    out: dict[str, list[Entry]] = {}
    for place in geodb.large_cities_without_zh(BIG_CITY):
        if place.cc == "CN":
            continue
        bare = place.bare
        low = bare.lower()
        if len(low) <= 3 or any(x.pop >= place.pop for x in g.by_english.get(low, ())):
            continue  # (a name the gazetteer has for a place as big: the gazetteer's reading stands)
        e = Entry(place.key, "city", place.cc, place.key.split("/", 1)[1], "geo", place.pop, parent=place.cc)
        out.setdefault(low, []).append(e)
        ascii_name = fold(low.translate(_LETTERS))
        if ascii_name != low and ascii_name.isascii():
            out.setdefault(ascii_name, []).append(e)
    return out


def _entries(name: str) -> list[Entry]:
    """Gazetteer entries an English name may stand for (remembered per name; the lists are shared, read-only)."""
    low = name.lower().replace("’", "'")
    extra, _stop = _extra()
    if low in extra:
        return extra[low]
    g = gazetteer()
    if len(low) <= 3 or ("." in low and not _SAINT.match(low)):
        return []  # ISO codes (IN, IT, MD) are words, not places, in running English; "St. Louis" is a name
    out = [e for e in g.by_english.get(low, ()) if e.kind != "abbrev"]
    if out:
        return out + _big_world().get(low, [])  # (Halle: the German city of 238,000 beside a Belgian town)
    if low.isascii() and (out := _folded().get(low) or ("-" in low and _folded().get(low.replace("-", " ")))):
        return out  # "Lodz", "Krakow", "Sao Paulo": English press drops the marks of the gazetteer's name
    if low.startswith(("st. ", "ste. ")) and (out := _saint_entries(low) + _big_world().get(low, [])):
        # "St. Petersburg": Russia's city under its full name beside Florida's under the short one; the best wins
        return list({e.key: e for e in out}.values())
    if low.startswith(("st ", "ste ", "ft ", "mt ")) and len(low) > 6:
        # "St Louis", "St Paul": British and Chinese English drop the abbreviation's point
        rest = name.split(" ", 1)[1]
        out = _entries(name.replace(" ", ". ", 1)) + (_entries("Saint " + rest) if low.startswith("st ") else [])
        if out:
            return list({e.key: e for e in out}.values())
    if (out := _big_world().get(low)):
        return out
    if not low.isascii():
        from .geodb import _LETTERS, fold
        bare = fold(low.translate(_LETTERS))
        if bare.isascii() and bare != low and (out := [e for e in g.by_english.get(bare, ()) if e.kind != "abbrev"]):
            return out  # "Whakatāne", "Tauranga" with its marks: the gazetteer holds the name without them
    if low.startswith(("st. ", "ste. ")) and (out := _saint_entries(low)):
        return out
    for pre in _PREFIXES:
        if low.startswith(pre) and (rest := _entries(name[len(pre):])):
            return rest
    for suf in _SUFFIXES:
        if low.endswith(suf) and len(low) > len(suf) + 2:
            stem = low[: -len(suf)]
            out = extra.get(stem) or [e for e in g.by_english.get(stem, ()) if e.kind != "abbrev"]
            if suf in (" province", " prefecture", " state", " oblast", " krai", "-do", " region", "-ken", "-fu"):
                out = [e for e in out if e.level in ("adm1", "country")] or out
            elif suf == " city":  # "Jilin City" is the city, not the province of the same name
                out = [e for e in out if e.level == "city"] or out
            elif suf == " county" and any(e.country == "US" and e.level == "city" for e in out) \
                    and all(e.level == "city" for e in out):
                # a US county is not the town it is named after (Montgomery County, Md. is no Montgomery, Ala.)
                e = next(e for e in out if e.country == "US")
                out = [replace(e, key=f"US/{name.strip()}", level="adm1", name_en=name.strip(), pop=0, kind="subdiv")]
            if out:
                return out
    return _krai(low, g) or _official_city(low, g)


def _saint_entries(low: str) -> list[Entry]:
    """St. Pölten (Sankt Pölten), St. Étienne (Saint-Étienne): the entries of the name written in full."""
    rest = low.split(". ", 1)[1]
    for full in (("sankt ", "saint ", "saint-", "san ") if low.startswith("st.") else ("sainte ", "sainte-")):
        if (out := _entries(full + rest)):
            return out
    return []


#: a Russian krai's adjectival name ("Primorsky", "Zabaykalsky"), alone or with "Territory" as English agencies put it
_KRAI_ADJECTIVE = re.compile(r"[a-z-]+(?:sky|skiy|ky|ye)")


def _official_city(low: str, g) -> list[Entry]:
    """``Cebu``, ``Bacolod``: a city whose official name carries "City" (the gazetteer's ``Cebu City``), named
    in running English without it -- reached only when the bare name is nothing else the gazetteer knows."""
    return [e for e in g.by_english.get(low + " city", ()) if e.level == "city" and e.kind != "abbrev"]


def _krai(low: str, g) -> list[Entry]:
    """``Primorsky Territory`` / ``Zabaykalsky Governor X``: the krai, where the gazetteer knows it as ``X Krai``."""
    stem = low.removesuffix(" territory")
    if stem == low and not _KRAI_ADJECTIVE.fullmatch(stem):
        return []
    return [e for e in g.by_english.get(stem + " krai", ()) if e.level == "adm1" and e.country == "RU"]


def _best(entries: list[Entry], country: Optional[str] = None) -> Entry:
    nation = next((e for e in entries if e.level == "country"), None)
    if nation is not None:
        return nation  # "China, Kofu in Japan": a country's name is the country, not a town of the next one
    if country:
        same = [e for e in entries if e.country == country]
        entries = same or entries
    return sorted(entries, key=lambda e: (RANK[e.kind], _LEVEL_ORDER.get(e.level, 9), -e.pop))[0]


def _mention(start: int, end: int, surface: str, e: Entry) -> ActorMention:
    return ActorMention(start, end, surface, e.key, e.level, e.country, e.name_en, (e.key,) if e.key else ())


#: "<Body> of" right before a common word: the word ends the body's name ("Chamber of Commerce").
_ORG_OF_BEFORE = re.compile(r"\b(?!(?:City|Town|County|State|Province|Prefecture|Republic|Municipality|Region|"
                            r"District|Port|Island|Borough|Village)\b)[A-Z][a-z]+\s+of\s+(?:the\s+)?$")


#: "Bon Secours Hospital Cork", "University College Galway": a town's name closing a facility's name
_FACILITY_BEFORE = re.compile(r"\b(?:Hospital|Infirmary|College|Airport)[ \t]+$")
#: "A and B hospitals", "A hospital": a name heading a facility's name written in lower case
_FACILITIES_AFTER = re.compile(r"(?:[ \t]*(?:,|and)[ \t]+[A-Z][\w'’-]+)*[ \t]+(?:hospitals?|universities|university|"
                               r"medical[ \t]+(?:centers|centres|center|centre)|clinics?)\b")
#: "Galway surgeon Mary Byrne": a town's name before a person's trade and name is where the person works
_ROLE_AFTER = re.compile(r"[ \t]+(?:consultant|doctor|surgeon|physician|nurse|professor|lecturer|councillor|"
                         r"businessman|businesswoman|teacher)[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z]")
#: "Tulle, the county's sister town", "Hoorn, the Holland town twinned with X": a name in apposition to a town
#: "Gdansk has received 20,000 masks", "Malmo sent gowns": a name as the subject of an act of aid is a place
#: (a person's surname here would come after a first name or a title, which the run would hold)
#: ("Gdansk's mayor thanked ...": the town's office or people as the subject)
_AID_ACT_AFTER = re.compile(r"(?:(?:'s|’s)[ \t]+(?:lord[ \t]+|deputy[ \t]+|vice[ \t]+)?(?:mayor|governor|city[ \t]+council|council|"
                            r"city[ \t]+hall|government|authorities|people|residents|hospitals?)\b|"
                            r"[ \t]+(?:(?:has|have|had|also|already|now|just|recently|then|in[ \t]+turn|on[ \t]+\w+day)"
                            r"[ \t]+){0,2}(?:received|sent|donated|shipped|delivered|gifted|dispatched|took[ \t]+delivery|"
                            r"airlifted|mailed|presented|handed|raised|pledged|offered|returned[ \t]+the[ \t]+favou?r|"
                            r"thanked|wrote|expressed|held|hosted)\b)")
_APPOSED_TOWN_AFTER = re.compile(r",[ \t]+the[ \t]+(?:[\w'’-]+[ \t]+){0,2}(?:(?:sister|twin|partner|friendship)[\s-]+"
                                 r"(?:city|town|county|province|region)\b|(?:city|town|village|county|municipality)"
                                 r"[ \t]+(?:twinned|paired|partnered)[ \t]+with\b)")


def _cued(text: str, start: int, end: int) -> bool:
    """Whether the words around a name say it is a place (what a common word or small town needs)."""
    before = text[max(0, start - 20):start]
    after = text[end:end + 60]
    return bool(_CUE_BEFORE.search(before)) or bool(_STATE_AFTER.match(after)) or bool(_OFFICE_AFTER.match(after)) \
        or bool(_TIE_AFTER.match(after)) or (bool(_THE_BEFORE.search(before)) and bool(_PEOPLE_AFTER.match(after))) \
        or bool(_LIST_CUE.search(text, max(0, start - 70), start)) or bool(_FACILITY_BEFORE.search(before)) \
        or bool(_ROLE_AFTER.match(after)) or bool(_APPOSED_TOWN_AFTER.match(after))


def _accept(text: str, start: int, end: int, surface: str, entries: list[Entry], repeated: bool = False) -> list[Entry]:
    """The entries this capitalised run may stand for here (cues for common-word and small names)."""
    _extra_idx, stop = _extra()
    before = text[max(0, start - 20):start]
    after = text[end:end + 40]
    titled = bool(_OFFICE_AFTER.match(after))  # "Florence Mayor X", "Reading City Council": the place of an office
    cue = _cued(text, start, end)
    if surface.lower() in stop and _ORG_OF_BEFORE.search(before):
        cue = False  # "Chamber of Commerce", "Ministry of Industry": the end of a body's name, not a town
    if repeated and surface.lower() not in stop and any(e.kind == "geo" for e in entries):
        cue = True  # a small town the page keeps naming (its own town, its partner) is a place every time
    ok = []
    for e in entries:
        if surface.lower() in stop and (not cue or (_NAME_GOES_ON.match(after) and not titled)):
            continue  # "Central Asia", "Mobile Phone": a common word starting a longer name
        if e.kind == "geo" and e.pop < BIG_CITY and not cue:
            continue
        if not cue and surface.isascii() and not (e.name_en or "").isascii() and e.level != "country" \
                and not (e.pop >= BIG_CITY and (_AID_ACT_AFTER.match(after) or not _CAP_AFTER.match(after))):
            # a name read without its marks ("Lodz") needs a cue: "The Munster Echo" is no Münster; a sizeable
            # town doing an act of aid ("Gdansk has received ...") or named alone, no capitalised word after it
            # ("shared its experience with Poznan") is one (a small one may be a person's name)
            continue
        if e.kind == "geo" and e.pop < BIG_CITY and surface.endswith(" City") and _NICKNAME_THE.search(before):
            continue  # "shipped masks to the Queen City": a town's nickname after "the", no small town of that name
        if e.kind == "geo" and e.pop < BIG_CITY and _OF_NAME_AFTER.match(after):
            continue  # "at University of Iowa Hospitals", "from Bank of X": the head of a longer name
        if e.kind == "cn_district" and _FACILITIES_AFTER.match(after):
            continue  # "Shanghai's Ruijin and Huashan hospitals": the names of a city's hospitals, no county
        if e.kind == "cn_district" and not _DISTRICT_AFTER.match(after) \
                and not (_POSSESSED_DISTRICT.search(before) and _UNIT_DISTRICT_AFTER.match(after)) and not (
                len(entries) == 1 and len(surface) >= 5 and " " not in surface
                and not _CAP_AFTER.match(after) and not _WORD_BEFORE.search(before)):
            # a bare county-level name (Kunshan, Yuhuan) only when no other place has it and it is no part of
            # a longer name ("Liu Yuhuan", "Kunshan Road")
            continue
        ok.append(e)
    return ok


def _three_letter(name: str) -> list[Entry]:
    """A town of three letters written as a name (Ulm, Ube, Ufa): its foreign cities and divisions, which
    :func:`_entries` does not look up (three capitals are a code there: IND, USA).  Taken only where the page
    names the town's country, or with a cue."""
    if len(name) != 3 or not (name[0].isupper() and name[1:].islower() and name.isalpha()):
        return []
    return [e for e in gazetteer().by_english.get(name.lower(), ())
            if e.kind in ("geo", "curated", "subdiv") and e.level in ("city", "adm1") and e.country not in (None, "CN")]


def _accept_named(text: str, start: int, end: int, surface: str, entries: list[Entry], named: Counter) -> list[Entry]:
    """Entries :func:`_accept` turned down for want of a cue that the page's own countries vouch for: a division
    or a long name written without its marks (Baden-Wurttemberg, Dusseldorf) where the page names its country."""
    if not named or not surface.isascii() or _OF_NAME_AFTER.match(text, end):
        return []
    out = []
    for e in entries:
        if e.level not in ("city", "adm1") or e.country in (None, "CN") or not named.get(e.country):
            continue
        if (e.name_en or "").isascii():
            continue  # (only a name read without its marks: the rest keep their cues)
        if e.level == "adm1" or len(surface) >= 8:
            out.append(e)
    return out


#: a city this big, whose name is also a common word (Phoenix, Reading), is the city on a page that keeps naming it
COMMON_WORD_CITY = 500_000


def _accept_common_word_city(text: str, surface: str, entries: list[Entry], repeated: frozenset[str]) -> list[Entry]:
    """Phoenix on a page that names it three times or more, never as a person, and names Arizona (or the United
    States): a big city whose name is also a word (the stop list) is the city where the page names its land --
    its country, or a first-level division of it."""
    if surface not in repeated or surface.lower() not in _extra()[1]:
        return []
    big = [e for e in entries if e.level == "city" and e.pop >= COMMON_WORD_CITY and e.country not in (None, "CN")]
    if len(big) != 1:
        return []
    lands = _doc_lands(text)
    return big if lands.get(big[0].country) else []


@lru_cache(maxsize=64)
def _doc_lands(text: str) -> Counter:
    """Countries the page names, by name or through a first-level division of theirs (Arizona -> US)."""
    counts: Counter = Counter()
    for run in _RUN.finditer(text):
        for part in _RUN_STOP.split(run.group()):
            _name, _cut, ents = _candidate(part)
            if ents and (all(e.level == "country" for e in ents)
                         or all(e.level == "adm1" for e in ents) and len({e.country for e in ents}) == 1):
                counts[ents[0].country] += 1
    return counts


@lru_cache(maxsize=65536)
def _candidate(surface: str) -> tuple[str, int, Optional[list[Entry]]]:
    """A run of capitalised words as a name: (the name, characters cut from the end, its entries).

    A possessive ``'s`` and trailing stops are cut (stops only when the run
    with them is not itself a known name, as ``U.S.``); entries are None when
    what remains cannot be a name.  Remembered per run: pages repeat names.
    """
    cut = 0
    if surface.endswith(("'s", "’s")):
        surface, cut = surface[:-2], 2
    elif surface.endswith("-based"):
        surface, cut = surface[:-6], 6  # "the Osaka-based chamber": a body of that place
    stripped = surface.rstrip(".,") if not _extra()[0].get(surface.lower()) else surface
    cut += len(surface) - len(stripped)
    if not stripped or not stripped[0].isupper():
        return stripped, cut, None
    return stripped, cut, _city_named_division(stripped, _entries(stripped))


def _city_named_division(name: str, out: list[Entry]) -> list[Entry]:
    """``Lusaka Province``, ``Minsk Region`` written out: the division named after its chief
    town is not the town; where the gazetteer holds the town alone, the division is keyed with its unit word."""
    low = name.lower()
    suf = next((u for u in _CITY_NAMED_UNITS if low.endswith(u) and len(low) > len(u) + 2), None)
    if suf is None or not out or not all(e.level == "city" and e.country not in (None, "CN", "US") for e in out):
        return out
    shown = name[:-len(suf)] + suf.title()
    return list({e.country: replace(e, key=f"{e.country}/{shown}", level="adm1", name_en=shown, pop=0,
                                    kind="subdiv", parent=e.country) for e in out}.values())


#: "Perth in Scotland", "Navarre, Spain", "Hamilton in New Zealand": a name with the country it lies in right after it
_PLACED_IN = re.compile(r"(?:,|[ \t]+in)[ \t]+((?:the[ \t]+)?[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})")


def _placed_in_country(text: str, end: int, name: str, entries: list[Entry]) -> list[Entry]:
    """A homonym with its country named right after it (", Spain", " in New Zealand"): that country's place of
    the name, from the gazetteer's entries or else from the large table; [] where the text names no country
    there, or where neither has the name in it (the usual cues then decide)."""
    m = _PLACED_IN.match(text, end)
    if not m or any(e.level == "country" for e in entries):
        return []
    words = m.group(1).removeprefix("the ").split()
    cc = None
    for k in range(len(words), 0, -1):  # the longest run of words that names a country or its first-level part
        ents = [x for x in _entries(" ".join(words[:k])) if x.country not in (None, "CN")]
        if ents and all(x.level in ("country", "adm1") for x in ents) and len({x.country for x in ents}) == 1:
            cc = ents[0].country
            break
    if cc is None:
        return []
    same = [e for e in entries if e.country == cc]
    if same or not geodb.enabled() or len({e.country for e in entries}) == 0:
        return same
    hits = sorted(geodb.by_english(name, cc), key=lambda p: (p.level != "city", -p.pop))
    if not hits:
        return []
    p = hits[0]
    return [Entry(p.key, p.actor_level, cc, p.bare, "geo", p.pop, parent=cc)]


def _doc_countries(text: str) -> Counter:
    """How often each country is named in ``text`` (names and demonyms): decides homonyms (Hamilton, NZ)."""
    counts: Counter = Counter()
    for run in _RUN.finditer(text):
        # a run over a sentence's end ("Wuhan. Germany") names what each of its sentences names
        for part in _RUN_STOP.split(run.group()):
            name, _cut, ents = _candidate(part)
            if ents and all(e.level == "country" for e in ents):
                counts[ents[0].country] += 1
    return counts


_RUN_STOP = re.compile(r"(?<=[a-z]{3})\.\s+")


#: A name a page repeats this many times, never as a person's (``Sarah X``, ``X said``), is read as the town.
REPEATED = 3
#: a word before a capitalised word that may be a person's given name; a place name's own first word (New Chitose,
#: North Tyneside, Greater Manchester, Port Moresby) is none
_GIVEN_BEFORE = re.compile(r"(?<![.!?]\s)(?<![\w'’-])(?!(?:New|Old|North|South|East|West|Upper|Lower|Greater|Great|"
                           r"Port|Fort|Mount|Lake|San|Santa|Saint|Sankt)\b)(?:Mr|Mrs|Ms|Dr|[A-Z][a-z]+)\.?[ \t]+$")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|wrote)\b")


def _repeated_names(text: str) -> frozenset[str]:
    """Capitalised single words the page names ``REPEATED`` times or more, never as a person."""
    counts: Counter = Counter()
    person: set[str] = set()
    for m in _CAP_WORD.finditer(text):
        w = m.group()
        counts[w] += 1
        if _GIVEN_BEFORE.search(text, max(0, m.start() - 15), m.start()) and not _CUE_BEFORE.search(
                text, max(0, m.start() - 20), m.start()) or _SAID_AFTER.match(text, m.end()):
            person.add(w)
    return frozenset(w for w, n in counts.items() if n >= REPEATED and w not in person)


def _scan_places(text: str, skip: list[tuple[int, int]]) -> list[ActorMention]:
    out: list[ActorMention] = []
    homonyms: list[tuple[int, list[Entry], Optional[str], tuple[int, int, str]]] = []
    named = _doc_countries(text)
    repeated = _repeated_names(text)
    for run in _RUN.finditer(text):
        words = list(_WORD.finditer(run.group()))
        i = 0
        while i < len(words):
            found = None
            s = run.start() + words[i].start()
            if any(a <= s < b for a, b in skip):  # inside a person's name: no place starts here
                i += 1
                continue
            for j in range(min(len(words), i + 6), i, -1):
                e = run.start() + words[j - 1].end()
                stripped, cut, ents = _candidate(text[s:e])
                if ents is None:
                    continue
                e -= cut
                if ents:
                    placed = _placed_in_country(text, e, stripped, ents)
                    ents = placed or _accept(text, s, e, stripped, ents, stripped in repeated) \
                        or _accept_named(text, s, e, stripped, ents, named) \
                        or _accept_common_word_city(text, stripped, ents, repeated)
                elif j == i + 1 and (short := _three_letter(stripped)):
                    # not a name's part (Yao Ming, Mr Ota): no capitalised word right before or after it
                    alone = not _CAP_AFTER.match(text, e) and not _WORD_BEFORE.search(text, max(0, s - 20), s)
                    cued = bool(_CUE_BEFORE.search(text, max(0, s - 20), s))
                    ents = [x for x in short if named.get(x.country)] if alone or cued else []
                    ents = ents if alone or cued else []
                elif j == i + 1 or " " in stripped:
                    ents = _region_adjective_here(text, e, stripped) \
                        or _world_division_here(text, s, e, stripped, named, repeated)
                if ents:
                    found = (j, s, e, stripped, ents)
                    break
            if found:
                j, s, e, surface, ents = found
                after = _country_after(text, e)
                out.append(_mention(s, e, surface, _best(ents, after or _named_most(ents, named))))
                homonyms.append((len(out) - 1, ents, after, (s, e, surface)))
                i = j
            else:
                i += 1
    # a homonym of towns in several countries (Ontario: the Canadian province, a Californian town) named in a page
    # that names clearly more places of one of those countries (its towns, of one country only) than of the other
    local: Counter = Counter(named)
    for _k, ents, _after, _at in homonyms:
        lands = {x.country for x in ents if x.country}
        if len(lands) == 1 and all(x.level in ("city", "adm1") for x in ents):
            local[next(iter(lands))] += 1
    for k, ents, after, at in homonyms:
        if after or len({x.country for x in ents if x.country}) < 2:
            continue
        pick = _named_most(ents, local)
        rival = max((local.get(x.country, 0) for x in ents if x.country and x.country != pick), default=0)
        if pick and pick != out[k].country and pick != _named_most(ents, named) \
                and local[pick] >= 3 and local[pick] - rival >= 2:  # (a clear lead, not one town more)
            out[k] = _mention(*at, _best(ents, pick))
    return _list_mates(text, out, skip)


_LIST_NAME = r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?"
_NAME_LIST = re.compile(rf"(?<![\w'’-]){_LIST_NAME}(?:,[ \t]+{_LIST_NAME})*,?[ \t]+(?:and|or)[ \t]+{_LIST_NAME}")
_LIST_ITEM = re.compile(_LIST_NAME)


def _list_mates(text: str, out: list[ActorMention], skip: list[tuple[int, int]]) -> list[ActorMention]:
    """``Omuta, Arao and Tamana``: a small town listed with a town the gazetteer reads here, of the same country,
    is a town of that country too (the list is the cue a small or common name needs)."""
    _extra_idx, stop = _extra()
    added: list[ActorMention] = []
    for lst in _NAME_LIST.finditer(text):
        items = list(_LIST_ITEM.finditer(text, lst.start(), lst.end()))
        inside = [m for m in out if lst.start() <= m.start < lst.end()]
        homes = {m.country for m in inside if m.level != "country" and m.country}
        if len(homes) != 1 or len(items) < 2:
            continue
        for it in items:
            if any(m.start < it.end() and it.start() < m.end for m in inside) \
                    or any(a <= it.start() < b for a, b in skip):
                continue
            for surface in dict.fromkeys((it.group(), it.group().split()[0])):
                if surface.lower() in stop:
                    continue
                _s, _cut, ents = _candidate(surface)
                ents = [x for x in ents or () if x.kind in ("geo", "curated", "subdiv") and x.level in ("city", "adm1")
                        and x.country in homes]
                if ents:
                    added.append(_mention(it.start(), it.start() + len(surface), surface, _best(ents)))
                    break
    return sorted(out + added, key=lambda m: m.start) if added else out


#: what names a first-level division's own government or people right after its name ("the Kerala government",
#: "Sindh Chief Minister X", "Ogun health officials")
_DIVISION_BODY_AFTER = re.compile(
    r"[ \t]+(?:(?:state|provincial|regional|local)[ \t]+)?(?:government|Government|administration|authorities|"
    r"officials|health[ \t]+(?:officials|authorities|department|ministry)|Chief[ \t]+Minister|Governor|Gov\.|"
    r"Health[ \t]+Minister|Health[ \t]+Department|Chief[ \t]+Secretary|Legislative[ \t]+Assembly)\b")
_DIVISION_UNIT_AFTER = re.compile(r"[ \t]+(?:province|state|region|prefecture|county|oblast|aimag|governorate|"
                                  r"district|division|department|municipality|city|town)\b", re.I)
#: words that name a region of many countries ("Western", "Central") or are common words, never a division alone
_WORLD_DIVISION_STOP = frozenset("""
western eastern northern southern central north south east west upper lower capital islands coast coastal unity
rivers plateau gulf bay maritime lakes highlands centre center national federal jewish colonia cascade ascension
""".split())


@lru_cache(maxsize=2)
def _world_adm1(level: str = "adm1") -> dict[str, tuple[tuple[str, str], ...]]:
    """GeoNames first-level divisions by folded name: (country, name) - the divisions of countries the
    gazetteer's own division table lacks (India's states, Mongolia's aimags, Nigeria's states); with
    ``level="adm2"`` the second-level ones (a Scottish council area, an Irish county, an Italian province)."""

    con = geodb._connection() if geodb.enabled() else None
    if con is None:
        return {}
    out: dict[str, list[tuple[str, str]]] = {}
    for cc, name in con.execute("SELECT cc, name FROM place WHERE level = ?", (level,)):
        out.setdefault(geodb.fold(name), []).append((cc, name))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _region_adjectives() -> dict[str, Entry]:
    g = gazetteer()
    return {r["name"].lower(): g.by_key[r["key"]] for r in load_table("places_en.tsv")
            if r["kind"] == "region_adjective" and r["key"] in g.by_key}


_GOVERNMENT_AFTER = re.compile(r"[ \t]+(?:state[ \t]+|regional[ \t]+)?(?:government|Government)\b")


def _region_adjective_here(text: str, end: int, name: str) -> list[Entry]:
    """``Bavarian Minister-President X``, ``the Sardinian government``: a region's adjective names the region only
    before its head's title or its government ("the Tuscan regional health service" is a body, "Tuscan
    doctors" people, of the region or of a city in it)."""
    e = _region_adjectives().get(name.lower())
    if e is None or not (_TITLE.match(text, end + 1) and text[end:end + 1] == " " or _GOVERNMENT_AFTER.match(text, end)):
        return []
    return [e]


def _division_cued(text: str, start: int, end: int) -> bool:
    return bool(_CUE_BEFORE.search(text, max(0, start - 20), start)) or bool(_DIVISION_BODY_AFTER.match(text, end))


def _division_cued_somewhere(text: str, name: str) -> bool:
    """The page names the division once with a cue ("Karnataka health officials"): its other mentions are it too
    (a name repeated only at the head of bodies' names, "X Times", "X Association", is not)."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        if _division_cued(text, m.start(), m.end()) and not _DIVISION_UNIT_AFTER.match(text, m.end()):
            return True
    return False


def _world_division_here(text: str, start: int, end: int, name: str, named: Counter,
                         repeated: frozenset[str]) -> list[Entry]:
    """A first-level division the gazetteer lacks, told by its name alone (``Karnataka health officials``,
    ``in West Bengal``): taken where a place cue comes before it, a body or office of its own after it,
    or the page keeps naming it; of one country (or the one the page names most among its homonyms)."""

    if len(name) < 5 or not name[0].isupper() or name.isupper():
        return []
    words = name.lower().split()
    _idx, stop = _extra()
    if name.lower() in stop or all(w in _WORLD_DIVISION_STOP for w in words):
        return []
    rows = _world_adm1().get(geodb.fold(name), ())
    countries = {cc for cc, _n in rows}
    if not countries:
        # a second-level division (Angus, a Scottish council area) only where the page names its country and
        # no other country has a division of that name
        rows = _world_adm1("adm2").get(geodb.fold(name), ())
        countries = {cc for cc, _n in rows}
        if len(countries) != 1 or not (named.get(next(iter(countries))) or _names_division_of(text, next(iter(countries)))):
            return []
    if _OF_NAME_AFTER.match(text, end) or (_DIVISION_UNIT_AFTER.match(text, end)
                                          and not _DIVISION_BODY_AFTER.match(text, end)):
        return []  # ("Dornogovi province": the unit word's construction reads it, with its unit; "the Johor
        # state government" is the division's own body)
    if not (_division_cued(text, start, end) or (name in repeated and _division_cued_somewhere(text, name))):
        return []
    if len(countries) > 1:
        ranked = sorted(countries, key=lambda c: -named.get(c, 0))
        if named.get(ranked[0], 0) == 0 or named.get(ranked[0], 0) == named.get(ranked[1], 0):
            return []
        countries = {ranked[0]}
    cc = countries.pop()
    own = next(n for c, n in rows if c == cc)
    shown = geodb.key_name(cc, own)
    return [Entry(f"{cc}/{shown}", "adm1", cc, shown, "subdiv", 0, parent=cc)]


@lru_cache(maxsize=64)
def _division_names(cc: str) -> re.Pattern | None:
    """The English names of ``cc``'s first-level divisions that the gazetteer holds (Scotland, Wales), as one
    pattern; None where it holds none."""
    names = sorted({e.name_en for e in gazetteer().by_key.values()
                    if e.country == cc and e.level == "adm1" and e.kind == "subdiv" and e.name_en and len(e.name_en) > 3},
                   key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w'’])") if names else None


def _names_division_of(text: str, cc: str) -> bool:
    """The page names a first-level division of ``cc`` (``Scotland``): it vouches for ``cc``'s lower divisions."""
    pat = _division_names(cc)
    return pat is not None and pat.search(text) is not None


def _named_most(ents: list[Entry], named: Counter) -> Optional[str]:
    """Of a homonym's countries, the one the page names most (none named: no preference)."""
    countries = {e.country for e in ents if e.country}
    if len(countries) < 2 or any(e.level == "country" for e in ents):
        return None
    ranked = sorted(countries, key=lambda c: -named.get(c, 0))
    if len(ranked) > 1 and named.get(ranked[0], 0) == named.get(ranked[1], 0):
        return None  # a tie says nothing (and a set's order is no reason)
    best = ranked[0]
    return best if named.get(best, 0) else None


def _country_after(text: str, end: int) -> Optional[str]:
    m = _COUNTRY_AFTER.match(text[end:end + 40])
    if m:
        ents = _entries(m.group(1).removeprefix("the "))
        if ents:
            return ents[0].country
    return None


_OF_PARENT_GAP = re.compile(r"\s+(?:District|County)\s+(?:of|in)\s+(?:the\s+city\s+of\s+)?")
# a name's trailing unit word: ``Nanshan District`` -> ``Nanshan``; ``... county`` ends a district's surface
_UNIT_WORD_TAIL = re.compile(r"\s+(?:district|county)$", re.I)
_UNIT_WORD_END = re.compile(r"\s(?:district|county)$", re.I)


def _district_of(m: ActorMention, parent: str) -> Optional[Entry]:
    """The county-level entry named like ``m`` whose city is ``parent`` (None if ``m`` is already it or none is)."""
    if gazetteer().cn_parent.get(m.key or "") == parent:
        return None
    name = _UNIT_WORD_TAIL.sub("", m.surface.split("'")[0].split("’")[0].strip())
    return next((e for e in _entries(name) if e.kind == "cn_district" and gazetteer().cn_parent.get(e.key) == parent),
                None)


def _may_lie_in(inner: ActorMention, outer: ActorMention) -> bool:
    """``Ningbo, Shandong Province`` lists two places: a Chinese place lies in the province named after it only
    where the divisions table says so (elsewhere the comma is taken as "X, in Y")."""
    if inner.country != "CN" or outer.country != "CN" or not inner.key or not outer.key:
        return True
    parents = gazetteer().cn_parent
    key, seen = inner.key, 0
    while key and seen < 4:
        if key == outer.key or inner.key.startswith(outer.key + "/"):
            return True
        key, seen = parents.get(key), seen + 1
    return False


def _merge(text: str, ms: list[ActorMention]) -> list[ActorMention]:
    """``Changsha, Hunan province`` / ``Annapolis, Md.`` / ``China's Heilongjiang`` -> one mention (the inner place)."""
    out: list[ActorMention] = []
    for m in ms:
        if out:
            p = out[-1]
            gap = text[p.end:m.start]
            # a headline's last word and the next line's first are two names ("... Italy\nMilan and ...")
            same = p.country and p.country == m.country and "\n" not in gap
            of_parent = _OF_PARENT_GAP.fullmatch(gap)
            if same and (of_parent or _INNER_GAP.fullmatch(gap)) and m.key and p.key:
                # "Nanshan District of Shenzhen", "Shenzhen's Nanshan district": the district of that city,
                # whichever homonymous district the name was first read as
                inner, outer = (p, m) if of_parent else (m, p)
                own = _district_of(inner, outer.key) if inner.level == "district" or _UNIT_DISTRICT_AFTER.match(
                    text, inner.end) or _UNIT_WORD_END.search(inner.surface) else None
                if own is not None:
                    if inner is p:
                        p = out[-1] = replace(p, key=own.key, level="district", name_en=own.name_en,
                                              components=(own.key,))
                    else:
                        m = replace(m, key=own.key, level="district", name_en=own.name_en, components=(own.key,))
            if same and of_parent and p.level == "district" and m.key \
                    and gazetteer().cn_parent.get(p.key or "") == m.key:
                # "the Quanshan District of Xuzhou": the city only says whose district it is
                out[-1] = replace(p, components=m.components + p.components)
                continue
            if same and _COMMA_GAP.fullmatch(gap) and not ("the" in gap and _PLACE_BODY_AFTER.match(text, m.end)) \
                    and _may_lie_in(p, m) \
                    and (_LEVEL_ORDER.get(m.level, 9) < _LEVEL_ORDER.get(p.level, 9)
                                                        or (m.level == "adm1" and _COUNTY_END.search(p.surface))):
                # "Dallas County, Texas": a county (a second-level division, whatever level it was read at)
                # is inside the state named after it
                out[-1] = replace(p, end=m.end, surface=text[p.start:m.end], components=m.components + p.components)
                continue
            if same and _INNER_GAP.fullmatch(gap) \
                    and _LEVEL_ORDER.get(p.level, 9) < _LEVEL_ORDER.get(m.level, 9):
                out[-1] = replace(m, start=p.start, surface=text[p.start:m.end], components=p.components + m.components)
                continue
        out.append(m)
    return out


def _people(text: str, places: list[ActorMention], publisher: Optional[ActorMention],
            home_adm1: Optional[ActorMention]) -> tuple[list[ActorMention], list[tuple[int, int]]]:
    """Titled people, attributed to a place; and the spans of their names (not places)."""
    out: list[ActorMention] = []
    spans: list[tuple[int, int]] = []
    surnames: dict[str, ActorMention] = {}
    cued: dict[str, ActorMention] = {}  # a person's name -> the place a cue gave them (not the page's default)
    by_part: dict[str, ActorMention] = {}  # a first or last word of a full name -> the place it was given
    for t in _TITLE.finditer(text):
        pm = _PERSON.match(text, t.end())
        if not pm:
            continue
        name_end = pm.end()
        spans.append((pm.start(), name_end))
        title = t.group().strip().lower()
        level = next((lv for k, lv in _TITLE_LEVEL.items() if title.endswith(k)), None)
        if level == "country" and title.endswith("premier") and publisher is not None and publisher.country in ("AU", "CA"):
            level = "adm1"  # an Australian or Canadian premier heads a state or province
        owner = None
        before = [p for p in places if p.end <= t.start() and _POSSESSIVE_GAP.fullmatch(text[p.end:t.start()])]
        of = _OF_AFTER.match(text[name_end:name_end + 12])
        if before:
            owner = before[-1]
        elif of:
            owner = next((p for p in places if p.start == name_end + of.end()), None)
        if owner is None and (ap := _AND_PEOPLE_OF.match(text, name_end)):
            # "thank Mayor X and the people of Y": X is Y's mayor
            owner = next((p for p in places if p.start == ap.end() and p.key), None)
        if owner is None and (ap := _AND_DEMONYM_PEOPLE.match(text, name_end)):
            # "thanked President X and the Chinese people": X heads the nation named beside them
            owner = next((p for p in places if p.start == ap.end() and p.key and p.level == "country"
                          and _PEOPLE_WORD.match(text, p.end)), None)
        if owner is None and _SIGNED_BY.search(text, max(0, t.start() - 30), t.start()):
            # "X sent a letter of support signed by Mayor Y": the writer's mayor, the place named before in the
            # sentence, not the one it was written to
            s0 = max(text.rfind(c, 0, t.start()) for c in ".!?\n") + 1
            owner = next((p for p in reversed(places) if s0 <= p.start and p.end <= t.start() and p.key), None)
        if owner is None:
            owner = _helper_thanked(text, name_end, places, publisher)
        if owner is None and pm.group() in cued:
            owner = cued[pm.group()]  # "Maryland Gov. Larry Hogan … Governor Larry Hogan wrote": the same person
        elif owner is not None:
            cued.setdefault(pm.group(), owner)
        if owner is None and level in ("city", "adm1") and publisher is not None and publisher.country \
                and publisher.country not in _PINYIN_NAMED_HOME:
            owner = _chinese_official(pm.group(), level, places)
        if owner is None and level and " " not in pm.group() and pm.group() in by_part:
            # "a letter to Mayor Sun Zhe ... called Mayor Sun": the official named in full before, and their place
            owner = by_part[pm.group()]
        if owner is not None and level and " " in pm.group():
            for w in (pm.group().split()[0], pm.group().split()[-1]):
                by_part.setdefault(w, owner)
        if owner is None and level == "city" and publisher is not None and publisher.level == "adm1" \
                and publisher.country:
            # "ABC Arizona ... The City of Phoenix received ... Mayor X accepted": a mayor with no place is the
            # mayor of the last town of the outlet's country named before, not of its state
            owner = next((p for p in reversed(places) if p.end <= t.start() and p.key and p.level == "city"
                          and p.country == publisher.country), None)
        if owner is None and level:
            if publisher is not None and (publisher.level == level or level == "city"):
                owner = publisher
            elif level == "adm1" and home_adm1 is not None:
                owner = home_adm1
            elif publisher is not None and level != "country":
                owner = publisher
            elif publisher is not None and publisher.country and (title.endswith("minister") or (
                    level == "country" and not local_title(text[max(0, t.start() - 20):t.start()]))) \
                    and (country := gazetteer().by_key.get(publisher.country)) is not None:
                # "Foreign Minister X" on a page from Wellington: the page's country's minister; "President X
                # tweeted" on a page from Harare: the head of the page's state speaks for it, not for its capital
                owner = _mention(t.start(), t.start(), "", country)
        start = before[-1].start if before else t.start()
        m = ActorMention(start, name_end, text[start:name_end], owner.key if owner else None,
                         owner.level if owner else None, owner.country if owner else None,
                         owner.name_en if owner else None, owner.components if owner else ())
        out.append(m)
        surname = pm.group().split()[-1]
        if len(surname) > 2:
            surnames[surname] = m
        if _KOREAN_NAME.fullmatch(pm.group()):
            surnames.setdefault(pm.group().split()[0], m)  # Kwon Young-jin, later "Kwon"
    for surname, m in surnames.items():
        for sm in re.finditer(rf"\b{re.escape(surname)}\b", text):
            if not any(a <= sm.start() < b for a, b in spans) and not any(o.start <= sm.start() < o.end for o in out):
                out.append(replace(m, start=sm.start(), end=sm.end(), surface=sm.group()))
    return out, spans


#: a letter's signer: "a letter ... signed by Mayor X", "signed personally by its governor"
_SIGNED_BY = re.compile(r"\bsigned\s+(?:personally\s+|jointly\s+)?by\s+(?:its\s+|the\s+)?$")


#: where a local official's pinyin-shaped name may be the page's own (and Japanese names read as pinyin too)
_PINYIN_NAMED_HOME = frozenset(("CN", "TW", "HK", "MO", "SG", "JP"))


def _chinese_official(name: str, level: str, places: list[ActorMention]) -> Optional[ActorMention]:
    """``a letter from Mayor Wang Jianguo`` on a foreign town's page: a mayor (governor) whose name is a Chinese
    one in pinyin heads the Chinese city (province) the page names, not the page's own town."""
    from .en_open import pinyin_shaped

    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in words) or not pinyin_shaped(name):
        return None
    cands = [p for p in places if p.key and p.country == "CN" and p.level == level]
    if not cands:
        return None
    best = Counter(p.key for p in cands).most_common(1)[0][0]
    return next(p for p in cands if p.key == best)


#: "Mayor X and the people of Y", "Governor X and the government and people of Y"
_AND_PEOPLE_OF = re.compile(r",?\s+and\s+(?:all\s+)?(?:the\s+)?(?:people|residents|citizens|government|city)"
                            r"(?:\s+and\s+(?:the\s+)?(?:people|government|residents))?\s+of\s+(?:the\s+)?")


#: "X and the Chinese people": a person coordinated with a nation's people or government, named by its adjective
_AND_DEMONYM_PEOPLE = re.compile(r",?\s+and\s+(?:all\s+)?the\s+(?=[A-Z])")
_PEOPLE_WORD = re.compile(r"\s+(?:people|government|nation)\b")


def _helper_thanked(text: str, name_end: int, places: list[ActorMention],
                    publisher: Optional[ActorMention]) -> Optional[ActorMention]:
    """``thanked Governor X for Y's generosity``: X is of Y, the foreign place whose help is thanked, not of the
    page's place (the page's own official is the one thanking)."""
    fm = _FOR_HELP_AFTER.match(text, name_end)
    if fm is None:
        return None
    place = next((p for p in places if p.start == fm.end() and p.key), None)
    if place is None or not _HELP_OWNED.match(text, place.end):
        return None
    if publisher is not None and place.country == publisher.country:
        return None
    return place


def home_adm1(places: list[ActorMention], publisher: Optional[ActorMention]) -> Optional[ActorMention]:
    """The province/prefecture/state a page is about: the publisher if it is one, its Chinese parent,
    else the most named first-level place of the publisher's country."""
    if publisher is None:
        return None
    if publisher.level == "adm1":
        return publisher
    g = gazetteer()
    parent = g.cn_parent.get(publisher.key or "")
    if parent and parent in g.by_key:
        return _mention(publisher.start, publisher.end, publisher.surface, g.by_key[parent])
    cands = [p for p in places if p.level == "adm1" and p.country == publisher.country]
    if not cands:
        return None
    best = Counter(p.key for p in cands).most_common(1)[0][0]
    return next(p for p in cands if p.key == best)


#: "the state" is never a Chinese province, "the prefecture" a Japanese one: the words name kinds of places.
_REF_NOT_IN = {"state": ("CN", "JP", "KR"), "prefecture": ("CN", "US", "KR"),
               # "the province" is none of the states of the US, Australia, Germany, Mexico, Brazil, India, Malaysia,
               # Nigeria, Austria, nor a Japanese prefecture, nor a region of Italy or France ("doctors of Jiangsu Province
               # reached Turin ... goods donated by the province": the Chinese one)
               "province": ("US", "AU", "DE", "MX", "BR", "IN", "MY", "NG", "AT", "JP", "IT", "FR")}


def _references(text: str, publisher: Optional[ActorMention], adm1: Optional[ActorMention],
                places: list[ActorMention] = ()) -> list[ActorMention]:
    out = []
    if publisher is None:
        return out
    for m in _REF.finditer(text):
        noun = m.group("n").removesuffix("'s").split()[0].lower()
        noun = {"provincial": "province", "prefectural": "prefecture", "regional": "region"}.get(noun, noun)
        # "the regional government": a first-level region's government (not "the region", which may be any area)
        level = "adm1" if m.group("n").lower() == "regional government" else _REF_LEVEL.get(noun)
        target = publisher if publisher.level == level else (adm1 if level == "adm1" else None)
        named = _last_named_unit(text, places, m.start(), noun) if noun in ("county", "region") else None
        if named is not None and (target is None or not (
                target.surface.lower().endswith(" " + noun)
                or re.search(rf"\b{re.escape(target.surface)}[ \t]+{noun}\b", text, re.I))):
            # "Yeongyang County's request ...: the county had asked" on a page from a city: the county just
            # named (a county is of a city's level, but the page's city is no county); "the Inner Mongolia
            # Autonomous Region handed over ...: a letter to the region" the region just named
            target = named
        if target is not None and target.country in _REF_NOT_IN.get(noun, ()):
            # "Anhui shipped masks to the state" on a Hefei page: the last state named, not the page's province
            target = next((p for p in reversed(places) if p.end <= m.start() and p.level == "adm1"
                           and p.country not in _REF_NOT_IN[noun]), None)
        if target is None and level == "city" and publisher.level == "city":
            target = publisher
        if target is None and level == "city" and publisher.level == "adm1" and _also_city(text, publisher):
            # "OKAYAMA -- The city of Okayama ...": a prefecture and its capital of one name and key, the page
            # calling it a city: "the city" is the page's place
            target = publisher
        if target is None and noun == "province" and publisher.country in _REF_NOT_IN[noun]:
            # "Hokkaido shipped masks to the province" on a Sapporo page: no province of the page's own; the
            # province named last before it in the paragraph
            para = text.rfind("\n", 0, m.start()) + 1
            target = next((p for p in reversed(places) if para <= p.start and p.end <= m.start() and p.key
                           and p.level == "adm1" and p.country not in _REF_NOT_IN[noun]), None)
        if target is None and level == "adm1" and adm1 is None:
            # a dateline abroad ("YANGON, April 9"), a page about a Chinese province: "the province" is the
            # first-level place the page names most, of a kind the noun can name
            cands = [p for p in places if p.level == "adm1" and p.key and p.end <= m.start()
                     and p.country not in _REF_NOT_IN.get(noun, ())]
            if cands:
                best = Counter(p.key for p in cands).most_common(1)[0][0]
                target = next(p for p in reversed(cands) if p.key == best)
        if level == "city":
            # "while in Milan the consulate handed over masks to the city government": the city the clause is set in
            stop = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
            scene = [p for p in places if stop <= p.start and p.end <= m.start() and p.level == "city" and p.key
                     and _SCENE_IN.search(text[max(stop, p.start - 12):p.start]) and _SCENE_THE.match(text, p.end)]
            if scene:
                target = scene[-1]
            # "when X's own stocks ran low, the city still sent ...": the city whose own means the clause names
            owner = [p for p in places if stop <= p.start and p.end <= m.start() and p.level == "city" and p.key
                     and _OWN_AFTER.match(text, p.end) and _WHEN_BEFORE.search(text, stop, p.start)]
            if owner and not scene:
                target = owner[-1]
        source = _ACCORDING_TO.search(text, max(0, m.start() - 120), m.start())
        if source is not None:
            # "According to the Xiamen Foreign Affairs Office, the city has ...": the city of the body it cites
            cited = next((p for p in places if source.start() < p.start < source.end() and p.key
                          and p.level == level), None)
            target = cited or target
        if target is None:
            continue
        end = m.end() - (2 if m.group("n").endswith("'s") else 0)
        out.append(replace(target, start=m.start(), end=end, surface=text[m.start():end]))
    return out


_SCENE_IN = re.compile(r"(?:^|[,;]\s+|\b(?:while|and|but)\s+|^\s*)[Ii]n\s+$")
_SCENE_THE = re.compile(r",?\s+the\s+[A-Za-z]")
def _also_city(text: str, place: ActorMention) -> bool:
    """A first-level place whose name and key a city shares, called a city on the page ("the city of X",
    "X City", "X city hall")."""
    name = place.name_en or ""
    if not name or not any(e.level == "city" and e.key == place.key for e in _entries(name)):
        return False
    return re.search(rf"\b[Cc]ity\s+of\s+{re.escape(name)}\b|\b{re.escape(name)}\s+[Cc]ity\b", text) is not None


_OWN_AFTER = re.compile(r"['’]s\s+own\s+[a-z]")
_WHEN_BEFORE = re.compile(r"\b(?:[Ww]hen|[Ww]hile|[Aa]s|[Tt]hough|[Aa]lthough)\s+(?:the\s+city\s+of\s+)?$")
_ACCORDING_TO = re.compile(r"(?:^|[.!?\n]\s*)According\s+to\s+(?:the\s+)?[^,.;]{3,80},\s*$")
_PROVINCIAL_CAPITAL = re.compile(r"\b[Tt]he\s+(?:(?P<prov>[A-Z][a-z]+)\s+)?provincial\s+capital\b(?!\s+of\b)")


def _capital_refs(text: str, adm1: Optional[ActorMention]) -> list[ActorMention]:
    """``the Jilin provincial capital`` is Changchun; ``the provincial capital`` the capital of the page's
    (Chinese) province."""
    caps = institutions.capitals()
    g = gazetteer()
    out = []
    for m in _PROVINCIAL_CAPITAL.finditer(text):
        if m.group("prov"):
            prov = next((e.key for e in _entries(m.group("prov")) if e.level == "adm1" and e.country == "CN"), None)
        else:
            prov = adm1.key if adm1 is not None and adm1.country == "CN" else None
        e = g.by_key.get(caps.get(prov or "", ""))
        if e is not None:
            out.append(_mention(m.start(), m.end(), m.group(), e))
    return out


#: "delivered to the capital of central China's Hubei Province": the capital stands for itself (not after a
#: name it is apposed to: "Harbin, the capital of Heilongjiang")
_CAPITAL_OF_PROVINCE = re.compile(r"(?<!,)(?<!,\s)\b[Tt]he\s+(?:provincial\s+)?capital\s+(?:city\s+)?of\s+(?:the\s+)?")
_CAPITAL_GAP = re.compile(r"(?:[A-Za-z-]+\s+){0,2}")


def _capital_of_refs(text: str, places) -> list[ActorMention]:
    """``the capital of Hubei Province`` is Wuhan: a Chinese province's capital named by the province."""
    caps = institutions.capitals()
    g = gazetteer()
    out = []
    for m in _CAPITAL_OF_PROVINCE.finditer(text):
        prov = next((p for p in places if p.start >= m.end() and p.start - m.end() <= 30), None)
        if prov is None or prov.level != "adm1" or prov.country != "CN" \
                or not _CAPITAL_GAP.fullmatch(text, m.end(), prov.start):
            continue
        e = g.by_key.get(caps.get(prov.key or "", ""))
        if e is not None:
            out.append(_mention(m.start(), prov.end, text[m.start():prov.end], e))
    return out


def _last_named_unit(text: str, places, pos: int, noun: str) -> Optional[ActorMention]:
    """The place named last before ``pos`` in the same paragraph with ``noun`` as its unit word
    (``X County`` for "the county"), if it is not the page's own kind of place already."""
    para = text.rfind("\n", 0, pos) + 1
    for p in reversed(places):
        if p.end > pos or p.start < para:
            continue
        if p.key and (p.surface.lower().removesuffix("'s").removesuffix("’s").endswith(" " + noun)
                      or re.match(r"[ \t]+" + noun + r"\b", text[p.end:p.end + 20], re.I)  # "Yongchang County"
                      or (noun == "region" and _REGION_AFTER.match(text, p.end))):
            return p  # "X County", or a name whose unit word follows it ("Ningxia Hui Autonomous Region")
    return None


#: The unit word of a region named just before it ("Ningxia Hui Autonomous Region", "Inner Mongolia Autonomous Region").
_REGION_AFTER = re.compile(r"(?:[ \t]+[A-Z]\w+(?:[ \t]+and[ \t]+[A-Z]\w+)?){0,2}?\s+Autonomous\s+Region\b")


_DEMONYM_REF = re.compile(r"\b(?P<art>[Tt]he|[Aa]n?)\s+(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?!sister\b|partner\b|twin\b|friendship\b)[a-z]+\s+)?"
                          r"(?P<n>city|town|province|county|district|prefecture|capital)\b"
                          r"(?!\s+(?:of|and)\b)(?!['’]s\s+(?:sister|partner|friendship))")


def _demonym_refs(text: str, places: list[ActorMention]) -> list[ActorMention]:
    """``masks donated by the Chinese city``, ``the Namibian capital``: the place of that country and kind
    named last before it."""
    out = []
    for m in _DEMONYM_REF.finditer(text):
        cc = _country_of(m.group("dem"))
        levels = ("adm1",) if m.group("n") in ("province", "prefecture") else ("city", "district")
        if cc is None and levels != ("adm1",):
            # "the Tennessee city", "the Bavarian town": a division names where the town lies; the town of that
            # division's country named last before it
            cc = next((e.country for e in _entries(m.group("dem")) if e.level == "adm1"), None) \
                or getattr(_region_adjectives().get(m.group("dem").lower()), "country", None)
        if cc is None:
            continue
        if m.group("art").lower() == "the":
            target = next((p for p in reversed(places) if p.end <= m.start() and p.country == cc and p.key
                           and p.level in levels), None)
        else:
            # "A Chinese city that has been twinned with X for 35 years has sent ...": the one place of that
            # country and kind the page names, wherever it names it (none, or several: no one)
            kin = {p.key: p for p in places if p.country == cc and p.key and p.level in levels}
            target = next(iter(kin.values())) if len(kin) == 1 else None
        if target is not None:
            out.append(replace(target, start=m.start(), end=m.end(), surface=m.group()))
    return out


@lru_cache(maxsize=64)
def _places(text: str) -> tuple[ActorMention, ...]:
    """The places named in ``text`` (not inside a titled person's name), merged.

    They do not depend on the page's place, and a page is read twice (for
    its place, then for its events): remembered per text (read-only).
    Names the gazetteer lacks, or reads in another country than the
    sentence gives, come from the open-world constructions of
    :mod:`cityaid.resolve.en_open`.
    """
    titles = [(pm.start(), pm.end()) for t in _TITLE.finditer(text) if (pm := _PERSON.match(text, t.end()))]
    titles += _apposed_people(text)
    # a currency's country prefix (US$8,400, HK$2 million) names money, not a party
    known = [m for m in _scan_places(text, titles) if not (m.level == "country" and text[m.end:m.end + 1] == "$")]
    qualifiers = set(_open().list_qualifiers(text))  # "the Lao provinces of A and B": Lao only says where they lie
    known = [m for m in known if (m.start, m.end) not in qualifiers]
    opened = _one_sense([m for m in _open().find(text) if not any(a <= m.start < b for a, b in titles)])
    opened = sorted(opened + _cued_divisions(text, known + opened, titles), key=lambda m: m.start)
    opened = _again(text, opened, known)
    # "Wuqing District ... sent by Wuqing": a Chinese district the page has named with its cue is that district
    # wherever else the page names it bare
    cued = [k for k in known if k.level == "district" and k.country == "CN" and " " not in k.surface]
    others = [k for k in known if k not in cued] + opened
    opened = opened + [x for x in _again(text, cued, others) if x not in cued]
    merged = _community_bodies(text, _with_missions(text, _merge(text, _with_open(known, opened))))
    merged = _sister_city_bodies(text, merged)
    merged = institutions.named_bodies(text, merged, lambda s, e, key: _body_mention(text, s, e, key))
    merged = _office_seats(text, merged)
    return tuple(institutions.province_bodies_en(text, merged))


#: "a long-standing partner of X", "on behalf of everyone in X", "X Council": a bare name the construction shows to be
#: a place (a local authority), read as the division of that name where one country alone has one (GeoNames)
_DIVISION_CUE = re.compile(rf"\b(?:partner|twin|friend)\s+of\s+(?P<a>{_OPEN_NAME})(?=[\s.,;:!?\"”)]|$)"
                           rf"|\b(?:everyone|everybody|residents|people|families|households)\s+in\s+(?P<b>{_OPEN_NAME})"
                           rf"(?=[\s.,;:!?\"”)]|$)"
                           rf"|(?<![\w'’-])(?P<c>{_OPEN_NAME})\s+Council\b")


def _cued_divisions(text: str, found: list[ActorMention], skip: list[tuple[int, int]]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in _DIVISION_CUE.finditer(text):
        g = next(x for x in ("a", "b", "c") if m.group(x))
        s, e = m.start(g), m.end(g)
        name = m.group(g)
        if any(x.start < e and s < x.end for x in found + out) or any(a <= s < b for a, b in skip) \
                or _entries(name) or name.lower() in _extra()[1]:
            continue
        country = world_division(name)
        ment = _open()._make(text, s, e, country, None, True) if country else None
        if ment is not None and ment.key:
            out.append(ment)
    return out


#: "Kato Ryo, chairman of a friendship society", "Ana Ruiz, the deputy mayor of X": a name of two or three words
#: that an apposition gives a post is a person's (its first word may also name a place: Shiga, Nara, Paris)
_APPOSED_PERSON = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}),[ \t]+(?:the[ \t]+|a[ \t]+|its[ \t]+)?"
    r"(?:(?:vice|deputy|executive|honorary|former|acting|founding|general)[ \t-]+)?"
    r"(?:chairman|chairwoman|chairperson|chair|president|director(?:-general)?|mayor|governor|head|"
    r"secretary(?:-general)?|founder|chief executive|consul(?:-general)?|ambassador|spokes(?:man|woman|person)|"
    r"leader|professor|minister|council(?:l)?or|commissioner|manager|editor)\b")


def _apposed_people(text: str) -> list[tuple[int, int]]:
    """The spans of the names :data:`_APPOSED_PERSON` finds, where the whole name is no place the gazetteer knows
    and no word of it is a place's unit word or a title ("Hubei Province, ...", "Kyoto Mayor X, ...")."""
    out = []
    for m in _APPOSED_PERSON.finditer(text):
        name = m.group("name")
        words = name.split()
        if _entries(name) or words[-1].lower() in _UNIT_WORDS or words[-1] in ("City", "Town") \
                or _TITLE.search(name + " ") or _entries(" ".join(words[:-1])) and _entries(words[-1]):
            continue
        out.append(m.span("name"))
    return out


#: "... Office (TECO) in Miami": the city a country's office sits in, after the office's name
_SEAT_GAP = re.compile(r"(?:\s+\([A-Z]{2,6}\))?\s+(?:in|at)\s+")


def _office_seats(text: str, ms: list[ActorMention]) -> list[ActorMention]:
    """A country's representative office named with its seat (``the Taipei Economic and Cultural Office in
    Miami``) stands for the country alone, as an embassy does: the seat is where it sits, not a party."""
    out = list(ms)
    for i, m in enumerate(ms[:-1]):
        nxt = ms[i + 1]
        if m.level == "country" and " Office" in m.surface and nxt.level in ("city", "adm1", "country") \
                and nxt.country != m.country and (gap := _SEAT_GAP.fullmatch(text, m.end, nxt.start)) is not None:
            out[i] = replace(m, end=nxt.end, surface=text[m.start:nxt.end])
            out.remove(nxt)
    return out


def _body_mention(text: str, start: int, end: int, key: str) -> Optional[ActorMention]:
    e = gazetteer().by_key.get(key)
    return None if e is None else _mention(start, end, text[start:end], e)


def _one_sense(opened: list[ActorMention]) -> list[ActorMention]:
    """A name the page opens twice is one place: a later reading takes the first one's key (the first
    mention is the one that places it: "X County in Y Province ... X County Governor Z")."""
    first: dict[str, ActorMention] = {}
    out = []
    for m in sorted(opened, key=lambda x: x.start):
        f = first.setdefault(m.surface, m)
        if f is not m and f.key and m.key != f.key:
            m = replace(m, key=f.key, level=f.level, country=f.country, name_en=f.name_en, components=f.components)
        out.append(m)
    return out


_BODY = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:association|society|community|chamber of commerce|chamber|club|"
                   r"federation|union|students|businesses|companies|company|group|groups|foundation|church|diaspora|"
                   r"residents|expatriates|friends|immigrants|migrants|nationals|businesspeople|merchants)\s+"
                   r"(?:in|of|based in)\s+(?:the\s+)?$", re.I)
#: the body's words after a demonym that follows a place's name (``the <Place> Chinese Benevolent Association``,
#: ``the <Place> Chinese community``)
_BODY_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Association|Society|Community|Chamber|Club|Federation|Union|"
                         r"Foundation|Church|Council|Committee|Centre|Center|Forum|Institute|Network|Alliance|"
                         r"Partnership|Trust)\b|"
                         r"\s+(?:[a-z-]+\s+)?(?:association|society|community|chamber|club|federation|union|"
                         r"students|businesses|diaspora|residents|families|groups?)\b")


def _community_bodies(text: str, ms: list[ActorMention]) -> list[ActorMention]:
    """``a Chinese association in Belfast`` is Belfast's (a body inside a place takes the place's key),
    not China's: the demonym gives way to the place the body is in."""
    out = list(ms)
    for i, m in enumerate(ms):
        if m.level != "country" or i + 1 >= len(ms):
            continue
        nxt = ms[i + 1]
        if nxt.level in ("city", "adm1", "district") and _BODY.fullmatch(" " + text[m.end:nxt.start].lstrip()) \
                and nxt.country != m.country:
            out[i] = replace(nxt, start=m.start, end=m.end, surface=m.surface)
        elif i > 0 and ms[i - 1].level in ("city", "adm1", "district") and ms[i - 1].country != m.country \
                and text[ms[i - 1].end:m.start] == " " and _BODY_AFTER.match(text, m.end):
            # "the <Place> Chinese Benevolent Association": a body of the place before the demonym
            out[i] = replace(ms[i - 1], start=m.start, end=m.end, surface=m.surface)
    return out


#: A sister-city society named for both cities (``the Seattle-Chongqing Sister City Association``, ``the Spokane
#: Jilin Sister City Society``): a body of the first city, where it sits.
_SISTER_BODY = re.compile(r"(?P<a>(?!The\b)[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?)(?:-|–|/|\s+)(?P<b>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?)\s+"
                          r"(?:Sister\s+Cit(?:y|ies)|Sister\s+State|Friendship|Twinning|Twin\s+Cit(?:y|ies))\s+"
                          r"(?:Association|Society|Committee|Commission|Council|Foundation|Club|Program|Programme)\b")


def _sister_city_bodies(text: str, ms: list[ActorMention]) -> list[ActorMention]:
    out = list(ms)
    for m in _SISTER_BODY.finditer(text):
        ents = [e for e in _entries(m.group("a")) if e.level != "country"]
        home = next((x for x in ms if x.start == m.start("a") and x.key and x.level != "country"), None)
        if home is not None and home.end < m.end("a") and ents:
            # "the Kansas City-X Sister City Committee": the whole first name (a city), not its first word (a state)
            home = None
        if home is None and not ents:
            continue
        e = _best(ents) if home is None else None
        body = replace(home, start=m.start(), end=m.end(), surface=m.group()) if home is not None else \
            _mention(m.start(), m.end(), m.group(), e)
        out = [x for x in out if not (x.start < m.end() and m.start() < x.end)] + [body]
    return sorted(out, key=lambda x: x.start)


def _open_name() -> str:
    return _OPEN_NAME


_MISSION_WORD = r"(?:Embassy|Consulate(?:[- ]General)?|Consulate General)"
_MISSION = re.compile(rf"(?P<own>(?!The\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+{_MISSION_WORD}(?:\s+(?:in|at)\s+{_open_name()})?|"
                      rf"{_MISSION_WORD}\s+of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+|Republic\s+of\s+)?(?P<of>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
                      rf"(?:\s+(?:in|at)\s+{_open_name()})?")
#: the "of" form alone: where a sentence's last word and "The" stood before it ("... on Monday. The Consulate
#: General of China in X gave ...") and were read as the owner
_MISSION_OF = re.compile(rf"{_MISSION_WORD}\s+of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+|Republic\s+of\s+)?"
                         rf"(?P<of>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)(?:\s+(?:in|at)\s+{_open_name()})?")


def _with_missions(text: str, ms: list[ActorMention]) -> list[ActorMention]:
    """``the Chinese Consulate-General in Osaka`` / ``the Embassy of Japan in Beijing`` stand for the sending
    country (the city is where the mission sits, not a party)."""
    out = list(ms)
    g = gazetteer()
    for m in _MISSION.finditer(text):
        own = m.group("own") or m.group("of")
        code = _country_of(own.removesuffix("'s").removesuffix("’s"))
        start = m.start("own") if m.group("own") else m.start()
        if not code and m.group("own"):
            m = _MISSION_OF.match(text, m.end("own") + len(text[m.end("own"):m.end()]) - len(text[m.end("own"):m.end()].lstrip()))
            code = _country_of(m.group("of")) if m is not None else None
            start = m.start() if m is not None else start
        if not code:
            continue
        e = g.by_key.get(code)
        out = [x for x in out if not (x.start < m.end() and start < x.end)]
        out.append(ActorMention(start, m.end(), text[start:m.end()], code, "country", code,
                                e.name_en if e else code, (code,)))
    return sorted(out, key=lambda x: x.start)


def _again(text: str, opened: list[ActorMention], known: list[ActorMention]) -> list[ActorMention]:
    """A name a construction showed to be a place is that place wherever else the page names it
    ("Whakatane's friendship province" ... "to the Whakatane community")."""
    out = list(opened)
    taken = [(m.start, m.end) for m in opened + known]
    for o in opened:
        name = _OWNER.sub("", o.surface)  # "Vietnam's Lao Cai province ... Lao Cai had sent": the owner is not the name
        if " " in name and name.split()[-1].lower() in _UNIT_WORDS:
            # "Boseong County ... Boseong sent": the bare name of a county/district found so is the same place
            name = name.rsplit(" ", 1)[0]
            unit = o.surface.rsplit(" ", 1)[1].title()
            if o.level not in ("city", "district", "adm1") or not (
                    o.key.endswith("/" + name) or o.key.endswith(f"/{name} {unit}")):
                # "Namibia's Khomas region ... Khomas Governor X": the bare name of a region found so too
                continue
        known_as = {e.key for e in _entries(name)}
        if not o.key or (known_as and o.key not in known_as):
            continue  # the gazetteer's own names keep their cues
        common = name.lower() in _extra()[1]  # a common word ("Bra") is that town again only where a cue says so
        names = sorted({name, o.surface}, key=len, reverse=True)  # "Haenam County Governor": the unit word too
        for x in re.finditer(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, names))})(?![\w-])", text):
            if common and (x.group() == name and not _cued(text, x.start(), x.end())
                           or _NAME_GOES_ON.match(text, x.end())):
                continue
            if not any(a < x.end() and x.start() < b for a, b in taken):
                out.append(replace(o, start=x.start(), end=x.end(), surface=x.group()))
                taken.append((x.start(), x.end()))
    return sorted(out, key=lambda m: m.start)


#: A country's possessive opening a place's mention (``Vietnam's ``, ``China’s ``).
_OWNER = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+")


def _with_open(known: list[ActorMention], opened: list[ActorMention]) -> list[ActorMention]:
    """Known mentions, with open-world ones added where none is, or replacing a reading in another country."""
    out = list(known)
    for o in opened:
        over = [k for k in out if k.start < o.end and o.start < k.end]
        if " Autonomous " in o.surface:
            # "Yanbian Korean Autonomous Prefecture": the words after the place name are its peoples, not places
            inner = [k for k in over if k.start > o.start]
            out = [k for k in out if k not in inner]
            over = [k for k in over if k not in inner]
        if not over:
            out.append(o)
            continue
        if o.components and all((k.level != "country" or (o.level != "country"
                                                              and o.surface.split()[-1].lower() in _UNIT_WORDS)) and (k.country != o.country or (o.level == "adm1" and k.level == "city")
                                            or (o.key or "").endswith(" County"))
               and k.start >= o.start and k.end <= o.end for k in over):
            out = [k for k in out if k not in over] + [o]
    return sorted(out, key=lambda x: x.start)


_UNIT_WORDS = frozenset(("province", "prefecture", "county", "region", "oblast", "state", "district", "municipality"))


def _country_of(name: str) -> Optional[str]:
    ents = _entries(name.removeprefix("the ").removeprefix("The "))
    return next((e.country for e in ents if e.level == "country"), None)


def _state_of(name: str) -> Optional[str]:
    ents = _entries(name)
    return next((e.key for e in ents if e.level == "adm1" and e.country == "US"), None)


def _lookup(name: str, country: str) -> Optional[tuple[str, str, str]]:
    ents = [e for e in _entries(name) if e.country == country and e.level != "country" and e.key]
    if not ents:
        return None
    e = _best(ents, country)
    return e.key, e.level, e.name_en


@lru_cache(maxsize=1)
def _open() -> OpenPlaces:
    return OpenPlaces(_country_of, _lookup, _state_of, lambda name: bool(_entries(name)), _region_of, _place_country,
                      _read_country)


def _read_country(name: str) -> Optional[str]:
    """The country of the reading a known name gets in running text (Milan: Italy's, not Tennessee's)."""
    ents = _entries(name)
    return _best(ents).country if ents else None


def _place_country(name: str) -> Optional[str]:
    """The country of a known place name (a dateline's city), None when unknown or ambiguous across countries."""
    countries = {e.country for e in _entries(name) if e.country}
    return countries.pop() if len(countries) == 1 else None


def _region_of(name: str) -> Optional[str]:
    """The country of a first-level division (``Gyeonggi`` -> KR), so "X County in Gyeonggi Province" is Korean."""
    ents = _entries(name.removesuffix(" Province").removesuffix(" Prefecture"))
    return next((e.country for e in ents if e.level == "adm1"), None)


def find_actors_en(text: str, publisher: Optional[ActorMention] = None) -> list[ActorMention]:
    """Places, titled people and (with ``publisher``) 'the city'-like words of English ``text``, in order.

    Mentions do not overlap; a person's mention carries the key of the place
    the person speaks for (``None`` when it cannot be told).
    """
    places = list(_places(text))
    adm1 = home_adm1(places, publisher)
    people, _spans = _people(text, places, publisher, adm1)
    refs = _references(text, publisher, adm1, places) + _demonym_refs(text, places) + _capital_refs(text, adm1) \
        + _capital_of_refs(text, places) + _body_refs(text, places)
    merged: list[ActorMention] = []
    for m in sorted(people + places + refs, key=lambda x: (x.start, -(x.end - x.start))):
        if merged and m.start < merged[-1].end:
            continue
        if _language(text, m):
            continue
        if " " in m.surface and _NAMED_AIRPORT_AFTER.match(text, m.end):
            continue  # at Benito Juárez International Airport: a person's name on an airport is no party
        merged.append(m)
    return _dateline_before_place(text, merged)


#: after a two-word name, the airport named for a person (Charles de Gaulle Airport, José Martí International Airport)
_NAMED_AIRPORT_AFTER = re.compile(r"\s+(?:International\s+)?[Aa]irport\b")


#: between a dateline's place and the first words of its story: the date, the agency in brackets, the dash
_DATELINE_GAP = re.compile(r"(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?(?:,?\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
                           r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:--|—|–|-)\s*(?:[Tt]he\s+)?")


#: a body named by its place ("the New Zealand China Friendship Society", "the Hubei Provincial People's Association
#: for Friendship with Foreign Countries"): the place, then capitalised words, then the body's noun
_PLACE_BODY = re.compile(r"(?:[-–\s]+(?:[A-Z][\w&'’-]*|for|with|of))*?\s+(?P<n>Society|Association)\b")
#: the body told again by its noun alone: "reached the society", "the Society took delivery of"
_BODY_REF = re.compile(r"\b(?:the|The)\s+(?P<n>[Ss]ociety|[Aa]ssociation)\b(?!\s+(?:of|for|with)\b|['’])")


def _body_refs(text: str, places: list[ActorMention]) -> list[ActorMention]:
    """``the society`` / ``the association`` after a body of that noun named with its place: that place (the
    friendship society of a country is the country's side)."""
    bodies: list[tuple[int, str, ActorMention]] = []
    taken = 0
    for p in places:
        if not p.key or p.start < taken:
            continue
        m = _PLACE_BODY.match(text, p.end)
        if m is None or "\n" in m.group():
            continue
        bodies.append((m.end(), m.group("n").lower(), p))
        taken = m.end()
    out = []
    for r in _BODY_REF.finditer(text):
        if any(p.start <= r.start() < p.end for p in places):
            continue
        n = r.group("n").lower()
        # the body named before, else the one the page names after ("the Society" of a newsletter signed by it)
        body = next((p for end, n_, p in reversed(bodies) if end <= r.start() and n_ == n), None) or next(
            (p for end, n_, p in bodies if n_ == n and p.start > r.end()), None)
        if body is not None:
            out.append(replace(body, start=r.start(), end=r.end(), surface=r.group()))
    return out


def _dateline_before_place(text: str, ms: list[ActorMention]) -> list[ActorMention]:
    """``KOBE — Hyogo Prefectural Government has been given ...``: a dateline's place, where its story opens
    with another place, is only where the report was filed; it is not the first party of that sentence."""
    out = list(ms)
    for i, m in enumerate(ms[:-1]):
        nxt = ms[i + 1]
        if m.key and m.surface.isupper() and len(m.surface) > 2 and (m.start == 0 or text[m.start - 1] == "\n") \
                and nxt.key and nxt.key != m.key and not nxt.surface.isupper() \
                and _DATELINE_GAP.fullmatch(text, m.end, nxt.start) is not None:
            out.remove(m)
    return out


#: "thanked X in Italian and Chinese", "a letter in English": a demonym after "in" with no noun is a language.
_IN_LANGUAGE_BEFORE = re.compile(r"\bin\s+(?:both\s+)?(?:[A-Z][a-z]+(?:,\s+|\s+and\s+))?$")
_NO_NOUN_AFTER = re.compile(r"(?:\s*[.,;:!?)\"”]|\s*$|\s+(?:on|at|to|and|or|in|for|with|during|last|this|before|after|"
                            r"from|by|as|while|when|about)\b)")


def _language(text: str, m: ActorMention) -> bool:
    return m.level == "country" and m.surface[:1].isupper() and (m.name_en or "") != m.surface \
        and m.surface.endswith(("ese", "ian", "ish", "an", "ch", "ic")) \
        and bool(_IN_LANGUAGE_BEFORE.search(text, max(0, m.start - 30), m.start)) \
        and bool(_NO_NOUN_AFTER.match(text, m.end))


# ------------------------------------------------------------------ publisher
#: "<official> expressed thanks on behalf of the Municipal People's Government" with no place named: the page's own
#: government speaks (a Chinese city's English portal)
OWN_GOVERNMENT_BEHALF_EN = re.compile(r"\bon\s+behalf\s+of\s+the\s+(?:Municipal|Provincial)\s+People['’]s\s+Government\b")
_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*)(?P<sub>,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?"
                       r"\s*(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*(?:[A-Z][A-Za-z]+\s+(?=-))?)?(?:\(|--|—|–|-\s)", re.M)


@lru_cache(maxsize=1)
def _us_postal() -> frozenset[str]:
    """US state postal codes (the ISO 3166-2 codes of ``subdivisions.tsv``), read only after a dateline's
    city (as words they are "OR", "IN", "ME" ...)."""
    return frozenset(r["iso_code"][3:] for r in load_table("subdivisions.tsv") if r["iso_code"].startswith("US-"))


def dateline_place(text: str) -> Optional[ActorMention]:
    """The place of an ``ANNAPOLIS, Md. (...) —`` / ``CHEONGJU --`` dateline in ``text``."""
    for m in _DATELINE.finditer(text[:3000]):
        name = m.group("place").title()
        ents = _entries(name)
        if not ents:
            # "HAENAM, South Jeolla Province --" with "Haenam County" named by a construction below
            same = next((p for p in _places(text) if p.key and p.level in ("city", "district")
                         and p.key.rsplit("/", 1)[-1] == name), None)
            if same is not None:
                return replace(same, start=m.start("place"), end=m.end("place"), surface=m.group("place"))
            continue
        country = None
        if m.group("sub"):
            sub = _entries(m.group("sub").strip(", "))
            country = sub[0].country if sub else None
            if country is None and m.group("sub").strip(", ") in _us_postal():
                country = "US"  # "SALEM, OR —": a US state's postal code after the city
        e = _best(ents, country)
        return _mention(m.start("place"), m.end("place"), m.group("place"), e)
    return None


def _contains(outer: ActorMention, inner: ActorMention) -> bool:
    g = gazetteer()
    key = inner.key or ""
    while key in g.cn_parent:
        key = g.cn_parent[key]
        if key == outer.key:
            return True
    return False


@lru_cache(maxsize=1)
def _cn_outlet_re() -> re.Pattern:
    """The bylines of Chinese outlets (``cn_outlets_en.tsv``) as whole words."""
    names = sorted({r["name"] for r in load_table("cn_outlets_en.tsv")}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.I)


#: "New Zealand China Friendship Society", "Canada-China Business Council": a country's own national body
_NATIONAL_BODY = re.compile(r"(?:[-–\s]+(?:China|Chinese))?(?:[-–\s]+[A-Z][\w&-]*){0,3}?\s+(?:Friendship\s+)?"
                            r"(?:Society|Association|Council|Federation|Foundation|League|Institute|Committee)\b")


def _national_body(title: str, head: str) -> Optional[ActorMention]:
    """The country of a page headed by one of its national bodies (a friendship society's newsletter): that
    country is the page's side, not the town its story names most."""
    for line in (title, head.split("\n")[0] if head else ""):
        first = next((m for m in find_actors_en(line) if m.start == 0), None)
        if first is not None and first.level == "country" and first.key != "CN" \
                and _NATIONAL_BODY.match(line, first.end):
            return first
    return None


def _opens_with(body: str, place: ActorMention) -> bool:
    """The page's lead (its first line long enough to be a sentence) opens with ``place``."""
    lead = next((ln.strip() for ln in body.splitlines() if len(ln.split()) >= 12), "")
    first = next(iter(find_actors_en(lead)), None)
    return first is not None and first.start == 0 and first.key == place.key


#: a town named as the airport (or port of entry) the goods came in by: "Y International Airport", "Y's airport"
_WAYPOINT_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[A-Z][\w-]+\s+){0,2}(?:International\s+)?(?:Airport|Airfield|airport|"
                             r"airfield|cargo terminal)\b")


#: one of the bureaus of a dateline shared by two (``JOHANNESBURG/ABUJA, May 20 --``): a place the wire was
#: filed from, not the page's own; the page is the one its lead tells of
_SHARED_DATELINE = re.compile(r"[A-Z][A-Z'’. -]+/")


def publisher_place_en(title: Optional[str], head: str, body: str) -> Optional[ActorMention]:
    """The place an English page reports from or for (what 'the city', 'our city' stand for)."""
    dl = dateline_place(head + "\n" + body[:2000])
    title_places = [m for m in find_actors_en(title or "") if m.key and m.level in ("adm1", "city", "district")]
    if dl is not None and not title_places:
        # a title that is the outlet's name ("Kansai Community News"): the headline among the lines above the
        # dateline says whose page it is as a title would ("Masks for Hyogo" over "KOBE —")
        lines = [ln for ln in head.split("\n")[1:] if ln.strip() and ln.strip() != (title or "").strip()]
        cut = next((i for i, ln in enumerate(lines) if dl.surface in ln), len(lines))
        above = lines[:cut][-2:]
        title_places = [m for ln in above for m in find_actors_en(ln)
                        if m.key and m.level == "adm1" and m.country == dl.country]
    if dl is not None:
        for m in title_places:
            if m.key == dl.key:
                return dl
        for m in title_places:
            if _contains(m, dl) or (m.country == dl.country and m.level == "adm1" and dl.level == "city"):
                return m
        return dl
    if dl is None and not title_places and title and _cn_outlet_re().fullmatch(title.strip()):
        # the first line is only a Chinese outlet's name ("Global Times"): the headline is the first short line
        # after it that names a place (not the source line, not the lead sentence)
        for ln in head.split("\n")[1:]:
            ln = ln.strip()
            if not ln or len(ln) > 120 or ln.endswith(".") or _cn_outlet_re().search(ln):
                continue
            title_places = [m for m in find_actors_en(ln) if m.key and m.level in ("adm1", "city", "district")]
            if title_places:
                break
    foreign = [m for m in title_places if m.country != "CN"]
    home = [m for m in title_places if m.country == "CN"]
    if home and not foreign and _cn_outlet_re().search(head):
        # "CGTN | Wuhan sends supplies to sister cities in Europe": a Chinese outlet's page about a Chinese
        # place's acts is that place's page, however many partners its lead names
        return home[0]
    if foreign:
        return foreign[0]
    society = _national_body(title or "", head)
    if society is not None:
        return society
    named = find_actors_en(body[:1500])
    lead = [m for m in named if m.key and m.level in ("adm1", "city") and m.country != "CN"
            and not _SHARED_DATELINE.fullmatch(m.surface + body[m.end:m.end + 1], 0) and not (
                m.surface.isupper() and body[max(0, m.start - 1):m.start] == "/")]
    stops = [m for m in lead if _WAYPOINT_AFTER.match(body, m.end)]
    if stops and len(stops) == len(lead):
        # "supplies donated by X arrived at Y International Airport", no other place of the page's country: the
        # airport's town is a stop on the goods' way; the page is its country's
        e = gazetteer().by_key.get(stops[0].country)
        if e is not None:
            return replace(stops[0], key=stops[0].country, level="country", name_en=e.name_en,
                           surface=e.name_en or stops[0].surface, components=(stops[0].country,))
    lead = [m for m in lead if m not in stops]
    if lead:
        best, n = Counter(m.key for m in lead).most_common(1)[0]
        if home and n < sum(1 for m in named if m.key == home[0].key) and _opens_with(body, home[0]):
            # "Wuhan returns kindness to sister cities" over a lead naming Wuhan again and again and each partner
            # once: the page is the title's place, told from its side
            return home[0]
        return next(m for m in lead if m.key == best)
    return title_places[0] if title_places else None
