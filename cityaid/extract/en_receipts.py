"""English constructions where a side of a gift or a letter is the page's own city, or where one
sentence pairs several sides with several figures.

Writers of sister-city pages (city press offices, association newsletters, a mayor's column)
tell their own city's acts without naming it, and pair lists in one sentence:

* a gift told from the receiving end with no recipient named: ``N masks, donated by the city
  of Y, were handed to the hospital``, ``a batch of supplies donated by Y arrived on Monday`` --
  the recipient is the page's other side, i.e. the place the page names most in another country
  than the donor (:func:`counterpart`);
* the writer or a body of the page as the subject: ``I sent Mayor Z a letter``, ``our board
  sent a letter of sympathy to Y``, ``We've since sent ...``, ``Council took delivery of ... from
  Y`` -- the page's own city (the counterpart of the named other side) is that side;
* replies: ``Mayor Z sent a kind reply``, ``Y replied with N masks`` -- to the one who last wrote
  to (or gave to) the replier, when the sentence names no recipient;
* one shipment of a series (``The second, of 20,000 gloves, arrived on May 2``) -- between the
  sides of the page's last gift; a video conference talked about or proposed is no consultation;
* pairs: ``A and B sent N and M masks, respectively``, ``shipped N and M masks respectively to A
  and B`` -- one gift per pair; ``separately donated masks to A and B`` -- one gift per recipient.

:func:`revise_en` is called on each event of a sentence segment by the English reader
(:mod:`cityaid.extract.en_events`); it corrects the event in place and returns the gifts the
sentence adds.
"""
from __future__ import annotations

import re
from typing import Optional

from cityaid.extract.en_dates import event_date_en
from cityaid.extract.en_quantities import itemize_en
from cityaid.model import Actor, DateRef, Event, ItemQty
from cityaid.resolve.mention import ActorMention

#: The writer, the writer's group or the page's own council as a clause subject before a verb.
_FIRST_PERSON = re.compile(
    r"(?:^|[\s\"“(])(?P<who>I|[Ww]e|[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:board|council|members|volunteers|association|"
    r"society|office|committee|club|group|city|town|mayor|staff|team|students|residents|community)|"
    r"(?:[Tt]he\s+)?(?-i:Council))"
    r"(?:'ve|’ve|'d|’d|\s+(?:have|has|had|also|since|just|already|then|recently|quickly|immediately|both|all|"
    r"\w+ly))*\s+(?P<verb>sent|send|wrote|write|mailed|shipped|donated|delivered|gave|given|recorded|posted|"
    r"forwarded|emailed|e-mailed|wired|raised|collected|telephoned|called|received|got|took\s+delivery|"
    r"welcomed|accepted)\b")
#: between a place's name and "Council": the council is that place's ("X City Council", "the Y Shire Council")
_NAMED_COUNCIL = re.compile(r"(?:\s+(?:City|Town|Shire|County|Municipal|District|Regional|Borough|Metropolitan))?\s+")
_RECEIVING = re.compile(r"received|got|took\s+delivery|welcomed|accepted")
#: ``N and M`` / ``N, M and K`` figures closed by ``respectively``.
_FIGURES = re.compile(r"(?P<nums>\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s*,\s*\d[\d,.]*(?:\s+(?:million|thousand))?)*"
                      r"\s*,?\s+and\s+\d[\d,.]*(?:\s+(?:million|thousand))?)\b")
_ONE_FIGURE = re.compile(r"\d[\d,.]*(?:\s+(?:million|thousand))?")
_EACH = re.compile(r"\b(?:each(?!\s+other)|apiece)\b", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_SEPARATELY = re.compile(r"\bseparately\b", re.I)
#: one gift of several told as such ("said separately it received masks sent jointly by A and B"): no split
_JOINTLY = re.compile(r"\b(?:jointly|together|joint)\b", re.I)
_REPLY = re.compile(r"\b(?:repl(?:y|ies|ied)|wrote\s+back|answered)\b", re.I)
_RECEIPT_VERB = re.compile(r"\b(?:received|receive|receives|got|took\s+delivery|accepted)\b")
#: A meeting talked about, proposed or still to come (``talking with Y about a video conference``,
#: ``a proposal to hold a webinar``, ``which is expected to take place next month``) ...
_MEETING_TO_COME = re.compile(r"\b(?:(?:talking|talks|discussions?|negotiating|discussing)\s+(?:with\s+[^.;]{1,60}?\s+)?"
                              r"(?:about|on|over)\s+(?:a|an|holding|setting\s+up|organi[sz]ing)\b|"
                              r"(?:a|the)\s+proposal\s+(?:to|for)|proposed\s+(?:a|an|holding)|"
                              r"(?:is|are)\s+(?:expected|scheduled|due|slated)\s+to\s+(?:take\s+place|be\s+held|start)|"
                              r"(?:is|are)\s+being\s+(?:planned|arranged|organi[sz]ed|discussed)|under\s+discussion|"
                              r"yet\s+to\s+be\s+(?:held|scheduled|confirmed))", re.I)
#: ... unless the segment also tells one that took place.
_MEETING_HELD = re.compile(r"\b(?:held|joined|hosted|took\s+part|attended|participated|met|shared|conducted|"
                           r"was\s+held|were\s+held)\b", re.I)
#: ``The first, of N masks, ...``, ``The second batch, N gowns, ...``: one shipment of a series.
_ORDINAL_LEAD = re.compile(r"(?:[\"“]?)(?:The|the|Its|its|A|a)\s+(?:first|second|third|fourth|fifth|latest|last|next|"
                           r"final|other|another)\b(?:\s+(?:shipment|batch|consignment|delivery|lot|box|parcel))?"
                           r"\s*,?\s+(?:of\s+)?(?:about\s+|some\s+|more\s+than\s+)?\d")
_SERIES = re.compile(r"\b(?:two|three|four|five|several|\d)\s+(?:\w+\s+)?(?:shipments|batches|consignments|"
                     r"deliveries|lots|boxes|parcels|donations)\b", re.I)
_THE_PLACE_SUBJ = re.compile(r"(?:^|,\s+|\bthat\s+)[Tt]he\s+(?P<lvl>city|province|prefecture|municipality|state)\s+"
                             r"(?:has|had|have|also|then|so\s+far|\w+ed)\b")
_THE_PLACE_POSS = re.compile(r"(?:^|,\s+(?:and\s+|while\s+)?|;\s+|\band\s+)[Tt]he\s+(?P<lvl>city|province|prefecture|"
                             r"municipality|state)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:experts|doctors|officials|"
                             r"specialists|health\s+authorities|hospitals|mayor|governor)\b")
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_THE_N_PLACES = re.compile(r"\b(?:the|both|all)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                           r"(?:[\w-]+\s+)?(?:cities|provinces|prefectures|regions|states|partners|municipalities|"
                           r"counties|donors)\b", re.I)
_INCLUDING = re.compile(r"(?:\d|\b(?:cities|provinces|regions|states|prefectures|partners|countries))[^.;]*?,?\s+"
                        r"(?:including|among them|such as)\s+")
_PLAN = re.compile(r"\b(?:will|would|plans?|planning|expected|hopes?|to be)\b", re.I)


def revise_en(text: str, a: int, b: int, ev: Optional[Event], actors: list[ActorMention],
              told: list[Event]) -> Optional[Event]:
    """``ev`` (read from ``text[a:b]``) corrected in place, or None when the segment tells no act;
    the further gifts the segment tells are appended to ``told``.

    ``told`` are the page's events before it: a gift with no figure whose donor gave before is the
    same gift told again (``the handover of supplies donated by Y``) and keeps its open recipient."""
    if ev is None:
        return None
    seg = text[a:b]
    if ev.type == "consultation" and _MEETING_TO_COME.search(seg) and not _MEETING_HELD.search(seg):
        return None
    if ev.type in ("donation", "message", "consultation", "request"):
        _first_person(seg, ev, actors, a)
    if ev.type in ("donation", "aggregate", "message", "consultation"):
        _the_place_named(text, a, b, ev, actors)
    if ev.type == "aggregate" and ev.from_ and not ev.to:
        inc = _INCLUDING.search(text, a, b)
        if inc is not None:
            listed = _unique([x for x in actors if inc.end() <= x.start < b and x.key and x.level != "country"
                              and x.key not in {y.key for y in ev.from_}])
            if listed:  # "... to 38 partner cities, including A, B and C": the partners it names
                ev.to = [_actor(x) for x in listed]
    if ev.type == "aggregate" and ev.of == "donation" and ev.from_:
        told.extend(_itemised_shares(text, a, b, ev, actors))
    if ev.type in ("message", "consultation") and not any(x.key for x in ev.to):
        _the_n_places(seg, ev, told)
    if ev.type in ("donation", "message") and _REPLY.search(seg):
        _reply(text, a, b, ev, actors, told)
    extra: list[Event] = []
    if ev.type in ("consultation", "message") and len(ev.to) > 1 and _RESPECTIVELY.search(seg):
        extra = _one_each(ev)  # "shared experience with A and B through video links on May 2 and May 9 respectively"
    if ev.type == "aggregate" and _EACH.search(seg):
        extra = _named_givers(text, a, b, ev, actors)
    if ev.type == "donation":
        if _ORDINAL_LEAD.match(seg) and (not ev.from_ or not ev.to):
            _as_previous(text, a, ev, actors, told)
        if _RESPECTIVELY.search(seg):
            extra = _respectively(text, a, b, ev, actors) or _paired_lists(text, a, b, ev, actors)
        elif _pairs_in_step(text, a, b, actors):
            extra = _respectively(text, a, b, ev, actors)  # "A and B sent 3,000 and 2,000 masks to C"
        elif _SEPARATELY.search(seg) and not _JOINTLY.search(seg) and (len(ev.to) > 1) != (len(ev.from_) > 1):
            extra = _one_each(ev)
        again = not any(i.quantity for i in ev.items) and not ev.money and any(
            e.type == "donation" and {x.key for x in e.from_} == {x.key for x in ev.from_} for e in told)
        if ev.from_ and not ev.to and not again:
            home = counterpart(ev.from_, actors)
            if home is not None:
                ev.to = [home]
    told.extend(extra)
    return ev


def _as_previous(text: str, a: int, ev: Event, actors: list[ActorMention], told: list[Event]) -> None:
    """``The second, of 20,000 gloves, arrived on May 2``: a shipment of a series told before, between
    the same sides as the page's last gift (or as the sentence before: ``X has received two shipments
    from Y``)."""
    last = next((e for e in reversed(told) if e.type in ("donation", "aggregate") and (e.from_ or e.to)), None)
    if last is None:
        last = _series_sides(text, a, actors)
    if last is None:
        return
    if not ev.from_:
        ev.from_ = [x.model_copy() for x in last.from_]
    if not ev.to:
        ev.to = [x.model_copy() for x in last.to]


def counterpart(side: list[Actor], actors: list[ActorMention]) -> Optional[Actor]:
    """The page's place on the other side of ``side``: the place (not a country) the page names most
    in another country than ``side``'s; None when the page names none."""
    countries = {_country(x.key) for x in side if x.key}
    keys = {x.key for x in side}
    counts: dict[str, int] = {}
    first: dict[str, ActorMention] = {}
    for m in actors:
        if not m.key or m.level == "country" or m.key in keys or not m.country or m.country in countries:
            continue
        counts[m.key] = counts.get(m.key, 0) + 1
        first.setdefault(m.key, m)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first[k].start))
    return _actor(first[best])


def _country(key: Optional[str]) -> Optional[str]:
    return key.split("/")[0] if key else None


def _actor(m: ActorMention) -> Actor:
    """The event side a mention names (its English name where it has one)."""
    return Actor(key=m.key, name=m.name_en or m.surface, level=m.level)


def _the_place_named(text: str, a: int, b: int, ev: Event, actors: list[ActorMention]) -> None:
    """``According to the X Foreign Affairs Office, the city has donated ...``: ``the city`` as the subject
    is the one city the sentence named before it, not the page's city."""
    seg = text[a:b]
    m = _THE_PLACE_SUBJ.search(seg)
    poss = m is None
    if poss:
        m = _THE_PLACE_POSS.search(seg)
    if m is None or not ev.from_ and ev.type != "consultation":
        return
    at = a + m.start()
    if poss:  # "..., and the province's experts shared ...": the place named earlier in the sentence
        a = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a)) + 1
    want_adm1 = m.group("lvl").lower() != "city"
    named = _unique([x for x in actors if a <= x.start < at and x.key and x.level != "country"
                     and (x.level == "adm1") == want_adm1])
    if poss and len(named) > 1 and len(text[a:named[0].start].split()) <= 3:
        named = named[:1]  # the sentence's subject, named first
    if len(named) != 1 or named[0].key in {x.key for x in ev.from_}:
        return
    if named[0].key in {x.key for x in ev.to}:
        if not poss:
            return
        ev.to = [x for x in ev.to if x.key != named[0].key]
    if poss and ev.type == "consultation":
        # the side the reader took for the subject is named after it: one of the counterparts
        later = {x.key for x in actors if at <= x.start < b and x.key}
        ev.to = _unique([x for x in ev.from_ if x.key in later] + list(ev.to))
    if re.search(r"\b(?:to|for|with)\s+(?:[\w-]+\s+){0,3}$", text[a:named[0].start]):
        return  # "gifts to X arrived; the city has ...": X is an object, not the city meant
    ev.from_ = [_actor(named[0])]


def _the_n_places(seg: str, ev: Event, told: list[Event]) -> None:
    """``X thanked the three provinces``: the givers of the gift told last, when they are that many."""
    m = _THE_N_PLACES.search(seg)
    if m is None or not told:
        return
    n = _SMALL.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else 0)
    last = next((e for e in reversed(told) if e.type in ("donation", "aggregate")), None)
    if last is None:
        return
    group = [e for e in told if e.evidence == last.evidence and e.type in ("donation", "aggregate")]
    givers = _unique([x for e in group for x in e.from_ if x.key])
    if len(givers) != n:
        return
    ev.to = [x.model_copy() for x in givers]
    if not any(x.key for x in ev.from_):
        ev.from_ = [x.model_copy() for x in _unique([x for e in group for x in e.to if x.key])]


def _series_sides(text: str, a: int, actors: list[ActorMention]) -> Optional[Event]:
    """The sides of ``X has received two shipments from Y`` / ``Y has sent X two batches`` just before ``a``."""
    found = [m for m in _SERIES.finditer(text, max(0, a - 400), a)]
    if not found:
        return None
    at = found[-1].start()
    b0 = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    e0 = min([i for i in (text.find(".", at), text.find("\n", at)) if i != -1] or [a])
    if e0 > a:
        return None
    a, seg = e0, text[b0:e0]
    ms = _unique([m for m in actors if b0 <= m.start < a and m.key and m.level != "country"])
    if len(ms) != 2 or ms[0].country == ms[1].country:
        return None
    src = next((m for m in ms if re.search(r"\bfrom\s+(?:\w+\s+){0,4}$", text[b0:m.start])), None)
    if src is None:
        src = ms[0] if not _RECEIPT_VERB.search(seg) else ms[1]
    dst = ms[1] if src is ms[0] else ms[0]
    return Event(type="donation", from_=[_actor(src)], to=[_actor(dst)])


def _first_person(seg: str, ev: Event, actors: list[ActorMention], a: int = 0) -> None:
    """``I sent Mayor Z a letter``, ``our board sent ... to Y``: the writer's city is the sender (or the
    recipient of ``we received ... from Y``); the named other side stays. ``our Ames volunteers sent``:
    the town the speaker names is their side, not the page's place."""
    m = _FIRST_PERSON.search(seg)
    if m is None or _PLAN.search(seg, 0, m.start("verb")):
        return
    if m.group("who").endswith("Council") and any(
            x.key and x.level != "country" and a <= x.end <= a + m.start("who")
            and _NAMED_COUNCIL.fullmatch(seg, x.end - a, m.start("who")) for x in actors):
        return  # "X City Council received ...", "the Y Shire Council sent ...": the named place's council, not the page's
    sides = ev.from_ + ev.to
    named = [x for x in sides if x.key]
    if not named:
        return
    receiving = bool(_RECEIVING.fullmatch(m.group("verb")))
    # the other side: the named side the writer addresses (a recipient of a sending verb, a sender of a receipt)
    other_list = (ev.from_ if receiving else ev.to) or named
    home = counterpart(other_list, actors)
    if home is None:
        return
    own = next((x for x in actors if a + m.start("who") <= x.start < a + m.end("who") and x.key
                and x.level != "country" and x.country == _country(home.key)), None)
    if own is not None:
        home = _actor(own)
    others = [x for x in other_list if x.key != home.key]
    if not others:
        others = [x for x in named if x.key != home.key]
        if not others:
            return
    if receiving:
        ev.from_, ev.to = others, [home]
    else:
        ev.from_, ev.to = [home], others


def _reply(text: str, a: int, b: int, ev: Event, actors: list[ActorMention], told: list[Event]) -> None:
    """``Mayor Z sent a kind reply``, ``Y replied with 30,000 masks``: to the one who last wrote or gave to
    the replier, when the sentence names no recipient itself."""
    named = {m.key for m in actors if a <= m.start < b and m.key}
    if ev.to and any(x.key in named for x in ev.to):
        return
    senders = {x.key for x in ev.from_ if x.key}
    if not senders:
        return
    last = next((e for e in reversed(told) if e.type in ("message", "donation", "request")
                 and senders & {x.key for x in e.to} and not senders & {x.key for x in e.from_} and e.from_), None)
    if last is not None:
        ev.to = [x.model_copy() for x in last.from_]


def _mentions(text: str, a: int, b: int, actors: list[ActorMention]) -> list[ActorMention]:
    return [m for m in actors if a <= m.start < b and m.key and m.level != "country"]


_PARTNERS_OF = re.compile(r",\s+(?:[a-z]+\s+){0,2}(?:sister|partner|twin|friendship|friendly)\s+(?:cities|towns|"
                         r"provinces|prefectures|regions|states|partners)\s+of\s+(?:the\s+)?$", re.I)


def _respectively(text: str, a: int, b: int, ev: Event, actors: list[ActorMention]) -> list[Event]:
    """``A and B sent N and M masks, respectively`` / ``shipped N and M masks respectively to A and B``."""
    fig = _FIGURES.search(text, a, b)
    quantified = [i for i in ev.items if i.quantity]
    if len(quantified) >= 2 and len({i.item for i in quantified}) == len(quantified) == len(ev.items):
        return _respective_items(text, a, b, ev, actors)
    if fig is None or len({i.item for i in quantified}) != 1:
        return []
    nums = [_number(x) for x in _ONE_FIGURE.findall(fig.group("nums"))]
    if len(nums) < 2 or any(n is None for n in nums):
        return []
    # "A and B, both sister cities of C, sent N and M ...": C, named in the list's apposition, is no giver
    named_before = _mentions(text, a, fig.start(), actors)
    apposed = [m for m in named_before if _PARTNERS_OF.search(text, max(a, m.start - 50), m.start)]
    before = [m for m in named_before if m not in apposed]
    after = _mentions(text, fig.end(), b, actors)
    if apposed and not after and not any(x.key for x in ev.to):
        ev.to = [_actor(apposed[0])]  # ... and, no other receiver named, the partner they gave to
    before, after = _unique(before), _unique(after)
    if len(after) >= len(nums) and len(before) >= len(nums):
        # "A and B shipped N and M masks to C and D respectively": giver, figure and recipient go in step
        # ("C and D received N and M masks from A and B respectively": the other way round)
        givers, takers = before[-len(nums):], after[:len(nums)]
        if _RECEIPT_VERB.search(text, a, fig.start()):
            givers, takers = takers, givers
        out = []
        for giver, taker, n in zip(givers, takers, nums):
            items = [i.model_copy(update={"quantity": n}) if i.quantity else i.model_copy() for i in ev.items]
            out.append(ev.model_copy(update={"from_": [_actor(giver)], "to": [_actor(taker)], "items": items},
                                     deep=True))
        ev.from_, ev.to, ev.items = out[0].from_, out[0].to, out[0].items
        return out[1:]
    if len(after) >= len(nums):
        names = after[:len(nums)]
    elif len(before) >= len(nums):
        names = before[-len(nums):]
    else:
        return []
    # the side the list fills: where the reader put one of its names, else by the verb
    keys = {m.key for m in names}
    if keys & {x.key for x in ev.to}:
        field = "to"
    elif keys & {x.key for x in ev.from_}:
        field = "from_"
    elif names is after:
        field = "to"
    else:
        field = "to" if _RECEIPT_VERB.search(text, a, fig.start()) else "from_"
    other = "from_" if field == "to" else "to"
    setattr(ev, other, [x for x in getattr(ev, other) if x.key not in keys])
    out = []
    for name, n in zip(names, nums):
        actor = _actor(name)
        items = [i.model_copy(update={"quantity": n}) if i.quantity else i.model_copy() for i in ev.items]
        out.append(ev.model_copy(update={field: [actor], "items": items}, deep=True))
    setattr(ev, field, getattr(out[0], field))
    ev.items = out[0].items
    return out[1:]


def _respective_items(text: str, a: int, b: int, ev: Event, actors: list[ActorMention]) -> list[Event]:
    """``A and B donated N gowns and M masks respectively to C``: one kind of goods from each giver, in step
    (``to A and B respectively``: one kind to each receiver)."""
    resp = _RESPECTIVELY.search(text, a, b)
    fig = _ONE_FIGURE.search(text, a, b)
    if resp is None or fig is None:
        return []
    n = len(ev.items)
    before = _unique([m for m in _mentions(text, a, fig.start(), actors)])
    after = _unique(_mentions(text, resp.end(), b, actors))
    if len(before) == n and len(after) < n and re.search(r"\band\s+$", text[before[-2].end:before[-1].start]):
        field, names = "from_", before
    elif len(after) == n and len(before) < n:
        field, names = "to", after
    else:
        return []
    if {m.key for m in names} & {x.key for x in getattr(ev, "to" if field == "from_" else "from_")}:
        return []
    out = [ev.model_copy(update={field: [_actor(m)], "items": [item.model_copy()]}, deep=True)
           for m, item in zip(names, ev.items)]
    setattr(ev, field, getattr(out[0], field))
    ev.items = out[0].items
    return out[1:]


#: "..., including 30,000 to X and 20,000 to Y": a share of a total, with its own figure and recipient
_SHARE = re.compile(r"(?:\b(?:including|among\s+them|of\s+which)\s+|,?\s+and\s+|,\s+)(?P<n>\d[\d,.]*(?:\s+(?:million|thousand))?)"
                    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:masks|gowns|suits|gloves|respirators|kits|pieces))?\s+(?:went\s+)?"
                    r"(?:to|for)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")


def _itemised_shares(text: str, a: int, b: int, ev: Event, actors: list[ActorMention]) -> list[Event]:
    """``X has given 200,000 masks to 12 partners, including 30,000 to Y``: the total stays an aggregate and
    each share named with its figure and place is a gift of its own."""
    inc = re.search(r"\b(?:including|among\s+them|of\s+which)\b", text[a:b])
    counted = [i for i in ev.items if i.quantity]
    if inc is None or len({i.item for i in counted}) != 1:
        return []
    givers = {x.key for x in ev.from_}
    giver_countries = {_country(k) or "" for k in givers}
    out = []
    for m in _mentions(text, a + inc.start(), b, actors):
        if not m.key or m.key in givers or m.level == "country" and m.country in giver_countries:
            continue
        share = _SHARE.search(text, max(a + inc.start(), m.start - 60), m.start)
        n = _number(share.group("n")) if share else None
        if n is None:
            continue
        item = counted[0].model_copy(update={"quantity": n})
        out.append(ev.model_copy(update={"type": "donation", "of": None, "partners_count": None,
                                         "countries_count": None, "events_count": None, "to": [_actor(m)],
                                         "items": [item], "money": []}, deep=True))
    shared = {x.key for e in out for x in e.to}
    ev.to = [x for x in ev.to if x.key not in shared]  # the total's partners are the ones it counts, unnamed
    return out


def _pairs_in_step(text: str, a: int, b: int, actors: list[ActorMention]) -> bool:
    """``A and B sent 3,000 and 2,000 masks to C``, ``A sent 3,000 and 2,000 masks to B and C`` say
    "respectively" without the word: bare figures listed before one item noun, and exactly as many names
    listed on one side."""
    fig = _FIGURES.search(text, a, b)
    if fig is None or not _ITEM_NEXT.match(text, fig.end()):
        return False
    n = len(_ONE_FIGURE.findall(fig.group("nums")))
    before = _unique([m for m in _mentions(text, a, fig.start(), actors) if m.key])
    after = _unique([m for m in _mentions(text, fig.end(), b, actors) if m.key])
    return n >= 2 and any(len(side) == n and bool(_LISTED.fullmatch(text, side[0].end, side[-1].start))
                          for side in (before, after))


_ITEM_NEXT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:masks|gowns|suits|gloves|respirators|kits|goggles|ventilators|"
                        r"thermometers|face\s+shields|coveralls|pieces|sets|boxes)\b")
#: the names of one list: "A and B", "A, B and C"
_LISTED = re.compile(r"(?:,?\s*(?:and\s+)?[^,.;]{0,30}?)*")


def _named_givers(text: str, a: int, b: int, ev: Event, actors: list[ActorMention]) -> list[Event]:
    """``Three provinces - A, B and C - have each donated N masks to X``: a count whose partners are all
    named is no total: one gift from each."""
    to_keys = {x.key for x in ev.to}
    names = _unique([m for m in _mentions(text, a, b, actors) if m.key not in to_keys])
    if len(names) < 2 or (ev.partners_count and ev.partners_count != len(names)) or not ev.to:
        return []
    if len({m.country for m in names}) != 1:
        return []
    gifts = [ev.model_copy(update={"type": "donation", "of": None, "partners_count": None, "countries_count": None,
                                   "from_": [_actor(m)]}, deep=True) for m in names]
    for k in ("type", "of", "partners_count", "countries_count", "from_"):
        setattr(ev, k, getattr(gifts[0], k))
    return gifts[1:]


def _paired_lists(text: str, a: int, b: int, ev: Event, actors: list[ActorMention]) -> list[Event]:
    """``A and B got 5,000 masks apiece from their partners, C and D, respectively``: A from C, B from D."""
    if len(ev.to) >= 2 and not ev.from_:
        frm = re.search(r"\bfrom\b", text[a:b])
        if frm is not None:
            to_keys = {x.key for x in ev.to}
            ev.from_ = [_actor(m) for m in _unique(_mentions(text, a + frm.end(), b, actors)) if m.key not in to_keys]
    if len(ev.to) < 2 or len(ev.from_) != len(ev.to):
        return []
    pairs = list(zip(ev.from_, ev.to))
    ev.from_, ev.to = [pairs[0][0]], [pairs[0][1]]
    return [ev.model_copy(update={"from_": [f], "to": [t]}, deep=True) for f, t in pairs[1:]]


def _one_each(ev: Event) -> list[Event]:
    """``separately donated masks to A and B``: one gift per recipient (or per donor)."""
    field = "to" if len(ev.to) > 1 else "from_"
    sides = list(getattr(ev, field))
    setattr(ev, field, [sides[0]])
    return [ev.model_copy(update={field: [x]}, deep=True) for x in sides[1:]]


def _unique(xs: list) -> list:
    """``xs`` (actors or mentions: anything with a ``key``) with each key once, first kept."""
    seen, out = set(), []
    for x in xs:
        if x.key not in seen:
            seen.add(x.key)
            out.append(x)
    return out


def _number(s: str) -> Optional[float]:
    m = re.match(r"([\d,.]+)\s*(million|thousand)?", s)
    try:
        n = float(m.group(1).replace(",", ""))
    except (AttributeError, ValueError):
        return None
    return n * {"million": 1e6, "thousand": 1e3}.get(m.group(2) or "", 1)


# ------------------------------------------------------------ gifts told in speech
#: A speaker's past gift in the first person inside a quotation: ``we sent them 5,000 gowns``,
#: ``we had donated disinfectant to them``; ``they sent us ...`` runs the other way.
_SPOKEN_GIFT = re.compile(
    r"\b(?P<subj>[Ww]e|I|[Tt]hey|[Yy]ou)\s+(?:(?:have|had|also|then|just|already|quickly|immediately|once)\s+)*"
    r"(?P<verb>sent|donated|shipped|gave|delivered|mailed|airlifted)\s+(?P<obj>them|us|you|our\s+friends)?\b"
    r"(?P<rest>[^.;!?\"”]*)")
_SPOKEN_PLAN = re.compile(r"\b(?:will|would|could|should|might|hope|plan|want|wish|if)\b[^.;!?]*$", re.I)
_QUOTE = re.compile(r"[\"“][^\"”\n]{10,}[\"”]")


def spoken_gifts_en(clean, original: str, actors: list[ActorMention], publisher: Optional[ActorMention],
                    dates: list, told: list[Event]) -> list[Event]:
    """Past gifts a speaker of the page's city tells in the first person (``"When they needed help in
    February, we sent them 5,000 gowns," the mayor said``): from the page's city to its partner (or
    back, for ``they sent us``); the speaker of the partner's side (the partner named after the
    quotation, the page's city not) turns the sides. Gifts already told for the same sides are left
    to the page's own telling."""
    if publisher is None or not publisher.key or publisher.level == "country":
        return []
    text = clean.text
    home = _actor(publisher)
    partner = counterpart([home], actors)
    if partner is None:
        return []
    out: list[Event] = []
    for q in _QUOTE.finditer(text):
        tail = text[q.end():q.end() + 120].split(".")[0]
        named = {m.key for m in actors if q.end() <= m.start < q.end() + len(tail)}
        we, they = (home, partner) if not (partner.key in named and home.key not in named) else (partner, home)
        for m in _SPOKEN_GIFT.finditer(text, q.start(), q.end()):
            if _SPOKEN_PLAN.search(text, q.start(), m.start()) or _SPOKEN_PLAN.search(text[max(q.start(), m.start() - 40):m.start()]):
                continue
            first = m.group("subj").lower() in ("we", "i")
            obj = (m.group("obj") or "").lower()
            if first == (obj in ("us",)) or (not obj and not re.match(r"\s*[^.;]{0,60}?\bto\s+(?:them|you|our)\b",
                                                                        m.group("rest"))):
                continue  # "we sent us", or no recipient said: not a gift between the two sides
            a, b = m.start(), m.end()
            lines = itemize_en(text, m.start("rest"), b)
            if not lines:
                continue
            frm, to = (we, they) if first else (they, we)
            if any(e.type == "donation" and {x.key for x in e.from_} == {frm.key} and {x.key for x in e.to} == {to.key}
                   and any(i.quantity for i in e.items) and not any(ln.quantity for ln in lines) for e in told):
                continue
            s0 = max(q.start() + 1, text.rfind(".", q.start(), a) + 1)
            got = event_date_en(text, [d for d in dates if s0 <= d.start < b], s0, b, m.start("verb"))
            o0, o1 = clean.original_span(s0, b)
            raw = original[o0:o1]
            o0 += len(raw) - len(raw.lstrip())
            evidence = raw.strip().rstrip(".,")
            out.append(Event(type="donation", **{"from": [frm.model_copy()], "to": [to.model_copy()]},
                             date=DateRef(value=got[0], qualifier=got[1]) if got else None,
                             items=[ItemQty(item=ln.item, quantity=ln.quantity, unit=ln.unit,
                                            **({"qualifier": ln.qualifier} if ln.qualifier else {})) for ln in lines],
                             evidence=evidence, evidence_span=(o0, o0 + len(evidence))))
    return out
