"""Producing a report: report.issued entries, checkpoint, embedded proof bundle, PAdES, offline check."""

from __future__ import annotations

import io
import json

import pypdf
import pytest

from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.services import auth, intake, ledger_admin, user_admin
from custody.services import ledger as ledger_svc
from custody.services import reports as report_svc
from custody.services.ledger import NewEvent
from custody.services.users import NewUser
from custody.verifier import verify_pdf

ARABIC = "محمد عبد الله"
CYRILLIC = "Иван Петров"
ACCENTED = "João Conceição"


def _seed(ctx, admin) -> tuple[str, str]:
    """A case, a seizure, two items (through the intake services) and a few custody events."""
    user_admin.add_user(ctx, admin, NewUser("ivan", CYRILLIC, "B-2", "ivan password 22", (Role.CUSTODIAN,)))
    user_admin.add_user(ctx, admin, NewUser("mohamed", ARABIC, "B-3", "mohamed password 33", (Role.OFFICER,)))
    user_admin.add_user(ctx, admin, NewUser("joao", ACCENTED, "B-4", "joao password 44", (Role.OFFICER,)))
    ivan = auth.login(ctx, "ivan", "ivan password 22")
    mohamed = auth.unlock_signer(ctx, "mohamed", "mohamed password 33")
    joao = auth.unlock_signer(ctx, "joao", "joao password 44")
    intake.open_case(ctx, ivan, intake.NewCase("DIL/2026/0042", "drug_trafficking"))
    seizure = intake.record_seizure(ctx, ivan, intake.NewSeizure(
        "DIL/2026/0042", ctx.clock().strftime("%Y-%m-%d %H:%M"), "Port of Dili, berth 3", "joao",
        witnesses=["Hélène Lefèvre"], legal_authority="Warrant 17/2026"))
    registered = intake.register_items(ctx, ivan, [
        intake.NewItem(seizure.document_number, "drug",
                       f'White powder, bag {n} <font color="red">X</font> <img src="/etc/passwd"/>',
                       fields={"suspected_substance": "Cocaine", "form": "powder", "package_count": 1,
                               "gross_weight_mg": "1.2 kg", "field_test": "no"})
        for n in (1, 2)])
    items = [it.item_id for it in registered]
    for i in items:
        with unit_of_work(ctx.engine) as s:
            ledger_svc.append(s, [NewEvent("custody.transferred", {"from": "ivan", "to": "mohamed", "purpose": "to lab",
                                                                   "seal_intact": True, "seal_number_seen": "S-1"},
                                           item=i, case="DIL/2026/0042", signers=("ivan", "mohamed"))],
                              station="DIL", actor="ivan", signers=[ivan.signer, mohamed])
            ledger_svc.append(s, [NewEvent("custody.transferred", {"from": "mohamed", "to": "joao", "purpose": "court"},
                                           item=i, case="DIL/2026/0042", signers=("joao", "mohamed"))],
                              station="DIL", actor="ivan", signers=[ivan.signer, mohamed, joao])
    return "DIL/2026/0042", items[0]


def test_case_report_is_complete_signed_and_verifiable(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    case_number, _ = _seed(ctx, admin)
    ivan = auth.login(ctx, "ivan", "ivan password 22")
    before = ledger_admin.total_entries(ctx)
    res = report_svc.produce_case_report(ctx, ivan, case_number)
    # one report.issued per item, then checkpoint.signed
    assert ledger_admin.total_entries(ctx) == before + len(res.item_ids) + 1
    reader = pypdf.PdfReader(io.BytesIO(res.pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert case_number in text
    for iid in res.item_ids:
        assert iid in text
    for name in (CYRILLIC, ACCENTED):
        assert name in text
    assert ARABIC in text  # as typed (logical order): see test_text_extraction.py
    assert '<font color="red">X</font>' in text  # markup printed literally
    assert "Handed over" in text and "Item registered" in text and "Report issued" in text
    bundle = json.loads(reader.attachments["custody-proof.json"][0])
    assert bundle["format"] == "custody-proof/v1"
    trusted = ctx.station().verifier_key
    outcome = verify_pdf(res.pdf, [trusted])
    assert outcome.ok, outcome
    assert ledger_admin.verify(ctx).ok


def test_a_changed_byte_is_rejected(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    _, item = _seed(ctx, admin)
    ivan = auth.login(ctx, "ivan", "ivan password 22")
    res = report_svc.produce_item_report(ctx, ivan, item)
    trusted = ctx.station().verifier_key
    assert verify_pdf(res.pdf, [trusted]).ok
    bad = bytearray(res.pdf)
    bad[len(bad) // 3] ^= 0x20
    assert not verify_pdf(bytes(bad), [trusted]).ok


def test_unknown_item_is_a_clear_error_and_writes_nothing(sqlite_ctx):
    from custody.domain.errors import NotFound

    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    user_admin.add_user(ctx, admin, NewUser("ivan", CYRILLIC, "B-2", "ivan password 22", (Role.CUSTODIAN,)))
    ivan = auth.login(ctx, "ivan", "ivan password 22")
    before = ledger_admin.total_entries(ctx)
    with pytest.raises(NotFound):
        report_svc.produce_item_report(ctx, ivan, "UN-DIL-26-999999-Z")
    assert ledger_admin.total_entries(ctx) == before
