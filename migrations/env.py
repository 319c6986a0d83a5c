"""Alembic environment. Runs only programmatically (custody.db.migrate) with a live connection.

Migrations never import the live models: each revision carries its own DDL.
"""

from __future__ import annotations

from alembic import context

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded by custody.db.migrate
    raise RuntimeError("Custody migrations run through 'custody db upgrade', not the alembic command")

context.configure(
    connection=connection,
    target_metadata=None,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
    # One transaction for the whole upgrade on SQLite too (it has transactional DDL; Alembic assumes not and would
    # commit after each revision): a kill in the middle leaves the schema as it was, never half upgraded.
    transactional_ddl=True,
)

with context.begin_transaction():
    context.run_migrations()
