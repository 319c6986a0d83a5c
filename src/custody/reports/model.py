"""Frozen DTOs the services fill and the report renderers read.

Everything here is plain, already-translated display text (labels, local times as strings):
renderers never look anything up, never translate and never touch the database. Tuples, not
lists, so a DTO is hashable and cannot be changed behind a renderer's back.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StationInfo:
    agency: str
    station_code: str
    evidence_room: str
    time_zone: str  # IANA name the local times in the report are written in, e.g. "Europe/Lisbon"
    verifier_key: str  # station verifier key "<name>+<hex id>+<base64>" (LEDGER.md section 4)
    key_fingerprint: str  # e.g. SHA-256 of the station public key, hex, for humans to compare


@dataclass(frozen=True)
class Person:
    username: str
    full_name: str
    badge: str = ""
    rank: str = ""

    @property
    def display(self) -> str:
        """'Rank Full Name (badge)' without empty parts."""
        name = f"{self.rank} {self.full_name}".strip() if self.rank else self.full_name
        return f"{name} ({self.badge})" if self.badge else name


@dataclass(frozen=True)
class CaseInfo:
    case_number: str
    offence_label: str = ""
    agency_ref: str = ""
    prosecutor_ref: str = ""
    court_ref: str = ""


@dataclass(frozen=True)
class SeizureInfo:
    document_number: str
    occurred_at: str  # local date/time as display text
    place: str
    seizing_officer: Person
    witnesses: tuple[str, ...] = ()
    legal_authority: str = ""
    received_from: str = ""


@dataclass(frozen=True)
class Witness:
    """A witness of a disposal, as DA Form 4137 lists them: who, their organisation, what they attest."""

    name: str  # "Rank Full Name (badge)"
    organisation: str = ""
    statement: str = ""
    signed: str = ""  # e.g. "Signed in the ledger, entry #158"


@dataclass(frozen=True)
class Disposition:
    """The final disposition of an item (destruction, release): authority, action, witnesses (DA Form 4137)."""

    title: str  # e.g. "Disposal: destruction", "Released to owner"
    authority: tuple[tuple[str, str], ...] = ()  # (label, value): authorised by, order reference, legal basis, date
    action: tuple[tuple[str, str], ...] = ()  # (label, value): method, place, date, carried out by, details
    witnesses: tuple[Witness, ...] = ()


@dataclass(frozen=True)
class ItemInfo:
    item_id: str  # barcode id, e.g. "EV-2024-000123"
    item_number: str  # number within the case/document, e.g. "3" or "3/7"
    category_label: str
    description: str  # individualising description (serial numbers, marks, colour ...)
    quantity: str = "1"  # display text ("2", "12.5")
    unit: str = ""
    sealed: bool = False
    seal_number: str = ""
    fields: tuple[tuple[str, str], ...] = ()  # category fields as (label, value)
    photo_jpeg: bytes | None = None
    photo_problem: str = ""  # why a photo the ledger records is not shown (it failed its SHA-256 check)
    status_label: str = ""
    disposition: Disposition | None = None
    custodian: str = ""  # who holds it now (when an officer does), "Rank Name (badge)"
    location: str = ""  # where it is stored now, "Name (CODE)"
    weights: str = ""  # the latest recorded weights, e.g. "gross 1.2 kg, net 1.1 kg (lab return, entry #42)"
    seal_history: str = ""  # e.g. "seal SEAL-1 broken at entry #40; SEAL-2 applied at entry #41"
    group: str = ""  # the seizure the item belongs to, as a heading for case reports


@dataclass(frozen=True)
class CustodyRow:
    seq: int  # ledger seq of the entry
    at_local: str  # local date/time as display text
    action_label: str  # translated event kind, e.g. "Transferred"
    released_by: str = ""
    received_by: str = ""
    purpose: str = ""
    location: str = ""
    seal_state: str = ""  # e.g. "Intact, seal 00123"
    signatures: tuple[str, ...] = ()  # display names of those who signed the entry
    signature_image_png: bytes | None = None  # handwritten signature captured at the counter
    entry_hash_hex: str = ""
    corrects_seq: int | None = None  # set when this row is itself a correction of an earlier entry
    note: str = ""


@dataclass(frozen=True)
class Correction:
    seq: int  # seq of the correction entry
    field_label: str
    old: str
    new: str
    reason: str
    requested_by: str
    approved_by: str
    at: str  # local date/time as display text
    corrects_seq: int | None = None  # seq of the entry corrected (shown beside that row)


@dataclass(frozen=True)
class IntegrityInfo:
    checkpoint_note: str  # the signed note, as text
    checkpoint_size: int
    root_hex: str
    station_key_name: str
    verifier_key: str
    report_id: str
    certificate_sha256: str = ""  # SHA-256 of the PDF-signing certificate the ledger binds to the station


@dataclass(frozen=True)
class ItemWithHistory:
    item: ItemInfo
    rows: tuple[CustodyRow, ...] = ()
    corrections: tuple[Correction, ...] = ()


@dataclass(frozen=True)
class CustodyReportData:
    station: StationInfo
    case: CaseInfo
    seizure: SeizureInfo
    items: tuple[ItemWithHistory, ...]
    integrity: IntegrityInfo
    generated_at: str  # local date/time as display text
    generated_by: Person
    title: str = "Chain of custody report"
    custodian: Person | None = None  # evidence custodian signing the certification block
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # translated captions


# --- smaller reports -------------------------------------------------------------------------


@dataclass(frozen=True)
class InventoryLine:
    item: ItemInfo
    location: str = ""
    holder: str = ""  # who holds it now when out of the room
    last_event: str = ""  # e.g. "2024-05-01 10:12 Checked out for lab"


@dataclass(frozen=True)
class CaseInventoryData:
    station: StationInfo
    case: CaseInfo
    lines: tuple[InventoryLine, ...]
    generated_at: str
    generated_by: Person
    title: str = "Case inventory"
    report_id: str = ""
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class AuditLine:
    item_id: str
    description: str = ""
    expected_location: str = ""
    found_location: str = ""
    note: str = ""


@dataclass(frozen=True)
class AuditDiscrepancyData:
    station: StationInfo
    audit_id: str
    scope: str  # e.g. "Shelf A-03 to A-12"
    started_at: str
    finished_at: str
    auditors: tuple[Person, ...]
    expected_count: int
    scanned_count: int
    missing: tuple[AuditLine, ...] = ()  # expected here, not scanned
    unexpected: tuple[AuditLine, ...] = ()  # scanned, not expected anywhere in scope
    misplaced: tuple[AuditLine, ...] = ()  # scanned in the wrong location
    remarks: str = ""  # the auditor's remarks recorded with the audit (data.memo of inventory.audited)
    generated_at: str = ""
    generated_by: Person | None = None
    title: str = "Inventory audit: discrepancies"
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class DisposalCertificateData:
    station: StationInfo
    case: CaseInfo
    certificate_number: str
    method: str  # e.g. "Destroyed by incineration", "Returned to owner"
    authority: str  # court order / legal basis
    performed_at: str
    place: str
    items: tuple[ItemInfo, ...]
    performed_by: Person
    witnesses: tuple[Person, ...] = ()
    recipient: str = ""  # owner / receiving agency when returned or transferred
    entry_hashes: tuple[tuple[str, str], ...] = ()  # (item_id, disposal entry hash hex)
    generated_at: str = ""
    title: str = "Certificate of disposal"
    order_reference: str = ""  # the authorising order's reference
    authorized_by: Person | None = None  # supervisor who authorised the disposal
    authorized_at: str = ""
    details: str = ""  # how it was done ("incinerated at the municipal plant, furnace 2")
    identity_document: str = ""  # release: the owner's identity document ("passport P1234567")
    memo: str = ""
    released: bool = False  # a release to the owner rather than a disposal
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class LabSubmissionData:
    station: StationInfo
    case: CaseInfo
    submission_number: str
    laboratory: str
    examinations_requested: str
    items: tuple[ItemInfo, ...]
    submitted_by: Person
    submitted_at: str
    transport: str = ""  # courier / method
    hazards: str = ""
    case_summary: str = ""
    generated_at: str = ""
    title: str = "Laboratory submission form"
    lab_number: str = ""  # the laboratory's own reference, when known
    weights: tuple[tuple[str, str, str, str], ...] = ()  # (item id, gross, net, where the figures come from)
    entry_hashes: tuple[tuple[str, str], ...] = ()  # (item_id, lab.submitted entry hash hex)
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
