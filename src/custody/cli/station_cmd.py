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
    """Export the trust root of this station's report signatures (PEM), for PDF readers.

    pdfsig, Adobe Reader, Okular and pyHanko validate a report's signature once they trust this certificate. The
    signing certificate's SHA-256 fingerprint is printed on every report and bound to the station key in the
    ledger, so custody-verify needs no certificate at all.
    """
    from custody.services.certificate import export_certificate

    path = Path(out)
    if not path.parent.is_dir():
        raise click.UsageError(f"The folder {path.parent} does not exist.")
    ctx = state.context()
    cert = export_certificate(ctx)
    path.write_bytes(cert.pem)
    click.echo(f"Wrote {out}: the trust root (SHA-256 {cert.root_sha256}).")
    click.echo(f"Reports are signed by {cert.subject}, valid until {cert.not_after}.")
    click.echo(f"Signing certificate SHA-256 fingerprint (printed on every report): {cert.sha256}")


@station_group.command("import-certificate")
@click.argument("p12", type=click.Path(exists=True, dir_okay=False))
@click.option("--as", "as_user", required=True, help="The administrator who imports it.")
@click.option("--password-file", type=click.Path(dir_okay=False), default=None, help="The administrator's password.")
@click.option("--p12-password-file", type=click.Path(dir_okay=False), default=None,
              help="The certificate file's password (prompted when not given; empty for none).")
@pass_state
@friendly_errors
def import_certificate(state: CliState, p12: str, as_user: str, password_file: str | None,
                       p12_password_file: str | None) -> None:
    """Sign reports with an agency certificate (PKCS#12 .p12/.pfx) instead of the station's own; the change is
    recorded in the ledger, signed by the administrator and the station key."""
    from custody.cli.common import read_password_file
    from custody.services import auth
    from custody.services.certificate import import_certificate as do_import

    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=f"Password for {as_user}"))
    secret = read_password_file(p12_password_file, prompt="Certificate file password") if p12_password_file \
        else click.prompt("Certificate file password", hide_input=True, default="", show_default=False)
    fp = do_import(ctx, session, Path(p12).read_bytes(), secret or None)
    click.echo(f"Reports are now signed with the certificate SHA-256 {fp} (recorded in the ledger).")
