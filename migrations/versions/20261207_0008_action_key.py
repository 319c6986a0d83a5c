"""Action keys: each write transaction on PostgreSQL records a random key, so that a connection lost while
committing can be resolved (was it saved?) instead of leaving the officer to guess and perhaps do it twice.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "action_key",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("done_at", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_action_key")),
    )
    op.create_index(op.f("ix_action_key_done_at"), "action_key", ["done_at"], unique=False)


def downgrade() -> None:
    raise RuntimeError("Custody never downgrades a database: restore a backup instead")
