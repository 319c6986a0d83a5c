"""Issue 15, acceptance 2: a laboratory trip and a court trip name the outside people who received and released
the item; they appear in the ledger, on the item page and in the custody report (SQLite and PostgreSQL)."""

from __future__ import annotations

import io

import pypdf
import pytest
from sqlalchemy import select

from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.enums import Category
from custody.domain.errors import FormErrors, NotFound
from custody.ledger.canonical import parse_canonical
from custody.services import custody, ledger_admin, people
from custody.services import reports as report_svc
from custody.services.intake import get_item, register_item

from .conftest import new_item


def _entries(ctx, item_id: str) -> list[dict]:
    with unit_of_work(ctx.engine, read_only=True) as s:
        rows = s.execute(select(LedgerEntry.body).where(LedgerEntry.item == item_id).order_by(LedgerEntry.seq))
        return [parse_canonical(bytes(b)) for b in rows.scalars()]


def test_lab_and_court_trips_name_outside_people(ctx, team, case_and_seizure):
    _, seizure = case_and_seizure
    helene = team.custodian
    item = register_item(ctx, helene, new_item(seizure.document_number, Category.FIREARM))
    with pytest.raises(FormErrors) as err:  # an outside person needs a name, organisation and identity number
        people.register_person(ctx, helene, "", "National Forensic Laboratory", "lab_analyst", "Staff card", "")
    assert {"name", "id_number"} <= set(err.value.errors)
    analyst = people.register_person(ctx, helene, "Dr Amélia Soares", "National Forensic Laboratory",
                                     "lab_analyst", "Staff card", "NFL-0457")
    clerk = people.register_person(ctx, helene, "Tomás Belo", "Dili District Court", "court_clerk",
                                   "Court ID", "DDC-118")
    assert [p.ref for p in people.find_people(ctx, "forensic")] == [analyst.ref]
    with pytest.raises(NotFound):
        custody.lab_submit(ctx, helene, [item.item_id], "National Forensic Laboratory", "Ballistics",
                           lab_number="NFL-2026-0913", received_by="EXT-99999")

    custody.lab_submit(ctx, helene, [item.item_id], "National Forensic Laboratory", "Ballistics comparison",
                       lab_number="NFL-2026-0913", received_by=analyst.ref, signature_png=None)
    custody.lab_return(ctx, helene, item.item_id, "Test-fired; cartridge cases kept by the laboratory",
                       released_by=analyst.ref)  # the laboratory number is carried from the submission
    custody.court_out(ctx, helene, [item.item_id], "Trial hearing, 9 December", "DDC-CR-2026-211",
                      received_by=clerk.ref)
    custody.court_return(ctx, helene, [item.item_id], released_by=clerk.ref)

    # The ledger.
    by_kind = {e["kind"]: e["data"] for e in _entries(ctx, item.item_id)}
    amelia = {"ref": analyst.ref, "name": "Dr Amélia Soares", "organisation": "National Forensic Laboratory",
              "id": "Staff card NFL-0457"}
    tomas = {"ref": clerk.ref, "name": "Tomás Belo", "organisation": "Dili District Court", "id": "Court ID DDC-118"}
    assert by_kind["lab.submitted"]["received_by"] == amelia
    assert by_kind["lab.returned"]["released_by"] == amelia
    assert by_kind["lab.returned"]["lab_number"] == "NFL-2026-0913"
    assert by_kind["court.out"]["received_by"] == tomas
    assert by_kind["court.returned"]["released_by"] == tomas

    # The item page.
    lines = {t.kind: t.summary for t in get_item(ctx, team.officer, item.item_id).timeline}
    assert "received by Dr Amélia Soares (National Forensic Laboratory, Staff card NFL-0457)" in lines["lab.submitted"]
    assert "lab number NFL-2026-0913" in lines["lab.returned"]
    assert "released by Dr Amélia Soares" in lines["lab.returned"]
    assert "received by Tomás Belo (Dili District Court, Court ID DDC-118)" in lines["court.out"]
    assert "released by Tomás Belo" in lines["court.returned"]

    # The custody report.
    pdf = report_svc.produce_item_report(ctx, helene, item.item_id).pdf
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())
    for words in ("Dr Amélia Soares", "National Forensic Laboratory", "NFL-0457", "Tomás Belo",
                  "Dili District Court", "DDC-118", "NFL-2026-0913"):
        assert words in text, words
    assert ledger_admin.verify(ctx).ok
