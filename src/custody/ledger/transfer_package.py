"""Transfer packages ``custody-transfer/v1`` (docs/TRANSFER.md, normative): write and verify.

Pure (stdlib + cryptography): the receiving station and ``custody-verify`` both use :func:`verify_package`. The
report PDF inside is checked by a callable the caller passes (``check_report``), since PDF signatures need pyHanko.
Verification never raises; every failure is a sentence in :attr:`PackageReport.failures`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .bundle import verify_bundle
from .canonical import CanonicalError, canonical_bytes, parse_canonical
from .note import NoteError, parse_verifier_key, verify_checkpoint
from .segments import TRANSFERRED_OUT, Segment, TimelineEvent, link

__all__ = ["MANIFEST", "PACKAGE_FORMAT", "SIGNATURE", "SIG_CONTEXT", "PackageReport", "build_package",
           "named_attachments", "verify_package"]

PACKAGE_FORMAT = "custody-transfer/v1"
SIG_CONTEXT = b"custody-transfer-v1\n"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
REPORT = "report.pdf"
_SHA_RE = re.compile(r"[0-9a-f]{64}")
_MEMBER_RE = re.compile(r"(proof/segment-[1-9][0-9]{0,3}\.json|attachments/[0-9a-f]{64}|report\.pdf)")
MAX_MEMBER = 512 * 1024 * 1024

#: ``data`` members that name attachments by SHA-256 (docs/TRANSFER.md 5)
ATTACHMENT_KEYS = ("signature_attachment", "receiver_signature")


@dataclass
class PackageReport:
    ok: bool = False
    failures: list[str] = field(default_factory=list)
    manifest: dict[str, Any] | None = None
    package_sha256: str = ""
    sender_trusted: bool = False
    segments: list[Segment] = field(default_factory=list)
    timeline: dict[str, list[TimelineEvent]] = field(default_factory=dict)
    #: the sender's custody.transferred_out entry of each item (entry hash), for the receiver's link
    sent_entries: dict[str, str] = field(default_factory=dict)
    members: dict[str, bytes] = field(default_factory=dict)

    @property
    def last(self) -> Segment | None:
        return self.segments[-1] if self.segments else None


def named_attachments(events: Iterable[Any]) -> set[str]:
    """SHA-256s the entries name (``attachment.added`` data.sha256, drawn signatures)."""
    out: set[str] = set()
    for ev in events:
        data = ev.data if hasattr(ev, "data") else ev.get("data", {})
        kind = ev.kind if hasattr(ev, "kind") else ev.get("kind")
        names = [data.get(k) for k in ATTACHMENT_KEYS]
        if kind == "attachment.added":
            names.append(data.get("sha256"))
        out.update(n for n in names if isinstance(n, str) and _SHA_RE.fullmatch(n))
    return out


def build_package(manifest: Mapping[str, Any], members: Mapping[str, bytes], station_key: Ed25519PrivateKey) -> bytes:
    """The package file: ``manifest`` (without ``files``, which is computed here) and the other members, signed with
    the sending station's key (docs/TRANSFER.md 3)."""
    files = [{"name": n, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for n, b in sorted(members.items())]
    body = canonical_bytes({**manifest, "files": files})
    sig = base64.b64encode(station_key.sign(SIG_CONTEXT + body)) + b"\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, body)
        zf.writestr(SIGNATURE, sig)
        for name, data in sorted(members.items()):
            zf.writestr(name, data)
    return buf.getvalue()


class _Refused(Exception):
    pass


def _need(cond: bool, reason: str) -> None:
    if not cond:
        raise _Refused(reason)


def verify_package(data: bytes, trusted_keys: Iterable[str],
                   check_report: Callable[[bytes, list[str]], tuple[list[str], bytes | None]] | None = None
                   ) -> PackageReport:
    """Verify a package (docs/TRANSFER.md 7) against ``trusted_keys`` (station verifier keys).

    ``check_report(pdf, trusted)`` returns (failures, embedded custody-proof.json bytes); None skips step 8 (callers
    that cannot check PDF signatures say so)."""
    rep = PackageReport()
    trusted = [k.strip() for k in trusted_keys if k and k.strip()]
    try:
        _verify(data, trusted, check_report, rep)
    except _Refused as exc:
        rep.failures.append(str(exc))
    except Exception as exc:  # noqa: BLE001 - a verifier reports, it does not crash
        rep.failures.append(f"the package could not be read ({type(exc).__name__}: {exc})")
    rep.ok = not rep.failures
    if not rep.ok:
        rep.timeline = {}
    return rep


def _read_zip(data: bytes) -> dict[str, bytes]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise _Refused("the file is not a transfer package (not a ZIP archive, or damaged)") from None
    members: dict[str, bytes] = {}
    with zf:
        for info in zf.infolist():
            name = info.filename
            _need(name not in members, f"the package holds {name} twice")
            _need(name in (MANIFEST, SIGNATURE) or bool(_MEMBER_RE.fullmatch(name)),
                  f"the package holds an unexpected member {name!r}")
            _need(info.file_size <= MAX_MEMBER, f"{name} is too large")
            try:
                members[name] = zf.read(info)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
                raise _Refused(f"the package is damaged: {name} cannot be read ({exc})") from None
    return members


def _verify(data: bytes, trusted: list[str],
            check_report: Callable[[bytes, list[str]], tuple[list[str], bytes | None]] | None,
            rep: PackageReport) -> None:
    fails = rep.failures
    members = _read_zip(data)
    rep.members = members
    # 1. the manifest
    _need(MANIFEST in members and SIGNATURE in members, "the package has no signed manifest")
    body = members[MANIFEST]
    try:
        manifest = parse_canonical(body)
    except CanonicalError as exc:
        raise _Refused(f"manifest.json is not canonical JSON ({exc})") from None
    _need(manifest.get("format") == PACKAGE_FORMAT, f"manifest format is not {PACKAGE_FORMAT}")
    rep.manifest = manifest
    rep.package_sha256 = hashlib.sha256(body).hexdigest()
    sender, items, segs, files = (manifest.get("sender"), manifest.get("items"), manifest.get("segments"),
                                  manifest.get("files"))
    _need(isinstance(sender, dict) and isinstance(sender.get("verifier_key"), str)
          and isinstance(sender.get("origin"), str), "manifest.sender is malformed")
    _need(isinstance(items, list) and bool(items) and all(isinstance(i, str) for i in items), "manifest.items is malformed")
    _need(isinstance(segs, list) and bool(segs) and all(isinstance(s, str) for s in segs),
          "manifest.segments is malformed")
    _need(isinstance(files, list), "manifest.files is malformed")
    _need(isinstance(manifest.get("package_id"), str), "manifest.package_id is malformed")
    # 2. trust and signature
    vkey = sender["verifier_key"]
    try:
        _, _, public = parse_verifier_key(vkey)
    except NoteError as exc:
        raise _Refused(f"the sender's verifier key is malformed ({exc})") from None
    if vkey not in trusted:
        raise _Refused(f"the sending station's key {vkey} is not one you trust: add it to the trust list "
                       "(custody trust add) once the sending agency has confirmed it, or give it with --trust")
    try:
        sig = base64.b64decode(members[SIGNATURE].strip(), validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(sig, SIG_CONTEXT + body)
    except (binascii.Error, ValueError, InvalidSignature):
        raise _Refused("the manifest's signature does not verify with the sending station's key: the package was "
                       "changed after it was signed") from None
    rep.sender_trusted = True
    # 3. files
    listed: set[str] = set()
    for n, f in enumerate(files):
        _need(isinstance(f, dict) and isinstance(f.get("name"), str) and isinstance(f.get("sha256"), str)
              and type(f.get("size")) is int, f"manifest.files[{n}] is malformed")
        name = f["name"]
        listed.add(name)
        got = members.get(name)
        if got is None:
            fails.append(f"{name} is listed in the manifest but missing from the package")
        elif len(got) != f["size"] or hashlib.sha256(got).hexdigest() != f["sha256"]:
            fails.append(f"{name} is not the file the manifest lists (its SHA-256 differs): it was changed")
    for name in sorted(set(members) - listed - {MANIFEST, SIGNATURE}):
        fails.append(f"{name} is in the package but not listed in the signed manifest")
    if fails:
        return
    # 4. segments
    for name in segs:
        _need(name in members and name.startswith("proof/"), f"segment {name} is missing")
        br = verify_bundle(members[name], trusted)
        if not br.ok:
            fails.extend(f"{name}: {f}" for f in br.failures[:20])
            continue
        rep.segments.append(Segment(name, br))
    if fails:
        return
    last = rep.segments[-1]
    if last.origin != sender["origin"]:
        fails.append(f"the last segment is proven by {last.origin}, not by the sender {sender['origin']}")
    try:
        verify_checkpoint(json.loads(members[segs[-1]])["checkpoint"], [vkey])
    except (NoteError, ValueError, KeyError, TypeError):
        fails.append("the last segment's checkpoint is not signed by the sending station's key")
    # 5. items
    for item in items:
        chain = last.report.items.get(item)
        if not chain:
            fails.append(f"item {item}: the sender's segment does not prove its history")
            continue
        outs = [n for n, ev in enumerate(chain) if ev.kind == TRANSFERRED_OUT
                and ev.data.get("package_id") == manifest["package_id"]]
        if not outs:
            fails.append(f"item {item}: no custody.transferred_out entry names this package")
            continue
        after = [ev.kind for ev in chain[outs[-1] + 1:]]
        if any(k != "report.issued" for k in after):
            fails.append(f"item {item}: the sender recorded {', '.join(after)} after handing it over")
        rep.sent_entries[item] = chain[outs[-1]].entry_hash_hex
    extra = sorted(set(last.report.items) - set(items))
    if extra:
        fails.append(f"the sender's segment proves items the manifest does not list: {', '.join(extra)}")
    if fails:
        return
    # 6. links
    linked = link(rep.segments[:-1], last)
    fails.extend(linked.failures)
    rep.timeline = linked.timeline
    # 7. attachments
    for seg in rep.segments:
        for item, chain in seg.report.items.items():
            for sha in sorted(named_attachments(chain)):
                blob = members.get(f"attachments/{sha}")
                if blob is None:
                    fails.append(f"item {item}: the photo or document {sha} named in {seg.name} is missing")
                elif hashlib.sha256(blob).hexdigest() != sha:
                    fails.append(f"item {item}: attachments/{sha} does not hash to its name")
    # 8. the report
    if check_report is not None:
        pdf = members.get(manifest.get("report") or REPORT)
        if pdf is None:
            fails.append("the custody report is missing")
        else:
            problems, embedded = check_report(pdf, trusted)
            fails.extend(f"report.pdf: {p}" for p in problems)
            if embedded is not None and embedded != members[segs[-1]]:
                fails.append("report.pdf does not carry the sender's segment as its proof")


def segment_summary(seg: Segment) -> str:
    return f"{seg.origin}, tree size {seg.size}, root {seg.root_hex}"


def item_lines(timeline: Mapping[str, Sequence[TimelineEvent]]) -> list[str]:
    """The items' histories as text (custody-verify)."""
    lines: list[str] = []
    for item, events in timeline.items():
        lines.append(f"  Item {item}: {len(events)} entries proven")
        for t in events:
            ev = t.event
            lines.append(f"    {t.origin:<26} #{ev.seq:<6} {ev.at}  {ev.kind:<24} by {ev.actor:<12} "
                         f"signed: {', '.join(ev.signers)}")
    return lines
