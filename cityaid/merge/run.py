"""Running the merge: over plain spec events (pure) or over a whole ledger, and people's decisions.

``merge_specs`` is the pure entry point (lists of spec dicts in, facts out);
``merge_ledger`` reads every stored event, the documents' publishers and the
recorded decisions, merges, and replaces the ledger's facts in one
transaction — a full re-merge, so the result never depends on the order in
which documents arrived (``cityaid remerge``).  ``ingest`` runs
``incremental.merge_pending`` instead, which gives the same facts rewriting
only those the new events touch; the full merge also stores the lookups
that one reads (``event_blocks``).  ``decide_merge``/``decide_split`` record a
person's decision and re-run the merge so it takes effect at once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from .canonical import Report, build_fact
from .cluster import cluster_events
from .decisions import Constraints, Decision, constraints
from .records import from_spec

if TYPE_CHECKING:  # pragma: no cover
    from cityaid.ledger import FactRow, Ledger


class MergeError(Exception):
    """A decision that cannot be carried out (unknown event or fact id...)."""


@dataclass(frozen=True)
class SpecEvent:
    """One event to merge outside a ledger: a unique ``eid``, its document and place there, its spec dict."""

    eid: int
    doc: str
    idx: int
    spec: dict
    source: str = ""
    published: str = ""


@dataclass(frozen=True)
class MergeStats:
    events: int
    facts: int
    multi_source: int
    decisions: int


def merge_specs(events: Sequence[SpecEvent], cons: Constraints | None = None) -> list[dict]:
    """Facts (``canonical.build_fact`` dicts) for ``events``; pure, no database."""
    recs = [from_spec(e.eid, e.doc, e.spec, source=e.source, published=e.published) for e in events]
    return _merge_recs(events, recs, cons)


def _merge_recs(events: Sequence[SpecEvent], recs: list, cons: Constraints | None) -> list[dict]:
    facts = []
    for group in cluster_events(recs, cons):
        facts.append(build_fact([Report(recs[i], events[i].idx, events[i].spec) for i in group]))
    return facts


def docs_to_specs(docs: dict[str, list[dict]]) -> list[SpecEvent]:
    """``{doc: [spec, ...]}`` (a spec JSON Lines file as loaded) to ``SpecEvent``s numbered in order."""
    out, n = [], 0
    for doc in sorted(docs):
        for idx, spec in enumerate(docs[doc]):
            out.append(SpecEvent(n, doc, idx, spec))
            n += 1
    return out


def _fact_row(f: dict) -> "FactRow":
    from cityaid.ledger import FactRow

    payload = dict(f["payload"], independent_sources=f["independent"])
    return FactRow(id=f["id"], type=f["type"], of=f["of"], fact=payload, confidence=f["confidence"],
                   sources=f["sources"], disagreements=f["disagreements"], event_ids=tuple(f["event_ids"]))


def _decisions(ledger: "Ledger") -> list[Decision]:
    return [Decision(kind=d.kind, event_ids=d.event_ids, others=d.other_event_ids, fact_ids=d.fact_ids,
                     who=d.who, why=d.why, id=d.id) for d in ledger.decisions()]


def merge_ledger(ledger: "Ledger") -> MergeStats:
    """Re-merge every event of ``ledger`` into facts, obeying recorded decisions; store the facts."""
    meta = ledger.document_sources()
    events = []
    for r in ledger.iter_events():
        published, source = meta.get(r.doc_id, (None, None))
        events.append(SpecEvent(r.id, r.doc_id, r.idx, r.event, source or "", published or ""))
    decisions = _decisions(ledger)
    recs = [from_spec(e.eid, e.doc, e.spec, source=e.source, published=e.published) for e in events]
    facts = _merge_recs(events, recs, constraints(decisions))
    from cityaid.office.partners import flag_facts; flag_facts(ledger, facts)  # noqa: E702 - sister-city pairs
    from .blocking import BLOCKING, block_rows  # the lookups the next, incremental, merge reads
    blocks = [row for e, rec in zip(events, recs) for row in block_rows(e.eid, rec)]
    ledger.replace_facts([_fact_row(f) for f in facts], blocks, BLOCKING)
    return MergeStats(events=len(events), facts=len(facts), multi_source=sum(f["sources"] > 1 for f in facts),
                      decisions=len(decisions))


def _expand(ledger: "Ledger", ids: Iterable[str | int]) -> tuple[list[int], list[str]]:
    """Event ids from a mix of event ids (digits) and fact ids (``F...``: all of that fact's events)."""
    events: list[int] = []
    facts: list[str] = []
    for x in ids:
        s = str(x).strip()
        if s.isdigit():
            events.append(int(s))
        else:
            found = ledger.fact_event_ids(s)
            if not found:
                raise MergeError(f"{s}: no such fact")
            facts.append(s)
            events.extend(found)
    known = ledger.canonical_of(events)
    missing = [e for e in events if e not in known]
    if missing:
        raise MergeError(f"no such event: {', '.join(map(str, missing))}")
    facts += sorted({c for c in known.values() if c and c not in facts})
    return sorted(set(events)), facts


def decide_merge(ledger: "Ledger", ids: Sequence[str | int], who: str = "", why: str = "") -> MergeStats:
    """Record that these events (or every event of these facts) are one fact, then re-merge."""
    events, facts = _expand(ledger, ids)
    if len(events) < 2:
        raise MergeError("merge needs at least two events")
    ledger.record_decision("merge", events, facts, [], who, why)
    return merge_ledger(ledger)


def decide_split(ledger: "Ledger", event_id: int, who: str = "", why: str = "") -> MergeStats:
    """Record that event ``event_id`` is not the fact it is now in (kept apart from its other events), re-merge."""
    known = ledger.canonical_of([event_id])
    if event_id not in known:
        raise MergeError(f"no such event: {event_id}")
    fact = known[event_id]
    others = [e for e in ledger.fact_event_ids(fact) if e != event_id] if fact else []
    if not others:
        raise MergeError(f"event {event_id} is alone in its fact: nothing to split")
    ledger.record_decision("split", [event_id], [fact] if fact else [], others, who, why)
    return merge_ledger(ledger)
