"""Clustering: no chaining through a vague report; blocking keeps the work near-linear."""

from cityaid.merge import Constraints, cluster_events
from test_merge_compatible import rec


def test_vague_report_does_not_chain_two_shipments():
    a = rec(0, "a", date="2020-03-06", items=[("mask", 10000, "exact")])
    b = rec(1, "b", date="2020-03-10", items=[("mask", 20000, "exact")])
    vague = rec(2, "c", date="2020-03", q="approx", items=[("mask", 10000, "over")])   # 1万余只: 10k..15k
    loose = rec(3, "d")                                                                 # no date, no figure
    groups = cluster_events([a, b, vague, loose])
    assert not any({0, 1} <= set(g) for g in groups)


def test_constraints_force_and_forbid():
    a = rec(10, "a", date="2020-03-06", items=[("mask", 10000, "exact")])
    b = rec(11, "b", date="2020-03-07", items=[("mask", 10000, "exact")])
    c = rec(12, "c", date="2020-05-20", items=[("mask", 99, "exact")])
    assert cluster_events([a, b, c]) == [[0, 1], [2]]
    assert cluster_events([a, b, c], Constraints(cannot={frozenset((10, 11))})) == [[0], [1], [2]]
    # forced together; b is still incompatible with c, so complete linkage keeps it out
    assert cluster_events([a, b, c], Constraints(must={frozenset((10, 12))})) == [[0, 2], [1]]


def test_near_linear_growth():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "merge_scale.py"
    spec = importlib.util.spec_from_file_location("merge_scale", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    generate = mod.generate

    from cityaid.merge.blocking import blocks, candidate_pairs

    def comparisons(n):
        """Pairs the merge would compare: counted, not timed, so the test does not depend on machine load."""
        events, _ = generate(n, seed=3)
        return sum(sum(1 for _ in candidate_pairs(events, block)) for block in blocks(events).values())

    small, big = comparisons(5000), comparisons(50000)
    assert big < small * 25   # 10x the events: well under quadratic (100x)
