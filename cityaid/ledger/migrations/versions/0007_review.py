"""Review of extracted events: reviewed events, their decision log, and facts marked reviewed.

Revision ID: 0007
Revises: 0006
Create Date: 2020-01-07

Why: people accept, fix, reject and add events, and their word must outlive
extraction running again (see ``cityaid.ledger.review_tables``).  ``facts``
gains ``reviewed`` (every source event reviewed) so answers can be limited to
what people stand behind with an indexed filter.  The review tables start
empty: rows for a document's events are made when it is next stored or first
reviewed.
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: Union[str, None] = "0006"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "review_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("doc_id", sa.String(512), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("orphan", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("extracted", sa.JSON(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("event", sa.JSON(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("ledger_event_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_review_events_doc", "review_events", ["doc_id"])
    op.create_index("ix_review_events_state", "review_events", ["state"])
    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("review_event_id", sa.Integer(), sa.ForeignKey("review_events.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("who", sa.String(128), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("review_event_id", "seq", name="uq_review_decisions_seq"),
    )
    op.create_index("ix_review_decisions_at", "review_decisions", ["at"])
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("reviewed", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index("ix_facts_reviewed", "facts", ["reviewed"])


def downgrade() -> None:
    op.drop_index("ix_facts_reviewed", table_name="facts")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("reviewed")
    op.drop_index("ix_review_decisions_at", table_name="review_decisions")
    op.drop_table("review_decisions")
    op.drop_index("ix_review_events_state", table_name="review_events")
    op.drop_index("ix_review_events_doc", table_name="review_events")
    op.drop_table("review_events")
