"""The compact record the merge works on, one per stored event.

Why not the spec dict or the pydantic ``Event``: merging a million events
must fit in memory and run in seconds, so each event is reduced to what the
compatibility rules read — type, actor keys per side, a day interval, item and
money figures — in a ``__slots__`` dataclass of ints, floats and (shared)
strings.  Everything else (names, evidence) is fetched again only for the
events that end up in a fact's canonical record.
"""
from __future__ import annotations

import calendar
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, Optional

MASK_FAMILY = frozenset({"mask", "medical_mask", "n95_mask", "disposable_mask"})
# items that stand for "some supplies" without saying which: they match any line of the other report
WILDCARD_ITEMS = frozenset({"supplies", "other"})

# date precision, most specific last
P_NONE, P_YEAR, P_MONTH, P_DAY = 0, 1, 2, 3
# "日前/近日" (qualifier ``before``): the fact happened within this many days before the date given
BEFORE_DAYS = 30

# (item, quantity or None, qualifier or None)
ItemFig = tuple[str, Optional[float], Optional[str]]
# (currency, amount, qualifier or None)
MoneyFig = tuple[str, float, Optional[str]]


@dataclass(slots=True)
class MergeEvent:
    """One event reduced for merging (``eid``: its ledger id, or any unique int outside a ledger).

    ``d_lo``/``d_hi`` are the first and last day (proleptic ordinals) the
    event's date allows — a day, a whole month, or the 30 days before a
    ``before`` date — ``None`` when undated.  ``ev_key`` is a hash of the
    normalised evidence, used only to recognise a page repeating itself.
    ``source`` is who published the document (or the document id when
    unknown), ``published`` its date (ordering for "earliest document").
    """

    eid: int
    doc: str
    type: str
    of: Optional[str]
    frm: tuple[str, ...]
    to: tuple[str, ...]
    d_lo: Optional[int]
    d_hi: Optional[int]
    d_prec: int
    d_qual: Optional[str]
    items: tuple[ItemFig, ...]
    money: tuple[MoneyFig, ...]
    medium: Optional[str] = None
    kind: Optional[str] = None
    ev_key: int = 0
    source: str = ""
    published: str = ""


def day_interval(value: Optional[str], qualifier: Optional[str]) -> tuple[Optional[int], Optional[int], int]:
    """``(first day, last day, precision)`` of a spec date; year-only dates count as undated for merging.

    A year says nothing useful about which of two shipments a report means,
    so it is treated like no date (compatible with anything).
    """
    if not value:
        return None, None, P_NONE
    parts = str(value).strip().split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        return None, None, P_NONE
    try:
        if len(nums) == 1:
            return None, None, P_YEAR
        y, m = nums[0], nums[1]
        if len(nums) == 2:
            lo = date(y, m, 1).toordinal()
            hi = date(y, m, calendar.monthrange(y, m)[1]).toordinal()
            prec = P_MONTH
        else:
            lo = hi = date(y, m, nums[2]).toordinal()
            prec = P_DAY
    except ValueError:
        return None, None, P_NONE
    if qualifier == "before":
        lo = hi - BEFORE_DAYS
    return lo, hi, prec


def norm_evidence(text: str) -> int:
    """A hash of the evidence with width, case, spaces and punctuation folded away (0 for none)."""
    t = unicodedata.normalize("NFKC", text or "").casefold()
    t = "".join(ch for ch in t if ch.isalnum())
    return hash(t) if t else 0


def actor_keys(side: list[dict] | None) -> tuple[str, ...]:
    """Sorted distinct keys of one side; an unresolved actor gets ``?/<name>`` (as the ledger stores it)."""
    keys = {(a.get("key") or ("?/" + str(a.get("name") or ""))) for a in side or []}
    return tuple(sorted(keys))


def _num(x: Any) -> Optional[float]:
    try:
        return None if x is None else float(x)
    except (TypeError, ValueError):
        return None


def _medium(m: Any) -> Optional[str]:
    if isinstance(m, list):
        return ",".join(sorted(str(x) for x in m)) or None
    return m or None


def from_spec(eid: int, doc: str, spec: dict, *, source: str = "", published: str = "") -> MergeEvent:
    """A ``MergeEvent`` from a spec event dict (as the ledger stores it in ``payload``)."""
    d = spec.get("date") or {}
    lo, hi, prec = day_interval(d.get("value"), d.get("qualifier"))
    items = tuple((str(i.get("item")), _num(i.get("quantity")), i.get("qualifier"))
                  for i in spec.get("items") or [] if i.get("item"))
    if spec.get("type") == "aggregate":
        # the counts an aggregate claims are figures to agree on, like quantities
        items += tuple((f"#{k}", float(spec[k]), spec.get(k + "_qualifier"))
                       for k in ("partners_count", "countries_count", "events_count") if spec.get(k) is not None)
    money = tuple((str(m.get("currency", "")).upper(), float(m["amount"]), m.get("qualifier"))
                  for m in spec.get("money") or [] if _num(m.get("amount")) is not None)
    return MergeEvent(eid=eid, doc=doc, type=spec.get("type", ""), of=spec.get("of"),
                      frm=actor_keys(spec.get("from")), to=actor_keys(spec.get("to")),
                      d_lo=lo, d_hi=hi, d_prec=prec, d_qual=d.get("qualifier") if d else None,
                      items=items, money=money, medium=_medium(spec.get("medium")), kind=spec.get("kind"),
                      ev_key=norm_evidence(spec.get("evidence", "")), source=source or doc,
                      published=published or "")
