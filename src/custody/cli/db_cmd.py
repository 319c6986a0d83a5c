"""``custody db status|upgrade``."""

from __future__ import annotations

import click

from custody.cli.common import CliState, fail, friendly_errors, pass_state
from custody.cli.main import cli
from custody.db import migrate


@cli.group("db")
def db_group() -> None:
    """Database schema: status and upgrade."""


@db_group.command("status")
@pass_state
@friendly_errors
def db_status(state: CliState) -> None:
    """Show the schema revision of the database and of this Custody."""
    st = migrate.status(state.engine())
    click.echo(f"database: {state.url()}")
    click.echo(f"schema:   {st.current or 'empty'}")
    click.echo(f"head:     {st.head}")
    if not st.known:
        fail(migrate.newer_schema_message(st.current or "?"), 2)
    click.echo("state:    " + ("up to date" if st.up_to_date else "needs upgrade ('custody db upgrade')"))


@db_group.command("upgrade")
@pass_state
@friendly_errors
def db_upgrade(state: CliState) -> None:
    """Back up the database file, then upgrade its schema to this version's."""
    st, backup = migrate.upgrade(state.engine())
    if backup:
        click.echo(f"backup: {backup}")
    click.echo(f"schema: {st.current} (up to date)")
