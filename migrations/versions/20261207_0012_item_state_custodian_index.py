"""``ix_item_state_custodian`` goes: ``ix_item_state_holder`` (custodian, status, updated_at, item_id), migration 0010,
begins with the custodian and answers every query on it (equality, IS NULL, joins on it) as well (issue 18, point 6:
storage, about 1.6 bytes per ledger entry at the benchmark's mix).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_item_state_custodian", table_name="item_state")


def downgrade() -> None:
    raise RuntimeError("Custody never downgrades a database: restore a backup instead")
