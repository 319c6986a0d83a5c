"""``custody db status|upgrade|grants``."""

from __future__ import annotations

import click

from custody.cli.common import CLI, CliState, fail, friendly_errors, pass_state, retry_read_once, say
from custody.cli.main import cli
from custody.db import migrate
from custody.db.grants import DEFAULT_ROLE, app_role_sql
from custody.domain.i18n import N_


@cli.group("db")
def db_group() -> None:
    """Database schema: status, upgrade, and the grants of the application role (PostgreSQL)."""


@db_group.command("status")
@pass_state
@friendly_errors
@retry_read_once
def db_status(state: CliState) -> None:
    """Show the schema revision of the database and of this Custody."""
    st = migrate.status(state.engine())
    click.echo(f"database: {state.url()}")
    click.echo(f"schema:   {st.current or 'empty'}")
    click.echo(f"head:     {st.head}")
    if not st.known:
        fail(migrate.newer_schema_message(st.current or "?"), 2)
    if st.up_to_date:
        say(N_(CLI, "state:    up to date"))
    else:
        say(N_(CLI, "state:    needs upgrade ('custody db upgrade')"))


@db_group.command("upgrade")
@pass_state
@friendly_errors
def db_upgrade(state: CliState) -> None:
    """Back up the database file, then upgrade its schema to this version's."""
    st, backup = migrate.upgrade(state.engine())
    if backup:
        click.echo(f"backup: {backup}")
    click.echo(f"schema: {st.current} (up to date)")


@db_group.command("grants")
@click.option("--role", default=DEFAULT_ROLE, show_default=True, help="Name of the application role.")
@pass_state
@friendly_errors
def db_grants(state: CliState, role: str) -> None:
    """Print the SQL that makes ROLE Custody's least-privilege application role on PostgreSQL.

    The role may read, and append to the ledger, but not UPDATE, DELETE or TRUNCATE the ledger tables and
    attachments, and not create or change any table. Run the SQL as the database owner after every
    'custody db upgrade', for example:  custody db grants | psql postgresql://OWNER@HOST/custody
    """
    click.echo(app_role_sql(role), nl=False)
