"""What is still needed: for each open request, what was pledged and received, what is missing, what could help.

``missing`` is what the requester asked for and has not received yet (goods
pledged but not arrived are still missing — they may be held at customs).
``candidates`` are pledges that could still cover the gap: those made for
this request with goods not yet shipped, and unsolicited pledges (offers
not tied to a request — the office's stock on offer) of the same item with
something left to ship.
"""
from __future__ import annotations

from cityaid.ledger.office_sql import RecordRow, UserRow

from .service import Office

OPEN = ["open", "partly_met"]


def _left(p: RecordRow) -> dict[str, float]:
    shipped = p.state.get("shipped") or {}
    return {ln["item"]: ln["quantity"] - shipped.get(ln["item"], 0) for ln in p.state["lines"]
            if ln["quantity"] - shipped.get(ln["item"], 0) > 0}


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 3)


def match_request(req: RecordRow, pledges: list[RecordRow]) -> dict:
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
        lines.append({"item": item, "unit": ln["unit"], "requested": _num(ln["quantity"]), "pledged": _num(pledged),
                      "received": _num(received), "missing": _num(max(ln["quantity"] - received, 0)),
                      "unpledged": _num(max(ln["quantity"] - pledged, 0)), "candidates": cands})
    return {"request": req.id, "partner": req.from_key, "office": req.office, "status": req.status,
            "date": s.get("date"), "lines": lines}


def needs(office: Office, user: UserRow | None, partner: str | None = None) -> list[dict]:
    """Every open request ``user`` may see, matched; newest first."""
    reqs = office.records(user, kind="request", status=OPEN, party=partner, limit=None)
    pledges = office.records(user, kind="pledge", limit=None)
    return [match_request(r, pledges) for r in reqs]


def unmet(office: Office, user: UserRow | None, partner: str | None = None) -> list[dict]:
    """Rows ``partner, item, unit, requested, pledged, received, missing`` with something missing, by partner and item."""
    rows = []
    for m in needs(office, user, partner):
        for ln in m["lines"]:
            if ln["missing"] > 0:
                rows.append({"partner": m["partner"], "item": ln["item"], "unit": ln["unit"], "request": m["request"],
                             "requested": ln["requested"], "pledged": ln["pledged"], "received": ln["received"],
                             "missing": ln["missing"], "office": m["office"]})
    rows.sort(key=lambda r: (r["partner"] or "", r["item"], r["request"]))
    return rows
