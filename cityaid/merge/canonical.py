"""One canonical record per fact, keeping every source's own claim.

Each supporting report stays listed under ``sources`` with its own figures,
date and evidence: nothing a source said is overwritten.  The canonical value
of a field is chosen by one rule, the same for dates, item quantities and
money:

0. a value an authoritative report gives (an office's own record, published
   into the ledger with ``authoritative: true``: it counted what it sent);
1. then most specific — a figure over none, ``exact`` over ``approx`` over
   ``over``/``under``; a day over a month over a year, ``on``/``as_of`` over
   ``approx`` over ``before``; a specific mask kind over plain ``mask``;
2. then the value the most documents give;
3. then the earliest document (publication date, then doc id).

Where sources give different values for a field, the fact gets an entry in
``disagreements``: ``{"field", "chosen", "claims": [{"value", "qualifier",
"docs"}]}`` — visible to the user, and a small cost in confidence.

Actors: per side, the union of the keys the sources give, dropping a key
whose descendant is also there (``CN/Chongqing`` when another source says
``CN/Chongqing/Shapingba``) and unresolved names when a resolved key exists.
The fact id is ``F`` + 12 hex digits of the SHA-1 of its earliest report's
``doc#idx``: it stays the same across re-runs as long as that report stays
in the fact.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Optional

from .confidence import confidence
from .records import MASK_FAMILY, MergeEvent, day_interval

# spec flag of a report whose figures and dates win (see rule 0 above; cityaid.office.publish sets it)
AUTHORITATIVE = "authoritative"
QUAL_RANK = {"exact": 3, None: 3, "approx": 2, "over": 1, "under": 1}
DATE_QUAL_RANK = {"on": 3, "as_of": 3, None: 3, "approx": 2, "before": 1}


@dataclass(frozen=True)
class Report:
    """One supporting report: the compact record, its place in its document, and its spec dict."""

    rec: MergeEvent
    idx: int
    spec: dict


def fact_id(doc: str, idx: int) -> str:
    return "F" + hashlib.sha1(f"{doc}#{idx}".encode()).hexdigest()[:12]


def _order(r: Report) -> tuple:
    return (r.rec.published or "9999", r.rec.doc, r.idx)


def _choose(claims: list[tuple[Any, tuple, Report]]) -> tuple[Any, list[dict]]:
    """``claims``: (value, specificity, report).  Returns the chosen value and the distinct claims."""
    docs: dict[Any, set[str]] = defaultdict(set)
    first: dict[Any, tuple] = {}
    spec_of: dict[Any, tuple] = {}
    auth: dict[Any, bool] = defaultdict(bool)
    for value, specificity, r in claims:
        docs[value].add(r.rec.doc)
        auth[value] |= bool(r.spec.get(AUTHORITATIVE))
        o = _order(r)
        if value not in first or o < first[value]:
            first[value] = o
        spec_of[value] = max(spec_of.get(value, specificity), specificity)
    best = min(docs, key=lambda v: (not auth[v], tuple(-x for x in spec_of[v]), -len(docs[v]), first[v]))
    listed = [{"value": v, "docs": sorted(docs[v])} for v in sorted(docs, key=lambda v: first[v])]
    return best, listed


def _date_claims(reports: list[Report]) -> tuple[Optional[dict], Optional[dict]]:
    claims = []
    for r in reports:
        d = r.spec.get("date") or {}
        if d.get("value"):
            _, _, prec = day_interval(d["value"], d.get("qualifier"))
            claims.append(((d["value"], d.get("qualifier") or "on"),
                           (prec, DATE_QUAL_RANK.get(d.get("qualifier"), 0)), r))
    if not claims:
        return None, None
    best, listed = _choose(claims)
    chosen = {"value": best[0], "qualifier": best[1]}
    if len(listed) < 2:
        return chosen, None
    return chosen, {"field": "date", "chosen": chosen,
                    "claims": [{"value": c["value"][0], "qualifier": c["value"][1], "docs": c["docs"]}
                               for c in listed]}


def _family(item: str) -> str:
    return "mask" if item in MASK_FAMILY else item


def _figures(reports: list[Report], key: str, group, name, amount_key: str) -> tuple[list[dict], list[dict]]:
    """Canonical lines and disagreements for ``items`` (by item family) or ``money`` (by currency)."""
    lines: dict[str, list[tuple[dict, Report]]] = defaultdict(list)
    for r in reports:
        for line in r.spec.get(key) or []:
            lines[group(line)].append((line, r))
    out, disagreements = [], []
    for g, found in lines.items():
        names = {name(line) for line, _ in found}
        specific = sorted(n for n in names if n != "mask") if key == "items" else sorted(names)
        chosen_name = specific[0] if specific else sorted(names)[0]
        claims = []
        for line, r in found:
            q = line.get(amount_key)
            qual = line.get("qualifier") if q is not None else None
            claims.append(((q, qual), (q is not None, QUAL_RANK.get(qual, 0)), r))
        (q, qual), listed = _choose(claims)
        # the authoritative report's line first, so its extras (received, damaged...) are the fact's
        template = next((dict(line) for line, _ in sorted(found, key=lambda t: not t[1].spec.get(AUTHORITATIVE))
                         if line.get(amount_key) == q and (line.get("qualifier") if q is not None else None) == qual),
                        dict(found[0][0]))
        if key == "items":
            template["item"] = chosen_name
            if not template.get("unit"):
                template["unit"] = next((line.get("unit") for line, _ in found if line.get("unit")), None)
        out.append(template)
        stated = [c for c in listed if c["value"][0] is not None]
        if len({c["value"][0] for c in stated}) > 1:
            disagreements.append({"field": f"{key}.{g}", "chosen": q,
                                  "claims": [{"value": c["value"][0], "qualifier": c["value"][1],
                                              "docs": c["docs"]} for c in stated]})
    return out, disagreements


def _is_ancestor(a: str, b: str) -> bool:
    return b.startswith(a + "/") and "/" in a


def _side(reports: list[Report], role: str) -> list[dict]:
    actors: dict[str, dict] = {}
    for r in sorted(reports, key=_order):
        for a in r.spec.get(role) or []:
            k = a.get("key") or "?/" + str(a.get("name") or "")
            actors.setdefault(k, {x: a[x] for x in ("key", "name", "level") if a.get(x) is not None})
    keys = list(actors)
    resolved = [k for k in keys if not k.startswith("?/")]
    keep = [k for k in keys if not (k.startswith("?/") and resolved)
            and not any(_is_ancestor(k, o) for o in keys if o != k)]
    return [actors[k] for k in keep]


def build_fact(reports: list[Report]) -> dict:
    """The fact for a cluster of reports: ``id``, ``type``, ``of``, ``payload``, ``confidence``,
    ``sources`` (distinct documents), ``independent`` (distinct publishers), ``disagreements``,
    ``event_ids``."""
    reports = sorted(reports, key=_order)
    anchor = min(reports, key=lambda r: (r.rec.doc, r.idx))
    first = reports[0].spec
    typ = first.get("type")
    date, date_dis = _date_claims(reports)
    items, item_dis = _figures(reports, "items", lambda l: _family(str(l.get("item"))),
                               lambda l: str(l.get("item")), "quantity")
    money, money_dis = _figures(reports, "money", lambda m: str(m.get("currency", "")).upper(),
                                lambda m: str(m.get("currency", "")).upper(), "amount")
    disagreements = ([date_dis] if date_dis else []) + item_dis + money_dis
    payload: dict[str, Any] = {"type": typ, "from": _side(reports, "from"), "to": _side(reports, "to"),
                               "date": date, "items": items, "money": money}
    if first.get("of"):
        payload["of"] = first["of"]
    for extra in ("kind", "medium", "value", "partners_count", "countries_count", "events_count", "topics"):
        v = next((r.spec[extra] for r in reports if r.spec.get(extra) is not None), None)
        if v is not None:
            payload[extra] = v
    payload["evidence"] = first.get("evidence", "")
    if all(r.spec.get("reviewed") for r in reports):  # a person stands behind every report of it (cityaid.review)
        payload["reviewed"] = True
    payload["sources"] = [{"doc": r.rec.doc, "event_id": r.rec.eid, "idx": r.idx,
                           "publisher": r.rec.source, "published": r.rec.published or None,
                           "date": r.spec.get("date"), "items": r.spec.get("items") or [],
                           "money": r.spec.get("money") or [], "evidence": r.spec.get("evidence", ""),
                           "evidence_span": r.spec.get("evidence_span")} for r in reports]
    docs = {r.rec.doc for r in reports}
    independent = len({r.rec.source or r.rec.doc for r in reports})
    conf = confidence(independent, payload, [r.spec.get("evidence", "") for r in reports], len(disagreements))
    return {"id": fact_id(anchor.rec.doc, anchor.idx), "type": typ, "of": first.get("of"), "payload": payload,
            "confidence": conf, "sources": len(docs), "independent": independent,
            "disagreements": disagreements, "event_ids": [r.rec.eid for r in reports]}
