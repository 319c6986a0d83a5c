"""Ledger references: the seq of the entry that records each case, seizure, officer, location and certificate.

A report states facts about cases, seizures and officers only from ledger entries (LEDGER.md 5.1); this projection
finds those entries without scanning, and is rebuilt from the ledger by ``custody ledger rebuild``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# kind -> (prefix, where the key is): the same table as custody.services.projections.REF_KINDS (a migration never
# imports live code).
_REF_KINDS = {
    "case.opened": ("case", "data.case_number"),
    "seizure.recorded": ("seizure", "data.document_number"),
    "user.created": ("user", "data.username"),
    "location.created": ("location", "data.code"),
    "station.certificate_registered": ("certificate", "station"),
}


def upgrade() -> None:
    op.create_table(
        "ledger_ref",
        sa.Column("ref", sa.String(200), primary_key=True),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.PrimaryKeyConstraint("ref", name="pk_ledger_ref"),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT seq, body FROM ledger_entry WHERE kind IN "
                                "('case.opened', 'seizure.recorded', 'user.created', 'location.created', "
                                "'station.certificate_registered') ORDER BY seq")).all()
    refs: dict[str, int] = {}
    for seq, body in rows:
        try:
            obj = json.loads(bytes(body))
            prefix, where = _REF_KINDS[obj["kind"]]
            key = obj["data"].get(where[5:]) if where.startswith("data.") else obj.get(where)
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
        if isinstance(key, str) and key:
            refs[f"{prefix}:{key}"] = seq
    if refs:
        table = sa.table("ledger_ref", sa.column("ref", sa.String), sa.column("seq", sa.BigInteger))
        op.bulk_insert(table, [{"ref": r, "seq": s} for r, s in refs.items()])


def downgrade() -> None:
    raise RuntimeError("Custody never downgrades a database: restore a backup instead")
