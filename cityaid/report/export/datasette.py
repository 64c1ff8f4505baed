"""Metadata that makes ``datasette cityaid.db -m metadata.json`` a useful view of the ledger.

What it adds to Datasette's defaults: a description and column notes for the
ledger's tables, ``actors.name`` as the label shown beside actor ids, and
canned queries a researcher starts from — a place's gifts, what it received,
a pair's exchanges both ways.  Keys name places (``CN/Wuxi``); a key matches
the places below it too (``CN/Chongqing`` includes its districts).

The office's tables (accounts, sessions, tokens, unpublished records) are
denied to everyone, and arbitrary SQL is off, since SQL could read them:
the canned queries still run.  Only SQLite ledgers open in Datasette.
"""
from __future__ import annotations

from pathlib import Path

from .tables import TABLES

UNDER = "(%(col)s = :%(p)s or %(col)s like :%(p)s || '/%%')"


def _under(col: str, p: str) -> str:
    return UNDER % {"col": col, "p": p}


def _side(role: str, p: str) -> str:
    return (f"exists (select 1 from fact_actors x where x.fact_id = f.id and x.role = '{role}' "
            f"and {_under('x.key', p)})")


_COLUMNS = """f.id as fact, f.type, f.date_lo as date, f.date_hi as date_until,
  (select group_concat(g.key, '; ') from fact_actors g where g.fact_id = f.id and g.role = 'from') as givers,
  (select group_concat(r.key, '; ') from fact_actors r where r.fact_id = f.id and r.role = 'to') as receivers,
  json_extract(f.payload, '$.items') as items, json_extract(f.payload, '$.money') as money,
  f.sources, round(f.confidence, 2) as confidence, json_extract(f.payload, '$.evidence') as evidence"""

QUERIES = {
    "place_gifts": {
        "title": "A place's gifts",
        "description": "Donations and medical teams a place (key, e.g. CN/Wuxi; its districts included) gave, "
                       "oldest first.",
        "sql": f"select {_COLUMNS}\nfrom facts f\nwhere f.type in ('donation', 'medical_team')\n"
               f"  and {_side('from', 'place')}\norder by f.date_lo, f.id",
    },
    "place_received": {
        "title": "What a place received",
        "description": "Donations and medical teams a place (key, e.g. JP/Toyokawa) received, oldest first.",
        "sql": f"select {_COLUMNS}\nfrom facts f\nwhere f.type in ('donation', 'medical_team')\n"
               f"  and {_side('to', 'place')}\norder by f.date_lo, f.id",
    },
    "pair_exchanges": {
        "title": "A pair's exchanges",
        "description": "Every fact between two places (keys a and b, e.g. CN/Wuxi and JP/Toyokawa), both ways: "
                       "gifts, letters, requests, consultations.",
        "sql": f"select case when {_side('from', 'a')} then :a || ' → ' || :b else :b || ' → ' || :a end "
               f"as direction,\n  {_COLUMNS}\nfrom facts f\nwhere ({_side('from', 'a')} and {_side('to', 'b')})\n"
               f"   or ({_side('from', 'b')} and {_side('to', 'a')})\norder by f.date_lo, f.id",
    },
}

_LEDGER_TABLES = {
    "facts": {"description": TABLES["facts"].description + "; payload holds the canonical spec record (JSON) "
                             "with every source", "sort": "date_lo",
              "columns": {"id": "fact id", "type": "event type", "of": "for an aggregate: the type it totals",
                          "date_lo": "earliest day the date allows", "date_hi": "latest day the date allows",
                          "payload": "canonical record: from, to, items, money, date, evidence, sources (JSON)",
                          "confidence": "0..1", "sources": "reports merged into it",
                          "disagreements": "figures the sources disagree on (JSON)"}},
    "fact_actors": {"description": "Who gave (role from) and who received (role to) each fact",
                    "columns": {"key": "actor key, e.g. CN/Zhenjiang"}},
    "events": {"description": TABLES["events"].description,
               "columns": {"canonical_id": "the fact it was merged into", "evidence": "the words that prove it",
                           "payload": "the spec record (JSON)"}},
    "event_actors": {"description": "Actors of each event as the document named them (name) and resolved (actor_id)"},
    "event_items": {"description": "Items of each event: canonical item, quantity, unit, qualifier"},
    "event_money": {"description": "Money of each event: amount and ISO 4217 currency, never converted"},
    "actors": {"description": "Places and bodies named in the documents", "label_column": "name",
               "columns": {"key": "actor key (CN/Zhenjiang; a country is its ISO code)", "name": "display name"}},
    "documents": {"description": TABLES["sources"].description + " (text: as read; cleaned: what cleaning removed)",
                  "label_column": "doc_id"},
    "merge_decisions": {"description": "A person's merge and split decisions, kept by later runs"},
    "fact_groups": {"description": "Counts by type and direction, stored by each merge run (the overview)"},
    "fact_flows": {"description": "Facts per (giver, receiver, type), stored by each merge run (the map)"},
    "place_totals": {"description": "Facts given and received per place, stored by each merge run"},
}
PRIVATE = ("office_users", "office_sessions", "office_tokens", "office_login_failures", "office_records",
           "office_record_events", "office_partners")


def datasette_metadata(db_path: str | Path = "cityaid.db") -> dict:
    """Datasette metadata for the ledger file ``db_path`` (Datasette names a database after its file stem)."""
    name = Path(str(db_path)).stem
    tables = {**_LEDGER_TABLES, **{t: {"allow": False, "hidden": True} for t in PRIVATE},
              "alembic_version": {"hidden": True}}
    return {
        "title": "cityaid ledger",
        "description": "Evidence-backed ledger of 2020 COVID mutual aid between cities: facts merged from news "
                       "reports, each tied to the words that prove it. Start from the canned queries.",
        "license": "MIT (code); data: see the sources table",
        "source": "cityaid",
        "databases": {name: {"tables": tables, "queries": QUERIES, "allow_sql": False}},
    }
