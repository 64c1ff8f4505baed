"""Merged facts, their actors, and people's merge/split decisions.

Revision ID: 0002
Revises: 0001
Create Date: 2020-01-02
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: Union[str, None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "facts",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("of", sa.String(32), nullable=True),
        sa.Column("date_lo", sa.String(10), nullable=True),
        sa.Column("date_hi", sa.String(10), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.Double(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("disagreements", sa.JSON(), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_facts_type", "facts", ["type"])
    op.create_index("ix_facts_date_lo", "facts", ["date_lo"])
    op.create_index("ix_facts_date_hi", "facts", ["date_hi"])
    op.create_table(
        "fact_actors",
        sa.Column("fact_id", sa.String(64), sa.ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("role", sa.String(8), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(512), nullable=False),
    )
    op.create_index("ix_fact_actors_key_role", "fact_actors", ["key", "role"])
    op.create_table(
        "merge_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("event_ids", sa.JSON(), nullable=False),
        sa.Column("fact_ids", sa.JSON(), nullable=False),
        sa.Column("other_event_ids", sa.JSON(), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("merge_decisions")
    op.drop_index("ix_fact_actors_key_role", table_name="fact_actors")
    op.drop_table("fact_actors")
    op.drop_index("ix_facts_date_hi", table_name="facts")
    op.drop_index("ix_facts_date_lo", table_name="facts")
    op.drop_index("ix_facts_type", table_name="facts")
    op.drop_table("facts")
