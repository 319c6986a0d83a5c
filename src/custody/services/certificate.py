"""The station's PDF-signing certificate, bound to the ledger (one trust anchor for reports).

PDF readers cannot check Ed25519, so reports are signed (PAdES) with a separate X.509 key: a self-signed ECDSA
certificate made at setup, or an agency certificate imported from PKCS#12. Its SHA-256 fingerprint is registered in
the ledger by a ``station.certificate_registered`` entry signed with the station key (LEDGER.md 3.1.2), which every
report's proof bundle carries; ``custody-verify`` then checks that the PDF was signed by exactly that certificate,
and the report prints the fingerprint. The key and the certificate live in the data folder beside the station key;
``custody station certificate --out`` exports the certificate so that pdfsig, Adobe or pyHanko can trust it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import LedgerEntry, LedgerRef, Station
from custody.db.uow import unit_of_work
from custody.domain.errors import CustodyError
from custody.domain.i18n import N_
from custody.reports.pdfsign import certificate_fingerprint, create_station_certificate
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext, StationDTO, write_private_file
from custody.services.ledger import STATION_ACTOR, NewEvent, Signer

__all__ = ["CertificateDTO", "ensure_certificate", "export_certificate", "import_certificate", "register_new"]

KIND = "station.certificate_registered"

MSG_NOT_BOUND = N_("Reports", "The station's PDF-signing certificate (SHA-256 {found}) is not the one the ledger "
                              "registers for station {code} ({expected}). Nothing was signed. Restore the station's "
                              "certificate files from its backup, or import the agency certificate again.")
MSG_BAD_CERT = N_("Reports", "The certificate could not be used: {reason}")


@dataclass(frozen=True)
class CertificateDTO:
    sha256: str
    subject: str
    not_after: str
    pem: bytes


def _paths(ctx: AppContext, station: StationDTO) -> tuple[Path, Path]:
    key = ctx.station_cert_key_path(station.log_id, station.code)
    return key, key.with_suffix(".crt")


def _subject(cert_pem: bytes) -> tuple[str, str]:
    cert = x509.load_pem_x509_certificate(cert_pem)
    return cert.subject.rfc4514_string(), cert.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def registered_fingerprint(s: Session, code: str) -> str | None:
    """The SHA-256 the ledger's latest ``station.certificate_registered`` of station ``code`` binds."""
    seq = s.execute(select(LedgerRef.seq).where(LedgerRef.ref == f"certificate:{code}")).scalar_one_or_none()
    if seq is None:
        return None
    body = s.execute(select(LedgerEntry.body).where(LedgerEntry.seq == seq)).scalar_one_or_none()
    try:
        obj = json.loads(body) if body is not None else {}
        fp = obj["data"]["sha256"] if obj.get("kind") == KIND and obj.get("station") == code else None
    except (ValueError, KeyError, TypeError):
        fp = None
    return fp if isinstance(fp, str) else None


def _register(s: Session, ctx: AppContext, station: StationDTO, cert_pem: bytes, *, station_signer: Signer,
              session: AuthSession | None = None) -> str:
    fp = certificate_fingerprint(cert_pem)
    subject, not_after = _subject(cert_pem)
    signers = [station_signer] if session is None else [session.signer, station_signer]
    ledger_svc.append(
        s, [NewEvent(KIND, {"station": station.code, "sha256": fp, "subject": subject, "not_after": not_after},
                     signers=(STATION_ACTOR,))],
        station=station.code, actor=STATION_ACTOR if session is None else session.username, signers=signers,
        clock=ctx.clock,
    )
    return fp


def register_new(ctx: AppContext, s: Session, station: StationDTO, station_signer: Signer) -> str:
    """Make the station's self-signed certificate and register it (setup, or a station that has none)."""
    key_pem, cert_pem = create_station_certificate(
        f"{station.agency} / {station.evidence_room} ({station.code})"[:64], station.agency[:64])
    key_path, cert_path = _paths(ctx, station)
    write_private_file(key_path, key_pem)
    write_private_file(cert_path, cert_pem)
    row = s.get(Station, station.code)
    if row is not None:
        row.cert_pem = cert_pem.decode()
    return _register(s, ctx, station, cert_pem, station_signer=station_signer)


def _stored(ctx: AppContext, station: StationDTO, s: Session) -> tuple[bytes, bytes] | None:
    key_path, cert_path = _paths(ctx, station)
    if not key_path.exists():
        return None
    if cert_path.exists():
        cert_pem = cert_path.read_bytes()
    else:  # stations set up before the certificate file was kept beside its key
        row = s.get(Station, station.code)
        if row is None or not row.cert_pem:
            return None
        cert_pem = row.cert_pem.encode()
        write_private_file(cert_path, cert_pem)
    return key_path.read_bytes(), cert_pem


def ensure_certificate(ctx: AppContext, s: Session, station: StationDTO) -> tuple[bytes, bytes]:
    """The station's PDF-signing key and certificate, checked against the fingerprint the ledger binds (a station
    without one gets a new self-signed certificate, registered in this transaction). Refused when they differ."""
    stored = _stored(ctx, station, s)
    bound = registered_fingerprint(s, station.code)
    if stored is None or bound is None:
        signer = ctx.station_signer(station, s)
        if stored is None:
            register_new(ctx, s, station, signer)
            stored = _stored(ctx, station, s)
            assert stored is not None
        else:
            _register(s, ctx, station, stored[1], station_signer=signer)
        return stored
    found = certificate_fingerprint(stored[1])
    if found != bound:
        raise CustodyError(MSG_NOT_BOUND, found=found, expected=bound, code=station.code)
    return stored


def import_certificate(ctx: AppContext, session: AuthSession, key_pem: bytes, cert_pem: bytes) -> str:
    """Use an agency certificate (from PKCS#12) for this station's report signatures; registered in the ledger,
    signed by the administrator and the station key."""
    authorize(ctx, session, Action.STATION_CONFIGURE)
    station = ctx.station()
    try:
        certificate_fingerprint(cert_pem)
        _subject(cert_pem)
    except (ValueError, TypeError) as exc:
        raise CustodyError(MSG_BAD_CERT, reason=str(exc)) from exc
    key_path, cert_path = _paths(ctx, station)
    with unit_of_work(ctx.engine) as s:
        fp = _register(s, ctx, station, cert_pem, station_signer=ctx.station_signer(station, s), session=session)
        row = s.get(Station, station.code)
        assert row is not None
        row.cert_pem = cert_pem.decode()
        write_private_file(key_path, key_pem)
        write_private_file(cert_path, cert_pem)
    return fp


def export_certificate(ctx: AppContext) -> CertificateDTO:
    """The certificate reports are signed with (PEM), to give pdfsig, Adobe or pyHanko as a trust root."""
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        key_pem, cert_pem = ensure_certificate(ctx, s, station)
    subject, not_after = _subject(cert_pem)
    return CertificateDTO(certificate_fingerprint(cert_pem), subject, not_after, cert_pem)
