"""People outside the station (laboratory analysts, court clerks, owners, couriers): a projection of the
``person.registered`` ledger entries (issue 15), rebuilt from the ledger by ``custody ledger rebuild``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "external_person",
        sa.Column("ref", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("id_type", sa.String(60), nullable=False),
        sa.Column("id_number", sa.String(60), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("registered_by", sa.String(64), nullable=False),
        sa.Column("registered_at", sa.String(24), nullable=False),
        sa.PrimaryKeyConstraint("ref", name="pk_external_person"),
    )


def downgrade() -> None:
    raise RuntimeError("Custody never downgrades a database: restore a backup instead")
