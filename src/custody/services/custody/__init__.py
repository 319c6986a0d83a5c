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

Station settings (tolerances, overdue limits) are fields of the station's one settings object,
:class:`custody.services.settings.StationSettings` (read with ``get_settings``/``load_settings``, changed with
``update_settings``).

The package is split by use case; import from ``custody.services.custody`` (this module re-exports every public
name): ``common`` (event kinds, messages, DTOs, loading items and the checks every action makes), ``settings``,
``handover``, ``storage``, ``labcourt`` (laboratory and court), ``seals``, ``weights`` (weights and
discrepancies), ``queries`` (read side).
"""

from __future__ import annotations

from custody.services.custody.common import (
    AT_COURT,
    AT_LAB,
    DISPOSED,
    FINAL_STATUSES,
    IN_STORAGE,
    K_CHECKED_IN,
    K_CHECKED_OUT,
    K_COURT_OUT,
    K_COURT_RETURNED,
    K_DISCREPANCY_ACKNOWLEDGED,
    K_DISCREPANCY_RAISED,
    K_DISPOSAL_AUTHORIZED,
    K_DISPOSAL_COMPLETED,
    K_ITEM_RELEASED,
    K_LAB_RETURNED,
    K_LAB_SUBMITTED,
    K_MOVED,
    K_SEAL_APPLIED,
    K_SEAL_BROKEN,
    K_SETTINGS_CHANGED,
    K_TRANSFERRED,
    K_WEIGHT_RECORDED,
    MSG_ALREADY_HOLDS,
    MSG_ALREADY_STORED,
    MSG_ALREADY_THERE,
    MSG_AT_COURT,
    MSG_AT_LAB,
    MSG_BAD_SHA,
    MSG_DELIVERER_NEEDED,
    MSG_DISCREPANCY_DONE,
    MSG_DISCREPANCY_OWN,
    MSG_DISCREPANCY_UNKNOWN,
    MSG_FINAL,
    MSG_LAB_NUMBER,
    MSG_LOCATION_INACTIVE,
    MSG_LOCATION_UNKNOWN,
    MSG_NET_GT_GROSS,
    MSG_NO_ITEMS,
    MSG_NO_SEAL,
    MSG_NO_SIGNATURE,
    MSG_NO_STATE,
    MSG_NOT_AT_COURT,
    MSG_NOT_AT_LAB,
    MSG_NOT_AT_LOCATION,
    MSG_NOT_HOLDER,
    MSG_NOT_IN_STORAGE,
    MSG_RECEIVER_NEEDED,
    MSG_SEAL_CHECK_NEEDED,
    MSG_SEAL_MEMO,
    MSG_SEAL_PRESENT,
    MSG_SELF_TRANSFER,
    MSG_SIGNER_KEY,
    MSG_SIGNER_ROLE,
    MSG_SIGNER_UNKNOWN,
    MSG_STORED_NOT_CUSTODIAN,
    MSG_UNKNOWN_ITEM,
    MSG_WEIGHT_BIG,
    MSG_WEIGHT_INT,
    MSG_WEIGHT_NEEDED,
    RELEASED,
    SHA256_RE,
    WEIGHT_FIELDS,
    WITH_OFFICER,
    DiscrepancyDTO,
    DisposalAuthorizationDTO,
    ItemCustodyDTO,
    ItemRef,
    SealCheck,
    WeightDifference,
    WeightResult,
    check_attachment,
    check_countersigner,
    clean_ids,
    get_location,
    holder_countersign,
    item_bodies,
    item_event,
    load_item,
    load_items,
    refuse_away,
    refuse_final,
    require_hands_on,
    status_label,
    subtree_codes,
    text_field,
    weight_field,
    write,
)
from custody.services.custody.handover import transfer
from custody.services.custody.labcourt import court_out, court_return, lab_return, lab_submit, last_trip
from custody.services.custody.queries import (
    item_custody,
    open_authorization,
    open_discrepancies,
    open_discrepancies_in,
)
from custody.services.custody.recovery import K_RECOVERED, held_by_absent, recover_custody
from custody.services.custody.seals import apply_seal, break_seal, current_seal
from custody.services.custody.storage import check_in, check_out, move
from custody.services.custody.weights import (
    acknowledge_discrepancy,
    discrepancies_of,
    discrepancy_dto,
    latest_weights,
    record_weight,
)

__all__ = [
    "AT_COURT", "AT_LAB", "DISPOSED", "DiscrepancyDTO", "DisposalAuthorizationDTO",
    "FINAL_STATUSES", "IN_STORAGE", "ItemCustodyDTO", "ItemRef", "K_CHECKED_IN", "K_CHECKED_OUT",
    "K_COURT_OUT", "K_COURT_RETURNED", "K_DISCREPANCY_ACKNOWLEDGED", "K_DISCREPANCY_RAISED",
    "K_DISPOSAL_AUTHORIZED", "K_DISPOSAL_COMPLETED", "K_ITEM_RELEASED", "K_LAB_RETURNED", "K_LAB_SUBMITTED",
    "K_MOVED", "K_RECOVERED", "K_SEAL_APPLIED", "K_SEAL_BROKEN", "K_SETTINGS_CHANGED", "K_TRANSFERRED", "K_WEIGHT_RECORDED",
    "MSG_ALREADY_HOLDS", "MSG_ALREADY_STORED", "MSG_ALREADY_THERE", "MSG_AT_COURT", "MSG_AT_LAB",
    "MSG_BAD_SHA", "MSG_DELIVERER_NEEDED", "MSG_DISCREPANCY_DONE", "MSG_DISCREPANCY_OWN",
    "MSG_DISCREPANCY_UNKNOWN", "MSG_FINAL", "MSG_LAB_NUMBER", "MSG_LOCATION_INACTIVE", "MSG_LOCATION_UNKNOWN",
    "MSG_NET_GT_GROSS", "MSG_NOT_AT_COURT", "MSG_NOT_AT_LAB", "MSG_NOT_AT_LOCATION", "MSG_NOT_HOLDER",
    "MSG_NOT_IN_STORAGE", "MSG_NO_ITEMS", "MSG_NO_SEAL", "MSG_NO_SIGNATURE", "MSG_NO_STATE",
    "MSG_RECEIVER_NEEDED", "MSG_SEAL_CHECK_NEEDED", "MSG_SEAL_MEMO", "MSG_SEAL_PRESENT", "MSG_SELF_TRANSFER",
    "MSG_SIGNER_KEY", "MSG_SIGNER_ROLE", "MSG_SIGNER_UNKNOWN", "MSG_STORED_NOT_CUSTODIAN",
    "MSG_UNKNOWN_ITEM", "MSG_WEIGHT_BIG", "MSG_WEIGHT_INT", "MSG_WEIGHT_NEEDED", "RELEASED",
    "SHA256_RE", "SealCheck", "WEIGHT_FIELDS", "WITH_OFFICER", "WeightDifference", "WeightResult",
    "acknowledge_discrepancy", "apply_seal", "break_seal", "check_attachment", "check_countersigner",
    "check_in", "check_out", "clean_ids", "court_out", "court_return", "current_seal", "discrepancies_of",
    "discrepancy_dto", "held_by_absent", "get_location", "holder_countersign", "item_bodies", "item_custody", "item_event",
    "lab_return", "lab_submit", "last_trip", "latest_weights", "load_item", "load_items", "move",
    "open_authorization", "open_discrepancies", "open_discrepancies_in", "record_weight", "recover_custody", "refuse_away",
    "refuse_final", "require_hands_on", "status_label", "subtree_codes", "text_field",
    "transfer", "weight_field", "write"
]
