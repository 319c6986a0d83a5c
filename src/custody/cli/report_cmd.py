"""``custody report item ID --out FILE.pdf`` and ``custody report case NUMBER --out FILE.pdf``."""

from __future__ import annotations

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
    say,
    tr,
)
from custody.cli.main import cli
from custody.domain.i18n import LANGUAGES, N_
from custody.services import auth
from custody.services import reports as report_svc


@cli.group("report")
def report_group() -> None:
    """Court-ready custody reports (signed PDF with an embedded proof bundle)."""


def _write(out: str, pdf: bytes) -> None:
    path = Path(out)
    tmp = path.with_name(path.name + ".partial")
    tmp.write_bytes(pdf)
    tmp.replace(path)


_as = click.option("--as", "as_user", required=True, help="Officer who produces the report (signs report.issued).")
_pw = click.option("--password-file", default=None, type=click.Path(dir_okay=False),
                   help="File with that officer's password (otherwise prompted).")
_out = click.option("--out", "out", required=True, type=click.Path(dir_okay=False, writable=True))
_lang = click.option("--language", default=None, type=click.Choice(LANGUAGES),
                     help="Language of the report's headings, field names and certification (default: the "
                          "station's); the data stays as recorded.")


@report_group.command("item")
@click.argument("item_id")
@_out
@_as
@_pw
@_lang
@pass_state
@friendly_errors
def item(state: CliState, item_id: str, out: str, as_user: str, password_file: str | None,
         language: str | None) -> None:
    """Custody report of one item."""
    check_output_path(out, "the report")
    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    res = report_svc.produce_item_report(ctx, session, item_id, language=language)
    _write(out, res.pdf)
    say(N_(CLI, "Wrote {out} (report {report})."), out=out, report=res.report_id)
    click.echo(res.checkpoint_note, nl=False)


@report_group.command("case")
@click.argument("case_number")
@_out
@_as
@_pw
@_lang
@pass_state
@friendly_errors
def case(state: CliState, case_number: str, out: str, as_user: str, password_file: str | None,
         language: str | None) -> None:
    """Custody report of every item of a case."""
    check_output_path(out, "the report")
    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    res = report_svc.produce_case_report(ctx, session, case_number, language=language)
    _write(out, res.pdf)
    say(N_(CLI, "Wrote {out} (report {report}, {n} items)."), out=out, report=res.report_id, n=len(res.item_ids))
    click.echo(res.checkpoint_note, nl=False)
