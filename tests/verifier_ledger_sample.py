"""A small synthetic ledger, its proof bundle and a signed report built from it (no tests here).

Used by tests/test_verifier_*.py (loaded by path). Everything is real: Ed25519 user keys registered
by ``user.key_registered`` entries, custody events chained per item, ``report.issued`` entries and
a checkpoint signed by the station key.
"""

from __future__ import annotations

import base64
import datetime as dt
import importlib.util
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from custody.ledger import merkle
from custody.ledger.authority import AUTHORITY_KINDS
from custody.ledger.authority import STATION as STATION_ACTOR
from custody.ledger.bundle import authority_closure, build_bundle
from custody.ledger.canonical import canonical_bytes
from custody.ledger.entry import entry_hash, make_body
from custody.ledger.note import Checkpoint, sign_checkpoint, verifier_key
from custody.ledger.signing import key_id, public_raw, sign_entry
from custody.reports.custody_report import CustodyReportRenderer
from custody.reports.model import CustodyRow, ItemWithHistory
from custody.reports.pdfsign import (
    certificate_fingerprint,
    create_station_certificate,
    embed_attachment,
    sign_pdf,
)


def _load(name: str, path: Path):
    """Load a sibling helper module by path (the tests folders are not packages)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


sample = _load("custody_report_sample", Path(__file__).parent / "reports" / "sample_custody_report.py")

ORIGIN = "custody.local/LIS01"
STATION = "LIS01"
KEY_NAME = f"{ORIGIN}/{STATION}"
USERS = {"jsmith": sample.LATIN_NAME, "ipetrov": sample.CYRILLIC_NAME, "jconceicao": sample.PORTUGUESE_NAME,
         "hlefevre": sample.FRENCH_NAME, "mabdullah": sample.ARABIC_NAME}
ACTION_LABELS = {"custody.seized": "Seized", "custody.checked_in": "Checked in",
                 "custody.transferred": "Transferred", "custody.checked_out": "Checked out for analysis",
                 "custody.returned": "Returned from lab", "report.issued": "Report issued"}


@dataclass
class Entry:
    body: bytes
    hash: bytes
    obj: dict
    signatures: list[dict]


@dataclass
class Ledger:
    entries: list[Entry] = field(default_factory=list)
    keys: dict[str, Ed25519PrivateKey] = field(default_factory=dict)
    item_last: dict[str, bytes] = field(default_factory=dict)
    clock: dt.datetime = dt.datetime(2024, 3, 1, 7, 45, tzinfo=dt.UTC)

    def append(self, kind: str, actor: str, *, item: str | None = None, case: str | None = None,
               signers: tuple[str, ...] = (), data: dict | None = None) -> Entry:
        self.clock += dt.timedelta(minutes=37)
        seq = len(self.entries) + 1
        prev = self.entries[-1].hash if self.entries else "0" * 64
        body_obj = make_body(seq=seq, prev=prev, kind=kind, at=self.clock, station=STATION, actor=actor, item=item,
                             item_prev=self.item_last.get(item) if item else None, case=case,
                             signers=signers or (actor,), data=data or {})
        body = canonical_bytes(body_obj)
        h = entry_hash(body)
        sigs = []
        for user in body_obj["signers"]:
            k = self.keys[user]
            sigs.append({"signer": user, "key_id": key_id(public_raw(k)),
                         "signature": base64.b64encode(sign_entry(k, h)).decode()})
        e = Entry(body, h, body_obj, sigs)
        self.entries.append(e)
        if item:
            self.item_last[item] = h
        return e

    def register(self, user: str, *, by: str, roles: tuple[str, ...]) -> Entry:
        """``user.created`` and ``user.key_registered``, authorised by ``by`` (an administrator, or @station while
        the ledger has no administrator: LEDGER.md 3.1.3)."""
        self.append("user.created", by, signers=(by,),
                    data={"username": user, "full_name": USERS[user], "roles": sorted(roles)})
        k = Ed25519PrivateKey.generate()
        self.keys[user] = k
        pub = public_raw(k)
        return self.append("user.key_registered", by, signers=(by, user),
                           data={"username": user, "public_key": base64.b64encode(pub).decode(),
                                 "key_id": key_id(pub)})


@dataclass
class Built:
    ledger: Ledger
    station_key: Ed25519PrivateKey
    verifier_key: str
    note: str
    bundle: dict  # parsed JSON, to mutate in tests
    item_ids: tuple[str, ...]
    key_pem: bytes
    cert_pem: bytes

    def bundle_bytes(self, doc: dict | None = None) -> bytes:
        d = doc or self.bundle
        return build_bundle(checkpoint_note=d["checkpoint"], verifier_keys=d["verifier_keys"], keys=d["keys"],
                            entries=d["entries"])

    def report(self, doc: dict | None = None) -> bytes:
        """Render, attach the (possibly modified) bundle and sign: a PDF whose signature is valid."""
        d = doc or self.bundle
        data = report_data(self, d)
        pdf = CustodyReportRenderer(data).render()
        pdf = embed_attachment(pdf, name="custody-proof.json", data=self.bundle_bytes(d))
        return sign_pdf(pdf, self.key_pem, self.cert_pem, reason="Chain of custody report", location="Lisboa")


def build(n_items: int = 2, events_per_item: int = 4, report_id: str = "RPT-2024-000017",
          cert: tuple[bytes, bytes] | None = None) -> Built:
    led = Ledger()
    station = Ed25519PrivateKey.generate()
    led.keys[STATION_ACTOR] = station
    led.append("station.key_registered", STATION_ACTOR,
               data={"key_name": KEY_NAME, "public_key": base64.b64encode(public_raw(station)).decode(),
                     "verifier_key": verifier_key(KEY_NAME, public_raw(station))})
    key_pem, cert_pem = cert or create_station_certificate("Evidence room LIS01", "Polícia Judiciária")
    led.append("station.certificate_registered", STATION_ACTOR,
               data={"station": STATION, "sha256": certificate_fingerprint(cert_pem), "subject": "CN=LIS01"})
    led.register("jsmith", by=STATION_ACTOR, roles=("admin", "custodian"))
    for user in list(USERS)[1:]:
        led.register(user, by="jsmith", roles=("officer",))
    case = "NUIPC 123/24.0JDLSB"
    item_ids = tuple(f"EV-2024-{i:06d}" for i in range(1, n_items + 1))
    kinds = ["custody.seized", "custody.checked_in", "custody.transferred", "custody.checked_out",
             "custody.returned"]
    users = list(USERS)
    per_item = {i: 0 for i in item_ids}
    for k in range(events_per_item):
        for n, item in enumerate(item_ids):
            a, b = users[(k + n) % 5], users[(k + n + 1) % 5]
            led.append(kinds[k % len(kinds)], a, item=item, case=case, signers=(a, b),
                       data={"from": a, "to": b, "location": f"Room B, shelf {k + 1}", "seal": f"S-{k:05d}"})
            per_item[item] += 1
    # an unrelated item whose entries must not be in the bundle
    led.append("custody.seized", "jsmith", item="EV-2024-999999", case="OTHER", data={})
    for item in item_ids:
        led.append("report.issued", "jsmith", item=item, case=case,
                   data={"report_id": report_id, "events": per_item[item]})
    leaves = [e.hash for e in led.entries]
    size = len(leaves)
    cp = Checkpoint(ORIGIN, size, merkle.root_from_leaves(leaves))
    note = sign_checkpoint(cp, KEY_NAME, station)
    subtree = merkle.subtree_from_leaves(leaves)
    used = {(g["signer"], g["key_id"], e.obj["station"]) for e in led.entries if e.obj["item"] in item_ids
            for g in e.signatures}
    closure = authority_closure(
        [(e.obj["seq"], e.obj, [(g["signer"], g["key_id"]) for g in e.signatures]) for e in led.entries
         if e.obj["kind"] in AUTHORITY_KINDS], used)
    wanted = [e for e in led.entries if e.obj["item"] in item_ids or e.obj["seq"] in closure
              or e.obj["kind"] == "station.certificate_registered"]
    entries = [{"body": e.body.decode(), "signatures": e.signatures,
                "inclusion": [p.hex() for p in merkle.inclusion_proof(e.obj["seq"] - 1, size, subtree)]}
               for e in wanted]
    keys = [{"key_id": key_id(public_raw(k)), "public_key": base64.b64encode(public_raw(k)).decode(),
             "owner": f"user:{u}"} for u, k in led.keys.items() if u != STATION_ACTOR]
    vkey = verifier_key(KEY_NAME, public_raw(station))
    doc = json.loads(build_bundle(checkpoint_note=note, verifier_keys=[vkey], keys=keys, entries=entries))
    return Built(led, station, vkey, note, doc, item_ids, key_pem, cert_pem)


def report_data(built: Built, doc: dict):
    """Report DTOs filled from the (possibly modified) bundle, as a service would from the ledger."""
    by_item: dict[str, list[dict]] = {}
    for e in doc["entries"]:
        obj = json.loads(e["body"])
        if obj["item"]:
            by_item.setdefault(obj["item"], []).append((obj, entry_hash(e["body"].encode()).hex()))
    base = sample.sample_report_data(n_items=len(built.item_ids), item_ids=built.item_ids,
                                     checkpoint_note=doc["checkpoint"], verifier_key=built.verifier_key,
                                     rows_for=lambda i, item_id: rows(by_item.get(item_id, [])))
    return base


def rows(entries: list) -> tuple[CustodyRow, ...]:
    out = []
    for obj, h in entries:
        d = obj["data"]
        out.append(CustodyRow(
            seq=obj["seq"], at_local=obj["at"][:16].replace("T", " "), action_label=ACTION_LABELS[obj["kind"]],
            released_by=USERS.get(d.get("from", ""), ""), received_by=USERS.get(d.get("to", ""), ""),
            location=d.get("location", ""), seal_state=d.get("seal", ""),
            signatures=tuple(USERS[s] for s in obj["signers"]), entry_hash_hex=h))
    return tuple(out)


__all__ = ["Built", "ItemWithHistory", "build"]
