"""``custody init``: set up a database without the GUI, exactly as the first-run wizard does."""

from __future__ import annotations

import click

from custody.cli.common import CLI, CliState, friendly_errors, pass_state, read_password_file, say, tr
from custody.cli.main import cli
from custody.config import save_workstation_settings
from custody.domain.enums import Role
from custody.domain.i18n import N_
from custody.services.setup import SetupRequest, initialize
from custody.services.users import NewUser


@cli.command("init")
@click.option("--agency", required=True, help="Agency name, as printed on reports.")
@click.option("--station", "station_code", required=True, metavar="CODE", help="Station code, e.g. DIL.")
@click.option("--origin", default=None, help="Log origin (default custody.local/<station code>).")
@click.option("--evidence-room", default="Evidence room", show_default=True)
@click.option("--time-zone", default="UTC", show_default=True)
@click.option("--item-prefix", default=None, help="Item-id prefix (default: the station code).")
@click.option("--admin", "admin_user", required=True, help="Administrator username.")
@click.option("--admin-name", default=None, help="Administrator full name (default: the username).")
@click.option("--admin-badge", default="ADMIN-1", show_default=True, help="Administrator badge number.")
@click.option("--password-file", type=click.Path(dir_okay=False), default=None,
              help="File whose first line is the administrator password (otherwise prompted).")
@pass_state
@friendly_errors
def init(state: CliState, agency: str, station_code: str, origin: str | None, evidence_room: str,
         time_zone: str, item_prefix: str | None, admin_user: str, admin_name: str | None,
         admin_badge: str, password_file: str | None) -> None:
    """Create a new Custody database with its administrator. Refuses an existing one."""
    password = read_password_file(password_file, prompt=tr(N_(CLI, "Administrator password")), confirm=True)
    req = SetupRequest(
        agency=agency,
        station_code=station_code,
        evidence_room=evidence_room,
        time_zone=time_zone,
        item_prefix=item_prefix or station_code,
        origin=origin,
        admin=NewUser(
            username=admin_user,
            full_name=admin_name or admin_user,
            badge_number=admin_badge,
            password=password,
            roles=(Role.ADMIN,),
        ),
    )
    from custody.services.setup import validate_setup

    validate_setup(req)  # refuse bad input before the database file is even created
    state.allow_create = True
    ctx = state.context()
    st = initialize(ctx, req)
    say(N_(CLI, "Set up {agency}, station {station}, log {origin}."), agency=st.agency, station=st.code,
        origin=st.origin)
    say(N_(CLI, "Station verifier key: {key}"), key=st.verifier_key)
    if ctx.engine.dialect.name == "postgresql":  # a shared database: this workstation opens it from now on
        saved = save_workstation_settings(ctx.data_dir, database=state.url(), station=st.code)
        say(N_(CLI, "This workstation now opens the shared database as station {station} ({saved}). Other "
                    "workstations join it with 'custody station join' (give them the verifier key above)."),
            station=st.code, saved=saved)
