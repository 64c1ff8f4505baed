"""``Ledger``: the one object the rest of cityaid talks to about stored events.

It owns the engine, brings the schema up to date on open (Alembic ``upgrade
head``), and turns every database failure into ``LedgerError`` so callers
handle one exception type.  Writes are one transaction per document; reads
stream (``yield_per``) so a large ledger is never loaded whole.
"""
from __future__ import annotations

import json
from typing import IO, Any, Iterable, Iterator, Mapping

from sqlalchemy import func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from cityaid.model import CleanText, Document, Event

from . import facts as fact_sql
from . import merge_sql
from . import queries
from .connect import database_url, display_url, make_engine
from .errors import LedgerError
from .migrate import upgrade
from .rows import DecisionRow, DocumentRow, EventRow, FactRow, MergeEventRow
from .store import store_document
from .tables import DocumentRecord, EventRecord

STREAM_BATCH = 500


def _document_row(rec: DocumentRecord, n_events: int = 0) -> DocumentRow:
    return DocumentRow(id=rec.id, doc_id=rec.doc_id, path=rec.path, format=rec.format, title=rec.title,
                       published=rec.published, source=rec.source, url=rec.url, encoding=rec.encoding,
                       content_hash=rec.content_hash, text=rec.text, cleaned=rec.cleaned,
                       ingested_at=rec.ingested_at, updated_at=rec.updated_at, events=n_events)


class Ledger:
    """An evidence-backed store of aid events (SQLite file by default, or any SQLAlchemy URL)."""

    def __init__(self, url_or_path: str = "cityaid.db") -> None:
        self.url = database_url(url_or_path)
        try:
            self.engine = make_engine(self.url)
        except Exception as e:  # noqa: BLE001 - bad URL, missing driver...
            raise LedgerError(f"{display_url(self.url)}: {e}") from e
        try:
            upgrade(self.engine)
        except Exception as e:  # noqa: BLE001 - unreachable database, unknown revision...
            self.engine.dispose()
            raise LedgerError(f"{display_url(self.url)}: cannot open or migrate the ledger: {e}") from e
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # ------------------------------------------------------------ lifecycle
    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger({display_url(self.url)!r})"

    # ------------------------------------------------------------ writes
    def store(self, doc: Document, clean: CleanText | None, events: list[Event], force: bool = False) -> str:
        """Store one document and its events in one transaction: ``"new"``, ``"unchanged"`` or ``"replaced"``.

        ``force``: replace the events of an unchanged document too (a new reading by a new extractor; people's
        review decisions are re-attached to it, see ``cityaid.review``).

        On any failure everything of this call is rolled back and
        ``LedgerError("<doc_id>: <problem>")`` is raised.
        """
        name = getattr(doc, "doc_id", None) or "<document>"
        try:
            with self._sessions() as session, session.begin():
                return store_document(session, doc, clean, list(events), force)
        except SQLAlchemyError as e:
            raise LedgerError(f"{name}: database error: {e.__class__.__name__}: {_first_line(e)}") from e
        except Exception as e:  # noqa: BLE001 - anything else, still rolled back
            raise LedgerError(f"{name}: {e}") from e

    def set_canonical(self, assignments: Mapping[int, str | None]) -> int:
        """Set ``canonical_id`` of events by database id (the merge step's output); returns rows changed."""
        try:
            with self._sessions() as session, session.begin():
                n = 0
                for event_id, canonical in assignments.items():
                    res = session.execute(update(EventRecord).where(EventRecord.id == event_id)
                                          .values(canonical_id=canonical))
                    n += res.rowcount or 0
                return n
        except SQLAlchemyError as e:
            raise LedgerError(f"set_canonical: database error: {_first_line(e)}") from e

    # ------------------------------------------------------------ reads
    def iter_events(self, type: str | None = None, actor: str | list[str] | None = None, role: str | None = None,
                    since: str | None = None, until: str | None = None, item: str | None = None,
                    doc_id: str | None = None, limit: int | None = None, offset: int = 0,
                    include_sub: bool = False) -> Iterator[EventRow]:
        """Stream the events matching every given filter, by doc_id then order in the document.

        ``actor``: one key or several (any of them); with ``include_sub`` a key
        also finds the places below it (``CN/Chongqing`` -> ``CN/Chongqing/Shapingba``).
        ``role`` (``from``/``to``) restricts which side the actor is on.
        """
        try:
            stmt = queries.events_statement(type=type, actor=actor, role=role, since=since, until=until, item=item,
                                            doc_id=doc_id, include_sub=include_sub, limit=limit, offset=offset)
        except ValueError as e:  # raised here, at the call, not at the first next()
            raise LedgerError(f"iter_events: {e}") from e
        return self._stream(stmt, lambda r: EventRow(id=r[0], doc_id=r[1], idx=r[2], event=r[3],
                                                     canonical_id=r[4]))

    def count_events(self, **filters: Any) -> int:
        """How many events ``iter_events(**filters)`` would yield (limit/offset ignored)."""
        filters.pop("limit", None)
        filters.pop("offset", None)
        try:
            stmt = queries.events_statement(**filters)
            with self._sessions() as session:
                return session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
        except ValueError as e:
            raise LedgerError(f"count_events: {e}") from e
        except SQLAlchemyError as e:
            raise LedgerError(f"count_events: database error: {_first_line(e)}") from e

    def iter_documents(self) -> Iterator[DocumentRow]:
        """Stream every stored document (with its text), by doc_id."""
        stmt = select(DocumentRecord).order_by(DocumentRecord.doc_id)
        return self._stream(stmt, lambda r: _document_row(r[0]))

    def document(self, doc_id: str) -> DocumentRow | None:
        """The stored document called ``doc_id`` (with its event count), or ``None``."""
        try:
            with self._sessions() as session:
                rec = session.scalars(select(DocumentRecord).where(DocumentRecord.doc_id == doc_id)).one_or_none()
                if rec is None:
                    return None
                n = session.scalar(select(func.count()).where(EventRecord.document_id == rec.id)) or 0
                return _document_row(rec, n)
        except SQLAlchemyError as e:
            raise LedgerError(f"{doc_id}: database error: {_first_line(e)}") from e

    def summary(self) -> dict[str, Any]:
        """``documents``, ``events``, ``events_by_type``, ``actors``, ``top_actors``, ``date_range``."""
        try:
            with self._sessions() as session:
                return queries.summary(session)
        except SQLAlchemyError as e:
            raise LedgerError(f"summary: database error: {_first_line(e)}") from e

    def actor_keys_like(self, name_or_key: str) -> list[str]:
        """Keys of actors that are, lie under, or were named ``name_or_key``."""
        try:
            with self._sessions() as session:
                return queries.actor_keys_like(session, name_or_key)
        except SQLAlchemyError as e:
            raise LedgerError(f"actor_keys_like: database error: {_first_line(e)}") from e

    def export_jsonl(self, fh: IO[str]) -> int:
        """Write spec JSON Lines (one line per document, events in order, ``canonical`` where set); returns lines."""
        lines = 0
        current: str | None = None
        events: list[dict] = []

        def flush() -> None:
            fh.write(json.dumps({"doc": current, "events": events}, ensure_ascii=False) + "\n")

        for doc_id, payload, canonical in self._stream(queries.export_statement(), tuple):
            if doc_id != current:
                if current is not None:
                    flush()
                    lines += 1
                current, events = doc_id, []
            if payload is not None:
                ev = dict(payload)
                if canonical is not None:
                    ev["canonical"] = canonical
                events.append(ev)
        if current is not None:
            flush()
            lines += 1
        return lines

    # ------------------------------------------------------------ merged facts and decisions
    def replace_facts(self, facts: Iterable[FactRow], blocks: list[dict] | None = None,
                      blocking: str | None = None) -> int:
        """Make ``facts`` the ledger's facts (one transaction) and set each event's ``canonical_id``.

        Events not listed in any fact get ``canonical_id = NULL``.  ``blocks``
        (every event's ``event_blocks`` rows) made with blocking ``blocking``
        let the next merge be incremental.  Returns facts written.
        """
        try:
            with self._sessions() as session, session.begin():
                return fact_sql.replace_facts(session, facts, blocks, blocking)
        except SQLAlchemyError as e:
            raise LedgerError(f"replace_facts: database error: {_first_line(e)}") from e

    def update_facts(self, removed: Iterable[str], facts: Iterable[FactRow], blocks: list[dict],
                     stale: Iterable[str] = (), current: dict[int, str | None] | None = None) -> int:
        """Replace only the facts ``removed`` by ``facts`` in one transaction (summaries kept in step).

        ``blocks``: ``event_blocks`` rows of events merged for the first time;
        ``stale``: the stale facts dealt with; ``current``: the events'
        ``canonical_id`` as read (those unchanged are not rewritten).  Returns facts written.
        """
        try:
            with self._sessions() as session, session.begin():
                return merge_sql.update_facts(session, removed, facts, blocks, stale, current)
        except SQLAlchemyError as e:
            raise LedgerError(f"update_facts: database error: {_first_line(e)}") from e

    def store_blocks(self, rows: list[dict]) -> None:
        """Store the ``event_blocks`` rows (``event_id``, ``block``, ``month``) of some events, replacing theirs."""
        try:
            with self._sessions() as session, session.begin():
                merge_sql.replace_blocks(session, rows, everything=False)
        except SQLAlchemyError as e:
            raise LedgerError(f"store_blocks: database error: {_first_line(e)}") from e

    def merge_state(self, name: str) -> str | None:
        return self._read("merge_state", lambda s: merge_sql.state(s, name))

    def unmerged_events(self) -> list[MergeEventRow]:
        """Events in no fact yet (stored since the last merge), with their documents' publishers."""
        return self._read("unmerged_events", merge_sql.unmerged_events)

    def stale_facts(self) -> list[str]:
        """Facts that lost an event since the last merge (a document re-ingested with new content)."""
        return self._read("stale_facts", merge_sql.stale_facts)

    def merge_events(self, ids: Iterable[int]) -> list[MergeEventRow]:
        """The events with these ids, as the merge reads them (with their documents' publishers)."""
        ids = list(ids)
        return self._read("merge_events", lambda s: merge_sql.events_by_id(s, ids))

    def event_ids_of_facts(self, fact_ids: Iterable[str]) -> set[int]:
        """Ids of the events in any of these facts."""
        fact_ids = list(fact_ids)
        return self._read("event_ids_of_facts", lambda s: merge_sql.event_ids_of_facts(s, fact_ids))

    def events_in_blocks(self, lookups: Iterable[tuple[str, int | None, int | None]]) -> set[int]:
        """Ids of events stored under ``(block, first month, last month)`` (and the block's undated ones)."""
        lookups = list(lookups)
        return self._read("events_in_blocks", lambda s: merge_sql.events_in_blocks(s, lookups))

    def facts(self, type: str | None = None, of: str | None = None, actor: str | list[str] | None = None,
              role: str | None = None, include_sub: bool = False, since: str | None = None,
              until: str | None = None, ids: list[str] | None = None, reviewed: bool = False) -> Iterator[FactRow]:
        """Stream merged facts matching every given filter (``actor``/``role``/``include_sub`` as for events;
        ``reviewed``: only facts people reviewed every source event of)."""
        try:
            stmt = fact_sql.facts_statement(type=type, of=of, actor=actor, role=role, include_sub=include_sub,
                                            since=since, until=until, ids=ids, reviewed=reviewed)
        except ValueError as e:
            raise LedgerError(f"facts: {e}") from e
        return self._stream(stmt, lambda r: fact_sql.fact_row(r[0]))

    def fact(self, fact_id: str) -> FactRow | None:
        return next(iter(self.facts(ids=[fact_id])), None)

    def fact_event_ids(self, fact_id: str) -> list[int]:
        """Ids of the events whose ``canonical_id`` is ``fact_id``."""
        return self._read("fact_event_ids", lambda s: fact_sql.event_ids_of_fact(s, fact_id))

    def canonical_of(self, event_ids: list[int]) -> dict[int, str | None]:
        """``{event id: canonical_id}`` for the given events that exist."""
        return self._read("canonical_of", lambda s: fact_sql.canonical_of_events(s, list(event_ids)))

    def record_decision(self, kind: str, event_ids: list[int], fact_ids: list[str] = (),
                        other_event_ids: list[int] = (), who: str = "", why: str = "") -> int:
        """Store a ``merge``/``split`` decision; returns its id."""
        if kind not in ("merge", "split"):
            raise LedgerError(f"record_decision: kind must be merge or split, not {kind!r}")
        try:
            with self._sessions() as session, session.begin():
                return fact_sql.add_decision(session, kind, list(event_ids), list(fact_ids),
                                             list(other_event_ids), who, why)
        except SQLAlchemyError as e:
            raise LedgerError(f"record_decision: database error: {_first_line(e)}") from e

    def decisions(self) -> list[DecisionRow]:
        """Every merge/split decision, oldest first."""
        return list(self._stream(fact_sql.decisions_statement(), lambda r: DecisionRow(
            id=r[0].id, kind=r[0].kind, event_ids=tuple(r[0].event_ids or ()), fact_ids=tuple(r[0].fact_ids or ()),
            other_event_ids=tuple(r[0].other_event_ids or ()), who=r[0].who, why=r[0].why,
            created_at=r[0].created_at)))

    def document_sources(self) -> dict[str, tuple[str | None, str | None]]:
        """``{doc_id: (published, source)}`` for every document."""
        return {d: (p, s) for d, p, s in self._stream(fact_sql.document_sources_statement(), tuple)}

    # ------------------------------------------------------------ helpers
    def _read(self, what: str, fn):  # noqa: ANN001
        try:
            with self._sessions() as session:
                return fn(session)
        except SQLAlchemyError as e:
            raise LedgerError(f"{what}: database error: {_first_line(e)}") from e

    def _stream(self, stmt, convert) -> Iterator:  # noqa: ANN001
        try:
            with self._sessions() as session:
                result = session.execute(stmt.execution_options(yield_per=STREAM_BATCH))
                for row in result:
                    yield convert(row)
        except SQLAlchemyError as e:
            raise LedgerError(f"query failed: {_first_line(e)}") from e


def _first_line(e: BaseException) -> str:
    s = str(e).strip()
    return s.splitlines()[0] if s else e.__class__.__name__
