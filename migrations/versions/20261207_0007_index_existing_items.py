"""Index for search every item that has no search row yet (0002 created the index but not for existing items).

A database upgraded from 0001 kept its items, but migration 0002 only created the empty full-text table: a search
found nothing registered before the upgrade. This adds the missing rows. The text follows the application's
``search_body`` (item id, description, category, case number and title, seizure document number and place, seal
number, seizing officer's username and name, parent item id, and the category fields' text values), as words split
the way the SQLite unicode61 tokenizer splits them; editing the item later rebuilds its row with the application's
own function. Items already indexed are left as they are, so running it on a database without the bug changes
nothing.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import json
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BATCH = 1000


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        cat = unicodedata.category(ch)
        if cat[0] in "LNM" or cat == "Co":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def _body(row: sa.Row) -> str:
    try:
        fields = json.loads(row.fields_json or "{}")
    except ValueError:
        fields = {}
    parts = [row.item_id, row.description, row.category.replace("_", " "), row.category, row.case_number,
             row.title, row.document_number, row.seal_number, row.seizing_officer, row.full_name or "",
             row.parent_item_id or "", row.place]
    if isinstance(fields, dict):
        parts.extend(v for v in fields.values() if isinstance(v, str))
    return " ".join(_tokens(" ".join(p for p in parts if p)))


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    missing = ("NOT EXISTS (SELECT 1 FROM item_search s WHERE s.rowid = i.id)" if sqlite
               else "NOT EXISTS (SELECT 1 FROM item_search s WHERE s.item_id = i.item_id)")
    query = sa.text(
        "SELECT i.id, i.item_id, i.description, i.category, i.seal_number, i.fields_json, c.case_number, c.title, "
        "z.document_number, z.place, z.seizing_officer, u.full_name, p.item_id AS parent_item_id "
        "FROM item i JOIN seizure z ON z.id = i.seizure_id JOIN case_file c ON c.id = z.case_id "
        "LEFT JOIN app_user u ON u.username = z.seizing_officer LEFT JOIN item p ON p.id = i.parent_id "
        f"WHERE i.id > :after AND {missing} ORDER BY i.id LIMIT {BATCH}")
    insert = sa.text("INSERT INTO item_search (rowid, item_id, body) VALUES (:id, :item_id, :body)" if sqlite
                     else "INSERT INTO item_search (item_id, body) VALUES (:item_id, :body)")
    after = 0
    while True:
        rows = bind.execute(query, {"after": after}).fetchall()
        if not rows:
            return
        bind.execute(insert, [{"id": r.id, "item_id": r.item_id, "body": _body(r)} for r in rows])
        after = rows[-1].id


def downgrade() -> None:
    raise RuntimeError("Custody never downgrades a database: restore a backup instead")
