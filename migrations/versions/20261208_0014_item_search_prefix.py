"""SQLite: the full-text table gets prefix indexes of 2, 3 and 4 characters (``prefix='2 3 4'``).

Without them a prefix query (``"cart"*``, a word as typed so far) reads and merges, before the first row comes out,
the whole posting list of every word that starts with it: at 10^6 items ``"cart"*`` (carton, cartridges) took
~15 ms and ``"with"*`` ~30 ms, whatever the ``LIMIT``. With a prefix index of that length it walks one posting list
from the newest row and stops at the limit (~0.1 ms). Prefixes of 5 characters and more still merge, but only the
words that start with them (fewer, and none of the short very common ones). Issue 18, 5: word search p99 <= 30 ms.

FTS5 cannot add a prefix index to an existing table: the table is made again with the option and filled with the
old one's rows (same rowids, item ids and bodies), then optimized into one segment. About a minute at 10^6 items;
the file grows by the prefix indexes (~350 bytes per item). PostgreSQL: nothing to do (its GIN index answers ``:*``
prefixes itself).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

COLUMNS = "item_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # The rows wait in a temporary table while the old table is dropped, so that the new one is written into the
    # pages the old one leaves free: the file grows by the prefix indexes only, not by a second copy of the text.
    op.execute("CREATE TEMP TABLE item_search_0014 (id INTEGER PRIMARY KEY, item_id TEXT, body TEXT)")
    op.execute("INSERT INTO temp.item_search_0014 (id, item_id, body) SELECT rowid, item_id, body FROM item_search")
    op.execute("DROP TABLE item_search")
    op.execute(f"CREATE VIRTUAL TABLE item_search USING fts5({COLUMNS})")
    op.execute("INSERT INTO item_search (rowid, item_id, body) SELECT id, item_id, body FROM temp.item_search_0014 "
               "ORDER BY id")
    op.execute("DROP TABLE temp.item_search_0014")
    op.execute("INSERT INTO item_search (item_search) VALUES ('optimize')")


def downgrade() -> None:
    raise RuntimeError("Custody never downgrades a database: restore a backup instead")
