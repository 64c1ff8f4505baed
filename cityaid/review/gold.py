"""Gold files in, reviewed documents out: a team's annotations as decisions, people's decisions as a test set.

``import_gold`` turns each line of a gold file (the spec's format) into
decisions on that stored document: a gold event that the extractor read the
same way is accepted, one it read otherwise is fixed to the gold's fields, one
it missed is added, and every reading the gold file does not hold is rejected
(``not_an_event``).  The gold event's evidence must be a verbatim span of the
stored text; its ``evidence_span`` only says which occurrence (a gold file for
HTML pages counts offsets in the page's markup, the ledger in its main text).
Importing the same file twice changes nothing.

``export_gold`` writes every reviewed document — one with at least one
decision — as a gold line: the events people stand behind (accepted, fixed,
added, orphans included; pending and rejected ones not), in document order,
and ``clusters.json`` beside it: the exported events the ledger merged into
one fact, as ``[[{"doc", "event"}, ...], ...]`` (``cityaid eval-merge``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Optional

from cityaid.ledger import review_sql as sql
from cityaid.ledger.office_sql import UserRow
from cityaid.ledger.store import rewrite_events

from .decisions import Derived, gold_payload
from .errors import E_, Forbidden, OfficeError, ReviewError
from .fields import apply_changes, plain
from .reattach import Slot, attach
from .service import Review, _not_office, can_decide, gold_of

SAME_FIELDS = ("type", "date", "items", "money", "value", "evidence", "evidence_span", "of")


@dataclass
class ImportStats:
    documents: int = 0
    accepted: int = 0
    fixed: int = 0
    added: int = 0
    rejected: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"documents": self.documents, "accepted": self.accepted, "fixed": self.fixed, "added": self.added,
                "rejected": self.rejected, "unchanged": self.unchanged, "problems": self.problems}


def _bare(e: dict) -> dict:
    """What must agree for an extracted event to be accepted as the gold's (names and aliases aside)."""
    out = {k: e.get(k) for k in SAME_FIELDS}
    for role in ("from", "to"):
        out[role] = sorted(a.get("key") or a.get("name") or "" for a in e.get(role) or [])
    return plain(out)


def read_gold(path: str | Path) -> list[tuple[int, str, list[dict]]]:
    """``(line number, doc, events)`` of a gold file; ``ReviewError`` naming the file and line when malformed."""
    out = []
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        raise ReviewError(E_("%(path)s: cannot read (%(err)s)", path=str(path), err=e.strerror or str(e))) from None
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                doc, events = str(row["doc"]), row.get("events") or []
                if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
                    raise TypeError("events is not a list of objects")
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise ReviewError(E_("%(path)s:%(n)s: not a gold line (%(err)s)", path=str(path), n=n,
                                     err=str(err))) from None
            out.append((n, doc, events))
    return out


def gold_event(g: dict, text: str, doc: str) -> dict:
    """The gold event as the ledger keeps it: checked, its evidence placed in the stored text."""
    changes = {k: v for k, v in g.items() if k not in ("evidence_span", "canonical", "reviewed")}
    span = g.get("evidence_span")
    hint = None
    if span and len(span) == 2:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError):
            start = end = None
        if start is not None and text[start:end] == g.get("evidence"):
            changes["evidence_span"] = [start, end]
        hint = start
    return apply_changes({}, changes, text, doc, evidence_hint=hint)


def import_gold(review: Review, path: str | Path, user: UserRow, who: Optional[str] = None,
                on_doc=None) -> ImportStats:  # noqa: ANN001
    """Decisions making each stored document of the gold file hold exactly its gold events (see module doc)."""
    from cityaid.merge import merge_pending

    who = who or user.name
    stats = ImportStats()
    why = f"gold file {Path(path).name}"
    for n, doc_id, events in read_gold(path):
        try:
            _import_doc(review, doc_id, events, user, who, why, stats)
            stats.documents += 1
        except OfficeError as e:
            stats.problems.append(f"{path}:{n}: {doc_id}: {e}")
        if on_doc is not None:
            on_doc(doc_id)
    if review.remerge:
        merge_pending(review.ledger)
    return stats


def _import_doc(review: Review, doc_id: str, events: list[dict], user: UserRow, who: str, why: str,
                stats: ImportStats) -> None:
    from .errors import NotFound

    doc = review.ledger.document(doc_id)
    if doc is None:
        raise NotFound(E_("no stored document %(doc)s (ingest it first)", doc=repr(doc_id)))
    _not_office(doc_id)
    gold = [gold_event(g, doc.text, doc_id) for g in events]
    with review.store.tx() as s:
        sql.ensure_rows(s, doc_id)
        rows = sql.rows(s, doc_id=doc_id)
        for g in gold:
            if not can_decide(user, g):
                raise Forbidden(E_("%(who)s may not decide on events outside its places", who=user.name))
        slots = [Slot(id=r.id, decided=r.state != "pending", anchors=tuple(a for a in (r.event, r.extracted) if a))
                 for r in rows]
        match = attach(slots, gold)
        for r in rows:
            i = match.get(r.id)
            if not can_decide(user, r.event, r.extracted):
                raise Forbidden(E_("%(who)s may not decide on event %(id)s", who=user.name, id=r.id))
            if i is None:
                if r.state == "rejected":
                    stats.unchanged += 1
                    continue
                sql.append_decision(s, r.id, r.version, action="reject", who=who, why=why,
                                    data={"reason": "not_an_event"})
                stats.rejected += 1
                continue
            g = gold[i]
            now = gold_payload(Derived(state=r.state, event=r.event))
            if now is not None and plain(now) == g:
                stats.unchanged += 1
            elif r.state == "pending" and _bare(r.event) == _bare(g):
                sql.append_decision(s, r.id, r.version, action="accept", who=who, why=why, data={"event": g})
                stats.accepted += 1
            else:
                sql.append_decision(s, r.id, r.version, action="fix", who=who, why=why,
                                    data={"set": {k: v for k, v in g.items() if plain(r.event).get(k) != v},
                                          "event": g})
                stats.fixed += 1
        taken = set(match.values())
        for i, g in enumerate(gold):
            if i not in taken:
                sql.insert_added(s, doc_id, who=who, why=why, event=g)
                stats.added += 1
        rewrite_events(s, doc_id)


def export_gold(review: Review, out: IO[str], clusters: Optional[IO[str]] = None) -> tuple[int, int]:
    """Reviewed documents as gold lines (and their merged clusters); returns (documents, events)."""
    with review.store.tx() as s:
        docs = sql.reviewed_doc_ids(s)
        per_doc = {d: sql.rows(s, doc_id=d) for d in docs}
    n_events = 0
    members: dict[str, list[dict]] = {}
    ledger_ids = {}
    for d in docs:
        events = gold_of(per_doc[d])
        out.write(json.dumps({"doc": d, "events": events}, ensure_ascii=False) + "\n")
        n_events += len(events)
        by_payload = {}
        for r in per_doc[d]:
            p = gold_payload(Derived(state=r.state, event=r.event))
            if p is not None and r.ledger_event_id is not None:
                by_payload.setdefault(json.dumps(p, sort_keys=True, ensure_ascii=False), r.ledger_event_id)
        for i, e in enumerate(events):
            eid = by_payload.get(json.dumps(e, sort_keys=True, ensure_ascii=False))
            if eid is not None:
                ledger_ids[eid] = {"doc": d, "event": i}
    if clusters is not None:
        canon = review.ledger.canonical_of(list(ledger_ids))
        for eid, ref in ledger_ids.items():
            if canon.get(eid):
                members.setdefault(canon[eid], []).append(ref)
        groups = sorted((sorted(m, key=lambda x: (x["doc"], x["event"])) for m in members.values() if len(m) > 1),
                        key=lambda g: (g[0]["doc"], g[0]["event"]))
        json.dump(groups, clusters, ensure_ascii=False, indent=1)
        clusters.write("\n")
    return len(docs), n_events
