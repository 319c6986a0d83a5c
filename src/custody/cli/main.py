"""The ``custody`` command. With no subcommand it starts the desktop app."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import click

import custody
from custody.cli.common import CliState, friendly_errors, pass_state, start_logging


class _Version:
    """The version, read (from the package metadata) only when ``--version`` prints it."""

    def __str__(self) -> str:
        return str(custody.__version__)


class _LazyGroup(click.Group):
    """Loads the subcommands when one is looked up or listed (``--help``), not when the app starts."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            _register_command(cmd_name)
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        _register_commands()
        return super().list_commands(ctx)


@click.group(cls=_LazyGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_Version(), prog_name="custody")
@click.option("--db", "db", envvar="CUSTODY_DATABASE_URL", metavar="URL|PATH",
              help="Database: an SQLite file path or a postgresql:// URL (default: custody.sqlite3 in the data folder).")
@click.option("--data-dir", "data", envvar="CUSTODY_DATA_DIR", metavar="DIR",
              help="Folder for the database, keys, logs and backups (default: the user data folder).")
@click.option("--station", envvar="CUSTODY_STATION", metavar="CODE",
              help="Station code this workstation writes as (when several share one database).")
@click.option("--self-test", "self_test", is_flag=True,
              help="Check this installation end to end in a temporary folder (a station, an item, its label and "
                   "report, both verified), then remove it; exit 0 when everything works. Touches no real data.")
@click.pass_context
def cli(ctx: click.Context, db: str | None, data: str | None, station: str | None, self_test: bool) -> None:
    """Custody: chain of custody for police evidence rooms."""
    ctx.obj = CliState(db=db, data=data, station=station, allow_create=ctx.invoked_subcommand is None)
    if self_test:
        if ctx.invoked_subcommand is not None:
            raise click.UsageError("--self-test runs on its own; give no command with it.")
        if SELF_TEST is None:
            raise click.UsageError("The self-test is not available here; run the 'custody' program.")
        raise SystemExit(SELF_TEST())
    start_logging(ctx.obj)
    if ctx.invoked_subcommand is None:
        if GUI_LAUNCHER is None:
            raise click.UsageError("The desktop app is not available here; give a command (see --help).")
        raise SystemExit(GUI_LAUNCHER(ctx.obj))


# Set by custody.entry (the console script), so that this layer never imports Qt itself.
GUI_LAUNCHER: Callable[[CliState], int] | None = None
# Likewise set by custody.entry: custody.selftest drives the services and the desktop app (above every layer).
SELF_TEST: Callable[[], int] | None = None


def main() -> None:
    cli(prog_name="custody")


def _register_command(name: str) -> None:
    """The module named after the command (``ledger`` -> ``custody.cli.ledger_cmd``) when it defines it, else
    every module: running one command loads only its own (``custody ledger verify``: ~0.3 CPU-s less)."""
    module = f"custody.cli.{name.replace('-', '_')}_cmd"
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
    if name not in cli.commands:
        _register_commands()


def _register_commands() -> None:
    """Subcommand groups register themselves on import; imported only when a command is named or listed, so that
    starting the desktop app (no command) loads none of them (issue 18: start-up)."""
    from custody.cli import (  # noqa: F401
        backup_cmd,
        db_cmd,
        demo_cmd,
        init_cmd,
        labels_cmd,
        ledger_cmd,
        report_cmd,
        station_cmd,
        transfer_cmd,
        trust_cmd,
        user_cmd,
        verifier_page_cmd,
    )


__all__ = ["cli", "main", "CliState", "friendly_errors", "pass_state"]
