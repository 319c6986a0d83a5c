"""A synthetic ledger builder for tests: real Ed25519 keys, real signatures, checkpoints and bundles."""

from __future__ import annotations

import base64
import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from custody.ledger import (
    STATION as STATION_ACTOR,
)
from custody.ledger import (
    ZERO_HASH,
    Checkpoint,
    Signature,
    StoredEntry,
    authority_closure,
    build_bundle,
    bundle_entry,
    canonical_bytes,
    entry_hash,
    inclusion_proof,
    key_id,
    make_body,
    public_raw,
    root_from_leaves,
    sign_checkpoint,
    sign_entry,
    subtree_from_leaves,
    verifier_key,
)
from custody.ledger.authority import AUTHORITY_KINDS

ORIGIN = "custody.local/DIL"
STATION = "DIL"
KEY_NAME = f"{ORIGIN}/{STATION}"


class LedgerBuilder:
    def __init__(self, *, start: datetime | None = None) -> None:
        self.entries: list[StoredEntry] = []
        self.leaves: list[bytes] = []
        self.checkpoints: list[str] = []
        self.user_keys: dict[str, Ed25519PrivateKey] = {}
        self.key_history: dict[str, list[Ed25519PrivateKey]] = {}
        self.item_last: dict[str, str] = {}
        self.item_count: dict[str, int] = {}
        self.time = start or datetime(2026, 1, 5, 8, 0, 0, tzinfo=UTC)
        self.station_key = Ed25519PrivateKey.generate()
        self.station_vkey = verifier_key(KEY_NAME, public_raw(self.station_key))

    # ------------------------------------------------------------------------------------------------ basics

    @property
    def size(self) -> int:
        return len(self.entries)

    def kid(self, user: str) -> str:
        return key_id(public_raw(self.user_keys[user]))

    def append(
        self,
        kind: str,
        *,
        actor: str,
        signers: list[str],
        item: str | None = None,
        case: str | None = None,
        data: dict[str, Any] | None = None,
        keys: dict[str, Ed25519PrivateKey] | None = None,
    ) -> StoredEntry:
        self.time += timedelta(seconds=1)
        seq = self.size + 1
        prev = self.entries[-1].entry_hash.hex() if self.entries else ZERO_HASH
        body = make_body(
            seq=seq, prev=prev, kind=kind, at=self.time, station=STATION, actor=actor, item=item,
            item_prev=self.item_last.get(item) if item else None, case=case, signers=signers, data=data or {},
        )
        raw = canonical_bytes(body)
        h = entry_hash(raw)
        keys = {**self.user_keys, STATION_ACTOR: self.station_key, **(keys or {})}
        sigs = tuple(
            Signature(u, key_id(public_raw(keys[u])), sign_entry(keys[u], h)) for u in sorted(set(signers))
        )
        e = StoredEntry(seq=seq, body=raw, entry_hash=h, signatures=sigs)
        self.entries.append(e)
        self.leaves.append(h)
        if item:
            self.item_last[item] = h.hex()
            self.item_count[item] = self.item_count.get(item, 0) + 1
        return e

    def create_user(self, user: str, roles: list[str], *, by: str) -> StoredEntry:
        """``user.created`` (roles in data.roles), signed by ``by`` (an administrator, or @station at setup)."""
        return self.append("user.created", actor=by, signers=[by],
                           data={"username": user, "full_name": user.title(), "roles": sorted(roles)})

    def register_user(self, user: str, *, by: str | None = None) -> Ed25519PrivateKey:
        """``user.key_registered`` signed by the new key and by ``by`` (an administrator, or @station at setup);
        ``by=None`` registers a key signed by itself only (which LEDGER.md 3.1.3 refuses)."""
        key = Ed25519PrivateKey.generate()
        pub = public_raw(key)
        signers = [user] if by is None else [user, by]
        self.append(
            "user.key_registered", actor=by or user, signers=signers,
            data={"username": user, "public_key": base64.b64encode(pub).decode(), "key_id": key_id(pub)},
            keys={user: key},
        )
        self.user_keys[user] = key
        self.key_history.setdefault(user, []).append(key)
        return key

    @property
    def all_keys(self) -> list[Ed25519PrivateKey]:
        return [k for keys in self.key_history.values() for k in keys]

    def revoke_user_key(self, user: str, *, by: str) -> None:
        self.append("user.key_revoked", actor=by, signers=[by], data={"username": user, "key_id": self.kid(user)})

    def register_station(self) -> None:
        """The ledger's first station key (its trust anchor), signed by itself."""
        pub = public_raw(self.station_key)
        self.append(
            "station.key_registered", actor=STATION_ACTOR, signers=[STATION_ACTOR],
            data={"key_name": KEY_NAME, "public_key": base64.b64encode(pub).decode(), "verifier_key": self.station_vkey},
        )

    def setup(self) -> LedgerBuilder:
        """Station key first, then the first administrator (created and registered by the station key)."""
        self.register_station()
        self.create_user("admin", ["admin"], by=STATION_ACTOR)
        self.register_user("admin", by=STATION_ACTOR)
        return self

    def checkpoint(self, *, record: bool = True) -> str:
        cp = Checkpoint(ORIGIN, self.size, root_from_leaves(self.leaves))
        note = sign_checkpoint(cp, KEY_NAME, self.station_key)
        self.checkpoints.append(note)
        if record:
            self.append("checkpoint.signed", actor=STATION_ACTOR, signers=[STATION_ACTOR],
                        data={"size": cp.size, "root": cp.root.hex()})
        return note

    # --------------------------------------------------------------------------------------------- scenarios

    def custody_event(self, item: str, giver: str, receiver: str, *, case: str = "2026-000001") -> StoredEntry:
        return self.append(
            "custody.transferred", actor=giver, signers=[giver, receiver], item=item, case=case,
            data={"from": giver, "to": receiver, "purpose": "lab analysis", "seal_intact": True,
                  "seal_number": "S-001", "note": "Échantillon scellé"},
        )

    def register_item(self, item: str, officer: str, *, case: str = "2026-000001") -> StoredEntry:
        return self.append(
            "item.registered", actor=officer, signers=[officer], item=item, case=case,
            data={"category": "drug", "gross_weight_mg": 125_000, "description": "white powder, 3 bags"},
        )

    def report(self, items: list[str], *, report_id: str = "R-1", by: str = "admin") -> str:
        for item in items:
            self.append("report.issued", actor=by, signers=[by], item=item,
                        data={"report_id": report_id, "events": self.item_count.get(item, 0)})
        return self.checkpoint(record=False)

    def standard(self, *, items: int = 3, events_per_item: int = 3) -> LedgerBuilder:
        """admin + two officers, station key, items with custody events, periodic checkpoints."""
        self.setup()
        for user in ("jdoe", "asmith"):
            self.create_user(user, ["officer"], by="admin")
            self.register_user(user, by="admin")
        self.checkpoint()
        names = [f"UN-DIL-26-{n:06d}-7" for n in range(1, items + 1)]
        for name in names:
            self.register_item(name, "jdoe")
        for round_ in range(events_per_item):
            for name in names:
                a, b = ("jdoe", "asmith") if round_ % 2 == 0 else ("asmith", "jdoe")
                self.custody_event(name, a, b)
            self.checkpoint()
        return self

    # ------------------------------------------------------------------------------------------------ bundle

    def bundle(self, items: list[str], note: str | None = None, size: int | None = None) -> bytes:
        size = self.size if size is None else size
        note = note or self.checkpoints[-1]
        subtree = subtree_from_leaves(self.leaves[:size])
        wanted: dict[int, StoredEntry] = {}
        used: set[tuple[str, str, str]] = set()
        authority: list[tuple[int, dict[str, Any], list[tuple[str, str]]]] = []
        for e in self.entries[:size]:
            body = _body(e)
            if body["item"] in items:
                wanted[e.seq] = e
                used.update((s.signer, s.key_id, body["station"]) for s in e.signatures)
            if body["kind"] in AUTHORITY_KINDS:
                authority.append((e.seq, body, [(s.signer, s.key_id) for s in e.signatures]))
        for seq in authority_closure(authority, used):
            wanted[seq] = self.entries[seq - 1]
        keys = []
        for e in sorted(wanted.values(), key=lambda x: x.seq):
            d = _body(e)["data"]
            if _body(e)["kind"] == "user.key_registered":
                keys.append({"key_id": d["key_id"], "public_key": d["public_key"], "owner": f"user:{d['username']}"})
        entries = [
            bundle_entry(e.body, e.signatures, inclusion_proof(e.seq - 1, size, subtree))
            for e in sorted(wanted.values(), key=lambda x: x.seq)
        ]
        return build_bundle(checkpoint_note=note, verifier_keys=[self.station_vkey], keys=keys, entries=entries)


def _body(e: StoredEntry) -> dict[str, Any]:
    import json

    return json.loads(e.body)


def replace(entry: StoredEntry, **changes: Any) -> StoredEntry:
    return dataclasses.replace(entry, **changes)
