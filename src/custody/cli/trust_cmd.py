"""``custody trust add|list|remove``: the stations whose packages this station accepts (docs/TRANSFER.md 6-7).
Each change is a ledger entry signed by an administrator."""

from __future__ import annotations

import click

from custody.cli.common import (
    CLI,
    MSG_PASSWORD_FOR,
    CliState,
    friendly_errors,
    pass_state,
    read_password_file,
    say,
    tr,
)
from custody.cli.main import cli
from custody.domain.i18n import N_

_as = click.option("--as", "as_user", required=True, help="The administrator who signs the change.")
_pw = click.option("--password-file", type=click.Path(dir_okay=False), default=None,
                   help="File whose first line is the password (otherwise prompted).")


@cli.group("trust")
def trust_group() -> None:
    """Other stations' verifier keys this station accepts transfer packages from."""


@trust_group.command("add")
@click.argument("verifier_key")
@click.option("--name", required=True, help="The agency or station the key belongs to.")
@click.option("--reason", default="", help="Why (agreement, confirmation by telephone with ...).")
@_as
@_pw
@pass_state
@friendly_errors
def add(state: CliState, verifier_key: str, name: str, reason: str, as_user: str, password_file: str | None) -> None:
    """Trust VERIFIER_KEY (records trust.added)."""
    from custody.services import auth, transfer

    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    seq = transfer.add_trust(ctx, session, verifier_key, name, reason)
    say(N_(CLI, "Trusted {name} (ledger entry {seq})."), name=name, seq=seq)


@trust_group.command("remove")
@click.argument("verifier_key")
@click.option("--reason", default="", help="Why the key is no longer trusted.")
@_as
@_pw
@pass_state
@friendly_errors
def remove(state: CliState, verifier_key: str, reason: str, as_user: str, password_file: str | None) -> None:
    """Stop trusting VERIFIER_KEY (records trust.removed)."""
    from custody.services import auth, transfer

    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    seq = transfer.remove_trust(ctx, session, verifier_key, reason)
    say(N_(CLI, "No longer trusted (ledger entry {seq})."), seq=seq)


@trust_group.command("list")
@_as
@_pw
@pass_state
@friendly_errors
def list_cmd(state: CliState, as_user: str, password_file: str | None) -> None:
    """The trust list."""
    from custody.services import auth, transfer

    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    entries = transfer.list_trust(ctx, session)
    if not entries:
        say(N_(CLI, "No other station is trusted."))
    for t in entries:
        click.echo(f"{t.name}\n  {t.verifier_key}\n  added by {t.added_by} at {t.added_at} (entry {t.seq})"
                   + (f": {t.reason}" if t.reason else ""))
