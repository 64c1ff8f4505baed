"""Place filters on a PostgreSQL database whose default collation is not ``C``.

Why: "a place and the places below it" is the key range ``'CN/' <= key <
'CN0'`` (``cityaid.ledger.keyrange``), right only when keys compare as
bytes.  Revision 0005 gives the key columns the ``C`` collation; this test
creates a database with a language collation (libc ``en_US.UTF-8`` where the
server has it, else ICU ``en-US``) and checks that sub-places are found and
look-alike keys (``cn/…``, ``CN&…``, ``CNX``) are not.  Runs only with
``CITYAID_TEST_PG_URL`` (``scripts/test.sh`` starts a throwaway server).
"""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from cityaid.ledger import FactRow, Ledger
from cityaid.ledger import web_queries as wq
from pg_support import PG_URL  # shared with the ledger and office fixtures

pytestmark = pytest.mark.skipif(not PG_URL, reason="CITYAID_TEST_PG_URL not set: no PostgreSQL to test")

LOCALES = [  # (how the database is created, what to call it)
    ("LC_COLLATE 'en_US.UTF-8' LC_CTYPE 'en_US.UTF-8'", "libc en_US.UTF-8"),
    ("LOCALE_PROVIDER icu ICU_LOCALE 'en-US'", "ICU en-US"),
]


@pytest.fixture
def non_c_url():
    """A URL of a fresh database whose default collation is not C (skips when the server can make none)."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = "cityaid_coll_" + uuid.uuid4().hex[:10]
    made = None
    try:
        with admin.connect() as conn:
            for clause, label in LOCALES:
                try:
                    conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8 {clause}'))
                    made = label
                    break
                except SQLAlchemyError:
                    continue
            if made is None:
                pytest.skip("the server has neither the en_US.UTF-8 locale nor ICU: cannot make a non-C database")
            coll = conn.execute(text("SELECT datcollate, datlocprovider FROM pg_database WHERE datname = :n"),
                                {"n": name}).one() if _has_locprovider(conn) else None
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False), made, coll
    finally:
        if made is not None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _has_locprovider(conn) -> bool:  # noqa: ANN001
    return bool(conn.execute(text("SELECT 1 FROM information_schema.columns WHERE table_name = 'pg_database' "
                                  "AND column_name = 'datlocprovider'")).first())


KEYS = {  # fact id -> its giver's key; every one gives to DE/Mannheim
    "f1": "CN",
    "f2": "CN/Wuxi",
    "f3": "CN/Wuxi/Binhu",
    "f4": "cn/lower",    # another case: not under CN
    "f5": "CN&Co",       # '&' sorts between '/' and '0' in ICU, not in bytes
    "f6": "CNX/Other",   # a longer head
    "f7": "CN-Old",
}


def _fact(fid: str, giver: str) -> FactRow:
    return FactRow(id=fid, type="donation", of=None, confidence=0.5, sources=1, disagreements=[],
                   fact={"type": "donation", "from": [{"key": giver, "name": giver}],
                         "to": [{"key": "DE/Mannheim", "name": "Mannheim"}], "date": {"value": "2020-02-06"},
                         "items": [{"item": "mask", "quantity": 1000, "unit": "piece"}], "money": []})


def test_place_filters_find_sub_places_under_any_collation(non_c_url):
    url, made, coll = non_c_url
    with Ledger(url) as lg:
        with lg.engine.connect() as conn:
            assert conn.execute(text("SHOW lc_collate")).scalar() != "C" or made.startswith("ICU")
        lg.replace_facts([_fact(f, k) for f, k in KEYS.items()])
        want = {"f1", "f2", "f3"}
        assert {f.id for f in lg.facts(actor="CN", include_sub=True)} == want
        assert {f.id for f in lg.facts(actor="CN/Wuxi", include_sub=True)} == {"f2", "f3"}
        assert {r.id for r in wq.facts_page(lg, wq.WebFilters(place="CN"))} == want
        assert wq.count_facts(lg, wq.WebFilters(place="CN")) == 3
        assert wq.count_facts(lg, wq.WebFilters(country="CN")) == 3
        assert {f.id for f in wq.answer_facts(lg, "CN")} == want
        assert wq.known_actor(lg, "CN/Wuxi") and not wq.known_actor(lg, "CN/Nowhere")
        # the overview's direction (summaries): only real CN givers count as outward
        outward = sum(g["n"] for g in wq.overview_groups(lg, wq.WebFilters()) if g["direction"] == "outward")
        assert outward == 3, (made, coll)
