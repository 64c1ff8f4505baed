"""Tables for the incremental merge: events by merge block and month, stale facts, merge state.

Revision ID: 0006
Revises: 0005
Create Date: 2020-01-06

Why: every ingest re-merged the whole ledger.  ``event_blocks`` lets a merge
find the events a new one can be compared with through an index on
``(block, month)`` instead of reading them all; ``stale_facts`` remembers the
facts that lost an event when a document was replaced; ``merge_state`` says
which blocking the rows were made with (see ``cityaid.ledger.merge_tables``).
The tables start empty: a ledger merged before this revision has no
``blocking`` state, so its next merge is a full one, which fills them.
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: Union[str, None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "event_blocks",
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("block", sa.String(16), primary_key=True),
        sa.Column("month", sa.Integer(), primary_key=True),
    )
    op.create_index("ix_event_blocks_block_month", "event_blocks", ["block", "month", "event_id"])
    op.create_table("stale_facts", sa.Column("fact_id", sa.String(64), primary_key=True))
    op.create_table(
        "merge_state",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("merge_state")
    op.drop_table("stale_facts")
    op.drop_index("ix_event_blocks_block_month", table_name="event_blocks")
    op.drop_table("event_blocks")
