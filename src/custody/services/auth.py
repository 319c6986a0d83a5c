"""Sign-in, lockout, re-authentication, password changes, and the permission gate.

Security events are ledger entries without an item (issue: officers and access control).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.orm import Session

from custody.db.models import User
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.errors import AuthError, Conflict, PermissionDenied
from custody.domain.i18n import N_
from custody.ledger.entry import format_time, parse_time
from custody.security.passwords import check_password_policy, hash_password, verify_password
from custody.security.permissions import Action, is_allowed, require
from custody.services import ledger as ledger_svc
from custody.services.context import AppContext
from custody.services.ledger import STATION_ACTOR, NewEvent, Signer
from custody.services.settings import get_settings
from custody.services.users import get_user, parse_roles, unlock_key

MSG_BAD_LOGIN = N_("Auth", "The username or password is not correct.")
MSG_LOCKED = N_("Auth", "This account is locked after too many wrong passwords. Try again after {until} or ask an administrator to unlock it.")
MSG_DISABLED = N_("Auth", "This account is disabled. Ask an administrator.")
MSG_WRONG_PASSWORD = N_("Auth", "The password is not correct.")
MSG_NOT_LOCKED = N_("Auth", "The account of {username} is not locked.")


@dataclass(frozen=True)
class AuthSession:
    """A signed-in officer. Holds the unlocked signing key in memory only."""

    username: str
    full_name: str
    roles: frozenset[Role]
    signer: Signer = field(repr=False)
    #: the password was set by an administrator (new officer, reset) and not changed since: the officer is
    #: asked to choose their own before working (issue 15)
    must_change_password: bool = False

    def can(self, action: Action) -> bool:
        return is_allowed(self.roles, action)


def _lock_until(user: User) -> str | None:
    return user.locked_until


def _is_locked(user: User, now_s: str) -> bool:
    return bool(user.locked_until and user.locked_until > now_s)


def _station(ctx: AppContext) -> str:
    return ctx.station().code


def _record(ctx: AppContext, s: Session, station: str, events: list[NewEvent], actor: str, signers=()) -> None:
    """Append ``events``; entries the station writes by itself (``@station``) are signed with the station key."""
    if actor == STATION_ACTOR:
        signers = [ctx.station_signer(session=s)]
    ledger_svc.append(s, events, station=station, actor=actor, signers=signers, clock=ctx.clock)


def _count_failure(ctx: AppContext, user: User, now, events: list[NewEvent]) -> None:
    """A wrong password counts towards the lockout (sign-in, unlock screen, countersigning alike)."""
    user.failed_logins += 1
    policy = get_settings(ctx)
    if user.failed_logins >= policy.lockout_failures:
        user.locked_until = format_time(now + timedelta(minutes=policy.lockout_minutes))
        user.failed_logins = 0
        events.append(NewEvent("auth.locked", {"username": user.username, "until": user.locked_until}))


def login(ctx: AppContext, username: str, password: str) -> AuthSession:
    """Check the password, unlock the signing key, record the attempt. Same message for unknown users."""
    station = _station(ctx)
    username = (username or "").strip().lower()
    now = ctx.clock()
    now_s = format_time(now)
    outcome: AuthSession | AuthError
    with unit_of_work(ctx.engine) as s:
        user = s.query(User).filter(User.username == username).one_or_none()
        if user is None:
            # Burn comparable time so that unknown names cannot be told apart by timing.
            verify_password(_DUMMY_HASH(), password)
            _record(ctx, s, station, [NewEvent("auth.failed", {"username": None, "reason": "unknown"})], STATION_ACTOR)
            outcome = AuthError(MSG_BAD_LOGIN)
        elif not user.active:
            _record(ctx, s, station, [NewEvent("auth.failed", {"username": username, "reason": "disabled"})], STATION_ACTOR)
            outcome = AuthError(MSG_DISABLED)
        elif _is_locked(user, now_s):
            _record(ctx, s, station, [NewEvent("auth.failed", {"username": username, "reason": "locked"})], STATION_ACTOR)
            outcome = AuthError(MSG_LOCKED, until=user.locked_until)
        elif not verify_password(user.password_hash, password):
            events = [NewEvent("auth.failed", {"username": username, "reason": "password",
                                               "count": user.failed_logins + 1})]
            _count_failure(ctx, user, now, events)
            _record(ctx, s, station, events, STATION_ACTOR)
            outcome = AuthError(MSG_BAD_LOGIN)
        else:
            signer = unlock_key(user, password)
            user.failed_logins = 0
            user.locked_until = None
            _record(ctx, s, station, [NewEvent("auth.login", {"username": username})], username, [signer])
            outcome = AuthSession(
                username=user.username,
                full_name=user.full_name,
                roles=frozenset(parse_roles(user.roles)),
                signer=signer,
                must_change_password=_temporary_password(s, user.username),
            )
    if isinstance(outcome, AuthError):
        raise outcome
    return outcome


def logout(ctx: AppContext, session: AuthSession) -> None:
    with unit_of_work(ctx.engine) as s:
        _record(ctx, s, _station(ctx), [NewEvent("auth.logout", {"username": session.username})],
                session.username, [session.signer])


def reauthenticate(ctx: AppContext, session: AuthSession, password: str) -> None:
    """For sensitive actions and the idle lock: the same user types the password again."""
    now = ctx.clock()
    with unit_of_work(ctx.engine, read_only=True) as s:
        user = get_user(s, session.username)
        locked = _is_locked(user, format_time(now))
        had_failures = user.failed_logins > 0
        ok = user.active and not locked and verify_password(user.password_hash, password)
    if not ok:
        # Wrong passwords here count towards the lockout like at sign-in: a locked screen left on the
        # counter must not allow unlimited guesses.
        with unit_of_work(ctx.engine) as s:
            user = get_user(s, session.username)
            events = [NewEvent("auth.failed", {"username": session.username, "reason": "reauthentication"})]
            if not locked:
                _count_failure(ctx, user, now, events)
            _record(ctx, s, _station(ctx), events, STATION_ACTOR)
            until = user.locked_until if _is_locked(user, format_time(now)) else None
        if until:
            raise AuthError(MSG_LOCKED, until=until)
        raise AuthError(MSG_WRONG_PASSWORD)
    if had_failures:
        with unit_of_work(ctx.engine) as s:
            get_user(s, session.username).failed_logins = 0


def unlock_signer(ctx: AppContext, username: str, password: str) -> Signer:
    """A second officer (receiver, witness, approver) unlocks their key on this workstation.

    Wrong passwords count towards that officer's lockout exactly as at sign-in: a countersigning dialog must not
    allow unlimited guesses at someone else's password.
    """
    name = (username or "").strip().lower()
    now = ctx.clock()
    now_s = format_time(now)
    with unit_of_work(ctx.engine, read_only=True) as s:
        user = s.query(User).filter(User.username == name).one_or_none()
        signer: Signer | None = None
        if user is not None and user.active and not _is_locked(user, now_s) and verify_password(
            user.password_hash, password
        ):
            signer = unlock_key(user, password)
            had_failures = user.failed_logins > 0
    if signer is not None:
        if had_failures:
            with unit_of_work(ctx.engine) as s:
                get_user(s, name).failed_logins = 0
        return signer
    until = None
    with unit_of_work(ctx.engine) as s:
        user = s.query(User).filter(User.username == name).one_or_none()
        events = [NewEvent("auth.failed", {"username": name if user is not None else None, "reason": "countersign"})]
        if user is not None and user.active and not _is_locked(user, now_s):
            _count_failure(ctx, user, now, events)
        if user is not None and _is_locked(user, now_s):
            until = user.locked_until
        _record(ctx, s, _station(ctx), events, STATION_ACTOR)
    if until:
        raise AuthError(MSG_LOCKED, until=until)
    raise AuthError(MSG_BAD_LOGIN)


def authorize(ctx: AppContext, session: AuthSession, action: Action) -> None:
    """The permission gate every service passes through. A denial is recorded, then raised.

    Roles and the active flag are read from the database at every call, so disabling an officer or taking
    a role away takes effect at once, also in a session that is already open.
    """
    with unit_of_work(ctx.engine, read_only=True) as s:
        user = get_user(s, session.username)
        active, roles = user.active, frozenset(parse_roles(user.roles))
    if not active:
        raise AuthError(MSG_DISABLED)
    try:
        require(roles, action, username=session.username)
    except PermissionDenied:
        with unit_of_work(ctx.engine) as s:
            _record(ctx, s, _station(ctx),
                    [NewEvent("auth.denied", {"username": session.username, "action": str(action)})],
                    session.username, [session.signer])
        raise


def _temporary_password(s: Session, username: str) -> bool:
    """Whether the officer's password was last set by someone else (``user.created`` / ``user.password_reset``
    by an administrator) with no ``auth.password_changed`` of their own since. Read from the ledger."""
    from sqlalchemy import select

    from custody.db.models import LedgerEntry
    from custody.ledger.canonical import parse_canonical

    temporary = False
    rows = s.execute(select(LedgerEntry.body).where(LedgerEntry.kind.in_(
        ["user.created", "user.password_reset", "auth.password_changed"])).order_by(LedgerEntry.seq)).scalars()
    for raw in rows:
        body = parse_canonical(bytes(raw))
        if (body.get("data") or {}).get("username") != username:
            continue
        if body["kind"] == "auth.password_changed":
            temporary = False
        else:
            temporary = body["actor"] not in (username, STATION_ACTOR)
    return temporary


def change_password(ctx: AppContext, session: AuthSession, old: str, new: str) -> AuthSession:
    """Change one's own password: the private key is re-encrypted under the new one (same key)."""
    from custody.security.keys import decrypt_private_key, encrypt_private_key

    check_password_policy(new, username=session.username)
    with unit_of_work(ctx.engine) as s:
        user = get_user(s, session.username)
        if not verify_password(user.password_hash, old):
            raise AuthError(MSG_WRONG_PASSWORD)
        raw = decrypt_private_key(user.private_key_enc, old)
        user.private_key_enc = encrypt_private_key(raw, new)
        user.password_hash = hash_password(new)
        _record(ctx, s, _station(ctx), [NewEvent("auth.password_changed", {"username": user.username})],
                session.username, [session.signer])
    return dataclasses.replace(session, must_change_password=False)


def admin_unlock(ctx: AppContext, session: AuthSession, username: str) -> None:
    authorize(ctx, session, Action.USER_UNLOCK)
    with unit_of_work(ctx.engine) as s:
        user = get_user(s, username)
        if not user.locked_until and not user.failed_logins:
            raise Conflict(MSG_NOT_LOCKED, username=user.username)
        user.locked_until = None
        user.failed_logins = 0
        _record(ctx, s, _station(ctx), [NewEvent("auth.unlocked", {"username": user.username})],
                session.username, [session.signer])


_dummy: list[str] = []


def _DUMMY_HASH() -> str:  # noqa: N802
    if not _dummy:
        _dummy.append(hash_password("custody-timing-equaliser"))
    return _dummy[0]


def parse_lock_time(value: str):
    return parse_time(value)
