"""Ledger storage (issue 18, point 6): no stored ``prev`` copy, one per-item index ``(item, kind)``.

What goes (about 125 bytes per entry on SQLite at the benchmark's mix):

- the ``prev`` column and its UNIQUE index (``uq_ledger_entry_prev``). LEDGER.md 8 allows but no longer requires
  them: ``seq`` is the primary key, so two writers can never fork the chain, and the verifier checks every
  ``prev`` link from the bodies (the column was only compared with the body);
- ``ix_ledger_entry_item_seq`` ``(item, seq)`` and ``ix_ledger_entry_item_kind_seq`` ``(item, kind, seq)``, for one
  index ``ix_ledger_entry_item_kind`` ``(item, kind)``. On SQLite an index entry ends with the rowid, which is
  ``seq``: ``(item, kind)`` is ``(item, kind, seq)`` without ``seq`` stored twice, and one item's entries of a kind
  come in ``seq`` order. A query on one item (all kinds) in ``seq`` order finds the item's entries through the
  index on ``item`` and sorts them: its cost is that item's entries, not the ledger's. PostgreSQL sorts one item's
  matches the same way. tests/ledger_db/test_query_plans.py asserts the plans on both, with and without statistics.

``ix_ledger_entry_kind`` stays: the station-wide queries by kind (last report, checkpoints, keys, alerts) need it.

SQLite cannot drop a column that a UNIQUE constraint names, so ``ledger_entry`` is rebuilt: a new table, the rows
copied in ``seq`` order, the old table dropped (its indexes and triggers with it), the new one renamed, then its
indexes and the triggers that refuse UPDATE and DELETE (LEDGER.md 8) created again, word for word as 0001 made
them. ``custody.db.migrate`` runs the upgrade in one transaction with foreign keys off (``ledger_signature``
refers to ``ledger_entry``) and checks the references afterwards; the old table's pages, left free, are given back
by the ``VACUUM`` that follows an upgrade leaving over a quarter of the file free (a 10^6-entry station from 0009:
about 30 s in all, the file from 916 to 780 bytes per entry). Bodies, hashes and signatures are copied byte for
byte: the ledger verifies as before.

PostgreSQL: the constraint, the column and the two indexes are dropped, the new index is built.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_SQLITE_TABLE = (
    "CREATE TABLE {name} (\n"
    "\tseq INTEGER NOT NULL, \n"
    "\tbody BLOB NOT NULL, \n"
    "\tentry_hash BLOB NOT NULL, \n"
    "\tkind VARCHAR(64) NOT NULL, \n"
    "\titem VARCHAR(48), \n"
    "\tCONSTRAINT pk_ledger_entry PRIMARY KEY (seq)\n"
    ")"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(_SQLITE_TABLE.format(name="ledger_entry_0011"))
        op.execute("INSERT INTO ledger_entry_0011 (seq, body, entry_hash, kind, item) "
                   "SELECT seq, body, entry_hash, kind, item FROM ledger_entry ORDER BY seq")
        op.execute("DROP TABLE ledger_entry")  # with its indexes and triggers (DROP fires no DELETE trigger)
        op.execute("ALTER TABLE ledger_entry_0011 RENAME TO ledger_entry")
        op.execute("CREATE INDEX ix_ledger_entry_kind ON ledger_entry (kind)")
        op.execute("CREATE INDEX ix_ledger_entry_item_kind ON ledger_entry (item, kind)")
        for action in ("UPDATE", "DELETE"):  # as 0001's create_append_only_triggers
            op.execute(
                f"CREATE TRIGGER trg_ledger_entry_no_{action.lower()} BEFORE {action} ON ledger_entry "
                f"BEGIN SELECT RAISE(ABORT, 'custody: {action} on ledger_entry is refused: "
                f"the table is append-only'); END"
            )
    else:
        op.drop_index("ix_ledger_entry_item_seq", table_name="ledger_entry")
        op.drop_index("ix_ledger_entry_item_kind_seq", table_name="ledger_entry")
        op.drop_constraint("uq_ledger_entry_prev", "ledger_entry", type_="unique")
        op.drop_column("ledger_entry", "prev")
        op.create_index("ix_ledger_entry_item_kind", "ledger_entry", ["item", "kind"], unique=False)


def downgrade() -> None:
    raise RuntimeError("Custody never downgrades a database: restore a backup instead")
