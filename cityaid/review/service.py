"""``Review``: every read and decision on extracted events, with the access check and the optimistic lock.

The web pages, the JSON API and the CLI all call these methods (as they call
``Office`` for records), so a rule enforced here holds everywhere.  A
decision is one transaction: its append-only record (who, when, what, why),
the event's derived state, and the document's rows in the ledger's
``events`` rewritten to the reviewed state; then the facts those rows were in
are re-merged (``merge_pending``), so answers and pages show people's word at
once.  Review ids are stable across re-extraction (``cityaid.ledger.review_tables``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Optional

from cityaid.ledger import review_sql as sql
from cityaid.ledger.office_sql import OfficeStore, UserRow
from cityaid.ledger.review_sql import ReviewDecisionRow, ReviewRow
from cityaid.ledger.store import rewrite_events
from cityaid.office.places import within

from .decisions import REASONS, Derived, gold_payload
from .errors import E_, Forbidden, NotFound, ReviewError, StaleVersion
from .fields import apply_changes, plain

SYSTEM = UserRow(id=0, name="cli", role="admin", places=(), disabled=False)


@dataclass(frozen=True)
class ReviewEvent:
    """One event of a document as people review it (``id`` is stable across re-extraction)."""

    id: int
    doc_id: str
    state: str
    orphan: bool
    version: int
    event: dict[str, Any]
    extracted: Optional[dict[str, Any]]
    span: Optional[tuple[int, int]]
    reason: Optional[str] = None
    same_as: Optional[int] = None
    who: Optional[str] = None
    at: Optional[datetime] = None
    confidence: Optional[float] = None
    ledger_event_id: Optional[int] = None
    can_decide: bool = False

    @property
    def reviewed(self) -> bool:
        return self.state != "pending"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "doc": self.doc_id, "state": self.state, "orphan": self.orphan,
                "version": self.version, "event": self.event, "extracted": self.extracted,
                "span": list(self.span) if self.span else None, "reason": self.reason, "same_as": self.same_as,
                "who": self.who, "at": self.at.isoformat() if self.at else None, "confidence": self.confidence,
                "ledger_event_id": self.ledger_event_id, "can_decide": self.can_decide, "reviewed": self.reviewed}


@dataclass(frozen=True)
class ReviewDoc:
    doc_id: str
    title: Optional[str]
    text: str
    format: str
    published: Optional[str]
    source: Optional[str]
    url: Optional[str]
    cleaned: Optional[dict[str, Any]]
    events: list[ReviewEvent] = field(default_factory=list)

    @property
    def reviewed(self) -> bool:
        return any(e.reviewed for e in self.events)

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "title": self.title, "text": self.text, "format": self.format,
                "published": self.published, "source": self.source, "url": self.url, "cleaned": self.cleaned,
                "reviewed": self.reviewed, "events": [e.to_dict() for e in self.events]}


#: One entry of an event's history: the stored decision row as it is.
DecisionEntry = ReviewDecisionRow


# ------------------------------------------------------------------ access
def can_read(user: UserRow | None) -> bool:
    """Any live account reads: the reports and what was read from them are the ledger's public side."""
    return user is not None and not user.disabled


def event_keys(*events: Optional[dict]) -> set[str]:
    return {a.get("key") for e in events if e for role in ("from", "to") for a in e.get(role) or [] if a.get("key")}


def can_decide(user: UserRow | None, *events: Optional[dict]) -> bool:
    """Admin: every event; editor: those naming one of its places (or below); viewer: none."""
    if user is None or user.disabled:
        return False
    if user.role == "admin":
        return True
    return user.role == "editor" and any(within(k, p) for k in event_keys(*events) for p in user.places)


def _who(user: UserRow | None) -> str:
    return user.name if user else "?"


class Review:
    """People's review of the events of one ledger."""

    def __init__(self, ledger, remerge: bool = True) -> None:  # noqa: ANN001 - a cityaid Ledger
        self.ledger = ledger
        self.store = OfficeStore(ledger.engine)
        self.remerge = remerge

    # ---------------------------------------------------------- reads
    def _need_reader(self, user: UserRow | None) -> None:
        if not can_read(user):
            raise Forbidden(E_("log in to review events"))

    def _view(self, user: UserRow | None, row: ReviewRow, decisions: Optional[list] = None) -> ReviewEvent:
        last = next((d for d in reversed(decisions or []) if d.action in ("accept", "reject", "fix", "add")), None)
        reject = next((d for d in reversed(decisions or []) if d.action == "reject"), None)
        return ReviewEvent(id=row.id, doc_id=row.doc_id, state=row.state, orphan=row.orphan, version=row.version,
                           event=row.event, extracted=row.extracted, span=row.span,
                           reason=reject.data.get("reason") if reject and row.state == "rejected" else None,
                           same_as=reject.data.get("same_as") if reject and row.state == "rejected" else None,
                           who=last.who if last else None, at=last.at if last else None,
                           confidence=_certainty(row), ledger_event_id=row.ledger_event_id,
                           can_decide=can_decide(user, row.event, row.extracted))

    def _load(self, s, user: UserRow | None, review_id: int) -> ReviewRow:  # noqa: ANN001
        try:
            rid = int(review_id)
        except (TypeError, ValueError):
            raise NotFound(E_("no event %(id)s", id=repr(review_id))) from None
        row = sql.get(s, rid)
        if row is None:
            raise NotFound(E_("no event %(id)s", id=rid))
        return row

    def event(self, user: UserRow | None, review_id: int) -> ReviewEvent:
        self._need_reader(user)
        with self.store.tx() as s:
            row = self._load(s, user, review_id)
            return self._view(user, row, sql.history(s, row.id))

    def doc(self, user: UserRow | None, doc_id: str) -> ReviewDoc:
        """The stored document (its text: every offset is into it) with every event as reviewed now."""
        self._need_reader(user)
        rec = self.ledger.document(doc_id)
        if rec is None:
            raise NotFound(E_("no document %(doc)s", doc=repr(doc_id)))
        with self.store.tx() as s:
            sql.ensure_rows(s, doc_id)
            rows = sql.rows(s, doc_id=doc_id)
            views = [self._view(user, r, sql.history(s, r.id) if r.state != "pending" else []) for r in rows]
        views.sort(key=lambda v: (v.span[0] if v.span else -1, v.id))
        return ReviewDoc(doc_id=rec.doc_id, title=rec.title, text=rec.text, format=rec.format,
                         published=rec.published, source=rec.source, url=rec.url, cleaned=rec.cleaned, events=views)

    def history(self, user: UserRow | None, review_id: int) -> list[DecisionEntry]:
        self._need_reader(user)
        with self.store.tx() as s:
            row = self._load(s, user, review_id)
            return sql.history(s, row.id)

    def orphans(self, user: UserRow | None) -> list[ReviewEvent]:
        """Decided events the current extraction has nothing to attach to (they still count as left)."""
        self._need_reader(user)
        with self.store.tx() as s:
            return [self._view(user, r, sql.history(s, r.id)) for r in sql.rows(s, orphan=True)]

    def reviewed_docs(self) -> list[str]:
        with self.store.tx() as s:
            return sql.reviewed_doc_ids(s)

    def queue(self, user: UserRow | None, place: str | None = None, limit: int = 50,
              doc_id: str | None = None) -> list:
        """What is worth a person's time first (``cityaid.review.queue``)."""
        from .queue import build_queue

        self._need_reader(user)
        return build_queue(self.ledger, self.store, user, place=place, limit=limit, doc_id=doc_id)

    def next_doc(self, user: UserRow | None, after: str | None = None, place: str | None = None) -> str | None:
        """The document of the first queue entry other than ``after`` (the ``n`` key)."""
        for q in self.queue(user, place=place, limit=200):
            if q.doc_id != after:
                return q.doc_id
        return None

    # ---------------------------------------------------------- decisions
    def accept(self, user: UserRow | None, review_id: int, seen_version: int | None = None,
               why: str = "") -> ReviewEvent:
        """The event stands as it reads now (its figures frozen as the person's)."""
        return self._decide(user, review_id, seen_version, why, "accept", lambda s, row, text: {
            "event": plain(row.event)})

    def reject(self, user: UserRow | None, review_id: int, reason: str, seen_version: int | None = None,
               why: str = "", same_as: int | None = None) -> ReviewEvent:
        """Not an event: ``not_an_event``, ``plan``, ``same_as`` (another event's id), ``wrong_place`` or free text."""
        reason = (reason or "").strip()
        if not reason:
            raise ReviewError(E_("reason: why is it rejected? (%(r)s, or your own words)", r=", ".join(REASONS)))

        def data(s, row, text) -> dict:  # noqa: ANN001
            d: dict[str, Any] = {"reason": reason}
            if reason == "same_as" or same_as not in (None, ""):
                if same_as in (None, ""):
                    raise ReviewError(E_("same_as: the same as which event? (its id)"))
                other = self._load(s, user, same_as)
                if other.id == row.id:
                    raise ReviewError(E_("same_as: an event is not a duplicate of itself"))
                d["same_as"] = other.id
            return d
        return self._decide(user, review_id, seen_version, why, "reject", data)

    def fix(self, user: UserRow | None, review_id: int, changes: dict, seen_version: int | None = None,
            why: str = "") -> ReviewEvent:
        """Change fields of the event (``cityaid.review.fields.apply_changes``); the result is the person's."""
        if not changes:
            raise ReviewError(E_("fix: nothing to change"))

        def data(s, row, text) -> dict:  # noqa: ANN001
            new = apply_changes(row.event, dict(changes), text, row.doc_id)
            if not can_decide(user, new) and user is not None and user.role != "admin":
                raise Forbidden(E_("%(who)s may not move an event out of its places", who=_who(user)))
            return {"set": plain({k: v for k, v in changes.items()}), "event": new}
        return self._decide(user, review_id, seen_version, why, "fix", data)

    def add(self, user: UserRow | None, doc_id: str, event: dict, why: str = "") -> ReviewEvent:
        """An event the extractor missed, from a verbatim span of the document."""
        if not can_read(user):
            raise Forbidden(E_("log in to review events"))
        doc = self.ledger.document(doc_id)
        if doc is None:
            raise NotFound(E_("no document %(doc)s", doc=repr(doc_id)))
        _not_office(doc_id)
        ev = dict(event or {})
        if not ev.get("type"):
            raise ReviewError(E_("type: which kind of event? (donation, message, ...)"))
        if not ev.get("evidence") and not ev.get("evidence_span"):
            raise ReviewError(E_("evidence: select the words of the document that state the event"))
        new = apply_changes({}, ev, doc.text, doc_id)
        if not can_decide(user, new):
            raise Forbidden(E_("%(who)s may not add events outside its places", who=_who(user)))
        with self.store.tx() as s:
            sql.ensure_rows(s, doc_id)
            row = sql.insert_added(s, doc_id, who=_who(user), why=why, event=new)
            rewrite_events(s, doc_id)
            out = self._view(user, sql.get(s, row.id), sql.history(s, row.id))
        self._merge()
        return out

    # ---------------------------------------------------------- internals
    def _decide(self, user: UserRow | None, review_id: int, seen_version: int | None, why: str, action: str,
                make_data) -> ReviewEvent:  # noqa: ANN001
        if not can_read(user):
            raise Forbidden(E_("log in to review events"))
        with self.store.tx() as s:
            row = self._load(s, user, review_id)
            if not can_decide(user, row.event, row.extracted):
                raise Forbidden(E_("%(who)s may not decide on event %(id)s", who=_who(user), id=row.id))
            _not_office(row.doc_id)
            if seen_version not in (None, "") and int(seen_version) != row.version:
                raise StaleVersion(row.id, int(seen_version), row.version)
            doc = self.ledger.document(row.doc_id)
            data = make_data(s, row, doc.text if doc else "")
            sql.append_decision(s, row.id, row.version, action=action, who=_who(user), why=why, data=data)
            rewrite_events(s, row.doc_id)
            out = self._view(user, sql.get(s, row.id), sql.history(s, row.id))
        self._merge()
        return out

    def _merge(self) -> None:
        if self.remerge:
            from cityaid.merge import merge_pending

            merge_pending(self.ledger)


OFFICE_DOCS = "office:"  # published office records (cityaid.office.publish): the office's own word


def _not_office(doc_id: str) -> None:
    if doc_id.startswith(OFFICE_DOCS):
        raise ReviewError(E_("%(doc)s is a published office record: change it with the office's forms "
                             "(cityaid office edit)", doc=doc_id))


def _certainty(row: ReviewRow) -> Optional[float]:
    """How sure the reading is, 0..1, from what it lacks (``queue.uncertainty``); None once decided."""
    if row.state != "pending":
        return None
    from .queue import uncertainty

    score, _ = uncertainty(row.event)
    return round(max(0.0, 1.0 - score / 4.0), 2)


def gold_of(rows: list[ReviewRow]) -> list[dict]:
    """The events of one document as a gold file holds them: what people stand behind, in document order."""
    import json

    out = []
    for r in rows:
        p = gold_payload(Derived(state=r.state, event=r.event, orphan=r.orphan))
        if p is not None:
            out.append(p)
    span = lambda e: tuple(e.get("evidence_span") or (-1, -1))  # noqa: E731
    return sorted(out, key=lambda e: (span(e), e.get("type", ""), json.dumps(e, ensure_ascii=False, sort_keys=True)))
