"""Proof bundles ``custody-proof/v1`` (LEDGER.md section 5): build and verify.

A bundle proves, against one signed checkpoint, the complete history of each reported item up to its
``report.issued`` entry, the entries the report takes its other facts from (case, seizure, officers' names,
locations, the station's PDF certificate), and the AUTHORITY CLOSURE of LEDGER.md section 5: for every key used, its
registration and revocations, recursively for the keys that signed those, the roles entries of every officer whose
key is in it, and the ledger's first ``station.key_registered`` (its trust anchor). :func:`authority_closure`
computes it from a ledger's authority entries.

Verification never raises: anything malformed makes the report fail with a reason. It applies the authority rules
of section 3.1 (:class:`custody.ledger.authority.Authority`) to the bundle's entries in ``seq`` order.

Trust: the ledger's first station key must be one of ``trusted_verifier_keys`` (printed on the report and published
by the agency); the checkpoint must be signed by it or by a station key registered through the chain from it. If the
caller has none (``trusted_verifier_keys=None``) the bundle's own first station key is taken as it is; the report can
then still be ``ok`` but says so in ``notes`` and ``station_key_trusted`` is False: such a result only proves internal
consistency, not origin.
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

from .authority import STATION, Authority, KeyProblem, body_rule
from .canonical import CanonicalError, parse_canonical
from .entry import check_body_members, entry_hash
from .merkle import ProofError, verify_inclusion
from .note import Checkpoint, NoteError, parse_checkpoint, verify_checkpoint
from .signing import ENTRY_SIG_CONTEXT, key_id

__all__ = [
    "BUNDLE_FORMAT",
    "UNTRUSTED_NOTE",
    "BundleReport",
    "ProvenEvent",
    "authority_closure",
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
    #: proven entries that concern no item (case, seizure, officers, keys, locations, certificates), in seq order
    context: list[ProvenEvent] = field(default_factory=list)


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


def _read_doc(data: bytes | str) -> dict[str, Any]:
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
    _need(isinstance(doc.get("checkpoint"), str), "checkpoint missing")
    vkeys = doc.get("verifier_keys", [])
    _need(isinstance(vkeys, list) and all(isinstance(k, str) for k in vkeys),
          "verifier_keys must be a list of strings")
    _need(isinstance(doc.get("keys", []), list), "keys must be a list")
    _need(isinstance(doc.get("entries"), list), "entries must be a list")
    return doc


def _verify(data: bytes | str, trusted: Iterable[str] | None, report: BundleReport) -> None:
    fails = report.failures
    doc = _read_doc(data)
    note = doc["checkpoint"]
    try:
        cp = parse_checkpoint(note)
    except NoteError as exc:
        fails.append(f"checkpoint: {exc}")
        return

    # 1. Trust: the first station key must be trusted (or, with no trusted key, the bundle's own keys are used).
    if trusted is None:
        trust: frozenset[str] | None = None
        report.notes.append(UNTRUSTED_NOTE)
    else:
        trust = frozenset(k.strip() for k in trusted if k.strip())

    # 2. Entries: canonical form and inclusion.
    parsed: dict[int, _Entry] = {}
    for n, e in enumerate(doc["entries"]):
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

    # 3. Authority (3.1) and signatures, in seq order.
    auth = Authority(trusted=trust)
    if trust is None:
        # Nothing trusted: the bundle's first station key is taken as it is (flagged as untrusted).
        auth.trusted = None
    for ent in sorted(parsed.values(), key=lambda x: x.seq):
        _check_entry(ent, auth, fails)
    if auth.anchor is None:
        fails.append("the bundle does not hold the ledger's first station.key_registered entry (its trust anchor)")
    report.station_key_trusted = trust is not None and auth.anchor_trusted
    _check_keys_list(doc.get("keys", []), auth, fails)

    # 4. Checkpoint signature: by a station key of the chain (or, untrusted, also the bundle's own keys).
    keys = list(auth.verifier_keys) if trust is not None else [*auth.verifier_keys, *doc.get("verifier_keys", [])]
    try:
        report.checkpoint = verify_checkpoint(note, keys)
    except NoteError as exc:
        fails.insert(0, f"checkpoint: {exc}")  # the first thing a reader should see
        return

    # 5. Item histories.
    _item_histories(parsed, report, fails)


def _check_entry(ent: _Entry, auth: Authority, fails: list[str]) -> None:
    obj = ent.obj
    seq, kind, actor, signers = ent.seq, obj["kind"], obj["actor"], obj["signers"]
    problem = body_rule(kind, actor, signers)
    if problem is not None:
        fails.append(f"seq {seq}: {problem}")
    stored: list[tuple[str, str, bytes | None, int]] = []
    for n, s in enumerate(ent.signatures):
        try:
            _need(isinstance(s, dict), "not an object")
            signer, kid = s.get("signer"), s.get("key_id")
            _need(type(signer) is str and type(kid) is str, "signer/key_id missing")
            sig = _b64decode(s.get("signature"), "signature")
        except _Malformed as exc:
            fails.append(f"seq {seq}: signatures[{n}]: {exc}")
            continue
        stored.append((signer, kid, sig, n))
    before, extra, own = auth.before(seq, kind, obj["station"], actor, list(signers), obj["data"],
                                     [(sg, k) for sg, k, _, _ in stored])
    fails.extend(f"seq {seq}: {r}" for r in before)
    present: set[str] = set()
    message = ENTRY_SIG_CONTEXT + ent.hash
    for signer, kid, sig, _ in stored:
        if signer not in signers:
            fails.append(f"seq {seq}: signature by {signer}, who is not among the entry's signers")
            continue
        present.add(signer)
        if own is not None and signer == own[0] and kid != own[1]:
            fails.append(f"seq {seq}: key registration for {signer} is not signed with the key it registers")
            continue
        public = auth.key_for(signer, kid, obj["station"], extra)
        if isinstance(public, KeyProblem):
            fails.append(f"seq {seq}: {public.reason} in the bundle")
            continue
        try:
            _need(sig is not None and len(sig) == 64, "bad length")
            Ed25519PublicKey.from_public_bytes(public).verify(sig, message)
        except (InvalidSignature, ValueError, _Malformed):
            fails.append(f"seq {seq}: invalid signature by {signer} (key {kid})")
    for name in signers:
        if name not in present:
            fails.append(f"seq {seq}: missing signature of {name}")
    auth.after(seq, kind, obj["data"])


def _check_keys_list(keys: list[Any], auth: Authority, fails: list[str]) -> None:
    """The ``keys`` list is informative; each listed key must agree with its registration in the bundle."""
    for n, k in enumerate(keys):
        try:
            _need(isinstance(k, dict), "not an object")
            kid, owner = k.get("key_id"), k.get("owner")
            public = _b64decode(k.get("public_key"), "public_key")
            _need(len(public) == 32, "public_key is not 32 bytes")
            _need(type(kid) is str and kid == key_id(public), "key_id does not match public_key")
            _need(type(owner) is str and (owner.startswith("user:") or owner.startswith("station:"))
                  and len(owner) > 5, "owner must be user:<name> or station:<code>")
        except _Malformed as exc:
            fails.append(f"keys[{n}]: {exc}")
            continue
        kind, _, name = owner.partition(":")
        found = auth.user_keys.get((name, kid), (None,))[0] if kind == "user" else \
            auth.station_keys.get(name, {}).get(kid)
        if found != public:
            fails.append(f"keys[{n}]: key {kid} of {owner} is not the key its registration entry in the bundle holds")


def _item_histories(parsed: dict[int, _Entry], report: BundleReport, fails: list[str]) -> None:
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
            continue
        events = last.obj["data"].get("events")
        if type(events) is not int or events != len(chain) - 1:
            fails.append(f"item {item}: report.issued (seq {last.seq}) counts {events!r} earlier events, the "
                         f"bundle holds {len(chain) - 1}")
        report.items[item] = [_proven(e) for e in chain]
    report.context = [_proven(e) for e in sorted(parsed.values(), key=lambda x: x.seq) if e.obj["item"] is None]


def _proven(e: _Entry) -> ProvenEvent:
    return ProvenEvent(
        seq=e.seq, kind=e.obj["kind"], at=e.obj["at"], actor=e.obj["actor"], item=e.obj["item"],
        data=e.obj["data"], signers=list(e.obj["signers"]), entry_hash_hex=e.hash.hex(), case=e.obj["case"],
        station=e.obj["station"],
    )


# ------------------------------------------------------------------------------------------- authority closure


def authority_closure(authority_entries: Iterable[tuple[int, dict[str, Any], Iterable[tuple[str, str]]]],
                      used: Iterable[tuple[str, str, str]]) -> set[int]:
    """The seqs of the authority closure (LEDGER.md section 5) of the keys in ``used``.

    ``authority_entries``: every entry up to the checkpoint whose kind is in
    :data:`custody.ledger.authority.AUTHORITY_KINDS`, as ``(seq, parsed body, ((signer, key id), ...))``.
    ``used``: ``(signer, key id, station)`` of the signatures on the other entries the bundle holds. Returns the
    registration of every key used and any revocation of it, recursively the same for the keys that signed
    those, the ``user.created`` / ``user.roles_changed`` entries of every officer whose key is in the closure, and
    the ledger's first ``station.key_registered``.
    """
    user_reg: dict[tuple[str, str], int] = {}
    station_reg: dict[tuple[str, str], int] = {}
    revocations: dict[tuple[str, str], list[int]] = {}
    roles: dict[str, list[int]] = {}
    sigs_of: dict[int, list[tuple[str, str, str]]] = {}
    first_station: int | None = None
    for seq, body, sigs in authority_entries:
        kind, data = body.get("kind"), body.get("data") or {}
        sigs_of[seq] = [(signer, kid, body.get("station")) for signer, kid in sigs]
        if kind == "user.key_registered":
            user_reg.setdefault((data.get("username"), data.get("key_id")), seq)
        elif kind == "user.key_revoked":
            revocations.setdefault((data.get("username"), data.get("key_id")), []).append(seq)
        elif kind in ("user.created", "user.roles_changed"):
            roles.setdefault(data.get("username"), []).append(seq)
        elif kind == "station.key_registered":
            public = data.get("public_key")
            try:
                kid = key_id(base64.b64decode(public, validate=True))
            except (TypeError, ValueError, binascii.Error):
                continue
            station_reg.setdefault((body.get("station"), kid), seq)
            if first_station is None or seq < first_station:
                first_station = seq
    out: set[int] = set()
    todo = list(used)
    if first_station is not None:
        out.add(first_station)
        todo.extend(sigs_of.get(first_station, ()))
    seen_keys: set[tuple[str, str, str]] = set()
    seen_users: set[str] = set()
    while todo:
        signer, kid, station = todo.pop()
        key = (signer, kid, station if signer == STATION else "")
        if key in seen_keys:
            continue
        seen_keys.add(key)
        found: list[int] = []
        if signer == STATION:
            reg = station_reg.get((station, kid))
            if reg is None:  # a key of another station co-signing
                reg = next((s for (st, k), s in station_reg.items() if k == kid), None)
            if reg is not None:
                found.append(reg)
        else:
            reg = user_reg.get((signer, kid))
            if reg is not None:
                found.append(reg)
            found.extend(revocations.get((signer, kid), ()))
            if signer not in seen_users:
                seen_users.add(signer)
                found.extend(roles.get(signer, ()))
        for seq in found:
            if seq not in out:
                out.add(seq)
                todo.extend(sigs_of.get(seq, ()))
    return out
