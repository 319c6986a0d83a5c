"""``custody ledger verify|export|checkpoint|rebuild``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from custody.cli.common import CliState, friendly_errors, pass_state
from custody.cli.main import cli
from custody.services import ledger_admin


@cli.group("ledger")
def ledger_group() -> None:
    """The tamper-evident ledger: verify, export, checkpoint, rebuild projections."""


def _progress_bar(total: int, label: str):
    return click.progressbar(length=max(total, 1), label=label, file=sys.stderr, show_pos=True)


@ledger_group.command("verify")
@click.option("--no-signatures", is_flag=True, help="Check structure and hashes only (faster).")
@click.option("--since-checkpoint", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A previously exported checkpoint note; the ledger must extend it.")
@pass_state
@friendly_errors
def verify(state: CliState, no_signatures: bool, since_checkpoint: str | None) -> None:
    """Recompute every hash, link, signature and checkpoint. Exit 0 when intact, 1 otherwise."""
    ctx = state.context()
    trusted = Path(since_checkpoint).read_text(encoding="utf-8") if since_checkpoint else None
    total = ledger_admin.total_entries(ctx)
    with _progress_bar(total, "Verifying") as bar:
        done = [0]

        def progress(n: int) -> None:
            bar.update(n - done[0])
            done[0] = n

        result = ledger_admin.verify(
            ctx, check_signatures=not no_signatures, since_checkpoint=trusted, progress=progress
        )
    if result.ok:
        click.echo(f"Ledger intact: {result.report.entries} entries, root {result.report.root.hex()}.")
        return
    for f in result.failures:
        click.echo(f"seq {f.seq}: {f.reason}")
    click.echo(f"{len(result.failures)} failure(s) in {result.report.entries} entries.")
    sys.exit(1)


@ledger_group.command("export")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, writable=True))
@pass_state
@friendly_errors
def export(state: CliState, out: str) -> None:
    """Write the whole ledger as JSON Lines (LEDGER.md section 7)."""
    ctx = state.context()
    n = ledger_admin.export_to_file(ctx, Path(out))
    click.echo(f"Exported {n} entries to {out}.")


@ledger_group.command("checkpoint")
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the signed note to this file.")
@pass_state
@friendly_errors
def checkpoint(state: CliState, out: str | None) -> None:
    """Sign a checkpoint of the ledger now and print the signed note."""
    ctx = state.context()
    note = ledger_admin.checkpoint(ctx)
    if out:
        Path(out).write_text(note, encoding="utf-8")
    click.echo(note, nl=False)


@ledger_group.command("rebuild")
@pass_state
@friendly_errors
def rebuild(state: CliState) -> None:
    """Rebuild item status, custodian and location from the ledger; print any difference found."""
    ctx = state.context()
    diffs = ledger_admin.rebuild(ctx)
    for f in diffs:
        click.echo(f"seq {f.seq}: {f.reason}")
    click.echo(f"{len(diffs)} difference(s) found" + (" and repaired." if diffs else "."))
