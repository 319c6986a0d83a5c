"""``custody transfer out|in|check``: hand items to another station or agency with their proven history, and accept
such a package (docs/TRANSFER.md)."""

from __future__ import annotations

from pathlib import Path

import click

from custody.cli.common import (
    CLI,
    MSG_PASSWORD_FOR,
    CliState,
    check_output_path,
    fail,
    friendly_errors,
    pass_state,
    read_password_file,
    say,
    tr,
)
from custody.cli.main import cli
from custody.domain.i18n import N_

_as = click.option("--as", "as_user", required=True, help="The officer who signs (releasing or receiving).")
_pw = click.option("--password-file", type=click.Path(dir_okay=False), default=None,
                   help="File whose first line is the officer's password (otherwise prompted).")


@cli.group("transfer")
def transfer_group() -> None:
    """Hand items to another station or agency, or receive them, with their whole proven history."""


MSG_UNREADABLE = N_("Transfer", "Cannot read {path}: {reason}. Nothing was recorded.")


def _read_package(path: str) -> bytes:
    from custody.domain.errors import CustodyError

    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CustodyError(MSG_UNREADABLE, path=path,
                           reason=exc.strerror or type(exc).__name__) from None


@transfer_group.command("out")
@click.argument("items", nargs=-1, required=True)
@click.option("--to", "to", required=True, help='Receiving agency or station, e.g. "National Forensic Laboratory".')
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="The package file (FILE.custody).")
@click.option("--receiver-name", default="", help="The receiving officer's name.")
@click.option("--receiver-org", default="", help="The receiving officer's organisation.")
@click.option("--receiver-id", default="", help="The receiving officer's ID (badge or identity document).")
@click.option("--purpose", default="", help="Why the items go (analysis, prosecution, hand-over of the case).")
@click.option("--receiver-user", default=None,
              help="When the receiving officer is an officer of this station's ledger: their username; they sign "
                   "custody.transferred_out too.")
@click.option("--receiver-password-file", type=click.Path(dir_okay=False), default=None,
              help="File with the receiving officer's password (otherwise prompted).")
@_as
@_pw
@pass_state
@friendly_errors
def out_cmd(state: CliState, items: tuple[str, ...], to: str, out: str, receiver_name: str, receiver_org: str,
            receiver_id: str, purpose: str, receiver_user: str | None, receiver_password_file: str | None,
            as_user: str, password_file: str | None) -> None:
    """Write custody.transferred_out for ITEM..., their custody report, and the signed package FILE.custody."""
    from custody.services import auth, transfer

    path = check_output_path(out, "the transfer package")
    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    co_signer = None
    if receiver_user:
        co_signer = auth.unlock_signer(ctx, receiver_user, read_password_file(
            receiver_password_file, prompt=tr(MSG_PASSWORD_FOR, user=receiver_user)))
    res = transfer.transfer_out(ctx, session, list(items), transfer.Receiver(to, receiver_name, receiver_org,
                                                                             receiver_id),
                                purpose=purpose, out_path=path, co_signer=co_signer)
    say(N_(CLI, "Wrote {path}: {n} item(s) handed to {to}."), path=path, n=len(res.item_ids), to=to)
    say(N_(CLI, "Package {package}, package hash (SHA-256 of its manifest) {sha}."), package=res.package_id,
        sha=res.package_sha256)
    say(N_(CLI, "Station verifier key the receiver must trust: {key}"), key=ctx.station().verifier_key)


def _print_check(check) -> None:
    snd, rcv = check.sender, check.receiver
    click.echo(f"Package {check.package_id or '?'} (hash {check.package_sha256 or '?'})")
    if snd:
        click.echo(f"  from {snd.get('agency')} ({snd.get('station')}, {snd.get('origin')})")
        click.echo(f"  sender key {snd.get('verifier_key')}")
    if rcv:
        click.echo(f"  to {rcv.get('agency')}: {rcv.get('name')} ({rcv.get('organisation')}, ID {rcv.get('id_number')})")
    for seg in check.segments:
        click.echo(f"  proven by {seg}")
    for item in check.item_ids:
        click.echo(f"  Item {item}: {check.descriptions.get(item, '')}")
        for ln in check.history:
            if ln.item == item:
                click.echo(f"    {ln.origin:<24} #{ln.seq:<6} {ln.at}  {ln.kind:<24} by {ln.actor}")


@transfer_group.command("check")
@click.argument("package", type=click.Path(dir_okay=False))
@click.option("--trust", "trust", multiple=True, metavar="VERIFIER_KEY",
              help="Trust this sending station's key for this check (besides the trust list).")
@_as
@_pw
@pass_state
@friendly_errors
def check_cmd(state: CliState, package: str, trust: tuple[str, ...], as_user: str, password_file: str | None) -> None:
    """Show what a package proves, or why it is refused. Records nothing."""
    from custody.services import auth, transfer

    data = _read_package(package)
    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    check = transfer.check_package(ctx, session, data, trust)
    _print_check(check)
    if not check.ok:
        fail(tr(N_(CLI, "The package would be refused: {reasons}"), reasons="; ".join(check.failures[:5])))


@transfer_group.command("in")
@click.argument("package", type=click.Path(dir_okay=False))
@click.option("--trust", "trust", multiple=True, metavar="VERIFIER_KEY",
              help="Trust this sending station's key for this package (besides the trust list the administrator "
                   "keeps with 'custody trust add').")
@_as
@_pw
@pass_state
@friendly_errors
def in_cmd(state: CliState, package: str, trust: tuple[str, ...], as_user: str, password_file: str | None) -> None:
    """Verify PACKAGE and, if it holds, register its items and write custody.transferred_in (signed by you)."""
    from custody.services import auth, transfer

    data = _read_package(package)
    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    try:
        res = transfer.transfer_in(ctx, session, data, trust)
    except transfer.PackageRefused as exc:
        lines = "\n".join(f"  - {f}" for f in exc.failures[:10])
        fail(f"{exc.message}\n{lines}")
        return
    say(N_(CLI, "Accepted package {sha}: {items} are now in your custody."), sha=res.package_sha256,
        items=", ".join(res.item_ids))
