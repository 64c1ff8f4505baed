"""Summary tables of the merged facts for the overview (groups, flows, place totals), filled from existing facts.

Revision ID: 0004
Revises: 0003
Create Date: 2020-01-04

Also an index on ``facts.merged_at`` (the web cache's data version reads its
maximum on every request) and planner statistics for the fact tables.

Why: grouping every fact per overview request took 1–5 s on a 100k-fact
ledger; ``cityaid.ledger.summary.refresh`` now stores the groupings with
each merge run.  A ledger merged before this revision has facts but no
summaries, so the upgrade fills them with the same groupings written as
plain SQL (frozen here rather than importing today's code, which may move on).
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: Union[str, None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _under(col: str, key: str) -> str:
    return f"({col} = '{key}' OR ({col} >= '{key}/' AND {col} < '{key}0'))"


def _flags() -> str:
    cn = _under("key", "CN")
    foreign = f"(NOT {cn} AND NOT {_under('key', 'ORG')} AND NOT {_under('key', '?')} AND key <> '')"
    flag = "max(CASE WHEN role = '{role}' AND {cond} THEN 1 ELSE 0 END) AS {name}"
    cols = ", ".join(flag.format(role=r, cond=c, name=n) for r, c, n in (
        ("from", cn, "fcn"), ("from", foreign, "ffo"), ("to", cn, "tcn"), ("to", foreign, "tfo")))
    return f"SELECT fact_id, {cols} FROM fact_actors GROUP BY fact_id"


FILL = [
    "INSERT INTO fact_groups (type, direction, date_lo, date_hi, n) "
    "SELECT f.type, CASE WHEN fl.fcn = 1 AND fl.tfo = 1 THEN 'outward' "
    "WHEN fl.ffo = 1 AND fl.tcn = 1 THEN 'inward' ELSE 'other' END, f.date_lo, f.date_hi, count(*) "
    f"FROM facts f LEFT OUTER JOIN ({_flags()}) fl ON fl.fact_id = f.id GROUP BY 1, 2, 3, 4",
    "INSERT INTO fact_flows (from_key, to_key, type, n) "
    "SELECT a.key, b.key, f.type, count(*) FROM facts f "
    "JOIN fact_actors a ON a.fact_id = f.id AND a.role = 'from' "
    "JOIN fact_actors b ON b.fact_id = f.id AND b.role = 'to' GROUP BY a.key, b.key, f.type",
    "INSERT INTO place_totals (key, type, given, received) "
    "SELECT a.key, f.type, sum(CASE WHEN a.role = 'from' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN a.role = 'to' THEN 1 ELSE 0 END) "
    "FROM fact_actors a JOIN facts f ON f.id = a.fact_id GROUP BY a.key, f.type",
]


def upgrade() -> None:
    op.create_table(
        "fact_groups",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("date_lo", sa.String(10), nullable=True),
        sa.Column("date_hi", sa.String(10), nullable=True),
        sa.Column("n", sa.Integer(), nullable=False),
    )
    op.create_table(
        "fact_flows",
        sa.Column("from_key", sa.String(512), primary_key=True),
        sa.Column("to_key", sa.String(512), primary_key=True),
        sa.Column("type", sa.String(32), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
    )
    op.create_index("ix_fact_flows_n", "fact_flows", ["n"])
    op.create_table(
        "place_totals",
        sa.Column("key", sa.String(512), primary_key=True),
        sa.Column("type", sa.String(32), primary_key=True),
        sa.Column("given", sa.Integer(), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
    )
    op.create_index("ix_facts_merged_at", "facts", ["merged_at"])
    for sql in FILL:
        op.execute(sql)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA analysis_limit=1000")
    op.execute("ANALYZE facts")  # planner statistics, as each merge run now refreshes (cityaid.ledger.stats)
    op.execute("ANALYZE fact_actors")


def downgrade() -> None:
    op.drop_table("place_totals")
    op.drop_index("ix_fact_flows_n", table_name="fact_flows")
    op.drop_table("fact_flows")
    op.drop_table("fact_groups")
    op.drop_index("ix_facts_merged_at", table_name="facts")
