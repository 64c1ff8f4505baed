"""The sister-city registry: which places are formally paired, since when, on whose word.

Reports of aid between registered partners are marked: the merge calls
``flag_facts`` on every run, which adds ``partners`` (kind, since, the pair
as registered) to each fact whose giver and recipient lie within a registered
pair (a district counts for its city), in either direction; the pair answer
passes that mark on.  ``is_partner_pair`` answers the same question for two
keys.  CSV in and out, columns ``a,b,kind,since,source``; places may be
named in any script or by key — they are resolved on import.
"""
from __future__ import annotations

import csv
import io
from typing import IO, Iterable

from cityaid.ledger import office_sql as sql
from cityaid.ledger.office_sql import OfficeStore, PartnerRow

from .errors import E_, OfficeError
from .places import place_key, within

KINDS = ("友好城市", "友好交流城市", "友好省州", "sister city", "sister state", "friendship city")
COLUMNS = ["a", "b", "kind", "since", "source"]


def partners(ledger) -> list[PartnerRow]:  # noqa: ANN001
    with OfficeStore(ledger.engine).tx() as s:
        return sql.list_partners(s)


def _match(rows: Iterable[PartnerRow], a: str, b: str) -> PartnerRow | None:
    for p in rows:
        if (within(a, p.a_key) and within(b, p.b_key)) or (within(a, p.b_key) and within(b, p.a_key)):
            return p
    return None


def is_partner_pair(ledger, a: str, b: str) -> bool:  # noqa: ANN001
    """Whether ``a`` and ``b`` (keys, or places within them) are registered partners, in either order."""
    return _match(partners(ledger), a, b) is not None


def mark(p: PartnerRow) -> dict:
    return {"a": p.a_key, "b": p.b_key, "kind": p.kind, "since": p.since, "source": p.source}


def flag_facts(ledger, facts: list[dict]) -> int:  # noqa: ANN001
    """Add ``payload["partners"]`` to each fact between registered partners; returns how many."""
    rows = partners(ledger)
    if not rows:
        return 0
    n = 0
    for f in facts:
        p = f["payload"]
        fr = [a.get("key") for a in p.get("from") or [] if a.get("key")]
        to = [a.get("key") for a in p.get("to") or [] if a.get("key")]
        hit = next((m for x in fr for y in to if (m := _match(rows, x, y))), None)
        if hit is not None:
            p["partners"] = mark(hit)
            n += 1
    return n


def import_csv(ledger, fh: IO[str]) -> tuple[int, int, list[str]]:  # noqa: ANN001
    """Read ``a,b,kind,since,source`` rows: ``(added, updated, problems)``; a bad row is reported, not stored."""
    added = updated = 0
    problems: list[str] = []
    reader = csv.DictReader(fh)
    missing = {"a", "b"} - set(reader.fieldnames or [])
    if missing:
        raise OfficeError(E_("partners CSV: missing column(s) %(v1)s (want %(v2)s)", v1=', '.join(sorted(missing)), v2=','.join(COLUMNS)))
    rows = []
    for n, row in enumerate(reader, start=2):
        try:
            a, b = place_key(row.get("a") or "", "a"), place_key(row.get("b") or "", "b")
            since = (row.get("since") or "").strip() or None
            if since and not (len(since) in (4, 7, 10) and since[:4].isdigit()):
                raise OfficeError(E_("since: not an ISO date: %(since)s", since=repr(since)))
            rows.append(PartnerRow(a_key=a, b_key=b, a_name=(row.get("a") or "").strip(),
                                   b_name=(row.get("b") or "").strip(), kind=(row.get("kind") or "").strip(),
                                   since=since, source=(row.get("source") or "").strip()))
        except OfficeError as e:
            problems.append(f"line {n}: {e}")
    with OfficeStore(ledger.engine).tx() as s:
        for p in rows:
            if sql.upsert_partner(s, p):
                added += 1
            else:
                updated += 1
    return added, updated, problems


def export_csv(ledger, fh: IO[str] | None = None) -> str:  # noqa: ANN001
    """The registry as CSV (keys in ``a``/``b``, so an export imports back unchanged)."""
    buf = fh or io.StringIO()
    w = csv.writer(buf)
    w.writerow(COLUMNS)
    for p in partners(ledger):
        w.writerow([p.a_key, p.b_key, p.kind, p.since or "", p.source])
    return buf.getvalue() if fh is None else ""
