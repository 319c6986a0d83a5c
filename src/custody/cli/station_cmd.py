"""``custody station ...``: this station's identity (its PDF-signing certificate), and a new workstation joining
a shared PostgreSQL database as a station of its own (``custody station join``)."""

from __future__ import annotations

import sys
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
from custody.config import save_workstation_settings
from custody.domain.i18n import N_
from custody.services import stations


@cli.group("station")
def station_group() -> None:
    """This station: its PDF-signing certificate; joining a shared database as a new station."""


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
        raise click.UsageError(tr(N_(CLI, "The folder {folder} does not exist."), folder=path.parent))
    ctx = state.context()
    cert = export_certificate(ctx)
    path.write_bytes(cert.pem)
    say(N_(CLI, "Wrote {out}: the trust root (SHA-256 {sha})."), out=out, sha=cert.root_sha256)
    say(N_(CLI, "Reports are signed by {subject}, valid until {until}."), subject=cert.subject, until=cert.not_after)
    say(N_(CLI, "Signing certificate SHA-256 fingerprint (printed on every report): {sha}"), sha=cert.sha256)


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
    from custody.services import auth
    from custody.services.certificate import import_certificate as do_import

    ctx = state.context()
    session = auth.login(ctx, as_user, read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user)))
    secret = read_password_file(p12_password_file, prompt=tr(N_(CLI, "Certificate file password"))) if p12_password_file \
        else click.prompt(tr(N_(CLI, "Certificate file password")), hide_input=True, default="", show_default=False)
    fp = do_import(ctx, session, Path(p12).read_bytes(), secret or None)
    say(N_(CLI, "Reports are now signed with the certificate SHA-256 {sha} (recorded in the ledger)."), sha=fp)


def _interactive() -> bool:
    """Whether a person is there to compare the anchor key (a terminal), not a script."""
    return sys.stdin.isatty()


@station_group.command("join")
@click.option("--db", "db_url", default=None, metavar="URL",
              help="The shared PostgreSQL database (postgresql://ROLE@HOST/DB; the same as the global --db).")
@click.option("--station", "code", default=None, metavar="CODE",
              help="Code of this workstation's new station, e.g. DIL-2 (the same as the global --station).")
@click.option("--trust", "anchor", default=None, metavar="VERIFIER_KEY",
              help="Verifier key of the database's first station, as the agency published it (otherwise it is "
                   "shown for you to compare and confirm).")
@click.option("--evidence-room", default=None, help="Evidence room of the new station (default: the first station's).")
@click.option("--time-zone", default=None, help="Time zone (default: the first station's).")
@click.option("--item-prefix", default=None, help="Item-id prefix (default: the first station's: one numbering).")
@click.option("--as", "as_user", required=True, help="Administrator who authorises the new station.")
@click.option("--password-file", default=None, type=click.Path(dir_okay=False),
              help="File with the administrator's password (otherwise prompted).")
@pass_state
@friendly_errors
def join(state: CliState, db_url: str | None, code: str | None, anchor: str | None, evidence_room: str | None,
         time_zone: str | None, item_prefix: str | None, as_user: str, password_file: str | None) -> None:
    """Register this workstation as a new station of a shared PostgreSQL database.

    The station's signing key is made here and kept in this workstation's data folder; an administrator's key
    authorises it in the ledger (LEDGER.md 3.1.4). The whole ledger is verified first, against the first station's
    key. Afterwards this workstation opens that database as that station without --db or --station.
    """
    if db_url:
        state.db, state._engine = db_url, None
    if code:
        state.station = code
    if not state.station:
        raise click.UsageError(tr(N_(CLI, "Give the new station's code: --station CODE.")))
    if state.url().startswith("sqlite"):  # before opening it: a missing file is not created for nothing
        fail(stations.MSG_SQLITE)
    ctx = state.context()
    if not anchor:
        found = stations.ledger_anchor(ctx)
        if not _interactive():
            fail(tr(N_(CLI, "Give --trust with the verifier key of the database's first station (station "
                            "{station}). Nothing was changed."), station=found.station))
        say(N_(CLI, "The database's first station is {station}. Its verifier key, as the database states it:"),
            station=found.station)
        click.echo(f"  {found.verifier_key}")
        say(N_(CLI, "Compare it with the key your agency published (it is printed on every report)."))
        if not click.confirm(tr(N_(CLI, "Is it the same key?")), default=False):
            fail(tr(N_(CLI, "Not joined: the key was not confirmed. Nothing was changed.")))
        anchor = found.verifier_key
    password = read_password_file(password_file, prompt=tr(MSG_PASSWORD_FOR, user=as_user))
    say(N_(CLI, "Verifying the whole ledger against the first station's key..."), err=True)
    station = stations.join_station(ctx, stations.JoinRequest(
        station_code=state.station, admin_username=as_user, admin_password=password, trusted_anchor=anchor,
        evidence_room=evidence_room, time_zone=time_zone, item_prefix=item_prefix))
    saved = save_workstation_settings(ctx.data_dir, database=state.url(), station=station.code)
    say(N_(CLI, "Station {station} joined the log {origin}; its key is in {folder}."), station=station.code,
        origin=station.origin, folder=ctx.keys_dir())
    say(N_(CLI, "Station verifier key: {key}"), key=station.verifier_key)
    say(N_(CLI, "This workstation now opens the shared database as station {station} ({saved})."),
        station=station.code, saved=saved)
