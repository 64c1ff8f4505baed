"""A person's changes to an event, from what web forms, the API, the CLI and gold files send, to a spec event.

One function (``apply_changes``) turns every accepted spelling — places by
name or key, ``mask:10000:piece`` lines, a bare ISO date — into the exchange
format, checked by ``cityaid.model.Event``, so a fix made anywhere is stored
the same way.  Evidence is the one field checked against the document: it
must be a verbatim span of the stored text (``locate_evidence``), and its
offsets are kept with it so the pages can highlight it.
"""
from __future__ import annotations

import json
from typing import Any, Optional

from pydantic import ValidationError

from cityaid.ledger.records import date_bounds
from cityaid.model import EVENT_TYPES, Event

from .errors import E_, InvalidEvidence, ReviewError

QUALIFIERS = ("on", "approx", "as_of", "before")
SPEC_FIELDS = ("type", "from", "to", "date", "items", "money", "value", "evidence", "evidence_span")


def plain(event: dict) -> dict:
    """``event`` as JSON gives it back (tuples as lists...), so a stored event compares equal to a fresh one."""
    return json.loads(json.dumps(event, ensure_ascii=False))


def locate_evidence(text: str, evidence: str, near: Optional[int] = None, doc: str = "") -> tuple[int, int]:
    """The ``[start, end)`` of ``evidence`` in ``text``, the occurrence nearest ``near``; ``InvalidEvidence`` if absent."""
    if not evidence or not evidence.strip():
        raise InvalidEvidence("empty", E_("evidence: empty; select the words of the document that state the event"))
    hits, i = [], text.find(evidence)
    while i >= 0:
        hits.append(i)
        i = text.find(evidence, i + 1)
    if not hits:
        shown = evidence if len(evidence) <= 60 else evidence[:57] + "…"
        raise InvalidEvidence("not_in_document", E_("evidence is not a verbatim span of %(doc)s: %(shown)s",
                                                    doc=doc or "the document", shown=repr(shown)))
    start = min(hits, key=lambda h: (abs(h - near), h)) if near is not None else hits[0]
    return start, start + len(evidence)


def check_span(text: str, span: Any, evidence: Optional[str] = None, doc: str = "") -> tuple[int, int]:
    """A ``[start, end]`` span of ``text`` (and, given ``evidence``, one whose text it is)."""
    try:
        start, end = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        raise ReviewError(E_("evidence_span: two offsets [start, end], not %(span)s", span=repr(span))) from None
    if not 0 <= start < end <= len(text):
        raise InvalidEvidence("out_of_range", E_("evidence_span [%(start)s, %(end)s] is outside %(doc)s "
                                                 "(%(n)s characters)", start=start, end=end,
                                                 doc=doc or "the document", n=len(text)))
    if evidence is not None and text[start:end] != evidence:
        raise InvalidEvidence("span_mismatch", E_("evidence_span [%(start)s, %(end)s] of %(doc)s does not hold the "
                                                  "evidence given", start=start, end=end,
                                                  doc=doc or "the document"))
    return start, end


def actor(value: Any, what: str) -> dict:
    """An actor dict from a dict (``key``/``name``/``level``) or a place as typed (镇江, Mannheim, CN/Zhenjiang)."""
    if isinstance(value, dict):
        if not (value.get("name") or value.get("key")):
            raise ReviewError(E_("%(what)s: an actor needs a name or a key", what=what))
        out = dict(value)
        out.setdefault("name", out.get("key"))
        return out
    from cityaid.office.places import KEY_RE
    from cityaid.resolve import resolve_name

    raw = str(value or "").strip()
    if not raw:
        raise ReviewError(E_("%(what)s: empty place", what=what))
    m = resolve_name(raw)
    if m is not None and m.key:
        return {"key": m.key, "name": raw, "level": m.level} if m.level else {"key": m.key, "name": raw}
    if KEY_RE.match(raw):
        return {"key": raw, "name": raw}
    raise ReviewError(E_("%(what)s: no place named %(raw)s in the gazetteer (give a key such as CN/Zhenjiang)",
                         what=what, raw=repr(raw)))


def actors(value: Any, what: str) -> list[dict]:
    if value is None or value == "":
        return []
    if isinstance(value, (str, dict)):
        value = [v for v in str(value).replace("，", ",").split(",") if v.strip()] if isinstance(value, str) \
            else [value]
    return [actor(v, what) for v in value]


def date(value: Any) -> Optional[dict]:
    if value in (None, "", {}):
        return None
    if isinstance(value, str):
        value = {"value": value.strip(), "qualifier": "on"}
    if not isinstance(value, dict) or not value.get("value"):
        raise ReviewError(E_("date: an ISO date such as 2020-03-05, not %(v)s", v=repr(value)))
    v, q = str(value["value"]).strip(), value.get("qualifier") or "on"
    if date_bounds(v) == (None, None):
        raise ReviewError(E_("date: an ISO date such as 2020-03-05 (or 2020-03), not %(v)s", v=repr(v)))
    if q not in QUALIFIERS:
        raise ReviewError(E_("date qualifier: one of %(q)s, not %(v)s", q=", ".join(QUALIFIERS), v=repr(q)))
    return {"value": v, "qualifier": q}


def item(value: Any) -> dict:
    """An item line from a dict or ``ITEM[:QUANTITY[:UNIT]]`` (``mask:10000:piece``, ``口罩:1万``... names canonical)."""
    from cityaid.office.items import canonical_item

    if isinstance(value, dict):
        if not value.get("item"):
            raise ReviewError(E_("items: a line needs an item"))
        out = dict(value)
        out["item"] = canonical_item(str(out["item"]))
        return out
    parts = [p.strip() for p in str(value or "").split(":")]
    if not parts or not parts[0]:
        raise ReviewError(E_("items: write ITEM:QUANTITY:UNIT (mask:10000:piece), not %(v)s", v=repr(value)))
    out: dict[str, Any] = {"item": canonical_item(parts[0]), "quantity": None, "unit": None}
    if len(parts) > 1 and parts[1]:
        try:
            q = float(parts[1].replace(",", ""))
        except ValueError:
            raise ReviewError(E_("items: %(q)s is not a quantity (in %(v)s)", q=repr(parts[1]), v=repr(value))) \
                from None
        if q < 0:
            raise ReviewError(E_("items: a quantity cannot be negative (%(v)s)", v=repr(value)))
        out["quantity"] = int(q) if q.is_integer() else q
    if len(parts) > 2 and parts[2]:
        out["unit"] = parts[2]
    return out


def money(value: Any, what: str = "money") -> dict:
    """A money dict from a dict or ``AMOUNT:CURRENCY`` (``50000:EUR``)."""
    if isinstance(value, dict):
        return dict(value)
    parts = [p.strip() for p in str(value or "").split(":")]
    try:
        amount = float(parts[0].replace(",", ""))
    except (ValueError, IndexError):
        raise ReviewError(E_("%(what)s: write AMOUNT:CURRENCY (50000:EUR), not %(v)s", what=what, v=repr(value))) \
            from None
    if len(parts) < 2 or not parts[1]:
        raise ReviewError(E_("%(what)s: which currency? (50000:EUR)", what=what))
    return {"amount": int(amount) if amount.is_integer() else amount, "currency": parts[1].upper()}


def _listed(value: Any) -> list:
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def apply_changes(event: dict, changes: dict, text: str, doc: str = "", evidence_hint: Optional[int] = None) -> dict:
    """``event`` with ``changes`` applied, as a checked spec dict whose evidence is a verbatim span of ``text``."""
    out = dict(event)
    for k, v in changes.items():
        if k == "type":
            if v not in EVENT_TYPES:
                raise ReviewError(E_("type: one of %(t)s, not %(v)s", t=", ".join(EVENT_TYPES), v=repr(v)))
            out["type"] = v
        elif k in ("from", "to"):
            out[k] = actors(v, k)
        elif k == "date":
            out["date"] = date(v)
        elif k == "items":
            out["items"] = [item(x) for x in _listed(v)]
        elif k == "money":
            out["money"] = [money(x) for x in _listed(v)]
        elif k == "value":
            if v in (None, ""):
                out.pop("value", None)
            else:
                out["value"] = money(v, "value")
        elif k in ("evidence", "evidence_span", "reviewed", "canonical"):
            continue  # evidence below; the ledger's own marks are never set by hand
        elif v is None:
            out.pop(k, None)
        else:
            out[k] = v
    ev, span = changes.get("evidence"), changes.get("evidence_span")
    old = out.get("evidence_span")
    near = evidence_hint if evidence_hint is not None else (int(old[0]) if old else None)
    if span is not None and span != []:
        start, end = check_span(text, span, ev if ev is not None else None, doc)
    elif ev is not None:
        start, end = locate_evidence(text, str(ev), near, doc)
    else:
        ev = out.get("evidence") or ""
        start, end = locate_evidence(text, ev, near, doc) if not (old and text[old[0]:old[1]] == ev) \
            else (int(old[0]), int(old[1]))
    out["evidence"], out["evidence_span"] = text[start:end], [start, end]
    try:
        return plain(Event.model_validate(out).to_spec())
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        raise ReviewError(E_("%(where)s: %(msg)s", where=where or "event", msg=first.get("msg", "invalid"))) from None
