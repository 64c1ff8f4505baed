"""Places on the goods' way are no side of a gift.

A shipment is told with the places it passes: where the flight or truck left
from (自福州空运, 从省会启运, the flight from X, carried from X), where it landed
on the way (运抵名古屋, 随后转运至…; landed in X before being trucked to Y).
The giver is who gives (the owner of 捐赠的 / "donated by", or the party the
paragraph told as giving), the receiver is the partner the goods are for (the
place after 转运至 / "on to", the body that takes them in or hands them out).
A place in a route position is a side only where nothing else names one.

The reading is one small table per language of route cues, asked by both
readers: the Chinese one after its roles are read (:func:`zh_route_sides`), the English one
before, on the mentions it reads them from (:func:`en_off_route`).
"""
from __future__ import annotations

import re

from .frames import departure_place

# -- Chinese --------------------------------------------------------------------------------------
# 运抵日本名古屋 / 空运至洛杉矶: where the goods landed (a side only if they stop there)
ZH_ARRIVAL_BEFORE = re.compile(r"(?:运抵|抵达|飞抵|运至|空运至|运到|降落在|降落于)$")
# …,随后(分别)(经公路)转运至X / 再运往X: the goods go on to X
# (随后用卡车运到X / 再以货车运往X: the means told before the verb)
ZH_ONWARD_CUE = (r"(?:随后|然后|之后|后|再|并)(?:分别)?(?:(?:经由|经|由|通过|用|以|乘|搭乘)[^,，。;；]{0,6}?)?"
                 r"(?:转运|转送|运抵|运往|运至|运到|送往|送抵|送达|分送)(?:至|到|往|给)?")
ZH_ONWARD = re.compile(ZH_ONWARD_CUE + r"[^,，。;；]{0,6}?$")
# 由X(政府)分发至… / 与X代表举行交接 / 交由X: the one that takes the goods in
ZH_TAKER_BEFORE = re.compile(r"(?:由|交由|交给|与)$")
ZH_TAKER_AFTER = re.compile(r"[^,，。;；]{0,12}?(?:接收|签收|分发|分配|发放|交接)")
# …转运至X州Y市的物资分发中心: the warehouse's town is on the way; the region it lies in got them
ZH_DEPOT_AFTER = re.compile(r"的?[^,，。;；]{0,6}?(?:仓库|分发中心|配送中心|物流中心|集散中心|集散地)")
# 福建省政府捐出的口罩: the owner of the gift phrase gave
ZH_GIFT_OWNER_AFTER = re.compile(r"[^,，。;；的]{0,8}?(?:捐赠|捐出|捐助|捐献|赠送|援助)的")


# the kinds of place that hold a town: 南澳大利亚州首府阿德莱德 / X州Y市 name the state the town lies in
_ZH_HOLDER_LEVELS = ("adm1", "adm2")


def zh_holder(r):
    """The region a place mention names before its town (X州首府Y / X州Y市), as a key, level and country."""
    from cityaid.resolve.gazetteer import gazetteer  # (the gazetteer is built once, on first use)
    if r.level in (None, "country") or r.level in _ZH_HOLDER_LEVELS or not r.name:
        return None
    by_surface = gazetteer().by_surface
    name = r.name
    for i in range(len(name) - 1):
        for j in range(len(name) - 1, i + 1, -1):  # the longest name first, and never the whole mention
            for c in by_surface.get(name[i:j], ()):
                e = c.entry
                if not c.weak and e.level in _ZH_HOLDER_LEVELS and e.country == r.country and e.key != r.key:
                    return e
    return None


def holder_ref(r):
    """The mention ``r`` keyed as the region that holds it (a seat or town standing for its state), same
    place in the text; None where no holder is known. Shared with the Chinese reader (a gift handed over
    at 甲州首府乙 went to the state)."""
    e = zh_holder(r)
    if e is None:
        return None
    return type(r)(r.start, r.end, e.key, e.level, r.name, e.country, r.marker, r.group)


def _page_region(r, page_refs: list) -> list:
    """The one region of ``r``'s country the page names as given to, where ``r`` (a town the goods reached)
    is given to nowhere on the page: the goods landed in the partner region's town."""
    if r.level in (None, "country") or r.level in _ZH_HOLDER_LEVELS or not r.country:
        return []
    if any(x.key == r.key and x.marker == "to" for x in page_refs):
        return []
    regions = {x.key: x for x in page_refs if x.marker == "to" and x.country == r.country
               and x.level in _ZH_HOLDER_LEVELS and x.key and x.key != r.key}
    return list(regions.values()) if len(regions) == 1 else []


def _before(text: str, r, n: int = 8) -> str:
    return text[max(0, r.start - n):r.start]


def _group(refs: list, r) -> list:
    return [x for x in refs if x.group == r.group] if r.group >= 0 else [r]


def zh_origin(text: str, r) -> bool:
    """自福州空运 / 从省会海口启运: ``r`` names where the goods left from (the gift reader's own test)."""
    return departure_place(text, r.start, r.end)


def zh_arrival(text: str, r) -> bool:
    """运抵名古屋 / 空运至洛杉矶: ``r`` names where the goods landed."""
    return bool(ZH_ARRIVAL_BEFORE.search(_before(text, r)))


def _listed_after_arrival(text: str, refs: list, r) -> bool:
    """``r`` is a later member of a list of places whose first names where the goods landed (运抵A和B)."""
    g = _group(refs, r)
    return bool(g) and g[0] is not r and zh_arrival(text, g[0])


def _zh_onward(text: str, refs: list, pos: int, end: int) -> list:
    """The party the goods go on to after ``pos`` (随后分别转运至A县和B县 / 再转运至X州Y市的仓库)."""
    for r in refs:
        if pos <= r.start < end and ZH_ONWARD.search(text[max(pos, r.start - 24):r.start]):
            g = _group(refs, r)
            if len(g) > 1 and ZH_DEPOT_AFTER.match(text, g[-1].end) and g[0].level != g[-1].level:
                return [g[0]]  # X州Y市的物资分发中心: the town holds the depot; the region got them
            return g
    return []


def _zh_taker(text: str, refs: list, pos: int, end: int, country: str | None) -> list:
    """由X(政府)分发 / 与X代表举行交接 after ``pos``: the body of the landing's country that takes them in."""
    for r in refs:
        if pos <= r.start < end and r.country == country and ZH_TAKER_BEFORE.search(_before(text, r, 2)) \
                and ZH_TAKER_AFTER.match(text, r.end):
            return [r]
    return []


def _zh_gift_owner(text: str, refs: list, s, origin: list) -> list:
    owners = [r for r in refs if s.start <= r.start < s.end and r not in origin and r.marker != "to"
              and ZH_GIFT_OWNER_AFTER.match(text, r.end)]  # (向X捐赠的: X is given to)
    return owners[-1:]


def zh_route_sides(text: str, s, drafts: list, refs: list, told_giver: list | None = None,
                   page_refs: list | None = None) -> None:
    """Put the sides of the sentence's gifts back on the giver and the partner where the reader took
    a place on the goods' way: the place they left from (自X空运) gives way to the gift phrase's owner or
    the giver the paragraph told; the place they landed on the way (运抵X,随后转运至Y / 由Y分发) to Y."""
    s_refs = [r for r in refs if s.start <= r.start < s.end]
    for d in drafts:
        if d.type != "donation":
            continue
        if d.frm and all(zh_origin(text, r) for r in d.frm):
            giver = _zh_gift_owner(text, s_refs, s, d.frm)
            if not giver and told_giver and {r.country for r in told_giver} == {r.country for r in d.frm}:
                giver = list(told_giver)
            if giver:
                d.frm = giver
        if d.to and not all(zh_arrival(text, r) for r in d.to) and page_refs \
                and all(zh_arrival(text, r) or _listed_after_arrival(text, s_refs, r) for r in d.to):
            # (运抵A和B: the places of a list after the arrival cue; each in the one partner region of its country)
            regions = [_page_region(r, page_refs) for r in d.to]
            if all(regions):
                d.to, d.defaulted_to = [x for g in regions for x in g], False
                continue
        if d.to and all(zh_arrival(text, r) for r in d.to):
            landed = max(r.end for r in d.to)
            onward = _zh_onward(text, s_refs, landed, s.end)
            if not onward:
                onward = _zh_taker(text, s_refs, landed, s.end, d.to[0].country)
            if not onward and re.search(ZH_ONWARD_CUE, text[landed:s.end]):
                # (甲与乙结为姊妹省州,…运抵X,再转运至该州…: they went on to the party of X's country the
                # sentence names, whatever the onward place is called)
                onward = [r for r in s_refs if r.country == d.to[0].country and r not in d.to
                          and r.level != "country" and not zh_arrival(text, r) and not zh_origin(text, r)][:1]
            if len(onward) == 1 and ZH_DEPOT_AFTER.match(text, onward[0].end):
                onward = [holder_ref(onward[0]) or onward[0]]  # (运到X州Y市一处分发中心: the state got them)
            if not onward:
                # (运抵X州首府Y / 运抵Y,… with the page's partner region X of Y's country: the goods landed
                # in the partner's town)
                held = [holder_ref(r) for r in d.to]
                # (…the region is a party the page names again: 运抵X县Y市以西的小城Z leaves the town Z)
                # (运到X州Y市一处分发中心: a depot in the town, the state's)
                if all(held) and all(ZH_DEPOT_AFTER.match(text, r.end) or any(
                        x.key == h.key and not r.start <= x.start < r.end for x in page_refs or ())
                        for h, r in zip(held, d.to)):
                    onward = held
                elif page_refs:
                    regions = [_page_region(r, page_refs) for r in d.to]
                    if all(regions):
                        onward = [x for g in regions for x in g]
            if onward:
                d.to, d.defaulted_to = onward, False
        elif d.to and len(d.to) == 1 and ZH_DEPOT_AFTER.match(text, d.to[0].end):
            g = _group(s_refs, d.to[0])
            if len(g) > 1 and g[0].level != g[-1].level and ZH_ONWARD.search(text[max(s.start, g[0].start - 24):g[0].start]):
                d.to = [g[0]]


# -- English --------------------------------------------------------------------------------------
_EN_CRAFT = r"(?:flights?|planes?|aircraft|ferry|ferries|ship|vessel|train|trucks?|convoy|(?:charter(?:ed)?|cargo)\s+(?:flight|plane|jet))"
# ("flown from X" is left out: a city flying its own gift out is told so, and nothing else names the giver)
_EN_MOVED = r"(?:shipped|carried|trucked|airlifted|ferried|transported|brought|departed|left|took\s+off)"
# "the flight from X", "carried by ferry from X to Y", "brought the shipment from X", "left out of X":
# the place the goods left from
EN_ORIGIN_BEFORE = re.compile(r"(?:\b" + _EN_CRAFT + r"\s+(?:\w+\s+){0,2}?from|\b" + _EN_MOVED
                              + r"\b(?:\s+[\w'-]+){0,5}?\s+(?:from|out\s+of))\s+(?:the\s+)?$", re.I)
# "... from X to Y Port": the port the goods landed at
EN_PORT_AFTER = re.compile(r"(?:'s)?\s+(?:[A-Z][\w-]+\s+)?(?:International\s+)?(?:Airport|Port|airport|port|harbou?r)\b")
EN_LANDED_BEFORE = re.compile(r"\b(?:" + _EN_MOVED + r"|flown|landed|touched\s+down|arrived)\b(?:\s+[\w'-]+){0,5}?\s+(?:to|at|in)\s+$", re.I)
# "arrived in X before being trucked to Y" / "flown to X and delivered to Y": the goods went on
EN_ONWARD_AFTER = re.compile(r"[^.;]{0,60}?\b(?:before\s+being|and\s+then|then|and\s+(?:was|were)?\s*)\s*"
                             r"(?:trucked|driven|taken|sent\s+on|forwarded|transferred|delivered|transported|carried|handed\s+over|handed)"
                             r"\s+(?:on\s+)?to\b")


def en_route(text: str, m, start: int) -> bool:
    """``m`` (a place in the sentence from ``start``) names where the goods left from or landed on the way."""
    before = text[max(start, m.start - 60):m.start]
    if EN_ORIGIN_BEFORE.search(before):
        return True
    if EN_LANDED_BEFORE.search(before):
        return bool(EN_PORT_AFTER.match(text, m.end) or EN_ONWARD_AFTER.match(text, m.end))
    return False


# "landed at X": the airfield's town, where the page tells another town of X's country the goods were for
EN_LANDED_AT_BEFORE = re.compile(r"\b(?:landed|touched\s+down)\s+(?:safely\s+)?at\s+$", re.I)


def _en_landed_away(text: str, m, actors: list) -> bool:
    """``m`` follows "landed at" and the page names another town or region of its country (its partner) and
    not ``m`` again: the goods came down at ``m`` on their way to the partner."""
    if m.level == "country" or not EN_LANDED_AT_BEFORE.search(text[max(0, m.start - 30):m.start]):
        return False
    if any(x is not m and x.key == m.key for x in actors):
        return False
    return any(x.key and x.key != m.key and x.country == m.country and x.level != "country" for x in actors)


def en_off_route(text: str, actors: list, sentences: list[tuple[int, int]]) -> list:
    """The page's place mentions without those naming the goods' way (read as no side)."""
    out = []
    for m in actors:
        a = next((s0 for s0, s1 in sentences if s0 <= m.start < s1), 0)
        if m.level == "country" or not (en_route(text, m, a) or _en_landed_away(text, m, actors)
                                        or _en_relative_way(text, m, actors, a)):
            out.append(m)
    return out


# ", which arrived at X Airport near Y", ", which were delivered to hospitals in Y and Z": where the goods went
# inside the receiver's land after they were given
EN_WHICH_WENT_BEFORE = re.compile(r",\s*which\s+(?:(?:had|have)\s+)?(?:arrived|landed|were\s+delivered|was\s+delivered|"
                                  r"were\s+distributed|were\s+handed\s+out|went)\b[^.;]{0,80}?\b(?:near|in|at|outside)\s+"
                                  r"(?:the\s+)?(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*(?:,|and)\s+)?$")


def _en_relative_way(text: str, m, actors: list, start: int) -> bool:
    """``m`` is named in a ", which arrived at / were delivered to ... in" clause and the page names another
    town or region of its country, not ``m`` again (the partner the goods were given to)."""
    if m.level == "country" or not EN_WHICH_WENT_BEFORE.search(text[max(start, m.start - 120):m.start]):
        return False
    if any(x is not m and x.key == m.key for x in actors):
        return False
    return any(x.key and x.key != m.key and x.country == m.country and x.level != "country" for x in actors)
