"""custody-verify: the prosecutor's check of a Custody court report.

    custody-verify REPORT.pdf [--trust VERIFIER_KEY]...

Checks, in order:

1. the PDF signature (pyHanko): the signature is intact, its certificate made it, and it covers the
   whole file, so nothing was changed or appended after signing. The station's certificate is
   self-signed; its identity comes from the ledger (step 3), not from a certificate authority.
2. the proof bundle attached as ``custody-proof.json`` (LEDGER.md section 5), with
   ``custody.ledger.bundle.verify_bundle``: checkpoint signature by a trusted station key, every
   entry's canonical form, inclusion proof and signatures, the authority rules of LEDGER.md 3.1 over
   the authority closure, and each item's chain up to its ``report.issued`` entry.
3. the binding: the PDF's signing certificate is the one whose SHA-256 the ledger registers for the
   reporting station (``station.certificate_registered``, signed by the station key). So a report re-signed
   with another certificate fails even when its bundle is intact, and one trusted key covers both.

Exit status: 0 everything verified against a station key given with --trust; 2 the report is intact
and consistent but no --trust key was given, so it was checked against the key inside the bundle
itself (anyone could have made that key: confirm the printed key with the agency); 1 anything failed.

This module imports neither Qt nor SQLAlchemy (import-linter contract "Ledger is pure"), so it runs
from a plain Python with the verification dependencies only.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

PROOF_NAME = "custody-proof.json"
SEGMENTS_NAME = "custody-segments.json"  # docs/TRANSFER.md 9: history proven by other stations

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_UNTRUSTED = 2


@dataclass
class SignatureCheck:
    present: bool = False
    intact: bool = False  # the signed bytes hash to the digest in the signature
    valid: bool = False  # the signature value checks with the embedded certificate
    whole_file: bool = False  # covers every byte of the file (nothing appended afterwards)
    signer: str = ""  # subject of the signing certificate
    cert_sha256: str = ""
    signing_time: str = ""
    bound: bool = False  # the certificate is the one the ledger binds to the reporting station
    reason: str = ""
    location: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.present and self.intact and self.valid and self.whole_file and not self.problems


@dataclass
class VerifyOutcome:
    signature: SignatureCheck
    bundle_ok: bool = False
    trusted: bool = False  # the checkpoint was checked against a key given by the user (--trust)
    verifier_keys_in_bundle: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    report: object | None = None  # custody.ledger.bundle.BundleReport when the bundle could be read
    #: items' history across stations (docs/TRANSFER.md 9), when the report carries segments of other stations
    timeline: dict | None = None
    segments: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.signature.ok and self.bundle_ok and not self.failures

    @property
    def exit_code(self) -> int:
        if not self.ok:
            return EXIT_FAILED
        return EXIT_OK if self.trusted else EXIT_UNTRUSTED


# --- the PDF signature ----------------------------------------------------------------------


def _der_length(data: bytes) -> int | None:
    """Total length of the DER value at the start of ``data`` (None if malformed)."""
    if len(data) < 2 or data[0] != 0x30:
        return None
    first = data[1]
    if first < 0x80:
        return 2 + first
    n = first & 0x7F
    if n == 0 or n > 4 or len(data) < 2 + n:
        return None
    return 2 + n + int.from_bytes(data[2:2 + n], "big")


def check_pdf_signature(pdf_bytes: bytes) -> SignatureCheck:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    check = SignatureCheck()
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        sigs = reader.embedded_signatures
    except Exception as exc:
        check.problems.append(f"the PDF could not be read ({type(exc).__name__}: {exc})")
        return check
    if not sigs:
        check.problems.append("the PDF is not signed")
        return check
    if len(sigs) > 1:
        check.problems.append(f"the PDF carries {len(sigs)} signatures; a Custody report carries exactly one")
    sig = sigs[-1]
    check.present = True
    try:
        cert = sig.signer_cert
        check.signer = cert.subject.human_friendly
        check.cert_sha256 = cert.sha256.hex()
        # Self-signed station certificate: trust the embedded certificate so that pyHanko checks
        # integrity and the signature value; identity is reported for a human to confirm.
        vc = ValidationContext(trust_roots=[cert], allow_fetching=False)
        status = validate_pdf_signature(sig, vc)
        check.intact = bool(status.intact)
        check.valid = bool(status.valid)
        check.whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        if status.signer_reported_dt:
            check.signing_time = status.signer_reported_dt.isoformat()
        sig_obj = sig.sig_object
        check.reason = str(sig_obj.get("/Reason", ""))
        check.location = str(sig_obj.get("/Location", ""))
        # The /Contents hex string is not covered by the digest: beyond the CMS object it must
        # hold zero padding only, or a byte could be changed there unnoticed.
        contents = bytes(sig_obj["/Contents"])
        der_len = _der_length(contents)
        if der_len is None or der_len > len(contents) or any(contents[der_len:]):
            check.problems.append("the signature container holds extra data after the signature")
    except Exception as exc:
        check.problems.append(f"the signature could not be validated ({type(exc).__name__}: {exc})")
        return check
    if not check.intact:
        check.problems.append("the document was changed after it was signed (signature digest mismatch)")
    elif not check.valid:
        check.problems.append("the signature value does not match the signing certificate")
    if check.intact and not check.whole_file:
        check.problems.append("data was added to the file after it was signed")
    return check


def extract_proof(pdf_bytes: bytes) -> bytes:
    """The bytes of the embedded ``custody-proof.json`` (raises LookupError/ValueError)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_bytes), strict=False)
    found = reader.attachments.get(PROOF_NAME)
    if not found:
        raise LookupError(f"the report has no attached {PROOF_NAME}")
    if len(found) != 1:
        raise ValueError(f"the report has {len(found)} attachments named {PROOF_NAME}")
    return found[0]


# --- everything -----------------------------------------------------------------------------


def verify_pdf(pdf_bytes: bytes, trusted_keys: Sequence[str] = ()) -> VerifyOutcome:
    """Check a report PDF; never raises for a bad file (failures are in the outcome)."""
    from custody.ledger.bundle import verify_bundle

    outcome = VerifyOutcome(signature=check_pdf_signature(pdf_bytes))
    outcome.failures.extend(f"PDF signature: {p}" for p in outcome.signature.problems)
    try:
        proof = extract_proof(pdf_bytes)
    except Exception as exc:
        outcome.failures.append(f"proof bundle: {exc}")
        return outcome
    try:
        parsed = json.loads(proof.decode("utf-8"))
        outcome.verifier_keys_in_bundle = [str(k) for k in parsed.get("verifier_keys", [])]
    except Exception as exc:
        outcome.failures.append(f"proof bundle: not valid UTF-8 JSON ({exc})")
        return outcome
    keys = [k.strip() for k in trusted_keys if k.strip()]
    try:
        # None: check against the bundle's own verifier key(s); the result is then "untrusted".
        report = verify_bundle(proof, keys or None)
    except Exception as exc:  # verify_bundle reports failures itself; this is a safety net
        outcome.failures.append(f"proof bundle: could not be checked ({type(exc).__name__}: {exc})")
        return outcome
    outcome.report = report
    outcome.trusted = bool(keys) and bool(getattr(report, "station_key_trusted", True))
    outcome.bundle_ok = bool(report.ok)
    outcome.failures.extend(f"proof bundle: {f}" for f in report.failures)
    if report.ok and not report.items:
        outcome.bundle_ok = False
        outcome.failures.append("proof bundle: it proves no item")
    if report.ok:
        _check_segments(pdf_bytes, report, keys or None, outcome)
    if report.ok and outcome.signature.present:
        problem = check_certificate_binding(report, outcome.signature.cert_sha256)
        if problem:
            outcome.failures.append(f"PDF signature: {problem}")
        else:
            outcome.signature.bound = True
    return outcome


def _attachment(pdf_bytes: bytes, name: str) -> bytes | None:
    from pypdf import PdfReader

    found = PdfReader(io.BytesIO(pdf_bytes), strict=False).attachments.get(name)
    if not found:
        return None
    if len(found) != 1:
        raise ValueError(f"the report has {len(found)} attachments named {name}")
    return found[0]


def _check_segments(pdf_bytes: bytes, report, keys: list[str] | None, outcome: VerifyOutcome) -> None:
    """Items that came from other stations (docs/TRANSFER.md 9): every ``custody.transferred_in`` must link to a
    segment of the sender, each segment proven by a trusted key; the history is then printed across stations."""
    from custody.ledger.bundle import verify_bundle
    from custody.ledger.segments import TRANSFERRED_IN, Segment, link, parse_segments_doc

    needs = any(ev.kind == TRANSFERRED_IN for events in report.items.values() for ev in events)
    try:
        raw = _attachment(pdf_bytes, SEGMENTS_NAME)
        bundles = parse_segments_doc(raw) if raw is not None else []
    except Exception as exc:
        outcome.bundle_ok = False
        outcome.failures.append(f"{SEGMENTS_NAME}: {exc}")
        return
    if not needs and not bundles:
        return
    segs = []
    for n, b in enumerate(bundles, 1):
        br = verify_bundle(b, keys)
        if not br.ok:
            outcome.bundle_ok = False
            outcome.failures.extend(f"{SEGMENTS_NAME} segment {n}: {f}" for f in br.failures[:10])
            continue
        if keys and not br.station_key_trusted:
            outcome.trusted = False
        segs.append(Segment(f"segment {n}", br))
        cp = br.checkpoint
        outcome.segments.append(f"{cp.origin}, tree size {cp.size}, root {cp.root.hex()}" if cp else "?")
    if not outcome.bundle_ok:
        return
    linked = link(segs, Segment(PROOF_NAME, report))
    if linked.failures:
        outcome.bundle_ok = False
        outcome.failures.extend(f"{SEGMENTS_NAME}: {f}" for f in linked.failures)
        return
    outcome.timeline = linked.timeline


def check_certificate_binding(report, cert_sha256: str) -> str | None:
    """The PDF must be signed by the certificate the ledger binds to the station that issued the report: the
    latest ``station.certificate_registered`` entry of that station in the (verified) bundle, signed by the
    station key. Returns the problem in words, or None."""
    stations = {e.station for events in report.items.values() for e in events if e.kind == "report.issued"}
    if len(stations) != 1:
        return "the report's items were reported by more than one station"
    station = stations.pop()
    bound = [e for e in report.context
             if e.kind == "station.certificate_registered" and e.station == station and "@station" in e.signers]
    if not bound:
        return (f"the proof bundle binds no PDF-signing certificate to station {station} "
                "(no station.certificate_registered entry signed by the station key)")
    expected = bound[-1].data.get("sha256")
    if cert_sha256 != expected:
        return (f"the PDF was signed with certificate SHA-256 {cert_sha256}, but the ledger binds certificate "
                f"{expected} to station {station}: the report was re-signed by someone else")
    return None


def format_outcome(outcome: VerifyOutcome, filename: str = "") -> str:
    lines: list[str] = []
    add = lines.append
    if filename:
        add(f"Report: {filename}")
    s = outcome.signature
    add("")
    add("PDF signature")
    if s.present:
        add(f"  signed by:     {s.signer}")
        add(f"  certificate:   SHA-256 {s.cert_sha256}")
        if s.signing_time:
            add(f"  signed at:     {s.signing_time} (as stated by the signer)")
        if s.reason or s.location:
            add(f"  reason/place:  {s.reason} / {s.location}")
        add(f"  intact:        {'yes' if s.intact else 'NO'}")
        add(f"  valid:         {'yes' if s.valid else 'NO'}")
        add(f"  whole file:    {'yes' if s.whole_file else 'NO'}")
        if s.bound:
            add("  certificate:   the one the ledger binds to the station (station.certificate_registered)")
        add("  note: the station certificate is self-signed; the ledger binds its fingerprint to the station key,")
        add("        so once the station key is trusted the certificate is too. PDF readers (Adobe, Okular,")
        add("        pdfsig) need it as a trust root: ask the agency for it or run")
        add("        'custody station certificate --out station.crt' at the station.")
    else:
        add("  none found")
    report = outcome.report
    if report is not None:
        add("")
        add("Proof bundle (custody-proof.json)")
        cp = getattr(report, "checkpoint", None)
        if cp is not None:
            add(f"  checkpoint:    {cp.origin}, tree size {cp.size}, root {_hex(cp.root)}")
        if outcome.trusted:
            add("  station key:   checked against the key(s) given with --trust")
        else:
            add("  !!! STATION KEY NOT INDEPENDENTLY CHECKED !!!")
            add("  No --trust key was given, so the checkpoint was checked with the key inside the bundle:")
            for k in outcome.verifier_keys_in_bundle:
                add(f"      {k}")
            add("  Anyone can make such a key. Compare it with the key the agency publishes and run again with")
            add("  --trust \"<that key>\".")
        for seg in outcome.segments:
            add(f"  also proven:   {seg} (history at another station)")
        if outcome.timeline:
            from custody.ledger.transfer_package import item_lines

            add("")
            add("  History across stations (each entry with the ledger that proves it):")
            lines.extend(item_lines(outcome.timeline))
        for item_id, events in ({} if outcome.timeline else (report.items or {})).items():
            add("")
            add(f"  Item {item_id}: {len(events)} entries proven")
            for ev in events:
                signers = ", ".join(ev.signers) if ev.signers else "-"
                add(f"    #{ev.seq:<7} {ev.at}  {ev.kind:<26} by {ev.actor:<14} signed: {signers}")
    add("")
    if outcome.failures:
        add("FAILED:")
        for f in outcome.failures:
            add(f"  - {f}")
    elif outcome.trusted:
        add("RESULT: VERIFIED. The report is intact and its custody history is proven by the trusted station key.")
    else:
        add("RESULT: INTACT BUT UNTRUSTED. Everything is consistent, but the station key was not checked "
            "(exit status 2).")
    return "\n".join(lines)


def _hex(root) -> str:
    return root.hex() if isinstance(root, bytes | bytearray) else str(root)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="custody-verify",
        description="Verify a Custody chain-of-custody report: its PDF signature and the attached ledger proof.",
        epilog="Exit status: 0 verified with a trusted station key; 2 intact but the station key was not "
               "given with --trust; 1 verification failed.",
    )
    parser.add_argument("file", help="the report PDF, or a transfer package (.custody, docs/TRANSFER.md)")
    parser.add_argument("--trust", action="append", default=[], metavar="VERIFIER_KEY",
                        help="a station verifier key published by the agency (name+hexid+base64); repeatable")
    parser.add_argument("--json", action="store_true", help="print the outcome as JSON")
    args = parser.parse_args(argv)
    # pypdf logs repairs of damaged files; our own output says what failed.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        with open(args.file, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        print(f"custody-verify: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    if data[:4] == b"PK\x03\x04":  # a transfer package (docs/TRANSFER.md)
        return _main_package(data, args)
    outcome = verify_pdf(data, args.trust)
    if args.json:
        print(json.dumps(outcome_to_dict(outcome), ensure_ascii=False, indent=2))
    else:
        print(format_outcome(outcome, args.file))
    return outcome.exit_code


def check_report_in_package(pdf: bytes, trusted: list[str]) -> tuple[list[str], bytes | None]:
    outcome = verify_pdf(pdf, trusted)
    try:
        embedded = extract_proof(pdf)
    except (LookupError, ValueError):
        embedded = None
    return list(outcome.failures), embedded


def verify_package_bytes(data: bytes, trusted_keys: Sequence[str]):
    """Verify a transfer package (docs/TRANSFER.md 7), its report PDF included."""
    from custody.ledger.transfer_package import verify_package

    return verify_package(data, trusted_keys, check_report_in_package)


def format_package(rep, filename: str = "") -> str:
    from custody.ledger.transfer_package import item_lines

    lines = [f"Transfer package: {filename}"] if filename else []
    m = rep.manifest or {}
    if m:
        snd, rcv = m.get("sender") or {}, m.get("receiver") or {}
        lines += [f"  package id:    {m.get('package_id')}", f"  package hash:  {rep.package_sha256}",
                  f"  from:          {snd.get('agency')} ({snd.get('station')}, {snd.get('origin')})",
                  f"  sender key:    {snd.get('verifier_key')}",
                  f"  to:            {rcv.get('agency')}: {rcv.get('name')} ({rcv.get('organisation')}, "
                  f"ID {rcv.get('id_number')})",
                  f"  items:         {', '.join(m.get('items') or [])}"]
    for seg in rep.segments:
        cp = seg.report.checkpoint
        lines.append(f"  segment:       {seg.name}: {seg.origin}, tree size {cp.size if cp else '?'}")
    if rep.ok:
        lines.append("")
        lines.extend(item_lines(rep.timeline))
        lines += ["", "RESULT: VERIFIED. The package is intact, signed by the trusted sending station, and proves "
                      "each item's history at every station it went through."]
    else:
        lines += ["", "REFUSED:"] + [f"  - {f}" for f in rep.failures]
    return "\n".join(lines)


def _main_package(data: bytes, args) -> int:
    rep = verify_package_bytes(data, args.trust)
    if args.json:
        print(json.dumps({"ok": rep.ok, "failures": rep.failures, "package_sha256": rep.package_sha256,
                          "manifest": rep.manifest, "items": {
                              i: [{"origin": t.origin, "seq": t.event.seq, "kind": t.event.kind, "at": t.event.at,
                                   "actor": t.event.actor, "entry_hash": t.event.entry_hash_hex} for t in tl]
                              for i, tl in rep.timeline.items()}}, ensure_ascii=False, indent=2))
    else:
        print(format_package(rep, args.file))
    return EXIT_OK if rep.ok else EXIT_FAILED


def outcome_to_dict(outcome: VerifyOutcome) -> dict:
    s = outcome.signature
    items = {}
    report = outcome.report
    if report is not None:
        for item_id, events in (report.items or {}).items():
            items[item_id] = [{"seq": e.seq, "kind": e.kind, "at": e.at, "actor": e.actor,
                               "signers": list(e.signers), "entry_hash": e.entry_hash_hex} for e in events]
        for item_id, tl in (outcome.timeline or {}).items():  # history across stations (docs/TRANSFER.md 9)
            items[item_id] = [{"seq": t.event.seq, "kind": t.event.kind, "at": t.event.at, "actor": t.event.actor,
                               "signers": list(t.event.signers), "entry_hash": t.event.entry_hash_hex,
                               "origin": t.origin} for t in tl]
    return {
        "ok": outcome.ok, "trusted": outcome.trusted, "exit_code": outcome.exit_code,
        "signature": {"present": s.present, "intact": s.intact, "valid": s.valid, "whole_file": s.whole_file,
                      "signer": s.signer, "cert_sha256": s.cert_sha256, "signing_time": s.signing_time,
                      "bound_by_ledger": s.bound},
        "verifier_keys_in_bundle": outcome.verifier_keys_in_bundle,
        "failures": outcome.failures, "items": items,
    }


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
