"""Intake, seizures: :func:`record_seizure` (``seizure.recorded``, document number ``YYYY-NNNNNN`` from the
``counter`` table), its validation, and the seizure read side (:func:`get_seizure`, :func:`list_seizures`).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from custody.db.models import Case, Item, Seizure, User
from custody.db.uow import unit_of_work
from custody.domain.errors import Conflict, FormErrors, ValidationError
from custody.domain.i18n import N_
from custody.domain.ids import format_seizure_number, normalise_case_number
from custody.domain.values import parse_datetime, parse_gps
from custody.ledger.entry import format_time
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext, StationDTO
from custody.services.intake.common import (
    FUTURE_TOLERANCE,
    MAX_NOTES,
    MAX_PAGE,
    MAX_PLACE,
    MAX_WITNESSES,
    MSG_FUTURE,
    MSG_NO_CASE,
    MSG_NO_OFFICER,
    MSG_NUMBERS_EXHAUSTED,
    MSG_TOO_MANY_WITNESSES,
    MSG_TOO_OLD,
    NewSeizure,
    SeizureDTO,
    _active_user,
    _err,
    _get_case_row,
    _get_seizure_row,
    _text,
    _tz,
    allocate,
    local_text,
)
from custody.services.ledger import NewEvent


def _occurred_at(errors: dict[str, ValidationError], value: Any, station: StationDTO, now: dt.datetime) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        errors["occurred_at"] = ValidationError("occurred_at", N_("Values", "This field is required."))
        return ""
    try:
        when = parse_datetime(value, field="occurred_at")
    except ValidationError as exc:
        _err(errors, "occurred_at", exc)
        return ""
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=_tz(station))
    if when > now + FUTURE_TOLERANCE:
        errors["occurred_at"] = ValidationError("occurred_at", MSG_FUTURE)
        return ""
    if when.year < 1970:
        errors["occurred_at"] = ValidationError("occurred_at", MSG_TOO_OLD)
        return ""
    return format_time(when)


def validate_new_seizure(req: NewSeizure, station: StationDTO, now: dt.datetime) -> NewSeizure:
    """Field checks that need no database. Returns a clean request (``occurred_at`` as a UTC ledger time)."""
    errors: dict[str, ValidationError] = {}
    case_number = ""
    try:
        case_number = normalise_case_number(req.case_number or "")
    except ValidationError as exc:
        _err(errors, "case_number", exc)
    occurred = _occurred_at(errors, req.occurred_at, station, now)
    place = _text(errors, "place", req.place, MAX_PLACE, required=True)
    officer = (req.seizing_officer or "").strip().lower()
    if not officer:
        errors["seizing_officer"] = ValidationError("seizing_officer", N_("Values", "This field is required."))
    gps: str | None = None
    try:
        point = parse_gps(req.gps, field="gps")
        gps = str(point) if point else None
    except ValidationError as exc:
        _err(errors, "gps", exc)
    raw_witnesses = [req.witnesses] if isinstance(req.witnesses, str) else list(req.witnesses or ())
    witnesses: list[str] = []
    for w in raw_witnesses:
        name = _text(errors, "witnesses", w, 200)
        if name:
            witnesses.append(name)
    if len(witnesses) > MAX_WITNESSES:
        errors.setdefault("witnesses", ValidationError("witnesses", MSG_TOO_MANY_WITNESSES, max=MAX_WITNESSES))
    legal = _text(errors, "legal_authority", req.legal_authority, 300)
    received = _text(errors, "received_from", req.received_from, 300)
    notes = _text(errors, "notes", req.notes, MAX_NOTES, multiline=True)
    if errors:
        raise FormErrors(errors)
    return NewSeizure(case_number, occurred, place, officer, gps, tuple(witnesses), legal, received, notes)


def _seizure_dto(z: Seizure, case_number: str, officer_name: str, station: StationDTO, items: int = 0) -> SeizureDTO:
    return SeizureDTO(
        document_number=z.document_number, case_number=case_number, occurred_at=z.occurred_at,
        occurred_at_local=local_text(z.occurred_at, station), place=z.place, gps=z.gps,
        seizing_officer=z.seizing_officer, seizing_officer_name=officer_name,
        witnesses=tuple(json.loads(z.witnesses_json or "[]")), legal_authority=z.legal_authority,
        received_from=z.received_from, notes=z.notes, recorded_at=z.recorded_at, item_count=items,
    )


def _seizure_dtos(s: Session, station: StationDTO, q) -> list[SeizureDTO]:
    rows = list(s.execute(q).scalars())
    if not rows:
        return []
    ids = [z.id for z in rows]
    counts = dict(s.execute(select(Item.seizure_id, func.count()).where(Item.seizure_id.in_(ids))
                            .group_by(Item.seizure_id)).all())
    cases = dict(s.execute(select(Case.id, Case.case_number).where(Case.id.in_({z.case_id for z in rows}))).all())
    names = dict(s.execute(select(User.username, User.full_name)
                           .where(User.username.in_({z.seizing_officer for z in rows}))).all())
    return [_seizure_dto(z, cases.get(z.case_id, ""), names.get(z.seizing_officer, z.seizing_officer), station,
                         counts.get(z.id, 0)) for z in rows]


def record_seizure(ctx: AppContext, session: AuthSession, req: NewSeizure) -> SeizureDTO:
    authorize(ctx, session, Action.SEIZURE_RECORD)
    station = ctx.station()
    now = ctx.clock()
    req = validate_new_seizure(req, station, now)
    with unit_of_work(ctx.engine) as s:
        errors: dict[str, ValidationError] = {}
        case = s.execute(select(Case).where(Case.case_number == req.case_number)).scalar_one_or_none()
        if case is None:
            errors["case_number"] = ValidationError("case_number", MSG_NO_CASE, case_number=req.case_number)
        officer = _active_user(s, req.seizing_officer)
        if officer is None:
            errors["seizing_officer"] = ValidationError("seizing_officer", MSG_NO_OFFICER,
                                                        username=req.seizing_officer)
        if errors:
            raise FormErrors(errors)
        assert case is not None and officer is not None
        year = now.astimezone(_tz(station)).year
        n = allocate(s, f"seizure:{year:04d}")
        if n > 999_999:
            raise Conflict(MSG_NUMBERS_EXHAUSTED, what="seizure document", year=year)
        number = format_seizure_number(year, n)
        at = format_time(now)
        row = Seizure(document_number=number, case_id=case.id, occurred_at=str(req.occurred_at), place=req.place,
                      gps=req.gps, seizing_officer=officer.username,
                      witnesses_json=json.dumps(list(req.witnesses), ensure_ascii=False),
                      legal_authority=req.legal_authority, received_from=req.received_from, notes=req.notes,
                      recorded_at=at)
        s.add(row)
        s.flush()
        appended = ledger_svc.append(
            s,
            [NewEvent("seizure.recorded", data={
                "document_number": number, "case_number": case.case_number, "occurred_at": row.occurred_at,
                "place": row.place, "gps": row.gps, "seizing_officer": officer.username,
                "seizing_officer_name": officer.full_name, "witnesses": list(req.witnesses),
                "legal_authority": row.legal_authority, "received_from": row.received_from, "notes": row.notes,
            }, case=case.case_number)],
            station=station.code, actor=session.username, signers=[session.signer], clock=ctx.clock,
        )
        row.recorded_at = appended[0].at
        return _seizure_dto(row, case.case_number, officer.full_name, station)


def get_seizure(ctx: AppContext, session: AuthSession, document_number: str) -> SeizureDTO:
    authorize(ctx, session, Action.ITEM_VIEW)
    station = ctx.station()
    with unit_of_work(ctx.engine, read_only=True) as s:
        z = _get_seizure_row(s, document_number)
        return _seizure_dtos(s, station, select(Seizure).where(Seizure.id == z.id))[0]


def list_seizures(ctx: AppContext, session: AuthSession, case_number: str | None = None, offset: int = 0,
                  limit: int = 100) -> list[SeizureDTO]:
    """Seizures, newest first; of one case when ``case_number`` is given."""
    authorize(ctx, session, Action.ITEM_VIEW)
    station = ctx.station()
    limit = max(1, min(int(limit), MAX_PAGE))
    with unit_of_work(ctx.engine, read_only=True) as s:
        q = select(Seizure).order_by(Seizure.id.desc()).offset(max(0, int(offset))).limit(limit)
        if case_number:
            q = q.where(Seizure.case_id == _get_case_row(s, case_number).id)
        return _seizure_dtos(s, station, q)
