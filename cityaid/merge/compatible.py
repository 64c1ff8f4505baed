"""When two reports can be telling the same fact: the pairwise rules of the merge.

Two events are *compatible* when none of their stated details contradict:

* **type** equal (and ``of`` for aggregates) — an itemised event is never
  merged into an aggregate claim.
* **actors**, per side (``from``/``to``; either orientation for
  consultations, which have no giver): every key of the shorter side has a
  compatible key on the other.  Keys are compatible when equal, or when one
  is an ancestor of the other *below country level*
  (``CN/Chongqing`` ~ ``CN/Chongqing/Shapingba``: papers credit a district's
  gift to its city).  A bare country (``JP``) matches only itself — "Japan"
  could be any of its places — and an unresolved ``?/name`` only itself.
  An empty side matches only an empty side, except in aggregates, whose
  recipients are often left vague (empty matches anything there).
* **items and money**: where both reports give a quantity for the same item
  (``mask`` is the family name and matches any mask kind; two different mask
  kinds do not match) or the same currency, the figures must be compatible
  (``quantity_interval``: exact ±0.5 %, ``approx`` ±10 %, ``over`` q..1.5q,
  ``under`` 0.5q..q; compatible when the intervals meet).  When both reports
  state content, they must share at least one item or currency (a gift of
  masks and a gift of money between the same pair are two facts);
  ``supplies``/``other`` stand for anything.
* **dates**: the days each date allows (a day, a month, the 30 days before a
  ``before`` date) must come within ``DATE_WINDOW`` days of each other: 10 for
  donations and medical teams (dispatch 24 March and delivery 30 March are one
  gift), 3 for aggregates (an "as of" day), 1 for messages, consultations and
  requests.  An undated report is compatible with any date.
* **messages**: ``medium`` and ``kind`` must agree when both reports give
  them (a video thanks and a thank-you letter are two messages).
* **one document**: two events of the same document merge only when their
  evidence is the same text after normalisation (a page that repeats its
  body); otherwise the document itself is telling two facts.
"""
from __future__ import annotations

from .records import MASK_FAMILY, WILDCARD_ITEMS, MergeEvent

EXACT_TOL = 0.005
APPROX_TOL = 0.10
OVER_SPAN = 0.5
DATE_WINDOW = {"donation": 10, "medical_team": 10, "aggregate": 3}
DEFAULT_WINDOW = 1
SYMMETRIC_TYPES = frozenset({"consultation"})


def quantity_interval(q: float, qualifier: str | None) -> tuple[float, float]:
    """The values a figure allows: ``5万`` exact -> [49750, 50250], ``about 50,000`` -> [45000, 55000]."""
    if qualifier == "approx":
        return q * (1 - APPROX_TOL), q * (1 + APPROX_TOL)
    if qualifier == "over":
        return q, q * (1 + OVER_SPAN)
    if qualifier == "under":
        return q * (1 - OVER_SPAN), q
    return q * (1 - EXACT_TOL), q * (1 + EXACT_TOL)


def quantities_compatible(a: float, qa: str | None, b: float, qb: str | None) -> bool:
    alo, ahi = quantity_interval(a, qa)
    blo, bhi = quantity_interval(b, qb)
    return alo <= bhi and blo <= ahi


def key_compatible(a: str, b: str) -> bool:
    """Equal keys, or an ancestor below country level and its descendant (see module docstring)."""
    if a == b:
        return True
    if a.startswith("?/") or b.startswith("?/"):
        return False
    lo, hi = (a, b) if len(a) < len(b) else (b, a)
    return "/" in lo and hi.startswith(lo + "/")


def side_compatible(a: tuple[str, ...], b: tuple[str, ...], wildcard_empty: bool = False) -> bool:
    if not a or not b:
        return (not a and not b) or wildcard_empty
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return all(any(key_compatible(k, o) for o in big) for k in small)


def actors_compatible(a: MergeEvent, b: MergeEvent) -> bool:
    wild = a.type == "aggregate"
    if side_compatible(a.frm, b.frm, wild) and side_compatible(a.to, b.to, wild):
        return True
    return a.type in SYMMETRIC_TYPES and side_compatible(a.frm, b.to, wild) and side_compatible(a.to, b.frm, wild)


def item_names_match(x: str, y: str) -> bool:
    return x == y or (x in MASK_FAMILY and y in MASK_FAMILY and "mask" in (x, y))


def content_compatible(a: MergeEvent, b: MergeEvent) -> tuple[bool, int]:
    """``(compatible, figures agreeing)`` for items and money (rules in the module docstring)."""
    shared = 0
    agreeing = 0
    for xs, ys in ((a.items, b.items), (b.items, a.items)):
        for name, q, qual in xs:
            cands = [(q2, qual2) for n2, q2, qual2 in ys if item_names_match(name, n2)]
            if cands:
                shared += 1
            if q is None:
                continue
            with_q = [(q2, qual2) for q2, qual2 in cands if q2 is not None]
            if not with_q:
                continue
            if not any(quantities_compatible(q, qual, q2, qual2) for q2, qual2 in with_q):
                return False, 0
            agreeing += 1
    for xs, ys in ((a.money, b.money), (b.money, a.money)):
        for cur, amt, qual in xs:
            same = [(a2, q2) for c2, a2, q2 in ys if c2 == cur]
            if not same:
                continue
            shared += 1
            if not any(quantities_compatible(amt, qual, a2, q2) for a2, q2 in same):
                return False, 0
            agreeing += 1
    a_has = bool(a.items or a.money)
    b_has = bool(b.items or b.money)
    if a_has and b_has and not shared:
        wild = any(n in WILDCARD_ITEMS for n, _, _ in a.items + b.items)
        return wild, 0
    return True, agreeing // 2 if agreeing else 0


def date_gap(a: MergeEvent, b: MergeEvent) -> int | None:
    """Days between the two date intervals (0 when they overlap), ``None`` when either is undated."""
    if a.d_lo is None or b.d_lo is None:
        return None
    return max(a.d_lo - b.d_hi, b.d_lo - a.d_hi, 0)  # type: ignore[operator]


def compatible(a: MergeEvent, b: MergeEvent) -> bool:
    return score(a, b) is not None


def score(a: MergeEvent, b: MergeEvent) -> float | None:
    """``None`` when ``a`` and ``b`` cannot be one fact; else how strongly they look like one (higher first).

    The score only orders the unions (strongest pairs first, so a vague
    report joins the cluster it fits best); it never decides compatibility.
    """
    if a.type != b.type or a.of != b.of:
        return None
    if a.doc == b.doc and (a.ev_key == 0 or a.ev_key != b.ev_key):
        return None
    if a.type == "message":
        if a.medium and b.medium and a.medium != b.medium:
            return None
        if a.kind and b.kind and a.kind != b.kind:
            return None
    gap = date_gap(a, b)
    if gap is not None and gap > DATE_WINDOW.get(a.type, DEFAULT_WINDOW):
        return None
    if not actors_compatible(a, b):
        return None
    ok, agreeing = content_compatible(a, b)
    if not ok:
        return None
    s = 2.0 * agreeing
    if gap is not None:
        s += 1.0 + 1.0 / (1 + gap)
        if gap == 0 and a.d_prec == b.d_prec == 3:
            s += 1.0
    if a.frm == b.frm and a.to == b.to:
        s += 0.5
    return s
