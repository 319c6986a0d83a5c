"""Enumerations of the domain. Each member has ``.label`` (English, marked with ``N_``) and
``.label_context`` (the ``N_`` context, the class name) for translation at display time."""

from __future__ import annotations

from enum import StrEnum

from custody.domain.i18n import N_, document_text

_LABELS: dict[type, dict[str, str]] = {}


class LabelledEnum(StrEnum):
    """A StrEnum whose members have a human label registered with :func:`register_labels`."""

    @property
    def label(self) -> str:
        """English, except while a document is written in another language (``i18n.document_language``)."""
        return document_text(type(self).__name__, _LABELS[type(self)][self.value])

    @property
    def label_context(self) -> str:
        return type(self).__name__

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """``[(value, label), ...]`` in declaration order, for combo boxes."""
        return [(m.value, m.label) for m in cls]


def register_labels(cls: type[LabelledEnum], labels: dict[str, str]) -> None:
    missing = {m.value for m in cls} ^ set(labels)
    if missing:  # pragma: no cover - a programming error caught on import
        raise RuntimeError(f"{cls.__name__}: labels do not match members: {sorted(missing)}")
    _LABELS[cls] = labels


class Role(LabelledEnum):
    OFFICER = "officer"
    CUSTODIAN = "custodian"
    SUPERVISOR = "supervisor"
    AUDITOR = "auditor"
    PROSECUTOR = "prosecutor"
    ADMIN = "admin"


register_labels(Role, {
    "officer": N_("Role", "Officer"),
    "custodian": N_("Role", "Evidence custodian"),
    "supervisor": N_("Role", "Supervisor"),
    "auditor": N_("Role", "Auditor"),
    "prosecutor": N_("Role", "Prosecutor (read only)"),
    "admin": N_("Role", "Administrator"),
})


class Category(LabelledEnum):
    DRUG = "drug"
    FIREARM = "firearm"
    AMMUNITION = "ammunition"
    EXPLOSIVE = "explosive"
    CURRENCY = "currency"
    DOCUMENT = "document"
    ELECTRONIC = "electronic"
    VEHICLE = "vehicle"
    NATURAL_RESOURCE = "natural_resource"
    OTHER = "other"


register_labels(Category, {
    "drug": N_("Category", "Drugs"),
    "firearm": N_("Category", "Firearm"),
    "ammunition": N_("Category", "Ammunition"),
    "explosive": N_("Category", "Explosives"),
    "currency": N_("Category", "Cash"),
    "document": N_("Category", "Identity or other document"),
    "electronic": N_("Category", "Phone, computer or other device"),
    "vehicle": N_("Category", "Vehicle"),
    "natural_resource": N_("Category", "Timber, minerals, wildlife"),
    "other": N_("Category", "Other goods"),
})


class OffenceType(LabelledEnum):
    DRUG_TRAFFICKING = "drug_trafficking"
    ARMS_TRAFFICKING = "arms_trafficking"
    HUMAN_TRAFFICKING = "human_trafficking"
    SMUGGLING = "smuggling"
    NATURAL_RESOURCES = "natural_resources"
    OTHER = "other"


register_labels(OffenceType, {
    "drug_trafficking": N_("OffenceType", "Drug trafficking"),
    "arms_trafficking": N_("OffenceType", "Arms trafficking"),
    "human_trafficking": N_("OffenceType", "Human trafficking"),
    "smuggling": N_("OffenceType", "Smuggling of goods"),
    "natural_resources": N_("OffenceType", "Illegal exploitation of natural resources"),
    "other": N_("OffenceType", "Other offence"),
})


class LocationKind(LabelledEnum):
    STATION = "station"
    ROOM = "room"
    VAULT = "vault"
    DRUG_SAFE = "drug_safe"
    GUN_LOCKER = "gun_locker"
    SHELF = "shelf"
    BIN = "bin"
    TEMPORARY_LOCKER = "temporary_locker"
    LAB = "lab"
    COURT = "court"
    OTHER_AGENCY = "other_agency"


register_labels(LocationKind, {
    "station": N_("LocationKind", "Station"),
    "room": N_("LocationKind", "Evidence room"),
    "vault": N_("LocationKind", "Vault"),
    "drug_safe": N_("LocationKind", "Drug safe"),
    "gun_locker": N_("LocationKind", "Gun locker"),
    "shelf": N_("LocationKind", "Shelf"),
    "bin": N_("LocationKind", "Bin"),
    "temporary_locker": N_("LocationKind", "Temporary locker"),
    "lab": N_("LocationKind", "Laboratory"),
    "court": N_("LocationKind", "Court"),
    "other_agency": N_("LocationKind", "Other agency"),
})


class ItemStatus(LabelledEnum):
    REGISTERED = "registered"  # recorded, not yet checked in to storage
    IN_STORAGE = "in_storage"
    WITH_OFFICER = "with_officer"
    AT_LAB = "at_lab"
    AT_COURT = "at_court"
    DISPOSED = "disposed"
    RELEASED = "released"
    TRANSFERRED_OUT = "transferred_out"  # handed to another station or agency (docs/TRANSFER.md)
    WRITTEN_OFF = "written_off"  # missing at an audit, written off by two supervisors (inventory.resolved)


register_labels(ItemStatus, {
    "registered": N_("ItemStatus", "Registered, not yet stored"),
    "in_storage": N_("ItemStatus", "In storage"),
    "with_officer": N_("ItemStatus", "With an officer"),
    "at_lab": N_("ItemStatus", "At the laboratory"),
    "at_court": N_("ItemStatus", "At court"),
    "disposed": N_("ItemStatus", "Disposed of"),
    "released": N_("ItemStatus", "Released"),
    "transferred_out": N_("ItemStatus", "Handed to another station or agency"),
    "written_off": N_("ItemStatus", "Written off as missing"),
})


class DisposalMethod(LabelledEnum):
    DESTRUCTION = "destruction"
    RETURN_TO_OWNER = "return_to_owner"
    FORFEITURE = "forfeiture"
    TRANSFER = "transfer"


register_labels(DisposalMethod, {
    "destruction": N_("DisposalMethod", "Destruction"),
    "return_to_owner": N_("DisposalMethod", "Return to owner"),
    "forfeiture": N_("DisposalMethod", "Forfeiture to the state"),
    "transfer": N_("DisposalMethod", "Transfer to another agency"),
})


class EventKind(LabelledEnum):
    """Ledger ``kind`` values (DESIGN.md section 4 plus authentication and administration)."""

    CASE_OPENED = "case.opened"
    SEIZURE_RECORDED = "seizure.recorded"
    ITEM_REGISTERED = "item.registered"
    ITEM_CORRECTED = "item.corrected"
    LABEL_PRINTED = "label.printed"
    CUSTODY_TRANSFERRED = "custody.transferred"
    STORAGE_CHECKED_IN = "storage.checked_in"
    STORAGE_CHECKED_OUT = "storage.checked_out"
    STORAGE_MOVED = "storage.moved"
    LAB_SUBMITTED = "lab.submitted"
    LAB_RETURNED = "lab.returned"
    COURT_OUT = "court.out"
    COURT_RETURNED = "court.returned"
    SEAL_BROKEN = "seal.broken"
    SEAL_APPLIED = "seal.applied"
    ITEM_SPLIT = "item.split"
    ITEM_SAMPLED = "item.sampled"
    WEIGHT_RECORDED = "weight.recorded"
    ATTACHMENT_ADDED = "attachment.added"
    INVENTORY_SEEN = "inventory.seen"
    INVENTORY_MISSING = "inventory.missing"
    INVENTORY_UNEXPECTED = "inventory.unexpected"
    DISPOSAL_AUTHORIZED = "disposal.authorized"
    DISPOSAL_COMPLETED = "disposal.completed"
    ITEM_RELEASED = "item.released"
    AUTH_LOGIN = "auth.login"
    AUTH_FAILED = "auth.failed"
    AUTH_LOCKED = "auth.locked"
    AUTH_UNLOCKED = "auth.unlocked"
    AUTH_PASSWORD_CHANGED = "auth.password_changed"
    AUTH_DENIED = "auth.denied"
    AUTH_LOGOUT = "auth.logout"
    USER_CREATED = "user.created"
    USER_UPDATED = "user.updated"
    USER_DISABLED = "user.disabled"
    USER_ENABLED = "user.enabled"
    USER_ROLES_CHANGED = "user.roles_changed"
    USER_KEY_REGISTERED = "user.key_registered"
    USER_KEY_REVOKED = "user.key_revoked"
    USER_PASSWORD_RESET = "user.password_reset"
    STATION_CONFIGURED = "station.configured"
    STATION_KEY_REGISTERED = "station.key_registered"
    CHECKPOINT_SIGNED = "checkpoint.signed"
    REPORT_ISSUED = "report.issued"
    EXPORT_LEDGER = "export.ledger"
    EXPORT_PROOF_BUNDLE = "export.proof_bundle"
    EXPORT_REPORT = "export.report"
    BACKUP_CREATED = "backup.created"
    BACKUP_RESTORED = "backup.restored"
    BACKUP_VERIFIED = "backup.verified"
    DISCREPANCY_RAISED = "discrepancy.raised"
    DISCREPANCY_ACKNOWLEDGED = "discrepancy.acknowledged"
    INVENTORY_AUDITED = "inventory.audited"
    STATION_SETTINGS_CHANGED = "station.settings_changed"
    STATION_CERTIFICATE_IMPORTED = "station.certificate_imported"
    STATION_CERTIFICATE_REGISTERED = "station.certificate_registered"
    CLOCK_CORRECTED = "clock.corrected"
    CLOCK_CHECKED = "clock.checked"
    LOCATION_CREATED = "location.created"
    CUSTODY_RECOVERED = "custody.recovered"
    INVENTORY_RESOLVED = "inventory.resolved"
    PERSON_REGISTERED = "person.registered"
    CASE_OUTCOME_RECORDED = "case.outcome_recorded"
    CUSTODY_TRANSFERRED_OUT = "custody.transferred_out"  # docs/TRANSFER.md
    CUSTODY_TRANSFERRED_IN = "custody.transferred_in"
    TRUST_ADDED = "trust.added"
    TRUST_REMOVED = "trust.removed"

    @property
    def family(self) -> str:
        """The part before the dot: ``"storage"`` for ``storage.moved``."""
        return self.value.split(".", 1)[0]


register_labels(EventKind, {
    "case.opened": N_("EventKind", "Case opened"),
    "seizure.recorded": N_("EventKind", "Seizure recorded"),
    "item.registered": N_("EventKind", "Item registered"),
    "item.corrected": N_("EventKind", "Item record corrected"),
    "label.printed": N_("EventKind", "Label printed"),
    "custody.transferred": N_("EventKind", "Handed over"),
    "storage.checked_in": N_("EventKind", "Checked in to storage"),
    "storage.checked_out": N_("EventKind", "Checked out of storage"),
    "storage.moved": N_("EventKind", "Moved in storage"),
    "lab.submitted": N_("EventKind", "Sent to the laboratory"),
    "lab.returned": N_("EventKind", "Returned from the laboratory"),
    "court.out": N_("EventKind", "Taken to court"),
    "court.returned": N_("EventKind", "Returned from court"),
    "seal.broken": N_("EventKind", "Seal broken"),
    "seal.applied": N_("EventKind", "Seal applied"),
    "item.split": N_("EventKind", "Item split"),
    "item.sampled": N_("EventKind", "Sample taken"),
    "weight.recorded": N_("EventKind", "Weight recorded"),
    "attachment.added": N_("EventKind", "Photo or document attached"),
    "inventory.seen": N_("EventKind", "Seen at inventory"),
    "inventory.missing": N_("EventKind", "Missing at inventory"),
    "inventory.unexpected": N_("EventKind", "Found in an unexpected place at inventory"),
    "disposal.authorized": N_("EventKind", "Disposal authorised"),
    "disposal.completed": N_("EventKind", "Disposal carried out"),
    "item.released": N_("EventKind", "Released to owner"),
    "auth.login": N_("EventKind", "Signed in"),
    "auth.failed": N_("EventKind", "Sign-in failed"),
    "auth.locked": N_("EventKind", "Account locked"),
    "auth.unlocked": N_("EventKind", "Account unlocked"),
    "auth.password_changed": N_("EventKind", "Password changed"),
    "auth.denied": N_("EventKind", "Action refused"),
    "auth.logout": N_("EventKind", "Signed out"),
    "user.created": N_("EventKind", "User created"),
    "user.updated": N_("EventKind", "User details changed"),
    "user.disabled": N_("EventKind", "User disabled"),
    "user.enabled": N_("EventKind", "User enabled"),
    "user.roles_changed": N_("EventKind", "User roles changed"),
    "user.key_registered": N_("EventKind", "Signing key registered"),
    "user.key_revoked": N_("EventKind", "Signing key revoked"),
    "user.password_reset": N_("EventKind", "Password reset by an administrator"),
    "station.configured": N_("EventKind", "Station set up"),
    "station.key_registered": N_("EventKind", "Station key registered"),
    "checkpoint.signed": N_("EventKind", "Ledger checkpoint signed"),
    "report.issued": N_("EventKind", "Report issued"),
    "discrepancy.raised": N_("EventKind", "Weight discrepancy raised"),
    "discrepancy.acknowledged": N_("EventKind", "Weight discrepancy acknowledged"),
    "inventory.audited": N_("EventKind", "Inventory audit finished"),
    "station.settings_changed": N_("EventKind", "Station settings changed"),
    "station.certificate_imported": N_("EventKind", "Report-signing certificate imported"),
    "station.certificate_registered": N_("EventKind", "Report-signing certificate registered"),
    "clock.corrected": N_("EventKind", "Ledger clock corrected"),
    "clock.checked": N_("EventKind", "Clock checked"),
    "custody.transferred_out": N_("EventKind", "Handed to another station or agency"),
    "custody.transferred_in": N_("EventKind", "Received from another station or agency"),
    "trust.added": N_("EventKind", "Station key trusted"),
    "trust.removed": N_("EventKind", "Station key no longer trusted"),
    "location.created": N_("EventKind", "Location created"),
    "custody.recovered": N_("EventKind", "Recovered from an absent officer"),
    "inventory.resolved": N_("EventKind", "Audit finding resolved"),
    "person.registered": N_("EventKind", "Outside person registered"),
    "case.outcome_recorded": N_("EventKind", "Case outcome recorded"),
    "export.ledger": N_("EventKind", "Ledger exported"),
    "export.proof_bundle": N_("EventKind", "Proof bundle exported"),
    "export.report": N_("EventKind", "Report exported"),
    "backup.created": N_("EventKind", "Backup made"),
    "backup.restored": N_("EventKind", "Backup restored"),
    "backup.verified": N_("EventKind", "Backup checked"),
})
