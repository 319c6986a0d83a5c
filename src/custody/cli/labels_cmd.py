"""``custody labels ID... --template NAME --out FILE.pdf|FILE.zpl [--printer QUEUE]``."""

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
from custody.reports.labels import LabelPrintError, list_templates, send_zpl_to_printer
from custody.services import auth
from custody.services import labels as label_svc


def _templates_help() -> str:
    """The template list for ``custody labels --help``: name, then what it prints on."""
    infos = list_templates()
    width = max(len(t.name) for t in infos)
    rows = []
    for t in infos:
        printer = "" if not t.printer or t.title.startswith(t.printer) else f", {t.printer[0].lower()}{t.printer[1:]}"
        rows.append(f"  {t.name.ljust(width)}  {t.title}{printer}; {'PDF or ZPL' if t.zpl else 'PDF'}")
    return "\b\nTemplates (--template NAME):\n" + "\n".join(rows)


@cli.command("labels", epilog=_templates_help())
@click.argument("item_ids", nargs=-1, required=True)
@click.option("--template", default=None, metavar="NAME",
              help="Label template, from the list below (default: the station's).")
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the labels to FILE.pdf or FILE.zpl.")
@click.option("--printer", default=None, metavar="QUEUE", help="Send ZPL straight to this printer queue (lp).")
@click.option("--start", "start_position", default=1, show_default=True, help="First free label on a part-used sheet.")
@click.option("--as", "as_user", required=True, help="Officer who prints (recorded as label.printed).")
@click.option("--password-file", default=None, type=click.Path(dir_okay=False),
              help="File whose first line is the password (else it is asked for).")
@pass_state
@friendly_errors
def labels(state: CliState, item_ids: tuple[str, ...], template: str | None, out: str | None, printer: str | None,
           start_position: int, as_user: str, password_file: str | None) -> None:
    """Print or save barcode labels for items (ITEM_IDS: one or more item numbers)."""
    if not out and not printer:
        names = ", ".join(t.name for t in list_templates())
        fail(tr(N_(CLI, "Give --out FILE.pdf|FILE.zpl or --printer QUEUE. Templates: {names}"), names=names))
    fmt = "zpl" if printer or (out and out.lower().endswith(".zpl")) else "pdf"
    if out and not printer:
        check_output_path(out, "the labels")
    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    job = label_svc.prepare_item_labels(ctx, session, item_ids, template, fmt, start_position=start_position)
    if printer:
        try:
            send_zpl_to_printer(job.data.decode("utf-8"), printer)
        except LabelPrintError as exc:
            fail(str(exc))
        destination = f"printer:{printer}"
    else:
        assert out is not None
        path = Path(out)
        tmp = path.with_name(path.name + ".partial")
        tmp.write_bytes(job.data)
        tmp.replace(path)
        destination = f"file:{path.name}"
    label_svc.record_labels_printed(ctx, session, job, destination)
    say(N_(CLI, "{n} label(s), template {template}, {format} -> {destination}"), n=job.count, template=job.template,
        format=fmt.upper(), destination=destination)
