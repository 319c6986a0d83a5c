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

The package is split by use case; import from ``custody.services.intake`` (this module re-exports every public
name): ``common`` (limits, messages, DTOs, small helpers), ``values`` (ledger form of values, display, current
values and corrections applied), ``cases``, ``seizures``, ``items`` (validation, search index, registration),
``corrections``, ``split`` (split and sample), ``queries`` (item lists, item page, scans).
"""

from __future__ import annotations

from custody.domain.errors import CustodyError
from custody.services.intake.cases import get_case, list_cases, open_case, validate_new_case
from custody.services.intake.common import (
    BASE_FIELDS,
    BASE_LABELS,
    FINAL_STATUSES,
    FUTURE_TOLERANCE,
    LBL_NO,
    LBL_YES,
    MAX_DESCRIPTION,
    MAX_ITEMS_PER_CALL,
    MAX_NOTES,
    MAX_PAGE,
    MAX_PLACE,
    MAX_QUANTITY_DIGITS,
    MAX_WITNESSES,
    MSG_APPROVER_MISSING,
    MSG_APPROVER_ROLE,
    MSG_APPROVER_SELF,
    MSG_CASE_TAKEN,
    MSG_CATEGORY,
    MSG_CHANGED,
    MSG_FIELD_DERIVED,
    MSG_FIELD_UNKNOWN,
    MSG_FUTURE,
    MSG_NO_CASE,
    MSG_NO_CHANGE,
    MSG_NO_ITEM,
    MSG_NO_ITEMS,
    MSG_NO_OFFICER,
    MSG_NO_PARTS,
    MSG_NO_SEIZURE,
    MSG_NOT_REQUESTER,
    MSG_NUMBERS_EXHAUSTED,
    MSG_OFFENCE,
    MSG_PARENT_GONE,
    MSG_QUANTITY,
    MSG_REASON,
    MSG_SCAN_UNKNOWN,
    MSG_SEAL_NEEDED,
    MSG_SEAL_NOT,
    MSG_TOO_MANY_ITEMS,
    MSG_TOO_MANY_WITNESSES,
    MSG_TOO_OLD,
    WHAT_CASE,
    WHAT_ITEM,
    WHAT_SEIZURE,
    CaseDetailDTO,
    CaseDTO,
    CorrectionDTO,
    CorrectionRequest,
    FieldValueDTO,
    ItemDTO,
    ItemFilters,
    ItemPage,
    ItemSummaryDTO,
    NewCase,
    NewItem,
    NewPart,
    NewSeizure,
    ScanResult,
    SeizureDTO,
    SplitResult,
    TimelineEntry,
    allocate,
    local_text,
)
from custody.services.intake.corrections import (
    ApproverIsRequester,
    ApproverMissing,
    ApproverNotAllowed,
    CorrectionRefused,
    approve_correction,
    approve_correction_with_signer,
    request_correction,
)
from custody.services.intake.items import (
    register_item,
    register_items,
    search_body,
    search_tokens,
    validate_new_item,
)
from custody.services.intake.queries import (
    ItemDetailDTO,
    apply_filters,
    count_items,
    find_by_scan,
    find_officer,
    get_item,
    get_item_summary,
    items_by_ids,
    list_items,
    summary_from_row,
    summary_select,
)
from custody.services.intake.seizures import get_seizure, list_seizures, record_seizure, validate_new_seizure
from custody.services.intake.split import sample_item, split_item
from custody.services.intake.values import display_value

__all__ = [
    "ApproverIsRequester", "ApproverMissing", "ApproverNotAllowed", "BASE_FIELDS", "BASE_LABELS", "CaseDTO",
    "CaseDetailDTO", "CorrectionDTO", "CorrectionRefused", "CorrectionRequest", "CustodyError",
    "FINAL_STATUSES", "FUTURE_TOLERANCE", "FieldValueDTO", "ItemDTO", "ItemDetailDTO", "ItemFilters",
    "ItemPage", "ItemSummaryDTO", "LBL_NO", "LBL_YES", "MAX_DESCRIPTION", "MAX_ITEMS_PER_CALL", "MAX_NOTES",
    "MAX_PAGE", "MAX_PLACE", "MAX_QUANTITY_DIGITS", "MAX_WITNESSES", "MSG_APPROVER_MISSING",
    "MSG_APPROVER_ROLE", "MSG_APPROVER_SELF", "MSG_CASE_TAKEN", "MSG_CATEGORY", "MSG_CHANGED",
    "MSG_FIELD_DERIVED", "MSG_FIELD_UNKNOWN", "MSG_FUTURE", "MSG_NOT_REQUESTER", "MSG_NO_CASE",
    "MSG_NO_CHANGE", "MSG_NO_ITEM", "MSG_NO_ITEMS", "MSG_NO_OFFICER", "MSG_NO_PARTS", "MSG_NO_SEIZURE",
    "MSG_NUMBERS_EXHAUSTED", "MSG_OFFENCE", "MSG_PARENT_GONE", "MSG_QUANTITY", "MSG_REASON",
    "MSG_SCAN_UNKNOWN", "MSG_SEAL_NEEDED", "MSG_SEAL_NOT", "MSG_TOO_MANY_ITEMS", "MSG_TOO_MANY_WITNESSES",
    "MSG_TOO_OLD", "NewCase", "NewItem", "NewPart", "NewSeizure", "ScanResult", "SeizureDTO", "SplitResult",
    "TimelineEntry", "WHAT_CASE", "WHAT_ITEM", "WHAT_SEIZURE", "allocate", "apply_filters",
    "approve_correction", "approve_correction_with_signer", "count_items", "display_value", "find_by_scan", "find_officer",
    "get_case", "get_item", "get_item_summary", "get_seizure", "items_by_ids", "list_cases", "list_items",
    "list_seizures", "local_text", "open_case", "record_seizure", "register_item", "register_items",
    "request_correction", "sample_item", "search_body", "search_tokens", "split_item", "summary_from_row",
    "summary_select", "validate_new_case", "validate_new_item", "validate_new_seizure"
]
