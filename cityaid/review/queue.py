"""What is worth a person's time first: the review queue.

Four kinds of entry, each scored so that one ordering mixes them:

* ``unsure`` — undecided events the extractor is least sure of.  It gives no
  probability, so certainty is read off what the event lacks
  (``uncertainty``): an unresolved or missing side, no date or a vague one, a
  donation with no figure, a figure with no quantity, the kinds that rules
  get wrong most (requests, aggregates), a very long clause.
* ``likely_miss`` — documents where trigger or supply words appear
  (the crawl pre-filter's test, ``cityaid.read.prefilter``) but no event was read.
* ``disagreement`` — facts whose sources disagree on a figure: one of them is misread.
* ``aggregate_gap`` — aggregate claims far from the itemised sum for the same
  scope (``cityaid.report.claims``): a misread total, or missing items.

Only what nobody decided on yet comes up; an editor sees its places.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from cityaid.ledger import review_sql as sql
from cityaid.office.errors import E_
from cityaid.office.places import within

LIKELY_MISS = 2.0
DISAGREEMENT = 1.5
GAP = 1.0


@dataclass(frozen=True)
class QueueEntry:
    kind: str  # unsure | likely_miss | disagreement | aggregate_gap
    doc_id: str
    score: float
    reason: str  # an ``E_`` message: the web says it in the reader's language
    event_id: Optional[int] = None
    fact_id: Optional[str] = None
    details: tuple[str, ...] = ()  # what makes a reading unsure, each an ``E_`` message

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "doc": self.doc_id, "score": self.score, "reason": str(self.reason),
                "details": [str(d) for d in self.details], "event_id": self.event_id, "fact_id": self.fact_id}


def _unresolved(a: dict) -> bool:
    k = a.get("key") or ""
    return not k or k.startswith("?/")


def uncertainty(e: dict) -> tuple[float, list[str]]:
    """How unsure a reading looks, with the reasons (0: nothing missing)."""
    score, why = 0.0, []
    for role, none, unplaced in (("from", E_("no giver"), E_("giver not placed")),
                                 ("to", E_("no recipient"), E_("recipient not placed"))):
        side = e.get(role) or []
        if not side:
            score, why = score + 1.0, why + [none]
        elif any(_unresolved(a) for a in side):
            score, why = score + 1.0, why + [unplaced]
    date = e.get("date") or None
    if date is None:
        score, why = score + 0.5, why + [E_("no date")]
    elif date.get("qualifier") in ("approx", "before"):
        score, why = score + 0.25, why + [E_("vague date")]
    if e.get("type") == "donation" and not e.get("items") and not e.get("money"):
        score, why = score + 0.5, why + [E_("donation without items or money")]
    if any(i.get("quantity") is None for i in e.get("items") or []):
        score, why = score + 0.25, why + [E_("item without quantity")]
    if e.get("type") == "request":
        score, why = score + 0.5, why + [E_("requests are often misread")]
    elif e.get("type") == "aggregate":
        score, why = score + 0.5, why + [E_("totals are often misread")]
    if len(e.get("evidence") or "") > 300:
        score, why = score + 0.25, why + [E_("long evidence")]
    return score, why


def _touches(keys: set[str], places: list[str] | None) -> bool:
    return places is None or any(within(k, p) for k in keys for p in places)


def _keys(*events: Optional[dict]) -> set[str]:
    return {a.get("key") for e in events if e for r in ("from", "to") for a in e.get(r) or [] if a.get("key")}


def build_queue(ledger, store, user, place: str | None = None, limit: int = 50,  # noqa: ANN001
                doc_id: str | None = None) -> list[QueueEntry]:
    """The queue of ``user`` (or of ``place``) over the ledger's reviewed events kept in ``store``."""
    from cityaid.office.places import place_key
    from cityaid.read.prefilter import could_report

    places: list[str] | None = None
    if place:
        places = [place_key(place, "place")]
    elif user is not None and user.role != "admin":
        places = list(user.places)
    out: list[QueueEntry] = []
    with store.tx() as s:
        for d in sql.documents_without_rows(s, [doc_id] if doc_id else None):
            sql.ensure_rows(s, d)
    with store.tx() as s:
        pending = sql.rows(s, decided=False, doc_id=doc_id)
        decided_docs = set(sql.reviewed_doc_ids(s))
        empty = sql.documents_without_events(s)
    by_event: dict[int, Any] = {}
    pending = [r for r in pending if not r.doc_id.startswith("office:")]  # the office's own records
    for r in pending:
        if r.ledger_event_id is not None:
            by_event[r.ledger_event_id] = r
        if not _touches(_keys(r.event), places):
            continue
        score, why = uncertainty(r.event)
        if score > 0:
            out.append(QueueEntry("unsure", r.doc_id, score, E_("an unsure reading: %(what)s", what="; ".join(why)),
                                  event_id=r.id, details=tuple(why)))
    for d in empty:
        if d.startswith("office:") or d in decided_docs or doc_id not in (None, d) or places is not None:
            continue  # a document with no event names no place: only an admin's queue (or a place-less one) has it
        doc = ledger.document(d)
        if doc is not None and could_report(doc.text):
            out.append(QueueEntry("likely_miss", d, LIKELY_MISS, E_("trigger words but no event read")))
    for f in _facts_of(ledger, list(by_event)):
        members = [by_event[i] for i in f.event_ids if i in by_event]
        if not members or not _touches(_keys(f.fact), places):
            continue
        if f.disagreements and len(f.event_ids) > 1:
            fields = sorted({str(d.get("field") or d.get("item") or d.get("currency") or "figure")
                             if isinstance(d, dict) else "figure" for d in f.disagreements})
            for r in members:
                out.append(QueueEntry("disagreement", r.doc_id, DISAGREEMENT + 0.1 * len(f.disagreements),
                                      E_("sources disagree on %(fields)s", fields=", ".join(fields)),
                                      event_id=r.id, fact_id=f.id))
        if f.type == "aggregate":
            gap = _relative_gap(ledger, f.fact)
            if gap is not None and gap >= 0.5:
                for r in members:
                    out.append(QueueEntry("aggregate_gap", r.doc_id, GAP + min(gap, 2.0),
                                          E_("the claim is %(gap)s away from the itemised sum",
                                             gap=f"{gap:.0%}"), event_id=r.id,
                                          fact_id=f.id))
    out.sort(key=lambda q: (-q.score, q.doc_id, q.event_id or 0, q.kind))
    return out[:limit] if limit else out


CHUNK = 2000


def _facts_of(ledger, event_ids: list[int]) -> list:  # noqa: ANN001
    """The facts the given events are in (read by id, in chunks: never the whole ledger)."""
    fact_ids: set[str] = set()
    for i in range(0, len(event_ids), CHUNK):
        fact_ids.update(c for c in ledger.canonical_of(event_ids[i:i + CHUNK]).values() if c)
    ids = sorted(fact_ids)
    return [f for i in range(0, len(ids), CHUNK) for f in ledger.facts(ids=ids[i:i + CHUNK])]


def _relative_gap(ledger, claim: dict) -> float | None:  # noqa: ANN001
    """The largest gap of a claim to its itemised side, relative to the claim (None: nothing to compare).

    The itemised side is read as the claims answer reads it (``cityaid.report.claims``), from the facts its
    givers gave (``web_queries.given_by``), not from the whole ledger."""
    from cityaid.ledger.web_queries import given_by
    from cityaid.report.claims import _gap, _itemised
    from cityaid.report.common import ordered

    givers = [a.get("key") for a in claim.get("from") or [] if a.get("key")]
    if not givers:
        return None
    got = _itemised(claim, ordered(given_by(ledger, claim.get("of") or "donation", givers)))
    gap = _gap(claim, got)
    rel = []
    for it in gap["items"]:
        if it["claimed"]:
            rel.append(abs(it["gap"]) / abs(it["claimed"]))
    for k in ("partners", "countries"):
        g = gap.get(k)
        if g and g["claimed"]:
            rel.append(abs(g["gap"]) / abs(g["claimed"]))
    return max(rel) if rel else None
