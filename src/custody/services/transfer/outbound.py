"""Transfer out (docs/TRANSFER.md): ``custody.transferred_out`` per item, the custody report, and the signed package.

One transaction: the entries, the report (``report.issued``, a checkpoint), the package built and checked, the file
written. If anything fails (an item not in the officer's hands, a photo whose bytes are missing, the file cannot be
written) nothing stays recorded.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from custody.db.models import Attachment, LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.errors import Conflict, ValidationError
from custody.domain.i18n import N_
from custody.ledger.bundle import verify_bundle
from custody.ledger.entry import format_time
from custody.ledger.segments import TRANSFERRED_OUT
from custody.ledger.transfer_package import PACKAGE_FORMAT, build_package, named_attachments, verify_package
from custody.security.permissions import Action
from custody.services import reports
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody.common import (
    check_countersigner,
    item_event,
    load_items,
    require_hands_on,
    text_field,
)
from custody.services.ledger import Signer
from custody.services.transfer.history import history_trust, package_segments
from custody.verifier import extract_proof

__all__ = ["OutResult", "Receiver", "transfer_out"]

MSG_NO_AGENCY = N_("Transfer", "Name the receiving agency or station.")
MSG_PHOTO_MISSING = N_("Transfer", "The photo or document {sha} of item {item} is named in the ledger but its bytes "
                                   "are not stored at this station, so the package would not prove it. Nothing was "
                                   "recorded.")
MSG_SELF_CHECK = N_("Transfer", "The package did not pass its own check ({reason}). Nothing was recorded.")
MSG_WRITE = N_("Transfer", "The package could not be written to {path} ({reason}). Nothing was recorded.")


@dataclass(frozen=True)
class Receiver:
    """The receiving party as named at the handover."""

    agency: str
    name: str = ""
    organisation: str = ""
    id_number: str = ""


@dataclass(frozen=True)
class OutResult:
    package: bytes
    package_id: str
    package_sha256: str  # of manifest.json (docs/TRANSFER.md 2)
    item_ids: tuple[str, ...]
    report_id: str
    path: str | None


def _write_file(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise Conflict(MSG_WRITE, path=str(path), reason=exc.strerror or str(exc)) from None


def transfer_out(ctx: AppContext, session: AuthSession, item_ids: Sequence[str], receiver: Receiver, *,
                 purpose: str = "", out_path: str | Path | None = None, co_signer: Signer | None = None,
                 signature_png: bytes | None = None) -> OutResult:
    """Hand ``item_ids`` to another station or agency: see the module doc. ``co_signer``: the receiving officer's
    unlocked key when they are an officer of this ledger (they sign too); ``signature_png``: their drawn signature."""
    authorize(ctx, session, Action.CUSTODY_TRANSFER)
    authorize(ctx, session, Action.REPORT_PRODUCE)
    agency = text_field(receiver.agency, "agency")
    rec = {"name": text_field(receiver.name, "receiver_name", required=False),
           "organisation": text_field(receiver.organisation, "receiver_organisation", required=False),
           "id_number": text_field(receiver.id_number, "receiver_id", max_len=64, required=False)}
    purpose = text_field(purpose, "purpose", max_len=500, required=False)
    if not agency:
        raise ValidationError("agency", MSG_NO_AGENCY)
    if co_signer is not None and co_signer.username == session.username:
        co_signer = None
    station = ctx.station()
    package_id = str(uuid.uuid4())
    with unit_of_work(ctx.engine) as s:
        if co_signer is not None:
            check_countersigner(s, co_signer)
        sig_sha = None
        if signature_png:
            from custody.services.attachments import store_signature_image

            sig_sha = store_signature_image(s, signature_png, format_time(ctx.clock()))
        refs = load_items(s, item_ids)
        for ref in refs:
            require_hands_on(session, ref)
        ids = [r.item_id for r in refs]
        counts = dict(s.execute(select(LedgerEntry.item, func.count()).where(LedgerEntry.item.in_(ids))
                                .group_by(LedgerEntry.item)).all())
        events = [item_event(TRANSFERRED_OUT, ref, {
            "package_id": package_id, "to_agency": agency, "receiver": rec, "receiver_signature": sig_sha,
            "events": counts.get(ref.item_id, 0), "purpose": purpose or None,
            "from": ref.state.custodian, "from_location": ref.state.location_code,
        }, [co_signer.username] if co_signer else []) for ref in refs]
        from custody.services.ledger import append

        appended = append(s, events, station=station.code, actor=session.username,
                          signers=[session.signer, *([co_signer] if co_signer else [])], clock=ctx.clock)
        report = reports._produce(ctx, s, session, [r.item for r in refs],
                                  title=N_("Reports", "Chain of custody report (transfer to another agency)"))
        own = extract_proof(report.pdf)
        earlier = package_segments(s, ids)
        trusted = history_trust(ctx, s, ids)
        members: dict[str, bytes] = {"report.pdf": report.pdf}
        names = []
        for n, seg in enumerate([*earlier, own], 1):
            name = f"proof/segment-{n}.json"
            names.append(name)
            members[name] = seg
            br = verify_bundle(seg, trusted)
            for item, chain in br.items.items():
                for sha in sorted(named_attachments(chain)):
                    att = s.get(Attachment, sha)
                    if att is None or hashlib.sha256(bytes(att.data)).hexdigest() != sha:
                        raise Conflict(MSG_PHOTO_MISSING, sha=sha, item=item)
                    members[f"attachments/{sha}"] = bytes(att.data)
        manifest = {
            "format": PACKAGE_FORMAT, "package_id": package_id, "created_at": appended[0].at,
            "sender": {"origin": station.origin, "station": station.code, "agency": station.agency,
                       "verifier_key": station.verifier_key},
            "receiver": {"agency": agency, **rec},
            "items": sorted(ids), "segments": names, "report": "report.pdf",
        }
        signer = ctx.station_signer(station, s)
        package = build_package(manifest, members, signer.private_key)
        check = verify_package(package, trusted)
        if not check.ok:
            raise Conflict(MSG_SELF_CHECK, reason=check.failures[0])
        path = None
        if out_path is not None:
            path = Path(out_path)
            _write_file(path, package)
        return OutResult(package=package, package_id=package_id, package_sha256=check.package_sha256,
                         item_ids=tuple(ids), report_id=report.report_id, path=str(path) if path else None)
