"""Actor keys compare byte by byte on PostgreSQL too; two covering indexes for filtered fact listings.

Revision ID: 0005
Revises: 0004
Create Date: 2020-01-05

Why: "this place and every place below it" is the key range
``key = 'CN' OR 'CN/' <= key < 'CN0'`` (``cityaid.ledger.keyrange``), which
is right only when keys sort by their bytes — as SQLite's ``BINARY``
collation does.  A PostgreSQL database created with a language collation
(``en_US.UTF-8`` ignores punctuation at first: ``CN/Wuxi`` sorts after
``CN0``; ICU ``en-US`` puts ``cn/x`` and ``CN&x`` inside the range) found no
sub-places, or wrong ones.  Giving the two key columns the ``C`` collation
makes every comparison on them bytewise whatever the database's default,
and PostgreSQL rebuilds their indexes (``ix_fact_actors_key_role``, the
unique index on ``actors.key``) with it, so the ranges still read an index.
Equality and uniqueness are unchanged (deterministic collations compare
equal only identical strings).  SQLite is left alone: its columns already
compare bytes.

The indexes: a listing filtered by type, date and country
(``/facts.json?type=donation&country=JP&since=2020-03``) visited every fact
of the type — reading its row for ``date_hi`` and ``id``, then a
``fact_actors`` row for each of its actors' keys: ~65 ms per query on 100k
facts, twice per page (count and rows).  ``facts (type, date_hi, id)`` and
``fact_actors (fact_id, key)`` answer both from the indexes alone (~30 ms
for the count).  These are created on every backend.
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: Union[str, None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

KEY_COLUMNS = (("actors", "key"), ("fact_actors", "key"))


def _set(collation: str | None) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in KEY_COLUMNS:
        op.alter_column(table, column, existing_type=sa.String(512), existing_nullable=False,
                        type_=sa.String(512, collation=collation))
    op.execute("ANALYZE actors")
    op.execute("ANALYZE fact_actors")


def upgrade() -> None:
    _set("C")
    op.create_index("ix_facts_type_date_hi", "facts", ["type", "date_hi", "id"])
    op.create_index("ix_fact_actors_fact_key", "fact_actors", ["fact_id", "key"])


def downgrade() -> None:
    op.drop_index("ix_fact_actors_fact_key", table_name="fact_actors")
    op.drop_index("ix_facts_type_date_hi", table_name="facts")
    _set("default")
