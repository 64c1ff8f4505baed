"""Which of a document's reviewed events a new extraction's events are: by evidence overlap and type.

Pure.  Extraction runs again (a new cityaid, ``ingest --reextract``) and
reads a document afresh; a person's decisions were made on the old reading.
Each reviewed event is matched, one to one, with the new event of the same
type whose evidence overlaps its own most (character spans in the document;
the evidence text where a span is missing), actors, date and items breaking
ties — compared with both the reading it was attached to and the event as the
person left it, so a fixed evidence span still finds its sentence.  Decided
events choose first (their word matters most); undecided ones then keep their
ids where the extractor still reads them.  What finds no partner is left to
the caller: a new reading becomes a pending event, a decided event an orphan.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

MIN_SCORE = 0.0  # any overlap at all, with the same type


@dataclass(frozen=True)
class Slot:
    """A reviewed event: its id, whether a person decided on it, and the payloads to match against."""

    id: int
    decided: bool
    anchors: tuple[dict, ...]


def span_of(e: dict) -> Optional[tuple[int, int]]:
    s = e.get("evidence_span")
    if s and len(s) == 2 and s[0] is not None and s[1] is not None and s[1] > s[0]:
        return int(s[0]), int(s[1])
    return None


def overlap(a: dict, b: dict) -> float:
    """Intersection over union of the two evidence spans (0 when apart); text containment when spans are missing."""
    sa, sb = span_of(a), span_of(b)
    if sa and sb:
        inter = min(sa[1], sb[1]) - max(sa[0], sb[0])
        if inter <= 0:
            return 0.0
        return inter / (max(sa[1], sb[1]) - min(sa[0], sb[0]))
    ea, eb = (a.get("evidence") or "").strip(), (b.get("evidence") or "").strip()
    if not ea or not eb:
        return 0.0
    if ea == eb:
        return 1.0
    if ea in eb or eb in ea:
        return min(len(ea), len(eb)) / max(len(ea), len(eb))
    return 0.0


def _keys(e: dict) -> set[str]:
    return {f"{role}:{a.get('key') or a.get('name')}" for role in ("from", "to") for a in e.get(role) or []}


def similarity(anchor: dict, e: dict) -> float:
    """How well the new reading ``e`` stands for ``anchor``: 0 unless the type agrees and the evidence overlaps."""
    if anchor.get("type") != e.get("type"):
        return 0.0
    ov = overlap(anchor, e)
    if ov <= MIN_SCORE:
        return 0.0
    ka, ke = _keys(anchor), _keys(e)
    actors = len(ka & ke) / len(ka | ke) if ka | ke else 1.0
    date = 1.0 if (anchor.get("date") or None) == (e.get("date") or None) else 0.0
    items = 1.0 if sorted(str(i) for i in anchor.get("items") or []) == sorted(str(i) for i in e.get("items") or []) \
        else 0.0
    return ov + 0.5 * actors + 0.25 * date + 0.25 * items


def attach(slots: Sequence[Slot], events: Sequence[dict]) -> dict[int, int]:
    """``{slot id: index in events}``, one to one: decided slots first, then undecided, best score first."""
    taken: set[int] = set()
    out: dict[int, int] = {}
    for decided in (True, False):
        pairs = []
        for s in slots:
            if s.decided != decided:
                continue
            for i, e in enumerate(events):
                score = max((similarity(a, e) for a in s.anchors), default=0.0)
                if score > 0:
                    pairs.append((-score, s.id, i))
        for _neg, sid, i in sorted(pairs):
            if sid in out or i in taken:
                continue
            out[sid] = i
            taken.add(i)
    return out
