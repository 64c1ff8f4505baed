"""A record's current state is its events folded in order — pure functions, no database.

Why event sourcing: an office must be able to say who changed a figure,
when and why, and an audit cannot rest on a row that is overwritten.  So the
log is the truth; ``create`` builds the first state from the ``create``
event's data, ``apply`` moves a state forward by one event, and ``fold``
replays a whole log (the cached ``state`` column must always equal it —
a test checks).  Every rule about figures lives in ``apply``, so the web
form, the API and the CLI cannot disagree:

* no quantity is ever negative (or not a number);
* what a pledge ships beyond what it pledged, and what a shipment accounts
  for (received + damaged + returned) beyond what it sent, is refused unless
  the change carries a reason (``why``), which is then kept in ``overages``.

Statuses are derived, never typed in, except a shipment's ``sent`` /
``in_transit`` before anything arrives:

* request: ``open`` → ``partly_met`` → ``met``, or ``withdrawn``;
* pledge: ``pledged`` → ``partly_shipped`` → ``shipped``, or ``cancelled``;
* shipment: ``sent`` / ``in_transit`` → ``partly_received`` / ``received``;
  an acknowledgement sets ``closed``;
* stock (the office's own inventory, ``cityaid.office.stock``):
  ``available`` while anything is unallocated, else ``allocated``.
"""
from __future__ import annotations

import copy
import math
import re
from typing import Any, Iterable

from .errors import E_, OfficeError
from . import stock as stk
from .items import canonical_item

KINDS = ("request", "pledge", "shipment", "acknowledgement", "letter", "meeting", "stock")
PARENT_KIND = {"pledge": "request", "shipment": "pledge", "acknowledgement": "shipment"}
LETTER_KINDS = ("sympathy", "solidarity", "thanks", "condolence")
MEDIA = ("letter", "telegram", "video", "call", "email")
SHIPMENT_MANUAL = ("sent", "in_transit")
MAX_TEXT = 20000
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# free-text fields each kind may carry and change with ``edit``
TEXT_FIELDS = {
    "request": ("note",),
    "pledge": ("note",),
    "shipment": ("waybill", "carrier", "route", "inscription", "note"),
    "acknowledgement": ("text", "note"),
    "letter": ("text", "note"),
    "meeting": ("minutes", "note"),
    "stock": ("location", "note"),
}


# ------------------------------------------------------------------ field checks
def text(v: Any, what: str, required: bool = False) -> str:
    """A text field, stored verbatim (markup and SQL included: rendering escapes, SQL is bound)."""
    s = "" if v is None else str(v)
    if required and not s.strip():
        raise OfficeError(E_("%(what)s: required", what=what))
    if len(s) > MAX_TEXT:
        raise OfficeError(E_("%(what)s: longer than %(MAX_TEXT)s characters", what=what, MAX_TEXT=MAX_TEXT))
    return s


def quantity(v: Any, what: str, positive: bool = False) -> float | int:
    """A figure: a finite number, never negative (``positive``: also not zero)."""
    try:
        q = float(str(v).replace(",", "").strip()) if not isinstance(v, (int, float)) else float(v)
    except (TypeError, ValueError):
        raise OfficeError(E_("%(what)s: not a number: %(v)s", what=what, v=repr(v))) from None
    if not math.isfinite(q):
        raise OfficeError(E_("%(what)s: not a finite number: %(v)s", what=what, v=repr(v)))
    if q < 0:
        raise OfficeError(E_("%(what)s: a quantity cannot be negative (%(v)s)", what=what, v=repr(v)))
    if positive and q == 0:
        raise OfficeError(E_("%(what)s: must be more than zero", what=what))
    return int(q) if q.is_integer() else q


def date(v: Any, what: str = "date") -> str | None:
    s = ("" if v is None else str(v)).strip()
    if not s:
        return None
    if not DATE_RE.match(s):
        raise OfficeError(E_("%(what)s: not an ISO date (YYYY-MM-DD): %(s)s", what=what, s=repr(s)))
    return s


def lines(raw: Any, what: str = "lines", qty: str = "quantity") -> list[dict]:
    """Item lines ``[{item, <qty>, unit}]``: canonical item names, positive figures, one line per item."""
    if not isinstance(raw, list) or not raw:
        raise OfficeError(E_("%(what)s: at least one line (item, quantity, unit) is needed", what=what))
    out, seen = [], set()
    for i, line in enumerate(raw):
        if not isinstance(line, dict):
            raise OfficeError(E_("%(what)s[%(i)s]: not an object", what=what, i=i))
        item = canonical_item(text(line.get("item"), f"{what}[{i}].item", required=True))
        if item in seen:
            raise OfficeError(E_("%(what)s: item %(item)s is listed twice", what=what, item=repr(item)))
        seen.add(item)
        out.append({"item": item, qty: quantity(line.get(qty, line.get("quantity")), f"{what}[{i}].{qty}", True),
                    "unit": text(line.get("unit") or "piece", f"{what}[{i}].unit")[:32]})
    return out


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


def _strings(v: Any, what: str) -> list[str]:
    if v is None or v == "":
        return []
    if isinstance(v, str):
        v = [x for x in re.split(r"[\n;；]", v)]
    if not isinstance(v, list):
        raise OfficeError(E_("%(what)s: a list of strings", what=what))
    return [text(x, what).strip() for x in v if str(x).strip()]


# ------------------------------------------------------------------ create
def create(kind: str, f: dict) -> dict:
    """The first state of a record from its (already key-resolved) creation fields; raises ``OfficeError``."""
    if kind not in KINDS:
        raise OfficeError(E_("kind: one of %(v1)s, not %(kind)s", v1=', '.join(KINDS), kind=repr(kind)))
    s: dict[str, Any] = {"kind": kind, "office": f["office"], "from": f.get("from"), "to": f.get("to"),
                         "date": date(f.get("date")), "published": False, "overages": []}
    for k in TEXT_FIELDS[kind]:
        s[k] = text(f.get(k), k)
    if kind == "request":
        s["lines"] = lines(f.get("lines"))
        s["pledged"], s["received"] = {}, {}
    elif kind == "pledge":
        s["request_id"] = f.get("request_id")
        s["lines"] = lines(f.get("lines"))
        s["shipped"] = {}
    elif kind == "shipment":
        s["pledge_id"] = f["pledge_id"]
        s["lines"] = [{**ln, "received": 0, "damaged": 0, "returned": 0}
                      for ln in lines(f.get("lines"), qty="sent")]
        s["manual_status"] = "sent"
        s["closed"] = False
        s["acknowledgement_id"] = None
    elif kind == "acknowledgement":
        s["shipment_id"] = f["shipment_id"]
        s["medium"] = _choice(f.get("medium") or "letter", MEDIA, "medium")
    elif kind == "letter":
        s["letter_kind"] = _choice(f.get("letter_kind") or "solidarity", LETTER_KINDS, "letter_kind")
        s["medium"] = _choice(f.get("medium") or "letter", MEDIA, "medium")
    elif kind == "meeting":
        s["parties"] = list(f.get("parties") or [])
        s["topics"] = _strings(f.get("topics"), "topics")
        s["participants"] = _strings(f.get("participants"), "participants")
        s["medium"] = _choice(f.get("medium") or "video", MEDIA, "medium")
    elif kind == "stock":
        s["lines"] = lines(f.get("lines"))
        stk.start(s, f)
    s["status"] = status(s)
    return s


def _choice(v: Any, allowed: tuple, what: str) -> str:
    s = str(v).strip()
    if s not in allowed:
        raise OfficeError(E_("%(what)s: one of %(v1)s, not %(s)s", what=what, v1=', '.join(allowed), s=repr(s)))
    return s


# ------------------------------------------------------------------ status
def status(s: dict) -> str:
    kind = s["kind"]
    if kind == "request":
        if s.get("withdrawn"):
            return "withdrawn"
        got = s.get("received") or {}
        if all(got.get(ln["item"], 0) >= ln["quantity"] for ln in s["lines"]):
            return "met"
        return "partly_met" if any(v > 0 for v in got.values()) else "open"
    if kind == "pledge":
        if s.get("cancelled"):
            return "cancelled"
        done = s.get("shipped") or {}
        if all(done.get(ln["item"], 0) >= ln["quantity"] for ln in s["lines"]):
            return "shipped"
        return "partly_shipped" if any(v > 0 for v in done.values()) else "pledged"
    if kind == "shipment":
        accounted = [ln["received"] + ln["damaged"] + ln["returned"] for ln in s["lines"]]
        if not any(accounted):
            return s.get("manual_status") or "sent"
        whole = all(ln["received"] >= ln["sent"] and not ln["damaged"] and not ln["returned"] for ln in s["lines"])
        return "received" if whole else "partly_received"
    if kind == "stock":
        return stk.status(s)
    return {"acknowledgement": "received", "letter": "sent", "meeting": "held"}[kind]


# ------------------------------------------------------------------ apply
def _add(totals: dict, item: str, q: float) -> None:
    totals[item] = _num(totals.get(item, 0) + q)


def apply(state: dict, action: str, data: dict, why: str = "") -> dict:
    """The state after one event; ``OfficeError`` if the event breaks a rule (nothing is changed then)."""
    s = copy.deepcopy(state)
    kind = s["kind"]
    data = data or {}
    why = (why or "").strip()
    if action == "publish":
        if kind == "stock":
            raise OfficeError(E_("publish: stock is the office's own inventory; it is not published"))
        s["published"] = True
    elif action == "edit":
        for k, v in data.items():
            if k not in TEXT_FIELDS[kind]:
                raise OfficeError(E_("edit: %(kind)s has no text field %(k)s", kind=kind, k=repr(k)))
            s[k] = text(v, k)
    elif kind == "request" and action in ("pledged", "received"):
        key = "pledged" if action == "pledged" else "received"
        for i, ln in enumerate(data.get("lines") or []):
            _add(s[key], canonical_item(str(ln.get("item"))), quantity(ln.get("quantity"), f"lines[{i}].quantity"))
    elif kind == "request" and action == "withdraw":
        if not why:
            raise OfficeError(E_("withdraw: say why the request is withdrawn"))
        s["withdrawn"] = True
    elif kind == "pledge" and action == "shipped":
        _ship(s, data, why)
    elif kind == "pledge" and action == "cancel":
        if not why:
            raise OfficeError(E_("cancel: say why the pledge is cancelled"))
        s["cancelled"] = True
    elif kind == "shipment" and action == "status":
        if any(ln["received"] + ln["damaged"] + ln["returned"] for ln in s["lines"]):
            raise OfficeError(E_("status: the shipment has receipts; its status now follows them"))
        s["manual_status"] = _choice(data.get("status"), SHIPMENT_MANUAL, "status")
    elif kind == "shipment" and action == "receive":
        _receive(s, data, why)
    elif kind == "stock" and action in stk.STOCK_ACTIONS:
        stk.apply(s, action, data, quantity)
    elif kind == "shipment" and action == "acknowledge":
        s["closed"] = True
        s["acknowledgement_id"] = data.get("acknowledgement_id")
    else:
        raise OfficeError(E_("%(action)s: not an action on a %(kind)s", action=action, kind=kind))
    s["status"] = status(s)
    return s


def _ship(s: dict, data: dict, why: str) -> None:
    pledged = {ln["item"]: ln["quantity"] for ln in s["lines"]}
    for i, ln in enumerate(data.get("lines") or []):
        item = canonical_item(str(ln.get("item")))
        q = quantity(ln.get("quantity", ln.get("sent")), f"lines[{i}].sent")
        after = s["shipped"].get(item, 0) + q
        if after > pledged.get(item, 0):
            if not why:
                raise OfficeError(E_("%(item)s: shipping %(after)s in all is more than the %(pledged)s pledged; "
                                     "record the reason to go ahead", item=item, after=_num(after),
                                     pledged=_num(pledged.get(item, 0))))
            s["overages"].append({"item": item, "over": _num(after - pledged.get(item, 0)), "why": why})
        _add(s["shipped"], item, q)


def _receive(s: dict, data: dict, why: str) -> None:
    if s.get("closed"):
        raise OfficeError(E_("receive: the shipment is closed by its acknowledgement"))
    by_item = {ln["item"]: ln for ln in s["lines"]}
    given = data.get("lines") or []
    if not given:
        raise OfficeError(E_("receive: no lines"))
    for i, raw in enumerate(given):
        item = canonical_item(str(raw.get("item")))
        ln = by_item.get(item)
        if ln is None:
            raise OfficeError(E_("receive: the shipment has no line %(item)s", item=repr(item)))
        add = {k: quantity(raw.get(k) or 0, f"lines[{i}].{k}") for k in ("received", "damaged", "returned")}
        after = {k: ln[k] + v for k, v in add.items()}
        total = sum(after.values())
        if total > ln["sent"]:
            if not why:
                raise OfficeError(E_("%(item)s: received + damaged + returned would be %(total)s, more than the "
                                     "%(sent)s sent; record the reason to go ahead", item=item, total=_num(total),
                                     sent=_num(ln['sent'])))
            s["overages"].append({"item": item, "over": _num(total - ln["sent"]), "why": why})
        for k, v in after.items():
            ln[k] = _num(v)


def fold(events: Iterable[tuple[str, dict, str]]) -> dict:
    """Replay ``(action, data, why)`` events, the first being ``create`` (its data holds ``kind``)."""
    it = iter(events)
    action, data, _why = next(it)
    if action != "create":
        raise OfficeError(E_("a record's log must start with create"))
    s = create(data["kind"], data)
    for action, data, why in it:
        s = apply(s, action, data, why)
    return s
