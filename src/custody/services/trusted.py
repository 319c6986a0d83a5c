"""What this station has verified, kept outside the database, and checkpoints signed only over a verified ledger.

Whoever can write to the database can roll back every table at once (entries, Merkle nodes, head, checkpoints,
``station_state``): the database alone cannot show that it was truncated or rewritten. So the station keeps, in its
data folder beside its key (where a database-only attacker cannot write), the last checkpoint it signed together with
what it had verified up to it: the Merkle root, the last entry's hash and time, and the authority state of LEDGER.md
3.1 (keys, revocations, roles, station keys, trust anchor). From there:

- :func:`verify_since` verifies the entries after that checkpoint (all of LEDGER.md section 6 for them), after proving
  that the stored tree still extends the verified one; reports, labels and other signed documents call it before they
  record anything (LEDGER.md 5.1), and a ledger that fails is refused;
- :func:`sign_checkpoint` signs a checkpoint only over a ledger :func:`verify_since` accepted, and records the new
  state once the transaction has committed;
- :func:`check_at_start` is the quick check (O(log n)) when the app starts.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from custody.db.models import LedgerEntry, StationState
from custody.db.uow import after_commit, unit_of_work
from custody.domain.errors import CustodyError
from custody.domain.i18n import N_
from custody.ledger import merkle
from custody.ledger.authority import Authority
from custody.ledger.entry import entry_hash
from custody.ledger.merkle import Frontier
from custody.ledger.note import Checkpoint, NoteError, parse_checkpoint
from custody.ledger.verify import StartState, VerifyReport
from custody.services import ledger as ledger_svc
from custody.services.context import AppContext, StationDTO, write_private_file

log = logging.getLogger(__name__)

__all__ = ["LedgerFails", "Verified", "check_at_start", "recorded_anchor", "sign_checkpoint", "verify_since"]

STATE_FORMAT = "custody-verified/v1"

MSG_FAILS = N_("Ledger", "The ledger fails verification at entry {seq}: {reason}. Nothing was recorded or signed. "
                         "An administrator should run Verify ledger and restore the database from a backup.")
MSG_TRUNCATED = N_("Ledger", "The ledger has {size} entries, but this station signed a checkpoint of {signed} entries: "
                             "entries were removed. Nothing was recorded or signed. Restore the database from a "
                             "backup.")
MSG_REWRITTEN = N_("Ledger", "The ledger is not the one this station verified and signed at {signed} entries: it was "
                             "rewritten. Nothing was recorded or signed. Restore the database from a backup.")
MSG_UNTRUSTED = N_("Ledger", "The ledger could not be checked against this station's key: this workstation holds no "
                             "station key. Nothing was recorded or signed.")


class LedgerFails(CustodyError):
    """The stored ledger fails verification: nothing is recorded or signed over it."""

    def __init__(self, template: str, report: VerifyReport | None = None, **params: Any) -> None:
        super().__init__(template, **params)
        self.report = report


@dataclass(frozen=True)
class Verified:
    """A verified ledger prefix: enough to verify what follows it (see :class:`custody.ledger.verify.StartState`)."""

    size: int
    root: bytes
    last_hash: str
    last_at: str
    frontier: Frontier
    authority: Authority

    @property
    def checkpoint(self) -> Checkpoint:
        return Checkpoint(origin="", size=self.size, root=self.root)


# --- the state file ----------------------------------------------------------------------------------------------


def state_path(ctx: AppContext, station: StationDTO) -> Path:
    return ctx.keys_dir() / f"verified-{station.log_id}-{station.code}.json"


def _read_state(ctx: AppContext, station: StationDTO) -> dict[str, Any] | None:
    path = state_path(ctx, station)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("the verified-state file %s cannot be read (%s); verifying the whole ledger instead", path, exc)
        return None
    if not isinstance(doc, dict) or doc.get("format") != STATE_FORMAT:
        log.warning("the verified-state file %s is not in the expected format; verifying the whole ledger", path)
        return None
    return doc


def recorded_anchor(ctx: AppContext, station: StationDTO) -> str | None:
    """The trust anchor this station recorded when it last verified the ledger (None if it has not)."""
    doc = _read_state(ctx, station)
    anchor = (doc or {}).get("authority", {}).get("anchor")
    return anchor if isinstance(anchor, str) else None


def _write_state(ctx: AppContext, station: StationDTO, note: str, verified: Verified) -> None:
    doc = {
        "format": STATE_FORMAT,
        "log_id": station.log_id,
        "station": station.code,
        "checkpoint": note,
        "size": verified.size,
        "root": verified.root.hex(),
        "last_hash": verified.last_hash,
        "last_at": verified.last_at,
        "authority": verified.authority.snapshot(),
    }
    write_private_file(state_path(ctx, station), json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))


def last_signed_checkpoint(ctx: AppContext, station: StationDTO) -> str | None:
    """The last checkpoint this station signed, as it recorded it outside the database."""
    doc = _read_state(ctx, station)
    note = (doc or {}).get("checkpoint")
    return note if isinstance(note, str) else None


# --- the stored tree against the verified one --------------------------------------------------------------------


def frontier_at(session: Session, size: int) -> Frontier:
    """The Merkle frontier of the first ``size`` stored entries, from the stored subtree hashes."""
    subtree = ledger_svc.subtree_reader(session)
    f = Frontier()
    pos = 0
    for height in reversed(range(size.bit_length())):
        if size >> height & 1:
            f.append_subtree(subtree(pos, pos + (1 << height)), height)
            pos += 1 << height
    return f


def _start(session: Session, doc: dict[str, Any], trusted: list[str] | None) -> StartState:
    """The start state recorded in ``doc``, after proving the stored tree extends it (else LedgerFails)."""
    try:
        note = doc["checkpoint"]
        size, root = int(doc["size"]), bytes.fromhex(doc["root"])
        authority = Authority.from_snapshot(doc["authority"], trusted)
        cp = parse_checkpoint(note)
        last_hash, last_at = str(doc["last_hash"]), str(doc["last_at"])
    except (KeyError, TypeError, ValueError, NoteError) as exc:
        raise CustodyError(N_("Ledger", "The record of what this station verified is damaged ({reason}). Restore the "
                                        "station's data folder from a backup."), reason=str(exc)) from exc
    if cp.size != size or cp.root != root:
        raise CustodyError(N_("Ledger", "The record of what this station verified is damaged (its checkpoint and "
                                        "root disagree). Restore the station's data folder from a backup."))
    stored = ledger_svc.ledger_size(session)
    highest = session.execute(select(LedgerEntry.seq).order_by(LedgerEntry.seq.desc()).limit(1)).scalar()
    if stored < size or (highest or 0) < size:
        raise LedgerFails(MSG_TRUNCATED, size=min(stored, highest or 0), signed=size)
    try:
        frontier = frontier_at(session, size)
    except ledger_svc.LedgerError as exc:
        raise LedgerFails(MSG_REWRITTEN, signed=size) from exc
    if frontier.root() != root:
        raise LedgerFails(MSG_REWRITTEN, signed=size)
    subtree = ledger_svc.subtree_reader(session)
    item_head = _item_heads(session, size, root)

    def root_at(n: int) -> bytes | None:
        """The root at an earlier size ``n``, proven consistent with the verified root."""
        if not 0 <= n <= size:
            return None
        try:
            claimed = subtree(0, n)
            merkle.verify_consistency(n, size, claimed, root, merkle.consistency_proof(n, size, subtree))
        except (ValueError, ledger_svc.LedgerError):
            return None
        return claimed

    return StartState(size=size, frontier=frontier, last_hash=last_hash, last_at=last_at, authority=authority,
                      item_head=item_head, root_at=root_at)


def _trusted_note(session: Session, station: StationDTO) -> str | None:
    state = session.get(StationState, station.code)
    return state.last_checkpoint if state is not None else None


def verify_since(ctx: AppContext, session: Session, station: StationDTO | None = None, *,
                 after: Verified | None = None) -> Verified:
    """Verify the stored ledger from what this station verified last (or from ``after``, verified earlier in this
    transaction) to its head; LedgerFails if it fails. Without a record, the whole ledger is verified."""
    station = station or ctx.station()
    trusted = ctx.trusted_station_keys(station)
    if trusted is None:
        raise LedgerFails(MSG_UNTRUSTED)
    if after is not None:
        start: StartState | None = StartState(
            size=after.size, frontier=after.frontier, last_hash=after.last_hash, last_at=after.last_at,
            authority=after.authority, item_head=_item_heads(session, after.size, after.root), root_at=None)
        report = ledger_svc.verify_stored(session, trusted_keys=trusted, start=start)
    else:
        doc = _read_state(ctx, station)
        if doc is None:
            report = ledger_svc.verify_stored(session, trusted_keys=trusted, workers=1,
                                              trusted_checkpoint=_trusted_note(session, station))
        else:
            report = ledger_svc.verify_stored(session, trusted_keys=trusted, start=_start(session, doc, trusted))
    if not report.ok:
        first = report.first
        assert first is not None
        raise LedgerFails(MSG_FAILS, report, seq=first.seq, reason=first.reason)
    if not report.trusted:
        raise LedgerFails(MSG_FAILS, report, seq=1, reason="the ledger's first station key is not trusted")
    assert report.authority is not None and report.frontier is not None
    return Verified(size=report.size, root=report.root, last_hash=report.last_hash, last_at=report.last_at,
                    frontier=report.frontier, authority=report.authority)


def _item_heads(session: Session, size: int, root: bytes) -> Callable[[str], tuple[str, int] | None]:
    """``item_head(item)``: the item's last stored entry up to ``size`` as (hex hash, seq), if its hash is proven to
    be the tree's leaf at that seq (inclusion proof against the verified ``root``); None otherwise."""
    subtree = ledger_svc.subtree_reader(session)

    def item_head(item: str) -> tuple[str, int] | None:
        # max(seq) per item (GROUP BY: through the (item, kind) index, not a backward walk of the primary key)
        last = (select(func.max(LedgerEntry.seq)).where(LedgerEntry.item == item, LedgerEntry.seq <= size)
                .group_by(LedgerEntry.item).scalar_subquery())
        row = session.execute(select(LedgerEntry.seq, LedgerEntry.body).where(LedgerEntry.seq == last)).first()
        if row is None:
            return None
        h = entry_hash(bytes(row.body))
        try:
            merkle.verify_inclusion(row.seq - 1, size, h, merkle.inclusion_proof(row.seq - 1, size, subtree), root)
        except (ValueError, ledger_svc.LedgerError):
            return None
        return h.hex(), row.seq

    return item_head


# --- signing ------------------------------------------------------------------------------------------------------


def sign_checkpoint(ctx: AppContext, session: Session, station: StationDTO | None = None, *,
                    verified: Verified | None = None) -> str:
    """Verify the ledger since the last verified checkpoint (or since ``verified``), sign a checkpoint over exactly
    what was verified, record it, and keep it outside the database once committed. Refused (nothing signed) when the
    station key is wrong or the ledger fails."""
    station = station or ctx.station()
    signer = ctx.station_signer(station, session)
    v = verify_since(ctx, session, station, after=verified)
    head = ledger_svc.get_head(session)
    if head is None or head.size != v.size or bytes(head.root) != v.root:
        raise LedgerFails(MSG_FAILS, seq=v.size, reason="the stored ledger head does not match the entries")
    cp = Checkpoint(origin=station.origin, size=v.size, root=v.root)
    note = ledger_svc.store_checkpoint(session, cp, station=station.code, key_name=station.key_name,
                                       station_signer=signer, clock=ctx.clock)
    after_commit(session, lambda: _write_state(ctx, station, note, v))
    return note


def check_at_start(ctx: AppContext) -> None:
    """The quick check when the app starts: the stored ledger still extends the checkpoint this station signed last
    (LedgerFails if it was truncated or rewritten). O(log n) reads."""
    station = ctx.station()
    doc = _read_state(ctx, station)
    if doc is None:
        return
    with unit_of_work(ctx.engine, read_only=True) as s:
        _start(s, doc, ctx.trusted_station_keys(station))
