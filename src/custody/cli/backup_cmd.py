"""``custody backup [--to DIR]``, ``custody backup passphrase`` and ``custody restore FILE --data-dir NEW``."""

from __future__ import annotations

from pathlib import Path

import click

from custody.cli.common import (
    CLI,
    MSG_PASSWORD_FOR,
    CliState,
    fail,
    friendly_errors,
    pass_state,
    read_password_file,
    say,
    tr,
)
from custody.cli.main import cli
from custody.domain.i18n import N_
from custody.services import backup as backup_svc


def _passphrase(path: str | None, *, confirm: bool) -> str:
    return read_password_file(path, prompt=tr(N_(CLI, "Backup passphrase")), confirm=confirm)


@cli.group("backup", invoke_without_command=True)
@click.option("--to", "to", type=click.Path(file_okay=False), default=None,
              help="Folder for the backup file (default: backups/ in the data folder). Created if missing.")
@click.pass_context
@friendly_errors
def backup(click_ctx: click.Context, to: str | None) -> None:
    """Make a verified, encrypted backup of the database and the station's keys.

    SQLite is copied online (the app may keep working), the copy is verified (ledger, station key, last
    checkpoint) before it counts, and one file holds the database, the station key and the PDF-signing
    certificate, encrypted to the backup passphrase (set once: custody backup passphrase). On PostgreSQL the
    database part is made by pg_dump. Never copy the live database file by hand: a copy taken while Custody
    writes can silently miss entries.
    """
    if click_ctx.invoked_subcommand is not None:
        if to:
            raise click.UsageError("--to goes with 'custody backup' alone.")
        return
    state: CliState = click_ctx.obj
    ctx = state.context()
    res = backup_svc.create_backup(ctx, Path(to) if to else None)
    if res.root:
        say(N_(CLI, "Backup written and verified: {path} ({size} bytes, {entries} ledger entries, root {root})."),
            path=res.path, size=f"{res.size:,}", entries=res.ledger_size, root=res.root)
    else:
        say(N_(CLI, "Backup written and verified: {path} ({size} bytes, {entries} ledger entries)."),
            path=res.path, size=f"{res.size:,}", entries=res.ledger_size)


@backup.command("passphrase")
@click.option("--as", "as_user", required=True, help="The administrator who sets it.")
@click.option("--password-file", default=None, type=click.Path(dir_okay=False),
              help="File with the administrator's password (otherwise prompted).")
@click.option("--passphrase-file", default=None, type=click.Path(dir_okay=False),
              help="File whose first line is the new backup passphrase (otherwise prompted twice).")
@click.option("--replace", is_flag=True, help="Replace the passphrase already set (old backups keep the old one).")
@pass_state
@friendly_errors
def passphrase(state: CliState, as_user: str, password_file: str | None, passphrase_file: str | None,
               replace: bool) -> None:
    """Set the passphrase that opens this station's backups (once). Keep it apart from the computer: without it
    no backup can be restored."""
    from custody.security.permissions import Action
    from custody.services import auth

    new = _passphrase(passphrase_file, confirm=True)
    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    auth.authorize(ctx, session, Action.BACKUP_RUN)
    path = backup_svc.set_passphrase(ctx, new, replace=replace)
    say(N_(CLI, "Backup passphrase set ({path}). Automatic and manual backups are now encrypted to it."), path=path)


@cli.command("restore")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--passphrase-file", default=None, type=click.Path(dir_okay=False),
              help="File whose first line is the backup passphrase (otherwise prompted).")
@click.option("--checkpoint", "checkpoints", multiple=True, type=click.Path(dir_okay=False),
              help="A checkpoint the station exported (custody ledger checkpoint --out, or a report's): the "
                   "restored ledger must extend it (repeatable).")
@click.option("--force", is_flag=True, help="Restore even a backup older than a given checkpoint.")
@pass_state
@friendly_errors
def restore(state: CliState, file: str, passphrase_file: str | None, checkpoints: tuple[str, ...],
            force: bool) -> None:
    """Restore the backup FILE into a new, empty data folder (the global --data-dir NEW).

    The file must authenticate to its last byte, its content must match its manifest, and the restored ledger
    must verify and extend every --checkpoint given. Nothing is written to the folder before all of that holds.
    """
    source = Path(file)
    if not source.is_file():
        fail(tr(N_(CLI, "There is no backup file {file}."), file=file))
    notes = []
    for c in checkpoints:
        try:
            notes.append((c, Path(c).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            fail(tr(N_(CLI, "The checkpoint file {file} cannot be read."), file=c))
    target = state.data_dir()
    secret = _passphrase(passphrase_file, confirm=False)
    res = backup_svc.restore_backup(source, target, secret, checkpoints=notes, force=force,
                                    station_code=state.station)
    if res.database == "sqlite":
        say(N_(CLI, "Restored station {station} (backup of {created}, {entries} ledger entries, verified) into "
                    "{folder}. Open it with: custody --data-dir {folder}"),
            station=res.station, created=res.created_at, entries=res.ledger_size, folder=res.data_dir)
    else:
        say(N_(CLI, "Restored the keys of station {station} into {folder}, and the PostgreSQL dump {dump}. Load it "
                    "into an empty database with: pg_restore --no-owner --dbname postgresql://OWNER@HOST/custody "
                    "{dump}  (docs/DEPLOYMENT.md)"),
            station=res.station, folder=res.data_dir, dump=res.restored)
