"""Scan-driven custody: handover, storage, laboratory, court, seals, weights and discrepancies.

Every function here is one user action and one transaction (docs/SERVICES.md): ``authorize`` first, then the
workflow rules are checked inside the transaction (item rows locked on PostgreSQL) and *all* entries of the
action are written by one ``ledger.append``. A refusal raises a typed error
(:class:`~custody.domain.errors.Conflict`, :class:`~custody.domain.errors.PermissionDenied`,
:class:`~custody.domain.errors.ValidationError`, :class:`~custody.domain.errors.NotFound`) and writes nothing,
so a basket is recorded completely or not at all.

Who may act on an item ("hands on"):
- an item *with an officer* only by that officer (``item_state.custodian``);
- an item *in storage* by a user whose roles allow taking items out of storage (custodian, supervisor);
- an item *at the laboratory / at court* by nobody until its return is recorded;
- a *disposed* or *released* item by nobody, ever.

Weight reconciliation (``lab_return`` and ``record_weight``): each weight given is compared with the item's
latest recorded weight of the same kind (gross / net): the registration field (``gross_weight_mg`` /
``net_weight_mg`` in the item's category fields, as kept current by approved corrections), then any later
``weight.recorded`` or ``lab.returned`` that gave that weight. The amount the laboratory declares as consumed
(``consumed_mg``) is subtracted from the reference first. The tolerance is the larger of
``weight_tolerance_mg`` (default 50 mg) and ``weight_tolerance_permille`` per mille of the reference (default
10 = 1 %, rounded up to the milligram); a difference strictly larger than the tolerance writes a
``discrepancy.raised`` entry in the same transaction. A weight with no earlier one to compare with is simply
recorded. The discrepancy stays open until a supervisor other than the officer who raised it records
``discrepancy.acknowledged``; an item with an open discrepancy cannot be disposed of or released.

Station settings (tolerances, overdue limits) live in ``station.settings_json`` under the keys that
:mod:`custody.services.settings` uses; see :func:`get_custody_settings` / :func:`set_custody_settings`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import Attachment, Case, Item, ItemState, LedgerEntry, Location, Seizure, Station, User
from custody.db.uow import unit_of_work
from custody.domain.enums import ItemStatus
from custody.domain.errors import Conflict, FormErrors, NotFound, ValidationError
from custody.domain.i18n import N_
from custody.domain.ids import normalise_code
from custody.domain.values import MAX_WEIGHT_MG, clean_text
from custody.ledger.canonical import parse_canonical
from custody.ledger.entry import format_time
from custody.security.permissions import Action, is_allowed
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext, StationDTO
from custody.services.ledger import NewEvent, Signer
from custody.services.users import parse_roles

__all__ = [
    "CustodySettings",
    "DiscrepancyDTO",
    "ItemCustodyDTO",
    "SealCheck",
    "WeightDifference",
    "WeightResult",
    "acknowledge_discrepancy",
    "apply_seal",
    "break_seal",
    "check_in",
    "check_out",
    "court_out",
    "court_return",
    "get_custody_settings",
    "item_custody",
    "lab_return",
    "lab_submit",
    "move",
    "open_discrepancies",
    "record_weight",
    "set_custody_settings",
    "transfer",
]

# --- event kinds written here (DESIGN.md section 4, plus the two discrepancy kinds) ---------------------
K_TRANSFERRED = "custody.transferred"
K_CHECKED_IN = "storage.checked_in"
K_CHECKED_OUT = "storage.checked_out"
K_MOVED = "storage.moved"
K_LAB_SUBMITTED = "lab.submitted"
K_LAB_RETURNED = "lab.returned"
K_COURT_OUT = "court.out"
K_COURT_RETURNED = "court.returned"
K_SEAL_BROKEN = "seal.broken"
K_SEAL_APPLIED = "seal.applied"
K_WEIGHT_RECORDED = "weight.recorded"
K_DISCREPANCY_RAISED = "discrepancy.raised"
K_DISCREPANCY_ACKNOWLEDGED = "discrepancy.acknowledged"
K_DISPOSAL_AUTHORIZED = "disposal.authorized"
K_DISPOSAL_COMPLETED = "disposal.completed"
K_ITEM_RELEASED = "item.released"
K_SETTINGS_CHANGED = "station.settings_changed"

WITH_OFFICER = ItemStatus.WITH_OFFICER.value
IN_STORAGE = ItemStatus.IN_STORAGE.value
AT_LAB = ItemStatus.AT_LAB.value
AT_COURT = ItemStatus.AT_COURT.value
DISPOSED = ItemStatus.DISPOSED.value
RELEASED = ItemStatus.RELEASED.value
FINAL_STATUSES = frozenset({DISPOSED, RELEASED})

WEIGHT_FIELDS = ("gross_weight_mg", "net_weight_mg")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")

# --- messages ----------------------------------------------------------------------------------------------
MSG_NO_ITEMS = N_("Custody", "Scan or choose at least one item.")
MSG_UNKNOWN_ITEM = N_("Custody", "Item {item} is not registered here.")
MSG_NO_STATE = N_("Custody", "Item {item} has no custody record yet; register it first.")
MSG_FINAL = N_("Custody", "Item {item} is {status}: it cannot move and nothing more can be recorded for it.")
MSG_AT_LAB = N_("Custody", "Item {item} is at the laboratory: record its return from the laboratory first.")
MSG_AT_COURT = N_("Custody", "Item {item} is at court: record its return from court first.")
MSG_NOT_HOLDER = N_(
    "Custody",
    "Item {item} is held by {holder}, not by you: "
    "only the officer who holds an item can hand it over or act on it.",
)
MSG_STORED_NOT_CUSTODIAN = N_(
    "Custody",
    "Item {item} is in storage at {location}: only an evidence custodian can take it out or act on it.",
)
MSG_NOT_IN_STORAGE = N_("Custody", "Item {item} is not in storage (it is {status}).")
MSG_ALREADY_STORED = N_(
    "Custody", "Item {item} is already in storage at {location}. Use 'move' to put it somewhere else."
)
MSG_ALREADY_THERE = N_("Custody", "Item {item} is already at {location}.")
MSG_NOT_AT_LOCATION = N_("Custody", "Item {item} is recorded at {recorded}, not at {location}.")
MSG_DELIVERER_NEEDED = N_(
    "Custody",
    "Item {item} is held by {holder}. {holder} must sign the check-in (type their password), "
    "or hand the item over to you first.",
)
MSG_SELF_TRANSFER = N_("Custody", "You cannot hand items over to yourself.")
MSG_ALREADY_HOLDS = N_("Custody", "{user} already holds item {item}.")
MSG_SIGNER_UNKNOWN = N_("Custody", "{user} is not an active user: they cannot sign for evidence.")
MSG_SIGNER_KEY = N_(
    "Custody", "The signing key of {user} is no longer current. Ask them to type their password again."
)
MSG_SIGNER_ROLE = N_(
    "Custody", "{user} is not allowed to receive evidence (their roles do not include handling items)."
)
MSG_RECEIVER_NEEDED = N_("Custody", "{user} must sign to receive the items: ask them to type their password.")
MSG_LOCATION_UNKNOWN = N_("Custody", "There is no location {location}.")
MSG_LOCATION_INACTIVE = N_("Custody", "Location {location} is no longer in use.")
MSG_SEAL_CHECK_NEEDED = N_(
    "Custody", "Check the seal of item {item} (seal {seal} on record) and say whether it is intact."
)
MSG_SEAL_MEMO = N_(
    "Custody",
    "The seal of item {item} does not match the record "
    "(seal {seal} on record, {seen} seen, intact: {intact}). "
    "Write a memo explaining what was found.",
)
MSG_NO_SIGNATURE = N_("Custody", "The drawn signature {sha} was not saved as an attachment.")
MSG_BAD_SHA = N_("Custody", "A signature reference must be the 64-character SHA-256 of the stored image.")
MSG_NO_SEAL = N_("Custody", "Item {item} has no seal on record.")
MSG_SEAL_PRESENT = N_(
    "Custody",
    "Item {item} is still sealed with seal {seal}: record that seal as broken before applying a new one.",
)
MSG_NOT_AT_LAB = N_("Custody", "Item {item} is not at the laboratory (it is {status}).")
MSG_NOT_AT_COURT = N_("Custody", "Item {item} is not at court (it is {status}).")
MSG_LAB_NUMBER = N_(
    "Custody",
    "Item {item} was sent to the laboratory under number {expected}, not {given}. "
    "Check the item and the paperwork.",
)
MSG_WEIGHT_INT = N_("Custody", "Weights are whole milligrams, 0 or more.")
MSG_WEIGHT_BIG = N_("Custody", "The weight is more than 10 tonnes; check the number and the unit.")
MSG_WEIGHT_NEEDED = N_("Custody", "Give the gross or the net weight (or both).")
MSG_NET_GT_GROSS = N_("Custody", "The net weight cannot be more than the gross weight.")
MSG_DISCREPANCY_UNKNOWN = N_("Custody", "There is no discrepancy number {seq} for item {item}.")
MSG_DISCREPANCY_DONE = N_("Custody", "Discrepancy {seq} was already acknowledged (entry {ack}).")
MSG_DISCREPANCY_OWN = N_(
    "Custody",
    "You recorded the action that raised discrepancy {seq}: another supervisor must acknowledge it.",
)
MSG_SETTING = N_("Custody", "Enter a whole number from {low} to {high}.")


# --- DTOs --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SealCheck:
    """What the receiving officer saw at a handover."""

    intact: bool
    seal_number_seen: str = ""


@dataclass(frozen=True)
class WeightDifference:
    field: str  # gross_weight_mg / net_weight_mg
    reference_mg: int  # latest recorded weight
    reference_source: str  # "registration", "weight.recorded", "lab.returned"
    reference_seq: int | None  # ledger entry of the reference (None: registration record)
    consumed_mg: int
    expected_mg: int  # reference - consumed
    found_mg: int
    difference_mg: int  # found - expected (negative = less than expected)
    tolerance_mg: int


@dataclass(frozen=True)
class DiscrepancyDTO:
    seq: int  # the discrepancy.raised entry; pass it to acknowledge_discrepancy
    item_id: str
    case_number: str | None
    raised_at: str
    raised_by: str
    source: str  # kind of the action that raised it (lab.returned, weight.recorded)
    differences: tuple[WeightDifference, ...]
    acknowledged_seq: int | None = None
    acknowledged_by: str | None = None
    acknowledged_at: str | None = None
    reason: str | None = None

    @property
    def open(self) -> bool:
        return self.acknowledged_seq is None


@dataclass(frozen=True)
class WeightResult:
    seqs: tuple[int, ...]  # every entry written, in order
    discrepancies: tuple[DiscrepancyDTO, ...] = ()  # raised by this action (empty: weights agree)


@dataclass(frozen=True)
class DisposalAuthorizationDTO:
    seq: int
    item_id: str
    method: str  # DisposalMethod value
    authority: str
    order_reference: str
    authorized_by: str
    authorized_at: str


@dataclass(frozen=True)
class ItemCustodyDTO:
    item_id: str
    case_number: str | None
    description: str
    category: str
    status: str  # ItemStatus value
    custodian: str | None
    location_code: str | None
    last_seq: int
    updated_at: str
    seal_number: str | None  # current (last applied, not broken) seal
    gross_weight_mg: int | None  # latest recorded
    net_weight_mg: int | None
    open_discrepancies: tuple[DiscrepancyDTO, ...]
    disposal_authorization: DisposalAuthorizationDTO | None  # authorised, not yet carried out


@dataclass(frozen=True)
class CustodySettings:
    """This module's station settings, stored in ``station.settings_json`` under the same keys (and with the
    same ranges) as :class:`custody.services.settings.StationSettings`, so either module can change them."""

    weight_tolerance_mg: int = 50
    weight_tolerance_permille: int = 10  # 10 per mille = 1 %
    overdue_lab_days: int = 30
    overdue_court_days: int = 7

    def tolerance_for(self, reference_mg: int) -> int:
        """max(absolute tolerance, permille of the reference rounded up to the milligram)."""
        relative = -(-reference_mg * self.weight_tolerance_permille // 1000)
        return max(self.weight_tolerance_mg, relative)


# --- settings ----------------------------------------------------------------------------------------------

SETTING_RANGES: dict[str, tuple[int, int]] = {
    "weight_tolerance_mg": (0, 10_000_000),
    "weight_tolerance_permille": (0, 1000),
    "overdue_lab_days": (1, 3650),
    "overdue_court_days": (1, 3650),
}


def _json_object(text: str | None) -> dict[str, Any]:
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return {}
    return raw if isinstance(raw, dict) else {}


def _settings_from_json(text: str | None) -> CustodySettings:
    raw = _json_object(text)
    values: dict[str, int] = {}
    for key, (low, high) in SETTING_RANGES.items():
        v = raw.get(key)
        if isinstance(v, int) and not isinstance(v, bool) and low <= v <= high:
            values[key] = v
    return replace(CustodySettings(), **values)


def _station_row(s: Session, code: str) -> Station:
    row = s.get(Station, code)
    if row is None:  # pragma: no cover - ctx.station() found it a moment ago
        raise NotFound(N_("Nouns", "station"), code)
    return row


def get_custody_settings(ctx: AppContext) -> CustodySettings:
    """This station's custody settings (defaults for anything not set)."""
    code = ctx.station().code
    with unit_of_work(ctx.engine, read_only=True) as s:
        return _settings_from_json(_station_row(s, code).settings_json)


def load_settings(s: Session, station: StationDTO) -> CustodySettings:
    return _settings_from_json(_station_row(s, station.code).settings_json)


def set_custody_settings(ctx: AppContext, session: AuthSession, settings: CustodySettings) -> CustodySettings:
    """Store new settings for this station (administrators: Action.STATION_CONFIGURE).

    Other keys of ``settings_json`` are kept. A change is recorded as ``station.settings_changed``
    (data: station, changes {key: {old, new}}), as :mod:`custody.services.settings` records it.
    """
    authorize(ctx, session, Action.STATION_CONFIGURE)
    errors: dict[str, ValidationError | str] = {}
    for key, (low, high) in SETTING_RANGES.items():
        v = getattr(settings, key)
        if isinstance(v, bool) or not isinstance(v, int) or not low <= v <= high:
            errors[key] = ValidationError(key, MSG_SETTING, low=low, high=high)
    if errors:
        raise FormErrors(errors)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        row = _station_row(s, station.code)
        current = _json_object(row.settings_json)
        old = _settings_from_json(row.settings_json)
        changes = {
            key: {"old": getattr(old, key), "new": getattr(settings, key)}
            for key in SETTING_RANGES
            if getattr(old, key) != getattr(settings, key)
        }
        current.update({key: getattr(settings, key) for key in SETTING_RANGES})
        row.settings_json = json.dumps(current, sort_keys=True)
        if changes:
            ledger_svc.append(
                s,
                [NewEvent(K_SETTINGS_CHANGED, data={"station": station.code, "changes": changes})],
                station=station.code,
                actor=session.username,
                signers=[session.signer],
                clock=ctx.clock,
            )
        return _settings_from_json(row.settings_json)


# --- loading items, locations, people ----------------------------------------------------------------------


@dataclass
class ItemRef:
    """An item inside a write transaction: its row, its case and its (locked) state."""

    item: Item
    case_number: str | None
    state: ItemState
    _history: list[dict[str, Any]] | None = field(default=None, repr=False)

    @property
    def item_id(self) -> str:
        return self.item.item_id

    def history(self, s: Session) -> list[dict[str, Any]]:
        if self._history is None:
            self._history = item_bodies(s, self.item_id)
        return self._history


def status_label(status: str) -> str:
    try:
        return ItemStatus(status).label
    except ValueError:
        return status


def clean_ids(item_ids: Iterable[str] | str) -> list[str]:
    """Normalise scanned ids; a basket that scanned the same item twice holds it once."""
    if isinstance(item_ids, str):
        item_ids = [item_ids]
    out: list[str] = []
    for raw in item_ids:
        code = normalise_code(raw or "")
        if code and code not in out:
            out.append(code)
    if not out:
        raise ValidationError("item_ids", MSG_NO_ITEMS)
    return out


def load_items(s: Session, item_ids: Iterable[str] | str, *, lock: bool = True) -> list[ItemRef]:
    """Items in the order given, their states locked for this transaction (PostgreSQL ``FOR UPDATE``;
    SQLite writers are already serialised by ``BEGIN IMMEDIATE``)."""
    ids = clean_ids(item_ids)
    rows = {
        it.item_id: (it, case)
        for it, case in s.execute(
            select(Item, Case.case_number)
            .outerjoin(Seizure, Item.seizure_id == Seizure.id)
            .outerjoin(Case, Seizure.case_id == Case.id)
            .where(Item.item_id.in_(ids))
        ).all()
    }
    q = select(ItemState).where(ItemState.item_id.in_(ids)).order_by(ItemState.item_id)
    states = {st.item_id: st for st in s.execute(q.with_for_update() if lock else q).scalars()}
    out: list[ItemRef] = []
    for item_id in ids:
        if item_id not in rows:
            raise NotFound(N_("Nouns", "item"), item_id, MSG_UNKNOWN_ITEM, item=item_id)
        if item_id not in states:
            raise Conflict(MSG_NO_STATE, item=item_id)
        it, case = rows[item_id]
        out.append(ItemRef(item=it, case_number=case, state=states[item_id]))
    return out


def load_item(s: Session, item_id: str, *, lock: bool = True) -> ItemRef:
    return load_items(s, [item_id], lock=lock)[0]


def item_bodies(s: Session, item_id: str) -> list[dict[str, Any]]:
    """Every ledger entry about ``item_id``, parsed, in ``seq`` order."""
    rows = s.execute(
        select(LedgerEntry.body).where(LedgerEntry.item == item_id).order_by(LedgerEntry.seq)
    ).scalars()
    return [parse_canonical(bytes(b)) for b in rows]


def get_location(s: Session, code: str, *, require_active: bool = True) -> Location:
    norm = normalise_code(code or "")
    loc = s.execute(select(Location).where(Location.code == norm)).scalar_one_or_none()
    if loc is None:
        raise NotFound(N_("Nouns", "location"), norm or "?", MSG_LOCATION_UNKNOWN, location=norm or "?")
    if require_active and not loc.active:
        raise Conflict(MSG_LOCATION_INACTIVE, location=loc.code)
    return loc


def subtree_codes(s: Session, root: Location) -> list[str]:
    """``root`` and every location below it (the location tree is small: read it whole)."""
    rows = s.execute(select(Location.id, Location.code, Location.parent_id)).all()
    children: dict[int | None, list[tuple[int, str]]] = {}
    for lid, code, parent in rows:
        children.setdefault(parent, []).append((lid, code))
    out, stack = [root.code], [root.id]
    while stack:
        for lid, code in children.get(stack.pop(), ()):
            out.append(code)
            stack.append(lid)
    return out


def check_countersigner(s: Session, signer: Signer, *, may: Action | None = Action.CUSTODY_TRANSFER) -> User:
    """A second officer signing this action: active, current key, and (optionally) allowed to ``may``."""
    user = s.execute(select(User).where(User.username == signer.username)).scalar_one_or_none()
    if user is None or not user.active:
        raise Conflict(MSG_SIGNER_UNKNOWN, user=signer.username)
    if user.key_id != signer.key_id:
        raise Conflict(MSG_SIGNER_KEY, user=signer.username)
    if may is not None and not is_allowed(parse_roles(user.roles), may):
        raise Conflict(MSG_SIGNER_ROLE, user=signer.username)
    return user


def refuse_final(ref: ItemRef) -> None:
    if ref.state.status in FINAL_STATUSES:
        raise Conflict(MSG_FINAL, item=ref.item_id, status=status_label(ref.state.status))


def refuse_away(ref: ItemRef) -> None:
    refuse_final(ref)
    if ref.state.status == AT_LAB:
        raise Conflict(MSG_AT_LAB, item=ref.item_id)
    if ref.state.status == AT_COURT:
        raise Conflict(MSG_AT_COURT, item=ref.item_id)


def require_hands_on(session: AuthSession, ref: ItemRef) -> None:
    """The actor physically has the item: holds it, or keeps the store it is in."""
    refuse_away(ref)
    st = ref.state
    if st.status == IN_STORAGE:
        if not session.can(Action.STORAGE_CHECK_OUT):
            raise Conflict(MSG_STORED_NOT_CUSTODIAN, item=ref.item_id, location=st.location_code or "?")
        return
    if st.custodian != session.username:
        raise Conflict(MSG_NOT_HOLDER, item=ref.item_id, holder=st.custodian or "?")


def text_field(value: str | None, name: str, *, max_len: int = 200, required: bool = True,
               multiline: bool = False) -> str:
    return clean_text(value, field=name, max_len=max_len, required=required, multiline=multiline)


def weight_field(value: object, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(name, MSG_WEIGHT_INT)
    if value > MAX_WEIGHT_MG:
        raise ValidationError(name, MSG_WEIGHT_BIG)
    return value


def check_attachment(s: Session, sha: str | None) -> str | None:
    if sha is None or sha == "":
        return None
    sha = sha.strip().lower()
    if not SHA256_RE.match(sha):
        raise ValidationError("signature_sha256", MSG_BAD_SHA)
    if s.get(Attachment, sha) is None:
        raise NotFound(N_("Nouns", "attachment"), sha, MSG_NO_SIGNATURE, sha=sha)
    return sha


def item_event(kind: str, ref: ItemRef, data: dict[str, Any], signers: Iterable[str] = ()) -> NewEvent:
    return NewEvent(kind, data=data, item=ref.item_id, case=ref.case_number,
                    signers=tuple(sorted(set(signers))))


def write(ctx: AppContext, s: Session, station: StationDTO, session: AuthSession, events: Sequence[NewEvent],
          co_signers: Iterable[Signer] = ()) -> list[ledger_svc.Appended]:
    return ledger_svc.append(
        s, events, station=station.code, actor=session.username,
        signers=[session.signer, *co_signers], clock=ctx.clock,
    )


# --- what the ledger says about one item -------------------------------------------------------------------


def current_seal(item: Item, history: Sequence[dict[str, Any]]) -> str | None:
    """The seal on the item now: the registered seal, then the last ``seal.applied`` not since broken.

    The registered seal is read from the item row, which an approved ``item.corrected`` keeps up to date.
    """
    seal: str | None = item.seal_number if (item.sealed and item.seal_number) else None
    for body in history:
        kind, data = body["kind"], body.get("data") or {}
        if kind == K_SEAL_APPLIED:
            seal = data.get("seal_number") or None
        elif kind == K_SEAL_BROKEN:
            seal = None
    return seal


@dataclass(frozen=True)
class _Reference:
    mg: int
    source: str
    seq: int | None


def latest_weights(item: Item, history: Sequence[dict[str, Any]]) -> dict[str, _Reference]:
    """Latest gross/net weight: registration fields (item row, kept current by corrections), then the last
    ``weight.recorded`` / ``lab.returned`` that gave one."""
    out: dict[str, _Reference] = {}
    try:
        fields = json.loads(item.fields_json or "{}")
    except ValueError:
        fields = {}
    for name in WEIGHT_FIELDS:
        v = fields.get(name) if isinstance(fields, dict) else None
        if isinstance(v, int) and not isinstance(v, bool):
            out[name] = _Reference(v, "registration", None)
    for body in history:
        kind, data = body["kind"], body.get("data") or {}
        if kind in (K_WEIGHT_RECORDED, K_LAB_RETURNED):
            for name in WEIGHT_FIELDS:
                v = data.get(name)
                if isinstance(v, int) and not isinstance(v, bool):
                    out[name] = _Reference(v, kind, body["seq"])
    return out


def discrepancies_of(item_id: str, history: Sequence[dict[str, Any]]) -> list[DiscrepancyDTO]:
    acks: dict[int, dict[str, Any]] = {}
    for body in history:
        if body["kind"] == K_DISCREPANCY_ACKNOWLEDGED:
            ref = (body.get("data") or {}).get("discrepancy_seq")
            if isinstance(ref, int):
                acks.setdefault(ref, body)
    out = []
    for body in history:
        if body["kind"] == K_DISCREPANCY_RAISED:
            out.append(discrepancy_dto(body, acks.get(body["seq"])))
    return out


def discrepancy_dto(body: dict[str, Any], ack: dict[str, Any] | None) -> DiscrepancyDTO:
    data = body.get("data") or {}
    diffs = tuple(
        WeightDifference(
            field=d.get("field", ""),
            reference_mg=d.get("reference_mg", 0),
            reference_source=d.get("reference_source", ""),
            reference_seq=d.get("reference_seq"),
            consumed_mg=d.get("consumed_mg", 0),
            expected_mg=d.get("expected_mg", 0),
            found_mg=d.get("found_mg", 0),
            difference_mg=d.get("difference_mg", 0),
            tolerance_mg=d.get("tolerance_mg", 0),
        )
        for d in data.get("differences") or ()
    )
    return DiscrepancyDTO(
        seq=body["seq"],
        item_id=body["item"],
        case_number=body.get("case"),
        raised_at=body["at"],
        raised_by=body["actor"],
        source=data.get("source", ""),
        differences=diffs,
        acknowledged_seq=ack["seq"] if ack else None,
        acknowledged_by=ack["actor"] if ack else None,
        acknowledged_at=ack["at"] if ack else None,
        reason=(ack.get("data") or {}).get("reason") if ack else None,
    )


def open_authorization(item_id: str, history: Sequence[dict[str, Any]]) -> DisposalAuthorizationDTO | None:
    """The latest ``disposal.authorized`` if the item was not disposed of or released after it."""
    auth: DisposalAuthorizationDTO | None = None
    for body in history:
        kind, data = body["kind"], body.get("data") or {}
        if kind == K_DISPOSAL_AUTHORIZED:
            auth = DisposalAuthorizationDTO(
                seq=body["seq"], item_id=item_id, method=data.get("method", ""),
                authority=data.get("authority", ""), order_reference=data.get("order_reference", ""),
                authorized_by=body["actor"], authorized_at=body["at"],
            )
        elif kind in (K_DISPOSAL_COMPLETED, K_ITEM_RELEASED):
            auth = None
    return auth


def _weights_and_discrepancy(
    ref: ItemRef, s: Session, settings: CustodySettings, found: Mapping[str, int | None], consumed_mg: int,
    source: str,
) -> dict[str, Any] | None:
    """The data of a ``discrepancy.raised`` entry, or None when every weight is within tolerance."""
    refs = latest_weights(ref.item, ref.history(s))
    diffs = []
    for name in WEIGHT_FIELDS:
        value = found.get(name)
        if value is None or name not in refs:
            continue
        r = refs[name]
        expected = max(r.mg - consumed_mg, 0)
        tol = settings.tolerance_for(r.mg)
        diff = value - expected
        if abs(diff) > tol:
            diffs.append({
                "field": name, "reference_mg": r.mg, "reference_source": r.source, "reference_seq": r.seq,
                "consumed_mg": consumed_mg, "expected_mg": expected, "found_mg": value,
                "difference_mg": diff, "tolerance_mg": tol,
            })
    if not diffs:
        return None
    return {
        "source": source,
        "differences": diffs,
        "tolerance_mg": settings.weight_tolerance_mg,
        "tolerance_permille": settings.weight_tolerance_permille,
    }


def _weight_result(appended: list[ledger_svc.Appended]) -> WeightResult:
    discrepancies = []
    for a in appended:
        body = parse_canonical(a.body)
        if body["kind"] == K_DISCREPANCY_RAISED:
            discrepancies.append(discrepancy_dto(body, None))
    return WeightResult(seqs=tuple(a.seq for a in appended), discrepancies=tuple(discrepancies))


def _validate_weights(gross: object, net: object, consumed: object) -> tuple[int | None, int | None, int]:
    g = weight_field(gross, "gross_weight_mg")
    n = weight_field(net, "net_weight_mg")
    c = weight_field(consumed, "consumed_mg") or 0
    if g is not None and n is not None and n > g:
        raise ValidationError("net_weight_mg", MSG_NET_GT_GROSS)
    return g, n, c


# --- handover ----------------------------------------------------------------------------------------------


def transfer(
    ctx: AppContext,
    session: AuthSession,
    item_ids: Sequence[str],
    receiver: Signer,
    purpose: str,
    seal_checks: Mapping[str, SealCheck] | None = None,
    signature_sha256: str | None = None,
    memo: str = "",
    signature_png: bytes | None = None,
) -> list[int]:
    """Hand a basket of items to ``receiver`` (unlocked with ``auth.unlock_signer``); both officers sign.

    One ``custody.transferred`` per item (data: from, to, purpose, from_location, seal_number (on record),
    signature_attachment, memo; plus seal_intact and seal_number_seen when a seal check was made).
    A sealed item needs a :class:`SealCheck`; a seal that is not intact or whose number differs from the
    record needs ``memo`` and is recorded as ``seal.broken`` (signed by both) just before the handover.
    Returns the seqs written, in order (the ``seal.broken`` ones included).
    """
    authorize(ctx, session, Action.CUSTODY_TRANSFER)
    purpose = text_field(purpose, "purpose")
    memo = text_field(memo, "memo", max_len=2000, required=False, multiline=True)
    checks = {normalise_code(k): v for k, v in (seal_checks or {}).items()}
    if receiver.username == session.username:
        raise Conflict(MSG_SELF_TRANSFER)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        check_countersigner(s, receiver)
        if signature_png:  # drawn on the signature pad: stored in this same transaction
            from custody.services.attachments import store_signature_image

            signature_sha256 = store_signature_image(s, signature_png, format_time(ctx.clock()))
        sha = check_attachment(s, signature_sha256)
        refs = load_items(s, item_ids)
        events: list[NewEvent] = []
        for ref in refs:
            st = ref.state
            require_hands_on(session, ref)
            if st.status == WITH_OFFICER and st.custodian == receiver.username:
                raise Conflict(MSG_ALREADY_HOLDS, user=receiver.username, item=ref.item_id)
            seal = current_seal(ref.item, ref.history(s))
            check = checks.get(ref.item_id)
            seen: str | None = None
            intact: bool | None = None
            if check is not None:
                seen = text_field(check.seal_number_seen, "seal_number_seen", max_len=64, required=False)
                seen = seen or None
                intact = bool(check.intact)
            if seal is not None:
                if check is None:
                    raise ValidationError("seal_checks", MSG_SEAL_CHECK_NEEDED, item=ref.item_id, seal=seal)
                if not intact or normalise_code(seen or "") != normalise_code(seal):
                    if not memo:
                        raise ValidationError("memo", MSG_SEAL_MEMO, item=ref.item_id, seal=seal,
                                              seen=seen or "-", intact="yes" if intact else "no")
                    events.append(item_event(K_SEAL_BROKEN, ref, {
                        "seal_number": seal, "seal_number_seen": seen, "seen_intact": intact,
                        "matches_record": False, "reason": memo, "found_during": K_TRANSFERRED,
                    }, [receiver.username]))
            giver = st.custodian if st.status == WITH_OFFICER else session.username
            data: dict[str, Any] = {
                "from": giver,
                "to": receiver.username,
                "from_location": st.location_code if st.status == IN_STORAGE else None,
                "purpose": purpose,
                "seal_number": seal,
                "signature_attachment": sha,
                "memo": memo or None,
            }
            if check is not None:  # only what was checked: no key means "no seal check"
                data["seal_intact"] = intact
                data["seal_number_seen"] = seen
            events.append(item_event(K_TRANSFERRED, ref, data, [receiver.username]))
        return [a.seq for a in write(ctx, s, station, session, events, [receiver])]


# --- storage -----------------------------------------------------------------------------------------------


def check_in(
    ctx: AppContext,
    session: AuthSession,
    location_code: str,
    item_ids: Sequence[str],
    deliverer: Signer | None = None,
) -> list[int]:
    """Put items into storage at ``location_code`` (``storage.checked_in``, data.location, data.from).

    Items held by the actor go in directly. Items held by another officer go in only if that officer signs as
    ``deliverer`` (unlocked on this workstation); otherwise they must be handed over first.
    """
    authorize(ctx, session, Action.STORAGE_CHECK_IN)
    station = ctx.station()
    co: list[Signer] = []
    with unit_of_work(ctx.engine) as s:
        loc = get_location(s, location_code)
        if deliverer is not None and deliverer.username != session.username:
            check_countersigner(s, deliverer, may=None)
            co.append(deliverer)
        refs = load_items(s, item_ids)
        events = []
        for ref in refs:
            st = ref.state
            refuse_away(ref)
            if st.status == IN_STORAGE:
                raise Conflict(MSG_ALREADY_STORED, item=ref.item_id, location=st.location_code or "?")
            holder = st.custodian
            signers: list[str] = []
            if holder != session.username:
                if holder is None or not co or holder != co[0].username:
                    raise Conflict(MSG_DELIVERER_NEEDED, item=ref.item_id, holder=holder or "?")
                signers = [holder]
            events.append(item_event(K_CHECKED_IN, ref, {"location": loc.code, "from": holder}, signers))
        return [a.seq for a in write(ctx, s, station, session, events, co)]


def check_out(
    ctx: AppContext,
    session: AuthSession,
    location_code: str | None,
    item_ids: Sequence[str],
    to: str | None = None,
    receiver: Signer | None = None,
    purpose: str = "",
) -> list[int]:
    """Take items out of storage (``storage.checked_out``, data.location, data.to, data.purpose).

    ``location_code``, when given, must be where the items are recorded (or contain it). ``to`` defaults to
    the actor; another officer receives only by signing as ``receiver``.
    """
    authorize(ctx, session, Action.STORAGE_CHECK_OUT)
    purpose = text_field(purpose, "purpose", required=False)
    to = (to or (receiver.username if receiver else None) or session.username).strip().lower()
    station = ctx.station()
    co: list[Signer] = []
    with unit_of_work(ctx.engine) as s:
        scope: list[str] | None = None
        if location_code:
            scope = subtree_codes(s, get_location(s, location_code, require_active=False))
        if to != session.username:
            if receiver is None or receiver.username != to:
                raise Conflict(MSG_RECEIVER_NEEDED, user=to)
            check_countersigner(s, receiver)
            co.append(receiver)
        refs = load_items(s, item_ids)
        events = []
        for ref in refs:
            st = ref.state
            refuse_away(ref)
            if st.status != IN_STORAGE:
                raise Conflict(MSG_NOT_IN_STORAGE, item=ref.item_id, status=status_label(st.status))
            if scope is not None and st.location_code not in scope:
                raise Conflict(MSG_NOT_AT_LOCATION, item=ref.item_id, recorded=st.location_code or "?",
                               location=scope[0])
            events.append(item_event(K_CHECKED_OUT, ref, {
                "location": st.location_code, "to": to, "purpose": purpose or None,
            }, [to] if to != session.username else []))
        return [a.seq for a in write(ctx, s, station, session, events, co)]


def move(ctx: AppContext, session: AuthSession, to_location_code: str, item_ids: Sequence[str]) -> list[int]:
    """Move stored items to another location (``storage.moved``, data.from_location, data.to_location)."""
    authorize(ctx, session, Action.STORAGE_MOVE)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        loc = get_location(s, to_location_code)
        refs = load_items(s, item_ids)
        events = []
        for ref in refs:
            st = ref.state
            refuse_away(ref)
            if st.status != IN_STORAGE:
                raise Conflict(MSG_NOT_IN_STORAGE, item=ref.item_id, status=status_label(st.status))
            if st.location_code == loc.code:
                raise Conflict(MSG_ALREADY_THERE, item=ref.item_id, location=loc.code)
            data = {"from_location": st.location_code, "to_location": loc.code}
            events.append(item_event(K_MOVED, ref, data))
        return [a.seq for a in write(ctx, s, station, session, events)]


# --- laboratory --------------------------------------------------------------------------------------------


def lab_submit(
    ctx: AppContext,
    session: AuthSession,
    item_ids: Sequence[str],
    lab_name: str,
    request: str,
    lab_number: str = "",
) -> list[int]:
    """Send items to a laboratory (``lab.submitted``: lab_name, request, lab_number, from, from_location)."""
    authorize(ctx, session, Action.LAB_SUBMIT)
    lab_name = text_field(lab_name, "lab_name")
    request = text_field(request, "request", max_len=4000, multiline=True)
    lab_number = text_field(lab_number, "lab_number", max_len=100, required=False)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        refs = load_items(s, item_ids)
        events = []
        for ref in refs:
            require_hands_on(session, ref)
            st = ref.state
            events.append(item_event(K_LAB_SUBMITTED, ref, {
                "lab_name": lab_name, "request": request, "lab_number": lab_number or None,
                "from": st.custodian if st.status == WITH_OFFICER else session.username,
                "from_location": st.location_code if st.status == IN_STORAGE else None,
            }))
        return [a.seq for a in write(ctx, s, station, session, events)]


def _last_of(history: Sequence[dict[str, Any]], kind: str) -> dict[str, Any] | None:
    for body in reversed(history):
        if body["kind"] == kind:
            return body
    return None


def lab_return(
    ctx: AppContext,
    session: AuthSession,
    item_id: str,
    results: str,
    gross_weight_mg: int | None = None,
    net_weight_mg: int | None = None,
    lab_number: str = "",
    consumed_mg: int = 0,
) -> WeightResult:
    """Receive an item back from the laboratory (``lab.returned``); the actor now holds it.

    Weights (integer mg) are reconciled with the latest recorded ones (module docstring); a difference beyond
    the tolerance adds a ``discrepancy.raised`` entry in the same transaction.
    """
    authorize(ctx, session, Action.LAB_RETURN)
    results = text_field(results, "results", max_len=8000, multiline=True)
    lab_number = text_field(lab_number, "lab_number", max_len=100, required=False)
    gross, net, consumed = _validate_weights(gross_weight_mg, net_weight_mg, consumed_mg)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        settings = load_settings(s, station)
        ref = load_item(s, item_id)
        refuse_final(ref)
        if ref.state.status != AT_LAB:
            raise Conflict(MSG_NOT_AT_LAB, item=ref.item_id, status=status_label(ref.state.status))
        sub = _last_of(ref.history(s), K_LAB_SUBMITTED)
        sub_data = (sub or {}).get("data") or {}
        expected_number = sub_data.get("lab_number")
        if expected_number and lab_number and normalise_code(expected_number) != normalise_code(lab_number):
            raise Conflict(MSG_LAB_NUMBER, item=ref.item_id, expected=expected_number, given=lab_number)
        events = [item_event(K_LAB_RETURNED, ref, {
            "lab_name": sub_data.get("lab_name"),
            "lab_number": lab_number or expected_number or None,
            "submitted_seq": sub["seq"] if sub else None,
            "results": results,
            "gross_weight_mg": gross,
            "net_weight_mg": net,
            "consumed_mg": consumed,
            "to": session.username,
        })]
        disc = _weights_and_discrepancy(ref, s, settings, {"gross_weight_mg": gross, "net_weight_mg": net},
                                        consumed, K_LAB_RETURNED)
        if disc is not None:
            events.append(item_event(K_DISCREPANCY_RAISED, ref, disc))
        return _weight_result(write(ctx, s, station, session, events))


def record_weight(
    ctx: AppContext,
    session: AuthSession,
    item_id: str,
    gross_weight_mg: int | None = None,
    net_weight_mg: int | None = None,
    memo: str = "",
    consumed_mg: int = 0,
) -> WeightResult:
    """Record a new weighing (``weight.recorded``), reconciled like a laboratory return.

    ``consumed_mg``: an amount knowingly removed since the last weighing (a sample), subtracted first.
    """
    authorize(ctx, session, Action.WEIGHT_RECORD)
    gross, net, consumed = _validate_weights(gross_weight_mg, net_weight_mg, consumed_mg)
    if gross is None and net is None:
        raise ValidationError("gross_weight_mg", MSG_WEIGHT_NEEDED)
    memo = text_field(memo, "memo", max_len=2000, required=False, multiline=True)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        settings = load_settings(s, station)
        ref = load_item(s, item_id)
        require_hands_on(session, ref)
        events = [item_event(K_WEIGHT_RECORDED, ref, {
            "gross_weight_mg": gross, "net_weight_mg": net, "consumed_mg": consumed, "memo": memo or None,
        })]
        disc = _weights_and_discrepancy(ref, s, settings, {"gross_weight_mg": gross, "net_weight_mg": net},
                                        consumed, K_WEIGHT_RECORDED)
        if disc is not None:
            events.append(item_event(K_DISCREPANCY_RAISED, ref, disc))
        return _weight_result(write(ctx, s, station, session, events))


def acknowledge_discrepancy(
    ctx: AppContext, session: AuthSession, item_id: str, discrepancy_seq: int, reason: str
) -> int:
    """A supervisor accepts a discrepancy with a reason (``discrepancy.acknowledged``); returns its seq.

    The officer who recorded the action that raised it cannot acknowledge it.
    """
    authorize(ctx, session, Action.DISCREPANCY_ACKNOWLEDGE)
    reason = text_field(reason, "reason", max_len=2000, multiline=True)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        ref = load_item(s, item_id)
        found = [d for d in discrepancies_of(ref.item_id, ref.history(s)) if d.seq == discrepancy_seq]
        if not found:
            raise NotFound(N_("Nouns", "discrepancy"), discrepancy_seq, MSG_DISCREPANCY_UNKNOWN,
                           seq=discrepancy_seq, item=ref.item_id)
        d = found[0]
        if not d.open:
            raise Conflict(MSG_DISCREPANCY_DONE, seq=d.seq, ack=d.acknowledged_seq)
        if d.raised_by == session.username:
            raise Conflict(MSG_DISCREPANCY_OWN, seq=d.seq)
        event = item_event(K_DISCREPANCY_ACKNOWLEDGED, ref, {"discrepancy_seq": d.seq, "reason": reason})
        return write(ctx, s, station, session, [event])[0].seq


# --- court -------------------------------------------------------------------------------------------------


def court_out(
    ctx: AppContext, session: AuthSession, item_ids: Sequence[str], hearing: str, court_reference: str
) -> list[int]:
    """Take items to court (``court.out``: hearing, court_reference, from, from_location)."""
    authorize(ctx, session, Action.COURT_OUT)
    hearing = text_field(hearing, "hearing", max_len=300)
    court_reference = text_field(court_reference, "court_reference", max_len=100)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        refs = load_items(s, item_ids)
        events = []
        for ref in refs:
            require_hands_on(session, ref)
            st = ref.state
            events.append(item_event(K_COURT_OUT, ref, {
                "hearing": hearing, "court_reference": court_reference,
                "from": st.custodian if st.status == WITH_OFFICER else session.username,
                "from_location": st.location_code if st.status == IN_STORAGE else None,
            }))
        return [a.seq for a in write(ctx, s, station, session, events)]


def court_return(
    ctx: AppContext, session: AuthSession, item_ids: Sequence[str], court_reference: str = "", memo: str = ""
) -> list[int]:
    """Receive items back from court (``court.returned``: court_reference, to, memo); the actor holds them."""
    authorize(ctx, session, Action.COURT_RETURN)
    court_reference = text_field(court_reference, "court_reference", max_len=100, required=False)
    memo = text_field(memo, "memo", max_len=2000, required=False, multiline=True)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        refs = load_items(s, item_ids)
        events = []
        for ref in refs:
            refuse_final(ref)
            if ref.state.status != AT_COURT:
                raise Conflict(MSG_NOT_AT_COURT, item=ref.item_id, status=status_label(ref.state.status))
            out = _last_of(ref.history(s), K_COURT_OUT)
            events.append(item_event(K_COURT_RETURNED, ref, {
                "court_reference": court_reference or ((out or {}).get("data") or {}).get("court_reference"),
                "court_out_seq": out["seq"] if out else None,
                "to": session.username,
                "memo": memo or None,
            }))
        return [a.seq for a in write(ctx, s, station, session, events)]


# --- seals -------------------------------------------------------------------------------------------------


def break_seal(ctx: AppContext, session: AuthSession, item_id: str, seal_number: str, reason: str) -> int:
    """Record that the item's seal was broken (``seal.broken``: seal_number (on record), seal_number_seen,
    matches_record, reason).

    ``seal_number`` is what the officer reads on the seal; the entry keeps the recorded number beside it, so
    a seal that differs from the record is visible in the history.
    """
    authorize(ctx, session, Action.SEAL_BREAK)
    seen = text_field(seal_number, "seal_number", max_len=64)
    reason = text_field(reason, "reason", max_len=2000, multiline=True)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        ref = load_item(s, item_id)
        require_hands_on(session, ref)
        seal = current_seal(ref.item, ref.history(s))
        if seal is None:
            raise Conflict(MSG_NO_SEAL, item=ref.item_id)
        event = item_event(K_SEAL_BROKEN, ref, {
            "seal_number": seal, "seal_number_seen": seen, "seen_intact": None,
            "matches_record": normalise_code(seen) == normalise_code(seal),
            "reason": reason, "found_during": None,
        })
        return write(ctx, s, station, session, [event])[0].seq


def apply_seal(ctx: AppContext, session: AuthSession, item_id: str, new_seal_number: str) -> int:
    """Seal the item (``seal.applied``: seal_number, previous_seal); it must not carry an unbroken seal."""
    authorize(ctx, session, Action.SEAL_APPLY)
    number = text_field(new_seal_number, "new_seal_number", max_len=64)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        ref = load_item(s, item_id)
        require_hands_on(session, ref)
        seal = current_seal(ref.item, ref.history(s))
        if seal is not None:
            raise Conflict(MSG_SEAL_PRESENT, item=ref.item_id, seal=seal)
        event = item_event(K_SEAL_APPLIED, ref, {"seal_number": number})
        return write(ctx, s, station, session, [event])[0].seq


# --- reading -----------------------------------------------------------------------------------------------


def item_custody(ctx: AppContext, item_id: str) -> ItemCustodyDTO:
    """Where an item is, who holds it, its seal, weights, open discrepancies and pending disposal."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        ref = load_item(s, item_id, lock=False)
        history = ref.history(s)
        weights = latest_weights(ref.item, history)
        st = ref.state
        return ItemCustodyDTO(
            item_id=ref.item_id,
            case_number=ref.case_number,
            description=ref.item.description,
            category=ref.item.category,
            status=st.status,
            custodian=st.custodian,
            location_code=st.location_code,
            last_seq=st.last_seq,
            updated_at=st.updated_at,
            seal_number=current_seal(ref.item, history),
            gross_weight_mg=weights["gross_weight_mg"].mg if "gross_weight_mg" in weights else None,
            net_weight_mg=weights["net_weight_mg"].mg if "net_weight_mg" in weights else None,
            open_discrepancies=tuple(d for d in discrepancies_of(ref.item_id, history) if d.open),
            disposal_authorization=open_authorization(ref.item_id, history),
        )


def open_discrepancies(ctx: AppContext, item_id: str | None = None) -> list[DiscrepancyDTO]:
    """Discrepancies not yet acknowledged (of one item, or of all items), oldest first."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        return open_discrepancies_in(s, item_id)


def open_discrepancies_in(s: Session, item_id: str | None = None) -> list[DiscrepancyDTO]:
    q = select(LedgerEntry.body).where(
        LedgerEntry.kind.in_((K_DISCREPANCY_RAISED, K_DISCREPANCY_ACKNOWLEDGED))
    ).order_by(LedgerEntry.seq)
    if item_id is not None:
        q = q.where(LedgerEntry.item == normalise_code(item_id))
    bodies = [parse_canonical(bytes(b)) for b in s.execute(q).scalars()]
    by_item: dict[str, list[dict[str, Any]]] = {}
    for body in bodies:
        by_item.setdefault(body["item"], []).append(body)
    out = [d for item, hist in by_item.items() for d in discrepancies_of(item, hist) if d.open]
    return sorted(out, key=lambda d: d.seq)
