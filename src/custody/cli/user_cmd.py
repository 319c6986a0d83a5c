"""``custody user add|list|disable|enable|unlock|reset-password``: acting administrator signs in first."""

from __future__ import annotations

import click

from custody.cli.common import (
    CLI,
    MSG_PASSWORD_FOR,
    CliState,
    friendly_errors,
    pass_state,
    read_password_file,
    retry_read_once,
    say,
    tr,
)
from custody.cli.main import cli
from custody.domain.enums import Role
from custody.domain.i18n import N_
from custody.services import auth, user_admin
from custody.services.users import NewUser


@cli.group("user")
def user_group() -> None:
    """Officers and their roles."""


def _sign_in(state: CliState, as_user: str, password_file: str | None):
    ctx = state.context()
    password = read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user))
    return ctx, auth.login(ctx, as_user, password)


_as = click.option("--as", "as_user", required=True, help="Administrator who performs the action.")
_pw = click.option("--password-file", default=None, type=click.Path(dir_okay=False),
                   help="File with the administrator's password (otherwise prompted).")


@user_group.command("add")
@click.argument("username")
@click.option("--full-name", required=True)
@click.option("--badge", required=True)
@click.option("--rank", default="")
@click.option("--unit", default="")
@click.option("--role", "roles", multiple=True, required=True, type=click.Choice([r.value for r in Role]))
@click.option("--new-password-file", default=None, type=click.Path(dir_okay=False),
              help="File with the new officer's initial password (otherwise prompted).")
@_as
@_pw
@pass_state
@friendly_errors
def add(state: CliState, username: str, full_name: str, badge: str, rank: str, unit: str, roles: tuple[str, ...],
        new_password_file: str | None, as_user: str, password_file: str | None) -> None:
    """Create an officer with a signing key."""
    new_pw = read_password_file(new_password_file, prompt=tr(N_(CLI, "Initial password for {user}"), user=username), confirm=True)
    ctx, session = _sign_in(state, as_user, password_file)
    dto = user_admin.add_user(ctx, session, NewUser(username, full_name, badge, new_pw,
                                                    tuple(Role(r) for r in roles), rank, unit))
    say(N_(CLI, "Created {user} ({roles}), key {key}."), user=dto.username, roles=", ".join(dto.roles),
        key=dto.key_id)


@user_group.command("list")
@pass_state
@friendly_errors
@retry_read_once
def list_(state: CliState) -> None:
    """List officers."""
    for u in user_admin.list_users(state.context()):
        flags = "" if u.active else " [disabled]"
        flags += f" [locked until {u.locked_until}]" if u.locked_until else ""
        click.echo(f"{u.username:20} {u.badge_number:12} {u.full_name} ({', '.join(u.roles)}){flags}")


@user_group.command("disable")
@click.argument("username")
@_as
@_pw
@pass_state
@friendly_errors
def disable(state: CliState, username: str, as_user: str, password_file: str | None) -> None:
    """Disable an officer's account (their history stays)."""
    ctx, session = _sign_in(state, as_user, password_file)
    user_admin.set_active(ctx, session, username, False)
    say(N_(CLI, "Disabled {user}."), user=username)


@user_group.command("enable")
@click.argument("username")
@_as
@_pw
@pass_state
@friendly_errors
def enable(state: CliState, username: str, as_user: str, password_file: str | None) -> None:
    """Enable a disabled account."""
    ctx, session = _sign_in(state, as_user, password_file)
    user_admin.set_active(ctx, session, username, True)
    say(N_(CLI, "Enabled {user}."), user=username)


@user_group.command("unlock")
@click.argument("username")
@_as
@_pw
@pass_state
@friendly_errors
def unlock(state: CliState, username: str, as_user: str, password_file: str | None) -> None:
    """Unlock an account locked after wrong passwords."""
    ctx, session = _sign_in(state, as_user, password_file)
    auth.admin_unlock(ctx, session, username)
    say(N_(CLI, "Unlocked {user}."), user=username)


@user_group.command("reset-password")
@click.argument("username")
@click.option("--new-password-file", default=None, type=click.Path(dir_okay=False))
@_as
@_pw
@pass_state
@friendly_errors
def reset_password(state: CliState, username: str, new_password_file: str | None, as_user: str,
                   password_file: str | None) -> None:
    """Set a new password; a new signing key replaces the old one (which is revoked)."""
    new_pw = read_password_file(new_password_file, prompt=tr(N_(CLI, "New password for {user}"), user=username), confirm=True)
    ctx, session = _sign_in(state, as_user, password_file)
    user_admin.reset_password(ctx, session, username, new_pw)
    say(N_(CLI, "Password reset for {user}; a new signing key was issued."), user=username)
