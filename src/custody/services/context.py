"""What every service call needs: the engine, this workstation's station code, its key folder, a clock."""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from custody.db.models import LedgerEntry, LogSettings, Station
from custody.db.uow import unit_of_work
from custody.domain.errors import CustodyError
from custody.domain.i18n import N_
from custody.ledger.note import verifier_key
from custody.ledger.signing import key_id, public_raw
from custody.services.ledger import STATION_ACTOR, Clock, Signer, default_clock


class NotSetUp(CustodyError):
    pass


class StationKeyError(CustodyError):
    """The station key file is missing, unreadable or not the key the ledger registers: nothing was signed."""


MSG_KEY_MISSING = N_("Station", "This workstation does not hold the signing key of station {code} ({path}). Nothing "
                                "was saved. Restore the station's key file from its backup, or work on the "
                                "workstation that was set up for this station. A new workstation on a shared "
                                "database first joins it as a station of its own: custody station join "
                                "(docs/DEPLOYMENT.md).")
MSG_KEY_UNREADABLE = N_("Station", "The station key file {path} cannot be used ({reason}). Nothing was saved. "
                                   "Restore the station's key file from its backup.")
MSG_KEY_WRONG = N_("Station", "The station key file {path} does not hold the key the ledger registers for station "
                              "{code} (it holds key {found}, the ledger's is {expected}). Nothing was saved. Restore "
                              "the right key file from the station's backup.")
MSG_KEY_NOT_REGISTERED = N_("Station", "The ledger registers no key for station {code}. Nothing was saved.")


@dataclass(frozen=True)
class StationDTO:
    log_id: str
    origin: str
    agency: str
    code: str
    evidence_room: str
    time_zone: str
    item_prefix: str
    label_template: str
    key_name: str
    verifier_key: str


@dataclass
class AppContext:
    engine: Engine
    data_dir: Path
    station_code: str | None = None
    clock: Clock = field(default_factory=default_clock)

    # -- station identity ---------------------------------------------------------------

    def keys_dir(self) -> Path:
        path = self.data_dir / "keys"
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        return path

    def station_key_path(self, log_id: str, code: str) -> Path:
        return self.keys_dir() / f"station-{log_id}-{code}.pem"

    def station_cert_key_path(self, log_id: str, code: str) -> Path:
        return self.keys_dir() / f"pdf-signing-{log_id}-{code}.pem"

    def save_station_key(self, log_id: str, code: str, key: Ed25519PrivateKey) -> Path:
        path = self.station_key_path(log_id, code)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        write_private_file(path, pem)
        return path

    def load_station_key(self, station: StationDTO) -> Ed25519PrivateKey:
        """The station's private key from its file (not checked against the ledger: see :meth:`station_signer`)."""
        path = self.station_key_path(station.log_id, station.code)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise StationKeyError(MSG_KEY_MISSING, code=station.code, path=str(path)) from exc
        except OSError as exc:
            raise StationKeyError(MSG_KEY_UNREADABLE, path=str(path), reason=exc.strerror or str(exc)) from exc
        try:
            key = serialization.load_pem_private_key(data, password=None)
        except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
            raise StationKeyError(MSG_KEY_UNREADABLE, path=str(path), reason=N_("Station", "not a key file")) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise StationKeyError(MSG_KEY_UNREADABLE, path=str(path), reason=N_("Station", "not an Ed25519 key"))
        return key

    def station_signer(self, station: StationDTO | None = None, session: Session | None = None) -> Signer:
        """The station key as the signer of ``@station`` entries and checkpoints (LEDGER.md 3).

        Checked before anything is signed: the key file must hold a key the ledger registers for this station. A
        missing, unreadable or wrong file gives a clear error and nothing is signed; restoring the right file makes
        everything work again.
        """
        station = station or self.station()
        key = self.load_station_key(station)
        public = public_raw(key)
        registered = self.registered_station_keys(station.code, session)
        if not registered:
            raise StationKeyError(MSG_KEY_NOT_REGISTERED, code=station.code)
        if public not in registered:
            raise StationKeyError(MSG_KEY_WRONG, path=str(self.station_key_path(station.log_id, station.code)),
                                  code=station.code, found=key_id(public),
                                  expected=", ".join(key_id(p) for p in registered))
        return Signer(username=STATION_ACTOR, key_id=key_id(public), private_key=key)

    def registered_station_keys(self, code: str, session: Session | None = None) -> list[bytes]:
        """The public keys ``station.key_registered`` entries register for station ``code`` (read in ``session``
        when given, so that a transaction sees its own entries). Whether each registration was authorised is for
        verification to say; this only tells whether a key file belongs to the station at all."""
        query = select(LedgerEntry.body).where(LedgerEntry.kind == "station.key_registered").order_by(LedgerEntry.seq)
        if session is not None:
            rows = session.execute(query).scalars().all()
        else:
            with unit_of_work(self.engine, read_only=True) as s:
                rows = s.execute(query).scalars().all()
        found: list[bytes] = []
        for body in rows:
            try:
                obj = json.loads(body)
                if obj.get("station") == code:
                    found.append(base64.b64decode(obj["data"]["public_key"], validate=True))
            except (ValueError, KeyError, TypeError, binascii.Error):
                continue
        return found

    def trusted_station_keys(self, station: StationDTO | None = None) -> list[str] | None:
        """Station verifier keys this workstation trusts as the ledger's anchor (LEDGER.md 3.1.4): its own station
        key file's, and the anchor it recorded when it last verified the ledger. None if it holds neither."""
        from custody.services import trusted  # the verified-state file lives beside the station key

        out: list[str] = []
        if station is None:
            try:
                station = self.station()
            except NotSetUp:
                return None
        try:
            key = self.load_station_key(station)
            out.append(verifier_key(station.key_name, public_raw(key)))
        except StationKeyError:
            pass
        anchor = trusted.recorded_anchor(self, station)
        if anchor and anchor not in out:
            out.append(anchor)
        return out or None

    def station(self) -> StationDTO:
        """The station this workstation writes as (the only one, unless ``station_code`` says)."""
        with unit_of_work(self.engine, read_only=True) as s:
            settings = s.execute(select(LogSettings)).scalar_one_or_none()
            if settings is None:
                raise NotSetUp("This database has not been set up yet. Run the first-run wizard or 'custody init'.")
            q = select(Station)
            if self.station_code:
                q = q.where(Station.code == self.station_code)
            rows = s.execute(q.order_by(Station.created_at)).scalars().all()
            if not rows:
                raise NotSetUp("Station {code} is not set up in this database.", code=self.station_code or "?")
            st = rows[0]
            return StationDTO(
                log_id=settings.log_id,
                origin=settings.origin,
                agency=settings.agency,
                code=st.code,
                evidence_room=st.evidence_room,
                time_zone=st.time_zone,
                item_prefix=st.item_prefix,
                label_template=st.label_template,
                key_name=st.key_name,
                verifier_key=st.verifier_key,
            )

    def verifier_keys(self) -> list[str]:
        with unit_of_work(self.engine, read_only=True) as s:
            return list(s.execute(select(Station.verifier_key)).scalars())


def write_private_file(path: Path, data: bytes) -> None:
    """Write a secret file with mode 0600, atomically (never a half-written key, and no temporary file left behind
    when the disk is full)."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
