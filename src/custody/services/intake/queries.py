"""Intake, item read side: item lists and counts (keyset pagination, newest first, filters), the item page
(:func:`get_item`: original and current values, corrections and timeline from the ledger) and scans
(:func:`find_by_scan`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from custody.db.models import Case, Item, ItemState, LedgerEntry, LedgerSignature, Location, Seizure, User
from custody.db.uow import unit_of_work
from custody.domain.categories import field_specs
from custody.domain.enums import Category, ItemStatus
from custody.domain.errors import NotFound, ValidationError
from custody.domain.i18n import N_
from custody.domain.ids import (
    MSG_UNKNOWN_SCAN,
    classify_scan,
    normalise_case_number,
    normalise_code,
    parse_badge_code,
)
from custody.ledger.entry import format_time
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.attachments import AttachmentDTO, attachments_for_item
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext, StationDTO
from custody.services.intake.cases import _case_dto
from custody.services.intake.common import (
    BASE_FIELDS,
    BASE_LABELS,
    MAX_PAGE,
    MSG_SCAN_UNKNOWN,
    WHAT_ITEM,
    CaseDTO,
    CorrectionDTO,
    FieldValueDTO,
    ItemDTO,
    ItemFilters,
    ItemPage,
    ItemSummaryDTO,
    ScanResult,
    SeizureDTO,
    TimelineEntry,
    _canonical_item_id,
    _category_label,
    _get_item_row,
    _item_prefixes,
    _kind_label,
    _status_label,
    _tz,
)
from custody.services.intake.items import _item_dto
from custody.services.intake.seizures import _seizure_dtos
from custody.services.intake.values import (
    _apply_correction,
    _correctable,
    _current_values,
    _from_ledger_fields,
    _from_ledger_value,
    display_value,
)
from custody.services.users import UserDTO
from custody.services.users import to_dto as user_to_dto


@dataclass(frozen=True)
class ItemDetailDTO:
    item: ItemDTO  # current values
    values: tuple[FieldValueDTO, ...]  # base and category values: original, current, corrected?
    corrections: tuple[CorrectionDTO, ...]
    seizure: SeizureDTO
    case: CaseDTO
    status: str | None
    status_label: str
    custodian: str | None
    custodian_name: str | None
    location_code: str | None
    location_name: str | None
    children: tuple[str, ...]
    photos: tuple[AttachmentDTO, ...]
    timeline: tuple[TimelineEntry, ...]
    registered_by: str


# --- item lists ------------------------------------------------------------------------------------------
_Parent = aliased(Item)


def summary_select():
    """SELECT of the columns an :class:`ItemSummaryDTO` needs (item, seizure, case, state, parent)."""
    return (
        select(Item.id, Item.item_id, Case.case_number, Seizure.document_number, Item.item_number, Item.category,
               Item.description, Item.quantity, Item.unit, Item.sealed, Item.biohazard, _Parent.item_id,
               ItemState.status, ItemState.custodian, ItemState.location_code, Item.registered_at)
        .select_from(Item)
        .join(Seizure, Seizure.id == Item.seizure_id)
        .join(Case, Case.id == Seizure.case_id)
        .outerjoin(ItemState, ItemState.item_id == Item.item_id)
        .outerjoin(_Parent, _Parent.id == Item.parent_id)
    )


def summary_from_row(r: Any) -> ItemSummaryDTO:
    desc = r[6] or ""
    first_line = desc.split("\n", 1)[0]
    if len(first_line) > 200:
        first_line = first_line[:199] + "…"
    return ItemSummaryDTO(
        key=r[0], item_id=r[1], case_number=r[2], seizure=r[3], item_number=r[4], category=r[5],
        category_label=_category_label(r[5]), description=first_line, quantity=r[7], unit=r[8],
        sealed=bool(r[9]), biohazard=bool(r[10]), parent_id=r[11], status=r[12], status_label=_status_label(r[12]),
        custodian=r[13], location_code=r[14], registered_at=r[15],
    )


def _date_bound(d: dt.date, station: StationDTO, end: bool) -> str:
    day = d + dt.timedelta(days=1) if end else d
    return format_time(dt.datetime(day.year, day.month, day.day, tzinfo=_tz(station)))


def apply_filters(q, s: Session, filters: ItemFilters | None, station: StationDTO | None):
    """Add the WHERE clauses of ``filters`` to a :func:`summary_select` query (``station``: for date ranges)."""
    if filters is None:
        return q
    conds = []
    if filters.category:
        conds.append(Item.category == Category(filters.category).value)
    if filters.status:
        conds.append(ItemState.status == str(ItemStatus(filters.status).value))
    if filters.location_code:
        from custody.services.locations import descendant_codes

        code = filters.location_code.strip().upper()
        codes = descendant_codes(s, code) if filters.include_sublocations else {code}
        conds.append(ItemState.location_code.in_(sorted(codes)))
    if filters.custodian:
        conds.append(ItemState.custodian == filters.custodian.strip().lower())
    if filters.date_from:
        assert station is not None
        conds.append(Item.registered_at >= _date_bound(filters.date_from, station, False))
    if filters.date_to:
        assert station is not None
        conds.append(Item.registered_at < _date_bound(filters.date_to, station, True))
    if filters.case_number:
        try:
            conds.append(Case.case_number == normalise_case_number(filters.case_number))
        except ValidationError:
            conds.append(Case.case_number == filters.case_number)
    if filters.seizure:
        conds.append(Seizure.document_number == filters.seizure.strip())
    return q.where(and_(*conds)) if conds else q


def list_items(ctx: AppContext, session: AuthSession, *, after: int | None = None, limit: int = 200,
               filters: ItemFilters | None = None, offset: int = 0) -> ItemPage:
    """Items newest first, for lazy loading: pass ``page.next_after`` as ``after`` to get the next page.

    Keyset pagination on the internal row id: every page costs the same on 10^6 items. ``offset`` exists for
    small lists only.
    """
    authorize(ctx, session, Action.ITEM_VIEW)
    station = ctx.station() if filters is not None and (filters.date_from or filters.date_to) else None
    limit = max(1, min(int(limit), MAX_PAGE))
    with unit_of_work(ctx.engine, read_only=True) as s:
        q = apply_filters(summary_select(), s, filters, station)
        if after is not None:
            q = q.where(Item.id < int(after))
        q = q.order_by(Item.id.desc()).limit(limit + 1)
        if offset:
            q = q.offset(max(0, int(offset)))
        rows = [summary_from_row(r) for r in s.execute(q)]
    more = len(rows) > limit
    rows = rows[:limit]
    return ItemPage(tuple(rows), rows[-1].key if more and rows else None)


def count_items(ctx: AppContext, session: AuthSession, filters: ItemFilters | None = None) -> int:
    authorize(ctx, session, Action.ITEM_VIEW)
    station = ctx.station()
    with unit_of_work(ctx.engine, read_only=True) as s:
        q = apply_filters(summary_select(), s, filters, station).subquery()
        return int(s.execute(select(func.count()).select_from(q)).scalar_one())


# --- item page -------------------------------------------------------------------------------------------
TL = "Timeline"
SummaryPart = tuple[str, Mapping[str, Any]]


def _plain(text: Any) -> SummaryPart:
    return ("{text}", {"text": str(text)})


def _summary_parts(kind: str, data: Mapping[str, Any], category: str) -> tuple[SummaryPart, ...]:
    """What an entry did, for the item timeline: parts whose templates are marked for translation (the data stays as
    recorded). English: :func:`_summary`."""
    d = dict(data)
    if kind == "item.registered":
        if d.get("parent"):
            return ((N_(TL, "Registered as part of {parent}: {description}"),
                     {"parent": d["parent"], "description": str(d.get("description", ""))[:80]}),)
        return (("{category}: {description}", {"category": _category_label(d.get("category", category)),
                                                "description": str(d.get("description", ""))[:80]}),)
    if kind == "item.corrected":
        name = d.get("field", "")
        label = _correctable(category, name) or name
        old = display_value(category, name, _from_ledger_value(name, d.get("old")))
        new = display_value(category, name, _from_ledger_value(name, d.get("new")))
        return ((N_(TL, "{field}: “{old}” → “{new}” ({reason}); approved by {approved_by}"),
                 {"field": label, "old": old, "new": new, "reason": d.get("reason", ""),
                  "approved_by": d.get("approved_by", "")}),)
    if kind in ("item.split", "item.sampled"):
        children = ", ".join(d.get("children", []))
        return ((N_(TL, "Split into {children}") if kind == "item.split" else N_(TL, "Sample taken: {children}"),
                 {"children": children}),)
    if kind == "attachment.added":
        return ((N_(TL, "{filename} ({media_type}, {size} bytes)"),
                 {"filename": d.get("filename", ""), "media_type": d.get("media_type", ""), "size": d.get("size", 0)}),)
    if kind == "custody.transferred":
        return (("{source} → {target}", {"source": d.get("from") or "", "target": d.get("to") or ""}),)
    if kind in ("lab.submitted", "lab.returned", "court.out", "court.returned"):
        parts: list[SummaryPart] = [_plain(d[k]) for k in ("lab_name", "hearing", "court_reference") if d.get(k) and
                                    not (kind.endswith("returned") and k != "court_reference")]
        if d.get("lab_number"):
            parts.append((N_(TL, "lab number {number}"), {"number": d["lab_number"]}))
        for key, with_extra, alone in (
                ("received_by", N_(TL, "received by {name} ({details})"), N_(TL, "received by {name}")),
                ("released_by", N_(TL, "released by {name} ({details})"), N_(TL, "released by {name}"))):
            p = d.get(key)
            if isinstance(p, dict) and p.get("name"):
                extra = ", ".join(str(p[k]) for k in ("organisation", "id") if p.get(k))
                parts.append((with_extra, {"name": p["name"], "details": extra}) if extra
                             else (alone, {"name": p["name"]}))
        if kind == "lab.returned" and d.get("results"):
            parts.append(_plain(str(d["results"])[:80]))
        return tuple(parts)
    if kind == "custody.recovered":
        return ((N_(TL, "{source} → {target} ({reason}; with {second})"),
                 {"source": d.get("from") or "", "target": d.get("to") or "", "reason": d.get("reason") or "",
                  "second": d.get("second") or ""}),)
    for key in ("location", "to_location", "purpose", "reason", "note"):
        if d.get(key):
            return (_plain(d[key]),)
    return ()


def _summary(kind: str, data: Mapping[str, Any], category: str) -> str:
    """One line that says what an entry did, for the item timeline (English)."""
    return "; ".join(template.format(**params) for template, params in _summary_parts(kind, data, category))


def get_item(ctx: AppContext, session: AuthSession, item_id: str) -> ItemDetailDTO:
    """Everything the item page shows. ``item_id`` is verified (check character) before the lookup."""
    authorize(ctx, session, Action.ITEM_VIEW)
    station = ctx.station()
    with unit_of_work(ctx.engine, read_only=True) as s:
        iid = _canonical_item_id(s, item_id)
        row = _get_item_row(s, iid)
        z = s.get(Seizure, row.seizure_id)
        assert z is not None
        c = s.get(Case, z.case_id)
        assert c is not None
        seizure = _seizure_dtos(s, station, select(Seizure).where(Seizure.id == z.id))[0]
        entries = list(s.execute(select(LedgerEntry).where(LedgerEntry.item == row.item_id)
                                 .order_by(LedgerEntry.seq)).scalars())
        sigs: dict[int, list[str]] = {}
        if entries:
            for seq, signer in s.execute(select(LedgerSignature.seq, LedgerSignature.signer)
                                         .where(LedgerSignature.seq.in_([e.seq for e in entries]))):
                sigs.setdefault(seq, []).append(signer)
        timeline: list[TimelineEntry] = []
        corrections: list[CorrectionDTO] = []
        original_values: dict[str, Any] | None = None
        original_fields: dict[str, Any] = {}
        registered_by = ""
        for e in entries:
            body = ledger_svc.parse_body(bytes(e.body))
            data = body.get("data") or {}
            timeline.append(TimelineEntry(
                seq=e.seq, at=e.at, kind=e.kind, kind_label=_kind_label(e.kind), actor=e.actor,
                signers=tuple(body.get("signers") or ()), summary=_summary(e.kind, data, row.category), data=data,
                entry_hash=bytes(e.entry_hash).hex(), signed_by=tuple(sorted(sigs.get(e.seq, ()))),
                summary_parts=_summary_parts(e.kind, data, row.category),
            ))
            if e.kind == "item.registered" and original_values is None:
                registered_by = e.actor
                original_values = {k: data.get(k) for k in BASE_LABELS}
                original_fields = _from_ledger_fields(data.get("fields"))
            elif e.kind == "item.corrected":
                name = data.get("field", "")
                old = _from_ledger_value(name, data.get("old"))
                new = _from_ledger_value(name, data.get("new"))
                corrections.append(CorrectionDTO(
                    e.seq, e.at, name, _correctable(row.category, name) or name, old, new,
                    display_value(row.category, name, old, original_fields),
                    display_value(row.category, name, new, original_fields),
                    data.get("reason", ""), data.get("requested_by", e.actor), data.get("approved_by", ""),
                ))
        cur_values, cur_fields = _current_values(row)
        if original_values is None:  # no registration entry (should not happen): show the table's values
            original_values, original_fields = dict(cur_values), dict(cur_fields)
        else:  # the ledger is the truth: original + corrections in order
            cur_values, cur_fields = dict(original_values), dict(original_fields)
            for corr in corrections:
                _apply_correction(row.category, cur_values, cur_fields, corr.field, corr.new)
        values: list[FieldValueDTO] = []
        for name, label in BASE_FIELDS:
            v, o = cur_values.get(name), original_values.get(name)
            values.append(FieldValueDTO(name, label, v, display_value(row.category, name, v), o,
                                        display_value(row.category, name, o), v != o, "item"))
        for spec in field_specs(row.category):
            v, o = cur_fields.get(spec.name), original_fields.get(spec.name)
            if v is None and o is None:
                continue
            values.append(FieldValueDTO(spec.name, spec.label, v, display_value(row.category, spec.name, v, cur_fields),
                                        o, display_value(row.category, spec.name, o, original_fields), v != o))
        parent = s.get(Item, row.parent_id).item_id if row.parent_id else None
        current_row = Item(item_id=row.item_id, seizure_id=row.seizure_id, item_number=row.item_number,
                           category=row.category, description=cur_values["description"],
                           quantity=cur_values["quantity"], unit=cur_values["unit"], sealed=cur_values["sealed"],
                           seal_number=cur_values["seal_number"], biohazard=cur_values["biohazard"],
                           fields_json=json.dumps(cur_fields), registered_at=row.registered_at)
        item = _item_dto(current_row, case_number=c.case_number, seizure=z.document_number, parent=parent)
        state = s.get(ItemState, row.item_id)
        custodian_name = None
        location_name = None
        if state is not None and state.custodian:
            custodian_name = s.execute(select(User.full_name).where(User.username == state.custodian)).scalar()
        if state is not None and state.location_code:
            location_name = s.execute(select(Location.name).where(Location.code == state.location_code)).scalar()
        children = tuple(s.execute(select(Item.item_id).where(Item.parent_id == row.id).order_by(Item.id)).scalars())
        photos = tuple(attachments_for_item(s, row.item_id))
        counts = s.execute(select(func.count(func.distinct(Seizure.id)), func.count(Item.id)).select_from(Seizure)
                           .outerjoin(Item, Item.seizure_id == Seizure.id).where(Seizure.case_id == c.id)).one()
        return ItemDetailDTO(
            item=item, values=tuple(values), corrections=tuple(corrections), seizure=seizure,
            case=_case_dto(c, counts[0], counts[1]),
            status=state.status if state else None, status_label=_status_label(state.status if state else None),
            custodian=state.custodian if state else None, custodian_name=custodian_name,
            location_code=state.location_code if state else None, location_name=location_name,
            children=children, photos=photos, timeline=tuple(timeline), registered_by=registered_by,
        )


def get_item_summary(s: Session, item_id: str) -> ItemSummaryDTO | None:
    r = s.execute(summary_select().where(Item.item_id == item_id)).first()
    return summary_from_row(r) if r else None


# --- scans -----------------------------------------------------------------------------------------------
def find_by_scan(ctx: AppContext, session: AuthSession, code: str) -> ScanResult:
    """What a scanned or typed code is: ``("item", ItemSummaryDTO)``, ``("location", LocationDTO)`` or
    ``("officer", UserDTO)``.

    A mistyped code (wrong check character, unknown prefix, bad shape) raises ValidationError with a clear
    message; a code is only ever matched exactly, never to a "nearest" one. A valid code that names nothing
    registered raises NotFound.
    """
    authorize(ctx, session, Action.ITEM_VIEW)
    with unit_of_work(ctx.engine, read_only=True) as s:
        return _find_by_scan(s, code)


MSG_OFFICER_UNKNOWN = N_("Intake", "No officer has the username or badge number {code}.")


def find_officer(ctx: AppContext, session: AuthSession, text: str) -> UserDTO:
    """The officer a person typed or scanned: a username, the badge number printed on the badge card
    (``B-1002``) or the card's barcode (``OFF-000034-Y``). Matched exactly; NotFound otherwise."""
    authorize(ctx, session, Action.ITEM_VIEW)
    typed = (text or "").strip()
    with unit_of_work(ctx.engine, read_only=True) as s:
        user = s.execute(select(User).where(User.username == typed.lower())).scalar_one_or_none()
        if user is None:
            user = _user_by_badge_number(s, typed)
        if user is None and normalise_code(typed).startswith("OFF-"):
            try:
                user = s.get(User, parse_badge_code(typed))
            except ValidationError:
                user = None
        if user is None:
            raise NotFound(N_("Nouns", "officer"), typed, MSG_OFFICER_UNKNOWN, code=typed)
        officer: UserDTO = user_to_dto(user)
        return officer


def _user_by_badge_number(s: Session, text: str) -> User | None:
    badge = normalise_code(text)
    if not badge:
        return None
    user: User | None = s.execute(select(User).where(User.badge_number == badge)).scalar_one_or_none()
    return user


def _find_by_scan(s: Session, code: str) -> ScanResult:
    try:
        scan = classify_scan(code or "", prefixes=_item_prefixes(s))
    except ValidationError as err:
        # The badge number printed on the card (B-1002) works wherever the card's OFF- code does.
        user = _user_by_badge_number(s, code or "") if err.template == MSG_UNKNOWN_SCAN else None
        if user is None:
            raise
        by_number: UserDTO = user_to_dto(user)
        return "officer", by_number
    if scan.kind == "item":
        summary = get_item_summary(s, scan.value)
        if summary is None:
            raise NotFound(WHAT_ITEM, scan.value, MSG_SCAN_UNKNOWN, code=scan.value, what=N_("Ids", "item number"))
        return "item", summary
    if scan.kind == "location":
        from custody.services.locations import get_location_dto

        loc = get_location_dto(s, scan.value)
        if loc is None:
            raise NotFound(N_("Nouns", "location"), scan.value, MSG_SCAN_UNKNOWN, code=scan.value,
                           what=N_("Ids", "location code"))
        return "location", loc
    # A badge card carries OFF-NNNNNN-C made from the officer's record number (services.users.badge_code);
    # badge numbers themselves can never take that form, so a scan names exactly one officer.
    user = s.get(User, parse_badge_code(scan.value))
    if user is None:
        raise NotFound(N_("Nouns", "officer"), scan.value, MSG_SCAN_UNKNOWN, code=scan.value,
                       what=N_("Ids", "badge code"))
    officer: UserDTO = user_to_dto(user)
    return "officer", officer


def items_by_ids(s: Session, item_ids: Iterable[str]) -> list[ItemSummaryDTO]:
    ids = list(item_ids)
    if not ids:
        return []
    return [summary_from_row(r) for r in s.execute(summary_select().where(Item.item_id.in_(ids))
                                                   .order_by(Item.id.desc()))]
