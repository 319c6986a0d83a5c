"""A badge number is optional for people who are not police officers (prosecutors, auditors): ``app_user.
badge_number`` may be NULL (still unique when given; several NULLs are allowed by SQLite and PostgreSQL).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.alter_column("badge_number", existing_type=sa.String(32), nullable=True)


def downgrade() -> None:
    raise RuntimeError("Custody never downgrades a database: restore a backup instead")
