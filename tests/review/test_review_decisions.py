"""Deriving an event's state from its decisions, and matching decisions to a new reading (pure)."""
from __future__ import annotations

from cityaid.review.decisions import Decision, derive, gold_payload, ledger_payload
from cityaid.review.reattach import Slot, attach, overlap, similarity

READ = {"type": "donation", "from": [{"key": "CN/Taizhou", "name": "本市"}], "to": [{"key": "DE/Augsburg"}],
        "date": {"value": "2020-04-03", "qualifier": "on"}, "evidence": "甲乙丙丁", "evidence_span": [10, 14]}
FIXED = dict(READ, date={"value": "2020-04-02", "qualifier": "on"})


def test_pending_follows_the_reading():
    d = derive(READ, [])
    assert (d.state, d.event, d.decided) == ("pending", READ, False)
    assert ledger_payload(d) == READ and gold_payload(d) is None
    assert derive(None, []).event is None


def test_accept_freezes_what_was_accepted():
    d = derive({"type": "message"}, [Decision("accept", "ada", data={"event": READ})])
    assert d.state == "accepted" and d.event == READ and d.who == "ada"
    assert ledger_payload(d)["reviewed"] == "accepted" and gold_payload(d) == READ


def test_fix_then_reject_then_accept_is_fixed_again():
    log = [Decision("fix", data={"event": FIXED}), Decision("reject", data={"reason": "plan"})]
    d = derive(READ, log)
    assert (d.state, d.reason) == ("rejected", "plan")
    assert ledger_payload(d) is None and gold_payload(d) is None
    d = derive(READ, log + [Decision("accept", data={"event": FIXED})])
    assert d.state == "fixed" and d.event == FIXED and d.reason is None


def test_added_stays_added_through_fixes_and_system_notes():
    log = [Decision("add", data={"event": READ}), Decision("fix", data={"event": FIXED}),
           Decision("orphan", "cityaid"), Decision("reattach", "cityaid")]
    d = derive(None, log)
    assert d.state == "added" and d.event == FIXED and not d.orphan
    assert derive(None, log[:3]).orphan
    assert derive(READ, [Decision("reject", data={"reason": "same_as", "same_as": 7})]).same_as == 7


def test_overlap_by_span_then_by_text():
    a = {"evidence": "x", "evidence_span": [0, 10]}
    assert overlap(a, {"evidence": "y", "evidence_span": [5, 15]}) == 5 / 15
    assert overlap(a, {"evidence_span": [10, 20]}) == 0
    assert overlap({"evidence": "甲乙丙"}, {"evidence": "甲乙丙"}) == 1
    assert overlap({"evidence": "甲乙"}, {"evidence": "甲乙丙丁"}) == 0.5
    assert overlap({"evidence": ""}, {"evidence": "甲"}) == 0


def test_similarity_needs_type_and_overlap():
    assert similarity(READ, dict(READ, type="message")) == 0
    assert similarity(READ, dict(READ, evidence_span=[20, 30])) == 0
    assert similarity(READ, READ) > similarity(READ, FIXED) > 0


def test_attach_is_one_to_one_decided_first():
    far = dict(READ, evidence_span=[40, 44], evidence="戊己庚辛")
    slots = [Slot(1, False, (READ,)), Slot(2, True, (FIXED,)), Slot(3, True, (far,))]
    m = attach(slots, [READ, dict(READ, evidence_span=[11, 14])])
    assert m[2] == 0  # the decided slot chose first: the best match
    assert m[1] == 1  # the pending one takes what is left
    assert 3 not in m  # nothing near: an orphan for the caller
    assert attach([], [READ]) == {} and attach(slots, []) == {}
