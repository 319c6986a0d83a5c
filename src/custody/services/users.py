"""Officers: creation (with an Ed25519 key), listing, roles, disabling, password reset."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import User
from custody.domain.enums import Role
from custody.domain.errors import Conflict, FormErrors, NotFound, ValidationError
from custody.domain.i18n import N_
from custody.domain.ids import make_badge_code
from custody.domain.values import clean_text
from custody.ledger.signing import key_id as compute_key_id
from custody.ledger.signing import load_private
from custody.security.keys import decrypt_private_key, encrypt_private_key, generate_keypair
from custody.security.passwords import check_password_policy, hash_password
from custody.services.ledger import NewEvent, Signer

USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
BADGE_RE = re.compile(r"^[A-Z0-9-]{1,24}$")

MSG_USERNAME = N_("Users", "A username is 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter.")
MSG_BADGE = N_("Users", "A badge number is 1 to 24 characters: letters A-Z, digits and '-'.")
MSG_BADGE_RESERVED = N_("Users", "A badge number cannot start with OFF- or LOC-: those are the codes Custody prints on badge cards and shelves.")
MSG_ROLES = N_("Users", "Choose at least one role.")
MSG_TAKEN = N_("Users", "The username {username} is already taken.")
MSG_BADGE_TAKEN = N_("Users", "Badge number {badge} already belongs to another officer.")


@dataclass(frozen=True)
class UserDTO:
    username: str
    full_name: str
    badge_number: str
    rank: str
    unit: str
    roles: tuple[Role, ...]
    active: bool
    locked_until: str | None
    key_id: str
    badge_code: str = ""  # OFF-NNNNNN-C printed on the officer's badge card


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    badge_number: str
    password: str
    roles: tuple[Role, ...]
    rank: str = ""
    unit: str = ""


#: Roles that may be given without a badge number (people outside the police: prosecutors, auditors).
NO_BADGE_ROLES = frozenset({Role.PROSECUTOR, Role.AUDITOR})
MSG_BADGE_NEEDED = N_("Users", "{username} has no badge number: a police role needs one. Give the badge number "
                               "when you create the account, or create a new account.")


def to_dto(u: User) -> UserDTO:
    return UserDTO(
        username=u.username,
        full_name=u.full_name,
        badge_number=u.badge_number or "",
        rank=u.rank,
        unit=u.unit,
        roles=parse_roles(u.roles),
        active=u.active,
        locked_until=u.locked_until,
        key_id=u.key_id,
        badge_code=badge_code(u.id) if u.id else "",
    )


def badge_code(user_id: int) -> str:
    """The scannable code of an officer's badge card (from the officer's record number)."""
    return make_badge_code(user_id)


def parse_roles(text: str) -> tuple[Role, ...]:
    return tuple(Role(r) for r in text.split(",") if r)


def format_roles(roles: Iterable[Role | str]) -> str:
    return ",".join(sorted({Role(r).value for r in roles}))


def validate_new_user(req: NewUser) -> NewUser:
    """Check every field; raise FormErrors naming each bad field. Nothing is written."""
    errors: dict[str, ValidationError | str] = {}
    username = (req.username or "").strip().lower()
    if not USERNAME_RE.match(username):
        errors["username"] = ValidationError("username", MSG_USERNAME)
    badge = (req.badge_number or "").strip().upper()
    if not badge and req.roles and {Role(r) for r in req.roles} <= NO_BADGE_ROLES:
        pass  # a prosecutor or an auditor need not be a police officer with a badge
    elif not BADGE_RE.match(badge):
        errors["badge_number"] = ValidationError("badge_number", MSG_BADGE)
    elif badge.startswith(("OFF-", "LOC-")):
        errors["badge_number"] = ValidationError("badge_number", MSG_BADGE_RESERVED)
    full_name = rank = unit = ""
    try:
        full_name = clean_text(req.full_name, field="full_name", max_len=200, required=True)
    except ValidationError as e:
        errors["full_name"] = e
    try:
        rank = clean_text(req.rank, field="rank", max_len=100, required=False)
        unit = clean_text(req.unit, field="unit", max_len=200, required=False)
    except ValidationError as e:
        errors[e.field or "rank"] = e
    if not req.roles:
        errors["roles"] = ValidationError("roles", MSG_ROLES)
    try:
        check_password_policy(req.password, username=username)
    except ValidationError as e:
        errors["password"] = e
    if errors:
        raise FormErrors(errors)
    return NewUser(username, full_name, badge, req.password, tuple(sorted(set(req.roles))), rank, unit)


@dataclass(frozen=True)
class KeyMaterial:
    signer: Signer
    public_raw: bytes
    encrypted: bytes


def new_key(username: str, password: str) -> KeyMaterial:
    private_raw, public_raw = generate_keypair()
    kid = compute_key_id(public_raw)
    return KeyMaterial(
        signer=Signer(username=username, key_id=kid, private_key=load_private(private_raw)),
        public_raw=public_raw,
        encrypted=encrypt_private_key(private_raw, password),
    )


def key_registered_event(username: str, km: KeyMaterial, extra_signers: Iterable[str] = ()) -> NewEvent:
    return NewEvent(
        kind="user.key_registered",
        data={
            "username": username,
            "public_key": base64.b64encode(km.public_raw).decode(),
            "key_id": km.signer.key_id,
        },
        signers=tuple(sorted({username, *extra_signers})),
    )


def insert_user(session: Session, req: NewUser, km: KeyMaterial, *, created_at: str) -> User:
    """Add the user row (validated request); the caller appends the ledger entries."""
    if session.execute(select(User.id).where(User.username == req.username)).first():
        raise Conflict(MSG_TAKEN, username=req.username)
    if req.badge_number and session.execute(select(User.id).where(User.badge_number == req.badge_number)).first():
        raise Conflict(MSG_BADGE_TAKEN, badge=req.badge_number)
    user = User(
        username=req.username,
        full_name=req.full_name,
        badge_number=req.badge_number or None,
        rank=req.rank,
        unit=req.unit,
        roles=format_roles(req.roles),
        active=True,
        password_hash=hash_password(req.password),
        failed_logins=0,
        locked_until=None,
        key_id=km.signer.key_id,
        public_key=km.public_raw,
        private_key_enc=km.encrypted,
        created_at=created_at,
    )
    session.add(user)
    session.flush()
    return user


def user_created_event(req: NewUser) -> NewEvent:
    return NewEvent(
        kind="user.created",
        data={
            "username": req.username,
            "full_name": req.full_name,
            "badge_number": req.badge_number or None,
            "rank": req.rank,
            "unit": req.unit,
            "roles": sorted(r.value for r in req.roles),
        },
    )


def get_user(session: Session, username: str) -> User:
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None:
        raise NotFound(N_("Nouns", "officer"), username)
    return user


def unlock_key(user: User, password: str) -> Signer:
    raw = decrypt_private_key(user.private_key_enc, password)
    return Signer(username=user.username, key_id=user.key_id, private_key=load_private(raw))
