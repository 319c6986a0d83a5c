"""A new workstation joins a shared PostgreSQL database as a station of its own (``custody station join``).

LEDGER.md 3.1.4: the ledger's first ``station.key_registered`` is its trust anchor; every later one is signed by the
key it registers (proof of possession) AND by an administrator's valid key. Joining therefore:

1. verifies the whole ledger against the anchor the administrator was given out of band (the first station's
   verifier key, published by the agency): a workstation never starts from a ledger it cannot trust;
2. checks the administrator's password and, from the verified ledger itself, that they are an administrator;
3. makes the station's Ed25519 key on this workstation (written to its data folder, never to the database) and
   records, in one transaction: the station row, ``station.key_registered`` (actor ``@station`` of the new station,
   signed by its new key and by the administrator), ``station.configured``, the station's PDF-signing certificate
   (``station.certificate_registered``) and a first checkpoint signed by the new key over the verified ledger. From
   then on the workstation signs its ``@station`` entries and checkpoints with its own key, and remembers the
   anchor it verified (services.trusted), so its later verifications trust exactly the first station's key.

A wrong password counts towards the administrator's lockout but is not recorded in the ledger: nothing on this
workstation can sign an entry before its key is registered.
"""

from __future__ import annotations

import base64
import zoneinfo
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from custody.db.models import LedgerEntry, LogSettings, Station, User
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.errors import AuthError, Conflict, CustodyError, FormErrors, ValidationError
from custody.domain.i18n import N_
from custody.domain.ids import validate_prefix
from custody.domain.values import clean_text
from custody.ledger.entry import format_time
from custody.ledger.note import NoteError, parse_verifier_key, verifier_key
from custody.ledger.signing import key_id, public_raw
from custody.security.passwords import verify_password
from custody.services import certificate, trusted
from custody.services import ledger as ledger_svc
from custody.services.context import AppContext, NotSetUp, StationDTO
from custody.services.settings import get_settings
from custody.services.setup import MSG_STATION, MSG_TZ, STATION_RE
from custody.services.users import parse_roles, unlock_key

MSG_SQLITE = N_("Station", "Stations join a shared PostgreSQL database. This database is an SQLite file, which belongs "
                           "to one workstation: set up a PostgreSQL server (docs/DEPLOYMENT.md) and join it instead.")
MSG_EXISTS = N_("Station", "Station {code} already exists in this database. Choose another code for this workstation. "
                           "Nothing was changed.")
MSG_NOT_TRUSTED = N_("Station", "The ledger in this database was not set up by the station whose key you gave: its "
                                "first station key is {anchor}. Check the key with the agency. Nothing was changed.")
MSG_NO_ANCHOR = N_("Station", "Give the verifier key of the database's first station (--trust), as the agency "
                              "published it.")
MSG_BAD_ANCHOR = N_("Station", "This is not a station verifier key ({reason}). Copy it exactly as the agency "
                               "published it (it looks like custody.local/DIL/DIL+1a2b3c4d+AbC...).")
MSG_BAD_LOGIN = N_("Auth", "The username or password is not correct.")
MSG_LOCKED = N_("Auth", "This account is locked after too many wrong passwords. Try again after {until} or ask an "
                        "administrator to unlock it.")
MSG_NOT_ADMIN = N_("Station", "Only an administrator may register a new station; {username} is not one. Nothing was "
                              "changed.")


class NotAnAdministrator(CustodyError):
    pass


@dataclass
class _Joining(AppContext):
    """The new station's context while it joins: it trusts the anchor the administrator gave (its own key file is
    not the ledger's anchor). Once joined, the anchor is recorded with what it verified (services.trusted), and a
    plain AppContext trusts it from there."""

    anchor: str = ""

    def trusted_station_keys(self, station: StationDTO | None = None) -> list[str] | None:
        return [*(super().trusted_station_keys(station) or []), self.anchor]


@dataclass(frozen=True)
class JoinRequest:
    station_code: str
    admin_username: str
    admin_password: str
    trusted_anchor: str  # the first station's verifier key (name+hexid+base64), from the agency
    evidence_room: str | None = None  # default: the first station's
    time_zone: str | None = None  # default: the first station's
    item_prefix: str | None = None  # default: the first station's (one numbering for one evidence room)


@dataclass(frozen=True)
class LedgerAnchor:
    """What the database says its first station key is (to show before trusting it; verification decides)."""

    station: str
    verifier_key: str


def ledger_anchor(ctx: AppContext) -> LedgerAnchor:
    """The first ``station.key_registered`` entry's station and verifier key (not verified: for display)."""
    _refuse_sqlite(ctx)
    with unit_of_work(ctx.engine, read_only=True) as s:
        body = s.execute(select(LedgerEntry.body).where(LedgerEntry.kind == "station.key_registered")
                         .order_by(LedgerEntry.seq).limit(1)).scalar_one_or_none()
    if body is None:
        raise NotSetUp("This database has not been set up yet. Run the first-run wizard or 'custody init'.")
    obj = ledger_svc.parse_body(bytes(body))
    return LedgerAnchor(station=str(obj.get("station")), verifier_key=str(obj["data"].get("verifier_key")))


def _refuse_sqlite(ctx: AppContext) -> None:
    if ctx.engine.dialect.name != "postgresql":
        raise Conflict(MSG_SQLITE)


@dataclass(frozen=True)
class _First:
    """The log and its first station, as this workstation read them (defaults for the new station)."""

    log_id: str
    origin: str
    agency: str
    evidence_room: str
    time_zone: str
    item_prefix: str
    label_template: str
    settings_json: str
    codes: frozenset[str]


def _first_station(ctx: AppContext) -> _First:
    with unit_of_work(ctx.engine, read_only=True) as s:
        log = s.execute(select(LogSettings)).scalar_one_or_none()
        stations = s.execute(select(Station).order_by(Station.created_at)).scalars().all()
        if log is None or not stations:
            raise NotSetUp("This database has not been set up yet. Run the first-run wizard or 'custody init'.")
        st = stations[0]
        return _First(log.log_id, log.origin, log.agency, st.evidence_room, st.time_zone, st.item_prefix,
                      st.label_template, st.settings_json, frozenset(x.code for x in stations))


def _validate(req: JoinRequest, first: _First) -> tuple[str, str, str, str]:
    errors: dict[str, ValidationError | str] = {}
    code = (req.station_code or "").strip().upper()
    if not STATION_RE.match(code):
        errors["station_code"] = ValidationError("station_code", MSG_STATION)
    prefix = (req.item_prefix or first.item_prefix).strip().upper()
    try:
        prefix = validate_prefix(prefix)
    except ValidationError as e:
        errors["item_prefix"] = ValidationError("item_prefix", e.template, **e.params)
    tz = (req.time_zone or first.time_zone).strip()
    try:
        zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        errors["time_zone"] = ValidationError("time_zone", MSG_TZ, tz=tz)
    room = ""
    try:
        room = clean_text(req.evidence_room or first.evidence_room, field="evidence_room", max_len=200,
                          required=True)
    except ValidationError as e:
        errors["evidence_room"] = e
    anchor = (req.trusted_anchor or "").strip()
    if not anchor:
        errors["trust"] = ValidationError("trust", MSG_NO_ANCHOR)
    else:
        try:
            parse_verifier_key(anchor)
        except NoteError as exc:
            errors["trust"] = ValidationError("trust", MSG_BAD_ANCHOR, reason=str(exc))
    if errors:
        raise FormErrors(errors)
    if code in first.codes:
        raise Conflict(MSG_EXISTS, code=code)
    return code, prefix, tz, room


def _unlock_admin(ctx: AppContext, username: str, password: str) -> ledger_svc.Signer:
    """The administrator's unlocked key. Wrong passwords count towards the lockout (not recorded in the ledger)."""
    name = (username or "").strip().lower()
    now = ctx.clock()
    now_s = format_time(now)
    with unit_of_work(ctx.engine, read_only=True) as s:
        user = s.execute(select(User).where(User.username == name)).scalar_one_or_none()
        exists, active = user is not None, user is not None and user.active
        locked_until = user.locked_until if user is not None and user.locked_until and user.locked_until > now_s \
            else None
        if active and not locked_until and verify_password(user.password_hash, password):
            if Role.ADMIN not in parse_roles(user.roles):
                raise NotAnAdministrator(MSG_NOT_ADMIN, username=name)
            return unlock_key(user, password)
    if locked_until:
        raise AuthError(MSG_LOCKED, until=locked_until)
    if exists and active:
        policy = get_settings(AppContext(engine=ctx.engine, data_dir=ctx.data_dir))  # the first station's policy
        with unit_of_work(ctx.engine) as s:
            row = s.execute(select(User).where(User.username == name)).scalar_one()
            row.failed_logins += 1
            if row.failed_logins >= policy.lockout_failures:
                row.locked_until = format_time(now + timedelta(minutes=policy.lockout_minutes))
                row.failed_logins = 0
    raise AuthError(MSG_BAD_LOGIN)


def join_station(ctx: AppContext, req: JoinRequest) -> StationDTO:
    """Register this workstation as a new station of the shared database (see the module docstring).

    ``ctx.data_dir`` is this workstation's data folder (the new station key goes there). Nothing is written, in the
    database or the folder, unless every step succeeds.
    """
    _refuse_sqlite(ctx)
    first = _first_station(ctx)
    code, prefix, tz, room = _validate(req, first)
    anchor = req.trusted_anchor.strip()
    admin = _unlock_admin(ctx, req.admin_username, req.admin_password)
    key = Ed25519PrivateKey.generate()
    public = public_raw(key)
    key_name = f"{first.origin}/{code}"
    vkey = verifier_key(key_name, public)
    station = StationDTO(log_id=first.log_id, origin=first.origin, agency=first.agency, code=code,
                         evidence_room=room, time_zone=tz, item_prefix=prefix, label_template=first.label_template,
                         key_name=key_name, verifier_key=vkey)
    ctx = _Joining(engine=ctx.engine, data_dir=ctx.data_dir, station_code=code, clock=ctx.clock, anchor=anchor)
    keys_before = set(ctx.keys_dir().iterdir())
    stated = ledger_anchor(ctx).verifier_key
    if stated != anchor:  # the whole verification below would say so too, in less direct words
        raise Conflict(MSG_NOT_TRUSTED, anchor=stated)
    try:
        with unit_of_work(ctx.engine) as s:
            report = ledger_svc.verify_stored(s, trusted_keys=[anchor], workers=1)
            if not report.ok:
                first_failure = report.first
                assert first_failure is not None
                raise trusted.LedgerFails(trusted.MSG_FAILS, report, seq=first_failure.seq,
                                          reason=first_failure.reason)
            if not report.trusted or report.authority is None or report.frontier is None:
                raise Conflict(MSG_NOT_TRUSTED, anchor=stated)
            if not report.authority.is_(admin.username, Role.ADMIN.value):
                raise NotAnAdministrator(MSG_NOT_ADMIN, username=admin.username)
            verified = trusted.Verified(size=report.size, root=report.root, last_hash=report.last_hash,
                                        last_at=report.last_at, frontier=report.frontier, authority=report.authority)
            s.add(Station(code=code, evidence_room=room, time_zone=tz, item_prefix=prefix,
                          label_template=first.label_template, key_name=key_name, public_key=public,
                          verifier_key=vkey, cert_pem=None, settings_json=first.settings_json,
                          created_at=format_time(ctx.clock())))
            s.flush()
            ctx.save_station_key(first.log_id, code, key)  # on disk before the database names it
            station_signer = ledger_svc.Signer(ledger_svc.STATION_ACTOR, key_id(public), key)
            ledger_svc.append(s, [
                ledger_svc.NewEvent("station.key_registered", {
                    "station": code, "key_name": key_name, "public_key": base64.b64encode(public).decode(),
                    "verifier_key": vkey,
                }, signers=(admin.username,)),
                ledger_svc.NewEvent("station.configured", {
                    "agency": first.agency, "station": code, "evidence_room": room, "origin": first.origin,
                    "time_zone": tz, "item_prefix": prefix,
                }),
            ], station=code, actor=ledger_svc.STATION_ACTOR, signers=[station_signer, admin], clock=ctx.clock)
            certificate.register_new(ctx, s, station, station_signer)
            trusted.sign_checkpoint(ctx, s, station, verified=verified)
    except BaseException:
        for path in set(ctx.keys_dir().iterdir()) - keys_before:  # the new station's files, and only those
            Path(path).unlink(missing_ok=True)
        raise
    return station
