"""One event per fact within a document.

Pages repeat themselves: the lead paragraph restates the body, a section
heading restates a sentence, a later sentence refers back to a gift already
told ("该批物资…").  Two events of one document are the same fact when they
have the same type (and ``of``), the same parties, the same message kind, and
nothing that contradicts: dates equal or one missing, the same quantities
where both give them, the same counts for totals.  The merged event keeps the
first evidence and fills what it lacked from the other.
"""
from __future__ import annotations

import datetime as _dt
import re

from cityaid.model import Event


def _keys(actors) -> frozenset:
    return frozenset(a.key or a.name for a in actors)


def _quantities(e: Event) -> dict:
    return {i.item: i.quantity for i in e.items if i.quantity is not None}


def _mask_kinds_folded(qa: dict, qb: dict) -> tuple[dict, dict]:
    """A bare mask count (口罩3万片, "30,000 masks") restating the one kind of mask told elsewhere
    (医疗口罩3万片, "30,000 surgical masks") with the same figure: both read as ``mask``."""
    for x, y in ((qa, qb), (qb, qa)):
        if "mask" in x and "mask" not in y:
            kinds = [k for k in y if k.endswith("mask")]
            if len(kinds) == 1 and y[kinds[0]] == x["mask"]:
                y = dict(y)
                y["mask"] = y.pop(kinds[0])
                return (x, y) if x is qa else (y, x)
    return qa, qb


def _content(e: Event) -> set[str]:
    """What was given, as far as it is specific: items and currencies (unquantified 物资 tells nothing)."""
    # (a kind of mask is a mask: 物资交接 of 口罩 is the gift of 医用口罩 and N95 told before; figures still decide)
    return {"mask" if i.item.endswith("mask") else i.item for i in e.items
            if not (i.item == "supplies" and i.quantity is None)} | {"money:" + m.currency for m in e.money}


def _within_country(a: frozenset, b: frozenset) -> bool:
    """A side named only by its country (送往日本的物资) may be the partner named in full elsewhere (埼玉县)."""
    def countries(keys):
        return {k.split("/")[0] for k in keys if k}
    return bool(a) and bool(b) and (all(k and "/" not in k for k in a) and countries(b) <= a
                                    or all(k and "/" not in k for k in b) and countries(a) <= b)


def _status_of_earlier(a: Event, b: Event, ca: set, cb: set) -> bool:
    """现在,给友城的物资都已运到: goods told only as 物资, dated by "now" (as_of), report on a gift
    told before with its figures; the later date is when the state was reported, not a second gift."""
    return a.type == "donation" and any(
        x.date.qualifier == "as_of" and not cx and not x.money and cy
        for x, cx, cy in ((a, ca, cb), (b, cb, ca)))


#: A handover told without goods this many days after the itemised gift's day is that gift handed over.
HANDOVER_DAYS = 7


def _handover_of_earlier(a: Event, b: Event, ca: set, cb: set) -> bool:
    """"On April 13 X attended the handover of the supplies donated by Y": goods told only as supplies,
    a few days after a gift between the same pair told with its figures, are that gift handed over."""
    if a.type != "donation" or a.money or b.money or bool(ca) == bool(cb) or not (a.date and b.date):
        return False
    bare, full = (a, b) if not ca else (b, a)
    try:
        late = _dt.date.fromisoformat(bare.date.value) - _dt.date.fromisoformat(full.date.value)
    except ValueError:  # a month or a year only
        return False
    return 0 < late.days <= HANDOVER_DAYS


def _compatible(a: Event, b: Event) -> bool:
    if a.type != b.type or a.of != b.of or (a.kind and b.kind and a.kind != b.kind):
        return False  # a letter of unknown kind may be the thanks told again; thanks and condolence differ
    if a.type == "message" and a.medium and b.medium and a.medium != b.medium:
        return False  # a letter and a video (or a call) are two messages
    if _keys(a.from_) != _keys(b.from_):
        return False
    ta, tb = _keys(a.to), _keys(b.to)
    if ta != tb and ta and tb and not (a.type == "aggregate" and ta & tb) and not (
            a.type != "aggregate" and _within_country(ta, tb)):
        return False  # an unnamed recipient ("the supplies were shipped on April 1") may be the one named before
    ca, cb = _content(a), _content(b)
    if a.date and b.date and a.date.value != b.date.value and not _status_of_earlier(a, b, ca, cb) \
            and not _handover_of_earlier(a, b, ca, cb):
        return False
    if ca and cb and not ca & cb:
        return False  # masks and a cash gift between the same pair are two gifts
    qa, qb = _mask_kinds_folded(_quantities(a), _quantities(b))
    if any(k in qb and qb[k] != v for k, v in qa.items()):
        return False
    if qa and qb and not (set(qa) <= set(qb) or set(qb) <= set(qa)):
        return False  # a headline may name one item of the gift the body itemises
    for f in ("countries_count", "partners_count", "events_count"):
        va, vb = getattr(a, f), getattr(b, f)
        if va is not None and vb is not None and va != vb:
            return False
    if a.type == "aggregate":
        for x, y in ((a, b), (b, a)):
            n = x.partners_count or x.countries_count
            if n is not None and not x.to and len(y.to) >= 2 and len(y.to) != n:
                return False  # 向30个友城捐赠… / 向A、B、C、D 4家友城捐赠…: two totals, not one told twice
    return True


def _richness(e: Event) -> tuple:
    """How much an event tells: a dated, quantified statement beats a headline restating it."""
    return (sum(i.quantity is not None for i in e.items) + len(e.money), e.date is not None and e.date.qualifier == "on",
            e.date is not None, len(e.to), len(e.items))


def _absorb(keep: Event, other: Event) -> Event:
    if _richness(other) > _richness(keep):
        keep, other = other, keep
    upd = {}
    if keep.date is None and other.date is not None:
        upd["date"] = other.date
    if not keep.items and other.items:
        upd["items"] = other.items
    elif other.items:
        have = {i.item for i in keep.items}
        known = {i.item: i for i in other.items if i.quantity is not None}
        items = [known.get(i.item, i) if i.quantity is None else i for i in keep.items]
        items += [i for i in other.items if i.item not in have
                  and not (i.item == "supplies" and i.quantity is None)  # a headline's 物资 adds nothing
                  and not (i.item == "mask" and any(h.item.endswith("mask") and i.quantity in (None, h.quantity)
                                                    for h in keep.items))]
        if items != keep.items:
            upd["items"] = items
    if not keep.money and other.money:
        upd["money"] = other.money
    if keep.value is None and other.value is not None:
        upd["value"] = other.value
    if len(other.to) > len(keep.to) and (keep.type == "aggregate" or not keep.to):
        upd["to"] = other.to
    elif keep.to and other.to and all(a.key and "/" not in a.key for a in keep.to) \
            and any(a.key and "/" in a.key for a in other.to):
        upd["to"] = other.to  # the partner named in full, not only its country
    for f in ("countries_count", "partners_count", "events_count", "medium", "requested", "kind"):
        if getattr(keep, f) is None and getattr(other, f) is not None:
            upd[f] = getattr(other, f)
    return keep.model_copy(update=upd) if upd else keep


def _told_per_partner(e: Event, others: list[Event]) -> bool:
    """A shipment of unquantified goods to several partners whose gifts are then told one by one
    (物资发往A和B。向A捐赠N1,向B捐赠N2): the itemised gifts are the facts, the shipment only groups them."""
    if e.type != "donation" or len(e.to) < 2 or _content(e) or e.money:
        return False
    same = [o for o in others if o is not e and o.type == e.type and _keys(o.from_) == _keys(e.from_)
            and _content(o) and _keys(o.to) < _keys(e.to) and (o.date is None or e.date is None or o.date == e.date)]
    return bool(same) and set().union(*(_keys(o.to) for o in same)) == set(_keys(e.to))


def dedupe(events: list[Event]) -> list[Event]:
    """Merge events of one document that state the same fact; order of first mention is kept.

    Only events of the same type and giver, and of the same date or an
    unknown one, can be one fact, so each is compared with those alone:
    near-linear for long documents.
    """
    out: list[Event] = []
    blocks: dict[tuple, dict] = {}
    for e in events:
        key = (e.type, e.of, _keys(e.from_))
        block = blocks.setdefault(key, {"all": [], "undated": [], "by_date": {}})
        if e.date is None or (e.date.qualifier == "as_of" and not _content(e)) or e.type == "donation":
            cands = block["all"]  # (a gift may be handed over days after it was told: any day is compared)
        else:
            cands = sorted(block["by_date"].get(e.date.value, []) + block["undated"])
        for i in cands:
            if _compatible(out[i], e):
                was_undated = out[i].date is None
                out[i] = _absorb(out[i], e)
                if was_undated and out[i].date is not None:
                    block["undated"].remove(i)
                    block["by_date"].setdefault(out[i].date.value, []).append(i)
                break
        else:
            i = len(out)
            out.append(e)
            block["all"].append(i)
            if e.date is None:
                block["undated"].append(i)
            else:
                block["by_date"].setdefault(e.date.value, []).append(i)
    out = _country_restatements(out)
    return [e for e in out if not _told_per_partner(e, out)]


#: a country named by its government or a national body gives on its own account
_NATIONAL_BODY = re.compile(r"政府|[Gg]overnment|[Mm]inistry|部$")


def _country_restatements(events: list[Event]) -> list[Event]:
    """A gift whose giver is named only by its country and whose goods only as supplies ("the deputy mayor
    received the supplies from China"), on the day of a gift told in full by a place of that country to the
    same partner, is that gift told again (its giver's country for the giver)."""
    drop = set()
    sides = [(_keys(e.from_), _keys(e.to)) for e in events]  # (once per event, not per pair)
    for i, e in enumerate(events):
        if e.type != "donation" or _content(e) or e.money or not e.from_ \
                or any(not a.key or "/" in a.key for a in e.from_):
            continue
        if e.value is not None or any(_NATIONAL_BODY.search(a.name or "") for a in e.from_):
            continue  # 越南政府向中方提供了价值50万美元的物资: the state's own gift, with its worth, is no restatement
        giver, to = sides[i]
        for j, o in enumerate(events):
            if j == i or j in drop or o.type != "donation" or not _content(o) or not o.from_:
                continue
            o_giver, o_to = sides[j]  # (a copy below changes only the date)
            if not _within_country(giver, o_giver) or giver == o_giver:
                continue
            if to and o_to and to != o_to and not _within_country(to, o_to):
                continue
            if e.date and o.date and e.date.value != o.date.value:
                continue
            drop.add(i)
            if o.date is None and e.date is not None:
                events[j] = o.model_copy(update={"date": e.date})
            break
    return [e for k, e in enumerate(events) if k not in drop]
