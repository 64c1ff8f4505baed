"""Incremental merge: adding events batch by batch gives exactly the facts of a full re-merge."""
from __future__ import annotations

import random

import pytest

from cityaid.merge import SpecEvent, merge_specs
from cityaid.merge.decisions import Decision, constraints
from cityaid.merge.incremental import MergeIndex, merge_incremental

CN = ["CN/Wuxi", "CN/Qingdao", "CN/Qingdao/Shinan", "CN/Changsha", "?/某县"]
ABROAD = ["JP/Toyokawa", "KR/Daegu", "US/Sacramento", "DE/Mannheim", "JP"]
MASKS = ["mask", "medical_mask", "n95_mask"]


def _date(rng: random.Random) -> dict | None:
    r = rng.random()
    month, day = rng.choice([1, 2, 3, 4]), rng.randint(1, 28)
    if r < 0.08:
        return None
    if r < 0.18:
        return {"value": f"2020-{month:02d}", "qualifier": "approx"}
    if r < 0.25:
        return {"value": f"2020-{month:02d}-{day:02d}", "qualifier": "before"}
    return {"value": f"2020-{month:02d}-{day:02d}", "qualifier": "on"}


def random_events(n: int, seed: int) -> list[SpecEvent]:
    """Reports of a few pairs over four months: many tell the same gift, some several actors at once."""
    rng = random.Random(seed)
    out: list[SpecEvent] = []
    doc = 0
    while len(out) < n:
        doc += 1
        for idx in range(rng.choice([1, 1, 2])):
            typ = rng.choices(["donation", "message", "request", "consultation", "aggregate"], [6, 2, 1, 1, 1])[0]
            frm = [{"key": rng.choice(CN), "name": "x"}]
            to = [{"key": k, "name": "y"} for k in rng.sample(ABROAD, rng.choice([1, 1, 1, 2]))]
            if rng.random() < 0.4:
                frm, to = to, frm
            spec: dict = {"type": typ, "from": frm, "to": to, "date": _date(rng), "items": [], "money": [],
                          "evidence": f"report {doc} {idx} {rng.randint(0, 3)}"}
            if typ in ("donation", "request"):
                q = rng.choice([10000, 20000, 50000, None])
                spec["items"] = [{"item": rng.choice(MASKS), "quantity": q,
                                  "qualifier": rng.choice(["exact", "approx", "over"]) if q else None}]
            if typ == "aggregate":
                spec["of"] = "donations"
                spec["partners_count"] = rng.choice([5, 6, 12])
            if typ == "message":
                spec["medium"] = rng.choice(["letter", "video", None])
            out.append(SpecEvent(len(out), f"doc{doc:04d}", idx, spec, source=f"pub{doc % 7}",
                                 published=f"2020-0{rng.randint(1, 4)}-{rng.randint(10, 28)}"))
    return out[:n]


def _batches(events, sizes):
    out, start = [], 0
    for size in sizes:
        out.append(events[start:start + size])
        start += size
    out.append(events[start:])
    return [b for b in out if b]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_batches_equal_a_full_re_merge(seed):
    events = random_events(600, seed)
    full = sorted(merge_specs(events), key=lambda f: f["id"])
    assert sum(len(f["event_ids"]) > 1 for f in full) > 30  # the data really merges
    for sizes in ([300, 200], [500, 1, 1, 1, 50], [100] * 6):
        assert merge_incremental(_batches(events, sizes)) == full


def test_decisions_are_obeyed_the_same_way():
    events = random_events(300, 5)
    full_facts = merge_specs(events)
    multi = next(f for f in full_facts if len(f["event_ids"]) > 2)
    apart = [f for f in full_facts if len(f["event_ids"]) == 1][:2]
    cons = constraints([Decision("split", (multi["event_ids"][0],), tuple(multi["event_ids"][1:])),
                        Decision("merge", (apart[0]["event_ids"][0], apart[1]["event_ids"][0]))])
    full = sorted(merge_specs(events, cons), key=lambda f: f["id"])
    assert merge_incremental(_batches(events, [150, 100]), cons) == full


def test_a_new_event_only_touches_its_blocks_and_fact_ids_stay():
    events = random_events(400, 7)
    index = MergeIndex()
    index.add(events[:399])
    before = dict(index.facts)
    new = SpecEvent(10_000, "new-doc", 0, {"type": "donation", "from": [{"key": "CN/Changsha"}],
                                           "to": [{"key": "US/Sacramento"}], "date": {"value": "2020-04-02"},
                                           "items": [{"item": "mask", "quantity": 20000}], "evidence": "new"})
    change = index.add([events[399], new])
    assert change.affected < 200
    untouched = [fid for fid in before if fid in index.facts]
    assert len(untouched) > len(before) - change.affected
    assert all(index.facts[fid] == before[fid] for fid in untouched if fid not in {f["id"] for f in change.facts})
    with pytest.raises(ValueError):
        index.add([new])


def _gift(eid: int, doc: str, to: list[str], day: str) -> SpecEvent:
    return SpecEvent(eid, doc, 0, {"type": "donation", "from": [{"key": "CN/Wuxi", "name": "w"}],
                                   "to": [{"key": k, "name": k} for k in to], "date": {"value": day},
                                   "items": [{"item": "mask", "quantity": 10000, "qualifier": "exact"}],
                                   "evidence": doc})


def test_a_report_in_two_blocks_is_decided_the_same_within_a_subset():
    """Blocks are clustered in key order: a far-off report of one block (w) must not change which
    block decides a two-recipient report (x) — or re-clustering x, y, z alone would differ."""
    w = _gift(0, "a0", ["JP/Toyokawa"], "2020-09-01")
    z = _gift(1, "a1", ["KR/Daegu"], "2020-03-10")
    x = _gift(2, "a2", ["JP/Toyokawa", "KR/Daegu"], "2020-03-10")
    y = _gift(3, "a3", ["JP/Toyokawa"], "2020-03-10")
    full = sorted(sorted(f["event_ids"]) for f in merge_specs([w, z, x, y]) if 0 not in f["event_ids"])
    assert full == sorted(sorted(f["event_ids"]) for f in merge_specs([z, x, y]))
    index = MergeIndex()
    index.add([w])
    index.add([z, x, y])
    assert sorted(sorted(f["event_ids"]) for f in index.facts.values()) == sorted(full + [[0]])
