"""Intake, cases: :func:`open_case` (``case.opened``), its validation, and the case read side
(:func:`get_case`, :func:`list_cases`).
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import func, select

from custody.db.models import Case, Item, Seizure
from custody.db.uow import unit_of_work
from custody.domain.enums import OffenceType
from custody.domain.errors import FormErrors, ValidationError
from custody.domain.ids import normalise_case_number
from custody.ledger.entry import format_time
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.intake.common import (
    MAX_PAGE,
    MSG_CASE_TAKEN,
    MSG_OFFENCE,
    CaseDetailDTO,
    CaseDTO,
    NewCase,
    _err,
    _get_case_row,
    _text,
)
from custody.services.intake.seizures import _seizure_dtos
from custody.services.ledger import NewEvent


def validate_new_case(req: NewCase) -> NewCase:
    errors: dict[str, ValidationError] = {}
    number = ""
    try:
        number = normalise_case_number(req.case_number or "")
    except ValidationError as exc:
        _err(errors, "case_number", exc)
    offence = ""
    try:
        offence = OffenceType(req.offence_type).value
    except ValueError:
        errors["offence_type"] = ValidationError("offence_type", MSG_OFFENCE)
    title = _text(errors, "title", req.title, 200)
    agency_ref = _text(errors, "agency_ref", req.agency_ref, 100)
    prosecutor_ref = _text(errors, "prosecutor_ref", req.prosecutor_ref, 100)
    court_ref = _text(errors, "court_ref", req.court_ref, 100)
    if errors:
        raise FormErrors(errors)
    return NewCase(number, offence, title, agency_ref, prosecutor_ref, court_ref)


def _case_dto(c: Case, seizures: int = 0, items: int = 0) -> CaseDTO:
    try:
        label = OffenceType(c.offence_type).label
    except ValueError:
        label = c.offence_type
    return CaseDTO(c.case_number, c.offence_type, label, c.title, c.agency_ref, c.prosecutor_ref, c.court_ref,
                   c.opened_at, c.opened_by, seizures, items)


def open_case(ctx: AppContext, session: AuthSession, req: NewCase) -> CaseDTO:
    authorize(ctx, session, Action.CASE_OPEN)
    req = validate_new_case(req)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        if s.execute(select(Case.id).where(Case.case_number == req.case_number)).first():
            raise FormErrors({"case_number": ValidationError("case_number", MSG_CASE_TAKEN,
                                                              case_number=req.case_number)})
        row = Case(case_number=req.case_number, offence_type=str(req.offence_type), title=req.title,
                   agency_ref=req.agency_ref, prosecutor_ref=req.prosecutor_ref, court_ref=req.court_ref,
                   opened_at=format_time(ctx.clock()), opened_by=session.username)
        s.add(row)
        s.flush()
        appended = ledger_svc.append(
            s,
            [NewEvent("case.opened", data={
                "case_number": row.case_number, "offence_type": row.offence_type, "title": row.title,
                "agency_ref": row.agency_ref, "prosecutor_ref": row.prosecutor_ref, "court_ref": row.court_ref,
            }, case=row.case_number)],
            station=station.code, actor=session.username, signers=[session.signer], clock=ctx.clock,
        )
        row.opened_at = appended[0].at
        return _case_dto(row)


def get_case(ctx: AppContext, session: AuthSession, case_number: str) -> CaseDetailDTO:
    authorize(ctx, session, Action.ITEM_VIEW)
    station = ctx.station()
    with unit_of_work(ctx.engine, read_only=True) as s:
        c = _get_case_row(s, case_number)
        seizures = _seizure_dtos(s, station, select(Seizure).where(Seizure.case_id == c.id).order_by(Seizure.id))
        items = sum(z.item_count for z in seizures)
        return CaseDetailDTO(_case_dto(c, len(seizures), items), tuple(seizures))


def list_cases(ctx: AppContext, session: AuthSession, offset: int = 0, limit: int = 100,
               text_filter: str = "") -> list[CaseDTO]:
    """Cases, most recently opened first, with their seizure and item counts."""
    authorize(ctx, session, Action.ITEM_VIEW)
    limit = max(1, min(int(limit), MAX_PAGE))
    with unit_of_work(ctx.engine, read_only=True) as s:
        q = select(Case).order_by(Case.id.desc()).offset(max(0, int(offset))).limit(limit)
        needle = unicodedata.normalize("NFC", text_filter or "").strip()
        if needle:
            like = f"%{needle.upper()}%"
            q = q.where(Case.case_number.like(like) | Case.title.like(f"%{needle}%"))
        cases = list(s.execute(q).scalars())
        ids = [c.id for c in cases]
        counts: dict[int, tuple[int, int]] = {}
        if ids:
            rows = s.execute(
                select(Seizure.case_id, func.count(func.distinct(Seizure.id)), func.count(Item.id))
                .select_from(Seizure).outerjoin(Item, Item.seizure_id == Seizure.id)
                .where(Seizure.case_id.in_(ids)).group_by(Seizure.case_id)
            )
            counts = {cid: (ns, ni) for cid, ns, ni in rows}
        return [_case_dto(c, *counts.get(c.id, (0, 0))) for c in cases]
