"""Two stations on one PostgreSQL database under the application role (``custody station join``, LEDGER.md 3.1.4).

The second workstation makes its own station key, an administrator authorises it in the ledger, each station signs
its ``@station`` entries and checkpoints with its own key, and the whole ledger (and a report of each station)
verifies with only the first station's key trusted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from custody.cli.common import CliState
from custody.cli.main import cli
from custody.db.engine import make_engine
from custody.db.models import LedgerEntry, LedgerSignature, Station, User
from custody.db.uow import unit_of_work
from custody.domain.enums import Category, Role
from custody.ledger.canonical import parse_canonical
from custody.ledger.note import verifier_key
from custody.ledger.signing import public_raw
from custody.services import auth, intake, ledger_admin, user_admin
from custody.services import custody as custody_svc
from custody.services import ledger as ledger_svc
from custody.services import reports as report_svc
from custody.services.context import AppContext
from custody.services.intake import NewCase, NewItem, NewSeizure
from custody.services.setup import initialize
from custody.services.users import NewUser
from custody.verifier import verify_pdf
from tests.conftest import ADMIN_PASSWORD, setup_request

pytestmark = pytest.mark.postgres

PASSWORD = "evidence passphrase 9"


@pytest.fixture
def first_station(role_db, tmp_path: Path):
    """Station DIL set up under the application role, with an officer and a custodian; its verifier key."""
    ctx = AppContext(engine=make_engine(role_db.app_url), data_dir=tmp_path / "dil")
    st = initialize(ctx, setup_request())
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    user_admin.add_user(ctx, admin, NewUser("joao", "João Conceição", "B-2", PASSWORD, (Role.OFFICER,)))
    user_admin.add_user(ctx, admin, NewUser("helene", "Hélène Lefèvre", "B-3", PASSWORD, (Role.CUSTODIAN,)))
    (tmp_path / "admin.pw").write_text(ADMIN_PASSWORD + "\n")
    (tmp_path / "joao.pw").write_text(PASSWORD + "\n")
    yield ctx, st.verifier_key
    ctx.engine.dispose()


def _join(role_db, tmp_path: Path, *extra: str, code: str = "NORTH", folder: str = "north", url: str | None = None):
    return CliRunner().invoke(cli, ["--data-dir", str(tmp_path / folder), "station", "join",
                                    "--db", url or role_db.app_url, "--station", code, *extra,
                                    "--as", "admin", "--password-file", str(tmp_path / "admin.pw")])


def _register(ctx: AppContext, case: str) -> str:
    joao = auth.login(ctx, "joao", PASSWORD)
    intake.open_case(ctx, joao, NewCase(case, "drug_trafficking"))
    z = intake.record_seizure(ctx, joao, NewSeizure(case, "2026-11-27 22:15", "Porto de Díli", "joao"))
    return intake.register_item(ctx, joao, NewItem(z.document_number, Category.OTHER, "Blue holdall")).item_id


def _station_signatures(ctx: AppContext) -> dict[str, set[str]]:
    """Station code -> key ids of the @station signatures on its entries."""
    out: dict[str, set[str]] = {}
    with unit_of_work(ctx.engine, read_only=True) as s:
        rows = s.execute(select(LedgerEntry.body, LedgerSignature.key_id).join(
            LedgerSignature, LedgerSignature.seq == LedgerEntry.seq).where(LedgerSignature.signer == "@station"))
        for body, kid in rows:
            out.setdefault(parse_canonical(bytes(body))["station"], set()).add(kid)
    return out


def test_two_stations_each_sign_with_their_own_key_and_verify_with_the_first_key_only(role_db, tmp_path,
                                                                                    first_station):
    dil, anchor = first_station
    res = _join(role_db, tmp_path, "--trust", anchor, "--evidence-room", "North annex")
    assert res.exit_code == 0, res.output
    assert "Station NORTH joined the log custody.local/DIL" in res.output
    # The workstation remembers the shared database (no password) and its station; its key stays in its folder.
    saved = json.loads((tmp_path / "north" / "workstation.json").read_text())
    assert saved == {"database": role_db.app_url, "station": "NORTH"}
    north = CliState(data=str(tmp_path / "north")).context()
    assert north.station().code == "NORTH" and north.station().evidence_room == "North annex"
    assert [p.name for p in (tmp_path / "north" / "keys").glob("station-*.pem")] == [
        f"station-{north.station().log_id}-NORTH.pem"]
    assert not list((tmp_path / "dil" / "keys").glob("station-*-NORTH.pem"))

    # Work at both stations: an item registered at NORTH, handed over at DIL; a checkpoint at each.
    item = _register(north, "NOR/2026/0001")
    joao = auth.login(dil, "joao", PASSWORD)
    custody_svc.transfer(dil, joao, [item], auth.unlock_signer(dil, "helene", PASSWORD), "To the vault")
    ledger_admin.checkpoint(north)
    ledger_admin.checkpoint(dil)

    # Each station's @station entries (key registration, configuration, certificate, checkpoints, sign-in
    # records) are signed by its own key, and only by it.
    keys = _station_signatures(dil)
    dil_key = dil.station_signer().key_id
    north_key = north.station_signer().key_id
    assert dil_key != north_key
    assert keys == {"DIL": {dil_key}, "NORTH": {north_key}}
    with unit_of_work(dil.engine, read_only=True) as s:
        joined = [parse_canonical(bytes(b)) for b in s.execute(select(LedgerEntry.body).where(
            LedgerEntry.kind == "station.key_registered").order_by(LedgerEntry.seq)).scalars()]
        assert [(e["station"], e["actor"], e["signers"]) for e in joined] == [
            ("DIL", "@station", ["@station"]), ("NORTH", "@station", ["@station", "admin"])]
        kinds = [parse_canonical(bytes(b))["kind"] for b in s.execute(select(LedgerEntry.body).where(
            LedgerEntry.item == item).order_by(LedgerEntry.seq)).scalars()]
        assert kinds == ["item.registered", "custody.transferred"]

        # The whole ledger verifies with only the first station's key trusted ...
        report = ledger_svc.verify_stored(s, trusted_keys=[anchor], workers=1)
        assert report.ok and report.trusted, report.failures[:3]
        # ... and not with only the second station's.
        report = ledger_svc.verify_stored(s, trusted_keys=[north.station().verifier_key], workers=1)
        assert not report.trusted
    # The same from a third workstation that holds no key at all (an auditor), through the command line.
    res = CliRunner().invoke(cli, ["--db", role_db.app_url, "--data-dir", str(tmp_path / "auditor"), "ledger",
                                   "verify", "--trust", anchor])
    assert res.exit_code == 0, res.output
    assert "Ledger intact" in res.output and "is trusted" in res.output
    # Each station verifies the ledger on its own (NORTH trusts the anchor it verified when it joined).
    assert ledger_admin.verify(north).ok and ledger_admin.verify(dil).ok

    # A report made at NORTH, signed by NORTH's certificate, checks with the first station's key alone.
    officer = auth.login(north, "joao", PASSWORD)
    pdf = report_svc.produce_item_report(north, officer, item).pdf
    outcome = verify_pdf(pdf, [anchor])
    assert outcome.exit_code == 0, outcome.failures
    assert verify_pdf(pdf, [north.station().verifier_key]).exit_code != 0
    north.engine.dispose()


def _nothing_written(ctx: AppContext, size: int, folder: Path) -> None:
    assert ledger_admin.total_entries(ctx) == size
    with unit_of_work(ctx.engine, read_only=True) as s:
        assert s.execute(select(Station.code)).scalars().all() == ["DIL"]
    assert not folder.exists() or not list((folder / "keys").glob("*.pem"))
    assert not (folder / "workstation.json").exists()


def test_a_join_is_refused_in_words_and_leaves_nothing_behind(role_db, tmp_path, first_station, sqlite_url,
                                                              monkeypatch):
    dil, anchor = first_station
    size = ledger_admin.total_entries(dil)
    folder = tmp_path / "north"
    # A key that is not the ledger's anchor (another agency's station, or a forged database); not a key at all.
    other = verifier_key("custody.local/DIL/DIL", public_raw(Ed25519PrivateKey.generate()))
    res = _join(role_db, tmp_path, "--trust", other)
    assert res.exit_code == 1 and "was not set up by the station whose key you gave" in res.output
    assert anchor in res.output and "Traceback" not in res.output
    res = _join(role_db, tmp_path, "--trust", anchor[:-5])
    assert res.exit_code == 1 and "This is not a station verifier key" in res.output
    _nothing_written(dil, size, folder)
    # An officer cannot authorise a station.
    res = CliRunner().invoke(cli, ["--data-dir", str(folder), "station", "join", "--db", role_db.app_url,
                                   "--station", "NORTH", "--trust", anchor, "--as", "joao",
                                   "--password-file", str(tmp_path / "joao.pw")])
    assert res.exit_code == 1 and "Only an administrator may register a new station" in res.output
    _nothing_written(dil, size, folder)
    # A wrong password counts towards the administrator's lockout.
    (tmp_path / "admin.pw").write_text("not the password\n")
    res = _join(role_db, tmp_path, "--trust", anchor)
    assert res.exit_code == 1 and "username or password is not correct" in res.output
    with unit_of_work(dil.engine, read_only=True) as s:
        assert s.execute(select(User.failed_logins).where(User.username == "admin")).scalar_one() == 1
    _nothing_written(dil, size, folder)
    (tmp_path / "admin.pw").write_text(ADMIN_PASSWORD + "\n")
    # A code that exists already; a code that is not one.
    res = _join(role_db, tmp_path, "--trust", anchor, code="DIL")
    assert res.exit_code == 1 and "Station DIL already exists" in res.output
    res = _join(role_db, tmp_path, "--trust", anchor, code="north annex")
    assert res.exit_code == 1 and "station code is 1 to 16 characters" in res.output
    # Without --trust and without a terminal to confirm the key on.
    res = _join(role_db, tmp_path)
    assert res.exit_code == 1 and "Give --trust" in res.output
    _nothing_written(dil, size, folder)
    # An SQLite file is one workstation's.
    res = _join(role_db, tmp_path, "--trust", anchor, url=sqlite_url, folder="laptop")
    assert res.exit_code == 1 and "Stations join a shared PostgreSQL database" in res.output
    # At a terminal, the key the database states is shown to compare; "no" changes nothing, "yes" joins.
    from custody.cli import station_cmd

    monkeypatch.setattr(station_cmd, "_interactive", lambda: True)
    res = CliRunner().invoke(cli, ["--data-dir", str(folder), "station", "join", "--db", role_db.app_url,
                                   "--station", "NORTH", "--as", "admin",
                                   "--password-file", str(tmp_path / "admin.pw")], input="n\n")
    assert res.exit_code == 1 and f"  {anchor}\n" in res.output and "the key was not confirmed" in res.output
    _nothing_written(dil, size, folder)
    res = CliRunner().invoke(cli, ["--data-dir", str(folder), "station", "join", "--db", role_db.app_url,
                                   "--station", "NORTH", "--as", "admin",
                                   "--password-file", str(tmp_path / "admin.pw")], input="y\n")
    assert res.exit_code == 0, res.output
    assert ledger_admin.verify(CliState(data=str(folder)).context()).ok
