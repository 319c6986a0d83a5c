"""Ledger use cases for administrators and auditors: verify, export, checkpoint, rebuild."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from custody.db.engine import is_read_only, storage_damage
from custody.db.models import ItemState, LedgerCheckpoint, LedgerRef, StationState
from custody.db.uow import unit_of_work
from custody.domain.errors import CustodyError
from custody.domain.i18n import N_
from custody.ledger.note import parse_checkpoint
from custody.ledger.verify import Failure, VerifyReport, parse_entry_body
from custody.services import ledger as ledger_svc
from custody.services import trusted
from custody.services.context import AppContext
from custody.services.projection_check import ProjectionCheck
from custody.services.projections import ItemStateValue, next_state, ref_of

Progress = Callable[[int], None]

MSG_STORAGE_DAMAGED = N_("Ledger", "The database file is damaged (SQLite's page check says: {detail}). The ledger "
                                   "cannot be trusted from this file; restore the latest backup ('custody restore').")


class StorageDamaged(CustodyError):
    """SQLite's page check failed: the file itself is damaged, whatever the ledger's hashes say."""


@dataclass(frozen=True)
class VerifyResult:
    report: VerifyReport
    extra: tuple[Failure, ...]  # head row and projection disagreements
    total: int

    @property
    def ok(self) -> bool:
        return self.report.ok and not self.extra

    @property
    def trusted(self) -> bool:
        """The ledger's first station key is one this workstation trusts (its own key file, or ``trust``)."""
        return self.report.trusted

    @property
    def failures(self) -> list[Failure]:
        return sorted([*self.report.failures, *self.extra], key=lambda f: f.seq)


def total_entries(ctx: AppContext) -> int:
    with unit_of_work(ctx.engine, read_only=True) as s:
        return ledger_svc.ledger_size(s)


def check_storage(ctx: AppContext) -> None:
    """SQLite's own page check (``PRAGMA quick_check``), before any verification: damaged storage (a broken index
    page, a truncated file) is reported as such, even where every ledger hash still checks."""
    damage = storage_damage(ctx.engine)
    if damage:
        raise StorageDamaged(MSG_STORAGE_DAMAGED, detail="; ".join(damage))


def verify(
    ctx: AppContext,
    *,
    check_signatures: bool = True,
    since_checkpoint: str | None = None,
    trust: list[str] | None = None,
    progress: Progress | None = None,
    storage_checked: bool = False,
) -> VerifyResult:
    """Verify the stored ledger, its head row and its projections; remember the outcome.

    The ledger's first station key must be this workstation's own (or its recorded anchor, or one of ``trust``);
    the ledger must extend the last checkpoint this station signed (kept outside the database), the last one it
    saw, and ``since_checkpoint`` (an exported checkpoint) when given. SQLite's page check (:func:`check_storage`)
    runs alongside the verification (a thread: the check runs in SQLite, while this process merges the workers'
    results), unless the caller ran it already (``storage_checked``); ``progress`` is first called once it has
    passed. Damage found raises StorageDamaged, whatever the verification said, and nothing is recorded.
    """
    damage: list[str] = []
    checker = None
    if not storage_checked:
        checker = threading.Thread(target=lambda: damage.extend(storage_damage(ctx.engine)), name="custody-quick-check",
                                   daemon=True)
        checker.start()
        if progress is not None:  # nothing is shown of a verification before the page check has passed
            progress = _after_storage_check(progress, checker, damage)
    try:
        result = _verify(ctx, check_signatures, since_checkpoint, trust, progress)
    except Exception:
        if checker is not None:
            checker.join()
            if damage:
                raise StorageDamaged(MSG_STORAGE_DAMAGED, detail="; ".join(damage)) from None
        raise
    if checker is not None:
        checker.join()
        if damage:
            raise StorageDamaged(MSG_STORAGE_DAMAGED, detail="; ".join(damage))
    report, extra, total = result
    if is_read_only(ctx.engine):  # a read-only copy is verified, not written to
        return VerifyResult(report=report, extra=tuple(extra), total=total)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        st = s.get(StationState, station.code) or StationState(station=station.code, last_checkpoint_size=0)
        s.add(st)
        st.last_verified_at = ledger_svc.format_time(ctx.clock())
        st.last_verified_ok = report.ok and report.trusted and not extra
        st.last_verified_size = report.size
    return VerifyResult(report=report, extra=tuple(extra), total=total)


def _after_storage_check(progress: Progress, checker: threading.Thread, damage: list[str]) -> Progress:
    """``progress`` that first waits for the page check: damage found stops the verification there."""
    passed: list[bool] = []

    def wrapped(n: int) -> None:
        if not passed:
            checker.join()
            if damage:
                raise StorageDamaged(MSG_STORAGE_DAMAGED, detail="; ".join(damage))
            passed.append(True)
        progress(n)

    return wrapped


def _verify(ctx: AppContext, check_signatures: bool, since_checkpoint: str | None, trust: list[str] | None,
            progress: Progress | None) -> tuple[VerifyReport, list[Failure], int]:
    station = ctx.station()
    keys = [*(ctx.trusted_station_keys(station) or []), *(trust or [])]
    with unit_of_work(ctx.engine, read_only=True) as s:
        total = ledger_svc.ledger_size(s)
        state = s.get(StationState, station.code)
        notes = [n for n in (since_checkpoint, trusted.last_signed_checkpoint(ctx, station),
                             state.last_checkpoint if state else None) if n]
        projections = ProjectionCheck()  # computed by the verification workers in the same pass
        report = ledger_svc.verify_stored(
            s, check_signatures=check_signatures, trusted_keys=keys or None, trusted_checkpoint=notes,
            progress=progress, projection=projections.projection,
        )
        extra = storage_checks(s, report, projections)
    return report, extra, total


def storage_checks(s: Session, report: VerifyReport, projections: ProjectionCheck | None = None) -> list[Failure]:
    """What the pure verifier cannot see: our head row, checkpoint size columns, projections (``projections``:
    derived during the verification itself; else they are derived here in a second pass over the ledger)."""
    extra: list[Failure] = []
    head = ledger_svc.get_head(s)
    if head is not None and (head.size != report.size or bytes(head.root) != report.root):
        extra.append(Failure(head.size, "the stored ledger head (size and root) does not match the entries"))
    for row in s.execute(select(LedgerCheckpoint)).scalars():
        try:
            claimed = parse_checkpoint(row.note).size
        except ValueError as exc:
            extra.append(Failure(row.size, f"stored checkpoint {row.id} cannot be read: {exc}"))
            continue
        if claimed != row.size:
            extra.append(Failure(min(claimed, row.size),
                                 f"stored checkpoint {row.id} says size {claimed} but its size column says {row.size}"))
    if projections is not None:
        extra.extend(projections.differences(s))
    else:
        extra.extend(_projection_differences(s, rebuild=False))
    return extra


def _projection_differences(s, *, rebuild: bool) -> list[Failure]:
    derived: dict[str, ItemStateValue] = {}
    refs: dict[str, int] = {}
    for rows, _ in ledger_svc.iter_stored_blocks(s, signatures=False):
        for row in rows:
            try:
                body = parse_entry_body(row[1])
            except ValueError:
                continue  # a damaged body is reported by verification, not by the projection check
            ref = ref_of(body)
            if ref is not None:
                refs[ref] = body["seq"]
            item = body.get("item")
            if item:
                new = next_state(derived.get(item), body)
                if new is not None:
                    derived[item] = new
    ref_diffs = _ref_differences(s, refs, rebuild=rebuild)
    diffs: list[Failure] = []
    stored = {
        r.item_id: ItemStateValue(r.item_id, r.status, r.custodian, r.location_code, r.last_seq, r.updated_at)
        for r in s.execute(select(ItemState)).scalars()
    }
    for item in sorted(set(derived) | set(stored)):
        want, have = derived.get(item), stored.get(item)
        if want != have:
            seq = max(v.last_seq for v in (want, have) if v is not None)
            diffs.append(Failure(seq, f"projection of item {item} differs: stored {_fmt(have)}, ledger says {_fmt(want)}"))
    if rebuild and diffs:
        s.execute(delete(ItemState))
        s.flush()
        for v in derived.values():
            s.add(ItemState(item_id=v.item_id, status=v.status, custodian=v.custodian,
                            location_code=v.location_code, last_seq=v.last_seq, updated_at=v.updated_at))
    return ref_diffs + diffs


def _ref_differences(s, refs: dict[str, int], *, rebuild: bool) -> list[Failure]:
    stored = dict(s.execute(select(LedgerRef.ref, LedgerRef.seq)).all())
    diffs = [Failure(refs.get(r) or stored.get(r) or 0,
                     f"ledger reference {r} differs: stored seq {stored.get(r)}, ledger says seq {refs.get(r)}")
             for r in sorted(set(refs) | set(stored)) if refs.get(r) != stored.get(r)]
    if rebuild and diffs:
        s.execute(delete(LedgerRef))
        s.flush()
        s.add_all(LedgerRef(ref=r, seq=q) for r, q in refs.items())
    return diffs


def _fmt(v: ItemStateValue | None) -> str:
    if v is None:
        return "nothing"
    return f"status={v.status}, custodian={v.custodian}, location={v.location_code}, last_seq={v.last_seq}"


def rebuild(ctx: AppContext) -> list[Failure]:
    """Rebuild the projections from the ledger; return the differences that were found (and fixed).

    Item state and ledger references here; item values, outside people and the search index in
    :mod:`custody.services.rebuild`."""
    from custody.services.rebuild import derived_differences

    with unit_of_work(ctx.engine) as s:
        return _projection_differences(s, rebuild=True) + derived_differences(s, rebuild=True)


def export(ctx: AppContext, out: IO[str], *, progress: Progress | None = None) -> int:
    """Write LEDGER.md section 7 JSON Lines; return the number of entries written."""
    n = 0
    with unit_of_work(ctx.engine, read_only=True) as s:
        for e in ledger_svc.iter_stored_entries(s, with_columns=False):
            line = {
                "body": e.body.decode("utf-8"),
                "signatures": [
                    {"signer": sg.signer, "key_id": sg.key_id, "signature": base64.b64encode(sg.signature).decode()}
                    for sg in e.signatures
                ],
            }
            out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
            n += 1
            if progress and n % 1000 == 0:
                progress(n)
        for note in ledger_svc.stored_checkpoints(s):
            out.write(json.dumps({"checkpoint": note}, ensure_ascii=False, separators=(",", ":")) + "\n")
    return n


def export_to_file(ctx: AppContext, path: Path, *, progress: Progress | None = None) -> int:
    """Export atomically: a partial file never replaces a good one."""
    tmp = path.with_name(path.name + ".partial")
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        n = export(ctx, fh, progress=progress)
    tmp.replace(path)
    return n


def checkpoint(ctx: AppContext) -> str:
    """Sign a checkpoint now, signed by the station key, over the ledger verified since the last one (refused,
    nothing signed, if it fails or is not consistent with the last checkpoint this station signed)."""
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        return trusted.sign_checkpoint(ctx, s, station)


@dataclass(frozen=True)
class LastVerification:
    at: str
    ok: bool
    size: int


def last_verification(ctx: AppContext) -> LastVerification | None:
    """The outcome of the last whole-ledger verification run on this station (for the status bar)."""
    code = ctx.station().code
    with unit_of_work(ctx.engine, read_only=True) as s:
        st = s.get(StationState, code)
        if st is None or st.last_verified_at is None:
            return None
        return LastVerification(at=st.last_verified_at, ok=bool(st.last_verified_ok), size=st.last_verified_size)
