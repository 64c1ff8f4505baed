"""Incremental merge in a stored ledger (``merge_pending``, what ``cityaid ingest`` runs) equals ``cityaid remerge``.

Runs on SQLite and, with ``CITYAID_TEST_PG_URL``, on PostgreSQL too.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections import defaultdict

import pytest
from sqlalchemy import select

from cityaid.ledger import Ledger
from cityaid.ledger.summary_tables import FactFlowRecord, FactGroupRecord, PlaceTotalRecord
from cityaid.ledger.tables import FactRecord
from cityaid.merge import decide_split, merge_ledger, merge_pending
from cityaid.model import Document, Event
from pg_support import BACKENDS, pg_schema_url
from test_merge_incremental import random_events


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A function giving a fresh empty database URL (or path) on one backend, as often as called."""
    with_pg = []

    def make(name: str) -> str:
        if request.param == "sqlite":
            return str(tmp_path / f"{name}.db")
        cm = pg_schema_url()
        with_pg.append(cm)
        return cm.__enter__()

    yield make
    for cm in with_pg:
        cm.__exit__(None, None, None)


def _documents(events):
    """SpecEvents grouped into (Document, [Event]) in doc order, publisher and date from the first event."""
    by_doc = defaultdict(list)
    for e in events:
        by_doc[e.doc].append(e)
    out = []
    for doc in sorted(by_doc):
        evs = sorted(by_doc[doc], key=lambda e: e.idx)
        text = "\n".join(e.spec["evidence"] for e in evs)
        out.append((Document(doc_id=doc, text=text, content_hash=hashlib.sha256((doc + text).encode()).hexdigest(),
                             published=evs[0].published, source=evs[0].source),
                    [Event.model_validate(e.spec) for e in evs]))
    return out


def _store(lg: Ledger, docs) -> None:
    for doc, events in docs:
        lg.store(doc, None, events)


def snapshot(lg: Ledger) -> dict:
    """Fact id -> (members as (doc, idx), confidence, canonical payload without event ids)."""
    where = {r.id: (r.doc_id, r.idx) for r in lg.iter_events()}
    out = {}
    for f in lg.facts():
        payload = {k: v for k, v in f.fact.items() if k != "sources"}
        out[f.id] = (sorted(where[e] for e in f.event_ids), f.confidence, payload)
    assert all(r.canonical_id in out for r in lg.iter_events())  # every event in a fact that exists
    return out


def _rows(result) -> list:
    return sorted((tuple("" if x is None else x for x in r) for r in result), key=repr)


def summaries(lg: Ledger) -> tuple:
    with lg.engine.connect() as conn:
        g = FactGroupRecord
        groups = _rows(conn.execute(select(g.type, g.direction, g.date_lo, g.date_hi, g.n)))
        flows = _rows(conn.execute(select(FactFlowRecord.from_key, FactFlowRecord.to_key, FactFlowRecord.type,
                                          FactFlowRecord.n)))
        totals = _rows(conn.execute(select(PlaceTotalRecord.key, PlaceTotalRecord.type, PlaceTotalRecord.given,
                                           PlaceTotalRecord.received)))
    return groups, flows, totals


def merged_at(lg: Ledger) -> dict:
    with lg.engine.connect() as conn:
        return dict(conn.execute(select(FactRecord.id, FactRecord.merged_at)).all())


def test_batches_equal_ingesting_all_and_a_full_remerge(db_url):
    docs = _documents(random_events(700, 11))
    batches = [docs[:300], docs[300:420], docs[420:421], docs[421:]]
    with Ledger(db_url("one")) as lg:
        _store(lg, docs)
        merge_pending(lg)  # a fresh ledger: the first merge is a full one
        merge_ledger(lg)
        expected = snapshot(lg)
        expected_summaries = summaries(lg)
    assert sum(len(m) > 1 for m, _, _ in expected.values()) > 30  # the data really merges
    with Ledger(db_url("batches")) as lg:
        counts = []
        for batch in batches:
            _store(lg, batch)
            counts.append(merge_pending(lg).events)
            assert not lg.unmerged_events() and not lg.stale_facts()
        assert counts[0] == sum(len(e) for _, e in batches[0])  # full
        assert counts[2] < 60  # one document: its blocks only
        assert snapshot(lg) == expected
        assert summaries(lg) == expected_summaries
        merge_ledger(lg)  # cityaid remerge changes nothing
        assert snapshot(lg) == expected


def test_a_changed_document_redoes_only_its_blocks(db_url):
    events = random_events(500, 12)
    docs = _documents(events)
    with Ledger(db_url("changed")) as lg:
        _store(lg, docs)
        merge_pending(lg)
        before, stamps = snapshot(lg), merged_at(lg)
        doc, evs = next((d, e) for d, e in docs[100:] if any(x.type == "donation" for x in e))
        # same document, new content: another quantity, another recipient for its first donation
        i = next(i for i, x in enumerate(evs) if x.type == "donation")
        spec = evs[i].to_spec()
        spec["items"] = [{"item": "mask", "quantity": 77777, "qualifier": "exact"}]
        spec["to"] = [{"key": "DE/Mannheim", "name": "Mannheim"}]
        changed = [Event.model_validate(spec) if j == i else e for j, e in enumerate(evs)]
        new_doc = dataclasses.replace(doc, content_hash="changed", text=doc.text + " (corrected)")
        assert lg.store(new_doc, None, changed) == "replaced"
        assert lg.stale_facts()
        stats = merge_pending(lg)
        assert 0 < stats.events < 150
        after, stamps2 = snapshot(lg), merged_at(lg)
        rewritten = {f for f in stamps2 if stamps.get(f) != stamps2[f]}
        assert 0 < len(rewritten) <= stats.facts
        assert len(rewritten) < len(after) // 4  # a few blocks, not the ledger
        # the facts that held the document's events were redone; every other fact left alone is as before
        assert {f for f in before if any(m[0] == doc.doc_id for m in before[f][0])} <= rewritten | (before.keys() - after.keys())
        assert {f for f in after if any(m[0] == doc.doc_id for m in after[f][0])} <= rewritten
        assert all(after[f] == before[f] for f in after if f not in rewritten)
        merge_ledger(lg)
        assert snapshot(lg) == after


def test_decisions_still_apply_to_later_batches(db_url):
    docs = _documents(random_events(400, 13))
    with Ledger(db_url("decided")) as lg:
        _store(lg, docs[:250])
        merge_pending(lg)
        multi = next(f for f in lg.facts() if len(f.event_ids) > 2)
        split_off = sorted(multi.event_ids)[0]
        decide_split(lg, split_off, who="tester")
        _store(lg, docs[250:])
        assert merge_pending(lg).events < 400
        inc = snapshot(lg)
        fact_of = {r.id: r.canonical_id for r in lg.iter_events()}
        assert all(fact_of[split_off] != fact_of[e] for e in multi.event_ids if e != split_off)
        merge_ledger(lg)
        assert snapshot(lg) == inc


def test_a_ledger_merged_before_the_lookups_existed_gets_one_full_merge(db_url):
    docs = _documents(random_events(200, 14))
    with Ledger(db_url("old")) as lg:
        _store(lg, docs[:150])
        merge_pending(lg)
        lg.replace_facts(list(lg.facts()))  # as an older cityaid did: facts, no event_blocks
        assert lg.merge_state("blocking") == ""
        _store(lg, docs[150:])
        assert merge_pending(lg).events == sum(len(e) for _, e in docs)  # full
        assert lg.merge_state("blocking")


def test_cli_ingest_folder_by_folder_equals_ingest_all_then_remerge(tmp_path):
    """``cityaid ingest`` of the bundled reports in three runs gives the facts of one run plus ``cityaid remerge``."""
    import shutil
    from pathlib import Path

    from typer.testing import CliRunner

    from cityaid.cli import app

    examples = Path(__file__).resolve().parents[2] / "examples" / "reports"
    files = sorted(p for p in examples.iterdir() if p.is_file())
    parts = [tmp_path / f"part{i}" for i in range(3)]
    for i, f in enumerate(files):
        parts[i % 3].mkdir(exist_ok=True)
        shutil.copy(f, parts[i % 3] / f.name)
    runner = CliRunner()
    for part in parts:
        assert runner.invoke(app, ["ingest", str(part), "--db", str(tmp_path / "inc.db")]).exit_code == 0
    assert runner.invoke(app, ["ingest", *map(str, parts), "--db", str(tmp_path / "all.db")]).exit_code == 0
    assert runner.invoke(app, ["remerge", "--db", str(tmp_path / "all.db")]).exit_code == 0
    with Ledger(str(tmp_path / "inc.db")) as inc, Ledger(str(tmp_path / "all.db")) as full:
        got, want = snapshot(inc), snapshot(full)
        assert got == want and len(want) > 10
        assert summaries(inc) == summaries(full)
