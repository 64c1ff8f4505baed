"""Grouping compatible reports into facts: union-find with a complete-linkage guard.

Plain union-find over compatible pairs would chain: a vague "about 15,000
masks" report is compatible with both a 10,000 and a 20,000 shipment and
would glue them into one fact.  So two clusters are joined only when *every*
member of one is compatible with *every* member of the other (and no split
decision keeps any two of them apart) — each fact stays pairwise compatible.
Candidate pairs are tried strongest first (``compatible.score``), so a vague
report joins the fact it fits best.  Must-links from merge decisions are
applied first and unconditionally.  This function is pure (no database) and
is what ``benchmarks/merge_scale.py`` times.
"""
from __future__ import annotations

from typing import Sequence

from .blocking import blocks, candidate_pairs
from .compatible import compatible, score
from .decisions import Constraints
from .records import MergeEvent


class _Clusters:
    __slots__ = ("parent", "members")

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {}

    def find(self, i: int) -> int:
        p = self.parent
        root = i
        while p[root] != root:
            root = p[root]
        while p[i] != root:
            p[i], i = root, p[i]
        return root

    def group(self, r: int) -> list[int]:
        return self.members.get(r) or [r]

    def union(self, ra: int, rb: int) -> None:
        a, b = self.group(ra), self.group(rb)
        if len(a) < len(b):
            ra, rb, a, b = rb, ra, b, a
        self.parent[rb] = ra
        self.members[ra] = a + b
        self.members.pop(rb, None)


def _block_order(item: tuple) -> tuple:
    """Blocks in key order, not first-appearance order: an event in two blocks (two recipients) is
    decided by whichever block comes first, and the order of keys is the same for a subset of the
    events as for the whole ledger — what lets an incremental merge re-cluster a few blocks alone."""
    key = item[0]
    return (key[0], key[1] is not None, key[1] or "", key[2])


def cluster_events(events: Sequence[MergeEvent], constraints: Constraints | None = None) -> list[list[int]]:
    """Positions in ``events`` grouped into facts (each list sorted; lists ordered by first position)."""
    n = len(events)
    uf = _Clusters(n)
    cons = constraints or Constraints()
    if cons.must:
        pos = {e.eid: i for i, e in enumerate(events)}
        for pair in sorted(cons.must, key=sorted):
            a, b = sorted(pair)
            if a in pos and b in pos:
                ra, rb = uf.find(pos[a]), uf.find(pos[b])
                if ra != rb:
                    uf.union(ra, rb)
    cannot = cons.cannot

    def joinable(ra: int, rb: int) -> bool:
        for x in uf.group(ra):
            ex = events[x]
            for y in uf.group(rb):
                ey = events[y]
                if cannot and frozenset((ex.eid, ey.eid)) in cannot:
                    return False
                if not compatible(ex, ey):
                    return False
        return True

    for _key, block in sorted(blocks(events).items(), key=_block_order):
        if len(block) < 2:
            continue
        scored = []
        for i, j in candidate_pairs(events, block):
            s = score(events[i], events[j])
            if s is not None:
                scored.append((-s, i, j))
        scored.sort()
        for _, i, j in scored:
            ra, rb = uf.find(i), uf.find(j)
            if ra != rb and joinable(ra, rb):
                uf.union(ra, rb)
    out: dict[int, list[int]] = {}
    for i in range(n):
        out.setdefault(uf.find(i), []).append(i)
    return sorted(out.values(), key=lambda g: g[0])
