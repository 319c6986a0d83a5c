"""Helpers for the custody workflow tests.

Items and locations are inserted directly (rows + an ``item.registered`` ledger entry), so these tests do not
depend on the intake and location services.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select

from custody.db.models import Case, Item, ItemState, LedgerEntry, LedgerSignature, Location, Seizure, User
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.ids import make_item_id, make_location_code
from custody.ledger.canonical import parse_canonical
from custody.ledger.entry import format_time
from custody.services import ledger as ledger_svc
from custody.services import ledger_admin
from custody.services.auth import AuthSession, login, unlock_signer
from custody.services.intake.items import _index_item, search_body
from custody.services.ledger import NewEvent, Signer


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from custody.security import passwords

    cheap = passwords.HashParams(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(passwords, "HASH_PARAMS", cheap)


ROLES = {
    "olga": (Role.OFFICER,),
    "oscar": (Role.OFFICER,),
    "otto": (Role.OFFICER,),
    "cora": (Role.CUSTODIAN,),
    "carl": (Role.CUSTODIAN,),
    "sven": (Role.SUPERVISOR,),
    "sara": (Role.SUPERVISOR,),
    "wanda": (Role.OFFICER,),
    "wes": (Role.OFFICER,),
    "audrey": (Role.AUDITOR,),
}


def password(username: str) -> str:
    return f"{username} evidence passphrase 7"


class Flow:
    """A small world: officers (created on first use), locations and items."""

    def __init__(self, ctx, admin: AuthSession) -> None:
        self.ctx = ctx
        self.admin = admin
        self._sessions: dict[str, AuthSession] = {}
        self._n_items = 0
        self._n_locations = 0
        self._n_seizures = 0

    # -- people ------------------------------------------------------------------------------------------
    def user(self, username: str) -> AuthSession:
        if username not in self._sessions:
            from custody.services import user_admin
            from custody.services.users import NewUser

            badge = f"B-{len(self._sessions) + 100}"
            user_admin.add_user(
                self.ctx, self.admin,
                NewUser(username, username.title() + " Example", badge, password(username), ROLES[username]),
            )
            self._sessions[username] = login(self.ctx, username, password(username))
        return self._sessions[username]

    def signer(self, username: str) -> Signer:
        self.user(username)
        return unlock_signer(self.ctx, username, password(username))

    # -- locations and items -----------------------------------------------------------------------------
    def location(self, name: str = "Shelf", kind: str = "shelf", parent: str | None = None,
                 active: bool = True) -> str:
        self._n_locations += 1
        code = make_location_code(self._n_locations)
        with unit_of_work(self.ctx.engine) as s:
            parent_id = None
            if parent:
                parent_id = s.execute(select(Location.id).where(Location.code == parent)).scalar_one()
            s.add(Location(code=code, name=name, kind=kind, parent_id=parent_id, active=active))
        return code

    def item(self, holder: AuthSession, *, seal: str | None = None, gross: int | None = None,
             net: int | None = None, case: str = "CASE-1", description: str = "White powder in a bag") -> str:
        self._n_items += 1
        self._n_seizures += 1
        item_id = make_item_id("UN-DIL", 26, self._n_items)
        now = format_time(self.ctx.clock())
        fields: dict[str, Any] = {}
        if gross is not None:
            fields["gross_weight_mg"] = gross
        if net is not None:
            fields["net_weight_mg"] = net
        station = self.ctx.station().code
        with unit_of_work(self.ctx.engine) as s:
            case_row = s.execute(select(Case).where(Case.case_number == case)).scalar_one_or_none()
            if case_row is None:
                case_row = Case(case_number=case, offence_type="drug_trafficking", opened_at=now,
                                opened_by=holder.username)
                s.add(case_row)
                s.flush()
            seizure = Seizure(document_number=f"2026-{self._n_seizures:06d}", case_id=case_row.id,
                              occurred_at=now, place="Checkpoint 3", seizing_officer=holder.username,
                              recorded_at=now)
            s.add(seizure)
            s.flush()
            row = Item(item_id=item_id, seizure_id=seizure.id, item_number=1, category="drug",
                       description=description, sealed=seal is not None, seal_number=seal or "",
                       fields_json=json.dumps(fields, sort_keys=True), registered_at=now)
            s.add(row)
            s.flush()
            # the search index, as intake writes it (``ledger rebuild`` re-derives it and checks it)
            officer_name = s.execute(select(User.full_name).where(User.username == holder.username)).scalar() or ""
            _index_item(s, row.id, item_id, search_body(
                item_id=item_id, category="drug", description=description, case_number=case,
                case_title=case_row.title, seizure=seizure.document_number, seal_number=seal or "", fields=fields,
                officer=holder.username, officer_name=officer_name, parent_id=None, place="Checkpoint 3"))
            ledger_svc.append(
                s,
                [NewEvent("item.registered", data={"category": "drug", "description": description,
                                                    "fields": fields, "seal_number": seal},
                          item=item_id, case=case)],
                station=station, actor=holder.username, signers=[holder.signer], clock=self.ctx.clock,
            )
        return item_id

    # -- looking at the ledger ---------------------------------------------------------------------------
    def count(self) -> int:
        with unit_of_work(self.ctx.engine, read_only=True) as s:
            return s.execute(select(func.count()).select_from(LedgerEntry)).scalar_one()

    def bodies(self, after: int = 0) -> list[dict[str, Any]]:
        with unit_of_work(self.ctx.engine, read_only=True) as s:
            q = select(LedgerEntry.body).where(LedgerEntry.seq > after).order_by(LedgerEntry.seq)
            return [parse_canonical(bytes(b)) for b in s.execute(q).scalars()]

    def body(self, seq: int) -> dict[str, Any]:
        return self.bodies(seq - 1)[0]

    def signatures(self, seq: int) -> list[str]:
        with unit_of_work(self.ctx.engine, read_only=True) as s:
            q = select(LedgerSignature.signer).where(LedgerSignature.seq == seq)
            return sorted(s.execute(q).scalars())

    def state(self, item_id: str) -> tuple[str, str | None, str | None]:
        with unit_of_work(self.ctx.engine, read_only=True) as s:
            st = s.get(ItemState, item_id)
            return (st.status, st.custodian, st.location_code)

    def assert_consistent(self) -> None:
        result = ledger_admin.verify(self.ctx)
        assert result.ok, result.failures
        assert ledger_admin.rebuild(self.ctx) == []


@pytest.fixture
def flow(ctx, admin_session) -> Flow:
    return Flow(ctx, admin_session)


@pytest.fixture
def sqlite_flow(sqlite_ctx) -> Flow:
    from tests.conftest import ADMIN_PASSWORD

    return Flow(sqlite_ctx, login(sqlite_ctx, "admin", ADMIN_PASSWORD))
