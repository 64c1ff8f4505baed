"""An office's own records (append-only events), accounts, sessions, tokens and the partner registry.

Revision ID: 0003
Revises: 0002
Create Date: 2020-01-03
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: Union[str, None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "office_partners",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("a_key", sa.String(512), nullable=False),
        sa.Column("b_key", sa.String(512), nullable=False),
        sa.Column("a_name", sa.Text(), nullable=False),
        sa.Column("b_name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("since", sa.String(10), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.UniqueConstraint("a_key", "b_key", name="uq_office_partners_pair"),
    )
    op.create_table(
        "office_records",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("office", sa.String(512), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("office_records.id"), nullable=True),
        sa.Column("from_key", sa.String(512), nullable=True),
        sa.Column("to_key", sa.String(512), nullable=True),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(128), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_index("ix_office_records_kind_status", "office_records", ["kind", "status"])
    op.create_index("ix_office_records_office", "office_records", ["office"])
    op.create_index("ix_office_records_parent", "office_records", ["parent_id"])
    op.create_table(
        "office_record_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("record_id", sa.Integer(), sa.ForeignKey("office_records.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("who", sa.String(128), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.UniqueConstraint("record_id", "seq", name="uq_office_record_events_seq"),
    )
    op.create_table(
        "office_users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "office_tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("office_users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "office_sessions",
        sa.Column("id_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("office_users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
    )
    op.create_table(
        "office_login_failures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("ip", sa.String(64), nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_index("ix_office_login_failures_who", "office_login_failures", ["name", "ip", "at"])


def downgrade() -> None:
    op.drop_index("ix_office_login_failures_who", table_name="office_login_failures")
    op.drop_table("office_login_failures")
    op.drop_table("office_sessions")
    op.drop_table("office_tokens")
    op.drop_table("office_users")
    op.drop_table("office_record_events")
    op.drop_index("ix_office_records_parent", table_name="office_records")
    op.drop_index("ix_office_records_office", table_name="office_records")
    op.drop_index("ix_office_records_kind_status", table_name="office_records")
    op.drop_table("office_records")
    op.drop_table("office_partners")
