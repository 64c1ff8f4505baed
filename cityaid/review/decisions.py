"""An event's current state, derived from the extractor's reading and the decisions people made on it.

Pure: the decision log in, the state out, so the state cached in
``review_events`` can always be recomputed and tested without a database.
Each decision that settles the event's content (accept, fix, add) carries the
whole event as the person stood behind it (``data["event"]``): the person's
word is on those figures, so a later extractor reading the sentence otherwise
changes nothing of it — which is what lets decisions survive re-extraction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Optional, Sequence

STATES = ("pending", "accepted", "fixed", "rejected", "added")
PERSON_ACTIONS = ("accept", "reject", "fix", "add")
SYSTEM_ACTIONS = ("reattach", "orphan")  # written by re-extraction, not by people
REASONS = ("not_an_event", "plan", "same_as", "wrong_place")
MARK = "reviewed"  # the payload key the ledger's copy of a reviewed event carries (its state)


@dataclass(frozen=True)
class Decision:
    action: str
    who: str = ""
    why: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    at: Optional[datetime] = None
    seq: int = 0


@dataclass(frozen=True)
class Derived:
    """What the decisions make of an event: ``event`` is ``None`` only for an unread, undecided one."""

    state: str
    event: Optional[dict[str, Any]]
    orphan: bool = False
    reason: Optional[str] = None
    same_as: Optional[int] = None
    who: Optional[str] = None
    at: Optional[datetime] = None

    @property
    def decided(self) -> bool:
        return self.state != "pending"


def derive(extracted: Optional[dict], decisions: Sequence[Decision]) -> Derived:
    """Fold ``decisions`` (oldest first) over the reading ``extracted`` (``None``: added by a person, or orphaned)."""
    state, event, orphan = "pending", extracted, False
    added = edited = False
    reason = same_as = who = at = None
    for d in decisions:
        if d.action in PERSON_ACTIONS:
            who, at = d.who, d.at
        if d.action == "add":
            added, state, event = True, "added", dict(d.data["event"])
        elif d.action == "fix":
            edited, event = True, dict(d.data["event"])
            state, reason, same_as = ("added" if added else "fixed"), None, None
        elif d.action == "accept":
            if d.data.get("event") is not None:
                event = dict(d.data["event"])
            state = "added" if added else "fixed" if edited else "accepted"
            reason = same_as = None
        elif d.action == "reject":
            state, reason, same_as = "rejected", d.data.get("reason"), d.data.get("same_as")
        elif d.action == "orphan":
            orphan = True
        elif d.action == "reattach":
            orphan = False
    if state == "pending":  # nobody stood behind it: it is whatever the extractor reads now
        event = extracted
    return Derived(state=state, event=event, orphan=orphan, reason=reason, same_as=same_as, who=who, at=at)


def ledger_payload(d: Derived) -> Optional[dict]:
    """The event the ledger holds for it: none when rejected, marked with its state once a person decided."""
    if d.state == "rejected" or d.event is None:
        return None
    out = {k: v for k, v in d.event.items() if k != MARK}
    if d.decided:
        out[MARK] = d.state
    return out


def gold_payload(d: Derived) -> Optional[dict]:
    """The event as a gold file holds it (spec format), for a decided event people stand behind; else ``None``."""
    if not d.decided or d.state == "rejected" or d.event is None:
        return None
    return {k: v for k, v in d.event.items() if k not in (MARK, "canonical")}
