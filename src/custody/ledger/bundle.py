"""Proof bundles ``custody-proof/v1`` (LEDGER.md section 5): build and verify.

A bundle proves, against one signed checkpoint, the complete history of each reported item up to its
``report.issued`` entry, plus the registration entry of every user key that signed those entries.

Verification never raises: anything malformed makes the report fail with a reason.

Trust: the checkpoint must be signed by a trusted station verifier key (printed on the report and published by the
agency). If the caller has none (``trusted_verifier_keys=None``) the bundle's own ``verifier_keys`` are used; the
report can then still be ``ok`` but says so in ``notes`` and ``station_key_trusted`` is False: such a result only
proves internal consistency, not origin.

Limitation: a bundle carries no ``user.key_revoked`` entries, so it cannot show that a user key was revoked before
it signed; whole-ledger verification (section 6) does.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from .canonical import CanonicalError, parse_canonical
from .entry import check_body_members, entry_hash
from .merkle import ProofError, verify_inclusion
from .note import Checkpoint, NoteError, verify_checkpoint
from .signing import ENTRY_SIG_CONTEXT, key_id

__all__ = [
    "BUNDLE_FORMAT",
    "UNTRUSTED_NOTE",
    "BundleReport",
    "ProvenEvent",
    "build_bundle",
    "bundle_entry",
    "verify_bundle",
]

BUNDLE_FORMAT = "custody-proof/v1"
UNTRUSTED_NOTE = (
    "station key not independently trusted: the checkpoint was checked against the bundle's own verifier key(s); "
    "compare the key with the one published by the agency"
)
_HEX64_RE = re.compile(r"[0-9a-f]{64}")


@dataclass
class ProvenEvent:
    seq: int
    kind: str
    at: str
    actor: str
    item: str | None
    data: dict[str, Any]
    signers: list[str]
    entry_hash_hex: str
    case: str | None = None
    station: str | None = None


@dataclass
class BundleReport:
    ok: bool
    failures: list[str]
    checkpoint: Checkpoint | None
    items: dict[str, list[ProvenEvent]]
    notes: list[str] = field(default_factory=list)
    station_key_trusted: bool = False


# ------------------------------------------------------------------------------------------------------ build


def _b64(raw: bytes) -> str:
    return base64.b64encode(bytes(raw)).decode("ascii")


def bundle_entry(body: bytes | str, signatures: Iterable[Any], inclusion: Sequence[bytes | str]) -> dict[str, Any]:
    """One ``entries`` item. ``signatures``: objects with ``signer``/``key_id``/``signature`` attributes (such as
    :class:`custody.ledger.verify.Signature`) or dicts; ``inclusion``: proof hashes as bytes or hex."""
    sigs = []
    for s in signatures:
        if isinstance(s, Mapping):
            signer, kid, sig = s["signer"], s["key_id"], s["signature"]
        else:
            signer, kid, sig = s.signer, s.key_id, s.signature
        sigs.append({"signer": signer, "key_id": kid, "signature": sig if isinstance(sig, str) else _b64(sig)})
    return {
        "body": body if isinstance(body, str) else bytes(body).decode("utf-8"),
        "signatures": sigs,
        "inclusion": [p if isinstance(p, str) else bytes(p).hex() for p in inclusion],
    }


def build_bundle(
    *, checkpoint_note: str, verifier_keys: list[str], keys: list[dict[str, Any]], entries: list[dict[str, Any]]
) -> bytes:
    """Serialise a proof bundle (UTF-8 JSON). ``entries`` items as produced by :func:`bundle_entry` (bytes values
    are converted the same way); they are written in ``seq`` order."""
    norm = [bundle_entry(e["body"], e.get("signatures", ()), e.get("inclusion", ())) for e in entries]

    def seq_of(e: dict[str, Any]) -> int:
        try:
            seq = json.loads(e["body"]).get("seq")
        except (ValueError, AttributeError):
            return 0
        return seq if type(seq) is int else 0

    norm.sort(key=seq_of)
    doc = {
        "format": BUNDLE_FORMAT,
        "checkpoint": checkpoint_note,
        "verifier_keys": list(verifier_keys),
        "keys": [dict(k) for k in keys],
        "entries": norm,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


# ----------------------------------------------------------------------------------------------------- verify


class _Malformed(Exception):
    pass


def _need(cond: bool, reason: str) -> None:
    if not cond:
        raise _Malformed(reason)


def _b64decode(value: object, what: str) -> bytes:
    _need(type(value) is str, f"{what} is not a base64 string")
    try:
        return base64.b64decode(value, validate=True)  # type: ignore[arg-type]
    except (binascii.Error, ValueError):
        raise _Malformed(f"{what} is not valid base64") from None


@dataclass
class _Entry:
    index: int
    seq: int
    obj: dict[str, Any]
    hash: bytes
    signatures: list[Any]
    proven: bool


def verify_bundle(data: bytes | str, trusted_verifier_keys: Iterable[str] | None) -> BundleReport:
    """Verify a proof bundle (LEDGER.md section 5). Never raises; see :class:`BundleReport`."""
    report = BundleReport(ok=False, failures=[], checkpoint=None, items={})
    try:
        _verify(data, trusted_verifier_keys, report)
    except _Malformed as exc:
        report.failures.append(f"malformed bundle: {exc}")
    except Exception as exc:  # noqa: BLE001 - a verifier reports, it does not crash
        report.failures.append(f"malformed bundle: {type(exc).__name__}: {exc}")
    report.ok = not report.failures
    if not report.ok:
        report.items = {}
    return report


def _verify(data: bytes | str, trusted: Iterable[str] | None, report: BundleReport) -> None:
    fails = report.failures
    if isinstance(data, bytes | bytearray | memoryview):
        try:
            data = bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            raise _Malformed("not UTF-8") from None
    _need(isinstance(data, str), "bundle must be bytes or text")
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise _Malformed(f"not JSON ({exc})") from None
    _need(isinstance(doc, dict), "top level is not an object")
    _need(doc.get("format") == BUNDLE_FORMAT, f"format is not {BUNDLE_FORMAT!r}")
    note = doc.get("checkpoint")
    _need(isinstance(note, str), "checkpoint missing")
    bundle_vkeys = doc.get("verifier_keys", [])
    _need(isinstance(bundle_vkeys, list) and all(isinstance(k, str) for k in bundle_vkeys),
          "verifier_keys must be a list of strings")
    keys = doc.get("keys", [])
    _need(isinstance(keys, list), "keys must be a list")
    entries = doc.get("entries")
    _need(isinstance(entries, list), "entries must be a list")

    # 1. Checkpoint signature.
    if trusted is None:
        trust = list(bundle_vkeys)
        report.notes.append(UNTRUSTED_NOTE)
        report.station_key_trusted = False
    else:
        trust = list(trusted)
        report.station_key_trusted = True
    try:
        cp = verify_checkpoint(note, trust)
    except NoteError as exc:
        fails.append(f"checkpoint: {exc}")
        return
    report.checkpoint = cp

    # 2. Keys list.
    key_list: dict[str, tuple[bytes, str]] = {}
    for n, k in enumerate(keys):
        try:
            _need(isinstance(k, dict), "not an object")
            kid, owner = k.get("key_id"), k.get("owner")
            public = _b64decode(k.get("public_key"), "public_key")
            _need(len(public) == 32, "public_key is not 32 bytes")
            _need(type(kid) is str and kid == key_id(public), "key_id does not match public_key")
            _need(type(owner) is str and owner.startswith("user:") and len(owner) > 5, "owner must be user:<name>")
            _need(kid not in key_list or key_list[kid] == (public, owner), "key_id listed twice")
        except _Malformed as exc:
            fails.append(f"keys[{n}]: {exc}")
            continue
        key_list[kid] = (public, owner)

    # 3. Entries: canonical form and inclusion.
    parsed: dict[int, _Entry] = {}
    for n, e in enumerate(entries):
        where = f"entries[{n}]"
        try:
            _need(isinstance(e, dict), "not an object")
            body_s = e.get("body")
            _need(isinstance(body_s, str), "body is not a string")
            try:
                body = body_s.encode("utf-8")
            except UnicodeEncodeError:
                raise _Malformed("body contains a lone surrogate") from None
            try:
                obj = parse_canonical(body)
                check_body_members(obj)
            except CanonicalError as exc:
                raise _Malformed(f"body rejected: {exc}") from None
            seq = obj["seq"]
            where = f"seq {seq}"
            _need(seq not in parsed, "entry included twice")
            h = entry_hash(body)
            proof_hex = e.get("inclusion")
            _need(isinstance(proof_hex, list) and all(isinstance(p, str) and _HEX64_RE.fullmatch(p)
                                                      for p in proof_hex),
                  "inclusion must be a list of 64-digit lower-case hex hashes")
            sigs = e.get("signatures", [])
            _need(isinstance(sigs, list), "signatures must be a list")
        except _Malformed as exc:
            fails.append(f"{where}: {exc}")
            continue
        proven = True
        try:
            verify_inclusion(seq - 1, cp.size, h, [bytes.fromhex(p) for p in proof_hex], cp.root)
        except ProofError as exc:
            fails.append(f"seq {seq}: not included in the checkpoint ({exc})")
            proven = False
        parsed[seq] = _Entry(n, seq, obj, h, sigs, proven)

    # 4. User keys proven by their own registration entries.
    registered: dict[tuple[str, str], tuple[bytes, int]] = {}
    for ent in parsed.values():
        if ent.obj["kind"] != "user.key_registered" or not ent.proven:
            continue
        d = ent.obj["data"]
        try:
            username, kid = d.get("username"), d.get("key_id")
            public = _b64decode(d.get("public_key"), "data.public_key")
            _need(type(username) is str and len(public) == 32 and kid == key_id(public),
                  "registration data malformed (username, public_key, key_id)")
            _need(username in ent.obj["signers"], "the registered user is not among the signers")
        except _Malformed as exc:
            fails.append(f"seq {ent.seq}: user.key_registered: {exc}")
            continue
        registered.setdefault((username, kid), (public, ent.seq))

    # 5. Signatures.
    for ent in sorted(parsed.values(), key=lambda x: x.seq):
        _check_signatures(ent, registered, key_list, fails)

    # 6. Item histories.
    by_item: dict[str, list[_Entry]] = {}
    for ent in sorted(parsed.values(), key=lambda x: x.seq):
        item = ent.obj["item"]
        if item is not None:
            by_item.setdefault(item, []).append(ent)
    if not by_item:
        fails.append("the bundle proves no item history")
    for item, chain in by_item.items():
        if chain[0].obj["item_prev"] is not None:
            fails.append(f"item {item}: seq {chain[0].seq} is not the item's first entry (item_prev not null): "
                         "earlier events are missing")
        for before, after in zip(chain, chain[1:], strict=False):
            if after.obj["item_prev"] != before.hash.hex():
                fails.append(f"item {item}: seq {after.seq} does not follow seq {before.seq} (item_prev "
                             "mismatch): events are missing or altered")
        last = chain[-1]
        if last.obj["kind"] != "report.issued":
            fails.append(f"item {item}: the history does not end with a report.issued entry "
                         f"(last included: seq {last.seq} {last.obj['kind']})")
        else:
            events = last.obj["data"].get("events")
            if type(events) is not int or events != len(chain) - 1:
                fails.append(f"item {item}: report.issued (seq {last.seq}) counts {events!r} earlier events, the "
                             f"bundle holds {len(chain) - 1}")
            report.items[item] = [
            ProvenEvent(
                seq=e.seq,
                kind=e.obj["kind"],
                at=e.obj["at"],
                actor=e.obj["actor"],
                item=e.obj["item"],
                data=e.obj["data"],
                signers=list(e.obj["signers"]),
                entry_hash_hex=e.hash.hex(),
                case=e.obj["case"],
                station=e.obj["station"],
            )
            for e in chain
        ]


def _check_signatures(
    ent: _Entry,
    registered: dict[tuple[str, str], tuple[bytes, int]],
    key_list: dict[str, tuple[bytes, str]],
    fails: list[str],
) -> None:
    seq = ent.seq
    signers = ent.obj["signers"]
    own: tuple[str, str] | None = None
    if ent.obj["kind"] == "user.key_registered":
        d = ent.obj["data"]
        own = (d.get("username"), d.get("key_id"))  # type: ignore[assignment]
    present: set[str] = set()
    message = ENTRY_SIG_CONTEXT + ent.hash
    for n, s in enumerate(ent.signatures):
        try:
            _need(isinstance(s, dict), "not an object")
            signer, kid = s.get("signer"), s.get("key_id")
            _need(type(signer) is str and type(kid) is str, "signer/key_id missing")
            sig = _b64decode(s.get("signature"), "signature")
        except _Malformed as exc:
            fails.append(f"seq {seq}: signatures[{n}]: {exc}")
            continue
        if signer not in signers:
            fails.append(f"seq {seq}: signature by {signer}, who is not among the entry's signers")
            continue
        present.add(signer)
        if own is not None and signer == own[0] and kid != own[1]:
            fails.append(f"seq {seq}: key registration for {signer} is not signed with the key it registers")
            continue
        reg = registered.get((signer, kid))
        if reg is None or reg[1] > seq:
            fails.append(f"seq {seq}: key {kid} of {signer} is not proven by an earlier user.key_registered entry "
                         "in the bundle")
            continue
        public = reg[0]
        listed = key_list.get(kid)
        if listed is None:
            fails.append(f"seq {seq}: key {kid} of {signer} is missing from the bundle's keys list")
        elif listed != (public, f"user:{signer}"):
            fails.append(f"seq {seq}: key {kid} in the keys list disagrees with its registration entry")
        try:
            _need(len(sig) == 64, "bad length")
            Ed25519PublicKey.from_public_bytes(public).verify(sig, message)
        except (InvalidSignature, ValueError, _Malformed):
            fails.append(f"seq {seq}: invalid signature by {signer} (key {kid})")
    for name in signers:
        if name not in present:
            fails.append(f"seq {seq}: missing signature of {name}")
