"""How much to trust a fact: independent sources and the health of its record.

    confidence = clamp(0.6 * S + 0.4 * C - 0.05 * D, 0, 1), rounded to 3 places

* ``S = 1 - 0.5 ** n``, ``n`` = independent sources: distinct publishers
  (the document's ``source``; the document id when the publisher is
  unknown).  One source 0.5, two 0.75, three 0.875: each outlet that tells
  the fact again halves the doubt, and a wire copied by two pages of one
  publisher counts once.
* ``C`` = share of the record-health checks (after AidData's "health of
  record") the canonical record passes: both sides named and every actor
  resolved to a key; date to the day; for donations, aggregates and
  requests with items, every item line (or the money) has a figure; every
  supporting report has evidence text.
* ``D`` = number of fields on which the sources disagree (each disagreement
  is a doubt about the canonical value, not about the fact itself, so it
  costs little).
"""
from __future__ import annotations


def source_score(n_independent: int) -> float:
    return 1.0 - 0.5 ** max(0, n_independent)


def completeness(canonical: dict, evidences: list[str]) -> float:
    checks: list[bool] = []
    sides = [canonical.get("from") or [], canonical.get("to") or []]
    checks.append(all(sides) and all(a.get("key") and not str(a["key"]).startswith("?/")
                                     for side in sides for a in side))
    d = canonical.get("date") or {}
    checks.append(len(str(d.get("value") or "")) == 10)
    if canonical.get("type") in ("donation", "aggregate"):
        items, money = canonical.get("items") or [], canonical.get("money") or []
        checks.append(bool(items or money) and all(i.get("quantity") is not None for i in items))
    checks.append(bool(evidences) and all(e.strip() for e in evidences))
    return sum(checks) / len(checks)


def confidence(n_independent: int, canonical: dict, evidences: list[str], n_disagreements: int) -> float:
    c = 0.6 * source_score(n_independent) + 0.4 * completeness(canonical, evidences) - 0.05 * n_disagreements
    return round(min(1.0, max(0.0, c)), 3)
