"""User administration use cases (admin role): add, list, update roles, disable, reset passwords."""

from __future__ import annotations

from sqlalchemy import select

from custody.db.models import User
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.errors import Conflict, FormErrors, ValidationError
from custody.domain.i18n import N_
from custody.ledger.entry import format_time
from custody.security.passwords import check_password_policy, hash_password
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.ledger import NewEvent
from custody.services.users import (
    MSG_BADGE_NEEDED,
    NO_BADGE_ROLES,
    NewUser,
    UserDTO,
    format_roles,
    get_user,
    insert_user,
    key_registered_event,
    new_key,
    to_dto,
    user_created_event,
    validate_new_user,
)

MSG_SELF_DISABLE = N_("Users", "You cannot disable your own account.")
MSG_NO_ROLES = N_("Users", "Choose at least one role.")
MSG_LAST_ADMIN = N_("Users", "This would leave no active administrator. Give another officer the Administrator role first.")
MSG_SELF_RESET = N_("Users", "Use 'Change my password' for your own account: a reset would revoke the key you are signed in with.")


def _active_admins(s) -> set[str]:
    rows = s.execute(select(User.username, User.roles).where(User.active.is_(True))).all()
    return {u for u, r in rows if Role.ADMIN.value in r.split(",")}


def add_user(ctx: AppContext, session: AuthSession, req: NewUser) -> UserDTO:
    authorize(ctx, session, Action.USER_MANAGE)
    req = validate_new_user(req)
    km = new_key(req.username, req.password)
    station = ctx.station().code
    with unit_of_work(ctx.engine) as s:
        user = insert_user(s, req, km, created_at=format_time(ctx.clock()))
        ledger_svc.append(
            s,
            [key_registered_event(req.username, km, [session.username]), user_created_event(req)],
            station=station,
            actor=session.username,
            signers=[session.signer, km.signer],
            clock=ctx.clock,
        )
        return to_dto(user)


def list_users(ctx: AppContext, session: AuthSession | None = None) -> list[UserDTO]:
    with unit_of_work(ctx.engine, read_only=True) as s:
        return [to_dto(u) for u in s.execute(select(User).order_by(User.username)).scalars()]


def set_active(ctx: AppContext, session: AuthSession, username: str, active: bool) -> UserDTO:
    authorize(ctx, session, Action.USER_MANAGE)
    if not active and username == session.username:
        raise Conflict(MSG_SELF_DISABLE)
    with unit_of_work(ctx.engine) as s:
        user = get_user(s, username)
        if not active and _active_admins(s) == {user.username}:
            raise Conflict(MSG_LAST_ADMIN)
        user.active = active
        ledger_svc.append(
            s,
            [NewEvent("user.enabled" if active else "user.disabled", {"username": user.username})],
            station=ctx.station().code,
            actor=session.username,
            signers=[session.signer],
            clock=ctx.clock,
        )
        return to_dto(user)


def set_roles(ctx: AppContext, session: AuthSession, username: str, roles: tuple[Role, ...]) -> UserDTO:
    authorize(ctx, session, Action.USER_MANAGE)
    if not roles:
        raise FormErrors({"roles": ValidationError("roles", MSG_NO_ROLES)})
    with unit_of_work(ctx.engine) as s:
        user = get_user(s, username)
        old = user.roles
        new_roles = format_roles(roles)
        if new_roles == old:
            return to_dto(user)  # nothing changed: nothing to record
        if Role.ADMIN.value in old.split(",") and Role.ADMIN.value not in new_roles.split(","):
            if user.active and _active_admins(s) == {user.username}:
                raise Conflict(MSG_LAST_ADMIN)
        if not user.badge_number and not {Role(r) for r in roles} <= NO_BADGE_ROLES:
            raise Conflict(MSG_BADGE_NEEDED, username=user.username)
        user.roles = new_roles
        ledger_svc.append(
            s,
            [NewEvent("user.roles_changed", {"username": user.username, "roles": user.roles.split(","),
                                             "old": old.split(","), "new": user.roles.split(",")})],
            station=ctx.station().code,
            actor=session.username,
            signers=[session.signer],
            clock=ctx.clock,
        )
        return to_dto(user)


def reset_password(ctx: AppContext, session: AuthSession, username: str, new_password: str) -> UserDTO:
    """Admin reset: the old key cannot be decrypted without the old password, so a new key is
    issued; the old one is revoked (``user.key_revoked``) and the new one registered."""
    authorize(ctx, session, Action.USER_MANAGE)
    if username == session.username:
        raise Conflict(MSG_SELF_RESET)
    check_password_policy(new_password, username=username)
    with unit_of_work(ctx.engine) as s:
        user = get_user(s, username)
        km = new_key(user.username, new_password)
        old_key_id = user.key_id
        user.password_hash = hash_password(new_password)
        user.private_key_enc = km.encrypted
        user.public_key = km.public_raw
        user.key_id = km.signer.key_id
        user.failed_logins = 0
        user.locked_until = None
        ledger_svc.append(
            s,
            [
                NewEvent("user.key_revoked", {"username": user.username, "key_id": old_key_id,
                                              "reason": "password reset by administrator"}),
                key_registered_event(user.username, km, [session.username]),
                NewEvent("user.password_reset", {"username": user.username}),
            ],
            station=ctx.station().code,
            actor=session.username,
            signers=[session.signer, km.signer],
            clock=ctx.clock,
        )
        return to_dto(user)


__all__ = ["add_user", "list_users", "set_active", "set_roles", "reset_password", "NewUser", "validate_new_user",
           "user_created_event"]
