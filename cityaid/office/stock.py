"""The office's own stock: what it holds, where, and how much of it is promised already — pure functions.

Why a record kind of its own: a request can be met from a pledge *or* from
what the office already has in a warehouse, and ``needs`` must count only
what is really free.  So a ``stock`` record is an inventory at one location
with the same event log as every other record:

* ``add``: goods come in (lines ``item, quantity, unit``), added to the line
  of the same item or appended;
* ``allocate``: part of it is promised to a pledge or shipment (``record``:
  its id, checked by the service); it stays in the record but is no longer
  free;
* ``release``: an allocation is given back (a cancelled pledge).

``allocations`` lists every movement (``released: true`` for give-backs),
so the record shows what went where; ``allocated`` is their sum per item.

Quantities never go negative: an allocation beyond what is free, or a
release beyond what was allocated to that record, is refused — with or
without a reason, since no reason makes goods appear.  Status is derived:
``available`` while anything is free, else ``allocated``.
"""
from __future__ import annotations

from typing import Any

from .errors import E_, OfficeError
from .items import canonical_item

STOCK_ACTIONS = ("add", "allocate", "release")


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 6)


def free(s: dict) -> dict[str, float]:
    """Item -> what is held and not allocated (never below zero)."""
    alloc = s.get("allocated") or {}
    return {ln["item"]: _num(max(ln["quantity"] - alloc.get(ln["item"], 0), 0)) for ln in s.get("lines") or []}


def status(s: dict) -> str:
    return "available" if any(v > 0 for v in free(s).values()) else "allocated"


def start(s: dict, f: dict) -> None:
    """Fill a new stock state ``s`` from its creation fields (lines already checked by the caller)."""
    s["allocated"] = {}
    s["allocations"] = []


def _given(data: dict, action: str) -> list[tuple[str, Any, str]]:
    given = data.get("lines") or []
    if not isinstance(given, list) or not given:
        raise OfficeError(E_("%(action)s: at least one line (item, quantity) is needed", action=action))
    out = []
    for i, ln in enumerate(given):
        if not isinstance(ln, dict):
            raise OfficeError(E_("%(action)s: lines[%(i)s] is not an object", action=action, i=i))
        out.append((canonical_item(str(ln.get("item") or "")).strip(), ln.get("quantity"), str(ln.get("unit") or "")))
    return out


def apply(s: dict, action: str, data: dict, quantity) -> None:  # noqa: ANN001 - state.quantity
    """Move stock state ``s`` (a copy) by one event; ``quantity`` is ``state.quantity`` (the one figure check)."""
    lines = {ln["item"]: ln for ln in s["lines"]}
    if action == "add":
        for i, (item, q, unit) in enumerate(_given(data, "add")):
            if not item:
                raise OfficeError(E_("add: lines[%(i)s].item: required", i=i))
            q = quantity(q, f"lines[{i}].quantity", True)
            if item in lines:
                lines[item]["quantity"] = _num(lines[item]["quantity"] + q)
            else:
                ln = {"item": item, "quantity": q, "unit": (unit or "piece")[:32]}
                s["lines"].append(ln)
                lines[item] = ln
        return
    target = data.get("record")
    if not target:
        raise OfficeError(E_("%(action)s: which pledge or shipment? (record id)", action=action))
    avail = free(s)
    for i, (item, q, _unit) in enumerate(_given(data, action)):
        q = quantity(q, f"lines[{i}].quantity", True)
        if item not in lines:
            raise OfficeError(E_("%(action)s: this stock holds no %(item)s", action=action, item=repr(item)))
        if action == "allocate":
            if q > avail.get(item, 0):
                raise OfficeError(E_("allocate: only %(v1)s %(item)s free, not %(v2)s", v1=avail.get(item, 0), item=item, v2=_num(q)))
            s["allocated"][item] = _num(s["allocated"].get(item, 0) + q)
            avail[item] = _num(avail[item] - q)
            s["allocations"].append({"item": item, "quantity": q, "record": target,
                                     "record_kind": data.get("record_kind")})
        else:
            held = sum(-a["quantity"] if a.get("released") else a["quantity"]
                       for a in s["allocations"] if a["item"] == item and a["record"] == target)
            if q > held:
                raise OfficeError(E_("release: only %(v1)s %(item)s are allocated to record %(target)s, not %(v2)s", v1=_num(held), item=item, target=target, v2=_num(q)))
            s["allocated"][item] = _num(s["allocated"][item] - q)
            s["allocations"].append({"item": item, "quantity": q, "record": target,
                                     "record_kind": data.get("record_kind"), "released": True})
