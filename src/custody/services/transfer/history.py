"""Earlier history of items that came by transfer (docs/TRANSFER.md 8-9): the proof segments of the stored packages
their ``custody.transferred_in`` entries name, and a report's proof merged across segments."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import Attachment, LedgerEntry
from custody.domain.i18n import N_
from custody.ledger.bundle import BundleReport, ProvenEvent, verify_bundle
from custody.ledger.segments import TRANSFERRED_IN, Segment, link
from custody.services.trusted import LedgerFails

__all__ = ["PACKAGE_MEDIA_TYPE", "merged_proof", "package_segments"]

PACKAGE_MEDIA_TYPE = "application/vnd.custody-transfer+zip"

MSG_PACKAGE_MISSING = N_("Transfer", "The transfer package {sha} that brought item {item} is not stored at this "
                                     "station. Nothing was recorded.")
MSG_SEGMENTS_FAIL = N_("Transfer", "The earlier history of the items, as proven by the stations they came from, "
                                   "does not verify: {reason}. Nothing was recorded.")


def package_segments(s: Session, item_ids: Sequence[str], up_to: int | None = None) -> list[bytes]:
    """The proof segments (bundle bytes) of every stored package a ``custody.transferred_in`` of these items names,
    in the order they were received, each package's segments oldest first, without repeats."""
    q = select(LedgerEntry.body).where(LedgerEntry.kind == TRANSFERRED_IN, LedgerEntry.item.in_(list(item_ids)))
    if up_to is not None:
        q = q.where(LedgerEntry.seq <= up_to)
    out: list[bytes] = []
    for (raw,) in s.execute(q.order_by(LedgerEntry.seq)).all():
        body = json.loads(bytes(raw))
        sha = (body.get("data") or {}).get("package_file_sha256")
        att = s.get(Attachment, sha) if isinstance(sha, str) else None
        if att is None:
            raise LedgerFails(MSG_PACKAGE_MISSING, sha=str(sha), item=str(body.get("item")))
        with zipfile.ZipFile(io.BytesIO(bytes(att.data))) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            for name in manifest["segments"]:
                seg = zf.read(name)
                if seg not in out:
                    out.append(seg)
    return out


def _qualified(ev: ProvenEvent) -> ProvenEvent:
    """An event of another station as a report shows it: its officers' usernames and location codes qualified with
    that station's code (``cora@LAB``), so that they never resolve to this station's officers or locations of the
    same name (each ledger numbers its own)."""
    from custody.services.report_proof import LOCATION_KEYS, PERSON_KEYS

    suffix = f"@{ev.station}"

    def q(v: Any) -> Any:
        if isinstance(v, list):
            return [q(x) for x in v]
        return f"{v}{suffix}" if isinstance(v, str) and v and not v.startswith("@") else v

    data = dict(ev.data)
    for key in (PERSON_KEYS | LOCATION_KEYS) & data.keys():
        data[key] = q(data[key])
    if ev.kind in ("user.created", "user.roles_changed", "user.key_registered") and "username" in data:
        data["username"] = q(data["username"])
    if ev.kind == "location.created" and "code" in data:
        data["code"] = q(data["code"])
    return replace(ev, actor=q(ev.actor), signers=[q(x) for x in ev.signers], data=data)


def merged_proof(own: BundleReport, segments: Sequence[bytes], trusted: list[str]) -> BundleReport:
    """``own`` (a verified report bundle) with each item's history extended by the linked ``segments``: the events of
    every station in order, the context of all. LedgerFails if a segment or a link does not verify."""
    segs: list[Segment] = []
    for n, raw in enumerate(segments, 1):
        br = verify_bundle(raw, trusted)
        if not br.ok or not br.station_key_trusted:
            raise LedgerFails(MSG_SEGMENTS_FAIL, reason=(br.failures or ["a sending station's key is not trusted"])[0])
        segs.append(Segment(f"segment {n}", br))
    main = Segment("custody-proof.json", own)
    linked = link(segs, main)
    if linked.failures:
        raise LedgerFails(MSG_SEGMENTS_FAIL, reason=linked.failures[0])
    home = main.origin

    def shown(ev: ProvenEvent, origin: str) -> ProvenEvent:
        return ev if origin == home else _qualified(ev)

    context = [shown(ev, seg.origin) for seg in segs for ev in seg.report.context] + list(own.context)
    return BundleReport(ok=True, failures=[], checkpoint=own.checkpoint,
                        items={i: [shown(t.event, t.origin) for t in tl] for i, tl in linked.timeline.items()},
                        notes=list(own.notes), station_key_trusted=own.station_key_trusted, context=context)


def history_trust(ctx, s: Session, item_ids: Sequence[str]) -> list[str]:
    """Keys that prove these items' earlier segments: the station's trusted keys and trust list, and the sender key
    each ``custody.transferred_in`` of them names (the receiving officer accepted that package after it verified
    against that key, and signed so; docs/TRANSFER.md 8)."""
    from custody.services.transfer.trust import trusted_keys

    out = trusted_keys(ctx, s)
    q = select(LedgerEntry.body).where(LedgerEntry.kind == TRANSFERRED_IN, LedgerEntry.item.in_(list(item_ids)))
    for (raw,) in s.execute(q.order_by(LedgerEntry.seq)).all():
        key = (json.loads(bytes(raw)).get("data") or {}).get("sender_verifier_key")
        if isinstance(key, str) and key not in out:
            out.append(key)
    return out


def for_report(ctx, s: Session, item_ids: Sequence[str], own: BundleReport) -> tuple[BundleReport, bytes | None]:
    """What a report states and carries for items that came by transfer: the merged proof and the
    ``custody-segments.json`` to embed (None when no item came by transfer: the report is as before)."""
    from custody.ledger.segments import segments_doc

    if not any(ev.kind == TRANSFERRED_IN for i in item_ids for ev in own.items.get(i, ())):
        return own, None
    segs = package_segments(s, item_ids)
    return merged_proof(own, segs, history_trust(ctx, s, item_ids)), segments_doc(segs)
