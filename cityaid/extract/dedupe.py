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


def _with_its_country(a: frozenset, b: frozenset) -> bool:
    """感谢A市 / 感谢中国政府、尤其是A市: thanks to a partner, and to its country along with it, are one thanks."""
    small, big = (a, b) if len(a) < len(b) else (b, a)
    extra = big - small
    return bool(small) and small < big and all(k and "/" not in k for k in extra) \
        and extra <= {k.split("/")[0] for k in small if k}


def _status_of_earlier(a: Event, b: Event, ca: set, cb: set) -> bool:
    """现在,给友城的物资都已运到: goods told only as 物资, dated by "now" (as_of), report on a gift
    told before with its figures; the later date is when the state was reported, not a second gift."""
    return a.type == "donation" and any(
        x.date.qualifier == "as_of" and not cx and not x.money and cy
        for x, cx, cy in ((a, ca, cb), (b, cb, ca)))


#: A handover told without goods this many days before or after the itemised gift's day is that gift.
HANDOVER_DAYS = 7


def _handover_of_earlier(a: Event, b: Event, ca: set, cb: set) -> bool:
    """"On April 13 X attended the handover of the supplies donated by Y": goods told only as supplies,
    within HANDOVER_DAYS before or after a gift between the same pair told with its figures, are that gift
    (handed over after it, or delivered on its day before the itemised report of it)."""
    if a.type != "donation" or a.money or b.money or not (a.date and b.date):
        return False
    counted = [x for x in (a, b) if any(i.quantity is not None for i in x.items)]
    if len(counted) != 1:
        return False
    full = counted[0]
    bare, c_bare, c_full = (b, cb, ca) if full is a else (a, ca, cb)
    if c_bare and not c_bare & c_full:
        return False
    if _day_of_its_month(full, bare):
        return True
    try:
        late = _dt.date.fromisoformat(bare.date.value) - _dt.date.fromisoformat(full.date.value)
    except ValueError:  # a month or a year only
        return False
    # (the delivery told on its day a few days before the week's itemised report of it is the same goods)
    return 0 < abs(late.days) <= HANDOVER_DAYS


def _day_of_its_month(full: Event, bare: Event) -> bool:
    """北京3月上旬向首尔回赠了10万个口罩。…物资于3月10日运抵: goods told only as goods, on a day of the month the
    itemised gift between the same pair is told in, are that gift arriving (its day)."""
    return (full.date.qualifier == "approx" and len(full.date.value) == 7 and len(bare.date.value) == 10
            and bare.date.qualifier == "on" and bare.date.value.startswith(full.date.value)
            and not any(i.quantity is not None for i in bare.items))


# 9月以来,X陆续向A、B等友城寄去物资: an overview of gifts over a period, not one gift
_OVER_A_PERIOD = re.compile(r"以来|陆续|陸續|先后|先後|多批|分批|等(?:国|國|地|友城|城市|友好城市)|\bsince\b|\bseveral\b|\bbatches\b")


def _summary_in_its_month(a: Event, b: Event, ca: set, cb: set) -> bool:
    """今年2月,A筹集物资驰援B。2月14日,B收到A捐赠的1万只口罩: a gift told first by its month and no goods,
    then with its day and figures, is one gift (the month holds the day)."""
    if a.type != "donation" or a.money or b.money:
        return False
    for x, cx, y, cy in ((a, ca, b, cb), (b, cb, a, ca)):
        if not cx and cy and len(x.date.value) == 7 and y.date.value.startswith(x.date.value + "-") \
                and not _OVER_A_PERIOD.search(x.evidence or ""):
            return True
    return False


#: the words of a Chinese message of unknown kind: thanks, or sympathy only
_THANKS_WORDS = re.compile(r"感谢|感謝|致谢|致謝|谢意|謝意|谢谢|謝謝")
_SYMPATHY_WORDS = re.compile(r"慰问(?!金|品|物资|款|袋|包)|慰問(?!金|品|物資|款|袋|包)")


def _words_kind(e: Event):
    words = e.evidence or ""
    if _THANKS_WORDS.search(words):
        return "thanks"
    return "condolence" if _SYMPATHY_WORDS.search(words) else None


def _compatible(a: Event, b: Event) -> bool:
    if a.type != b.type or a.of != b.of or (a.kind and b.kind and a.kind != b.kind):
        return False  # a letter of unknown kind may be the thanks told again; thanks and condolence differ
    if a.type == "message" and a.medium and b.medium and a.medium != b.medium:
        return False  # a letter and a video (or a call) are two messages
    if a.type == "message" and not (a.kind and b.kind) and _words_kind(a) and _words_kind(b) \
            and (a.kind or _words_kind(a)) != (b.kind or _words_kind(b)):
        return False  # 致信…表示感谢 / 曾致函…表示慰问: letters of unknown kind whose words differ are two letters
    if _keys(a.from_) != _keys(b.from_):
        return False
    ta, tb = _keys(a.to), _keys(b.to)
    if ta != tb and ta and tb and not (a.type == "aggregate" and ta & tb) and not (
            a.type != "aggregate" and _within_country(ta, tb)) and not (
            a.type == "message" and _with_its_country(ta, tb)):
        return False  # an unnamed recipient ("the supplies were shipped on April 1") may be the one named before
    if a.type == "donation" and _other_batches(a, b):
        return False
    ca, cb = _content(a), _content(b)
    if a.date and b.date and a.date.value != b.date.value and not _status_of_earlier(a, b, ca, cb) \
            and not _handover_of_earlier(a, b, ca, cb) and not _summary_in_its_month(a, b, ca, cb):
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


# 首批 / 第一批 / 第二批 / 第3批: the batch a gift is told as
_BATCH = re.compile(r"(首|头|頭)批|第([一二三四五六七八九十1-9])批")
_ORDINAL = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {str(i): i for i in range(1, 10)}
# 此前,… / 早前… / 在此之前…: a sentence telling an earlier gift than the one just told
_EARLIER_LEAD = re.compile(r"\s*(?:[\d一二三四五六七八九十]{1,2}月[^,，。]{0,6}?)?(?:此前|之前|早前|先前|在此之前|此前不久)")
# 再次 / 又向 / 又一批 / 再度: a gift told as one more after another
_ONE_MORE = re.compile(r"再次|再度|又向|又给|又為|又为|又一批|再向|再为|再給|再给")


def _batch_number(e: Event) -> int | None:
    """The one batch ordinal the evidence tells (None where it tells none, or several)."""
    found = {1 if m.group(1) else _ORDINAL[m.group(2)] for m in _BATCH.finditer(e.evidence or "")}
    return found.pop() if len(found) == 1 else None


#: 部分企业也向… / 当地商会亦…: bodies of the place giving as well, beside the place's own gift
_BODIES_TOO = re.compile(r"(?:企业|公司|商会|协会|团体|社团|机构|华侨|侨胞|爱心人士)(?:[^,，。;；向]{0,4}?)(?:也|亦|还|還)(?:[^,，。;；]{0,4}?)(?:向|给|給|为|為)")


def _other_batches(a: Event, b: Event) -> bool:
    """A的第二批物资运抵B / 此前,A曾向B捐赠首批物资: two batches between the same pair are two gifts,
    though the later sentence takes the earlier one's day (a sentence telling of an earlier gift, 此前…,
    beside one told as a further batch, 第二批/再次)."""
    if not a.evidence or not b.evidence or a.evidence == b.evidence:
        return False
    na, nb = _batch_number(a), _batch_number(b)
    if na is not None and nb is not None and na != nb:
        return True
    if bool(_BODIES_TOO.search(a.evidence)) != bool(_BODIES_TOO.search(b.evidence)):
        return True  # (…物资启运,发往B。另悉,A部分企业也向B捐赠了消毒液: the place's firms gave too, a gift of their own)
    for x, y, ny in ((a, b, nb), (b, a, na)):
        if _EARLIER_LEAD.match(x.evidence) and not _EARLIER_LEAD.match(y.evidence) \
                and ((ny or 0) >= 2 or _ONE_MORE.search(y.evidence)):
            return True
    return False


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
    elif keep.type == "donation" and keep.date is not None and other.date is not None \
            and _day_of_its_month(keep, other):
        upd["date"] = other.date  # (the gift told by its month, its arrival by the day: the day)
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
    elif keep.type == "message" and _with_its_country(_keys(keep.to), _keys(other.to)) \
            and len(other.to) > len(keep.to):
        upd["to"] = other.to  # (感谢中国政府、尤其是A市: the thanks went to both)
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
    out = [e for e in out if not _told_per_partner(e, out)]
    return _taken_in_by_receiver(_one_sentence_twice(_answered_requests(_one_tally(_overviews_restating(out)))))


def _taken_in_by_receiver(events: list[Event]) -> list[Event]:
    """我市向甲、乙两市发运口罩5万只,由甲市统一接收后分送乙市: the receiver of the gift told takes the goods in
    (由X接收); read as a gift of its own from X, with no goods and the sides of the gift reversed, it is none."""
    out = []
    for e in events:
        gift = next((o for o in events if o is not e and o.type == "donation" and o.evidence == e.evidence
                     and _keys(e.from_) and _keys(e.from_) <= _keys(o.to) and _keys(e.to) <= _keys(o.from_)), None) \
            if e.type == "donation" and e.evidence and not e.items and not e.money else None
        if gift is not None and any(re.search("(?:由|經由|经由)" + re.escape(a.name) + r"[^,，。;；]{0,6}?(?:接收|接受|簽收|签收|收取|統一接收)",
                                              e.evidence) for a in e.from_ if a.name):
            continue
        out.append(e)
    return out


def _ends_before(x, y) -> bool:
    """The date ``x`` is over before the date ``y`` begins (2020-03 before 2020-04-08; 2020-04 not before 2020-04-17)."""
    return bool(x and y) and x.value < y.value and not y.value.startswith(x.value)


def _list_members(e: Event, events: list[Event]) -> list[Event]:
    """The other events read from ``e``'s sentence with its type and giver and another receiver (X的物资运抵A、B等国)."""
    if not e.evidence:
        return []
    return [o for o in events if o is not e and o.evidence == e.evidence and o.type == e.type
            and _keys(o.from_) == _keys(e.from_) and _keys(o.to) != _keys(e.to)]


#: 物资陆续运抵A、B等国: a reporter's overview of goods landed in a list of countries
_OVERVIEW_OF_LANDS = re.compile(r"(?:陆续|先后|陸續|先後)[^,，。;；]{0,6}?(?:运抵|送抵|抵达|运往|发往|送往|運抵|抵達|運往|發往)"
                                r"[^,，。;；]{2,30}?等(?:国|国家|國|國家|地)")


def _overviews_restating(events: list[Event]) -> list[Event]:
    """A reporter's overview (4月8日获悉, X的物资已陆续运抵A、B等国): goods untold, receivers a list, dated by the
    telling.  Where the gift to one of them is told on its own with a date over before the overview's, the overview
    of that receiver is that gift told again, not a later one.  (An overview whose period holds the gift's day,
    4月以来陆续送去…其中向A的3万只已于17日送达, tells of more than that gift and stays.)"""
    drop = set()
    for i, e in enumerate(events):
        if e.type != "donation" or e.money or any(it.quantity is not None for it in e.items) or not e.to \
                or not e.date:
            continue
        listed = bool(_list_members(e, events))
        # (四川的物资陆续运抵A、B等国 … 甲、乙等市和四川省的协会为A筹措物资: the overview's giver among the gift's)
        overview = bool(e.evidence and _OVERVIEW_OF_LANDS.search(e.evidence))
        if not listed and not overview:
            continue
        ce = _content(e)
        for o in events:
            if o is e or o.type != e.type or o.evidence == e.evidence:
                continue
            if not (listed and _keys(o.from_) == _keys(e.from_)) \
                    and not (overview and _keys(e.from_) < _keys(o.from_)):
                continue
            to, te = _keys(o.to), _keys(e.to)
            if not (to == te or _within_country(to, te)) or not (
                    _ends_before(o.date, e.date) or (o.date is None and _keys(e.from_) < _keys(o.from_))):
                continue
            if ce and _content(o) and not ce & _content(o):
                continue
            drop.add(i)
            break
    return [e for k, e in enumerate(events) if k not in drop]


def _one_tally(events: list[Event]) -> list[Event]:
    """收到来自21个国家的35个友城的慰问函电及捐赠: one count of partners read as a tally of messages and one of
    gifts is one tally (the one of messages kept).  Tallies with their own figures or counts are two."""
    out: list[Event] = []
    for e in events:
        for k, o in enumerate(out):
            if e.type == o.type == "aggregate" and e.of != o.of and e.evidence and e.evidence == o.evidence \
                    and _keys(e.from_) == _keys(o.from_) and _keys(e.to) == _keys(o.to) \
                    and (e.partners_count, e.countries_count) == (o.partners_count, o.countries_count) \
                    and (e.partners_count is not None or e.countries_count is not None) \
                    and not (e.items or e.money or o.items or o.money):
                keep, other = (o, e) if o.of == "message" or e.of != "message" else (e, o)
                upd = {f: getattr(other, f) for f in ("kind", "medium", "events_count")
                       if getattr(keep, f) is None and getattr(other, f) is not None}
                out[k] = keep.model_copy(update=upd) if upd else keep
                break
        else:
            out.append(e)
    return out


def _answered_requests(events: list[Event]) -> list[Event]:
    """应X请求, 3月27日Y与X举行视频会议: a request told in the sentence of the other side's answer, on its day, is
    the request told before on its own (X 3月20日致函Y, 希望…), not a second one."""
    drop = set()
    for i, r in enumerate(events):
        if r.type != "request" or not r.date or not r.evidence:
            continue
        answer = any(x.type != "request" and x.evidence == r.evidence and x.date and x.date.value == r.date.value
                     and _keys(x.from_) == _keys(r.to) and _keys(x.to) == _keys(r.from_) for x in events)
        if not answer:
            continue
        for j, o in enumerate(events):
            if j == i or j in drop or o.type != "request" or o.evidence == r.evidence \
                    or _keys(o.from_) != _keys(r.from_) or _keys(o.to) != _keys(r.to):
                continue
            if o.date and not (o.date.value <= r.date.value or r.date.value.startswith(o.date.value)):
                continue
            cr, co = _content(r), _content(o)
            if cr and co and not cr & co:
                continue
            drop.add(i)
            if not o.items and r.items:
                events[j] = o.model_copy(update={"items": r.items})
            break
    return [e for k, e in enumerate(events) if k not in drop]


def _same_place(a: str, b: str) -> bool:
    """KR/Dalseong and KR/Daegu/Dalseong: one place resolved with and without the level above it."""
    pa, pb = a.split("/"), b.split("/")
    return a == b or (len(pa) >= 2 and len(pb) >= 2 and pa[0] == pb[0] and pa[-1] == pb[-1] and len(pa) != len(pb))


def _same_side(a: list, b: list) -> bool:
    ka, kb = sorted(_keys(a)), sorted(_keys(b))
    return len(ka) == len(kb) and all(_same_place(x or "", y or "") for x, y in zip(ka, kb))


def _one_sentence_twice(events: list[Event]) -> list[Event]:
    """Two events read from one sentence whose sides differ only in how deep a place was resolved (a county with
    and without its city) are one fact, when nothing else tells them apart."""
    out: list[Event] = []
    for e in events:
        for k, o in enumerate(out):
            if e.evidence and e.evidence == o.evidence and e.type == o.type \
                    and (_keys(e.from_) != _keys(o.from_) or _keys(e.to) != _keys(o.to)) \
                    and _same_side(e.from_, o.from_) and _same_side(e.to, o.to) \
                    and _compatible(o, e.model_copy(update={"from_": o.from_, "to": o.to})):
                deep = o if sum(len(a.key or "") for a in o.from_ + o.to) >= sum(len(a.key or "") for a in e.from_ + e.to) else e
                merged = _absorb(o, e.model_copy(update={"from_": o.from_, "to": o.to}))
                out[k] = merged.model_copy(update={"from_": deep.from_, "to": deep.to})
                break
        else:
            out.append(e)
    return out


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
