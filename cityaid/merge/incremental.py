"""Adding events to merged facts without re-merging the whole ledger — with the same result.

A full re-merge (``run.merge_specs``) costs in proportion to the ledger; a
day of news should cost in proportion to the day.  ``MergeIndex`` keeps the
merged state (events in arrival order, each block's events by month bucket,
the facts) and ``add`` merges new events against *their blocks only*: the
events a new one can be compared with — same block (type, actor pair), month
buckets its date window reaches (plus a month of margin each way, since the
blocking's month test is not symmetric), the block's undated events (an
undated report can meet any date, so it brings its whole block), the
partners of a person's merge decisions — and, transitively, theirs.  That
set is closed under every comparison the clustering makes, so clustering it
alone, in arrival order, gives exactly the facts a full re-merge gives
there, and every other fact is untouched.  Fact ids follow (``canonical.fact_id``
of the earliest report) and so stay stable.  ``tests/merge/test_merge_incremental.py``
checks the equality; ``benchmarks/warc_scale.py`` times 10k new events into
100k and 1M.

``merge_pending`` does the same against a stored ledger, without holding it
in memory: the events no merge has seen (``canonical_id`` NULL) and the
members of facts that lost an event (a re-ingested document) are the seeds;
their neighbours come from the ledger's ``event_blocks`` rows (block hash,
month bucket: what ``block_rows`` writes), walked to closure together with
every member of every fact met on the way; that closed set is clustered in
the full merge's order (doc id, place in the document) and only its facts
are rewritten (``Ledger.update_facts``).  Blocks are clustered in key order
(``cluster._block_order``), so a closed subset clusters exactly as it does
inside the whole ledger.  ``tests/merge/test_merge_ledger_incremental.py``
checks it against ``cityaid remerge``; ``benchmarks/merge_scale.py --ledger``
times it.
"""
from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Hashable, Sequence

from .blocking import BLOCKING, block_keys, block_lookups, block_rows, month_of, month_reach
from .canonical import Report, build_fact
from .cluster import cluster_events
from .decisions import Constraints, constraints
from .records import MergeEvent, from_spec
from .run import MergeStats, SpecEvent, _decisions, _fact_row, _merge_recs, merge_ledger

if TYPE_CHECKING:  # pragma: no cover
    from cityaid.ledger import Ledger


@dataclass(frozen=True)
class MergeChange:
    """What one ``add`` did: facts made or remade, fact ids gone, events re-clustered."""

    facts: list[dict]
    removed: list[str]
    affected: int


@dataclass
class MergeIndex:
    """Merged state of a set of events; ``add`` merges more into it (see the module docstring)."""

    constraints: Constraints = field(default_factory=Constraints)
    events: list[SpecEvent] = field(default_factory=list)
    recs: list[MergeEvent] = field(default_factory=list)
    fact_of: list[str] = field(default_factory=list)
    facts: dict[str, dict] = field(default_factory=dict)
    _dated: dict[Hashable, dict[int, list[int]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    _undated: dict[Hashable, list[int]] = field(default_factory=lambda: defaultdict(list))
    _keys: list[list[Hashable]] = field(default_factory=list)
    _pos: dict[int, int] = field(default_factory=dict)

    def add(self, new: Sequence[SpecEvent]) -> MergeChange:
        """Merge ``new`` events (unseen eids) into the facts; returns what changed."""
        start = len(self.events)
        for e in new:
            if e.eid in self._pos:
                raise ValueError(f"event {e.eid} is already merged")
            self._index(e)
        # the first batch is a full merge: everything is affected, no need to walk the blocks
        affected = list(range(len(self.events))) if start == 0 else self._reach(range(start, len(self.events)))
        recs = [self.recs[p] for p in affected]
        old = {self.fact_of[p] for p in affected if self.fact_of[p]}
        made = []
        for group in cluster_events(recs, self.constraints):
            positions = [affected[i] for i in group]
            fact = build_fact([Report(self.recs[p], self.events[p].idx, self.events[p].spec) for p in positions])
            for p in positions:
                self.fact_of[p] = fact["id"]
            made.append(fact)
        for fid in old:
            self.facts.pop(fid, None)
        for fact in made:
            self.facts[fact["id"]] = fact
        return MergeChange(facts=made, removed=sorted(old - {f["id"] for f in made}), affected=len(affected))

    def _index(self, e: SpecEvent) -> None:
        rec = from_spec(e.eid, e.doc, e.spec, source=e.source, published=e.published)
        p = len(self.events)
        self.events.append(e)
        self.recs.append(rec)
        self.fact_of.append("")
        self._pos[e.eid] = p
        keys = block_keys(rec)
        self._keys.append(keys)
        for k in keys:
            if rec.d_lo is None:
                self._undated[k].append(p)
            else:
                buckets = self._dated[k]
                for m in range(month_of(rec.d_lo), month_of(rec.d_hi) + 1):  # type: ignore[arg-type]
                    buckets[m].append(p)

    def _neighbours(self, p: int):
        rec = self.recs[p]
        for k in self._keys[p]:
            yield from self._undated.get(k, ())
            buckets = self._dated.get(k)
            if not buckets:
                continue
            reach = month_reach(rec)
            if reach is None:
                for members in buckets.values():
                    yield from members
                continue
            for m in range(reach[0], reach[1] + 1):
                yield from buckets.get(m, ())
        if self.constraints.must:
            eid = rec.eid
            for pair in self._must_of().get(eid, ()):
                q = self._pos.get(pair)
                if q is not None:
                    yield q

    def _must_of(self) -> dict[int, list[int]]:
        cache = getattr(self, "_must_cache", None)
        if cache is None or cache[0] is not self.constraints.must or cache[1] != len(self.constraints.must):
            links: dict[int, list[int]] = defaultdict(list)
            for pair in self.constraints.must:
                a, b = sorted(pair)
                links[a].append(b)
                links[b].append(a)
            cache = (self.constraints.must, len(self.constraints.must), links)
            self._must_cache = cache
        return cache[2]

    def _reach(self, seeds) -> list[int]:
        """Positions connected to ``seeds`` through possible comparisons, in arrival order."""
        seen = set(seeds)
        todo = deque(seen)
        while todo:
            p = todo.popleft()
            for q in self._neighbours(p):
                if q not in seen:
                    seen.add(q)
                    todo.append(q)
        return sorted(seen)


def merge_incremental(batches: Sequence[Sequence[SpecEvent]], cons: Constraints | None = None) -> list[dict]:
    """Facts after adding ``batches`` one after the other (equal to ``merge_specs`` of them all)."""
    index = MergeIndex(constraints=cons or Constraints())
    for batch in batches:
        index.add(batch)
    return sorted(index.facts.values(), key=lambda f: f["id"])


def merge_pending(ledger: "Ledger") -> MergeStats:
    """Merge what was stored since the last merge into the ledger's facts, rewriting only the facts it touches.

    Equal to ``merge_ledger`` (a full re-merge: same facts, same ids, same
    members); falls back to it when the ledger has no usable ``event_blocks``
    (never merged, merged before revision 0006, or by another blocking) and
    when most of its events are new.
    ``MergeStats.events`` counts the events re-clustered.
    """
    if ledger.merge_state("blocking") != BLOCKING:
        return merge_ledger(ledger)
    new = ledger.unmerged_events()
    stale = ledger.stale_facts()
    decisions = _decisions(ledger)
    if not new and not stale:
        return MergeStats(events=0, facts=0, multi_source=0, decisions=len(decisions))
    if len(new) * 2 > ledger.count_events():  # most of the ledger is new: walking blocks would only cost more
        return merge_ledger(ledger)
    cons = constraints(decisions)
    must: dict[int, set[int]] = defaultdict(set)
    for pair in cons.must:
        a, b = sorted(pair)
        must[a].add(b)
        must[b].add(a)
    # the new events' own rows first, so they find each other as they find the stored ones
    ledger.store_blocks([row for r in new for row in block_rows(r.id, _rec(r))])
    rows: dict = {}
    recs: dict[int, MergeEvent] = {}
    seen_facts = set(stale)
    frontier = new + ledger.merge_events(ledger.event_ids_of_facts(stale) - {r.id for r in new})
    while frontier:
        for r in frontier:
            rows[r.id] = r
            recs[r.id] = _rec(r)
        wanted = ledger.events_in_blocks(lk for r in frontier for lk in block_lookups(recs[r.id]))
        for r in frontier:
            wanted |= must.get(r.id, set())
        facts_met = {r.canonical_id for r in frontier if r.canonical_id} - seen_facts
        seen_facts |= facts_met
        if facts_met:  # every member of a fact met is redone with it (its id may move)
            wanted |= ledger.event_ids_of_facts(facts_met)
        wanted -= rows.keys()
        frontier = ledger.merge_events(sorted(wanted)) if wanted else []
    affected = sorted(rows.values(), key=lambda r: (r.doc_id, r.idx))  # the full merge's order
    events = [SpecEvent(r.id, r.doc_id, r.idx, r.event, r.source or "", r.published or "") for r in affected]
    facts = _merge_recs(events, [recs[r.id] for r in affected], cons)
    from cityaid.office.partners import flag_facts; flag_facts(ledger, facts)  # noqa: E702 - sister-city pairs
    removed = {r.canonical_id for r in affected if r.canonical_id} | set(stale)
    ledger.update_facts(removed, [_fact_row(f) for f in facts], [], stale, {r.id: r.canonical_id for r in affected})
    return MergeStats(events=len(events), facts=len(facts), multi_source=sum(f["sources"] > 1 for f in facts),
                      decisions=len(decisions))


def _rec(r) -> MergeEvent:  # noqa: ANN001 - a ledger MergeEventRow
    return from_spec(r.id, r.doc_id, r.event, source=r.source or "", published=r.published or "")
