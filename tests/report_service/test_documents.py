"""The other documents, produced by services from real data: case inventory, disposal and release certificates,
laboratory submission form, audit discrepancy report. Each is signed by the station (PAdES), embeds its fonts,
says what a court needs, and is recorded as one ``export.report`` entry with the SHA-256 of the PDF."""

from __future__ import annotations

import hashlib
import io
import os
import re
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from custody.db.models import LedgerEntry, Station
from custody.db.uow import unit_of_work
from custody.domain.enums import Category, DisposalMethod, Role
from custody.domain.errors import Conflict, NotFound, PermissionDenied
from custody.ledger.canonical import parse_canonical
from custody.services import custody, disposal, documents, inventory, ledger_admin, locations, user_admin
from custody.services import reports as report_svc
from custody.services.auth import AuthSession, login, unlock_signer
from custody.services.disposal import IdentityDocument
from custody.services.intake import NewCase, NewItem, NewSeizure, open_case, record_seizure, register_items
from custody.services.users import NewUser
from custody.verifier import verify_pdf
from tests.conftest import ADMIN_PASSWORD

CASE = "DIL/2026/0042"
PEOPLE = {
    "cora": ("Cora Lima", (Role.CUSTODIAN,)),
    "sven": ("Sven Berg", (Role.SUPERVISOR,)),
    "ivan": ("Иван Петров", (Role.OFFICER,)),
    "joao": ("João Conceição", (Role.OFFICER,)),
    "audrey": ("Audrey Martin", (Role.AUDITOR,)),
    "nadia": ("Nadia Admin", (Role.ADMIN,)),
}
OWNER = "Ана Смирнова"
LAB = "Laboratório Nacional de Polícia Científica"
LAB_NUMBER = "LPC-2026/0815"


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from custody.security import passwords

    monkeypatch.setattr(passwords, "HASH_PARAMS", passwords.HashParams(time_cost=1, memory_cost=1024, parallelism=1))


def password(username: str) -> str:
    return f"{username} evidence passphrase 7"


class World:
    """Officers, one case with four items, a shelf; everything through the services."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.admin = login(ctx, "admin", ADMIN_PASSWORD)
        self.sessions: dict[str, AuthSession] = {}

    def user(self, name: str) -> AuthSession:
        if name not in self.sessions:
            full, roles = PEOPLE[name]
            user_admin.add_user(self.ctx, self.admin, NewUser(name, full, f"B-{len(self.sessions) + 10}",
                                                              password(name), roles))
            self.sessions[name] = login(self.ctx, name, password(name))
        return self.sessions[name]

    def signer(self, name: str):
        self.user(name)
        return unlock_signer(self.ctx, name, password(name))

    def size(self) -> int:
        return ledger_admin.total_entries(self.ctx)

    def last(self) -> dict:
        with unit_of_work(self.ctx.engine, read_only=True) as s:
            body = s.execute(select(LedgerEntry.body).order_by(LedgerEntry.seq.desc()).limit(1)).scalar_one()
            return parse_canonical(bytes(body))


@pytest.fixture
def world(sqlite_ctx) -> World:
    return World(sqlite_ctx)


@pytest.fixture
def items(world) -> dict[str, str]:
    """drug (sealed, weighed) and phone sent to the lab together; a drug destroyed; a phone released."""
    ctx, cora = world.ctx, world.user("cora")
    open_case(ctx, cora, NewCase(CASE, "drug_trafficking", "Operation Tide"))
    z = record_seizure(ctx, cora, NewSeizure(CASE, "2026-11-27 22:15", "Port of Dili, quay 4", "cora",
                                             witnesses=("Hélène Lefèvre",)))
    drug = {"suspected_substance": "Cocaine", "form": "powder", "package_count": 1, "gross_weight_mg": "12.5 g",
            "net_weight_mg": "10 g", "field_test": "no"}
    reqs = [
        NewItem(z.document_number, Category.DRUG, "White powder in a clear bag, taped", sealed=True,
                seal_number="S-100", fields=drug),
        NewItem(z.document_number, Category.ELECTRONIC, "Black phone, cracked screen",
                fields={"device_type": "phone", "make": "Nokia", "model": "3310"}),
        NewItem(z.document_number, Category.DRUG, "Brown resin block", fields={**drug, "form": "resin"}),
        NewItem(z.document_number, Category.ELECTRONIC, "Silver phone, blue case",
                fields={"device_type": "phone", "make": "Samsung", "model": "A52"}),
    ]
    ids = [dto.item_id for dto in register_items(ctx, cora, reqs)]
    shelf = locations.create_location(ctx, world.user("sven"), "Shelf A", "shelf").code
    custody.check_in(ctx, cora, shelf, ids)
    custody.record_weight(ctx, cora, ids[0], gross_weight_mg=12_480, net_weight_mg=9_990)
    custody.lab_submit(ctx, cora, ids[:2], LAB, "Identify the substance and its purity; extract the phone.",
                       LAB_NUMBER)
    disposal.authorize_disposal(ctx, world.user("sven"), [ids[2]], DisposalMethod.DESTRUCTION,
                                "District court of Dili", "CO-2026-881")
    disposal.complete_disposal(ctx, cora, ids[2], [world.signer("ivan"), world.signer("joao")],
                               "Incinerated, furnace 2", place="Municipal plant, Tibar")
    disposal.release_to_owner(ctx, cora, ids[3], OWNER, IdentityDocument("passport", "P1234567"),
                              "Prosecutor's release order PR-9")
    return {"lab": ids[0], "lab2": ids[1], "destroyed": ids[2], "released": ids[3], "shelf": shelf,
            "seizure": z.document_number}


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in reader.pages))


def assert_fonts_embedded(pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            font = fonts[key].get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, f"{font['/BaseFont']} has no descriptor (base-14 font?)"
            assert "/FontFile2" in descriptor.get_object(), f"{font['/BaseFont']} is not embedded"
            seen += 1
    assert seen and b"Helvetica" not in pdf


def assert_signed_by_station(ctx, pdf: bytes) -> None:
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    with unit_of_work(ctx.engine, read_only=True) as s:
        cert_pem = s.get(Station, ctx.station().code).cert_pem.encode()
    [cert] = load_certs_from_pemder_data(cert_pem)
    [sig] = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=[cert], allow_fetching=False))
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE


def assert_recorded(world: World, before: int, pdf: bytes, report: str, *, item=None, case=None) -> dict:
    assert world.size() == before + 1  # exactly one entry, and nothing else
    last = world.last()
    assert last["kind"] == "export.report" and last["actor"] in world.sessions
    assert last["data"]["report"] == report
    assert last["data"]["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert last["data"]["size"] == len(pdf)
    assert last["item"] == item and last["case"] == case
    return last


def shoot(pdf: bytes, name: str) -> None:
    """First page as PNG for a person to look at (CUSTODY_SHOTS=1), never in a normal run."""
    if os.environ.get("CUSTODY_SHOTS"):
        import pypdfium2

        doc = pypdfium2.PdfDocument(pdf)
        doc[0].render(scale=1.6).to_pil().save(Path("/tmp") / f"doc-{name}.png")


def test_case_inventory_lists_every_item_where_it_is(world, items):
    ctx, cora = world.ctx, world.user("cora")
    before = world.size()
    pdf = documents.case_inventory_report(ctx, cora, CASE)
    shoot(pdf, "case-inventory")
    assert_recorded(world, before, pdf, "case_inventory", case=CASE)
    text = text_of(pdf)
    assert CASE in text and "Case inventory" in text
    for key in ("lab", "lab2", "destroyed", "released"):
        assert items[key] in text
    for words in ("White powder in a clear bag", "Sealed S-100", "At the laboratory", LAB, LAB_NUMBER,
                  "Disposed of", "Released to owner", "Disposal carried out", "Items: 4"):
        assert words in text, words
    assert_fonts_embedded(pdf)
    assert_signed_by_station(ctx, pdf)


def test_disposal_certificate_names_authority_order_witnesses_and_who_did_it(world, items):
    ctx, cora = world.ctx, world.user("cora")
    before = world.size()
    pdf = documents.disposal_certificate(ctx, cora, items["destroyed"].lower())
    shoot(pdf, "disposal-certificate")
    last = assert_recorded(world, before, pdf, "disposal_certificate", item=items["destroyed"], case=CASE)
    text = text_of(pdf)
    for words in ("Certificate of disposal", items["destroyed"], CASE, "Destruction", "District court of Dili",
                  "CO-2026-881", "Sven Berg", "Incinerated, furnace 2", "Municipal plant, Tibar", "Cora Lima",
                  "Иван Петров", "João Conceição", last["data"]["reference"]):
        assert words in text, words
    assert_fonts_embedded(pdf)
    assert_signed_by_station(ctx, pdf)
    # the item's own history shows the certificate, and its custody report still proves itself
    report = report_svc.produce_item_report(ctx, cora, items["destroyed"])
    assert verify_pdf(report.pdf, [ctx.station().verifier_key]).ok
    assert "Report exported" in text_of(report.pdf)


def test_release_certificate_names_the_owner_and_identity_document(world, items):
    ctx, audrey = world.ctx, world.user("audrey")
    before = world.size()
    pdf = documents.disposal_certificate(ctx, audrey, items["released"])
    shoot(pdf, "release-certificate")
    assert_recorded(world, before, pdf, "disposal_certificate", item=items["released"], case=CASE)
    text = text_of(pdf)
    for words in ("Certificate of release to the owner", OWNER, "passport P1234567", "Return to owner",
                  "Prosecutor's release order PR-9", "Cora Lima", items["released"]):
        assert words in text, words
    assert_fonts_embedded(pdf)
    assert_signed_by_station(ctx, pdf)


def test_lab_submission_form_lists_the_basket_weights_seal_and_sender(world, items):
    ctx, cora = world.ctx, world.user("cora")
    before = world.size()
    pdf = documents.lab_submission_form(ctx, cora, items["lab2"])
    shoot(pdf, "lab-submission")
    last = assert_recorded(world, before, pdf, "lab_submission", item=items["lab2"], case=CASE)
    assert last["data"]["items"] == [items["lab"], items["lab2"]]
    text = text_of(pdf)
    for words in ("Laboratory submission form", LAB, LAB_NUMBER, "Identify the substance and its purity",
                  items["lab"], items["lab2"], "Sealed S-100", "12.48 g", "9.99 g", "Cora Lima", CASE):
        assert words in text, words
    assert_fonts_embedded(pdf)
    assert_signed_by_station(ctx, pdf)


def test_the_wrong_kind_of_item_is_refused_in_words_and_nothing_is_written(world, items):
    ctx, cora, nadia = world.ctx, world.user("cora"), world.user("nadia")
    before = world.size()
    with pytest.raises(Conflict) as err:
        documents.disposal_certificate(ctx, cora, items["lab"])
    assert items["lab"] in err.value.message and "neither disposed of nor released" in err.value.message
    with pytest.raises(Conflict) as err:
        documents.lab_submission_form(ctx, cora, items["destroyed"])
    assert "never sent to a laboratory" in err.value.message
    with pytest.raises(NotFound):
        documents.case_inventory_report(ctx, cora, "NO/SUCH/CASE")
    with pytest.raises(NotFound):
        documents.disposal_certificate(ctx, cora, "UN-DIL-26-999999-9")
    with pytest.raises(NotFound):
        documents.audit_discrepancy_report(ctx, cora, "no-such-audit")
    assert world.size() == before
    with pytest.raises(PermissionDenied):  # the denial itself is recorded, as every denial is
        documents.case_inventory_report(ctx, nadia, CASE)
    assert world.size() == before + 1 and world.last()["kind"] != "export.report"
    result = ledger_admin.verify(ctx)
    assert result.ok, result.failures


def test_audit_discrepancy_report_from_the_result_or_the_audit_id(world, items):
    ctx, cora, audrey = world.ctx, world.user("cora"), world.user("audrey")
    spare, forgotten = [dto.item_id for dto in register_items(ctx, cora, [
        NewItem(items["seizure"], Category.OTHER, "Red suitcase, Иван written on the tag"),
        NewItem(items["seizure"], Category.OTHER, "Green rucksack")])]
    bin9 = locations.create_location(ctx, world.user("sven"), "Bin 9", "bin").code
    custody.check_in(ctx, cora, bin9, [spare])
    custody.check_in(ctx, cora, items["shelf"], [forgotten])
    audit = inventory.start_audit(ctx, audrey, items["shelf"])
    assert list(audit.expected) == [forgotten]
    inventory.audit_scan(audit, spare, ctx)  # recorded in Bin 9: misplaced
    inventory.audit_scan(audit, items["lab"], ctx)  # at the laboratory: unexpected
    result = inventory.finish_audit(ctx, audrey, audit, "quarterly check")
    assert result.misplaced and result.unexpected and result.missing
    assert result.misplaced and result.unexpected
    before = world.size()
    pdf = documents.audit_discrepancy_report(ctx, audrey, result)
    shoot(pdf, "audit")
    last = assert_recorded(world, before, pdf, "audit_discrepancies")
    assert last["data"]["audit_id"] == result.audit_id
    text = text_of(pdf)
    for words in (result.audit_id, spare, items["lab"], forgotten, "Red suitcase, Иван written on the tag",
                  "Green rucksack", "Bin 9", "At the laboratory", "Audrey Martin", "Shelf A", "Missing (expected, not found) (1)",
                  "Unexpected (found, not expected) (1)", "Misplaced (found in the wrong place) (1)",
                  "Remarks", "quarterly check"):  # the auditor's remarks are printed
        assert words in text, words
    assert_fonts_embedded(pdf)
    assert_signed_by_station(ctx, pdf)
    again = documents.audit_discrepancy_report(ctx, cora, result.audit_id)
    assert world.size() == before + 2
    assert text_of(again).replace("Cora Lima", "Audrey Martin").count(spare) == text.count(spare)
    result = ledger_admin.verify(ctx)
    assert result.ok, result.failures
    assert ledger_admin.rebuild(ctx) == []
