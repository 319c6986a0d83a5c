"""Custody, shared parts: the event kinds written, item statuses, messages, DTOs, and the helpers every custody
action uses: loading the items of a basket (states locked), locations, countersigners, the "hands on" rules,
field checks and the one ``ledger.append`` per action (:func:`write`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import Attachment, Case, Item, ItemState, LedgerEntry, Location, Seizure, User
from custody.domain.enums import ItemStatus
from custody.domain.errors import Conflict, NotFound, ValidationError
from custody.domain.i18n import N_
from custody.domain.ids import normalise_code
from custody.domain.values import MAX_WEIGHT_MG, clean_text
from custody.ledger.canonical import parse_canonical
from custody.security.permissions import Action, is_allowed
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession
from custody.services.context import AppContext, StationDTO
from custody.services.ledger import NewEvent, Signer
from custody.services.users import parse_roles

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
TRANSFERRED_OUT = ItemStatus.TRANSFERRED_OUT.value  # nothing more until a custody.transferred_in brings it back
WRITTEN_OFF = ItemStatus.WRITTEN_OFF.value  # missing at an audit and written off (inventory.resolved)
FINAL_STATUSES = frozenset({DISPOSED, RELEASED, TRANSFERRED_OUT, WRITTEN_OFF})

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
MSG_HOLDER_MUST_SIGN = N_(
    "Custody",
    "Item {item} is held by {holder}, not by you: {holder} must sign this too (type their password), "
    "or hand the item over to you first.",
)
MSG_HOLDER_WRONG = N_(
    "Custody", "{user} does not hold item {item} ({holder} does): only the holder can countersign."
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


def holder_countersign(s: Session, session: AuthSession, ref: ItemRef, holder: Signer | None) -> list[Signer]:
    """An action that changes an item: the actor has it in hand (:func:`require_hands_on`), or the officer who
    holds it countersigns (``holder``: their unlocked key; they then sign the entries of the action).

    Returns the extra signers to add to the action's entries (``[holder]`` or nothing).
    """
    refuse_away(ref)
    st = ref.state
    if st.status == IN_STORAGE or st.custodian == session.username or st.custodian is None:
        require_hands_on(session, ref)
        return []
    if holder is None:
        raise Conflict(MSG_HOLDER_MUST_SIGN, item=ref.item_id, holder=st.custodian)
    if holder.username != st.custodian:
        raise Conflict(MSG_HOLDER_WRONG, user=holder.username, item=ref.item_id, holder=st.custodian)
    check_countersigner(s, holder, may=None)
    return [holder]


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
