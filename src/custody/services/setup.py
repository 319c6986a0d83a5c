"""First run: create the log, this station (with its keys) and the administrator. No default accounts."""

from __future__ import annotations

import base64
import json
import re
import uuid
import zoneinfo
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from custody.db.models import LogSettings, Station, User
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.errors import Conflict, FormErrors, ValidationError
from custody.domain.i18n import N_, normalize_language
from custody.domain.ids import validate_prefix
from custody.domain.values import clean_text
from custody.ledger.entry import format_time
from custody.ledger.note import verifier_key
from custody.ledger.signing import key_id, public_raw
from custody.services import certificate, trusted
from custody.services import ledger as ledger_svc
from custody.services.context import AppContext, StationDTO
from custody.services.users import (
    NewUser,
    insert_user,
    key_registered_event,
    new_key,
    user_created_event,
    validate_new_user,
)

STATION_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,15}$")
ORIGIN_RE = re.compile(r"^[a-z0-9][a-z0-9.-]*(/[A-Za-z0-9._-]+)*$")

MSG_STATION = N_("Setup", "A station code is 1 to 16 characters: capital letters A-Z, digits and '-'.")
MSG_ORIGIN = N_("Setup", "A log origin looks like custody.example.org/DIL: lower-case host name, then optional /parts.")
MSG_TZ = N_("Setup", "Unknown time zone {tz}. Use a name such as Africa/Kinshasa or UTC.")
MSG_ALREADY = N_("Setup", "This database is already set up (agency {agency}). Nothing was changed.")


@dataclass(frozen=True)
class SetupRequest:
    agency: str
    station_code: str
    evidence_room: str
    time_zone: str
    item_prefix: str
    admin: NewUser
    origin: str | None = None  # default custody.local/<station code>
    language: str = "en"  # the station's working language (domain.i18n.LANGUAGES), chosen in the first-run wizard


def default_origin(station_code: str) -> str:
    return f"custody.local/{station_code}"


def validate_setup(req: SetupRequest) -> SetupRequest:
    errors: dict[str, ValidationError | str] = {}
    code = (req.station_code or "").strip().upper()
    if not STATION_RE.match(code):
        errors["station_code"] = ValidationError("station_code", MSG_STATION)
    prefix = (req.item_prefix or "").strip().upper()
    try:
        prefix = validate_prefix(prefix)
    except ValidationError as e:
        errors["item_prefix"] = ValidationError("item_prefix", e.template, **e.params)
    origin = (req.origin or "").strip() or default_origin(code)
    if not ORIGIN_RE.match(origin) or len(origin) > 200:
        errors["origin"] = ValidationError("origin", MSG_ORIGIN)
    tz = (req.time_zone or "UTC").strip()
    try:
        zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        errors["time_zone"] = ValidationError("time_zone", MSG_TZ, tz=tz)
    agency = room = ""
    try:
        agency = clean_text(req.agency, field="agency", max_len=200, required=True)
    except ValidationError as e:
        errors["agency"] = e
    try:
        room = clean_text(req.evidence_room, field="evidence_room", max_len=200, required=True)
    except ValidationError as e:
        errors["evidence_room"] = e
    admin = req.admin
    try:
        admin = validate_new_user(NewUser(**{**req.admin.__dict__, "roles": (Role.ADMIN, *req.admin.roles)}))
    except FormErrors as e:
        for k, v in e.details.items():
            errors[f"admin_{k}"] = v
    if errors:
        raise FormErrors(errors)
    return SetupRequest(agency, code, room, tz, prefix, admin, origin, normalize_language(req.language))


def needs_setup(ctx: AppContext) -> bool:
    """True while the database has no log settings or no active administrator."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        if s.execute(select(LogSettings.id)).first() is None:
            return True
        admins = s.execute(select(User.roles).where(User.active.is_(True))).scalars()
        return not any(Role.ADMIN.value in r.split(",") for r in admins)


def initialize(ctx: AppContext, req: SetupRequest) -> StationDTO:
    """Set up an empty database exactly once. On any error nothing is written."""
    req = validate_setup(req)
    now = ctx.clock()
    at = format_time(now)
    log_id = str(uuid.uuid4())
    station_key = Ed25519PrivateKey.generate()
    key_name = f"{req.origin}/{req.station_code}"
    station_pub = public_raw(station_key)
    vkey = verifier_key(key_name, station_pub)
    admin = req.admin
    km = new_key(admin.username, admin.password)
    key_path = ctx.station_key_path(log_id, req.station_code)
    with unit_of_work(ctx.engine) as s:
        existing = s.execute(select(LogSettings)).scalar_one_or_none()
        if existing is not None:
            raise Conflict(MSG_ALREADY, agency=existing.agency)
        s.add(LogSettings(id=1, log_id=log_id, origin=req.origin, agency=req.agency, created_at=at))
        s.add(
            Station(
                code=req.station_code,
                evidence_room=req.evidence_room,
                time_zone=req.time_zone,
                item_prefix=req.item_prefix,
                label_template="brother-ql-62x29",
                key_name=key_name,
                public_key=station_pub,
                verifier_key=vkey,
                cert_pem=None,
                settings_json=json.dumps({"language": normalize_language(req.language)}),
                created_at=at,
            )
        )
        insert_user(s, admin, km, created_at=at).language = normalize_language(req.language)
        station_dto = StationDTO(
            log_id=log_id, origin=req.origin, agency=req.agency, code=req.station_code,
            evidence_room=req.evidence_room, time_zone=req.time_zone, item_prefix=req.item_prefix,
            label_template="brother-ql-62x29", key_name=key_name, verifier_key=vkey,
        )
        # LEDGER.md 3.1: the station key registers itself first (the ledger's trust anchor); while no administrator
        # has a registered key, the station key creates the first administrator and countersigns their key.
        station_signer = ledger_svc.Signer(ledger_svc.STATION_ACTOR, key_id(station_pub), station_key)
        ledger_svc.append(
            s,
            [
                ledger_svc.NewEvent(
                    kind="station.key_registered",
                    data={
                        "station": req.station_code,
                        "key_name": key_name,
                        "public_key": base64.b64encode(station_pub).decode(),
                        "verifier_key": vkey,
                    },
                ),
                ledger_svc.NewEvent(
                    kind="station.configured",
                    data={
                        "agency": req.agency,
                        "station": req.station_code,
                        "evidence_room": req.evidence_room,
                        "origin": req.origin,
                        "time_zone": req.time_zone,
                        "item_prefix": req.item_prefix,
                    },
                ),
                user_created_event(admin),
                key_registered_event(admin.username, km),
            ],
            station=req.station_code, actor=ledger_svc.STATION_ACTOR, signers=[station_signer, km.signer],
            clock=ctx.clock,
        )
        # The station's key must exist on disk before the transaction commits: a database that
        # names a station key nobody holds could never sign a checkpoint.
        ctx.save_station_key(log_id, req.station_code, station_key)
        try:
            # The PDF-signing certificate, bound to the station key by the ledger (one trust anchor for reports).
            certificate.register_new(ctx, s, station_dto, station_signer)
            trusted.sign_checkpoint(ctx, s, station_dto)
        except BaseException:
            key_path.unlink(missing_ok=True)
            raise
    return station_dto
