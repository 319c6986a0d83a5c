"""A database-only attacker can forge nothing that verifies (LEDGER.md 3.1 and 5.1), on SQLite and PostgreSQL.

The attacker has write access to the database but no password and no private key except keys they make themselves
(and, for insider cases, one officer's own key). They write with Custody's own append code, its writer-side checks
switched off (they run their own copy of the program). Each forgery must fail ``custody ledger verify`` naming its
seq, and a report of the item must be refused (nothing recorded).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from dataclasses import dataclass

import pypdf
import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from custody.cli.main import cli
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.ledger.note import verifier_key
from custody.ledger.signing import key_id, public_raw
from custody.services import attachments, auth, intake, ledger_admin, user_admin
from custody.services import ledger as ledger_svc
from custody.services import reports as report_svc
from custody.services.ledger import STATION_ACTOR, NewEvent, Signer
from custody.services.trusted import LedgerFails
from custody.services.users import NewUser
from custody.verifier import verify_pdf
from tests.conftest import ADMIN_PASSWORD

PW = "officer password 1"
SERIAL = "GLK-778812"


@dataclass
class World:
    ctx: object
    admin: object
    jdoe: Signer
    asmith: Signer
    item: str
    case: str
    seizure: str
    photo_sha: str


def _photo_bytes() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def world(ctx) -> World:
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    user_admin.add_user(ctx, admin, NewUser("jdoe", "Иван Петров", "B-1002", PW, (Role.OFFICER, Role.CUSTODIAN)))
    user_admin.add_user(ctx, admin, NewUser("asmith", "Amina Said", "B-1003", PW, (Role.OFFICER,)))
    jdoe = auth.login(ctx, "jdoe", PW)
    intake.open_case(ctx, jdoe, intake.NewCase("DIL/2026/0101", "arms_trafficking", title="Port of Dili pistols"))
    seizure = intake.record_seizure(ctx, jdoe, intake.NewSeizure(
        "DIL/2026/0101", ctx.clock().strftime("%Y-%m-%d %H:%M"), "Port of Dili, berth 3", "jdoe"))
    item = intake.register_items(ctx, jdoe, [intake.NewItem(
        seizure.document_number, "firearm", "Black Glock 17 pistol with scratched slide",
        fields={"firearm_type": "pistol", "make": "Glock", "model": "17", "calibre": "9x19mm",
                "serial_number": SERIAL, "rendered_safe": False})])[0]
    photo = _photo_bytes()
    attachments.add_attachment(ctx, jdoe, item.item_id, "pistol.png", photo, "image/png")
    return World(ctx, admin, jdoe.signer, auth.unlock_signer(ctx, "asmith", PW), item.item_id, "DIL/2026/0101",
                 seizure.document_number, hashlib.sha256(photo).hexdigest())


# --- the attacker's tools ------------------------------------------------------------------------------------------


def fake_signer(username: str) -> Signer:
    """A key the attacker made, used in someone else's name."""
    key = Ed25519PrivateKey.generate()
    return Signer(username, key_id(public_raw(key)), key)


@pytest.fixture
def forge(monkeypatch):
    """``forge(ctx, events, actor=..., signers=[...], body_signers=None)``: Custody's own append with its writer-side
    checks switched off; ``body_signers`` overrides the signers written into the bodies."""
    monkeypatch.setattr(ledger_svc, "body_rule", lambda *a: None)
    monkeypatch.setattr(ledger_svc, "_check_keys_current", lambda *a: None)
    make_body = ledger_svc.make_body

    def run(ctx, events, *, actor, signers, body_signers=None) -> list[int]:
        if body_signers is not None:
            monkeypatch.setattr(ledger_svc, "make_body", lambda **kw: make_body(**{**kw, "signers": body_signers}))
        try:
            with unit_of_work(ctx.engine) as s:
                out = ledger_svc.append(s, events, station="DIL", actor=actor, signers=signers, clock=ctx.clock)
        finally:
            monkeypatch.setattr(ledger_svc, "make_body", make_body)
        ctx.clock.advance(seconds=5)
        return [a.seq for a in out]

    return run


def cli_verify(ctx) -> tuple[int, str]:
    url = ctx.engine.url.render_as_string(hide_password=False)
    res = CliRunner().invoke(cli, ["--db", url, "ledger", "verify"])
    return res.exit_code, res.output


def assert_caught(w: World, seq: int) -> None:
    """`custody ledger verify` fails naming ``seq``; a report of the item is refused and records nothing."""
    code, out = cli_verify(w.ctx)
    assert code == 1, out
    assert f"seq {seq}:" in out, out
    before = ledger_admin.total_entries(w.ctx)
    with pytest.raises(LedgerFails):
        report_svc.produce_item_report(w.ctx, auth.login(w.ctx, "jdoe", PW), w.item)
    assert ledger_admin.total_entries(w.ctx) == before + 1  # only the sign-in


def handover(w: World, to: str = "asmith") -> NewEvent:
    return NewEvent("custody.transferred", {"from": "jdoe", "to": to, "purpose": "forged"}, item=w.item,
                    case=w.case, signers=("jdoe", to))


# --- 1. forged entries ---------------------------------------------------------------------------------------------


def test_honest_ledger_verifies_and_reports(world):
    code, out = cli_verify(world.ctx)
    assert code == 0 and "trusted" in out, out
    res = report_svc.produce_item_report(world.ctx, auth.login(world.ctx, "jdoe", PW), world.item)
    assert verify_pdf(res.pdf, [world.ctx.station().verifier_key]).exit_code == 0


def test_unsigned_handover_written_as_the_station(world, forge):
    [seq] = forge(world.ctx, [NewEvent("custody.transferred", {"from": "jdoe", "to": "mallory"}, item=world.item,
                                       case=world.case)],
                  actor=STATION_ACTOR, signers=[fake_signer(STATION_ACTOR)])
    assert_caught(world, seq)


def test_handover_with_empty_signers(world, forge):
    [seq] = forge(world.ctx, [handover(world)], actor="jdoe", signers=[fake_signer("jdoe"), fake_signer("asmith")],
                  body_signers=[])
    assert_caught(world, seq)


def test_self_registered_keys_then_a_handover_signed_by_both(world, forge):
    mj, ma = fake_signer("jdoe"), fake_signer("asmith")
    seqs = []
    for s in (mj, ma):
        seqs += forge(world.ctx, [NewEvent("user.key_registered", {
            "username": s.username, "key_id": s.key_id,
            "public_key": base64.b64encode(public_raw(s.private_key)).decode()})], actor=s.username, signers=[s])
    forge(world.ctx, [handover(world)], actor="jdoe", signers=[mj, ma])
    assert_caught(world, seqs[0])


def test_officer_making_himself_administrator(world, forge):
    """An insider with his own valid key: a user.roles_changed he signs alone makes him nothing."""
    [seq] = forge(world.ctx, [NewEvent("user.roles_changed", {"username": "jdoe", "roles": ["admin", "officer"]})],
                  actor="jdoe", signers=[world.jdoe])
    assert_caught(world, seq)


def test_forged_user_created_administrator(world, forge):
    mallory = fake_signer("mallory")
    [seq] = forge(world.ctx, [NewEvent("user.created", {"username": "mallory", "full_name": "M", "roles": ["admin"]})],
                  actor="jdoe", signers=[world.jdoe])
    forge(world.ctx, [NewEvent("user.key_registered", {
        "username": "mallory", "key_id": mallory.key_id,
        "public_key": base64.b64encode(public_raw(mallory.private_key)).decode()})],
        actor="mallory", signers=[mallory])
    assert_caught(world, seq)


def test_second_station_key_signed_only_by_itself(world, forge):
    key = Ed25519PrivateKey.generate()
    name = f"{world.ctx.station().origin}/EVIL"
    [seq] = forge(world.ctx, [NewEvent("station.key_registered", {
        "station": "DIL", "key_name": name, "public_key": base64.b64encode(public_raw(key)).decode(),
        "verifier_key": verifier_key(name, public_raw(key))})],
        actor=STATION_ACTOR, signers=[Signer(STATION_ACTOR, key_id(public_raw(key)), key)])
    assert_caught(world, seq)


def test_station_entry_of_a_non_station_kind(world, forge):
    [seq] = forge(world.ctx, [NewEvent("seal.broken", {"seal_number": "S-1"}, item=world.item, case=world.case)],
                  actor=STATION_ACTOR, signers=[fake_signer(STATION_ACTOR)])
    assert_caught(world, seq)


# --- 2. edited tables never change what a report states ------------------------------------------------------------


def _tamper(ctx, sql: str, **params) -> None:
    with ctx.engine.begin() as conn:
        conn.execute(text(sql), params)


def _report_text(w: World) -> tuple[str, bytes]:
    res = report_svc.produce_item_report(w.ctx, auth.login(w.ctx, "jdoe", PW), w.item)
    out = verify_pdf(res.pdf, [w.ctx.station().verifier_key])
    assert out.exit_code == 0, out.failures
    reader = pypdf.PdfReader(io.BytesIO(res.pdf))
    return "\n".join(p.extract_text() for p in reader.pages), res.pdf


def test_edited_tables_do_not_change_the_report(world):
    w = world
    _tamper(w.ctx, "UPDATE item SET description = 'Empty cardboard box', fields_json = :f WHERE item_id = :i",
            f=json.dumps({"serial_number": "XX-000000", "make": "Toy"}), i=w.item)
    _tamper(w.ctx, "UPDATE seizure SET place = 'Nowhere at all' WHERE document_number = :d", d=w.seizure)
    _tamper(w.ctx, "UPDATE case_file SET title = 'Nothing to see', court_ref = 'FAKE-1' WHERE case_number = :c",
            c=w.case)
    _tamper(w.ctx, "UPDATE app_user SET full_name = 'Someone Else' WHERE username = 'jdoe'")
    report, _ = _report_text(w)
    flat = " ".join(report.split())
    assert "Black Glock 17 pistol with scratched slide" in flat
    assert SERIAL in flat and "Port of Dili, berth 3" in flat and "Иван Петров" in flat
    for forged in ("Empty cardboard box", "XX-000000", "Toy", "Nowhere at all", "FAKE-1", "Someone Else"):
        assert forged not in flat


def test_photo_whose_bytes_changed_is_reported_as_failed(world):
    w = world
    before, pdf_before = _report_text(w)
    assert "does not match the SHA-256" not in " ".join(before.split())
    from PIL import Image

    other = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 30, 200)).save(other, "PNG")
    with w.ctx.engine.begin() as conn:  # the attacker drops the append-only trigger first
        if conn.dialect.name == "sqlite":
            for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                                "AND tbl_name = 'attachment'").all():
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
        else:
            conn.exec_driver_sql("SET session_replication_role = replica")
        conn.execute(text("UPDATE attachment SET data = :d WHERE sha256 = :s"),
                     {"d": other.getvalue(), "s": w.photo_sha})
    after, pdf_after = _report_text(w)
    assert "does not match the SHA-256 the ledger recorded" in " ".join(after.split())
    assert _image_count(pdf_after) == _image_count(pdf_before) - 1  # the photo is not printed


def _image_count(pdf: bytes) -> int:
    return sum(len(page.images) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
