"""A person's merge and split decisions, turned into constraints the automatic merge obeys.

Decisions are kept by event id (stable while a document is not re-ingested
with new content) and replayed in the order they were made, so a later
decision overrides an earlier one about the same events:

* ``merge`` of events E1..En: every pair becomes a *must-link* (they are
  forced into one fact before any automatic union) and any earlier
  *cannot-link* between them is dropped.
* ``split`` of event E from the fact it was in: E gets a *cannot-link* with
  every other event of that fact (``others``), so no later run puts it back
  with any of them, and earlier must-links between E and them are dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Iterable


@dataclass(frozen=True)
class Decision:
    """One decision as the ledger stores it (``others``: the events a split event is kept apart from)."""

    kind: str  # merge | split
    event_ids: tuple[int, ...]
    others: tuple[int, ...] = ()
    fact_ids: tuple[str, ...] = ()
    who: str = ""
    why: str = ""
    id: int | None = None
    at: str | None = None


@dataclass
class Constraints:
    must: set[frozenset[int]] = field(default_factory=set)
    cannot: set[frozenset[int]] = field(default_factory=set)

    def forbids(self, a: int, b: int) -> bool:
        return frozenset((a, b)) in self.cannot


def constraints(decisions: Iterable[Decision]) -> Constraints:
    """Replay ``decisions`` (oldest first) into must- and cannot-links."""
    c = Constraints()
    for d in decisions:
        if d.kind == "merge":
            for a, b in combinations(sorted(set(d.event_ids)), 2):
                p = frozenset((a, b))
                c.must.add(p)
                c.cannot.discard(p)
        elif d.kind == "split":
            for e in d.event_ids:
                for o in d.others:
                    if o != e:
                        p = frozenset((e, o))
                        c.cannot.add(p)
                        c.must.discard(p)
        else:
            raise ValueError(f"unknown decision kind {d.kind!r}")
    return c
