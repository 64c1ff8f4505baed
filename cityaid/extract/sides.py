"""Keep a party on one side of an event.

Role readers of both languages can put the same place on both sides ("Daegu
received masks donated by Qingdao" read with Daegu as subject and Qingdao as
the ``by`` source).  A place does not give to itself: where it stands on both
sides and the other side has someone else, it stays only where it is alone
or is the recipient by position; an event left with the same single place on
both sides says nothing and is dropped.  Aid inside one country (a country to
its own town) is aid at home, and on a page about Chinese places and their
partners an act between two bystanders is background, not the story's.
"""
from __future__ import annotations

from cityaid.model import Event


def _key(a) -> str:
    return a.key or a.name


def tidy_sides(event: Event) -> Event | None:
    frm, to = list(event.from_), list(event.to)
    both = {_key(a) for a in frm} & {_key(a) for a in to}
    if not both:
        return event
    if len(frm) > 1:
        frm = [a for a in frm if _key(a) not in both] or frm
    if len(to) > 1 and {_key(a) for a in frm} & {_key(a) for a in to}:
        to = [a for a in to if _key(a) not in {_key(x) for x in frm}] or to
    if {_key(a) for a in frm} == {_key(a) for a in to}:
        return None
    return event.model_copy(update={"from_": frm, "to": to})


# Hong Kong and Macau have their own keys (HK, MO), but aid between them and the mainland is aid at home
_HOME_REGIONS = {"HK": "CN", "MO": "CN"}
# what one side sends the other (a message or a meeting between two home places may be a misread side)
_GIVEN = ("donation", "medical_team")


def _domestic(event: Event) -> bool:
    """湖北…支援武汉 / 广州支援湖北 / 对口支援随州 / 深圳支援香港: both sides places inside one country
    (neither the country itself) is aid at home, not aid between partners abroad, which is what the
    genre's events are; a total or a team sent at home is no more the genre's than a gift.  A message, a
    meeting or a request whose sender is a place inside the country of everyone it names (湖北 writing to
    武汉, a prefecture thanking its own nation) is no exchange between partners either: at best a side
    misread, which pairs with nothing.  (China's own mission asking its province for help, 驻外使馆
    请求四川, keeps the nation as the sender and stays; a foreign nation and its own town do not.)"""
    keys = [a.key or "" for a in list(event.from_) + list(event.to)]
    if not event.from_ or not event.to or not all(keys):
        return False
    if len({_HOME_REGIONS.get(k.split("/")[0], k.split("/")[0]) for k in keys}) != 1:
        return False
    if event.type in _GIVEN and all("/" in k or k in _HOME_REGIONS for k in keys):
        return True
    if all("/" in (a.key or "") or a.key in _HOME_REGIONS for a in event.from_):
        return True
    # a foreign nation giving to or writing to its own places (Kazakhstan's aid read as bound for Almaty) is no
    # exchange with China's places either; only China's own missions ask their provinces (the genre's one case)
    return keys[0].split("/")[0] not in ("CN", *_HOME_REGIONS)


_CHINA = ("CN", "HK", "MO")


def _chinese(event: Event) -> bool:
    return any((a.key or "").split("/")[0] in _CHINA for a in list(event.from_) + list(event.to))


def drop_bystanders(events: list[Event]) -> list[Event]:
    """据悉,德国也向西班牙派出了医生: on a page whose story is aid between Chinese places and their partners,
    an act between two other parties, neither of whom takes part in any of the page's acts with a Chinese side,
    is background (what third countries did meanwhile), not one of the story's exchanges.  A page with no act of
    a Chinese side (a foreign province and its partners, Taiwan's gifts) keeps its own story."""
    cast = {a.key for e in events if _chinese(e) for a in list(e.from_) + list(e.to) if a.key}
    if not cast:
        return events
    return [e for e in events if _chinese(e) or {a.key for a in list(e.from_) + list(e.to) if a.key} & cast]


#: acts that are always between two named sides (a total, or goods whose taker is left to the reader, may not be)
_TWO_SIDED = ("message", "consultation", "request", "medical_team")


def _one_sided(event: Event) -> bool:
    """医生多次通过视频会议,同国外友好城市的医护人员交流心得: a meeting, letter, ask or team with no party at all on
    one side (its partners told only as a class, none named and none counted) is a summary of the story, not
    one of its acts; a counted one is read as a total elsewhere."""
    return event.type in _TWO_SIDED and (not event.from_ or not event.to)


def tidy_all(events: list[Event]) -> list[Event]:
    return drop_bystanders([e for e in (tidy_sides(x) for x in events)
                            if e is not None and not _domestic(e) and not _one_sided(e)])
