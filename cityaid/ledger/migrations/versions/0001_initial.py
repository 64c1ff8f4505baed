"""The initial ledger schema: documents, events and their actors, items and money.

Written out by hand (not ``metadata.create_all``) so that the schema a
database has is exactly what its revision says, whatever ``tables.py`` looks
like later.

Revision ID: 0001
Revises:
Create Date: 2020-01-01
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("doc_id", sa.String(512), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(32), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("encoding", sa.String(64), nullable=True),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("cleaned", sa.JSON(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("doc_id"),
    )
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(512), nullable=False),
        sa.Column("level", sa.String(16), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(8), nullable=True),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("date_value", sa.String(32), nullable=True),
        sa.Column("date_qualifier", sa.String(16), nullable=True),
        sa.Column("date_lo", sa.String(10), nullable=True),
        sa.Column("date_hi", sa.String(10), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("of", sa.String(32), nullable=True),
        sa.Column("kind", sa.String(64), nullable=True),
        sa.Column("medium", sa.String(128), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("canonical_id", sa.String(128), nullable=True),
        sa.UniqueConstraint("document_id", "idx", name="uq_events_document_idx"),
    )
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date_lo", "events", ["date_lo"])
    op.create_index("ix_events_date_hi", "events", ["date_hi"])
    op.create_index("ix_events_canonical_id", "events", ["canonical_id"])
    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("role", sa.String(8), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
    )
    op.create_index("ix_event_actors_actor_role", "event_actors", ["actor_id", "role"])
    op.create_table(
        "event_items",
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("item", sa.String(64), nullable=False),
        sa.Column("quantity", sa.Double(), nullable=True),
        sa.Column("unit", sa.String(32), nullable=True),
        sa.Column("qualifier", sa.String(16), nullable=True),
    )
    op.create_index("ix_event_items_item", "event_items", ["item"])
    op.create_table(
        "event_money",
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("role", sa.String(8), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("amount", sa.Double(), nullable=False),
        sa.Column("currency", sa.String(8), nullable=False),
        sa.Column("qualifier", sa.String(16), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("event_money")
    op.drop_index("ix_event_items_item", table_name="event_items")
    op.drop_table("event_items")
    op.drop_index("ix_event_actors_actor_role", table_name="event_actors")
    op.drop_table("event_actors")
    op.drop_index("ix_events_canonical_id", table_name="events")
    op.drop_index("ix_events_date_hi", table_name="events")
    op.drop_index("ix_events_date_lo", table_name="events")
    op.drop_index("ix_events_type", table_name="events")
    op.drop_table("events")
    op.drop_table("actors")
    op.drop_table("documents")
