"""What every service call needs: the engine, this workstation's station code, its key folder, a clock."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select

from custody.db.models import LogSettings, Station
from custody.db.uow import unit_of_work
from custody.domain.errors import CustodyError
from custody.services.ledger import Clock, utc_now


class NotSetUp(CustodyError):
    pass


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
    clock: Clock = field(default=utc_now)

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
        path = self.station_key_path(station.log_id, station.code)
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except FileNotFoundError as exc:
            raise CustodyError(
                "This workstation does not hold the signing key of station {code} ({path}). "
                "Sign checkpoints on the workstation that was set up for it, or restore its key file.",
                code=station.code,
                path=str(path),
            ) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise CustodyError("The station key file {path} is not an Ed25519 key.", path=str(path))
        return key

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
    """Write a secret file with mode 0600, atomically (never a half-written key)."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
