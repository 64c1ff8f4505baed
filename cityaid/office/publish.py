"""Published records into the ledger: each becomes a document ``office:<kind>:<id>`` with spec events.

Why documents: the merge, the facts and every answer already work on stored
documents and their events, so a record published this way is merged with
the press reports of the same gift by the same rules — one fact, every
source listed.  The events carry ``authoritative: true``, which the merge's
canonical step (``cityaid.merge.canonical``) reads: where a record and a
report disagree on a figure or a date, the record's value is the fact's
(the report's stays listed among the sources).

What a record turns into:

* shipment -> ``donation`` from the giver to the recipient, dated the day it
  left, items at the quantity sent, each line also carrying ``received``,
  ``damaged`` and ``returned``; the inscription as the spec's ``inscription``;
* request -> ``request``; acknowledgement -> ``message`` (``kind: thanks``);
  letter -> ``message``; meeting -> ``consultation`` with its topics;
* pledge -> nothing of its own (its shipments are the gift).
"""
from __future__ import annotations

import hashlib
import json

from cityaid.ledger import office_sql as sql
from cityaid.ledger.office_sql import RecordRow
from cityaid.model import Document, Event


def doc_id(rec: RecordRow) -> str:
    return f"office:{rec.kind}:{rec.id}"


def _actor(key: str | None) -> list[dict]:
    if not key:
        return []
    from cityaid.resolve import resolve_name

    m = resolve_name(key)
    d = {"key": key, "name": getattr(m, "name", None) or key.rsplit("/", 1)[-1]}
    if m is not None and getattr(m, "level", None):
        d["level"] = m.level
    return [d]


def _date(s: dict) -> dict | None:
    return {"value": s["date"], "qualifier": "on"} if s.get("date") else None


def summary(rec: RecordRow) -> str:
    """One line a person can read: the evidence of the record's event."""
    s = rec.state
    head = f"{rec.kind} {rec.id} kept by {rec.office}: {s.get('from') or '?'} -> {s.get('to') or '?'}"
    if s.get("date"):
        head += f", {s['date']}"
    if rec.kind == "shipment":
        parts = [f"{ln['item']} sent {ln['sent']} {ln['unit']}, received {ln['received']}, damaged {ln['damaged']}, "
                 f"returned {ln['returned']}" for ln in s["lines"]]
        extra = [f"{k} {s[k]}" for k in ("waybill", "carrier", "route") if s.get(k)]
        if s.get("inscription"):
            extra.append(f"inscription «{s['inscription']}»")
        return head + ": " + "; ".join(parts + extra)
    if rec.kind in ("request", "pledge"):
        return head + ": " + "; ".join(f"{ln['item']} {ln['quantity']} {ln['unit']}" for ln in s["lines"])
    if rec.kind == "meeting":
        return head + ": " + "; ".join(s.get("topics") or []) + (f" — {s['minutes']}" if s.get("minutes") else "")
    return head + (f": {s['text']}" if s.get("text") else "")


def record_events(rec: RecordRow) -> list[Event]:
    s = rec.state
    base = {"from": _actor(s.get("from")), "to": _actor(s.get("to")), "date": _date(s),
            "authoritative": True, "record": doc_id(rec)}
    if rec.kind == "shipment":
        items = [{"item": ln["item"], "quantity": ln["sent"], "unit": ln["unit"], "qualifier": "exact",
                  "received": ln["received"], "damaged": ln["damaged"], "returned": ln["returned"]}
                 for ln in s["lines"]]
        extra = {"inscription": [s["inscription"]]} if s.get("inscription") else {}
        return [Event.model_validate({**base, "type": "donation", "items": items, **extra})]
    if rec.kind == "request":
        items = [{"item": ln["item"], "quantity": ln["quantity"], "unit": ln["unit"]} for ln in s["lines"]]
        return [Event.model_validate({**base, "type": "request", "items": items, "requested": "supplies"})]
    if rec.kind == "acknowledgement":
        return [Event.model_validate({**base, "type": "message", "kind": "thanks", "medium": s.get("medium")})]
    if rec.kind == "letter":
        kind = {"sympathy": "condolence"}.get(s.get("letter_kind"), s.get("letter_kind"))
        return [Event.model_validate({**base, "type": "message", "kind": kind, "medium": s.get("medium")})]
    if rec.kind == "meeting":
        return [Event.model_validate({**base, "type": "consultation", "medium": s.get("medium"),
                                      "topics": s.get("topics") or []})]
    return []


def to_document(rec: RecordRow) -> tuple[Document, list[Event]]:
    text = summary(rec)
    events = record_events(rec)
    for e in events:
        e.evidence = text
        e.evidence_span = (0, len(text))
    body = json.dumps([e.to_spec() for e in events], ensure_ascii=False, sort_keys=True, default=str)
    doc = Document(doc_id=doc_id(rec), text=text, content_hash=hashlib.sha256(body.encode()).hexdigest(),
                   path=doc_id(rec), format="txt", title=f"{rec.kind} {rec.id}", published=rec.state.get("date"),
                   source=f"office:{rec.office}")
    return doc, events


def sync_records(ledger, store, record_ids: list[int]) -> bool:  # noqa: ANN001 - a Ledger and its OfficeStore
    """Store the published ones among ``record_ids`` as documents; True when any document changed."""
    changed = False
    with store.tx() as s:
        recs = [sql.get_record(s, rid) for rid in dict.fromkeys(record_ids)]
    for rec in recs:
        if rec is None or not rec.published:
            continue
        doc, events = to_document(rec)
        if ledger.store(doc, None, events) != "unchanged":
            changed = True
    return changed
