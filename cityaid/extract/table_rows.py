"""Numbered rows of a table of gifts on a Chinese page: one gift per row.

A page that lists its gifts as a table (序号 受赠方 物资 数量 时间, one row
each: ``1 日本某县 口罩 10万只 4月9日发出``) names the giver once, in its
lead or as the page's owner; each row is a gift from that giver to the row's
partner, with the row's goods, quantity and date.  A row is read only where
the page has at least two such rows (a lone numbered line is a list item of
prose, read by the sentence reader).
"""
from __future__ import annotations

import re
from datetime import date

from cityaid.extract.actors import gathered
from cityaid.extract.dates import find_dates
from cityaid.extract.items import itemize
from cityaid.extract.quantities import find_quantities
from cityaid.model import Actor, CleanText, DateRef, Event, ItemQty

# 1 某国某市 物资 数量 日期: a row number, then cells apart by spaces or tabs (no sentence punctuation)
_ROW = re.compile(r"(?m)^[ \t]*\d{1,3}[ \t.、]+(?=\S)([^\n。，,；;！？]{4,80})$")
_COUNTED = re.compile(r"\d[\d.,]*[万千百亿]?(?:只|个|套|件|台|副|双|瓶|盒|箱|人份|份|片|顶|支|吨|批)")
#: a header cell naming who gave (序号 捐赠方 物资 …): the rows are gifts to the page's place, not from it
_GIVERS_COLUMN = re.compile(r"捐赠方|捐赠单位|捐赠者|来源")
#: a row that tells an ask or a need, not a gift
_ASKED = re.compile(r"需求|求助|请求|申请")


def _row_gift(text: str, a: int, b: int, giver, anchor: date | None, original: str, clean: CleanText,
              refs) -> Event | None:
    if _ASKED.search(text, a, b) or not _COUNTED.search(text, a, b):
        return None
    partners = [r for r in refs if a <= r.start < b and r.key and r.country and r.country != "CN"]
    if len({r.key for r in partners}) != 1:
        return None
    lines = itemize(text, a, b)
    counted = [ln for ln in lines if ln.quantity is not None]
    if counted:
        items = [ItemQty(item=ln.item, quantity=ln.quantity, unit=ln.unit, qualifier=ln.qualifier) for ln in counted]
    else:  # 口罩 10万只: the goods cell and the quantity cell apart (one of each)
        amounts = [q for q in find_quantities(text, a, b) if q.value is not None and not q.currency
                   and _COUNTED.match(text, q.start)]
        if len(lines) != 1 or len(amounts) != 1:
            return None
        q = amounts[0]
        items = [ItemQty(item=lines[0].item, quantity=q.value, unit=q.unit, qualifier=q.qualifier)]
    dates = [d for d in find_dates(text, anchor) if a <= d.start < b]
    when = DateRef(value=dates[0].value, qualifier=dates[0].qualifier) if len(dates) == 1 else None
    p = partners[0]
    oa, ob = clean.original_span(a, b)
    return Event(type="donation", date=when,
                 items=items,
                 money=[], evidence=original[oa:ob], evidence_span=(oa, ob),
                 **{"from": [Actor(key=giver.key, name=giver.surface, level=giver.level)]},
                 to=[Actor(key=p.key, name=p.name, level=p.level)])


def table_gifts(clean: CleanText, original: str, publisher, anchor: date | None = None) -> list[Event]:
    """The gifts of the page's numbered table rows, from the page's own place (``publisher``)."""
    text = clean.text
    if publisher is None or not getattr(publisher, "key", None) or not publisher.key.startswith("CN"):
        return []
    rows = [m for m in _ROW.finditer(text) if _COUNTED.search(m.group(1))]
    if len(rows) < 2:
        return []
    refs = gathered(text, publisher)  # (read only: the shared mentions, no copies)
    o0 = clean.original_span(rows[0].start(), rows[0].end())[0]  # (the header row is cleaned away as a menu)
    head = original[max(0, original.rfind("\n", 0, max(0, o0 - 1)) + 1):o0]
    incoming = _GIVERS_COLUMN.search(head) is not None  # 序号 捐赠方 物资 ...: the rows name who gave to the page's place
    out = []
    for m in rows:
        ev = _row_gift(text, m.start(), m.end(), publisher, anchor, original, clean, refs)
        if ev is not None:
            if incoming:
                ev.from_, ev.to = ev.to, ev.from_
            out.append(ev)
    return out
