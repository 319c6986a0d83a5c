"""Two stations that share nothing: separate data folders and databases (A on SQLite; B on SQLite and, when
CUSTODY_TEST_POSTGRES_URL is set, on PostgreSQL). One clock moves forward for both."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image

from custody.domain.enums import Role
from custody.services import auth, intake, user_admin
from custody.services.attachments import add_attachment
from custody.services.users import NewUser
from tests.conftest import ADMIN_PASSWORD, make_context, setup_request


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from custody.security import passwords

    monkeypatch.setattr(passwords, "HASH_PARAMS", passwords.HashParams(time_cost=1, memory_cost=1024, parallelism=1))


def pw(username: str) -> str:
    return f"{username} evidence passphrase 7"


@dataclass
class Station:
    ctx: object
    clock: object
    sessions: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.ctx.station().verifier_key

    def admin(self):
        return auth.login(self.ctx, "admin", ADMIN_PASSWORD)

    def user(self, name: str, roles=(Role.CUSTODIAN,), full_name: str | None = None):
        if name not in self.sessions:
            user_admin.add_user(self.ctx, self.admin(), NewUser(name, full_name or name.title() + " Example",
                                                                f"B-{len(self.sessions) + 10}", pw(name), tuple(roles)))
            self.sessions[name] = auth.login(self.ctx, name, pw(name))
        self.clock.advance(minutes=1)
        return self.sessions[name]

    def signer(self, name: str):
        self.user(name)
        return auth.unlock_signer(self.ctx, name, pw(name))

    def db_hash(self) -> str:
        """Everything the station's database holds, hashed (to show that a refusal wrote nothing)."""
        import hashlib

        from sqlalchemy import MetaData, select

        from custody.db.uow import unit_of_work

        h = hashlib.sha256()
        md = MetaData()
        md.reflect(self.ctx.engine)
        with unit_of_work(self.ctx.engine, read_only=True) as s:
            for name in sorted(md.tables):
                t = md.tables[name]
                rows = s.execute(select(t)).all()
                for r in sorted(repr(tuple(r)) for r in rows):
                    h.update(name.encode() + r.encode())
        return h.hexdigest()


def _station(url: str, data: Path, clock, **over) -> Station:
    from custody.services.setup import initialize

    ctx = make_context(url, data, clock)
    initialize(ctx, setup_request(**over))
    return Station(ctx, clock)


def photo_png(color=(200, 30, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buf, format="PNG")
    return buf.getvalue()


def seed_items(a: Station, n: int = 3) -> list[str]:
    """A case, a seizure and ``n`` items at station A, each with a photo; held by officer 'cora'."""
    cora = a.user("cora")
    intake.open_case(a.ctx, cora, intake.NewCase("DIL/2026/0042", "drug_trafficking"))
    seizure = intake.record_seizure(a.ctx, cora, intake.NewSeizure(
        "DIL/2026/0042", a.clock().strftime("%Y-%m-%d %H:%M"), "Port of Dili, berth 3", "cora",
        legal_authority="Warrant 17/2026"))
    items = [it.item_id for it in intake.register_items(a.ctx, cora, [
        intake.NewItem(seizure.document_number, "drug", f"White powder, bag {k}",
                       fields={"suspected_substance": "Cocaine", "form": "powder", "package_count": 1,
                               "gross_weight_mg": "1.2 kg", "field_test": "no"}) for k in range(1, n + 1)])]
    for k, item in enumerate(items):
        a.clock.advance(minutes=1)
        add_attachment(a.ctx, cora, item, f"bag{k}.png", photo_png((50 * k, 100, 30)), "image/png")
    return items


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def stations(request, tmp_path: Path, clock):
    """(A, B): A is a district station on SQLite, B the national laboratory on SQLite or PostgreSQL."""
    a = _station("sqlite:///" + str(tmp_path / "a.sqlite3"), tmp_path / "a-data", clock)
    b_url = "sqlite:///" + str(tmp_path / "b.sqlite3") if request.param == "sqlite" else \
        request.getfixturevalue("pg_url")
    b = _station(b_url, tmp_path / "b-data", clock, station_code="LAB", item_prefix="NFL",
                 agency="National Forensic Laboratory", evidence_room="Laboratory intake")
    yield a, b
    a.ctx.engine.dispose()
    b.ctx.engine.dispose()
