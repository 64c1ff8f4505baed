"""Storing documents: new / unchanged / replaced, one transaction each, verbatim text."""
from __future__ import annotations

import pytest
from ledger_factories import make_doc, make_event, row_counts
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

import cityaid.ledger.store as store_mod
from cityaid.ledger import Ledger, LedgerError
from cityaid.ledger.tables import ActorRecord, DocumentRecord, EventActorRecord
from cityaid.model import CleanText, Document


def test_new_unchanged_replaced(ledger):
    doc = make_doc()
    ev1 = make_event()
    ev2 = make_event(type="message", frm=(("CN/Zhenjiang", "镇江市", "city"),), to=(("KR/Iksan", "益山市", "city"),),
                     items=(), date="2020-03", qualifier="approx", evidence="致信感谢", kind="thanks", medium="letter")
    assert ledger.store(doc, None, [ev1, ev2]) == "new"
    assert row_counts(ledger) == {"documents": 1, "events": 2, "actors": 2, "event_actors": 4,
                                  "event_items": 1, "event_money": 0}
    first = ledger.document("a.txt")
    assert first.events == 2

    # same doc_id, same hash: nothing is written, not even updated_at
    assert ledger.store(make_doc(), None, [make_event(type="request")]) == "unchanged"
    again = ledger.document("a.txt")
    assert again.updated_at == first.updated_at and again.ingested_at == first.ingested_at
    assert [r.event["type"] for r in ledger.iter_events()] == ["donation", "message"]
    assert row_counts(ledger)["events"] == 2

    # different hash: document updated in place, events replaced
    new_doc = make_doc(text="益山市向我市捐赠2万只口罩。", title="新标题")
    ev3 = make_event(items=(("mask", 20000, "piece"),), money=((72452, "JPY"),))
    assert ledger.store(new_doc, None, [ev3]) == "replaced"
    rows = list(ledger.iter_events())
    assert len(rows) == 1 and rows[0].event == ev3.to_spec() and rows[0].idx == 0
    assert row_counts(ledger) == {"documents": 1, "events": 1, "actors": 2, "event_actors": 2,
                                  "event_items": 1, "event_money": 1}
    d = ledger.document("a.txt")
    assert d.id == first.id and d.ingested_at == first.ingested_at
    assert d.updated_at >= first.updated_at
    assert d.title == "新标题" and d.text == new_doc.text and d.content_hash == new_doc.content_hash
    # no child row of the old events survives
    assert list(ledger.iter_events(type="message")) == []
    assert ledger.summary()["events_by_type"] == {"donation": 1}


def test_document_fields_and_cleaning_record(ledger):
    text = "标题\n标题\n正文：益山市捐赠口罩。\n版权所有"
    clean = CleanText(text="标题\n正文:益山市捐赠口罩。", offsets=list(range(3)) + list(range(6, 16)),
                      removed=[(3, 6, "repeated_line"), (16, 21, "copyright")])
    doc = make_doc("b.html", text=text, path="/r/b.html", format="html", title="标题", published="2020-02-07",
                   source="镇江日报", url="http://example.org/b", encoding="gb18030")
    assert ledger.store(doc, clean, []) == "new"
    d = ledger.document("b.html")
    assert (d.path, d.format, d.title, d.published, d.source, d.url, d.encoding) == (
        "/r/b.html", "html", "标题", "2020-02-07", "镇江日报", "http://example.org/b", "gb18030")
    assert d.cleaned == {"kept": [[0, 3], [6, 16]], "removed": [[3, 6, "repeated_line"], [16, 21, "copyright"]]}
    assert d.events == 0
    assert d.to_document() == doc
    assert ledger.document("missing.txt") is None
    assert [r.doc_id for r in ledger.iter_documents()] == ["b.html"]


def test_failure_mid_store_leaves_new_document_out(ledger, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_mod, "add_events", boom)  # runs after the document row is flushed
    with pytest.raises(LedgerError, match=r"^a\.txt: disk on fire"):
        ledger.store(make_doc(), None, [make_event()])
    assert row_counts(ledger) == {k: 0 for k in row_counts(ledger)}
    assert ledger.document("a.txt") is None


def test_failure_mid_replace_keeps_previous_state(ledger, monkeypatch):
    ledger.store(make_doc(), None, [make_event(), make_event(type="message", items=())])
    before_counts = row_counts(ledger)
    before_doc = ledger.document("a.txt")
    before_events = [(r.id, r.event) for r in ledger.iter_events()]

    real_link = store_mod.link
    calls = {"n": 0}

    def flaky_link(*a, **k):
        calls["n"] += 1
        if calls["n"] == 3:  # some new events and actors already added, old events already deleted
            raise RuntimeError("interrupted")
        return real_link(*a, **k)

    monkeypatch.setattr(store_mod, "link", flaky_link)
    changed = make_doc(text="完全不同的文本", title="x")
    new_events = [make_event(frm=(("JP/Hokkaido", "北海道", "adm1"),)),
                  make_event(frm=(("RU/Sakha Republic", "萨哈共和国", "adm1"),))]
    with pytest.raises(LedgerError, match="a.txt: interrupted"):
        ledger.store(changed, None, new_events)
    assert row_counts(ledger) == before_counts
    assert ledger.document("a.txt") == before_doc
    assert [(r.id, r.event) for r in ledger.iter_events()] == before_events
    assert ledger.actor_keys_like("JP/Hokkaido") == []


def test_database_error_becomes_ledger_error(ledger, monkeypatch):
    from cityaid.ledger import records

    real = records.new_actor_record

    def bad_actor(a):
        rec = real(a)
        rec.name = None  # NOT NULL violation at flush time
        return rec

    monkeypatch.setattr(store_mod, "new_actor_record", bad_actor)
    with pytest.raises(LedgerError, match=r"^a\.txt: database error: IntegrityError"):
        ledger.store(make_doc(), None, [make_event()])
    assert row_counts(ledger)["documents"] == 0


def test_invalid_input_is_refused(ledger):
    with pytest.raises(LedgerError, match=r"x\.txt: empty content_hash"):
        ledger.store(Document(doc_id="x.txt", text="t", content_hash=""), None, [])
    with pytest.raises(LedgerError, match=r"x\.txt: event 0 is not an Event"):
        ledger.store(make_doc("x.txt"), None, [{"type": "donation"}])
    with pytest.raises(LedgerError, match="empty doc_id"):
        ledger.store(make_doc(""), None, [])
    assert row_counts(ledger)["documents"] == 0


def test_actors_upserted_by_key(ledger):
    ledger.store(make_doc("a.txt"), None, [make_event()])
    ledger.store(make_doc("b.txt", text="另一篇"), None, [
        make_event(frm=(("KR/Iksan", "益山", None),), to=(("CN/Zhenjiang", "镇江", "city"),
                                                        (None, "某公司", "org"))),
    ])
    with Session(ledger.engine) as s:
        actors = {a.key: (a.level, a.name, a.country) for a in s.scalars(select(ActorRecord))}
        names = sorted(s.scalars(select(EventActorRecord.name)))
    assert actors == {"KR/Iksan": ("city", "Iksan", "KR"), "CN/Zhenjiang": ("city", "Zhenjiang", "CN"),
                      "?/某公司": ("org", "某公司", None)}
    assert names == sorted(["益山市", "我市", "益山", "镇江", "某公司"])
    # the unresolved actor's payload keeps no key, as the spec dict had none
    ev = next(ledger.iter_events(doc_id="b.txt")).event
    assert ev["to"][1] == {"name": "某公司", "level": "org"}


def test_foreign_keys_cascade(ledger):
    ledger.store(make_doc(), None, [make_event(money=((5000, "USD"),)), make_event(type="message", items=())])
    assert row_counts(ledger)["event_actors"] == 4
    with Session(ledger.engine) as s, s.begin():
        s.execute(delete(DocumentRecord).where(DocumentRecord.doc_id == "a.txt"))
    c = row_counts(ledger)
    assert (c["documents"], c["events"], c["event_actors"], c["event_items"], c["event_money"]) == (0, 0, 0, 0, 0)
    assert c["actors"] == 2  # actors are shared, they outlive documents


HOSTILE = ("<script>alert(1)</script>'; DROP TABLE events; --\" \\ %s %(x)s ? :name $1 "
           "𠮷野家 🇨🇳🤝🇰🇷 Zürich ق 鎮(zhèn)江 \u200b\u3000全角　ＡＢＣ１２３ \r\n\ttab é")


def test_hostile_text_round_trips_verbatim(ledger):
    doc = make_doc("evil'; DROP TABLE documents; --.html", text=HOSTILE, title=HOSTILE, source="<b>src</b>")
    ev = make_event(evidence=HOSTILE, frm=(("KR/Iksan", "<img src=x onerror=alert(1)>", "city"),),
                    inscription=["山川异域，风月同天", "'; --"])
    clean = CleanText(text="x", offsets=[0], removed=[(1, len(HOSTILE), "<script>")])
    assert ledger.store(doc, clean, [ev]) == "new"
    d = ledger.document(doc.doc_id)
    assert d.text == HOSTILE and d.title == HOSTILE and d.source == "<b>src</b>"
    assert d.cleaned["removed"] == [[1, len(HOSTILE), "<script>"]]
    (row,) = ledger.iter_events()
    assert row.doc_id == doc.doc_id
    assert row.event == ev.to_spec()
    assert row.event["evidence"] == HOSTILE
    assert row_counts(ledger)["events"] == 1  # the table is still there
    assert ledger.store(doc, clean, [ev]) == "unchanged"


def test_store_reopened_ledger_sees_data(ledger_url):
    with Ledger(ledger_url) as lg:
        lg.store(make_doc(), None, [make_event()])
    with Ledger(ledger_url) as lg:
        assert lg.store(make_doc(), None, [make_event()]) == "unchanged"
        assert lg.summary()["events"] == 1
