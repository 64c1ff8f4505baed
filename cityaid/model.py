"""The records that flow through the pipeline, one type per step.

read -> ``Document``; clean -> ``CleanText``; extract/resolve -> ``Event`` (the
exchange format of ``shared/spec/aid-events.md``).  Internal mentions are plain
dataclasses (cheap, many of them); ``Event`` and its parts are pydantic models
because they cross the boundary to JSON Lines, the ledger and the API.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

EVENT_TYPES = ("donation", "message", "consultation", "medical_team", "request", "aggregate")
LEVELS = ("country", "adm1", "city", "district", "org")


# ---------------------------------------------------------------- read
@dataclass
class Document:
    """One source report as read from disk.

    ``text`` is the document's own text (for HTML: the main text trafilatura
    found); events' evidence spans are offsets into it (what the ledger stores
    and the web view highlights).  ``raw`` is the original document where
    ``text`` is not it: an HTML page's source as decoded (a file, a JSON
    line's ``html``, a web-archive record's HTTP payload); ``None`` for plain
    text.  The exchange format's ``evidence_span`` counts in ``raw`` when it
    is set (``cityaid.pipeline.spec_events``).  ``content_hash`` is the
    SHA-256 of the raw bytes (or of the JSON line), so re-ingesting an
    unchanged document can be recognised.
    """

    doc_id: str
    text: str
    content_hash: str
    path: str = ""
    format: str = "txt"  # txt | html | jsonl
    title: Optional[str] = None
    published: Optional[str] = None  # ISO date (YYYY-MM-DD) when known
    source: Optional[str] = None
    url: Optional[str] = None
    encoding: Optional[str] = None
    raw: Optional[str] = field(default=None, repr=False, compare=False)


# ---------------------------------------------------------------- clean
@dataclass
class CleanText:
    """Cleaned, normalised text with a map back to the original.

    ``text[i]`` came from ``Document.text[offsets[i]]``.  ``text`` is simplified
    Chinese with half-width digits and punctuation (for matching); ``surface``
    holds the same kept characters as they stood in the original.
    ``removed`` lists what cleaning dropped: ``(start, end, reason)`` in
    original offsets.
    """

    text: str
    offsets: list[int]
    surface: str = ""
    removed: list[tuple[int, int, str]] = field(default_factory=list)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering cleaned ``text[start:end]``."""
        if end <= start:
            o = self.offsets[start] if start < len(self.offsets) else (self.offsets[-1] + 1 if self.offsets else 0)
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


# ---------------------------------------------------------------- spec models
class Actor(BaseModel):
    model_config = ConfigDict(extra="allow")

    key: Optional[str] = None  # CC, CC/Name, CC/Name/Sub, ORG/Name; None = unresolved
    name: str
    level: Optional[str] = None


class DateRef(BaseModel):
    value: str  # ISO date, possibly partial: 2020, 2020-03, 2020-03-10
    qualifier: Literal["on", "approx", "as_of", "before"] = "on"


class ItemQty(BaseModel):
    model_config = ConfigDict(extra="allow")

    item: str
    quantity: Optional[float] = None
    unit: Optional[str] = None
    qualifier: Optional[Literal["approx", "over", "exact", "under"]] = None


class Money(BaseModel):
    amount: float
    currency: str
    qualifier: Optional[Literal["approx", "over", "exact", "under"]] = None


class Event(BaseModel):
    """One aid event as the spec defines it."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    type: Literal["donation", "message", "consultation", "medical_team", "request", "aggregate"]
    from_: list[Actor] = Field(default_factory=list, alias="from")
    to: list[Actor] = Field(default_factory=list)
    date: Optional[DateRef] = None
    items: list[ItemQty] = Field(default_factory=list)
    money: list[Money] = Field(default_factory=list)
    value: Optional[Money] = None
    evidence: str = ""
    evidence_span: Optional[tuple[int, int]] = None
    of: Optional[str] = None
    kind: Optional[str] = None
    medium: Optional[str | list[str]] = None
    requested: Optional[str] = None
    inscription: Optional[list[str]] = None
    partners_count: Optional[int] = None
    countries_count: Optional[int] = None
    events_count: Optional[int] = None

    def to_spec(self) -> dict:
        """The JSON object of the exchange format (``from`` spelled as such, no nulls for optional extras)."""
        d = self.model_dump(by_alias=True, exclude_none=True)
        d.setdefault("date", None)
        for key in ("from", "to", "items", "money"):
            d.setdefault(key, [])
        for it in d["items"]:
            q = it.get("quantity")
            if isinstance(q, float) and q.is_integer():
                it["quantity"] = int(q)
            it.setdefault("quantity", None)
            it.setdefault("unit", None)
        for m in d["money"] + ([d["value"]] if "value" in d else []):
            if isinstance(m["amount"], float) and m["amount"].is_integer():
                m["amount"] = int(m["amount"])
        return d
