"""Merging a stored ledger: facts table, canonical ids, export, and decisions that survive re-runs."""
import io
import json

from aid_fixture import AID_FACTS_TOTAL
from cityaid.merge import decide_merge, decide_split, merge_ledger


def _fact_of(lg, evidence_start):
    for r in lg.iter_events():
        if r.event["evidence"].startswith(evidence_start):
            return r.id, r.canonical_id
    raise AssertionError(evidence_start)


def test_facts_stored_and_events_point_at_them(aid_ledger):
    facts = list(aid_ledger.facts())
    assert len(facts) == AID_FACTS_TOTAL
    ids = {f.id for f in facts}
    rows = list(aid_ledger.iter_events())
    assert all(r.canonical_id in ids for r in rows)
    for f in facts:
        assert sorted(f.event_ids) == aid_ledger.fact_event_ids(f.id)
    buf = io.StringIO()
    aid_ledger.export_jsonl(buf)
    exported = [e for line in buf.getvalue().splitlines() for e in json.loads(line)["events"]]
    assert len({e["canonical"] for e in exported}) == AID_FACTS_TOTAL


def test_remerge_is_stable(aid_ledger):
    before = {f.id: sorted(f.event_ids) for f in aid_ledger.facts()}
    stats = merge_ledger(aid_ledger)
    assert stats.facts == AID_FACTS_TOTAL and stats.multi_source == 8
    assert {f.id: sorted(f.event_ids) for f in aid_ledger.facts()} == before


def test_fact_filters(aid_ledger):
    assert {f.type for f in aid_ledger.facts(type="message")} == {"message"}
    cq = list(aid_ledger.facts(actor="CN/Chongqing", include_sub=True))
    assert len(cq) == 2 and len(list(aid_ledger.facts(actor="CN/Chongqing"))) == 1
    assert len(list(aid_ledger.facts(actor="CN/Wuxi", role="from"))) == 2
    assert all(f.date_lo >= "2020-03-01" for f in aid_ledger.facts(since="2020-03-01"))


def test_split_survives_remerge(aid_ledger):
    eid, fact = _fact_of(aid_ledger, "The first 10,000 masks arrived")
    assert len(aid_ledger.fact_event_ids(fact)) == 3
    stats = decide_split(aid_ledger, eid, who="tester", why="arrival report of another batch")
    assert stats.facts == AID_FACTS_TOTAL + 1
    for _ in range(2):
        _, new = _fact_of(aid_ledger, "The first 10,000 masks arrived")
        assert aid_ledger.fact_event_ids(new) == [eid]
        merge_ledger(aid_ledger)
    d = aid_ledger.decisions()
    assert [x.kind for x in d] == ["split"] and d[0].who == "tester" and len(d[0].other_event_ids) == 2


def test_merge_survives_remerge(aid_ledger):
    a, fa = _fact_of(aid_ledger, "3月10日，向北海道")           # H3: alone
    b, fb = _fact_of(aid_ledger, "3月6日，我省向韩国")          # F4: three reports
    assert fa != fb
    decide_merge(aid_ledger, [str(a), fb], why="same shipment, misreported recipient")
    merge_ledger(aid_ledger)
    _, fa2 = _fact_of(aid_ledger, "3月10日，向北海道")
    _, fb2 = _fact_of(aid_ledger, "3月6日，我省向韩国")
    assert fa2 == fb2
    assert len(aid_ledger.fact_event_ids(fa2)) == 4
    assert aid_ledger.decisions()[0].fact_ids  # the facts they were in are recorded
