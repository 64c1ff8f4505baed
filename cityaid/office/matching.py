"""What is still needed: for each open request, what was pledged and received, what could meet it, what is missing.

Per request line:

* ``missing`` is what the requester asked for and has not received yet
  (goods pledged but not arrived are still missing — they may be held at
  customs);
* ``candidates`` are what could still cover the gap: pledges made for this
  request with goods not yet shipped, unsolicited pledges (offers not tied to
  a request) of the same item with something left to ship, and the office's
  own ``stock`` of the item that is still free (stock allocated to a pledge or
  shipment is not free: it is counted through that pledge, never twice);
* ``short`` is what nothing on record covers: ``missing`` less what is
  pledged for this request and not yet received, less every other candidate
  — the part that still needs a new pledge or purchase.  Never negative.

The same unsolicited pledge or stock may be listed for several requests: it
*could* meet each; allocating it (``allocate``) is the office's decision.
Stock is offered only to requests kept by the same office (or a place
within it), since an office cannot promise another's warehouse.
"""
from __future__ import annotations

from cityaid.ledger.office_sql import RecordRow, UserRow

from .places import within
from .service import Office
from .stock import free

OPEN = ["open", "partly_met"]


def _left(p: RecordRow) -> dict[str, float]:
    shipped = p.state.get("shipped") or {}
    return {ln["item"]: ln["quantity"] - shipped.get(ln["item"], 0) for ln in p.state["lines"]
            if ln["quantity"] - shipped.get(ln["item"], 0) > 0}


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 3)


def _stock_candidates(req: RecordRow, stock: list[RecordRow], item: str) -> list[dict]:
    out = []
    for st in stock:
        if not within(st.office, req.office):
            continue
        left = free(st.state).get(item, 0)
        if left > 0:
            out.append({"stock": st.id, "location": st.state.get("location") or "", "office": st.office,
                        "free": _num(left)})
    return out


def match_request(req: RecordRow, pledges: list[RecordRow], stock: list[RecordRow] = ()) -> dict:
    s = req.state
    live = [p for p in pledges if p.status not in ("cancelled",)]
    lines = []
    for ln in s["lines"]:
        item = ln["item"]
        received = (s.get("received") or {}).get(item, 0)
        pledged = (s.get("pledged") or {}).get(item, 0)
        cands = []
        for p in live:
            left = _left(p).get(item)
            if not left:
                continue
            if p.state.get("request_id") == req.id:
                cands.append({"pledge": p.id, "for_this_request": True, "from": p.from_key, "left": _num(left)})
            elif not p.state.get("request_id"):
                cands.append({"pledge": p.id, "for_this_request": False, "from": p.from_key, "left": _num(left)})
        in_stock = _stock_candidates(req, stock, item)
        missing = max(ln["quantity"] - received, 0)
        # what live (not cancelled) pledges for this request promise and has not arrived: shipped or still to
        # ship, it covers their unshipped candidates too
        promised = sum(pl["quantity"] for p in live if p.state.get("request_id") == req.id
                       for pl in p.state["lines"] if pl["item"] == item)
        could = (max(promised - received, 0) + sum(c["left"] for c in cands if not c["for_this_request"])
                 + sum(c["free"] for c in in_stock))
        lines.append({"item": item, "unit": ln["unit"], "requested": _num(ln["quantity"]), "pledged": _num(pledged),
                      "received": _num(received), "missing": _num(missing),
                      "unpledged": _num(max(ln["quantity"] - pledged, 0)), "candidates": cands, "stock": in_stock,
                      "short": _num(max(missing - could, 0))})
    return {"request": req.id, "partner": req.from_key, "office": req.office, "status": req.status,
            "date": s.get("date"), "lines": lines}


def needs(office: Office, user: UserRow | None, partner: str | None = None) -> list[dict]:
    """Every open request ``user`` may see, matched; newest first."""
    reqs = office.records(user, kind="request", status=OPEN, party=partner, limit=None)
    pledges = office.records(user, kind="pledge", limit=None)
    stock = office.records(user, kind="stock", status=["available"], limit=None)
    return [match_request(r, pledges, stock) for r in reqs]


def unmet(office: Office, user: UserRow | None, partner: str | None = None) -> list[dict]:
    """Rows ``partner, item, unit, requested, pledged, received, missing, in_stock, short`` with something missing."""
    rows = []
    for m in needs(office, user, partner):
        for ln in m["lines"]:
            if ln["missing"] > 0:
                rows.append({"partner": m["partner"], "item": ln["item"], "unit": ln["unit"], "request": m["request"],
                             "requested": ln["requested"], "pledged": ln["pledged"], "received": ln["received"],
                             "missing": ln["missing"], "in_stock": _num(sum(c["free"] for c in ln["stock"])),
                             "short": ln["short"], "office": m["office"]})
    rows.sort(key=lambda r: (r["partner"] or "", r["item"], r["request"]))
    return rows
