"""A report whose ledger follows LEDGER.md 3.1 to the letter, and the tampered copies of it (no tests here).

The ledger starts as section 3.1 describes a setup: the station key registers itself (the trust anchor), the
station key creates the first administrator and co-signs the registration of their key, the station registers
its report-signing certificate; then the administrator creates officers and approves their keys. Items get
custody events signed by the officers, and ``report.issued`` entries close them. The proof bundle holds the
items' entries and their authority closure, each with an inclusion proof against a station-signed checkpoint.
The PDF is rendered, the bundle attached and the whole signed with the registered certificate.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import hashlib
import importlib.util
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding

from custody.ledger import merkle
from custody.ledger.bundle import build_bundle
from custody.ledger.canonical import canonical_bytes
from custody.ledger.entry import entry_hash, make_body
from custody.ledger.note import Checkpoint, sign_checkpoint, verifier_key
from custody.ledger.signing import key_id, public_raw, sign_entry
from custody.reports.custody_report import CustodyReportRenderer
from custody.reports.model import CustodyRow
from custody.reports.pdfsign import create_station_certificate, embed_attachment, sign_pdf

TESTS = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path):
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


sample = _load("custody_report_sample", TESTS / "reports" / "sample_custody_report.py")

STATION = "LIS01"
ORIGIN = f"custody.local/{STATION}"
KEY_NAME = f"{ORIGIN}/{STATION}"
AT_STATION = "@station"
OFFICERS = ("jsmith", "ipetrov", "mabdullah")
NAMES = {"admin": "Amina Diallo", "jsmith": sample.LATIN_NAME, "ipetrov": sample.CYRILLIC_NAME,
         "mabdullah": sample.ARABIC_NAME, "mallory": "M. Allory"}
CASE = "NUIPC 123/24.0JDLSB"


@dataclass
class Entry:
    body: bytes
    hash: bytes
    obj: dict
    signatures: list[dict]


@dataclass
class Ledger:
    entries: list[Entry] = field(default_factory=list)
    keys: dict[str, Ed25519PrivateKey] = field(default_factory=dict)  # "@station" = the station key
    item_last: dict[str, bytes] = field(default_factory=dict)
    clock: dt.datetime = dt.datetime(2026, 3, 1, 7, 45, tzinfo=dt.UTC)

    def append(self, kind: str, actor: str, *, item: str | None = None, signers: tuple[str, ...] = (),
               data: dict | None = None, sign_with: dict[str, Ed25519PrivateKey] | None = None) -> Entry:
        self.clock += dt.timedelta(minutes=17)
        seq = len(self.entries) + 1
        prev = self.entries[-1].hash if self.entries else "0" * 64
        obj = make_body(seq=seq, prev=prev, kind=kind, at=self.clock, station=STATION, actor=actor, item=item,
                        item_prev=self.item_last.get(item) if item else None, case=CASE if item else None,
                        signers=signers or (actor,), data=data or {})
        body = canonical_bytes(obj)
        h = entry_hash(body)
        keys = {**self.keys, **(sign_with or {})}
        sigs = [{"signer": s, "key_id": key_id(public_raw(keys[s])),
                 "signature": base64.b64encode(sign_entry(keys[s], h)).decode()}
                for s in obj["signers"] if s in keys]
        e = Entry(body, h, obj, sigs)
        self.entries.append(e)
        if item:
            self.item_last[item] = h
        return e

    def register_user(self, user: str, authoriser: str, key: Ed25519PrivateKey | None = None) -> Entry:
        k = key or Ed25519PrivateKey.generate()
        self.keys[user] = k
        pub = public_raw(k)
        return self.append("user.key_registered", authoriser, signers=(authoriser, user),
                           data={"username": user, "public_key": base64.b64encode(pub).decode(),
                                 "key_id": key_id(pub)})


@dataclass
class Report:
    ledger: Ledger
    station_key: Ed25519PrivateKey
    verifier_key: str
    bundle: dict
    item_ids: tuple[str, ...]
    key_pem: bytes
    cert_pem: bytes
    cert_sha256: str

    def bundle_bytes(self, doc: dict | None = None) -> bytes:
        d = doc or self.bundle
        return build_bundle(checkpoint_note=d["checkpoint"], verifier_keys=d["verifier_keys"], keys=d["keys"],
                            entries=d["entries"])

    def pdf(self, doc: dict | None = None) -> bytes:
        """Render, attach the (possibly modified) bundle and sign: a PDF whose own signature is valid."""
        d = doc or self.bundle
        pdf = CustodyReportRenderer(_report_data(self, d)).render()
        pdf = embed_attachment(pdf, name="custody-proof.json", data=self.bundle_bytes(d))
        return sign_pdf(pdf, self.key_pem, self.cert_pem, reason="Chain of custody report", location="Lisboa")

    def item_entry_indexes(self, doc: dict, item: str) -> list[int]:
        return [i for i, e in enumerate(doc["entries"]) if json.loads(e["body"])["item"] == item]


def _report_data(r: Report, doc: dict):
    """Report DTOs filled from the (possibly modified) bundle, as the report service does from the ledger."""
    by_item: dict[str, list[tuple[dict, str]]] = {}
    for e in doc["entries"]:
        obj = json.loads(e["body"])
        if obj["item"]:
            by_item.setdefault(obj["item"], []).append((obj, entry_hash(e["body"].encode()).hex()))

    def rows(_i: int, item_id: str) -> tuple[CustodyRow, ...]:
        return tuple(
            CustodyRow(seq=o["seq"], at_local=o["at"][:16].replace("T", " "), action_label=o["kind"],
                       released_by=NAMES.get(o["data"].get("from", ""), ""),
                       received_by=NAMES.get(o["data"].get("to", ""), ""), location=o["data"].get("location", ""),
                       seal_state=o["data"].get("seal", ""), signatures=tuple(NAMES[s] for s in o["signers"]),
                       entry_hash_hex=h)
            for o, h in by_item.get(item_id, []))

    return sample.sample_report_data(n_items=len(r.item_ids), item_ids=r.item_ids, checkpoint_note=doc["checkpoint"],
                                     verifier_key=r.verifier_key, rows_for=rows)


def _cert_sha256(cert_pem: bytes) -> str:
    return hashlib.sha256(x509.load_pem_x509_certificate(cert_pem).public_bytes(Encoding.DER)).hexdigest()


def build(n_items: int = 2, events: int = 3, forge: bool = False,
          cert: tuple[bytes, bytes] | None = None) -> Report:
    """A conforming report; with ``forge`` the ledger also holds what a database-only attacker can add: a key
    "mallory" registered by itself, and a handover of the first item signed with it (both inside the signed
    checkpoint, as they would be when the station later signs one)."""
    led = Ledger()
    station = Ed25519PrivateKey.generate()
    led.keys[AT_STATION] = station
    spub = public_raw(station)
    vkey = verifier_key(KEY_NAME, spub)
    led.append("station.key_registered", AT_STATION,
               data={"key_name": KEY_NAME, "public_key": base64.b64encode(spub).decode(), "station": STATION,
                     "verifier_key": vkey})
    led.append("user.created", AT_STATION,
               data={"username": "admin", "full_name": "Amina Diallo", "roles": ["admin"]})
    led.register_user("admin", AT_STATION)
    key_pem, cert_pem = cert or create_station_certificate("Evidence room LIS01", "Polícia Judiciária")
    cert_sha = _cert_sha256(cert_pem)
    led.append("station.certificate_registered", AT_STATION,
               data={"station": STATION, "sha256": cert_sha, "subject": "CN=Evidence room LIS01"})
    for user in OFFICERS:
        led.append("user.created", "admin", data={"username": user, "full_name": NAMES[user], "roles": ["officer"]})
        led.register_user(user, "admin")
    item_ids = tuple(f"EV-2026-{i:06d}" for i in range(1, n_items + 1))
    kinds = ["custody.seized", "custody.checked_in", "custody.transferred", "custody.checked_out",
             "custody.returned"]
    per_item = dict.fromkeys(item_ids, 0)
    for k in range(events):
        for n, item in enumerate(item_ids):
            a, b = OFFICERS[(k + n) % 3], OFFICERS[(k + n + 1) % 3]
            led.append(kinds[k % len(kinds)], a, item=item, signers=(a, b),
                       data={"from": a, "to": b, "location": f"Room B, shelf {k + 1}", "seal": f"S-{k:05d}"})
            per_item[item] += 1
    if forge:
        rogue = Ed25519PrivateKey.generate()
        led.register_user("mallory", "mallory", key=rogue)
        led.append("custody.transferred", "mallory", item=item_ids[0],
                   data={"from": "mallory", "to": "mallory", "location": "Car park", "seal": "S-99999"})
        per_item[item_ids[0]] += 1
    led.append("custody.seized", "jsmith", item="EV-2026-999999", data={})  # not reported
    for item in item_ids:
        led.append("report.issued", "jsmith", item=item, data={"report_id": "RPT-2026-000017",
                                                               "events": per_item[item]})
    leaves = [e.hash for e in led.entries]
    size = len(leaves)
    note = sign_checkpoint(Checkpoint(ORIGIN, size, merkle.root_from_leaves(leaves)), KEY_NAME, station)
    subtree = merkle.subtree_from_leaves(leaves)
    reported = set(item_ids)
    wanted = [e for e in led.entries if e.obj["item"] in reported or e.obj["item"] is None]
    entries = [{"body": e.body.decode(), "signatures": e.signatures,
                "inclusion": [p.hex() for p in merkle.inclusion_proof(e.obj["seq"] - 1, size, subtree)]}
               for e in wanted]
    keys = [{"key_id": key_id(public_raw(k)), "public_key": base64.b64encode(public_raw(k)).decode(),
             "owner": "station:" + STATION if u == AT_STATION else f"user:{u}"} for u, k in led.keys.items()]
    doc = json.loads(build_bundle(checkpoint_note=note, verifier_keys=[vkey], keys=keys, entries=entries))
    return Report(led, station, vkey, doc, item_ids, key_pem, cert_pem, cert_sha)


# --- the tampered copies ---------------------------------------------------------------------------------


def changed_byte(pdf: bytes) -> bytes:
    b = bytearray(pdf)
    b[len(b) // 2] ^= 0x01
    return bytes(b)


def edited_event(r: Report) -> bytes:
    doc = copy.deepcopy(r.bundle)
    i = r.item_entry_indexes(doc, r.item_ids[0])[1]
    doc["entries"][i]["body"] = doc["entries"][i]["body"].replace("Room B, shelf 2", "Room B, shelf 9")
    assert doc["entries"][i]["body"] != r.bundle["entries"][i]["body"]
    return r.pdf(doc)


def dropped_event(r: Report) -> bytes:
    doc = copy.deepcopy(r.bundle)
    del doc["entries"][r.item_entry_indexes(doc, r.item_ids[0])[1]]
    return r.pdf(doc)


def rsa_certificate() -> tuple[bytes, bytes]:
    """An agency's RSA certificate (PKCS#12 imports may be RSA): key and certificate, PEM."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Agency RSA signer")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365)).sign(key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return key_pem, cert.public_bytes(Encoding.PEM)


def other_station_key() -> str:
    return verifier_key(KEY_NAME, public_raw(Ed25519PrivateKey.generate()))
