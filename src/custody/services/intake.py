"""Intake: cases, seizures, items, corrections, splits and samples; the item read side (DTOs).

Write side (one transaction and one ``ledger_svc.append`` per call):

- :func:`open_case` -> ``case.opened``
- :func:`record_seizure` -> ``seizure.recorded`` (document number ``YYYY-NNNNNN`` from the ``counter`` table)
- :func:`register_item` / :func:`register_items` -> ``item.registered`` (all the item's data, so that the ledger
  alone tells what was registered)
- :func:`request_correction` (validates, writes nothing) + :func:`approve_correction` -> one ``item.corrected``
  entry signed by the requester and a supervisor
- :func:`split_item` / :func:`sample_item` -> ``item.split`` / ``item.sampled`` on the parent and
  ``item.registered`` (``data.parent``) for every child

Read side: :func:`get_case`, :func:`list_cases`, :func:`get_seizure`, :func:`list_seizures`, :func:`get_item`,
:func:`list_items` (keyset pagination, newest first), :func:`count_items`, :func:`find_by_scan`.

The ``item`` row holds the item's *current* values (registration with corrections applied) so that lists and
search show them; :func:`get_item` derives both the original and the current values from the ledger.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select, text
from sqlalchemy.orm import Session, aliased

from custody.db.models import (
    Case,
    Item,
    ItemState,
    LedgerEntry,
    LedgerSignature,
    Location,
    Seizure,
    Station,
    User,
)
from custody.db.uow import unit_of_work
from custody.domain.categories import (
    CATEGORY_FIELDS,
    FieldSpec,
    field_specs,
    validate_category_fields,
)
from custody.domain.enums import Category, EventKind, ItemStatus, OffenceType
from custody.domain.errors import Conflict, CustodyError, FormErrors, NotFound, ValidationError
from custody.domain.i18n import N_
from custody.domain.ids import (
    classify_scan,
    format_seizure_number,
    make_item_id,
    normalise_case_number,
    parse_badge_code,
    parse_seizure_number,
)
from custody.domain.values import (
    clean_text,
    format_money,
    format_weight,
    parse_bool,
    parse_datetime,
    parse_decimal,
    parse_gps,
)
from custody.ledger.entry import format_time, parse_time
from custody.security.permissions import Action, is_allowed
from custody.services import ledger as ledger_svc
from custody.services.attachments import AttachmentDTO, attachments_for_item
from custody.services.auth import AuthSession, authorize, unlock_signer
from custody.services.context import AppContext, StationDTO
from custody.services.ledger import NewEvent, Signer
from custody.services.users import UserDTO, parse_roles
from custody.services.users import to_dto as user_to_dto

# --- limits and messages ---------------------------------------------------------------------------------
MAX_DESCRIPTION = 2000
MAX_PLACE = 300
MAX_NOTES = 4000
MAX_WITNESSES = 20
MAX_ITEMS_PER_CALL = 500
MAX_PAGE = 1000
MAX_QUANTITY_DIGITS = 12
FUTURE_TOLERANCE = dt.timedelta(minutes=10)

MSG_CASE_TAKEN = N_("Intake", "The case number {case_number} is already in use.")
MSG_OFFENCE = N_("Intake", "Choose the type of offence.")
MSG_NO_CASE = N_("Intake", "There is no case {case_number}. Open the case first.")
MSG_NO_SEIZURE = N_("Intake", "There is no seizure with document number {number}.")
MSG_NO_OFFICER = N_("Intake", "There is no active officer with the username {username}.")
MSG_FUTURE = N_("Intake", "This time is in the future. Check the date and the time.")
MSG_TOO_OLD = N_("Intake", "This date is too far in the past. Check the year.")
MSG_TOO_MANY_WITNESSES = N_("Intake", "At most {max} witnesses can be listed.")
MSG_CATEGORY = N_("Intake", "Choose the kind of item.")
MSG_QUANTITY = N_("Intake", "Type the quantity as a number above zero, for example 1 or 2.5.")
MSG_SEAL_NEEDED = N_("Intake", "The item is sealed: type the seal number.")
MSG_SEAL_NOT = N_("Intake", "Leave the seal number empty: the item is not sealed.")
MSG_NO_ITEMS = N_("Intake", "Add at least one item.")
MSG_TOO_MANY_ITEMS = N_("Intake", "At most {max} items can be registered at once.")
MSG_NUMBERS_EXHAUSTED = N_(
    "Intake", "All {what} numbers for {year} are used up (at most 999999). Ask an administrator."
)
MSG_NO_ITEM = N_("Intake", "There is no item {item_id}.")
MSG_FIELD_UNKNOWN = N_("Intake", "The field {field} cannot be corrected on this item.")
MSG_FIELD_DERIVED = N_("Intake", "The total is computed from the notes and coins counted: correct those instead.")
MSG_NO_CHANGE = N_("Intake", "The new value is the same as the current one.")
MSG_REASON = N_("Intake", "Say why the record must be corrected.")
MSG_APPROVER_MISSING = N_("Intake", "A correction must be approved by a second officer with the supervisor role.")
MSG_APPROVER_SELF = N_("Intake", "You cannot approve your own correction: another supervisor must approve it.")
MSG_APPROVER_ROLE = N_("Intake", "{username} is not allowed to approve corrections (a supervisor must approve).")
MSG_NOT_REQUESTER = N_("Intake", "Only the officer who asked for the correction can submit it for approval.")
MSG_CHANGED = N_(
    "Intake", "The {field} of item {item_id} was changed meanwhile. Ask for the correction again."
)
MSG_PARENT_GONE = N_("Intake", "Item {item_id} is {status}: it can no longer be split or sampled.")
MSG_NO_PARTS = N_("Intake", "Describe at least one part.")
MSG_SCAN_UNKNOWN = N_("Intake", "{code} is a valid {what}, but nothing with this code is registered here.")

LBL_YES = N_("Intake", "Yes")
LBL_NO = N_("Intake", "No")

WHAT_ITEM = N_("Nouns", "item")
WHAT_CASE = N_("Nouns", "case")
WHAT_SEIZURE = N_("Nouns", "seizure")

# Item attributes that every category has (correctable like the category fields).
BASE_FIELDS: tuple[tuple[str, str], ...] = (
    ("description", N_("Intake", "Individualising description")),
    ("quantity", N_("Intake", "Quantity")),
    ("unit", N_("Intake", "Unit")),
    ("sealed", N_("Intake", "Sealed container")),
    ("seal_number", N_("Intake", "Seal number")),
    ("biohazard", N_("Intake", "Biohazard")),
)
BASE_LABELS = dict(BASE_FIELDS)
FINAL_STATUSES = frozenset({ItemStatus.DISPOSED.value, ItemStatus.RELEASED.value})


# --- requests and DTOs -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewCase:
    case_number: str
    offence_type: OffenceType | str
    title: str = ""
    agency_ref: str = ""
    prosecutor_ref: str = ""
    court_ref: str = ""


@dataclass(frozen=True)
class CaseDTO:
    case_number: str
    offence_type: str
    offence_label: str
    title: str
    agency_ref: str
    prosecutor_ref: str
    court_ref: str
    opened_at: str
    opened_by: str
    seizure_count: int = 0
    item_count: int = 0


@dataclass(frozen=True)
class NewSeizure:
    case_number: str
    occurred_at: str | dt.datetime  # "2026-03-31 14:05" (station local time) or ISO 8601 with offset
    place: str
    seizing_officer: str  # username
    gps: str | None = None  # "lat, lon" in decimal degrees
    witnesses: Sequence[str] = ()
    legal_authority: str = ""
    received_from: str = ""
    notes: str = ""


@dataclass(frozen=True)
class SeizureDTO:
    document_number: str
    case_number: str
    occurred_at: str  # UTC, ledger format
    occurred_at_local: str  # "YYYY-MM-DD HH:MM" in the station's time zone
    place: str
    gps: str | None
    seizing_officer: str
    seizing_officer_name: str
    witnesses: tuple[str, ...]
    legal_authority: str
    received_from: str
    notes: str
    recorded_at: str
    item_count: int = 0


@dataclass(frozen=True)
class CaseDetailDTO:
    case: CaseDTO
    seizures: tuple[SeizureDTO, ...]


@dataclass(frozen=True)
class NewItem:
    seizure: str  # document number YYYY-NNNNNN
    category: Category | str
    description: str
    quantity: str | int | Decimal = "1"
    unit: str = "item"
    sealed: bool | str = False
    seal_number: str = ""
    biohazard: bool | str = False
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FieldValueDTO:
    """One value of an item, as registered and as it stands after corrections."""

    name: str  # "description", ..., or a category field name such as "serial_number"
    label: str  # English, marked with N_ (context "Intake" or "Categories")
    value: Any  # current clean value (JSON-safe: str, int, bool, dict for denominations, None)
    display: str  # current value as text for a person
    original: Any = None
    original_display: str = ""
    corrected: bool = False
    group: Literal["item", "category"] = "category"


@dataclass(frozen=True)
class ItemDTO:
    item_id: str
    seizure: str
    case_number: str
    item_number: int
    category: str
    category_label: str
    description: str
    quantity: str
    unit: str
    sealed: bool
    seal_number: str
    biohazard: bool
    parent_id: str | None
    fields: tuple[FieldValueDTO, ...]  # category fields with a value, in form order
    registered_at: str

    def field_value(self, name: str) -> Any:
        for f in self.fields:
            if f.name == name:
                return f.value
        return None


@dataclass(frozen=True)
class ItemSummaryDTO:
    """One row of an item list or search result."""

    key: int  # internal row id: pass the last one as ``after`` to get the next page
    item_id: str
    case_number: str
    seizure: str
    item_number: int
    category: str
    category_label: str
    description: str
    quantity: str
    unit: str
    sealed: bool
    biohazard: bool
    parent_id: str | None
    status: str | None
    status_label: str
    custodian: str | None
    location_code: str | None
    registered_at: str


@dataclass(frozen=True)
class ItemPage:
    items: tuple[ItemSummaryDTO, ...]
    next_after: int | None  # None when there is nothing more


@dataclass(frozen=True)
class ItemFilters:
    category: Category | str | None = None
    status: ItemStatus | str | None = None
    location_code: str | None = None
    include_sublocations: bool = True
    date_from: dt.date | None = None  # registration date, station local time, inclusive
    date_to: dt.date | None = None  # inclusive
    case_number: str | None = None
    seizure: str | None = None
    custodian: str | None = None


@dataclass(frozen=True)
class TimelineEntry:
    seq: int
    at: str
    kind: str
    kind_label: str
    actor: str
    signers: tuple[str, ...]
    summary: str
    data: Mapping[str, Any]
    entry_hash: str
    signed_by: tuple[str, ...] = ()  # signatures actually stored


@dataclass(frozen=True)
class CorrectionDTO:
    seq: int
    at: str
    field: str
    label: str
    old: Any
    new: Any
    old_display: str
    new_display: str
    reason: str
    requested_by: str
    approved_by: str


@dataclass(frozen=True)
class CorrectionRequest:
    """A validated, not yet approved correction (nothing is written until :func:`approve_correction`)."""

    item_id: str
    field: str
    label: str
    old: Any
    new: Any
    old_display: str
    new_display: str
    reason: str
    requested_by: str


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


@dataclass(frozen=True)
class NewPart:
    """One child of a split, or a sample. Category fields start as the parent's; ``fields`` overrides them."""

    description: str
    quantity: str | int | Decimal = "1"
    unit: str | None = None  # default: the parent's unit
    sealed: bool | str = False
    seal_number: str = ""
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SplitResult:
    parent_id: str
    children: tuple[ItemDTO, ...]


ScanResult = tuple[Literal["item", "location", "officer"], Any]


# --- helpers ---------------------------------------------------------------------------------------------
def allocate(s: Session, name: str, count: int = 1) -> int:
    """Take ``count`` consecutive numbers from counter ``name`` (inside the caller's transaction).

    Returns the first. One atomic upsert: on PostgreSQL the row lock serialises concurrent stations.
    """
    value = s.execute(
        text(
            "INSERT INTO counter (name, value) VALUES (:n, :c) "
            "ON CONFLICT (name) DO UPDATE SET value = counter.value + :c RETURNING value"
        ),
        {"n": name, "c": count},
    ).scalar_one()
    return int(value) - count + 1


def _tz(station: StationDTO) -> ZoneInfo:
    try:
        return ZoneInfo(station.time_zone)
    except Exception:  # noqa: BLE001 - a bad zone in settings must not stop intake
        return ZoneInfo("UTC")


def local_text(at: str, station: StationDTO) -> str:
    """A ledger time as "YYYY-MM-DD HH:MM" in the station's time zone."""
    try:
        return parse_time(at).astimezone(_tz(station)).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def _err(errors: dict[str, ValidationError], key: str, exc: ValidationError) -> None:
    errors.setdefault(key, exc if exc.field == key else ValidationError(key, exc.template, **exc.params))


def _text(errors: dict[str, ValidationError], key: str, value: Any, max_len: int, *, required: bool = False,
          multiline: bool = False) -> str:
    try:
        return clean_text(None if value is None else str(value), key, max_len, required, multiline=multiline)
    except ValidationError as exc:
        _err(errors, key, exc)
        return ""


def _quantity(value: Any) -> str:
    if isinstance(value, float) or isinstance(value, bool):
        raise ValidationError("quantity", MSG_QUANTITY)
    try:
        number = value if isinstance(value, Decimal) else parse_decimal(str(value), field="quantity")
    except ValidationError:
        raise ValidationError("quantity", MSG_QUANTITY) from None
    if number <= 0 or not number.is_finite():
        raise ValidationError("quantity", MSG_QUANTITY)
    out = format(number.normalize(), "f")
    if "." in out:
        out = out.rstrip("0").rstrip(".")
    if len(out.replace(".", "")) > MAX_QUANTITY_DIGITS:
        raise ValidationError("quantity", MSG_QUANTITY)
    return out


def _bool(errors: dict[str, ValidationError], key: str, value: Any) -> bool:
    if value is None or value == "":
        return False
    try:
        return parse_bool(value, field=key)
    except ValidationError as exc:
        _err(errors, key, exc)
        return False


def _to_ledger_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Category fields as canonical ledger data (denominations: [[minor units, count], ...])."""
    out: dict[str, Any] = {}
    for k, v in fields.items():
        out[k] = _to_ledger_value(k, v)
    return out


def _to_ledger_value(name: str, value: Any) -> Any:
    if name == "denominations" and isinstance(value, Mapping):
        return [[int(d), int(n)] for d, n in value.items()]
    return value


def _from_ledger_value(name: str, value: Any) -> Any:
    if name == "denominations" and isinstance(value, list):
        return {str(d): n for d, n in value}
    return value


def _from_ledger_fields(fields: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: _from_ledger_value(k, v) for k, v in (fields or {}).items()}


def _spec(category: str, name: str) -> FieldSpec | None:
    for s in CATEGORY_FIELDS[Category(category)]:
        if s.name == name:
            return s
    return None


def display_value(category: str, name: str, value: Any, fields: Mapping[str, Any] | None = None) -> str:
    """A clean value as text for a person (English; choice labels are N_-marked)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return LBL_YES if value else LBL_NO
    if name in BASE_LABELS:
        return str(value)
    spec = _spec(category, name)
    if spec is None:
        return str(value)
    fields = fields or {}
    try:
        match spec.type:
            case "choice":
                for c in spec.choices:
                    if c.value == value:
                        return c.label
                return str(value)
            case "weight_mg":
                return format_weight(int(value))
            case "money":
                currency = fields.get(spec.currency_field or "currency")
                return format_money(int(value), currency) if currency else str(value)
            case "datetime":
                return str(value).replace("T", " ")[:16]
            case "denominations":
                currency = fields.get("currency")
                parts = []
                for d, n in dict(value).items():
                    amount = format_money(int(d), currency) if currency else str(d)
                    parts.append(f"{n} × {amount}")
                return ", ".join(parts)
    except (ValueError, TypeError, ValidationError):
        return str(value)
    return str(value)


def _field_dtos(category: str, fields: Mapping[str, Any]) -> tuple[FieldValueDTO, ...]:
    out = []
    for spec in field_specs(category):
        if spec.name in fields:
            v = fields[spec.name]
            d = display_value(category, spec.name, v, fields)
            out.append(FieldValueDTO(spec.name, spec.label, v, d, v, d, False, "category"))
    return tuple(out)


def _category_label(category: str) -> str:
    try:
        return Category(category).label
    except ValueError:
        return category


def _status_label(status: str | None) -> str:
    if not status:
        return ""
    try:
        return ItemStatus(status).label
    except ValueError:
        return status


def _kind_label(kind: str) -> str:
    try:
        return EventKind(kind).label
    except ValueError:
        return kind


def _item_prefixes(s: Session) -> list[str]:
    return list(s.execute(select(Station.item_prefix)).scalars())


def _now_local(ctx: AppContext, station: StationDTO) -> dt.datetime:
    return ctx.clock().astimezone(_tz(station))


# --- cases -----------------------------------------------------------------------------------------------
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


def _get_case_row(s: Session, case_number: str) -> Case:
    try:
        number = normalise_case_number(case_number or "")
    except ValidationError:
        raise NotFound(WHAT_CASE, case_number) from None
    row = s.execute(select(Case).where(Case.case_number == number)).scalar_one_or_none()
    if row is None:
        raise NotFound(WHAT_CASE, number)
    return row


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


# --- seizures --------------------------------------------------------------------------------------------
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


def _active_user(s: Session, username: str) -> User | None:
    return s.execute(select(User).where(User.username == username, User.active.is_(True))).scalar_one_or_none()


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


def _get_seizure_row(s: Session, number: str) -> Seizure:
    try:
        doc = str(parse_seizure_number(number or ""))
    except ValidationError:
        raise NotFound(WHAT_SEIZURE, number) from None
    row = s.execute(select(Seizure).where(Seizure.document_number == doc)).scalar_one_or_none()
    if row is None:
        raise NotFound(WHAT_SEIZURE, doc)
    return row


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


# --- items: validation -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _CleanItem:
    seizure: str
    category: str
    description: str
    quantity: str
    unit: str
    sealed: bool
    seal_number: str
    biohazard: bool
    fields: dict[str, Any]


def _validate_base(errors: dict[str, ValidationError], *, description: Any, quantity: Any, unit: Any, sealed: Any,
                   seal_number: Any, biohazard: Any, check_unsealed: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {}
    out["description"] = _text(errors, "description", description, MAX_DESCRIPTION, required=True, multiline=True)
    try:
        out["quantity"] = _quantity("1" if quantity is None or quantity == "" else quantity)
    except ValidationError as exc:
        _err(errors, "quantity", exc)
        out["quantity"] = ""
    out["unit"] = _text(errors, "unit", unit, 32) or "item"
    out["sealed"] = _bool(errors, "sealed", sealed)
    out["seal_number"] = _text(errors, "seal_number", seal_number, 64).upper()
    out["biohazard"] = _bool(errors, "biohazard", biohazard)
    if "sealed" not in errors and "seal_number" not in errors:
        if out["sealed"] and not out["seal_number"]:
            errors["seal_number"] = ValidationError("seal_number", MSG_SEAL_NEEDED)
        elif check_unsealed and not out["sealed"] and out["seal_number"]:
            errors["seal_number"] = ValidationError("seal_number", MSG_SEAL_NOT)
    return out


def validate_new_item(req: NewItem) -> _CleanItem:
    """Check every field of one item (no database). Raises FormErrors naming each bad field.

    Category fields are reported under their own names (``serial_number``, ``gross_weight_mg``...).
    """
    errors: dict[str, ValidationError] = {}
    doc = ""
    try:
        doc = str(parse_seizure_number(req.seizure or ""))
    except ValidationError as exc:
        _err(errors, "seizure", exc)
    category = ""
    try:
        category = Category(req.category).value
    except ValueError:
        errors["category"] = ValidationError("category", MSG_CATEGORY)
    base = _validate_base(errors, description=req.description, quantity=req.quantity, unit=req.unit,
                          sealed=req.sealed, seal_number=req.seal_number, biohazard=req.biohazard)
    fields: dict[str, Any] = {}
    if category:
        try:
            fields = validate_category_fields(category, dict(req.fields or {}))
        except FormErrors as exc:
            for k, v in exc.details.items():
                errors.setdefault(k, v)
        except TypeError as exc:  # floats are refused by the domain
            errors.setdefault("fields", ValidationError("fields", str(exc)))
    if errors:
        raise FormErrors(errors)
    return _CleanItem(doc, category, base["description"], base["quantity"], base["unit"], base["sealed"],
                      base["seal_number"], base["biohazard"], fields)


# --- items: search index ---------------------------------------------------------------------------------
def search_tokens(text_: str) -> list[str]:
    """Words as the SQLite unicode61 tokenizer sees them: runs of letters, digits and marks (any script).

    The index body is stored as these words joined by spaces, so that PostgreSQL's parser (which reads
    "DL-4521" as "dl" and the number "-4521") and SQLite's see the same words as the query.
    """
    out: list[str] = []
    cur: list[str] = []
    for ch in unicodedata.normalize("NFC", text_):
        cat = unicodedata.category(ch)
        if cat[0] in "LNM" or cat == "Co":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def search_body(*, item_id: str, category: str, description: str, case_number: str, case_title: str,
                seizure: str, seal_number: str, fields: Mapping[str, Any], officer: str, officer_name: str,
                parent_id: str | None = None, place: str = "") -> str:
    """The text the full-text index holds for one item."""
    parts = [item_id, description, _category_label(category), category, case_number, case_title, seizure,
             seal_number, officer, officer_name, parent_id or "", place]
    for spec in field_specs(category):
        v = fields.get(spec.name)
        if v is None or v == "" or spec.type in ("bool", "weight_mg", "money", "denominations", "count", "int"):
            continue
        parts.append(display_value(category, spec.name, v, fields) if spec.type == "choice" else str(v))
    return " ".join(search_tokens(" ".join(p for p in parts if p)))


def _index_item(s: Session, row_id: int, item_id: str, body: str, *, replace: bool = False) -> None:
    if s.get_bind().dialect.name == "sqlite":
        if replace:
            s.execute(text("DELETE FROM item_search WHERE rowid = :r"), {"r": row_id})
        s.execute(text("INSERT INTO item_search (rowid, item_id, body) VALUES (:r, :i, :b)"),
                  {"r": row_id, "i": item_id, "b": body})
    elif replace:
        s.execute(text("UPDATE item_search SET body = :b WHERE item_id = :i"), {"i": item_id, "b": body})
    else:
        s.execute(text("INSERT INTO item_search (item_id, body) VALUES (:i, :b)"), {"i": item_id, "b": body})


def _reindex(s: Session, item: Item) -> None:
    z = s.get(Seizure, item.seizure_id)
    assert z is not None
    c = s.get(Case, z.case_id)
    assert c is not None
    officer_name = s.execute(select(User.full_name).where(User.username == z.seizing_officer)).scalar() or ""
    parent = s.get(Item, item.parent_id).item_id if item.parent_id else None
    body = search_body(item_id=item.item_id, category=item.category, description=item.description,
                       case_number=c.case_number, case_title=c.title, seizure=z.document_number,
                       seal_number=item.seal_number, fields=json.loads(item.fields_json or "{}"),
                       officer=z.seizing_officer, officer_name=officer_name, parent_id=parent, place=z.place)
    _index_item(s, item.id, item.item_id, body, replace=True)


# --- items: registration ---------------------------------------------------------------------------------
def _registered_data(row: Item, *, case_number: str, seizure: str, parent: str | None,
                     custodian: str) -> dict[str, Any]:
    return {
        "item_id": row.item_id, "case_number": case_number, "seizure": seizure, "item_number": row.item_number,
        "category": row.category, "description": row.description, "quantity": row.quantity, "unit": row.unit,
        "sealed": row.sealed, "seal_number": row.seal_number, "biohazard": row.biohazard,
        "fields": _to_ledger_fields(json.loads(row.fields_json)), "parent": parent, "custodian": custodian,
    }


def _item_dto(row: Item, *, case_number: str, seizure: str, parent: str | None) -> ItemDTO:
    fields = json.loads(row.fields_json or "{}")
    return ItemDTO(row.item_id, seizure, case_number, row.item_number, row.category, _category_label(row.category),
                   row.description, row.quantity, row.unit, bool(row.sealed), row.seal_number, bool(row.biohazard),
                   parent, _field_dtos(row.category, fields), row.registered_at)


def _new_item_ids(s: Session, ctx: AppContext, station: StationDTO, count: int) -> list[str]:
    yy = _now_local(ctx, station).year % 100
    first = allocate(s, f"item:{station.item_prefix}:{yy:02d}", count)
    if first + count - 1 > 999_999:
        raise Conflict(MSG_NUMBERS_EXHAUSTED, what="item", year=_now_local(ctx, station).year)
    return [make_item_id(station.item_prefix, yy, first + i) for i in range(count)]


def _insert_items(s: Session, ctx: AppContext, station: StationDTO, seizure: Seizure, case: Case,
                  clean: Sequence[_CleanItem], *, parent: Item | None, custodian: str,
                  officer_name: str) -> list[tuple[Item, NewEvent]]:
    ids = _new_item_ids(s, ctx, station, len(clean))
    first_number = allocate(s, f"seizure_item:{seizure.id}", len(clean))
    at = format_time(ctx.clock())
    rows: list[Item] = []
    for i, c in enumerate(clean):
        rows.append(Item(item_id=ids[i], seizure_id=seizure.id, item_number=first_number + i, category=c.category,
                         description=c.description, quantity=c.quantity, unit=c.unit, sealed=c.sealed,
                         seal_number=c.seal_number, biohazard=c.biohazard,
                         parent_id=parent.id if parent else None,
                         fields_json=json.dumps(c.fields, ensure_ascii=False, sort_keys=True), registered_at=at))
    s.add_all(rows)
    s.flush()
    out = []
    for row, c in zip(rows, clean, strict=True):
        body = search_body(item_id=row.item_id, category=row.category, description=row.description,
                           case_number=case.case_number, case_title=case.title, seizure=seizure.document_number,
                           seal_number=row.seal_number, fields=c.fields, officer=seizure.seizing_officer,
                           officer_name=officer_name, parent_id=parent.item_id if parent else None,
                           place=seizure.place)
        _index_item(s, row.id, row.item_id, body)
        data = _registered_data(row, case_number=case.case_number, seizure=seizure.document_number,
                                parent=parent.item_id if parent else None, custodian=custodian)
        out.append((row, NewEvent("item.registered", data=data, item=row.item_id, case=case.case_number)))
    return out


def register_item(ctx: AppContext, session: AuthSession, req: NewItem) -> ItemDTO:
    """Register one item of a recorded seizure (``item.registered``). FormErrors keys are the field names."""
    return register_items(ctx, session, [req], _single=True)[0]


def register_items(ctx: AppContext, session: AuthSession, reqs: Sequence[NewItem], *,
                   _single: bool = False) -> list[ItemDTO]:
    """Register several items in one transaction (all or nothing).

    FormErrors keys are ``"<index>.<field>"`` (``"0.description"``), the index into ``reqs``.
    """
    authorize(ctx, session, Action.ITEM_REGISTER)
    if not reqs:
        raise FormErrors({"items": ValidationError("items", MSG_NO_ITEMS)})
    if len(reqs) > MAX_ITEMS_PER_CALL:
        raise FormErrors({"items": ValidationError("items", MSG_TOO_MANY_ITEMS, max=MAX_ITEMS_PER_CALL)})

    def key(i: int, name: str) -> str:
        return name if _single else f"{i}.{name}"

    errors: dict[str, ValidationError] = {}
    clean: list[_CleanItem] = []
    for i, req in enumerate(reqs):
        try:
            clean.append(validate_new_item(req))
        except FormErrors as exc:
            for k, v in exc.details.items():
                errors[key(i, k)] = v
    if errors:
        raise FormErrors(errors)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        seizures: dict[str, Seizure] = {}
        for i, c in enumerate(clean):
            if c.seizure in seizures:
                continue
            z = s.execute(select(Seizure).where(Seizure.document_number == c.seizure)).scalar_one_or_none()
            if z is None:
                errors[key(i, "seizure")] = ValidationError("seizure", MSG_NO_SEIZURE, number=c.seizure)
            else:
                seizures[c.seizure] = z
        if errors:
            raise FormErrors(errors)
        results: dict[int, tuple[Item, str, str]] = {}
        events: list[NewEvent] = []
        by_seizure: dict[str, list[int]] = {}
        for i, c in enumerate(clean):
            by_seizure.setdefault(c.seizure, []).append(i)
        for doc, idxs in by_seizure.items():
            z = seizures[doc]
            case = s.get(Case, z.case_id)
            assert case is not None
            officer_name = s.execute(select(User.full_name).where(User.username == z.seizing_officer)).scalar() or ""
            made = _insert_items(s, ctx, station, z, case, [clean[i] for i in idxs], parent=None,
                                 custodian=session.username, officer_name=officer_name)
            for i, (row, ev) in zip(idxs, made, strict=True):
                results[i] = (row, case.case_number, doc)
                events.append(ev)
        appended = ledger_svc.append(s, events, station=station.code, actor=session.username,
                                     signers=[session.signer], clock=ctx.clock)
        at = appended[0].at
        out = []
        for i in range(len(clean)):
            row, case_number, doc = results[i]
            row.registered_at = at
            out.append(_item_dto(row, case_number=case_number, seizure=doc, parent=None))
        return out


# --- items: current values from the ledger ---------------------------------------------------------------
def _apply_correction(category: str, values: dict[str, Any], fields: dict[str, Any], name: str, new: Any) -> None:
    if name in BASE_LABELS:
        values[name] = new
        return
    if new is None or new == "":
        fields.pop(name, None)
    else:
        fields[name] = new
    if Category(category) is Category.CURRENCY and name in ("denominations", "currency") and "denominations" in fields:
        fields["total_minor"] = sum(int(k) * int(n) for k, n in fields["denominations"].items())


def _current_values(item: Item) -> tuple[dict[str, Any], dict[str, Any]]:
    values = {"description": item.description, "quantity": item.quantity, "unit": item.unit,
              "sealed": bool(item.sealed), "seal_number": item.seal_number, "biohazard": bool(item.biohazard)}
    return values, json.loads(item.fields_json or "{}")


def _correctable(category: str, name: str) -> str | None:
    """The label of a correctable field, or None."""
    if name in BASE_LABELS:
        return BASE_LABELS[name]
    spec = _spec(category, name)
    return spec.label if spec else None


def _clean_correction(category: str, values: dict[str, Any], fields: dict[str, Any], name: str,
                      new_value: Any) -> Any:
    """Validate ``new_value`` for ``name`` against the item's other current values; return the clean value."""
    if name in BASE_LABELS:
        errors: dict[str, ValidationError] = {}
        merged = {**values, name: new_value}
        out = _validate_base(errors, description=merged["description"], quantity=merged["quantity"],
                             unit=merged["unit"], sealed=merged["sealed"], seal_number=merged["seal_number"],
                             biohazard=merged["biohazard"], check_unsealed=False)
        if errors:
            first = errors.get(name) or next(iter(errors.values()))
            raise ValidationError(name, first.template, **first.params)
        return out[name]
    if name == "total_minor" and Category(category) is Category.CURRENCY:
        raise ValidationError(name, MSG_FIELD_DERIVED)
    trial = dict(fields)
    if new_value is None or (isinstance(new_value, str) and not new_value.strip()):
        trial.pop(name, None)
    else:
        trial[name] = new_value
    if Category(category) is Category.CURRENCY:
        trial.pop("total_minor", None)
    try:
        clean = validate_category_fields(category, trial)
    except FormErrors as exc:
        first = exc.details.get(name) or next(iter(exc.details.values()))
        raise ValidationError(name, first.template, **first.params) from None
    except TypeError as exc:
        raise ValidationError(name, str(exc)) from None
    return clean.get(name)


# --- corrections -----------------------------------------------------------------------------------------
class CorrectionRefused(Conflict):
    """A correction cannot be approved as asked; nothing was written."""


class ApproverMissing(CorrectionRefused):
    pass


class ApproverIsRequester(CorrectionRefused):
    pass


class ApproverNotAllowed(CorrectionRefused):
    pass


def _get_item_row(s: Session, item_id: str) -> Item:
    row = s.execute(select(Item).where(Item.item_id == item_id)).scalar_one_or_none()
    if row is None:
        raise NotFound(WHAT_ITEM, item_id, MSG_NO_ITEM, item_id=item_id)
    return row


def _canonical_item_id(s: Session, text_: str) -> str:
    """Verify a typed/scanned item id (check character, known prefix); raises ValidationError."""
    code = classify_scan(text_ or "", prefixes=_item_prefixes(s))
    if code.kind != "item":
        raise ValidationError("item_id", N_("Intake", "This is not an item number."))
    return code.value


def request_correction(ctx: AppContext, session: AuthSession, item_id: str, field_name: str, new_value: Any,
                       reason: str) -> CorrectionRequest:
    """Validate a correction of one field. Nothing is written: pass the result to :func:`approve_correction`."""
    authorize(ctx, session, Action.ITEM_CORRECT_REQUEST)
    errors: dict[str, ValidationError] = {}
    reason_clean = _text(errors, "reason", reason, 1000, multiline=True)
    if not reason_clean and "reason" not in errors:
        errors["reason"] = ValidationError("reason", MSG_REASON)
    with unit_of_work(ctx.engine, read_only=True) as s:
        try:
            iid = _canonical_item_id(s, item_id)
        except ValidationError as exc:
            raise FormErrors({"item_id": ValidationError("item_id", exc.template, **exc.params)}) from None
        row = _get_item_row(s, iid)
        label = _correctable(row.category, field_name)
        if label is None:
            errors["field"] = ValidationError("field", MSG_FIELD_UNKNOWN, field=field_name)
            raise FormErrors(errors)
        values, fields = _current_values(row)
        old = values[field_name] if field_name in BASE_LABELS else fields.get(field_name)
        new: Any = None
        try:
            new = _clean_correction(row.category, values, fields, field_name, new_value)
            if new == old or (new in (None, "") and old in (None, "")):
                raise ValidationError(field_name, MSG_NO_CHANGE)
        except ValidationError as exc:
            errors["new_value"] = ValidationError("new_value", exc.template, **exc.params)
        if errors:
            raise FormErrors(errors)
        merged_fields = dict(fields)
        if field_name not in BASE_LABELS:
            merged_fields[field_name] = new
        return CorrectionRequest(
            item_id=row.item_id, field=field_name, label=label, old=old, new=new,
            old_display=display_value(row.category, field_name, old, fields),
            new_display=display_value(row.category, field_name, new, merged_fields),
            reason=reason_clean, requested_by=session.username,
        )


def _check_approver(ctx: AppContext, session: AuthSession, approver_username: str | None) -> str:
    name = (approver_username or "").strip().lower()
    if not name:
        raise ApproverMissing(MSG_APPROVER_MISSING)
    if name == session.username:
        raise ApproverIsRequester(MSG_APPROVER_SELF)
    with unit_of_work(ctx.engine, read_only=True) as s:
        user = _active_user(s, name)
        roles = parse_roles(user.roles) if user else ()
    if user is not None and not is_allowed(roles, Action.ITEM_CORRECT_APPROVE):
        raise ApproverNotAllowed(MSG_APPROVER_ROLE, username=name)
    return name


def approve_correction(ctx: AppContext, session: AuthSession, approver_username: str, approver_password: str,
                       request: CorrectionRequest) -> CorrectionDTO:
    """The approver types their password on this workstation; one ``item.corrected`` entry signed by both.

    Refused (nothing written) with :class:`ApproverMissing`, :class:`ApproverIsRequester` or
    :class:`ApproverNotAllowed`; a wrong password raises ``AuthError`` (recorded as ``auth.failed``).
    """
    authorize(ctx, session, Action.ITEM_CORRECT_REQUEST)
    if request.requested_by != session.username:
        raise CorrectionRefused(MSG_NOT_REQUESTER)
    name = _check_approver(ctx, session, approver_username)
    if not approver_password:
        raise ApproverMissing(MSG_APPROVER_MISSING)
    signer = unlock_signer(ctx, name, approver_password)
    return approve_correction_with_signer(ctx, session, signer, request)


def approve_correction_with_signer(ctx: AppContext, session: AuthSession, approver: Signer,
                                   request: CorrectionRequest) -> CorrectionDTO:
    """As :func:`approve_correction`, for an approver whose key is already unlocked (same checks)."""
    authorize(ctx, session, Action.ITEM_CORRECT_REQUEST)
    if request.requested_by != session.username:
        raise CorrectionRefused(MSG_NOT_REQUESTER)
    name = _check_approver(ctx, session, approver.username)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        row = _get_item_row(s, request.item_id)
        values, fields = _current_values(row)
        current = values[request.field] if request.field in BASE_LABELS else fields.get(request.field)
        if current != request.old:
            raise Conflict(MSG_CHANGED, field=request.label, item_id=row.item_id)
        reg = s.execute(select(LedgerEntry.seq, LedgerEntry.entry_hash)
                        .where(LedgerEntry.item == row.item_id, LedgerEntry.kind == "item.registered")
                        .order_by(LedgerEntry.seq).limit(1)).first()
        _apply_correction(row.category, values, fields, request.field, request.new)
        row.description, row.quantity, row.unit = values["description"], values["quantity"], values["unit"]
        row.sealed, row.seal_number, row.biohazard = values["sealed"], values["seal_number"], values["biohazard"]
        row.fields_json = json.dumps(fields, ensure_ascii=False, sort_keys=True)
        s.flush()
        _reindex(s, row)
        case_number = s.execute(select(Case.case_number).join(Seizure, Seizure.case_id == Case.id)
                                .where(Seizure.id == row.seizure_id)).scalar_one()
        data = {
            "field": request.field, "old": _to_ledger_value(request.field, request.old),
            "new": _to_ledger_value(request.field, request.new), "reason": request.reason,
            "requested_by": session.username, "approved_by": name,
            "corrects_seq": reg.seq if reg else None,
            "corrects_hash": bytes(reg.entry_hash).hex() if reg else None,
        }
        appended = ledger_svc.append(
            s, [NewEvent("item.corrected", data=data, item=row.item_id, case=case_number, signers=(name,))],
            station=station.code, actor=session.username, signers=[session.signer, approver], clock=ctx.clock,
        )
        return CorrectionDTO(appended[0].seq, appended[0].at, request.field, request.label, request.old,
                             request.new, request.old_display, request.new_display, request.reason,
                             session.username, name)


# --- split and sample ------------------------------------------------------------------------------------
def _split(ctx: AppContext, session: AuthSession, parent_id: str, parts: Sequence[NewPart], kind: str,
           reason: str) -> SplitResult:
    authorize(ctx, session, Action.ITEM_SPLIT)
    if not parts:
        raise FormErrors({"parts": ValidationError("parts", MSG_NO_PARTS)})
    if len(parts) > MAX_ITEMS_PER_CALL:
        raise FormErrors({"parts": ValidationError("parts", MSG_TOO_MANY_ITEMS, max=MAX_ITEMS_PER_CALL)})
    errors: dict[str, ValidationError] = {}
    reason_clean = _text(errors, "reason", reason, 1000, multiline=True)
    station = ctx.station()
    single = kind == "item.sampled"
    with unit_of_work(ctx.engine) as s:
        try:
            pid = _canonical_item_id(s, parent_id)
        except ValidationError as exc:
            raise FormErrors({"item_id": ValidationError("item_id", exc.template, **exc.params)}) from None
        parent = _get_item_row(s, pid)
        _, parent_fields = _current_values(parent)
        clean: list[_CleanItem] = []
        z = s.get(Seizure, parent.seizure_id)
        assert z is not None
        for i, p in enumerate(parts):
            pre = "" if single else f"{i}."
            merged = {k: v for k, v in parent_fields.items() if not (parent.category == "currency"
                                                                     and k == "total_minor")}
            merged.update(dict(p.fields or {}))
            req = NewItem(seizure=z.document_number, category=parent.category, description=p.description,
                          quantity=p.quantity, unit=p.unit or parent.unit, sealed=p.sealed,
                          seal_number=p.seal_number, biohazard=parent.biohazard, fields=merged)
            try:
                clean.append(validate_new_item(req))
            except FormErrors as exc:
                for k, v in exc.details.items():
                    errors[pre + k] = v
        if errors:
            raise FormErrors(errors)
        state = s.get(ItemState, parent.item_id)
        if state is not None and state.status in FINAL_STATUSES:
            raise Conflict(MSG_PARENT_GONE, item_id=parent.item_id, status=_status_label(state.status).lower())
        case = s.get(Case, z.case_id)
        assert case is not None
        officer_name = s.execute(select(User.full_name).where(User.username == z.seizing_officer)).scalar() or ""
        made = _insert_items(s, ctx, station, z, case, clean, parent=parent, custodian=session.username,
                             officer_name=officer_name)
        child_ids = [row.item_id for row, _ in made]
        parent_event = NewEvent(kind, data={"children": child_ids, "reason": reason_clean},
                                item=parent.item_id, case=case.case_number)
        appended = ledger_svc.append(s, [parent_event, *[ev for _, ev in made]], station=station.code,
                                     actor=session.username, signers=[session.signer], clock=ctx.clock)
        for row, _ in made:
            row.registered_at = appended[0].at
        return SplitResult(parent.item_id, tuple(_item_dto(row, case_number=case.case_number,
                                                           seizure=z.document_number, parent=parent.item_id)
                                                 for row, _ in made))


def split_item(ctx: AppContext, session: AuthSession, item_id: str, parts: Sequence[NewPart],
               reason: str = "") -> SplitResult:
    """Split an item into child items with their own ids (``item.split`` on the parent names them)."""
    return _split(ctx, session, item_id, parts, "item.split", reason)


def sample_item(ctx: AppContext, session: AuthSession, item_id: str, sample: NewPart,
                reason: str = "") -> ItemDTO:
    """Take a sample as a child item (``item.sampled`` on the parent names it)."""
    return _split(ctx, session, item_id, [sample], "item.sampled", reason).children[0]


# --- read side: items ------------------------------------------------------------------------------------
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


def _summary(kind: str, data: Mapping[str, Any], category: str) -> str:
    """One line that says what an entry did, for the item timeline (English)."""
    d = dict(data)
    if kind == "item.registered":
        if d.get("parent"):
            return f"Registered as part of {d['parent']}: {d.get('description', '')[:80]}"
        return f"{_category_label(d.get('category', category))}: {str(d.get('description', ''))[:80]}"
    if kind == "item.corrected":
        name = d.get("field", "")
        label = _correctable(category, name) or name
        old = display_value(category, name, _from_ledger_value(name, d.get("old")))
        new = display_value(category, name, _from_ledger_value(name, d.get("new")))
        return f"{label}: “{old}” → “{new}” ({d.get('reason', '')}); approved by {d.get('approved_by', '')}"
    if kind in ("item.split", "item.sampled"):
        return ("Split into " if kind == "item.split" else "Sample taken: ") + ", ".join(d.get("children", []))
    if kind == "attachment.added":
        return f"{d.get('filename', '')} ({d.get('media_type', '')}, {d.get('size', 0)} bytes)"
    if kind == "custody.transferred":
        return f"{d.get('from') or ''} → {d.get('to') or ''}"
    for key in ("location", "to_location", "purpose", "reason", "note"):
        if d.get(key):
            return str(d[key])
    return ""


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


def _find_by_scan(s: Session, code: str) -> ScanResult:
    scan = classify_scan(code or "", prefixes=_item_prefixes(s))
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


__all__ = [
    "ApproverIsRequester", "ApproverMissing", "ApproverNotAllowed", "CaseDTO", "CaseDetailDTO", "CorrectionDTO",
    "CorrectionRefused", "CorrectionRequest", "CustodyError", "FieldValueDTO", "ItemDTO", "ItemDetailDTO",
    "ItemFilters", "ItemPage", "ItemSummaryDTO", "NewCase", "NewItem", "NewPart", "NewSeizure", "SeizureDTO",
    "SplitResult", "TimelineEntry", "approve_correction", "approve_correction_with_signer", "count_items",
    "find_by_scan", "get_case", "get_item", "get_seizure", "list_cases", "list_items", "list_seizures",
    "open_case", "record_seizure", "register_item", "register_items", "request_correction", "sample_item",
    "split_item",
]
