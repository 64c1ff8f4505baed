"""What the ledger hands back: plain frozen dataclasses, detached from any session.

Callers (CLI, web, merge) get values they can keep after the query's session
is gone, and never an ORM object whose lazy loads would hit a closed session.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from cityaid.model import Document, Event


@dataclass(frozen=True)
class EventRow:
    """One stored event: ``event`` is its spec dict (``payload``), ``id`` its database id."""

    id: int
    doc_id: str
    idx: int
    event: dict[str, Any]
    canonical_id: Optional[str] = None

    @property
    def payload(self) -> dict[str, Any]:
        return self.event

    def to_event(self) -> Event:
        return Event.model_validate(self.event)


@dataclass(frozen=True)
class DocumentRow:
    """One stored document with its cleaning record and timestamps."""

    id: int
    doc_id: str
    path: str
    format: str
    title: Optional[str]
    published: Optional[str]
    source: Optional[str]
    url: Optional[str]
    encoding: Optional[str]
    content_hash: str
    text: str
    cleaned: Optional[dict[str, Any]]
    ingested_at: datetime
    updated_at: datetime
    events: int = 0

    def to_document(self) -> Document:
        return Document(doc_id=self.doc_id, text=self.text, content_hash=self.content_hash, path=self.path,
                        format=self.format, title=self.title, published=self.published, source=self.source,
                        url=self.url, encoding=self.encoding)


@dataclass(frozen=True)
class FactRow:
    """One merged fact: ``fact`` is its canonical payload (spec dict + ``sources``), ``event_ids`` its reports."""

    id: str
    type: str
    of: Optional[str]
    fact: dict[str, Any]
    confidence: float
    sources: int
    disagreements: list[Any]
    event_ids: tuple[int, ...] = ()
    date_lo: Optional[str] = None
    date_hi: Optional[str] = None

    @property
    def payload(self) -> dict[str, Any]:
        return self.fact


@dataclass(frozen=True, slots=True)
class AnswerFact:
    """A merged fact as the place answers read it: ``fact`` holds only the payload keys they use.

    Why not ``FactRow``: a busy place has 1,000–2,000 facts, and decoding each
    full payload (its ``sources`` repeat every report's evidence, items and
    date) into ORM objects was most of the place page's time.  ``fact`` has
    ``type``, ``from``, ``to``, ``date``, ``items`` and ``money`` (a key the
    fact lacks is ``None``) — everything ``cityaid.report.place_ledger`` and a
    claim's itemised side read — and aggregates (the claims themselves, which
    also read ``evidence``, ``sources``, ``partners_count``...) carry their full
    payload.  See ``web_queries.answer_facts``.
    """

    id: str
    type: str
    of: Optional[str]
    fact: dict[str, Any]


@dataclass(frozen=True)
class DecisionRow:
    """A stored merge/split decision."""

    id: int
    kind: str
    event_ids: tuple[int, ...]
    fact_ids: tuple[str, ...]
    other_event_ids: tuple[int, ...]
    who: str
    why: str
    created_at: Optional[datetime] = None


@dataclass(frozen=True)
class MergeEventRow:
    """An event as the merge reads it: its spec dict, place in its document, fact, and the document's publisher."""

    id: int
    doc_id: str
    idx: int
    event: dict[str, Any]
    canonical_id: Optional[str]
    published: Optional[str]
    source: Optional[str]
