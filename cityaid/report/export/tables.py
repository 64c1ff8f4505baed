"""The four tables every export holds — facts, events, sources, places — with names beside keys.

Why names are columns: analysts filter and pivot on what they can read
(``镇江``, ``Zhenjiang``) while joining on keys (``CN/Zhenjiang``); both are
kept, Chinese and English, so a pivot table needs no lookup.  Each column
carries its HXL hashtag (https://hxlstandard.org: ``#org``, ``#loc``, ``#date``,
``#item``, ``+i_zh`` for Chinese text …), used by the HXL export and shown as a
note in the others.  Rows stream from ``cityaid.ledger.web_queries`` with the
web's filters, so an export of a filtered listing holds what the listing held.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator

from cityaid.ledger import web_queries as wq

from ..common import keys
from ..names import names


def _join(xs: list[str]) -> str:
    return "; ".join(x for x in xs if x)


def _zh(ks: list[str]) -> str:
    return _join([names(k)[0] or "" for k in ks])


def _en(ks: list[str]) -> str:
    return _join([names(k)[1] for k in ks])


def _num(x: Any) -> Any:
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def items_text(its: list[dict] | None) -> str:
    """``mask 20000; protective_suit 300 set`` — identifiers and figures as stored, never summed."""
    out = []
    for it in its or []:
        s = str(it.get("item"))
        if it.get("quantity") is not None:
            qual = {"approx": "~", "over": ">", "under": "<"}.get(it.get("qualifier") or "", "")
            s += f" {qual}{_num(it['quantity'])}"
            if it.get("unit") and it["unit"] != "piece":
                s += f" {it['unit']}"
        out.append(s)
    return "; ".join(out)


def money_text(ms: list[dict] | None) -> str:
    return "; ".join(f"{_num(m.get('amount'))} {m.get('currency')}" for m in ms or [])


def _date(p: dict) -> tuple[str | None, str | None]:
    d = p.get("date") or {}
    return d.get("value"), d.get("qualifier")


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[tuple[str, str, str], ...]  # (column, HXL hashtag, description)
    rows: Callable[[Any, wq.WebFilters], Iterator[dict]]

    @property
    def names(self) -> list[str]:
        return [c[0] for c in self.columns]

    @property
    def hashtags(self) -> list[str]:
        return [c[1] for c in self.columns]


def _fact_rows(ledger, f: wq.WebFilters) -> Iterator[dict]:  # noqa: ANN001
    for r in wq.iter_facts(ledger, f):
        p = r.fact
        fr, to = keys(p, "from"), keys(p, "to")
        date, qual = _date(p)
        yield {"id": r.id, "type": r.type, "date": date, "date_qualifier": qual,
               "from": _join(fr), "from_zh": _zh(fr), "from_en": _en(fr),
               "to": _join(to), "to_zh": _zh(to), "to_en": _en(to),
               "items": items_text(p.get("items")), "money": money_text(p.get("money")), "of": r.of,
               "confidence": r.confidence, "sources": r.sources, "evidence": p.get("evidence") or ""}


def _event_rows(ledger, f: wq.WebFilters) -> Iterator[dict]:  # noqa: ANN001
    for e in wq.iter_events(ledger, f):
        p = e.event
        fr, to = keys(p, "from"), keys(p, "to")
        date, qual = _date(p)
        yield {"id": e.id, "doc_id": e.doc_id, "idx": e.idx, "type": p.get("type"), "date": date,
               "date_qualifier": qual, "from": _join(fr), "from_zh": _zh(fr), "from_en": _en(fr),
               "to": _join(to), "to_zh": _zh(to), "to_en": _en(to), "items": items_text(p.get("items")),
               "money": money_text(p.get("money")), "fact": e.canonical_id, "evidence": p.get("evidence") or ""}


def _source_rows(ledger, f: wq.WebFilters) -> Iterator[dict]:  # noqa: ANN001
    for d in wq.iter_documents(ledger, f):
        yield {"doc_id": d["doc_id"], "title": d["title"], "source": d["source"], "published": d["published"],
               "url": d["url"], "format": d["format"], "chars": d["chars"], "events": d["events"],
               "removed_chars": d["removed_chars"]}


def _place_rows(ledger, f: wq.WebFilters) -> Iterator[dict]:  # noqa: ANN001
    from cityaid.web.geo import locate  # where the map draws it: the same coordinates everywhere

    for r in wq.iter_places(ledger, f):
        zh, en = names(r["key"])
        loc = locate(r["key"])
        yield {"key": r["key"], "name_zh": zh or "", "name_en": en, "country": loc["country"],
               "lat": loc["lat"], "lon": loc["lon"], "precision": loc["precision"],
               "given": r["given"], "received": r["received"]}


_ACTORS = (
    ("from", "#org+giver+code", "actor keys of the givers, ';'-separated (CN/Zhenjiang)"),
    ("from_zh", "#org+giver+name+i_zh", "givers' Chinese names"),
    ("from_en", "#org+giver+name+i_en", "givers' English names"),
    ("to", "#org+receiver+code", "actor keys of the receivers"),
    ("to_zh", "#org+receiver+name+i_zh", "receivers' Chinese names"),
    ("to_en", "#org+receiver+name+i_en", "receivers' English names"),
)
_WHAT = (
    ("items", "#item+name", "items with quantity and unit as reported, ';'-separated (never converted)"),
    ("money", "#description+money", "amounts with their ISO 4217 currency, ';'-separated (never converted)"),
)
TABLES: dict[str, Table] = {t.name: t for t in (
    Table("facts", "Merged facts: one row per real-world act, from every report of it", (
        ("id", "#meta+id", "fact id (F...)"), ("type", "#activity+type", "donation, message, consultation, "
                                               "medical_team, request or aggregate"),
        ("date", "#date", "ISO date or month as reported"), ("date_qualifier", "#meta+date+qualifier",
                                                             "on, approx, before, after, by ..."),
        *_ACTORS, *_WHAT,
        ("of", "#activity+of", "for an aggregate claim: the type it totals"),
        ("confidence", "#indicator+confidence", "0..1, from the number and agreement of sources"),
        ("sources", "#meta+sources+num", "reports merged into this fact"),
        ("evidence", "#description+evidence", "the words that prove it (from one report)"),
    ), _fact_rows),
    Table("events", "Events as reported: one row per act told in one document", (
        ("id", "#meta+id", "event id"), ("doc_id", "#meta+source+id", "the document it was read from"),
        ("idx", "#meta+index", "its position in the document"), ("type", "#activity+type", "event type"),
        ("date", "#date", "ISO date or month"), ("date_qualifier", "#meta+date+qualifier", "date qualifier"),
        *_ACTORS, *_WHAT,
        ("fact", "#meta+fact+id", "the fact it was merged into"),
        ("evidence", "#description+evidence", "the words that prove it"),
    ), _event_rows),
    Table("sources", "The documents read", (
        ("doc_id", "#meta+source+id", "document id (file name or JSON Lines id)"),
        ("title", "#meta+title", "title"), ("source", "#meta+source+name", "outlet"),
        ("published", "#date+published", "publication date"), ("url", "#meta+url", "where it was published"),
        ("format", "#meta+format", "txt, html, jsonl"), ("chars", "#meta+chars+num", "characters"),
        ("events", "#meta+events+num", "events read from it"),
        ("removed_chars", "#meta+removed+num", "characters text cleaning removed"),
    ), _source_rows),
    Table("places", "Places and bodies with the facts they gave and received", (
        ("key", "#loc+code", "actor key (CN/Zhenjiang; a country is its ISO code)"),
        ("name_zh", "#loc+name+i_zh", "Chinese name"), ("name_en", "#loc+name+i_en", "English name"),
        ("country", "#country+code", "ISO 3166-1 alpha-2"), ("lat", "#geo+lat", "latitude (WGS 84)"),
        ("lon", "#geo+lon", "longitude (WGS 84)"),
        ("precision", "#geo+precision", "place, parent (its parent's coordinates), country or none"),
        ("given", "#indicator+given+num", "facts it gave"), ("received", "#indicator+received+num",
                                                             "facts it received"),
    ), _place_rows),
)}


def table_rows(ledger, name: str, f: wq.WebFilters | None = None) -> Iterator[dict]:  # noqa: ANN001
    """Rows of table ``name`` (``facts``, ``events``, ``sources``, ``places``) matching ``f``."""
    return TABLES[name].rows(ledger, f or wq.WebFilters())
