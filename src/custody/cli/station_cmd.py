"""``custody station ...``: this station's identity (its PDF-signing certificate)."""

from __future__ import annotations

from pathlib import Path

import click

from custody.cli.common import CliState, friendly_errors, pass_state
from custody.cli.main import cli


@cli.group("station")
def station_group() -> None:
    """This station: its PDF-signing certificate."""


@station_group.command("certificate")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="Where to write the certificate (PEM), e.g. station.crt.")
@pass_state
@friendly_errors
def certificate(state: CliState, out: str) -> None:
    """Export the certificate that signs this station's reports, to give PDF readers as a trust root.

    Its SHA-256 fingerprint is printed on every report and bound to the station key in the ledger.
    """
    from custody.services.certificate import export_certificate

    path = Path(out)
    if not path.parent.is_dir():
        raise click.UsageError(f"The folder {path.parent} does not exist.")
    ctx = state.context()
    cert = export_certificate(ctx)
    path.write_bytes(cert.pem)
    click.echo(f"Wrote {out}: {cert.subject}, valid until {cert.not_after}.")
    click.echo(f"SHA-256 fingerprint: {cert.sha256}")
