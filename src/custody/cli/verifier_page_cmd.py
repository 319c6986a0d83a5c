"""``custody verifier-page --out FILE``: a copy of the prosecutor's verifier page (verify.html)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import click

from custody.cli.common import CLI, fail, say, tr
from custody.cli.main import cli
from custody.domain.i18n import N_


@cli.command("verifier-page")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="Where to write the page, e.g. custody-verify.html.")
def verifier_page_cmd(out: str) -> None:
    """Write verify.html: prosecutors open it in any browser to check a report, with nothing installed."""
    from custody.services.verifier_page import verifier_page

    page = verifier_page()
    target = Path(out)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_bytes(page.content)
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        fail(tr(N_(CLI, "Cannot write {out}: {reason}. Choose a folder you can write to."), out=out,
                reason=exc.strerror or exc))
    say(N_(CLI, "Wrote {out} ({size} bytes, SHA-256 {sha})."), out=out, size=f"{len(page.content):,}",
        sha=page.sha256)
    say(N_(CLI, "Give it to prosecutors with the reports: they open it in any web browser, drop the report PDF on "
                "it and type the station key printed on the report. It works without internet."))
