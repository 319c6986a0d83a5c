"""A report and a label sheet in each working language (issue 16, acceptance 3).

A Portuguese court in Dili gets a Portuguese report from an English-speaking officer: the document's language is
chosen per document (default: the station's). Headings, field names, actions, the certification text and the
"How to check" box are in that language, as the catalogue says; the data (ids, names, descriptions, case number)
stays as entered, and the ledger stays in English.
"""

from __future__ import annotations

import io
import json
import re

import pypdf
import pytest
from sqlalchemy import select

from custody import translations
from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.enums import Category, EventKind, LocationKind, Role
from custody.domain.errors import ValidationError
from custody.domain.i18n import LANGUAGES
from custody.services import auth, intake, user_admin
from custody.services import custody as custody_svc
from custody.services import labels as label_svc
from custody.services import reports as report_svc
from custody.services.locations import create_location
from custody.services.settings import update_settings
from custody.services.users import NewUser
from tests.conftest import ADMIN_PASSWORD

PW = "officer password 1"
DESCRIPTION = "Téléphone Samsung, coque bleue — هاتف أزرق"
#: headings and captions of the custody report (context "Report" in the catalogues)
HEADINGS = ("Case and seizure", "Chain of custody", "Certification", "How to check this report", "Item id",
            "Evidence custodian")


def flat(pdf: bytes) -> str:
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


@pytest.fixture
def item(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    user_admin.add_user(ctx, admin, NewUser("helene", "Hélène Lefèvre", "B-1003", PW, (Role.CUSTODIAN,),
                                            rank="Inspector"))
    user_admin.add_user(ctx, admin, NewUser("ivan", "Ivan Petrov", "B-1005", PW, (Role.SUPERVISOR,)))
    helene = auth.login(ctx, "helene", PW)
    shelf = create_location(ctx, auth.login(ctx, "ivan", PW), "Shelf A", LocationKind.SHELF)
    intake.open_case(ctx, helene, intake.NewCase("DIL/2026/0100", "drug_trafficking"))
    seizure = intake.record_seizure(ctx, helene, intake.NewSeizure(
        "DIL/2026/0100", ctx.clock().strftime("%Y-%m-%d %H:%M"), "Comoro market", "helene"))
    (phone,) = intake.register_items(ctx, helene, [
        intake.NewItem(seizure.document_number, "electronic", DESCRIPTION, sealed=True, seal_number="S-0042",
                       fields={"device_type": "phone", "make": "Samsung Galaxy"})])
    custody_svc.check_in(ctx, helene, shelf.code, [phone.item_id])
    return ctx, helene, phone.item_id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_custody_report_in_each_language(item, lang):
    ctx, helene, item_id = item
    result = report_svc.produce_item_report(ctx, helene, item_id, language=lang)
    text = flat(result.pdf)
    for caption in HEADINGS:
        expected = squash(translations.translate(lang, "Report", caption))
        assert expected in text, f"{lang}: {caption!r} -> {expected!r} not in the report"
    # an action of the custody table, and the item's category, as the catalogue names them
    registered = translations.translate(lang, "EventKind", EventKind("item.registered").label)
    assert squash(registered) in text
    assert squash(translations.translate(lang, "Category", Category("electronic").label)) in text
    # the category's field names and choices
    assert squash(translations.translate(lang, "Categories", "Type of device")) in text
    assert squash(translations.translate(lang, "Categories", "Mobile phone")) in text
    # the data as entered
    for data in (item_id, "DIL/2026/0100", "Hélène Lefèvre", "S-0042", "Comoro market", "Samsung Galaxy",
                 result.report_id):
        assert data in text, data
    assert squash(DESCRIPTION) in text or all(part in text for part in DESCRIPTION.split(" — "))


def test_report_language_defaults_to_the_station_and_the_ledger_stays_english(item):
    ctx, helene, item_id = item
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    update_settings(ctx, admin, language="pt")
    text = flat(report_svc.produce_item_report(ctx, helene, item_id).pdf)
    assert squash(translations.translate("pt", "Report", "How to check this report")) in text
    with unit_of_work(ctx.engine, read_only=True) as s:
        issued = s.execute(select(LedgerEntry.body).where(LedgerEntry.kind == "report.issued")).scalars().all()
    assert issued and all(json.loads(b)["data"]["title"] == "Chain of custody report" for b in issued)


def test_an_unknown_document_language_is_refused_before_anything_is_recorded(item):
    ctx, helene, item_id = item
    with unit_of_work(ctx.engine, read_only=True) as s:
        before = s.execute(select(LedgerEntry.seq).order_by(LedgerEntry.seq.desc())).scalars().first()
    with pytest.raises(ValidationError):
        report_svc.produce_item_report(ctx, helene, item_id, language="xx")
    with unit_of_work(ctx.engine, read_only=True) as s:
        after = s.execute(select(LedgerEntry.seq).order_by(LedgerEntry.seq.desc())).scalars().first()
    assert after == before


@pytest.mark.parametrize("lang", LANGUAGES)
def test_label_sheet_in_each_language(item, lang):
    ctx, helene, item_id = item
    job = label_svc.prepare_item_labels(ctx, helene, [item_id], "a4-3x8", language=lang)
    text = flat(job.data)
    assert item_id in text and "DIL/2026/0100" in text
    assert squash(translations.translate(lang, "Category", Category("electronic").label)) in text


def test_every_word_of_the_document_goes_through_the_catalogue_and_no_data_does(item, monkeypatch):
    """With a marking translator, headings, field names, choices and actions come out marked; data does not."""
    from custody.services import preferences

    monkeypatch.setattr(preferences.translations, "translator", lambda lang: lambda ctx, text: "Zq" + text)
    ctx, helene, item_id = item
    text = flat(report_svc.produce_item_report(ctx, helene, item_id, language="pt").pdf)
    for caption in (*HEADINGS, "Type of device", "Mobile phone", "Make", EventKind("item.registered").label,
                    Category("electronic").label, "Chain of custody report"):
        assert "Zq" + caption in text, caption
    for data in (item_id, "Hélène Lefèvre", "Samsung Galaxy", "S-0042", "Comoro market", "DIL/2026/0100"):
        assert data in text and "Zq" + data not in text, data
    labels = flat(label_svc.prepare_item_labels(ctx, helene, [item_id], "a4-3x8", language="pt").data)
    assert "Zq" + Category("electronic").label in labels and "Zq" + item_id not in labels


def test_other_documents_take_a_language_and_record_in_english(item, monkeypatch):
    """The case inventory (like the disposal certificate and the lab form) is written in the chosen language;
    its export.report entry keeps the English title."""
    from custody.services import documents, preferences

    monkeypatch.setattr(preferences.translations, "translator", lambda lang: lambda ctx, text: "Zq" + text)
    ctx, helene, item_id = item
    text = flat(documents.case_inventory_report(ctx, helene, "DIL/2026/0100", language="es"))
    assert "ZqCase inventory" in text and "Zq" + Category("electronic").label in text
    assert item_id in text and "Zq" + item_id not in text and "DIL/2026/0100" in text
    with unit_of_work(ctx.engine, read_only=True) as s:
        body = s.execute(select(LedgerEntry.body).where(LedgerEntry.kind == "export.report")).scalars().one()
    assert json.loads(body)["data"]["title"] == "Case inventory"
