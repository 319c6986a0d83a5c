"""``custody ledger verify|export|checkpoint|rebuild``."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from custody.cli.common import (
    CLI,
    MSG_PASSWORD_FOR,
    CliState,
    check_output_path,
    friendly_errors,
    pass_state,
    read_password_file,
    retry_read_once,
    say,
    tr,
)
from custody.cli.main import cli
from custody.config import sqlite_path
from custody.domain.i18n import N_
from custody.ledger.verify_worker import prestart_pool

#: The modules ``ledger verify``'s worker processes import (services.ledger.verify_stored's range reader and
#: projection fold): the pool is started ahead with them (tests/cli/test_verify_pool_ahead.py checks they match).
VERIFY_POOL_PRELOAD = ("custody.db.ledger_read", "custody.services.projection_fold")


#: An SQLite file smaller than this cannot hold enough entries for worker processes (services.ledger
#: PARALLEL_MIN_ENTRIES, 32,768, at about 800 bytes each).
_WORKERS_MIN_FILE = 16 * 1024 * 1024


def _worth_workers(state: CliState) -> bool:
    """Whether ``ledger verify`` will most likely use worker processes: a database server, or an SQLite file
    large enough (issue 18: starting them ahead saves the command's start-up time at 10^6 entries)."""
    try:
        url = state.url()
        path = sqlite_path(url)
        return path.stat().st_size >= _WORKERS_MIN_FILE if path is not None else url.startswith("postgresql")
    except (OSError, ValueError):
        return False


@cli.group("ledger")
def ledger_group() -> None:
    """The tamper-evident ledger: verify, export, checkpoint, rebuild projections."""


def _progress_bar(total: int, label: str):
    return click.progressbar(length=max(total, 1), label=label, file=sys.stderr, show_pos=True)


@ledger_group.command("verify")
@click.option("--no-signatures", is_flag=True, help="Check structure and hashes only (faster).")
@click.option("--since-checkpoint", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A previously exported checkpoint note; the ledger must extend it.")
@click.option("--trust", "trust", multiple=True, metavar="VERIFIER_KEY",
              help="A station verifier key to trust as the ledger's first station key (repeatable); by default "
                   "this workstation's own station key.")
@pass_state
@friendly_errors
@retry_read_once
def verify(state: CliState, no_signatures: bool, since_checkpoint: str | None, trust: tuple[str, ...]) -> None:
    """Recompute every hash, link, signature, authority rule and checkpoint.

    Exit 0 when intact and its first station key is trusted, 1 when anything fails, 2 when intact but no trusted
    station key was available (no station key file on this workstation and no --trust).
    """
    if _worth_workers(state):  # they start while this process imports the services, opens the database...
        prestart_pool(None, VERIFY_POOL_PRELOAD)
    from custody.services import ledger_admin

    ctx = state.context()
    trusted = Path(since_checkpoint).read_text(encoding="utf-8") if since_checkpoint else None
    total = ledger_admin.total_entries(ctx)
    # SQLite's page check runs alongside the verification (both cores busy); the bar appears once it has passed,
    # so that a damaged file is one plain sentence (ledger_admin.verify calls progress only then).
    with contextlib.ExitStack() as stack:
        bar = None
        done = 0

        def progress(n: int) -> None:
            nonlocal bar, done
            if bar is None:
                bar = stack.enter_context(_progress_bar(total, "Verifying"))
            bar.update(n - done)
            done = n

        result = ledger_admin.verify(
            ctx, check_signatures=not no_signatures, since_checkpoint=trusted, trust=list(trust), progress=progress,
        )
    if result.ok and result.trusted:
        say(N_(CLI, "Ledger intact: {n} entries, root {root}; its first station key is trusted ({anchor})."),
            n=result.report.entries, root=result.report.root.hex(), anchor=result.report.anchor)
        return
    if result.ok:
        say(N_(CLI, "Ledger intact but NOT TRUSTED: {n} entries, consistent, but its first station key ({anchor}) "
                    "could not be checked against a key you trust. Run on the station's own workstation or give "
                    "--trust \"<the station's verifier key>\"."),
            n=result.report.entries, anchor=result.report.anchor)
        sys.exit(2)
    for f in result.failures:
        click.echo(f"seq {f.seq}: {f.reason}")
    say(N_(CLI, "{failures} failure(s) in {n} entries."), failures=len(result.failures), n=result.report.entries)
    sys.exit(1)


@ledger_group.command("clock-correct")
@click.option("--reason", required=True, help="What happened to the clock (kept in the ledger).")
@click.option("--as", "as_user", required=True, help="The administrator who records the correction.")
@click.option("--password-file", type=click.Path(dir_okay=False), default=None)
@click.option("--countersign", "countersign", required=True, help="The supervisor who countersigns.")
@click.option("--countersign-password-file", type=click.Path(dir_okay=False), default=None)
@pass_state
@friendly_errors
def clock_correct(state: CliState, reason: str, as_user: str, password_file: str | None, countersign: str,
                  countersign_password_file: str | None) -> None:
    """Record that the ledger's last entries carry a wrong (future) time, signed by an administrator and a
    supervisor; the ledger's time order then restarts from now (LEDGER.md 3.1.5)."""
    from custody.services import auth
    from custody.services.clock_correction import correct_clock

    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    supervisor = auth.unlock_signer(ctx, countersign, read_password_file(
        countersign_password_file, prompt=tr(MSG_PASSWORD_FOR, user=countersign)))
    done = correct_clock(ctx, session, supervisor, reason)
    say(N_(CLI, "Clock correction recorded at seq {seq} ({at}); entries up to {until} carried the wrong time."),
        seq=done.seq, at=done.at, until=done.wrong_until)


@ledger_group.command("export")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, writable=True))
@pass_state
@friendly_errors
@retry_read_once
def export(state: CliState, out: str) -> None:
    """Write the whole ledger as JSON Lines (LEDGER.md section 7)."""
    from custody.services import ledger_admin

    check_output_path(out, "the export")
    ctx = state.context()
    n = ledger_admin.export_to_file(ctx, Path(out))
    say(N_(CLI, "Exported {n} entries to {out}."), n=n, out=out)


@ledger_group.command("checkpoint")
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the signed note to this file.")
@pass_state
@friendly_errors
def checkpoint(state: CliState, out: str | None) -> None:
    """Sign a checkpoint of the ledger now and print the signed note."""
    from custody.services import ledger_admin

    if out:
        check_output_path(out, "the checkpoint")
    ctx = state.context()
    note = ledger_admin.checkpoint(ctx)
    if out:
        Path(out).write_text(note, encoding="utf-8")
    click.echo(note, nl=False)


@ledger_group.command("rebuild")
@pass_state
@friendly_errors
def rebuild(state: CliState) -> None:
    """Rebuild every table the ledger decides (item state, references, item values, outside people, search
    index); print any difference found."""
    from custody.services import ledger_admin

    ctx = state.context()
    diffs = ledger_admin.rebuild(ctx)
    for f in diffs:
        click.echo(f"seq {f.seq}: {f.reason}")
    if diffs:
        say(N_(CLI, "{n} difference(s) found and repaired."), n=len(diffs))
    else:
        say(N_(CLI, "{n} difference(s) found."), n=0)
