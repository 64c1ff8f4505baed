"""Keep a party on one side of an event.

Role readers of both languages can put the same place on both sides ("Daegu
received masks donated by Qingdao" read with Daegu as subject and Qingdao as
the ``by`` source).  A place does not give to itself: where it stands on both
sides and the other side has someone else, it stays only where it is alone
or is the recipient by position; an event left with the same single place on
both sides says nothing and is dropped.
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


def tidy_all(events: list[Event]) -> list[Event]:
    return [e for e in (tidy_sides(x) for x in events) if e is not None and not _domestic(e)]
