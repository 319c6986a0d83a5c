"""Full-text search over items: SQLite FTS5, PostgreSQL tsvector + GIN.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # remove_diacritics 2: "Joao" finds "João"; unicode61 splits Arabic and Cyrillic words too.
        op.execute(
            "CREATE VIRTUAL TABLE item_search USING fts5("
            "item_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
    else:
        op.execute(
            "CREATE TABLE item_search ("
            " item_id VARCHAR(48) PRIMARY KEY REFERENCES item (item_id),"
            " body TEXT NOT NULL,"
            " tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED)"
        )
        op.execute("CREATE INDEX ix_item_search_tsv ON item_search USING gin (tsv)")


def downgrade() -> None:
    raise RuntimeError("Custody never downgrades a database: restore a backup instead")
