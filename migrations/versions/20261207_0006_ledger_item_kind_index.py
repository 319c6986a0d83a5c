"""Per-item ledger queries by kind use an index: ``(item, kind, seq)`` beside ``(item, seq)``.

The reprint count of a label (``item = ? AND kind = 'label.printed'``), the registration of an item being
corrected and an item's attachments were answered through the ``kind`` index, scanning every entry of that kind
(71 ms per label at 10^6 entries, growing with the ledger). ``(item, kind, seq)`` answers them by equality on both
columns, in seq order. ``(item, seq)`` stays: without statistics PostgreSQL answers the append's "last entry of
this item" (``item = ? ORDER BY seq DESC LIMIT 1``) by walking the primary key backwards unless an index gives
the item's entries in seq order. tests/ledger_db/test_query_plans.py asserts the plans on SQLite and PostgreSQL,
with and without statistics.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_ledger_entry_item_kind_seq", "ledger_entry", ["item", "kind", "seq"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_ledger_entry_item_kind_seq", table_name="ledger_entry")
