"""``ix_item_state_status_age`` on ``item_state (status, updated_at, item_id)`` replaces ``ix_item_state_status``
(a prefix of it): the alerts list the items with an officer for too long and the items with no label, the oldest
first, through it, a page at a time, and count them by a range of it (issue 18, 5: at 10^6 items every held or
stored item was read and sorted, ~10 s of CPU).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_item_state_status_age", "item_state", ["status", "updated_at", "item_id"], unique=False)
    op.drop_index("ix_item_state_status", table_name="item_state")


def downgrade() -> None:
    raise RuntimeError("Custody never downgrades a database: restore a backup instead")
