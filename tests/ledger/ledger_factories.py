"""Factories for ledger tests: documents, events and row counts built in code (no fixtures on disk)."""
from __future__ import annotations

import hashlib

from sqlalchemy import func, select

from cityaid.ledger import Ledger
from cityaid.ledger.tables import (ActorRecord, DocumentRecord, EventActorRecord, EventItemRecord,
                                   EventMoneyRecord, EventRecord)
from cityaid.model import Document, Event


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
