"""Authority rules of LEDGER.md section 3.1, shared by whole-ledger verification and proof-bundle verification.

The point: whoever can write to the database but holds no private key can add nothing that verifies. Every entry is
signed by its actor; ``@station`` (the station key) writes only station business; keys come from authority (an
administrator, or the station key while the ledger is being set up); station keys chain to the trusted first one.

Two levels:

- :func:`body_rule` checks what one body says on its own (3.1.1 the actor signs, 3.1.2 what ``@station`` may write).
  Whole-ledger verification runs it in worker processes.
- :class:`Authority` follows the ledger in ``seq`` order: registered keys (users and stations), revocations, roles
  (from ``data.roles`` of ``user.created`` / ``user.roles_changed``), whether setup is over, the trust anchor. For an
  entry, :meth:`Authority.before` checks the authority rules that need that state and says which keys are valid for
  the entry's signers; :meth:`Authority.after` applies what takes effect after the entry (revocations).

Signature *values* are checked by the callers (in batches, possibly in other processes); the rules here look at who
signed (the signers list and the key ids of the stored signatures). Since every member of ``signers`` must have a
valid signature, "an administrator is among the signers" means "an administrator signed".
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .note import NoteError, verifier_key
from .signing import key_id

__all__ = [
    "ADMIN",
    "AUTHORITY_KINDS",
    "SETUP_KINDS",
    "STATION",
    "STATION_KINDS",
    "SUPERVISOR",
    "TRUST_KINDS",
    "Authority",
    "KeyProblem",
    "body_rule",
]

STATION = "@station"
ADMIN = "admin"
SUPERVISOR = "supervisor"

#: Kinds an entry with actor ``@station`` may have (3.1.2).
STATION_KINDS = frozenset({
    "checkpoint.signed", "auth.failed", "auth.locked", "station.configured", "station.key_registered",
    "station.certificate_registered", "station.settings_changed", "clock.checked",
})
#: Kinds ``@station`` may also write while the ledger has no administrator with a registered key (setup).
SETUP_KINDS = frozenset({"user.created", "user.key_registered"})
#: Kinds whose rules need the ledger's state (keys, roles, setup) or change it.
AUTHORITY_KINDS = frozenset({
    "user.created", "user.roles_changed", "user.key_registered", "user.key_revoked", "station.key_registered",
    "clock.corrected", "trust.added", "trust.removed",
})
#: Trust-list kinds (docs/TRANSFER.md 6): only an administrator changes which other stations' keys are trusted.
TRUST_KINDS = frozenset({"trust.added", "trust.removed"})


def body_rule(kind: str, actor: str, signers: Iterable[str]) -> str | None:
    """What one body alone breaks of 3.1.1/3.1.2 (None if nothing)."""
    if actor not in signers:
        return f"the actor {actor} is not among the signers (every entry is signed by its actor)"
    if actor == STATION and kind not in STATION_KINDS and kind not in SETUP_KINDS:
        return f"{kind} written by @station: the station key may only write station business"
    return None


def _b64_32(value: object) -> bytes | None:
    if type(value) is not str:
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


@dataclass(frozen=True)
class KeyProblem:
    """Why a stored signature's key is not valid for its signer at an entry."""

    reason: str


@dataclass
class Authority:
    """The ledger's authority state, followed entry by entry in ``seq`` order.

    ``trusted``: station verifier keys the verifier trusts (``--trust``, or the key file of the local station); the
    ledger's first ``station.key_registered`` must register one of them. ``None``: nothing is trusted; the first
    station key is then taken as it is and :attr:`anchor_trusted` stays False (the result only shows internal
    consistency).
    """

    trusted: frozenset[str] | None = None
    roles: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (username, key id) -> (raw public key, seq of its registration)
    user_keys: dict[tuple[str, str], tuple[bytes, int]] = field(default_factory=dict)
    #: (username, key id) -> seq of the revocation (valid for entries before it)
    revoked: dict[tuple[str, str], int] = field(default_factory=dict)
    #: station code -> key id -> raw public key
    station_keys: dict[str, dict[str, bytes]] = field(default_factory=dict)
    #: verifier keys (C2SP form) of every accepted station key registration, in order
    verifier_keys: list[str] = field(default_factory=list)
    anchor: str | None = None
    anchor_trusted: bool = False
    setup_over: bool = False

    # ------------------------------------------------------------------------------------------------ queries

    def is_(self, username: str, role: str) -> bool:
        return role in self.roles.get(username, ())

    def user_key(self, username: str, kid: str) -> bytes | KeyProblem:
        """The public key registered for ``username`` under ``kid``, valid now (not revoked before this entry)."""
        found = self.user_keys.get((username, kid))
        if found is None:
            return KeyProblem(f"signature of {username} uses key {kid}, which is not registered for {username} by "
                              "an earlier user.key_registered entry")
        when = self.revoked.get((username, kid))
        if when is not None:
            return KeyProblem(f"signature of {username} uses key {kid}, revoked at seq {when}")
        return found[0]

    def station_key(self, station: str, kid: str) -> bytes | KeyProblem:
        found = self.station_keys.get(station, {}).get(kid)
        if found is None:
            return KeyProblem(f"signature of @station uses key {kid}, which is not a station key registered for "
                              f"station {station} by an earlier station.key_registered entry")
        return found

    def key_for(self, signer: str, kid: str, station: str,
                extra: Mapping[tuple[str, str], bytes] | None = None) -> bytes | KeyProblem:
        """The key that checks ``signer``'s signature with key id ``kid`` on an entry of ``station``."""
        if extra:
            found = extra.get((signer, kid))
            if found is not None:
                return found
        if signer == STATION:
            return self.station_key(station, kid)
        return self.user_key(signer, kid)

    def snapshot(self) -> dict[str, Any]:
        """A JSON-able copy of the state (kept beside a checkpoint to verify later entries from there)."""
        return {
            "roles": {u: sorted(r) for u, r in sorted(self.roles.items())},
            "user_keys": [[u, k, base64.b64encode(p).decode(), s] for (u, k), (p, s) in sorted(self.user_keys.items())],
            "revoked": [[u, k, s] for (u, k), s in sorted(self.revoked.items())],
            "station_keys": {st: {k: base64.b64encode(p).decode() for k, p in sorted(keys.items())}
                             for st, keys in sorted(self.station_keys.items())},
            "verifier_keys": list(self.verifier_keys),
            "anchor": self.anchor,
            "setup_over": self.setup_over,
        }

    @classmethod
    def from_snapshot(cls, snap: Mapping[str, Any], trusted: Iterable[str] | None) -> Authority:
        """The state saved by :meth:`snapshot`; ValueError if malformed. The anchor must still be trusted."""
        try:
            a = cls(trusted=None if trusted is None else frozenset(trusted))
            a.roles = {str(u): frozenset(map(str, r)) for u, r in snap["roles"].items()}
            for u, k, p, s in snap["user_keys"]:
                a.user_keys[(str(u), str(k))] = (base64.b64decode(p, validate=True), int(s))
            for u, k, s in snap["revoked"]:
                a.revoked[(str(u), str(k))] = int(s)
            a.station_keys = {str(st): {str(k): base64.b64decode(p, validate=True) for k, p in keys.items()}
                              for st, keys in snap["station_keys"].items()}
            a.verifier_keys = [str(v) for v in snap["verifier_keys"]]
            a.anchor = None if snap["anchor"] is None else str(snap["anchor"])
            a.setup_over = bool(snap["setup_over"])
        except (KeyError, TypeError, ValueError, AttributeError, binascii.Error) as exc:
            raise ValueError(f"authority snapshot malformed: {exc}") from None
        a.anchor_trusted = a.anchor is not None and (a.trusted is None or a.anchor in a.trusted)
        if a.trusted is None:
            a.anchor_trusted = False
        return a

    # ------------------------------------------------------------------------------------------------ entries

    def before(self, seq: int, kind: str, station: str, actor: str, signers: list[str], data: dict[str, Any],
               sigs: Iterable[tuple[str, str]] | None) -> tuple[list[str], dict[tuple[str, str], bytes] | None,
                                                          tuple[str, str] | None]:
        """Check the authority rules of one entry before its signatures are checked.

        ``sigs``: (signer, key id) of the entry's stored signatures (None: not known, as in a structural check
        without signatures; the rules about which key signed are then skipped). Returns the failures (reasons), keys valid
        for this entry only (a registration's own key: proof of possession), and (signer, key id) that must sign
        with that own key.
        """
        fails: list[str] = []
        if actor == STATION and kind in SETUP_KINDS and self.setup_over:
            fails.append(f"{kind} written by @station after setup: once an administrator has a registered key, "
                         "only administrators create officers and register their keys")
        if kind == "user.key_registered":
            return self._user_key_registered(seq, station, signers, data, fails)
        if kind == "station.key_registered":
            return self._station_key_registered(seq, station, signers, data, None if sigs is None else list(sigs),
                                                fails)
        if kind in ("user.created", "user.roles_changed"):
            self._roles_entry(kind, signers, data, fails)
        elif kind == "user.key_revoked":
            username = data.get("username")
            if type(username) is not str or type(data.get("key_id")) is not str:
                fails.append("user.key_revoked: data.username or data.key_id malformed")
            elif username not in signers and not self._admin_among(signers):
                fails.append("user.key_revoked is signed neither by an administrator nor by the key's owner")
        elif kind in TRUST_KINDS:
            if type(data.get("verifier_key")) is not str or not data.get("verifier_key"):
                fails.append(f"{kind}: data.verifier_key missing")
            if not self._admin_among(signers):
                fails.append(f"{kind} is not signed by an administrator (only administrators keep the trust list)")
        elif kind == "clock.corrected":
            if type(data.get("reason")) is not str or not data.get("reason"):
                fails.append("clock.corrected: data.reason missing")
            if type(data.get("wrong_until")) is not str:
                fails.append("clock.corrected: data.wrong_until missing")
            users = [u for u in signers if u != STATION]
            if not any(self.is_(a, ADMIN) and self.is_(b, SUPERVISOR) for a in users for b in users if a != b):
                fails.append("clock.corrected must be signed by an administrator and a supervisor (two different "
                             "officers)")
        return fails, None, None

    def after(self, seq: int, kind: str, data: dict[str, Any]) -> None:
        """What takes effect after the entry (a revoked key still signs its own revocation)."""
        if kind == "user.key_revoked":
            username, kid = data.get("username"), data.get("key_id")
            if type(username) is str and type(kid) is str:
                self.revoked.setdefault((username, kid), seq)
        self._update_setup()

    # ------------------------------------------------------------------------------------------------ rules

    def _admin_among(self, signers: Iterable[str], exclude: str | None = None) -> bool:
        return any(u != STATION and u != exclude and self.is_(u, ADMIN) for u in signers)

    def _update_setup(self) -> None:
        if self.setup_over:
            return
        for (username, kid) in self.user_keys:
            if self.is_(username, ADMIN) and (username, kid) not in self.revoked:
                self.setup_over = True
                return

    def _roles_entry(self, kind: str, signers: list[str], data: dict[str, Any], fails: list[str]) -> None:
        username, roles = data.get("username"), data.get("roles")
        if type(username) is not str or not username or type(roles) is not list or \
                not all(type(r) is str for r in roles):
            fails.append(f"{kind}: data.username or data.roles malformed")
            return
        if not self._admin_among(signers) and not (STATION in signers and not self.setup_over):
            fails.append(f"{kind} is not signed by an administrator")
        self.roles[username] = frozenset(roles)
        self._update_setup()

    def _user_key_registered(self, seq: int, station: str, signers: list[str], data: dict[str, Any],
                             fails: list[str]) -> tuple[list[str], None, tuple[str, str] | None]:
        username = data.get("username")
        public = _b64_32(data.get("public_key"))
        kid = data.get("key_id")
        if type(username) is not str or not username:
            fails.append("user.key_registered: data.username missing")
            return fails, None, None
        if public is None:
            fails.append("user.key_registered: data.public_key is not a base64 32-byte Ed25519 key")
            return fails, None, None
        if kid != key_id(public):
            fails.append(f"user.key_registered: data.key_id {kid!r} does not match the public key")
            return fails, None, None
        if username not in signers:
            fails.append(f"user.key_registered: {username} is not among the signers (proof of possession)")
        if self._admin_among(signers, exclude=username):
            pass
        elif STATION in signers and not self.setup_over:
            if not self.is_(username, ADMIN):
                fails.append("user.key_registered by the station key during setup must register an "
                             "administrator's key")
        else:
            fails.append(f"user.key_registered for {username} is not authorised: it must also be signed by an "
                         "administrator other than the key's owner")
        self.user_keys.setdefault((username, kid), (public, seq))
        self._update_setup()
        return fails, None, (username, kid)

    def _station_key_registered(self, seq: int, station: str, signers: list[str], data: dict[str, Any],
                                sigs: list[tuple[str, str]] | None, fails: list[str]) -> tuple[
            list[str], dict[tuple[str, str], bytes] | None, tuple[str, str] | None]:
        name = data.get("key_name")
        public = _b64_32(data.get("public_key"))
        vkey = data.get("verifier_key")
        if type(name) is not str or public is None:
            fails.append("station.key_registered: data.key_name or data.public_key malformed")
            return fails, None, None
        try:
            expected = verifier_key(name, public)
        except NoteError as exc:
            fails.append(f"station.key_registered: {exc}")
            return fails, None, None
        if vkey != expected:
            fails.append("station.key_registered: data.verifier_key does not match key_name and public_key")
            return fails, None, None
        kid = key_id(public)
        station_sig_kids = {kid} if sigs is None else {k for s, k in sigs if s == STATION}
        if STATION not in signers or kid not in station_sig_kids:
            fails.append("station.key_registered is not signed with the key it registers (proof of possession)")
        if self.anchor is None:
            self.anchor = expected
            if self.trusted is None:
                self.anchor_trusted = False
            elif expected in self.trusted:
                self.anchor_trusted = True
            else:
                fails.append(f"the ledger's first station key {expected} is not a key you trust: this ledger was "
                             "not set up by the station you trust")
        else:
            known = {k for keys in self.station_keys.values() for k in keys}
            if not self._admin_among(signers) and not (station_sig_kids & known):
                fails.append("station.key_registered (a later station key) must also be signed by an administrator "
                             "or an already registered station key")
        extra = {(STATION, k): p for k, p in self.station_keys.get(station, {}).items()}
        for keys in self.station_keys.values():  # an already registered station key may co-sign
            for k, p in keys.items():
                extra.setdefault((STATION, k), p)
        extra[(STATION, kid)] = public
        self.station_keys.setdefault(station, {}).setdefault(kid, public)
        if expected not in self.verifier_keys and (self.trusted is None or self.anchor_trusted):
            self.verifier_keys.append(expected)
        return fails, extra, None
