"""The start page finds an officer's held items through an index: ``item_state (custodian, status, updated_at,
item_id)``.

"The items I hold, the oldest first" (``custodian = ? AND status = 'with_officer' ORDER BY updated_at, item_id
LIMIT 200``) and their count were answered through the ``status`` index: every item with an officer was read and
sorted (0.37 s at 10^6 items, 250,000 of them held; the start page is read after every change). With this index
the list reads its 200 rows in order and the count reads one range of the index. tests/ledger_db/
test_start_page_plans.py asserts the plans on SQLite and PostgreSQL, with and without statistics.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_item_state_holder", "item_state", ["custodian", "status", "updated_at", "item_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_item_state_holder", table_name="item_state")
