"""Intake, shared parts: limits, messages, request and result DTOs, and the small helpers every intake use
case needs (counters, time zone, text checks, labels, row lookups by case, seizure and item number).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from custody.db.models import Case, Item, LedgerEntry, Seizure, Station, User
from custody.domain.enums import Category, EventKind, ItemStatus, OffenceType
from custody.domain.errors import NotFound, ValidationError
from custody.domain.i18n import N_
from custody.domain.ids import classify_scan, normalise_case_number, parse_seizure_number
from custody.domain.values import clean_text
from custody.ledger.entry import parse_time
from custody.services.context import AppContext, StationDTO

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
FINAL_STATUSES = frozenset({ItemStatus.DISPOSED.value, ItemStatus.RELEASED.value, ItemStatus.WRITTEN_OFF.value})


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
    check_overrides: Mapping[str, str] = field(default_factory=dict)  # field -> reason: keep a failed IMEI/VIN


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
    #: ``summary`` in parts a display can translate: (template marked N_("Timeline", ...) or plain text, params),
    #: joined with "; ". The parameters named in SUMMARY_LABEL_PARAMS hold labels (a category, a field, a choice)
    #: that are translated too; every other parameter is data, shown as recorded.
    summary_parts: tuple[tuple[str, Mapping[str, Any]], ...] = ()


SUMMARY_LABEL_PARAMS = frozenset({"category", "field", "old", "new"})


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
    """Item-id prefixes this database knows: its stations', and those of items received from other stations
    (``custody.transferred_in``, docs/TRANSFER.md: ids are kept, unique across stations by their prefix)."""
    out = list(s.execute(select(Station.item_prefix)).scalars())
    received = select(LedgerEntry.item).where(LedgerEntry.kind == "custody.transferred_in").distinct()
    for item in s.execute(received).scalars():
        prefix = item.rsplit("-", 3)[0] if item and item.count("-") >= 3 else None
        if prefix and prefix not in out:
            out.append(prefix)
    return out


def _now_local(ctx: AppContext, station: StationDTO) -> dt.datetime:
    return ctx.clock().astimezone(_tz(station))


# --- row lookups -----------------------------------------------------------------------------------------
def _active_user(s: Session, username: str) -> User | None:
    return s.execute(select(User).where(User.username == username, User.active.is_(True))).scalar_one_or_none()


def _get_case_row(s: Session, case_number: str) -> Case:
    try:
        number = normalise_case_number(case_number or "")
    except ValidationError:
        raise NotFound(WHAT_CASE, case_number) from None
    row = s.execute(select(Case).where(Case.case_number == number)).scalar_one_or_none()
    if row is None:
        raise NotFound(WHAT_CASE, number)
    return row


def _get_seizure_row(s: Session, number: str) -> Seizure:
    try:
        doc = str(parse_seizure_number(number or ""))
    except ValidationError:
        raise NotFound(WHAT_SEIZURE, number) from None
    row = s.execute(select(Seizure).where(Seizure.document_number == doc)).scalar_one_or_none()
    if row is None:
        raise NotFound(WHAT_SEIZURE, doc)
    return row


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
