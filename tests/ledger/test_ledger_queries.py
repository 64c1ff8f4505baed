"""Reading the ledger back: iter_events filters, summary, lookups, canonical ids."""
from __future__ import annotations

import pytest
from ledger_factories import make_doc, make_event

from cityaid.ledger import EventRow, LedgerError


@pytest.fixture
def filled(ledger):
    """Three documents covering the filters (types, sub-places, partial dates, items)."""
    ledger.store(make_doc("a.txt", text="a"), None, [
        make_event(),  # KR/Iksan -> CN/Zhenjiang, 2020-02-06, mask
        make_event(type="message", frm=(("CN/Zhenjiang", "镇江", "city"),), to=(("KR/Iksan", "益山", "city"),),
                   items=(), date="2020-03", qualifier="approx", evidence="感谢信"),
    ])
    ledger.store(make_doc("b.txt", text="b"), None, [
        make_event(frm=(("CN/Chongqing/Shapingba", "沙坪坝区", "district"),),
                   to=(("JP/Hokkaido", "北海道", "adm1"),), date="2020-04-10",
                   items=(("protective_suit", 240, "set"), ("n95_mask", 500, "piece"))),
        make_event(type="consultation", frm=(("CN/Chongqing", "重庆市", "adm1"),),
                   to=(("RU/Sakha Republic", "萨哈共和国", "adm1"),), items=(), date=None, evidence="视频会议"),
    ])
    ledger.store(make_doc("c.txt", text="c"), None, [
        make_event(type="aggregate", frm=(("CN/Chongqing_x", "重庆某", "org"),), to=(("JP", "日本", "country"),),
                   date="2020", qualifier="as_of", items=(("mask", 200000, "piece"),), of="donation"),
    ])
    return ledger


def keys(rows):
    return [(r.doc_id, r.idx) for r in rows]


def test_all_in_order_with_ids(filled):
    rows = list(filled.iter_events())
    assert keys(rows) == [("a.txt", 0), ("a.txt", 1), ("b.txt", 0), ("b.txt", 1), ("c.txt", 0)]
    assert all(isinstance(r, EventRow) and isinstance(r.id, int) for r in rows)
    assert rows[0].payload is rows[0].event
    assert rows[0].to_event().model_dump() == make_event().model_dump()
    assert len({r.id for r in rows}) == 5


def test_filter_by_type_and_doc(filled):
    assert keys(filled.iter_events(type="donation")) == [("a.txt", 0), ("b.txt", 0)]
    assert keys(filled.iter_events(type="aggregate")) == [("c.txt", 0)]
    assert keys(filled.iter_events(type="request")) == []
    assert keys(filled.iter_events(doc_id="b.txt")) == [("b.txt", 0), ("b.txt", 1)]


def test_filter_by_actor_exact_and_sub_places(filled):
    assert keys(filled.iter_events(actor="CN/Chongqing")) == [("b.txt", 1)]
    assert keys(filled.iter_events(actor="CN/Chongqing", include_sub=True)) == [("b.txt", 0), ("b.txt", 1)]
    # a sibling whose key merely starts with the same letters is not a sub-place
    assert ("c.txt", 0) not in keys(filled.iter_events(actor="CN/Chongqing", include_sub=True))
    assert keys(filled.iter_events(actor="CN", include_sub=True)) == [
        ("a.txt", 0), ("a.txt", 1), ("b.txt", 0), ("b.txt", 1), ("c.txt", 0)]
    assert keys(filled.iter_events(actor="CN")) == []
    assert keys(filled.iter_events(actor=["JP", "RU/Sakha Republic"])) == [("b.txt", 1), ("c.txt", 0)]
    assert keys(filled.iter_events(actor="JP", include_sub=True)) == [("b.txt", 0), ("c.txt", 0)]


def test_filter_by_role(filled):
    assert keys(filled.iter_events(actor="KR/Iksan", role="from")) == [("a.txt", 0)]
    assert keys(filled.iter_events(actor="KR/Iksan", role="to")) == [("a.txt", 1)]
    assert keys(filled.iter_events(actor="CN/Zhenjiang", role="to", type="donation")) == [("a.txt", 0)]
    with pytest.raises(LedgerError, match="role"):
        filled.iter_events(actor="KR/Iksan", role="giver")


def test_filter_by_date_range_with_partial_dates(filled):
    assert keys(filled.iter_events(since="2020-03-15")) == [("a.txt", 1), ("b.txt", 0), ("c.txt", 0)]
    assert keys(filled.iter_events(since="2020-03-01", until="2020-03-31")) == [("a.txt", 1), ("c.txt", 0)]
    assert keys(filled.iter_events(until="2020-02-06")) == [("a.txt", 0), ("c.txt", 0)]
    assert keys(filled.iter_events(since="2020-04", until="2020-04")) == [("b.txt", 0), ("c.txt", 0)]
    assert keys(filled.iter_events(since="2021-01-01")) == []  # undated events never match
    with pytest.raises(LedgerError, match="since"):
        filled.iter_events(since="March")


def test_filter_by_item_limit_offset(filled):
    assert keys(filled.iter_events(item="mask")) == [("a.txt", 0), ("c.txt", 0)]
    assert keys(filled.iter_events(item="n95_mask")) == [("b.txt", 0)]
    assert keys(filled.iter_events(limit=2)) == [("a.txt", 0), ("a.txt", 1)]
    assert keys(filled.iter_events(limit=2, offset=3)) == [("b.txt", 1), ("c.txt", 0)]
    assert filled.count_events(item="mask", limit=1) == 2
    assert filled.count_events(actor="CN", include_sub=True) == 5


def test_iter_events_streams_lazily(filled, monkeypatch):
    import cityaid.ledger.ledger as ledger_mod

    monkeypatch.setattr(ledger_mod, "STREAM_BATCH", 1)
    it = filled.iter_events()
    first = next(it)
    assert first.doc_id == "a.txt"
    it.close()  # closing early releases the session; the ledger keeps working
    assert filled.store(make_doc("d.txt", text="d"), None, []) == "new"
    assert len(list(filled.iter_events())) == 5


def test_summary(filled):
    s = filled.summary()
    assert s["documents"] == 3 and s["events"] == 5
    assert s["events_by_type"] == {"donation": 2, "message": 1, "consultation": 1, "aggregate": 1}
    assert s["actors"] == 8
    assert s["top_actors"][:2] == [{"key": "CN/Zhenjiang", "name": "Zhenjiang", "level": "city", "events": 2},
                                   {"key": "KR/Iksan", "name": "Iksan", "level": "city", "events": 2}]
    assert s["date_range"] == {"first": "2020-01-01", "last": "2020-12-31"}


def test_summary_of_empty_ledger(ledger):
    assert ledger.summary() == {"documents": 0, "events": 0, "events_by_type": {}, "actors": 0,
                                "top_actors": [], "date_range": None}


def test_actor_keys_like(filled):
    assert filled.actor_keys_like("CN/Chongqing") == ["CN/Chongqing", "CN/Chongqing/Shapingba"]
    assert filled.actor_keys_like("益山") == ["KR/Iksan"]
    assert filled.actor_keys_like("Hokkaido") == ["JP/Hokkaido"]
    assert filled.actor_keys_like("nowhere") == []


def test_set_canonical(filled):
    rows = list(filled.iter_events(type="donation"))
    assert filled.set_canonical({rows[0].id: "F1", rows[1].id: "F1", 10**9: "F9"}) == 2
    assert [r.canonical_id for r in filled.iter_events(type="donation")] == ["F1", "F1"]
    assert filled.set_canonical({rows[1].id: None}) == 1
    assert [r.canonical_id for r in filled.iter_events(type="donation")] == ["F1", None]
