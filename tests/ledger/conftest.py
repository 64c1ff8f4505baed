"""Fixtures for the ledger tests: a fresh ledger per test on every available backend.

SQLite (a file in tmp_path) always runs.  Set ``CITYAID_TEST_PG_URL`` (e.g.
``postgresql+psycopg://user:pw@localhost/cityaid_test``) to run every test a
second time on PostgreSQL; each test gets its own throwaway schema there
(through ``search_path``), dropped afterwards.
"""
from __future__ import annotations

import hashlib
import os
import uuid

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from cityaid.ledger import Ledger
from cityaid.ledger.tables import (ActorRecord, DocumentRecord, EventActorRecord, EventItemRecord,
                                   EventMoneyRecord, EventRecord)
from cityaid.model import Document, Event

PG_URL = os.environ.get("CITYAID_TEST_PG_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(params=BACKENDS)
def ledger_url(request, tmp_path):
    """A URL (or path) of an empty database on one backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "ledger.db")
        return
    schema = "cityaid_t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def ledger(ledger_url):
    with Ledger(ledger_url) as lg:
        yield lg


def make_doc(doc_id: str = "a.txt", text: str = "益山市向我市捐赠1万只口罩。", **kw) -> Document:
    return Document(doc_id=doc_id, text=text, content_hash=kw.pop("content_hash", None)
                    or hashlib.sha256(text.encode()).hexdigest(), **kw)


def make_event(type: str = "donation", frm=(("KR/Iksan", "益山市", "city"),), to=(("CN/Zhenjiang", "我市", "city"),),
               date: str | None = "2020-02-06", qualifier: str = "on", items=(("mask", 10000, "piece"),),
               money=(), evidence: str = "益山市向我市捐赠1万只口罩", **extra) -> Event:
    def actor(a):
        key, name, level = a
        d = {"name": name, "level": level}
        if key is not None:
            d["key"] = key
        return d

    return Event.model_validate({
        "type": type,
        "from": [actor(a) for a in frm],
        "to": [actor(a) for a in to],
        "date": {"value": date, "qualifier": qualifier} if date else None,
        "items": [{"item": i, "quantity": q, "unit": u} for i, q, u in items],
        "money": [{"amount": a, "currency": c} for a, c in money],
        "evidence": evidence,
        **extra,
    })


def row_counts(lg: Ledger) -> dict[str, int]:
    """Rows per table, straight from the database."""
    out = {}
    with lg.engine.connect() as conn:
        for name, model in (("documents", DocumentRecord), ("events", EventRecord), ("actors", ActorRecord),
                            ("event_actors", EventActorRecord), ("event_items", EventItemRecord),
                            ("event_money", EventMoneyRecord)):
            out[name] = conn.scalar(select(func.count()).select_from(model))
    return out
