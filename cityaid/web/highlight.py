"""A document's text cut into segments — plain, evidence (``mark``) or removed by cleaning — for templates.

Why segments and not HTML: documents are untrusted web text.  Building
markup by string concatenation is where escaping gets forgotten; here the
server only hands (kind, text) pairs to a Jinja template with autoescape
on, which writes ``<mark>`` around evidence and escapes every character of
the document itself.  Offsets are the ledger's: ``[start, end)`` into the
document's original text, for evidence spans and for ``cleaned.removed``.
"""
from __future__ import annotations

from typing import Iterable


def find_span(text: str, span, evidence: str | None) -> tuple[int, int] | None:  # noqa: ANN001
    """A usable ``[start, end)`` for the evidence: the stored span when valid, else where the evidence occurs."""
    if span and len(span) == 2 and all(isinstance(x, int) for x in span):
        s, e = span
        if 0 <= s < e <= len(text):
            return s, e
    if evidence:
        i = text.find(evidence)
        if i >= 0:
            return i, i + len(evidence)
    return None


def segments(text: str, cleaned: dict | None, marks: Iterable[tuple[int, int]] = (),
             collapse_removed: bool = True) -> list[dict]:
    """Segments ``{"kind": "text"|"mark"|"removed", "text", "reason"}`` covering ``text`` in order.

    With ``collapse_removed`` a removed stretch keeps no text (the template
    shows "[navigation removed]"), so a page shows the *cleaned* document;
    evidence inside a removed stretch is still shown, as a mark.
    """
    n = len(text)
    removed = [(max(0, int(s)), min(n, int(e)), str(r)) for s, e, r in (cleaned or {}).get("removed") or []
               if int(s) < int(e)]
    marks = [(max(0, s), min(n, e)) for s, e in marks if s < e]
    cuts = {0, n}
    for s, e, _ in removed:
        cuts.update((s, e))
    for s, e in marks:
        cuts.update((s, e))
    bounds = sorted(c for c in cuts if 0 <= c <= n)
    out: list[dict] = []
    for a, b in zip(bounds, bounds[1:]):
        if a >= b:
            continue
        why = next((r for s, e, r in removed if s <= a and b <= e), None)
        kind = "mark" if any(s <= a and b <= e for s, e in marks) else ("removed" if why else "text")
        piece = text[a:b]
        if kind == "removed" and collapse_removed:
            if out and out[-1]["kind"] == "removed" and out[-1]["reason"] == why and out[-1]["end"] == a:
                out[-1]["end"] = b
                continue
            piece = ""
        if out and out[-1]["kind"] == kind == "text":
            out[-1]["text"] += piece
            out[-1]["end"] = b
            continue
        out.append({"kind": kind, "text": piece, "reason": why, "start": a, "end": b})
    return out
