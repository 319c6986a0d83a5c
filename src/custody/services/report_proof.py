"""The proof bundle of a report (LEDGER.md section 5), collected from the stored ledger, and checked before use.

A bundle holds, against one signed checkpoint: every entry of each reported item up to its ``report.issued``; the
entries the report takes its other facts from (LEDGER.md 5.1: the case's ``case.opened``, the seizures'
``seizure.recorded``, the ``user.created`` of every officer named, the ``location.created`` of every location named,
the station's ``station.certificate_registered``), found through the ``ledger_ref`` projection and checked to be
what they claim; every ``clock.corrected``; and the authority closure of every key that signed any of them. Each
entry carries its inclusion proof. :func:`collect` builds it; :func:`proven` verifies it with the station's trusted
key, so that what a report states comes from a bundle that verifies, never from other tables.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import LedgerEntry, LedgerRef, LedgerSignature
from custody.domain.i18n import N_
from custody.ledger.authority import AUTHORITY_KINDS, STATION
from custody.ledger.bundle import BundleReport, authority_closure, build_bundle, bundle_entry, verify_bundle
from custody.ledger.signing import key_id
from custody.services import ledger as ledger_svc
from custody.services.projections import ref_of
from custody.services.trusted import LedgerFails

__all__ = ["LOCATION_KEYS", "PERSON_KEYS", "collect", "proven"]

#: ``data`` members that name officers (usernames) or lists of them.
PERSON_KEYS = frozenset({
    "from", "to", "custodian", "seizing_officer", "requested_by", "approved_by", "witnesses", "recorded_custodian",
    "authorized_by", "performed_by", "released_by", "received_by", "holder",
})
#: ``data`` members that name locations (codes) or lists of them.
LOCATION_KEYS = frozenset({"location", "to_location", "from_location", "found_location", "recorded_location",
                           "locations"})

MSG_REF_DAMAGED = N_("Reports", "The ledger reference {ref} points at an entry that does not record it (seq {seq}). "
                                "Nothing was recorded. An administrator should run 'custody ledger rebuild'.")
MSG_BUNDLE_FAILS = N_("Reports", "The entries this report would state do not verify: {reason}. Nothing was recorded.")


def _names(value: Any) -> Iterable[str]:
    if isinstance(value, str) and value:
        yield value
    elif isinstance(value, list):
        for v in value:
            if isinstance(v, str) and v:
                yield v


def refs_named(body: dict[str, Any]) -> set[str]:
    """The ``ledger_ref`` keys of the facts an entry names: its case and seizure, officers, locations."""
    data = body.get("data") or {}
    out = {f"user:{u}" for u in [body.get("actor"), *body.get("signers", ())] if isinstance(u, str) and u != STATION}
    for key in PERSON_KEYS & data.keys():
        out.update(f"user:{u}" for u in _names(data[key]))
    for key in LOCATION_KEYS & data.keys():
        out.update(f"location:{c}" for c in _names(data[key]))
    if body.get("case"):
        out.add(f"case:{body['case']}")
    for key, prefix in (("case_number", "case"), ("seizure", "seizure"), ("document_number", "seizure")):
        if isinstance(data.get(key), str) and data[key]:
            out.add(f"{prefix}:{data[key]}")
    return out


def _entries(s: Session, seqs: Sequence[int]) -> dict[int, LedgerEntry]:
    out: dict[int, LedgerEntry] = {}
    for i in range(0, len(seqs), 500):
        chunk = list(seqs[i:i + 500])
        out.update((e.seq, e) for e in s.execute(select(LedgerEntry).where(LedgerEntry.seq.in_(chunk))).scalars())
    return out


def _signatures(s: Session, seqs: Sequence[int]) -> dict[int, list[LedgerSignature]]:
    out: dict[int, list[LedgerSignature]] = {}
    for i in range(0, len(seqs), 500):
        chunk = list(seqs[i:i + 500])
        for sig in s.execute(select(LedgerSignature).where(LedgerSignature.seq.in_(chunk))).scalars():
            out.setdefault(sig.seq, []).append(sig)
    return out


def _fact_entries(s: Session, refs: set[str], size: int) -> dict[int, LedgerEntry]:
    """The entries ``ledger_ref`` names for ``refs`` (up to ``size``), each checked to record what it claims."""
    found: dict[int, LedgerEntry] = {}
    todo, seen = set(refs), set()
    while todo:
        batch = sorted(todo - seen)
        seen |= todo
        todo = set()
        wanted = dict(s.execute(select(LedgerRef.ref, LedgerRef.seq).where(LedgerRef.ref.in_(batch))).all())
        rows = _entries(s, sorted(q for q in wanted.values() if q <= size))
        for ref, seq in sorted(wanted.items()):
            if seq > size:
                continue  # recorded after the checkpoint: not part of what the report proves
            row = rows.get(seq)
            body = json.loads(row.body) if row is not None else None
            if body is None or ref_of(body) != ref:
                raise LedgerFails(MSG_REF_DAMAGED, ref=ref, seq=seq)
            if seq not in found:
                found[seq] = row
                todo |= refs_named(body) - seen  # the seizure names its officer, the case its creator...
    return found


def collect(s: Session, note: str, size: int, item_ids: Sequence[str], station: str,
            verifier_keys: list[str]) -> bytes:
    """The proof bundle for ``item_ids`` against the checkpoint ``note`` (of ``size`` entries)."""
    rows: dict[int, LedgerEntry] = {}
    for item in item_ids:
        for e in s.execute(select(LedgerEntry).where(LedgerEntry.item == item, LedgerEntry.seq <= size)
                           .order_by(LedgerEntry.seq)).scalars():
            rows[e.seq] = e
    refs = {f"certificate:{station}"}
    for e in rows.values():
        refs |= refs_named(json.loads(e.body))
    rows.update(_fact_entries(s, refs, size))
    # Clock corrections: a verifier that checks the time order of the entries it holds needs every correction
    # that restarts it (LEDGER.md 3.1.5); they are rare.
    rows.update((e.seq, e) for e in s.execute(select(LedgerEntry).where(
        LedgerEntry.kind == "clock.corrected", LedgerEntry.seq <= size)).scalars())
    sigs = _signatures(s, sorted(rows))
    used = set()
    for seq, e in rows.items():
        st = json.loads(e.body)["station"]
        used.update((g.signer, g.key_id, st) for g in sigs.get(seq, ()))
    authority = [
        (e.seq, json.loads(e.body), [])
        for e in s.execute(select(LedgerEntry).where(LedgerEntry.kind.in_(sorted(AUTHORITY_KINDS)),
                                                     LedgerEntry.seq <= size).order_by(LedgerEntry.seq)).scalars()
    ]
    auth_sigs = _signatures(s, [seq for seq, _, _ in authority])
    authority = [(seq, body, [(g.signer, g.key_id) for g in auth_sigs.get(seq, ())]) for seq, body, _ in authority]
    extra = sorted(authority_closure(authority, used) - rows.keys())
    rows.update(_entries(s, extra))
    sigs.update({q: auth_sigs.get(q, []) for q in extra})
    keys = []
    for _, e in sorted(rows.items()):
        body = json.loads(e.body)
        d = body["data"]
        if body["kind"] == "user.key_registered":
            keys.append({"key_id": d["key_id"], "public_key": d["public_key"], "owner": f"user:{d['username']}"})
        elif body["kind"] == "station.key_registered":
            public = base64.b64decode(d["public_key"])
            keys.append({"key_id": key_id(public), "public_key": d["public_key"], "owner": f"station:{body['station']}"})
    entries = [
        bundle_entry(bytes(e.body), sorted(sigs.get(seq, []), key=lambda x: (x.signer, x.key_id)),
                     ledger_svc.inclusion_proof(s, seq, size))
        for seq, e in sorted(rows.items())
    ]
    return build_bundle(checkpoint_note=note, verifier_keys=verifier_keys, keys=keys, entries=entries)


def proven(bundle: bytes, trusted_keys: list[str]) -> BundleReport:
    """Verify a bundle with the station's trusted keys; LedgerFails (nothing is recorded) if it does not verify."""
    report = verify_bundle(bundle, trusted_keys)
    if not report.ok or not report.station_key_trusted:
        reason = report.failures[0] if report.failures else "the station key is not trusted"
        raise LedgerFails(MSG_BUNDLE_FAILS, reason=reason)
    return report
