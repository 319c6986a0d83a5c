"""Text a machine can quote (issue 13, acceptance 3).

A case handled by officers with Arabic, Cyrillic and accented Latin names, with an Arabic place, an Arabic and
a mixed Arabic/Latin description and a person named in Arabic: three independent extractors (poppler's
pdftotext, pypdf, pdfminer.six) must each return every name and phrase exactly as it was typed (logical
order). pdftotext wraps right-to-left text in invisible direction marks (U+202B ... U+202C, and the U+200E the
report puts after each right-to-left stretch); those are removed before comparing, nothing else is.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import unicodedata
from pathlib import Path

import pypdf
import pytest
from pdfminer.high_level import extract_text as pdfminer_text

from custody.domain.enums import LocationKind, Role
from custody.services import auth, intake, user_admin
from custody.services import custody as custody_svc
from custody.services import reports as report_svc
from custody.services.locations import create_location
from custody.services.users import NewUser
from custody.verifier import verify_pdf
from tests.conftest import ADMIN_PASSWORD

PW = "officer password 1"
OFFICERS = {
    "mohammed": ("محمد عبد الله", "B-1004", (Role.CUSTODIAN,)),
    "layla": ("ليلى الحسن", "B-1008", (Role.CUSTODIAN,)),
    "sergei": ("Сергей Иванов", "B-1011", (Role.SUPERVISOR,)),
    "jose": ("José Ramírez-Núñez", "B-1012", (Role.OFFICER,)),
    "zoe": ("Zoë Ångström", "B-1013", (Role.OFFICER,)),
}
PLACE = "سوق دلي المركزي"
DESCRIPTION = "كيس أبيض مختوم"
MIXED = "هاتف Samsung Galaxy A52 (IMEI 356938035643809) في حقيبة"
PERSON = "عائشة بنت أحمد"
# every name and phrase as stored, and the forms in which the report prints some of them
EXPECTED = [name for name, _b, _r in OFFICERS.values()] + [
    "محمد عبد الله (B-1004)", "ليلى الحسن (B-1008)", PLACE, DESCRIPTION, MIXED, PERSON]

_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def _clean(text: str) -> str:
    """NFC, direction marks removed, runs of white space (line ends of wrapped cells) as one space."""
    text = unicodedata.normalize("NFC", text).translate(_DIRECTION_MARKS)
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def report(sqlite_ctx) -> bytes:
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    for user, (name, badge, roles) in OFFICERS.items():
        user_admin.add_user(ctx, admin, NewUser(user, name, badge, PW, roles, rank="Sergeant"))
    mohammed = auth.login(ctx, "mohammed", PW)
    sergei = auth.login(ctx, "sergei", PW)
    safe = create_location(ctx, sergei, "Drug safe", LocationKind.DRUG_SAFE)
    intake.open_case(ctx, mohammed, intake.NewCase("DIL/2026/0314", "drug_trafficking"))
    seizure = intake.record_seizure(ctx, mohammed, intake.NewSeizure(
        "DIL/2026/0314", ctx.clock().strftime("%Y-%m-%d %H:%M"), PLACE, "mohammed",
        witnesses=("José Ramírez-Núñez", "Zoë Ångström"), received_from=PERSON))
    bag, phone = intake.register_items(ctx, mohammed, [
        intake.NewItem(seizure.document_number, "drug", DESCRIPTION, sealed=True, seal_number="S-0314",
                       fields={"suspected_substance": "Cocaine", "form": "powder", "package_count": 1,
                               "gross_weight_mg": "1.2 kg", "field_test": "no"}),
        intake.NewItem(seizure.document_number, "other", MIXED),
    ])
    custody_svc.transfer(ctx, mohammed, [phone.item_id], auth.unlock_signer(ctx, "layla", PW), "Photographs")
    custody_svc.transfer(ctx, mohammed, [bag.item_id], auth.unlock_signer(ctx, "sergei", PW), "Storage",
                         seal_checks={bag.item_id: custody_svc.SealCheck(True, "S-0314")})
    custody_svc.check_in(ctx, sergei, safe.code, [bag.item_id])
    layla = auth.login(ctx, "layla", PW)
    custody_svc.check_in(ctx, layla, safe.code, [phone.item_id])
    res = report_svc.produce_case_report(ctx, layla, "DIL/2026/0314")
    assert verify_pdf(res.pdf, [ctx.station().verifier_key]).exit_code == 0
    if os.environ.get("CUSTODY_KEEP_REPORT"):  # to render the pages and look at them
        Path(os.environ["CUSTODY_KEEP_REPORT"]).write_bytes(res.pdf)
    return res.pdf


def _pdftotext(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_pdftotext_returns_every_name_as_typed(report, tmp_path):
    text = _clean(_pdftotext(report, tmp_path))
    missing = [n for n in EXPECTED if n not in text]
    assert not missing, missing


def test_pypdf_returns_every_name_as_typed(report):
    text = _clean(" ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(report)).pages))
    missing = [n for n in EXPECTED if n not in text]
    assert not missing, missing


def test_pdfminer_returns_every_name_as_typed(report):
    text = _clean(pdfminer_text(io.BytesIO(report)))
    missing = [n for n in EXPECTED if n not in text]
    assert not missing, missing


def test_no_reversed_arabic_in_any_extractor(report, tmp_path):
    """The old failure, checked directly: no extractor sees a name with its letters or words reversed."""
    texts = [_clean(_pdftotext(report, tmp_path)),
             _clean(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(report)).pages)),
             _clean(pdfminer_text(io.BytesIO(report)))]
    for name in ("محمد عبد الله", "ليلى الحسن", PLACE):
        for text in texts:
            assert name[::-1] not in text
            assert " ".join(reversed(name.split())) not in text
