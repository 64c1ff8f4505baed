"""The fact summaries stored at merge time give exactly what grouping the facts live gives."""
from __future__ import annotations

import pytest
from ledger_factories import make_doc, make_event
from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from cityaid.ledger import aggregates, summary
from cityaid.ledger import web_queries as wq
from cityaid.ledger.summary_tables import FactFlowRecord, FactGroupRecord, PlaceTotalRecord
from cityaid.ledger.tables import FactActorRecord, FactRecord
from cityaid.merge.run import merge_ledger


@pytest.fixture
def merged(ledger):
    """Facts in every direction (CN->foreign, foreign->CN, CN->CN, ORG, unresolved), some undated or partial."""
    ledger.store(make_doc("a.txt", text="a"), None, [
        make_event(),  # KR/Iksan -> CN/Zhenjiang
        make_event(type="message", frm=(("CN/Zhenjiang", "镇江", "city"),), to=(("KR/Iksan", "益山", "city"),),
                   items=(), date="2020-03", evidence="感谢信"),
        make_event(frm=(("CN/Wuxi", "无锡", "city"), ("CN/Suzhou", "苏州", "city")),
                   to=(("JP/Toyokawa", "丰川", "city"), ("ORG/WHO", "世卫", "org")), date="2020-04-02",
                   evidence="无锡向丰川捐赠口罩"),
    ])
    ledger.store(make_doc("b.txt", text="b"), None, [
        make_event(frm=(("CN/Wuxi", "无锡", "city"),), to=((None, "某友城", "city"),), date=None, evidence="x"),
        make_event(type="consultation", frm=(("CN/Chongqing", "重庆", "adm1"),), to=(("CN/Wuhan", "武汉", "city"),),
                   items=(), date="2020-02-10", evidence="视频会议"),
        make_event(type="aggregate", frm=(("CN",  "中国", "country"),), to=(("JP", "日本", "country"),),
                   date="2020", qualifier="as_of", of="donation", evidence="总计"),
    ])
    merge_ledger(ledger)
    return ledger


def _live(ledger, f: wq.WebFilters):
    facts = wq.facts_select(f).with_only_columns(FactRecord.id, FactRecord.type, FactRecord.date_lo,
                                                 FactRecord.date_hi).order_by(None).subquery()
    flows = aggregates.flows_select(facts).subquery()
    with Session(ledger.engine) as s:
        groups = sorted(map(tuple, s.execute(aggregates.groups_select(facts))), key=repr)
        top = [tuple(r) for r in s.execute(select(flows).order_by(
            flows.c.n.desc(), flows.c.from_key, flows.c.to_key, flows.c.type))]
    return groups, top


@pytest.mark.parametrize("f", [wq.WebFilters(), wq.WebFilters(type="donation"),
                               wq.WebFilters(since="2020-03-15"), wq.WebFilters(type="message", until="2020-03")])
def test_summaries_match_live_grouping(merged, f):
    groups, flows = _live(merged, f)
    assert groups and sorted((tuple(g.values()) for g in wq.overview_groups(merged, f)), key=repr) == groups
    if f.since is None and f.until is None:
        assert [tuple(x.values()) for x in wq.flows(merged, f)] == flows


def test_place_totals_match_live(merged):
    fa = FactActorRecord
    given, received = func.sum(case((fa.role == "from", 1), else_=0)), func.sum(case((fa.role == "to", 1), else_=0))
    for f in (wq.WebFilters(), wq.WebFilters(type="donation")):
        assert summary.covers(f.__dict__, summary.TYPE_ONLY)
        ids = wq.facts_select(f).with_only_columns(FactRecord.id).order_by(None)
        live = (select(fa.key, given, received).where(fa.fact_id.in_(ids)).group_by(fa.key)
                .order_by((given + received).desc(), fa.key))
        with Session(merged.engine) as s:
            expected = [tuple(r) for r in s.execute(live)]
        got = wq.places_page(merged, f)
        assert [(r["key"], r["given"], r["received"]) for r in got] == expected
        assert wq.count_places(merged, f) == len(expected)
    assert {r["key"] for r in wq.places_page(merged, wq.WebFilters())} >= {"CN/Wuxi", "JP/Toyokawa", "ORG/WHO"}


def test_migration_fill_gives_the_same_rows(merged):
    """Revision 0004 fills the summaries of an existing ledger with frozen SQL: same rows as ``refresh``."""
    from importlib import import_module

    fill = import_module("cityaid.ledger.migrations.versions.0004_fact_summaries").FILL
    tables = (FactGroupRecord, FactFlowRecord, PlaceTotalRecord)

    def rows(s):
        return [sorted((tuple(r)[1:] if t is FactGroupRecord else tuple(r) for r in s.execute(
            select(*t.__table__.columns))), key=repr) for t in tables]

    with Session(merged.engine) as s, s.begin():
        before = rows(s)
        for t in tables:
            s.execute(t.__table__.delete())
        for sql in fill:
            s.execute(text(sql))
        assert rows(s) == before
    assert all(before)


def test_replacing_facts_refreshes_summaries(merged):
    merged.replace_facts([])
    assert wq.overview_groups(merged, wq.WebFilters()) == []
    assert wq.flows(merged, wq.WebFilters()) == [] and wq.count_places(merged, wq.WebFilters()) == 0
