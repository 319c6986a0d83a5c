"""ORM models. Migrations never import this module; they carry their own DDL.

Times are stored as the ISO strings that the ledger hashes (``YYYY-MM-DDTHH:MM:SS.mmmZ``),
never as database datetimes, so that what is shown, stored and hashed is the same text.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# --- log and stations -------------------------------------------------------------------


class LogSettings(Base):
    """One row: the ledger's identity (origin) and agency-wide settings."""

    __tablename__ = "log_settings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    log_id: Mapped[str] = mapped_column(String(36), unique=True)
    origin: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(24))


class Station(Base):
    __tablename__ = "station"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    evidence_room: Mapped[str] = mapped_column(String(200))
    time_zone: Mapped[str] = mapped_column(String(64))
    item_prefix: Mapped[str] = mapped_column(String(32))
    label_template: Mapped[str] = mapped_column(String(64), default="brother-ql-62x29")
    key_name: Mapped[str] = mapped_column(String(300))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    verifier_key: Mapped[str] = mapped_column(String(400))
    cert_pem: Mapped[str | None] = mapped_column(Text, nullable=True)
    settings_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[str] = mapped_column(String(24))


# --- officers ---------------------------------------------------------------------------


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    badge_number: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)  # None: no badge
    rank: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(200), default="")
    roles: Mapped[str] = mapped_column(String(200))  # comma-separated Role values, sorted
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[str | None] = mapped_column(String(24), nullable=True)
    key_id: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key_enc: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(24))
    # the language the officer chose at sign-in (None: the station's); a display preference, not in the ledger
    language: Mapped[str | None] = mapped_column(String(8), nullable=True, default=None)


# --- cases, seizures, items, locations ----------------------------------------------------


class Case(Base):
    __tablename__ = "case_file"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_number: Mapped[str] = mapped_column(String(40), unique=True)
    offence_type: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200), default="")
    agency_ref: Mapped[str] = mapped_column(String(100), default="")
    prosecutor_ref: Mapped[str] = mapped_column(String(100), default="")
    court_ref: Mapped[str] = mapped_column(String(100), default="")
    opened_at: Mapped[str] = mapped_column(String(24))
    opened_by: Mapped[str] = mapped_column(String(64))


class Seizure(Base):
    __tablename__ = "seizure"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_number: Mapped[str] = mapped_column(String(11), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    occurred_at: Mapped[str] = mapped_column(String(24))
    place: Mapped[str] = mapped_column(String(300))
    gps: Mapped[str | None] = mapped_column(String(64), nullable=True)
    seizing_officer: Mapped[str] = mapped_column(String(64))
    witnesses_json: Mapped[str] = mapped_column(Text, default="[]")
    legal_authority: Mapped[str] = mapped_column(String(300), default="")
    received_from: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[str] = mapped_column(String(24))


class Location(Base):
    __tablename__ = "location"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), nullable=True, index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[str] = mapped_column(String(48), unique=True)
    seizure_id: Mapped[int] = mapped_column(ForeignKey("seizure.id"), index=True)
    item_number: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(32), index=True)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(32), default="1")
    unit: Mapped[str] = mapped_column(String(32), default="item")
    sealed: Mapped[bool] = mapped_column(Boolean, default=False)
    seal_number: Mapped[str] = mapped_column(String(64), default="")
    biohazard: Mapped[bool] = mapped_column(Boolean, default=False)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"), nullable=True, index=True)
    fields_json: Mapped[str] = mapped_column(Text, default="{}")
    registered_at: Mapped[str] = mapped_column(String(24), index=True)
    __table_args__ = (UniqueConstraint("seizure_id", "item_number", name="uq_item_seizure_number"),)


class ItemState(Base):
    """Projection of the ledger: where each item is and who holds it. Rebuildable."""

    __tablename__ = "item_state"
    item_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    status: Mapped[str] = mapped_column(String(32))  # ix_item_state_status_age begins with it (migration 0013)
    # no index of its own since 0012: ix_item_state_holder begins with it
    custodian: Mapped[str | None] = mapped_column(String(64), nullable=True)
    location_code: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[str] = mapped_column(String(24))

    # an officer's held items, the oldest first, and their count (the start page; migration 0010)
    # items held too long / with no label, the oldest first, and their counts (the alerts; migration 0013)
    __table_args__ = (Index("ix_item_state_holder", "custodian", "status", "updated_at", "item_id"),
                      Index("ix_item_state_status_age", "status", "updated_at", "item_id"))


class Attachment(Base):
    """Content-addressed blob; the ledger entry that attaches it names the SHA-256."""

    __tablename__ = "attachment"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(24))


class Counter(Base):
    """Sequence numbers handed out inside write transactions (item and document numbers)."""

    __tablename__ = "counter"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


# --- ledger (LEDGER.md section 8) --------------------------------------------------------


#: ``seq`` of ledger tables: the rowid itself on SQLite (INTEGER PRIMARY KEY: no separate key b-tree).
LEDGER_SEQ = BigInteger().with_variant(Integer(), "sqlite")


class LedgerEntry(Base):
    """A ledger entry. ``body`` is the truth; ``entry_hash``, ``kind`` and ``item`` are copies for indexing.

    ``prev``, ``at``, ``actor``, ``station`` and ``case_number`` are read from the body (they are not stored twice;
    ``prev`` and its UNIQUE index went in migration 0011: ``seq`` as primary key already forbids a fork, and the
    verifier checks the chain from the bodies).

    Indexes (migration 0011): ``kind`` (the entries of one kind, station-wide) and ``(item, kind)`` (one item's
    entries, of one kind or all). On SQLite every index ends with the rowid, which is ``seq``: ``(item, kind)``
    gives one item's entries of a kind in ``seq`` order without storing ``seq`` twice; a query on ``item`` alone in
    ``seq`` order sorts that item's entries (tests/ledger_db/test_query_plans.py).
    """

    __tablename__ = "ledger_entry"
    seq: Mapped[int] = mapped_column(LEDGER_SEQ, primary_key=True, autoincrement=False)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    entry_hash: Mapped[bytes] = mapped_column(LargeBinary)
    kind: Mapped[str] = mapped_column(String(64), index=True)
    item: Mapped[str | None] = mapped_column(String(48), nullable=True)
    __table_args__ = (Index("ix_ledger_entry_item_kind", "item", "kind"),)  # migration 0011

    def _body_member(self, name: str) -> Any:
        cache = self.__dict__.get("_parsed_body")
        if cache is None or cache[0] is not self.body:
            cache = (self.body, json.loads(self.body))
            self.__dict__["_parsed_body"] = cache
        return cache[1][name]

    @property
    def at(self) -> str:
        return self._body_member("at")

    @property
    def actor(self) -> str:
        return self._body_member("actor")

    @property
    def station(self) -> str:
        return self._body_member("station")

    @property
    def case_number(self) -> str | None:
        return self._body_member("case")


class LedgerSignature(Base):
    """Signatures beside their entry; clustered by (seq, signer) on SQLite (WITHOUT ROWID: no second b-tree)."""

    __tablename__ = "ledger_signature"
    seq: Mapped[int] = mapped_column(LEDGER_SEQ, ForeignKey("ledger_entry.seq"), primary_key=True,
                                     autoincrement=False)
    signer: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    __table_args__ = {"sqlite_with_rowid": False}


class LedgerCheckpoint(Base):
    __tablename__ = "ledger_checkpoint"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger, index=True)
    note: Mapped[str] = mapped_column(Text)
    station: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(24))


class LedgerHead(Base):
    """One row: the current size, root and Merkle frontier (updated with every append)."""

    __tablename__ = "ledger_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    root: Mapped[bytes] = mapped_column(LargeBinary)
    last_hash: Mapped[bytes] = mapped_column(LargeBinary)
    last_at: Mapped[str] = mapped_column(String(24))
    frontier: Mapped[bytes] = mapped_column(LargeBinary)


class LedgerNode(Base):
    """Hash of the perfect subtree at (level, index); stored for levels 4, 8, 12, ..."""

    __tablename__ = "ledger_node"
    level: Mapped[int] = mapped_column(Integer, primary_key=True)
    idx: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    hash: Mapped[bytes] = mapped_column(LargeBinary)


class LedgerRef(Base):
    """Projection: the seq of the entry recording each case, seizure, officer, location, certificate (``case:N``,
    ``seizure:D``, ``user:U``, ``location:C``, ``certificate:STATION``). Rebuildable from the ledger."""

    __tablename__ = "ledger_ref"
    ref: Mapped[str] = mapped_column(String(200), primary_key=True)
    seq: Mapped[int] = mapped_column(LEDGER_SEQ)


class StationState(Base):
    """Per-station memory: the last checkpoint this station signed or saw."""

    __tablename__ = "station_state"
    station: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_checkpoint: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_checkpoint_size: Mapped[int] = mapped_column(BigInteger, default=0)
    last_verified_at: Mapped[str | None] = mapped_column(String(24), nullable=True)
    last_verified_ok: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    last_verified_size: Mapped[int] = mapped_column(BigInteger, default=0)


class ActionKey(Base):
    """One row per write transaction on PostgreSQL, committed with it (custody.db.uow): after a connection lost
    while committing, whether the key is there says whether the action was saved. Rows older than a week go."""

    __tablename__ = "action_key"
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    done_at: Mapped[str] = mapped_column(String(24), index=True)


APPEND_ONLY_TABLES = ("ledger_entry", "ledger_signature", "ledger_checkpoint", "attachment")


class ExternalPerson(Base):
    """Projection: people outside the station (laboratory analysts, court clerks, owners, couriers), one row per
    ``person.registered`` entry (``data.ref``). Rebuildable from the ledger."""

    __tablename__ = "external_person"
    ref: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(40), default="")
    id_type: Mapped[str] = mapped_column(String(60), default="")
    id_number: Mapped[str] = mapped_column(String(60), default="")
    seq: Mapped[int] = mapped_column(LEDGER_SEQ)
    registered_by: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[str] = mapped_column(String(24))
