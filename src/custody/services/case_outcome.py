"""Case outcomes and the disposal backlog they open.

Evidence rooms fill up with items kept years after their case closed. A supervisor records a case's outcome
(``case.outcome_recorded``: ``outcome``, ``disposition``, ``reference`` of the judgment or decision, ``memo``);
from then on every item of the case that is still held (not disposed of or released) and has no disposal
authorisation pending is *eligible*: for return to its owner or for destruction / forfeiture as the
disposition says. :func:`authorize_eligible` authorises them all in one batch (one ``disposal.authorized`` per
item, as :func:`custody.services.disposal.authorize_disposal`).

An outcome ``appeal`` (the case is not final) opens nothing; a later outcome replaces an earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import Case, Item, ItemState, LedgerEntry, Seizure
from custody.db.uow import unit_of_work
from custody.domain.enums import DisposalMethod
from custody.domain.errors import NotFound, ValidationError
from custody.domain.i18n import N_
from custody.ledger.canonical import parse_canonical
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody import (
    FINAL_STATUSES,
    K_DISPOSAL_AUTHORIZED,
    K_DISPOSAL_COMPLETED,
    K_ITEM_RELEASED,
    text_field,
)
from custody.services.ledger import NewEvent

__all__ = ["DISPOSITIONS", "K_CASE_OUTCOME", "OUTCOMES", "CaseBacklogDTO", "authorize_eligible",
           "disposal_backlog", "disposal_backlog_in", "record_case_outcome"]

K_CASE_OUTCOME = "case.outcome_recorded"
OUTCOMES: dict[str, str] = {
    "convicted": N_("CaseOutcome", "Convicted"),
    "acquitted": N_("CaseOutcome", "Acquitted"),
    "dismissed": N_("CaseOutcome", "Dismissed"),
    "no_charge": N_("CaseOutcome", "Closed without charge"),
    "appeal": N_("CaseOutcome", "Under appeal (not final)"),
}
#: what the outcome orders done with the items -> the disposal method of the authorisation batch
DISPOSITIONS: dict[str, str] = {
    "return_to_owner": DisposalMethod("return_to_owner").value,
    "destruction": DisposalMethod("destruction").value,
    "forfeiture": DisposalMethod("forfeiture").value,
}
MSG_OUTCOME = N_("CaseOutcome", "Choose the outcome of the case.")
MSG_DISPOSITION = N_("CaseOutcome", "Choose what is to be done with the items (return, destruction, forfeiture).")
MSG_NO_CASE = N_("CaseOutcome", "There is no case {case}.")
MSG_NOTHING = N_("CaseOutcome", "No item of case {case} is waiting for disposal.")


@dataclass(frozen=True)
class CaseBacklogDTO:
    case_number: str
    outcome: str
    disposition: str
    reference: str
    recorded_at: str
    recorded_by: str
    item_ids: tuple[str, ...]  # eligible: still held, no authorisation pending


def record_case_outcome(ctx: AppContext, session: AuthSession, case_number: str, outcome: str, disposition: str,
                        reference: str, memo: str = "") -> int:
    """Record a case's outcome (``case.outcome_recorded``, signed by the supervisor). Returns the seq."""
    authorize(ctx, session, Action.DISPOSAL_AUTHORIZE)
    if outcome not in OUTCOMES:
        raise ValidationError("outcome", MSG_OUTCOME)
    if outcome != "appeal" and disposition not in DISPOSITIONS:
        raise ValidationError("disposition", MSG_DISPOSITION)
    reference = text_field(reference, "reference", max_len=200)
    memo = text_field(memo, "memo", max_len=2000, required=False, multiline=True)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        case = s.execute(select(Case).where(Case.case_number == (case_number or "").strip())).scalar_one_or_none()
        if case is None:
            raise NotFound(N_("Nouns", "case"), case_number or "?", MSG_NO_CASE, case=case_number or "?")
        ev = NewEvent(K_CASE_OUTCOME, data={
            "case_number": case.case_number, "outcome": outcome,
            "disposition": disposition if outcome != "appeal" else None, "reference": reference,
            "memo": memo or None,
        }, case=case.case_number)
        return ledger_svc.append(s, [ev], station=station.code, actor=session.username, signers=[session.signer],
                                 clock=ctx.clock)[0].seq


def _latest_outcomes(s: Session) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    rows = s.execute(select(LedgerEntry.body).where(LedgerEntry.kind == K_CASE_OUTCOME).order_by(LedgerEntry.seq))
    for raw in rows.scalars():
        body = parse_canonical(bytes(raw))
        case = (body.get("data") or {}).get("case_number") or body.get("case")
        if isinstance(case, str):
            out[case] = body
    return out


def _pending_authorisations(s: Session, item_ids: list[str]) -> set[str]:
    """Items whose latest disposal.authorized is not followed by disposal.completed / item.released."""
    if not item_ids:
        return set()
    q = (select(LedgerEntry.item, LedgerEntry.kind)
         .where(LedgerEntry.item.in_(item_ids),
                LedgerEntry.kind.in_([K_DISPOSAL_AUTHORIZED, K_DISPOSAL_COMPLETED, K_ITEM_RELEASED]))
         .order_by(LedgerEntry.seq))
    pending: set[str] = set()
    for item, kind in s.execute(q).all():
        if kind == K_DISPOSAL_AUTHORIZED:
            pending.add(item)
        else:
            pending.discard(item)
    return pending


def disposal_backlog_in(s: Session) -> list[CaseBacklogDTO]:
    """Per case with a final outcome: its items eligible for return or destruction (cases with none left out)."""
    out = []
    for case_number, body in sorted(_latest_outcomes(s).items()):
        data = body.get("data") or {}
        if data.get("outcome") == "appeal":
            continue
        rows = s.execute(
            select(Item.item_id, ItemState.status)
            .join(Seizure, Item.seizure_id == Seizure.id).join(Case, Seizure.case_id == Case.id)
            .join(ItemState, ItemState.item_id == Item.item_id)
            .where(Case.case_number == case_number).order_by(Item.item_id)
        ).all()
        held = [i for i, status in rows if status not in FINAL_STATUSES]
        pending = _pending_authorisations(s, held)
        eligible = tuple(i for i in held if i not in pending)
        if eligible:
            out.append(CaseBacklogDTO(case_number, str(data.get("outcome") or ""), str(data.get("disposition") or ""),
                                      str(data.get("reference") or ""), body["at"], body["actor"], eligible))
    return out


def disposal_backlog(ctx: AppContext) -> list[CaseBacklogDTO]:
    with unit_of_work(ctx.engine, read_only=True) as s:
        return disposal_backlog_in(s)


def authorize_eligible(ctx: AppContext, session: AuthSession, case_number: str, authority: str = "") -> list[int]:
    """One click: authorise the disposal of every eligible item of the case, as its recorded outcome says
    (method from the disposition, order reference = the outcome's reference)."""
    from custody.services.disposal import authorize_disposal

    authorize(ctx, session, Action.DISPOSAL_AUTHORIZE)
    backlog = {b.case_number: b for b in disposal_backlog(ctx)}
    b = backlog.get((case_number or "").strip())
    if b is None:
        raise ValidationError("case", MSG_NOTHING, case=case_number)
    return authorize_disposal(ctx, session, list(b.item_ids), DISPOSITIONS[b.disposition],
                              authority or b.reference, b.reference)
