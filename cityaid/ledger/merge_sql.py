"""SQL of the incremental merge: unmerged events, events by block and month, partial fact rewrites.

``cityaid.merge.incremental.merge_pending`` drives it through ``Ledger``:
it reads the events no merge has seen (``canonical_id`` NULL) and the facts
marked stale, walks their blocks through ``event_blocks`` (an index on
``(block, month)``), then rewrites only the facts of those events with
``update_facts`` — one transaction that also keeps the fact summaries
(revision 0004) equal to what a full refresh would store, by subtracting the
old facts' groupings and adding the new ones'.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from sqlalchemy import Select, and_, bindparam, delete, insert, select, text, update
from sqlalchemy.orm import Session

from . import aggregates, stats
from .merge_tables import EventBlockRecord, MergeStateRecord, StaleFactRecord
from .records import fact_insert_rows
from .rows import FactRow, MergeEventRow
from .summary_tables import FactFlowRecord, FactGroupRecord, PlaceTotalRecord
from .tables import DocumentRecord, EventRecord, FactActorRecord, FactRecord

CHUNK = 500  # ids per IN (...) list: well under SQLite's parameter limit


def _chunks(rows: list, n: int = CHUNK):
    for i in range(0, len(rows), n):
        yield rows[i:i + n]


def _merge_select() -> Select:
    return (select(EventRecord.id, DocumentRecord.doc_id, EventRecord.idx, EventRecord.payload,
                   EventRecord.canonical_id, DocumentRecord.published, DocumentRecord.source)
            .join(DocumentRecord, DocumentRecord.id == EventRecord.document_id))


def _rows(session: Session, stmt: Select) -> list[MergeEventRow]:
    return [MergeEventRow(*r) for r in session.execute(stmt)]


def unmerged_events(session: Session) -> list[MergeEventRow]:
    """Events no merge has put in a fact yet (new, or stored while a merge was cut short)."""
    return _rows(session, _merge_select().where(EventRecord.canonical_id.is_(None)))


def events_by_id(session: Session, ids: Iterable[int]) -> list[MergeEventRow]:
    out: list[MergeEventRow] = []
    for chunk in _chunks(sorted(set(ids))):
        out += _rows(session, _merge_select().where(EventRecord.id.in_(chunk)))
    return out


def event_ids_of_facts(session: Session, fact_ids: Iterable[str]) -> set[int]:
    out: set[int] = set()
    for chunk in _chunks(sorted(set(fact_ids))):
        out.update(session.scalars(select(EventRecord.id).where(EventRecord.canonical_id.in_(chunk))))
    return out


def stale_facts(session: Session) -> list[str]:
    return list(session.scalars(select(StaleFactRecord.fact_id).order_by(StaleFactRecord.fact_id)))


def state(session: Session, name: str) -> str | None:
    return session.scalar(select(MergeStateRecord.value).where(MergeStateRecord.name == name))


def set_state(session: Session, name: str, value: str) -> None:
    session.execute(delete(MergeStateRecord).where(MergeStateRecord.name == name))
    session.execute(insert(MergeStateRecord).values(name=name, value=value))


_LOOKUPS = "cityaid_merge_lookups"


def events_in_blocks(session: Session, lookups: Iterable[tuple[str, int | None, int | None]]) -> set[int]:
    """Ids of events in ``(block, lo, hi)``: months ``lo..hi`` and undated (``month`` 0); ``lo`` None: every month.

    The lookups go into a temporary table joined with ``event_blocks`` — one
    statement per call however many blocks, each side read through the
    ``(block, month, event_id)`` index (one statement per shape of lookup,
    since an ``OR`` of the three would defeat the index).
    """
    rows = [{"block": b, "lo": lo, "hi": hi} for b, lo, hi in sorted(set(lookups), key=lambda t: (t[0], t[1] or 0))]
    if not rows:
        return set()
    session.execute(text(f"CREATE TEMPORARY TABLE IF NOT EXISTS {_LOOKUPS} (block VARCHAR(16), lo INTEGER, hi INTEGER)"))
    session.execute(text(f"DELETE FROM {_LOOKUPS}"))
    session.execute(text(f"INSERT INTO {_LOOKUPS} (block, lo, hi) VALUES (:block, :lo, :hi)"), rows)
    found = session.scalars(text(
        f"SELECT e.event_id FROM {_LOOKUPS} l JOIN event_blocks e ON e.block = l.block AND e.month = 0 "
        f"UNION SELECT e.event_id FROM {_LOOKUPS} l JOIN event_blocks e ON e.block = l.block WHERE l.lo IS NULL "
        f"UNION SELECT e.event_id FROM {_LOOKUPS} l JOIN event_blocks e "
        f"ON e.block = l.block AND e.month BETWEEN l.lo AND l.hi")).all()
    session.execute(text(f"DELETE FROM {_LOOKUPS}"))
    return set(found)


def replace_blocks(session: Session, rows: list[dict], *, everything: bool) -> None:
    """Store ``event_blocks`` rows (``event_id``, ``block``, ``month``): all of them, or those of the events given."""
    b = EventBlockRecord
    if everything:
        session.execute(delete(b))
    else:
        for chunk in _chunks(sorted({r["event_id"] for r in rows})):
            session.execute(delete(b).where(b.event_id.in_(chunk)))
    for chunk in _chunks(rows, 5000):
        session.execute(insert(b), chunk)


# ------------------------------------------------------------------ summaries by difference
def _summary_counts(session: Session, ids: list[str]) -> tuple[Counter, Counter, Counter]:
    """The three summaries' counts over the facts ``ids`` (they add up over disjoint sets of facts)."""
    groups, flows, totals = Counter(), Counter(), Counter()
    for chunk in _chunks(sorted(ids), 5000):  # few statements: each one is planned anew
        facts = (select(FactRecord.id, FactRecord.type, FactRecord.date_lo, FactRecord.date_hi)
                 .where(FactRecord.id.in_(chunk)).subquery())
        for t, direction, lo, hi, n in session.execute(aggregates.groups_select(facts)):
            groups[(t, direction, lo, hi)] += n
        for fk, tk, t, n in session.execute(aggregates.flows_select(facts)):
            flows[(fk, tk, t)] += n
        for key, t, given, received in session.execute(aggregates.place_totals_select(facts)):
            totals[(key, t, "given")] += given
            totals[(key, t, "received")] += received
    return groups, flows, totals


def _apply_summaries(session: Session, before: tuple[Counter, Counter, Counter],
                     after: tuple[Counter, Counter, Counter]) -> None:
    g_delta = {k: after[0][k] - before[0][k] for k in set(before[0]) | set(after[0])}
    f_delta = {k: after[1][k] - before[1][k] for k in set(before[1]) | set(after[1])}
    t_delta = {k: after[2][k] - before[2][k] for k in set(before[2]) | set(after[2])}
    # fact_groups: few rows per type; read those of the types touched, write by id
    g = FactGroupRecord
    types = sorted({k[0] for k, d in g_delta.items() if d})
    have = {}
    for gid, t, direction, lo, hi, n in session.execute(select(g.id, g.type, g.direction, g.date_lo, g.date_hi, g.n)
                                                         .where(g.type.in_(types))):
        have[(t, direction, lo, hi)] = (gid, n)
    ups, ins, dels = [], [], []
    for key, d in sorted(g_delta.items(), key=lambda kv: tuple(x or "" for x in kv[0])):
        if not d:
            continue
        gid, n = have.get(key, (None, 0))
        if gid is None:
            ins.append({"type": key[0], "direction": key[1], "date_lo": key[2], "date_hi": key[3], "n": d})
        elif n + d <= 0:
            dels.append({"k_id": gid})
        else:
            ups.append({"k_id": gid, "v_n": n + d})
    by_id = g.__table__.c.id == bindparam("k_id")
    if dels:
        session.execute(delete(g.__table__).where(by_id), dels)
    if ups:
        session.execute(update(g.__table__).where(by_id).values(n=bindparam("v_n")), ups)
    if ins:
        session.execute(insert(g.__table__), ins)
    # fact_flows and place_totals: keyed rows, read those of the keys touched
    fl = FactFlowRecord
    changed = {k: d for k, d in f_delta.items() if d}
    have_f = {}
    for chunk in _chunks(sorted({k[0] for k in changed})):
        for fk, tk, t, n in session.execute(select(fl.from_key, fl.to_key, fl.type, fl.n).where(fl.from_key.in_(chunk))):
            have_f[(fk, tk, t)] = n
    _upsert(session, fl.__table__, ("from_key", "to_key", "type"),
            {k: (have_f.get(k), have_f.get(k, 0) + d) for k, d in changed.items()},
            lambda n: {"n": n}, lambda n: n <= 0)
    p = PlaceTotalRecord
    keys = {(k[0], k[1]) for k, d in t_delta.items() if d}
    have_t = {}
    for chunk in _chunks(sorted({k[0] for k in keys})):
        for key, t, gv, rc in session.execute(select(p.key, p.type, p.given, p.received).where(p.key.in_(chunk))):
            have_t[(key, t)] = (gv, rc)
    plan = {}
    for k in keys:
        old = have_t.get(k)
        gv, rc = old or (0, 0)
        plan[k] = (old, (gv + t_delta.get((*k, "given"), 0), rc + t_delta.get((*k, "received"), 0)))
    _upsert(session, p.__table__, ("key", "type"), plan, lambda v: {"given": v[0], "received": v[1]},
            lambda v: v[0] <= 0 and v[1] <= 0)


def _upsert(session: Session, table, cols: tuple[str, ...], plan: dict, values, empty) -> None:  # noqa: ANN001
    """``plan``: key -> (old value or None, new value); update, insert or delete each row by its primary key."""
    where = and_(*[table.c[c] == bindparam("k_" + c) for c in cols])
    ups, ins, dels = [], [], []
    for key, (old, new) in sorted(plan.items()):
        k = {"k_" + c: v for c, v in zip(cols, key)}
        if empty(new):
            if old is not None:
                dels.append(k)
        elif old is None:
            ins.append({**dict(zip(cols, key)), **values(new)})
        else:
            ups.append({**k, **{"v_" + c: v for c, v in values(new).items()}})
    if dels:
        session.execute(delete(table).where(where), dels)
    if ups:
        cols_set = {c: bindparam("v_" + c) for c in values(plan[next(iter(plan))][1])}
        session.execute(update(table).where(where).values(**cols_set), ups)
    if ins:
        session.execute(insert(table), ins)


# ------------------------------------------------------------------ the partial rewrite
def update_facts(session: Session, removed: Iterable[str], facts: Iterable[FactRow], blocks: list[dict],
                 stale: Iterable[str], current: dict[int, str | None] | None = None) -> int:
    """Replace the facts ``removed`` by ``facts`` (ids may repeat), point their events at them; returns facts written.

    ``blocks``: ``event_blocks`` rows of the events merged for the first time;
    ``stale``: the ``stale_facts`` this merge has dealt with; ``current``: the
    events' ``canonical_id`` now, so those that keep theirs are not rewritten
    (most of them: one UPDATE each, a round trip each on a server).
    """
    facts = list(facts)
    new_ids = {f.id for f in facts}
    gone = set(removed) | new_ids
    existing = set()
    for chunk in _chunks(sorted(gone)):
        existing.update(session.scalars(select(FactRecord.id).where(FactRecord.id.in_(chunk))))
    before = _summary_counts(session, sorted(existing))
    for chunk in _chunks(sorted(existing)):
        session.execute(delete(FactActorRecord).where(FactActorRecord.fact_id.in_(chunk)))
        session.execute(delete(FactRecord).where(FactRecord.id.in_(chunk)))
    dropped = sorted(set(removed) - new_ids)
    for chunk in _chunks(dropped):  # no event should still point at them; if one does, it is merged again next time
        session.execute(update(EventRecord).where(EventRecord.canonical_id.in_(chunk)).values(canonical_id=None))
    fact_rows, actor_rows, links = fact_insert_rows(facts)
    if current is not None:  # an event still pointing at a dropped fact always gets a new id: never skipped
        links = [x for x in links if current.get(x["id"], "") != x["canonical_id"]]
    for chunk in _chunks(fact_rows, 2000):
        session.execute(insert(FactRecord), chunk)
    for chunk in _chunks(actor_rows, 2000):
        session.execute(insert(FactActorRecord), chunk)
    for chunk in _chunks(links, 2000):
        session.execute(update(EventRecord), chunk)
    _apply_summaries(session, before, _summary_counts(session, sorted(new_ids)))
    replace_blocks(session, blocks, everything=False)
    for chunk in _chunks(sorted(set(stale))):
        session.execute(delete(StaleFactRecord).where(StaleFactRecord.fact_id.in_(chunk)))
    stats.analyze(session)
    return len(facts)
