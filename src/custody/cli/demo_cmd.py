"""``custody demo``: build a demonstration database through the real services."""

from __future__ import annotations

import click

from custody.cli.common import CLI, CliState, friendly_errors, pass_state, read_password_file, say
from custody.cli.main import cli
from custody.domain.i18n import N_


@cli.command("demo")
@click.option("--db", "db_path", default=None, metavar="URL|PATH",
              help="Database to fill (same as the global --db; created and set up when empty).")
@click.option("--items", default=200, show_default=True, type=click.IntRange(0, 100_000),
              help="Number of items to register.")
@click.option("--seed", default=1, show_default=True, type=int, help="Random seed (same seed, same data).")
@click.option("--admin-password-file", type=click.Path(dir_okay=False), default=None,
              help="File whose first line is the administrator password (generated and printed otherwise; "
                   "required for a database that is already set up).")
@click.option("--officer-password-file", type=click.Path(dir_okay=False), default=None,
              help="File whose first line is the password of the demo officers (generated otherwise).")
@click.option("--no-photos", is_flag=True, help="Do not attach generated photos.")
@pass_state
@friendly_errors
def demo(state: CliState, db_path: str | None, items: int, seed: int, admin_password_file: str | None,
         officer_password_file: str | None, no_photos: bool) -> None:
    """Fill a database with realistic demo cases, seizures, items and photos (the ledger verifies)."""
    from custody.services.demo import DemoOptions, build_demo

    if db_path:
        state.db = db_path
        state._engine = None
    admin_pw = read_password_file(admin_password_file) if admin_password_file else None
    officer_pw = read_password_file(officer_password_file) if officer_password_file else None
    state.allow_create = True
    ctx = state.context()
    result = build_demo(
        ctx,
        DemoOptions(items=items, seed=seed, admin_password=admin_pw, officer_password=officer_pw,
                    photos=not no_photos),
        progress=lambda msg: click.echo(f"  {msg}", err=True),
    )
    say(N_(CLI, "Demo database ready at {url} in {seconds} s: {cases} cases, {seizures} seizures, {items} items "
                "(+{children} split/sampled), {photos} photos, {corrections} corrections, {locations} locations."),
        url=state.url(), seconds=f"{result.seconds:.1f}", cases=result.cases, seizures=result.seizures,
        items=result.items, children=result.children, photos=result.photos, corrections=result.corrections,
        locations=result.locations)
    if result.created_database and not admin_password_file:
        say(N_(CLI, "Administrator: {username} / password: {password}"), username=result.admin_username,
            password=result.admin_password)
    if not officer_password_file and result.officer_password:
        say(N_(CLI, "Officers ({usernames}) / password: {password}"),
            usernames=", ".join(o.username for o in result.officers), password=result.officer_password)
