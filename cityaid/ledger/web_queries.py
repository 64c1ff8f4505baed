"""Read-side SQL for the web view: filtered, paginated listings and the overview's aggregates.

Why a module of its own: the web pages need counts and groupings over the
whole ledger on every request (the overview of a 100k-fact ledger must
answer in well under 200 ms), which the streaming ``Ledger`` reads cannot
give — loading every fact to count them in Python takes seconds.  So the
overview reads the groupings each merge run stores (``summary``), or groups
live (``aggregates``) when a filter narrows the facts first; the Python
answers in ``cityaid/report`` are used where a page is about one place or pair.

Everything is SQLAlchemy expressions with bound parameters.  Prefix matches
("this country and every place below it") are written as key ranges
(``key = 'CN' OR 'CN/' <= key < 'CN0'``) rather than ``LIKE``, so they use
the key index on SQLite and PostgreSQL alike.  Each function takes a
``Ledger`` and turns database failures into ``LedgerError``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator

from sqlalchemy import JSON, Select, case, exists, func, literal, literal_column, or_, select, type_coerce
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from . import aggregates, queries, summary
from . import facts as fact_sql
from .errors import LedgerError
from .keyrange import under
from .records import UNRESOLVED_PREFIX
from .rows import AnswerFact, EventRow, FactRow
from .tables import (ActorRecord, DocumentRecord, EventActorRecord, EventItemRecord, EventRecord, FactActorRecord,
                     FactRecord)

STREAM_BATCH = 1000


@dataclass(frozen=True)
class WebFilters:
    """The filters every web listing accepts; ``None`` means "not filtered".

    ``place`` is an actor key matched with the places below it; ``role``
    (``from``/``to``) restricts which side ``place`` is on; ``country`` is an
    ISO alpha-2 code matched on either side.
    """

    type: str | None = None
    item: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None
    place: str | None = None
    role: str | None = None
    doc_id: str | None = None
    reviewed: bool | None = None  # only what people reviewed (facts: every report of it; events: decided ones)


def _run(what: str, ledger, fn: Callable[[Session], Any]) -> Any:  # noqa: ANN001
    try:
        with Session(ledger.engine) as session:
            return fn(session)
    except SQLAlchemyError as e:
        raise LedgerError(f"{what}: database error: {str(e).strip().splitlines()[0]}") from e


def _stream(what: str, ledger, stmt, convert) -> Iterator:  # noqa: ANN001
    try:
        with Session(ledger.engine) as session:
            for row in session.execute(stmt.execution_options(yield_per=STREAM_BATCH)):
                yield convert(row)
    except SQLAlchemyError as e:
        raise LedgerError(f"{what}: database error: {str(e).strip().splitlines()[0]}") from e


def _page(what: str, ledger, stmt, offset: int, limit: int | None, convert) -> list:  # noqa: ANN001
    """One page of a listing: the same statement as the stream, with OFFSET/LIMIT."""
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return _run(what, ledger, lambda s: [convert(r) for r in s.execute(stmt)])


def _count(what: str, ledger, stmt) -> int:  # noqa: ANN001
    """How many rows a listing has, counted over the statement without its ordering."""
    sub = stmt.order_by(None).subquery()
    return _run("count " + what, ledger, lambda s: s.scalar(select(func.count()).select_from(sub)) or 0)


# ------------------------------------------------------------------ facts
def facts_select(f: WebFilters) -> Select:
    """SELECT FactRecord matching ``f`` (by date then id); raises ValueError on a bad date."""
    stmt = fact_sql.facts_statement(type=f.type, since=f.since, until=f.until, reviewed=bool(f.reviewed))
    if f.place is not None or f.role is not None:
        # the place and the places below it, as an index range on fact_actors.key (not LIKE: no index)
        cond = []
        if f.place is not None:
            cond.append(under(FactActorRecord.key, f.place))
        if f.role is not None:
            if f.role not in ("from", "to"):
                raise ValueError(f"role must be 'from' or 'to', not {f.role!r}")
            cond.append(FactActorRecord.role == f.role)
        stmt = stmt.where(FactRecord.id.in_(select(FactActorRecord.fact_id).where(*cond)))
    if f.item is not None:
        with_item = (select(EventRecord.canonical_id)
                     .join(EventItemRecord, EventItemRecord.event_id == EventRecord.id)
                     .where(EventItemRecord.item == f.item, EventRecord.canonical_id.is_not(None)))
        stmt = stmt.where(FactRecord.id.in_(with_item))
    if f.country is not None:
        stmt = stmt.where(exists(select(FactActorRecord.fact_id).where(
            FactActorRecord.fact_id == FactRecord.id, under(FactActorRecord.key, f.country))))
    if f.doc_id is not None:
        stmt = stmt.where(FactRecord.id.in_(
            select(EventRecord.canonical_id).join(DocumentRecord, EventRecord.document_id == DocumentRecord.id)
            .where(DocumentRecord.doc_id == f.doc_id)))
    return stmt


def _fact(r) -> FactRow:  # noqa: ANN001
    return fact_sql.fact_row(r[0])


def facts_page(ledger, f: WebFilters, offset: int = 0, limit: int | None = None) -> list[FactRow]:  # noqa: ANN001
    return _page("facts", ledger, facts_select(f), offset, limit, _fact)


def iter_facts(ledger, f: WebFilters) -> Iterator[FactRow]:  # noqa: ANN001
    """Every matching fact, streamed (downloads have no row cap)."""
    return _stream("facts", ledger, facts_select(f), _fact)


def count_facts(ledger, f: WebFilters) -> int:  # noqa: ANN001
    return _count("facts", ledger, facts_select(f).with_only_columns(FactRecord.id))


# ------------------------------------------------------------------ the place answers' facts
ANSWER_KEYS = ("type", "from", "to", "date", "items", "money", "reviewed")  # reviewed: true (SQLite: 1) or null


def _answer_payload(dialect: str):  # noqa: ANN202 - a column expression
    """The payload an ``AnswerFact`` carries: whole for aggregates, else only ``ANSWER_KEYS``.

    Built in SQL (``json_object`` on SQLite, ``json_build_object`` on
    PostgreSQL) so the database, not Python, skips the ``sources`` — a third
    to half of each payload — and Python decodes one small object per fact.
    Every picked key is an array/object or a plain string, which both
    databases copy verbatim (no number is re-rendered).
    """
    p = FactRecord.payload
    if dialect == "postgresql":
        slim = func.json_build_object(*[x for k in ANSWER_KEYS for x in (literal_column(f"'{k}'"), p.op("->")(literal_column(f"'{k}'")))])
    else:
        slim = func.json_object(*[x for k in ANSWER_KEYS
                                  for x in (literal_column(f"'{k}'"), func.json_extract(p, f'$."{k}"'))])
    return type_coerce(case((FactRecord.type == "aggregate", p), else_=slim), JSON)


def _answer_facts(what: str, ledger, stmt: Select) -> list[AnswerFact]:  # noqa: ANN001
    stmt = stmt.with_only_columns(FactRecord.id, FactRecord.type, FactRecord.of,
                                  _answer_payload(ledger.engine.dialect.name))
    return _run(what, ledger, lambda s: [AnswerFact(i, t, o, p) for i, t, o, p in s.execute(stmt)])


def answer_facts(ledger, place: str, reviewed: bool = False) -> list[AnswerFact]:  # noqa: ANN001
    """The facts naming ``place`` or a place below it, as ``AnswerFact`` (by date then id, as ``Ledger.facts``).

    The same facts, in the same order, as ``Ledger.facts(actor=place,
    include_sub=True)``, read as four plain columns instead of ORM objects
    with their whole payload (see ``AnswerFact``); the place page's answers
    come out identical.
    """
    return _answer_facts("place facts", ledger, fact_sql.facts_statement(actor=place, include_sub=True,
                                                                         reviewed=reviewed))


def given_by(ledger, type: str, givers: list[str], reviewed: bool = False) -> list[AnswerFact]:  # noqa: ANN001
    """Facts of ``type`` given by one of ``givers`` (or a place below), as ``AnswerFact``: a claim's scope."""
    return _answer_facts("claim scope", ledger,
                         fact_sql.facts_statement(type=type, actor=givers, role="from", include_sub=True,
                                                  reviewed=reviewed))


# ------------------------------------------------------------------ events
def events_select(f: WebFilters) -> Select:
    """SELECT (id, doc_id, idx, payload, canonical_id) of the events matching ``f``."""
    stmt = queries.events_statement(type=f.type, actor=f.place, role=f.role, since=f.since, until=f.until,
                                    item=f.item, doc_id=f.doc_id, include_sub=True)
    if f.reviewed:
        from .review_tables import ReviewEventRecord

        stmt = stmt.where(EventRecord.id.in_(select(ReviewEventRecord.ledger_event_id).where(
            ReviewEventRecord.state != "pending", ReviewEventRecord.ledger_event_id.is_not(None))))
    if f.country is not None:
        stmt = stmt.where(exists(select(EventActorRecord.event_id)
                                 .join(ActorRecord, EventActorRecord.actor_id == ActorRecord.id)
                                 .where(EventActorRecord.event_id == EventRecord.id,
                                        under(ActorRecord.key, f.country))))
    return stmt


def _event_row(r) -> EventRow:  # noqa: ANN001
    return EventRow(id=r[0], doc_id=r[1], idx=r[2], event=r[3], canonical_id=r[4])


def events_page(ledger, f: WebFilters, offset: int = 0, limit: int | None = None) -> list[EventRow]:  # noqa: ANN001
    return _page("events", ledger, events_select(f), offset, limit, _event_row)


def iter_events(ledger, f: WebFilters) -> Iterator[EventRow]:  # noqa: ANN001
    return _stream("events", ledger, events_select(f), _event_row)


def count_events(ledger, f: WebFilters) -> int:  # noqa: ANN001
    return _count("events", ledger, events_select(f).with_only_columns(EventRecord.id))


def event(ledger, event_id: int) -> EventRow | None:  # noqa: ANN001
    stmt = queries.events_statement().where(EventRecord.id == event_id)
    return _run("event", ledger, lambda s: next((_event_row(r) for r in s.execute(stmt)), None))


def event_span(ledger, event_id: int) -> tuple[int | None, int | None]:  # noqa: ANN001
    """The stored evidence span of an event (``(None, None)`` when it has none)."""
    stmt = select(EventRecord.span_start, EventRecord.span_end).where(EventRecord.id == event_id)
    return _run("event span", ledger, lambda s: tuple(s.execute(stmt).one_or_none() or (None, None)))


# ------------------------------------------------------------------ overview aggregates
def overview_groups(ledger, f: WebFilters) -> list[dict]:  # noqa: ANN001
    """Facts matching ``f`` counted by (type, direction, date_lo, date_hi) — see ``aggregates.groups_select``.

    Read from the stored summary when ``f`` filters on type and dates only
    (the overview's usual case: a few thousand rows, not every fact); else
    grouped live over the matching facts.  The caller sums the groups into
    counts by type/direction and into weeks.
    """
    if summary.covers(f.__dict__, summary.GROUP_FILTERS):
        stmt = summary.groups_statement(f.type, f.since, f.until)
    else:
        facts = facts_select(f).with_only_columns(FactRecord.id, FactRecord.type, FactRecord.date_lo,
                                                  FactRecord.date_hi).order_by(None).subquery()
        stmt = aggregates.groups_select(facts)
    return _run("overview", ledger, lambda s: [
        {"type": t, "direction": d, "date_lo": lo, "date_hi": hi, "n": c} for t, d, lo, hi, c in s.execute(stmt)])


def flows(ledger, f: WebFilters, top: int = 400) -> list[dict]:  # noqa: ANN001
    """The ``top`` heaviest (giver key, receiver key, type) flows among facts matching ``f``, with fact counts."""
    if summary.covers(f.__dict__, summary.TYPE_ONLY):
        stmt = summary.flows_statement(f.type, top)
    else:
        facts = facts_select(f).with_only_columns(FactRecord.id, FactRecord.type).order_by(None).subquery()
        g = aggregates.flows_select(facts).subquery()
        stmt = select(g.c.from_key, g.c.to_key, g.c.type, g.c.n).order_by(
            g.c.n.desc(), g.c.from_key, g.c.to_key, g.c.type).limit(top)
    return _run("flows", ledger, lambda s: [{"from": a, "to": b, "type": t, "facts": c}
                                            for a, b, t, c in s.execute(stmt)])


def place_counts_select(f: WebFilters) -> Select:
    """(key, facts given, facts received) per actor key over facts matching ``f``, most active first.

    From the stored summary when ``f`` filters on type only, else grouped live.
    """
    if summary.covers(f.__dict__, summary.TYPE_ONLY):
        return summary.place_counts_statement(f.type)
    facts = facts_select(f).with_only_columns(FactRecord.id).order_by(None).subquery()
    fa = FactActorRecord
    given = func.sum(case((fa.role == "from", 1), else_=0))
    received = func.sum(case((fa.role == "to", 1), else_=0))
    return (select(fa.key, given.label("given"), received.label("received"))
            .where(fa.fact_id.in_(select(facts.c.id)))
            .group_by(fa.key)
            .order_by((given + received).desc(), fa.key))


def _place(r) -> dict:  # noqa: ANN001
    return {"key": r[0], "given": r[1], "received": r[2]}


def places_page(ledger, f: WebFilters, offset: int = 0, limit: int | None = None) -> list[dict]:  # noqa: ANN001
    return _page("places", ledger, place_counts_select(f), offset, limit, _place)


def iter_places(ledger, f: WebFilters) -> Iterator[dict]:  # noqa: ANN001
    return _stream("places", ledger, place_counts_select(f), _place)


def count_places(ledger, f: WebFilters) -> int:  # noqa: ANN001
    return _count("places", ledger, place_counts_select(f))


def known_actor(ledger, key: str) -> bool:  # noqa: ANN001
    """Whether ``key`` (or a place below it) appears in any event or fact of the ledger."""
    def q(s: Session) -> bool:
        if s.scalar(select(literal(1)).where(exists(select(ActorRecord.id).where(under(ActorRecord.key, key))))):
            return True
        return bool(s.scalar(select(literal(1)).where(exists(select(FactActorRecord.fact_id)
                                                             .where(under(FactActorRecord.key, key))))))
    return _run("known actor", ledger, q)


def actor_names(ledger, keys: list[str]) -> dict[str, str]:  # noqa: ANN001
    """``{key: stored display name}`` for the given keys (the ledger's ``actors.name``)."""
    if not keys:
        return {}
    stmt = select(ActorRecord.key, ActorRecord.name).where(ActorRecord.key.in_(list(keys)))
    return _run("actor names", ledger, lambda s: dict(s.execute(stmt).all()))


def actors_named(ledger, name: str) -> list[str]:  # noqa: ANN001
    """Keys of actors some document wrote as ``name`` (finds unresolved ``?/`` actors by their surface name)."""
    stmt = (select(ActorRecord.key).distinct()
            .join(EventActorRecord, EventActorRecord.actor_id == ActorRecord.id)
            .where(or_(EventActorRecord.name == name, ActorRecord.name == name, ActorRecord.key == name))
            .order_by(ActorRecord.key).limit(50))
    return _run("actors named", ledger, lambda s: list(s.scalars(stmt)))


def items(ledger) -> list[str]:  # noqa: ANN001
    """Every item name used by some event (for the filter's choices)."""
    stmt = select(EventItemRecord.item).distinct().order_by(EventItemRecord.item)
    return _run("items", ledger, lambda s: list(s.scalars(stmt)))


# ------------------------------------------------------------------ documents
def _doc_columns():  # noqa: ANN202
    n_events = (select(func.count()).where(EventRecord.document_id == DocumentRecord.id)
                .correlate(DocumentRecord).scalar_subquery())
    return (DocumentRecord.doc_id, DocumentRecord.title, DocumentRecord.source, DocumentRecord.published,
            DocumentRecord.format, DocumentRecord.path, DocumentRecord.url, func.length(DocumentRecord.text),
            DocumentRecord.cleaned, n_events)


def _doc_dict(r) -> dict:  # noqa: ANN001
    cleaned = r[8] or {}
    removed = cleaned.get("removed") or []
    reasons: dict[str, int] = {}
    for s, e, why in removed:
        reasons[why] = reasons.get(why, 0) + (e - s)
    return {"doc_id": r[0], "title": r[1], "source": r[2], "published": r[3], "format": r[4], "path": r[5],
            "url": r[6], "chars": r[7] or 0, "events": r[9] or 0, "removed_spans": len(removed),
            "removed_chars": sum(reasons.values()), "removed_by_reason": reasons}


def documents_select(f: WebFilters) -> Select:
    stmt = select(*_doc_columns())
    if f.doc_id is not None:
        stmt = stmt.where(DocumentRecord.doc_id == f.doc_id)
    if f.since is not None:
        stmt = stmt.where(DocumentRecord.published >= f.since)
    if f.until is not None:
        stmt = stmt.where(DocumentRecord.published <= f.until + "\uffff")
    return stmt.order_by(DocumentRecord.doc_id)


def documents_page(ledger, f: WebFilters, offset: int = 0, limit: int | None = None) -> list[dict]:  # noqa: ANN001
    return _page("documents", ledger, documents_select(f), offset, limit, _doc_dict)


def iter_documents(ledger, f: WebFilters) -> Iterator[dict]:  # noqa: ANN001
    return _stream("documents", ledger, documents_select(f), _doc_dict)


def count_documents(ledger, f: WebFilters) -> int:  # noqa: ANN001
    return _count("documents", ledger, documents_select(f).with_only_columns(DocumentRecord.id))


def documents_text(ledger, doc_ids: list[str]) -> dict[str, tuple[str, dict | None]]:  # noqa: ANN001
    """``{doc_id: (text, cleaned)}`` for the given documents (one query for a fact's sources)."""
    if not doc_ids:
        return {}
    stmt = select(DocumentRecord.doc_id, DocumentRecord.text, DocumentRecord.cleaned).where(
        DocumentRecord.doc_id.in_(list(doc_ids)))
    return _run("documents", ledger, lambda s: {d: (t, c) for d, t, c in s.execute(stmt)})


__all__ = ["WebFilters", "UNRESOLVED_PREFIX", "actor_names", "actors_named", "answer_facts", "given_by", "count_documents", "count_events",
           "count_facts", "count_places", "documents_page", "documents_text", "event", "event_span",
           "events_page", "facts_page", "flows", "items", "iter_documents", "iter_events", "iter_facts",
           "iter_places", "known_actor", "overview_groups", "places_page", "under"]


def data_version(ledger) -> tuple:  # noqa: ANN001
    """A cheap fingerprint of the ledger's contents: changes whenever events are stored or facts re-merged.

    Facts are rebuilt wholesale by each merge run (new ``merged_at``), and
    every ingest adds or replaces event rows; so (facts, last merge, events,
    last event id, documents' last update) moves on any write the view shows.
    """
    # one aggregate per SELECT: SQLite answers a lone max() from an index (ix_facts_merged_at, the
    # primary key) and a lone count() from the smallest index, but scans the table for both together
    stmts = (select(func.count()).select_from(FactRecord), select(func.max(FactRecord.merged_at)),
             select(func.count()).select_from(EventRecord), select(func.max(EventRecord.id)),
             select(func.max(DocumentRecord.updated_at)))

    def q(s: Session) -> tuple:
        return tuple(s.scalar(x) for x in stmts)
    return _run("data version", ledger, q)
