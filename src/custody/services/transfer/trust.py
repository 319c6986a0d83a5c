"""The trust list (docs/TRANSFER.md 6-7): other stations' verifier keys this station accepts packages from.

Kept in the ledger only: ``trust.added`` / ``trust.removed`` entries signed by an administrator (every verifier
checks that, ledger/authority.py). :func:`trusted_keys` is this station's own trusted keys plus the list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.errors import Conflict, NotFound, ValidationError
from custody.domain.i18n import N_
from custody.ledger.note import NoteError, parse_verifier_key
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services import trusted as trusted_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.ledger import NewEvent

__all__ = ["TrustedStation", "add_trust", "list_trust", "remove_trust", "trust_entries", "trusted_keys"]

MSG_BAD_KEY = N_("Transfer", "This is not a station verifier key ({reason}). A verifier key looks like "
                             "custody.local/LAB/LAB+1a2b3c4d+AQ…= and is printed on the other station's reports.")
MSG_ALREADY = N_("Transfer", "This key is already trusted (added by {by} on {at}). Nothing was recorded.")
MSG_NOT_TRUSTED = N_("Transfer", "This key is not on the trust list. Nothing was recorded.")
MSG_OWN_KEY = N_("Transfer", "This is this station's own key; it is always trusted. Nothing was recorded.")


@dataclass(frozen=True)
class TrustedStation:
    verifier_key: str
    name: str
    reason: str
    added_by: str
    added_at: str
    seq: int


def trust_entries(s: Session) -> list[TrustedStation]:
    """The current trust list, folded from the ledger's ``trust.added`` / ``trust.removed`` entries."""
    current: dict[str, TrustedStation] = {}
    q = select(LedgerEntry.body).where(LedgerEntry.kind.in_(["trust.added", "trust.removed"])).order_by(LedgerEntry.seq)
    for (raw,) in s.execute(q).all():
        body = json.loads(bytes(raw))
        d = body.get("data") or {}
        key = d.get("verifier_key")
        if not isinstance(key, str):
            continue
        if body["kind"] == "trust.added":
            current[key] = TrustedStation(key, str(d.get("name") or ""), str(d.get("reason") or ""), body["actor"],
                                          body["at"], body["seq"])
        else:
            current.pop(key, None)
    return sorted(current.values(), key=lambda t: t.seq)


def trusted_keys(ctx: AppContext, s: Session, extra: Iterable[str] = ()) -> list[str]:
    """This station's own trusted keys, the trust list, and ``extra`` (keys the user gave for one check)."""
    out = list(ctx.trusted_station_keys() or [])
    for t in trust_entries(s):
        if t.verifier_key not in out:
            out.append(t.verifier_key)
    for k in extra:
        k = k.strip()
        if k and k not in out:
            out.append(k)
    return out


def list_trust(ctx: AppContext, session: AuthSession) -> list[TrustedStation]:
    authorize(ctx, session, Action.ITEM_VIEW)
    with unit_of_work(ctx.engine, read_only=True) as s:
        return trust_entries(s)


def _clean_key(key: str) -> str:
    key = "".join((key or "").split())  # a key pasted from a PDF broken over lines is one key
    try:
        parse_verifier_key(key)
    except NoteError as exc:
        raise ValidationError("verifier_key", MSG_BAD_KEY, reason=str(exc)) from None
    return key


def add_trust(ctx: AppContext, session: AuthSession, verifier_key: str, name: str, reason: str = "") -> int:
    """Record ``trust.added`` (an administrator signs). Returns its seq."""
    authorize(ctx, session, Action.STATION_CONFIGURE)
    key = _clean_key(verifier_key)
    name = " ".join((name or "").split())[:200]
    if not name:
        raise ValidationError("name", N_("Transfer", "Name the agency or station this key belongs to."))
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        if key in (ctx.trusted_station_keys(station) or []):
            raise Conflict(MSG_OWN_KEY)
        for t in trust_entries(s):
            if t.verifier_key == key:
                raise Conflict(MSG_ALREADY, by=t.added_by, at=t.added_at)
        trusted_svc.verify_since(ctx, s, station)
        out = ledger_svc.append(s, [NewEvent("trust.added", {"verifier_key": key, "name": name,
                                                               "reason": (reason or "").strip()[:500]})],
                                station=station.code, actor=session.username, signers=[session.signer],
                                clock=ctx.clock)
        return out[0].seq


def remove_trust(ctx: AppContext, session: AuthSession, verifier_key: str, reason: str = "") -> int:
    authorize(ctx, session, Action.STATION_CONFIGURE)
    key = _clean_key(verifier_key)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        if not any(t.verifier_key == key for t in trust_entries(s)):
            raise NotFound(N_("Nouns", "trusted key"), key, MSG_NOT_TRUSTED)
        trusted_svc.verify_since(ctx, s, station)
        out = ledger_svc.append(s, [NewEvent("trust.removed", {"verifier_key": key,
                                                                 "reason": (reason or "").strip()[:500]})],
                                station=station.code, actor=session.username, signers=[session.signer],
                                clock=ctx.clock)
        return out[0].seq
