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
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import LedgerEntry, LedgerRef, Station
from custody.db.uow import unit_of_work
from custody.domain.errors import CustodyError
from custody.domain.i18n import N_
from custody.reports.pdfsign import (
    PdfSignError,
    certificate_fingerprint,
    create_station_certificate_chain,
    load_pkcs12_chain,
)
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
    sha256: str  # the signing certificate's (what the ledger binds and custody-verify compares)
    subject: str
    not_after: str
    pem: bytes  # the trust root to give PDF readers (the station's root CA, or the agency's top certificate)
    root_sha256: str


@dataclass(frozen=True)
class Stored:
    key_pem: bytes
    cert_pem: bytes
    chain_pem: bytes  # certificates above the signing one (the station root), maybe empty

    @property
    def root_pem(self) -> bytes:
        certs = _split(self.chain_pem)
        return certs[-1] if certs else self.cert_pem


def _split(pem: bytes) -> list[bytes]:
    marker = b"-----END CERTIFICATE-----"
    return [part.strip() + b"\n" + marker + b"\n" for part in pem.split(marker) if part.strip()]


def _paths(ctx: AppContext, station: StationDTO) -> tuple[Path, Path, Path]:
    key = ctx.station_cert_key_path(station.log_id, station.code)
    return key, key.with_suffix(".crt"), key.with_suffix(".chain.crt")


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


def _register(s: Session, ctx: AppContext, station: StationDTO, stored: Stored, *, station_signer: Signer,
              session: AuthSession | None = None) -> str:
    fp = certificate_fingerprint(stored.cert_pem)
    subject, not_after = _subject(stored.cert_pem)
    signers = [station_signer] if session is None else [session.signer, station_signer]
    ledger_svc.append(
        s, [NewEvent(KIND, {"station": station.code, "sha256": fp, "root_sha256": certificate_fingerprint(
            stored.root_pem), "subject": subject, "not_after": not_after}, signers=(STATION_ACTOR,))],
        station=station.code, actor=STATION_ACTOR if session is None else session.username, signers=signers,
        clock=ctx.clock,
    )
    return fp


def _save(ctx: AppContext, s: Session, station: StationDTO, stored: Stored) -> None:
    # All three are written under staging names first, then renamed: a full disk never leaves a new key beside
    # an old certificate (or a key without its certificate), and no temporary file behind.
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in zip(_paths(ctx, station), (stored.key_pem, stored.cert_pem, stored.chain_pem),
                              strict=True):
            stage = path.with_name(path.name + ".new")
            write_private_file(stage, data)
            staged.append((stage, path))
    except BaseException:
        for stage, _ in staged:
            stage.unlink(missing_ok=True)
        raise
    for stage, path in staged:
        os.replace(stage, path)
    row = s.get(Station, station.code)
    if row is not None:
        row.cert_pem = stored.cert_pem.decode()


def register_new(ctx: AppContext, s: Session, station: StationDTO, station_signer: Signer) -> str:
    """Make the station's certificate (a root CA and the signing certificate it issues) and register it (setup, or
    a station that has none)."""
    stored = Stored(*create_station_certificate_chain(
        f"{station.agency} / {station.evidence_room} ({station.code})"[:56], station.agency[:64]))
    _save(ctx, s, station, stored)
    return _register(s, ctx, station, stored, station_signer=station_signer)


def _stored(ctx: AppContext, station: StationDTO, s: Session) -> Stored | None:
    key_path, cert_path, chain_path = _paths(ctx, station)
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
    chain = chain_path.read_bytes() if chain_path.exists() else b""
    return Stored(key_path.read_bytes(), cert_pem, chain)


def ensure_certificate(ctx: AppContext, s: Session, station: StationDTO) -> Stored:
    """The station's PDF-signing key, certificate and chain, checked against the fingerprint the ledger binds (a
    station without one gets a new certificate, registered in this transaction). Refused when they differ."""
    stored = _stored(ctx, station, s)
    bound = registered_fingerprint(s, station.code)
    if stored is None or bound is None:
        signer = ctx.station_signer(station, s)
        if stored is None:
            register_new(ctx, s, station, signer)
            stored = _stored(ctx, station, s)
            assert stored is not None
        else:
            _register(s, ctx, station, stored, station_signer=signer)
        return stored
    found = certificate_fingerprint(stored.cert_pem)
    if found != bound:
        raise CustodyError(MSG_NOT_BOUND, found=found, expected=bound, code=station.code)
    return stored


def import_certificate(ctx: AppContext, session: AuthSession, p12: bytes, password: str | None) -> str:
    """Use an agency certificate (PKCS#12) for this station's report signatures; registered in the ledger, signed
    by the administrator and the station key."""
    authorize(ctx, session, Action.STATION_CONFIGURE)
    station = ctx.station()
    try:
        stored = Stored(*load_pkcs12_chain(p12, password))
        _subject(stored.cert_pem)
    except PdfSignError as exc:
        raise CustodyError(MSG_BAD_CERT, reason=str(exc)) from exc
    except (ValueError, TypeError) as exc:
        raise CustodyError(MSG_BAD_CERT, reason=str(exc)) from exc
    with unit_of_work(ctx.engine) as s:
        fp = _register(s, ctx, station, stored, station_signer=ctx.station_signer(station, s), session=session)
        _save(ctx, s, station, stored)
    return fp


def export_certificate(ctx: AppContext) -> CertificateDTO:
    """The trust root of this station's report signatures (PEM), to give pdfsig, Adobe or pyHanko."""
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        stored = ensure_certificate(ctx, s, station)
    subject, not_after = _subject(stored.cert_pem)
    return CertificateDTO(certificate_fingerprint(stored.cert_pem), subject, not_after, stored.root_pem,
                          certificate_fingerprint(stored.root_pem))
