"""A seizure with one item of every category: registration, ledger content, photos, look-up and search."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from custody.domain.enums import Category
from custody.domain.errors import ValidationError
from custody.ledger.canonical import parse_canonical
from custody.services import ledger_admin
from custody.services.attachments import add_attachment, get_attachment_data, thumbnail
from custody.services.intake import (
    ItemFilters,
    find_by_scan,
    get_case,
    get_item,
    list_cases,
    list_items,
    register_item,
)
from custody.services.search import search, words

from .conftest import item_fields, new_item


@pytest.fixture
def registered(ctx, team, case_and_seizure):
    case, seizure = case_and_seizure
    items = {cat: register_item(ctx, team.officer, new_item(seizure.document_number, cat)) for cat in Category}
    return case, seizure, items


def _ledger_entries(ctx, kind):
    from sqlalchemy import select

    from custody.db.models import LedgerEntry
    from custody.db.uow import unit_of_work

    with unit_of_work(ctx.engine, read_only=True) as s:
        return [parse_canonical(bytes(b)) for b in
                s.execute(select(LedgerEntry.body).where(LedgerEntry.kind == kind).order_by(LedgerEntry.seq)).scalars()]


def test_every_category_registered_with_all_data_in_the_ledger(ctx, team, registered):
    case, seizure, items = registered
    assert seizure.document_number.startswith("2026-") and seizure.document_number.endswith("000001")
    assert seizure.occurred_at == "2026-11-27T21:15:00.000Z"  # Africa/Kinshasa is UTC+1
    assert seizure.seizing_officer_name == "محمد عبد الله"
    assert [i.item_number for i in items.values()] == list(range(1, 11))
    ids = [i.item_id for i in items.values()]
    assert ids[0] == "UN-DIL-26-000001-" + ids[0][-1] and len(set(ids)) == 10
    assert items[Category.FIREARM].field_value("serial_number") == "BKZ123"
    assert items[Category.DRUG].field_value("gross_weight_mg") == 3_200_000
    assert items[Category.CURRENCY].field_value("total_minor") == 130000
    assert items[Category.VEHICLE].field_value("plate") == "DL-4521"

    entries = {e["item"]: e for e in _ledger_entries(ctx, "item.registered")}
    drug = entries[items[Category.DRUG].item_id]
    assert drug["case"] == case.case_number and drug["actor"] == "joao"
    d = drug["data"]
    assert d["seizure"] == seizure.document_number and d["category"] == "drug" and d["biohazard"] is True
    assert d["description"] == items[Category.DRUG].description and d["sealed"] is True
    assert d["fields"]["net_weight_mg"] == 3_000_000 and d["fields"]["field_test_result"] == "positive"
    cash = entries[items[Category.CURRENCY].item_id]["data"]["fields"]
    assert cash["denominations"] == [[10000, 12], [2000, 5]] and cash["total_minor"] == 130000
    assert [e["kind"] for e in _ledger_entries(ctx, "case.opened")] == ["case.opened"]
    assert _ledger_entries(ctx, "seizure.recorded")[0]["data"]["witnesses"] == ["Maria da Silva", "فاطمة الزهراء"]

    detail = get_item(ctx, team.auditor, items[Category.DRUG].item_id.lower())
    assert detail.status == "with_officer" and detail.custodian == "joao" and detail.custodian_name
    assert detail.timeline[0].kind == "item.registered" and detail.timeline[0].signed_by == ("joao",)
    assert detail.case.item_count == 10 and detail.seizure.item_count == 10
    labels = {v.name: v.label for v in detail.values}
    assert labels["gross_weight_mg"].startswith("Gross weight")
    display = {v.name: v.display for v in detail.values}
    assert display["gross_weight_mg"] == "3.2 kg" and display["form"] == "Powder" and display["biohazard"] == "Yes"
    assert get_case(ctx, team.officer, "dil/2026/0042").case.item_count == 10
    assert list_cases(ctx, team.officer)[0].seizure_count == 1
    assert ledger_admin.verify(ctx).ok


def test_find_each_item_by_barcode_and_by_words(ctx, team, registered):
    _, seizure, items = registered
    for cat, item in items.items():
        kind, dto = find_by_scan(ctx, team.officer, item.item_id)
        assert kind == "item" and dto.item_id == item.item_id
        assert [r.item_id for r in search(ctx, team.officer, item.item_id)] == [item.item_id]
        desc, _ = item_fields(cat)
        word = max((w for w in desc.replace(",", " ").split() if w.isalpha()), key=len)
        found = [r.item_id for r in search(ctx, team.officer, word)]
        assert item.item_id in found, (cat, word)
        assert item.item_id in [r.item_id for r in search(ctx, team.officer, word[:4])], (cat, word[:4])

    def ids(text, **kw):
        return [r.item_id for r in search(ctx, team.officer, text, **kw)]

    assert ids("مكسورة") == [items[Category.ELECTRONIC].item_id]  # Arabic word of a description
    assert ids("سامسونج") == [items[Category.ELECTRONIC].item_id]
    assert ids("паспорт") == [items[Category.DOCUMENT].item_id]  # Cyrillic, other case
    assert ids("Исмаилов") == [items[Category.DOCUMENT].item_id]  # holder name
    assert ids("BKZ123") == [items[Category.FIREARM].item_id]  # serial number
    assert ids("490154203237518") == [items[Category.ELECTRONIC].item_id]  # IMEI
    assert ids("JTFDE626X00123456") == [items[Category.VEHICLE].item_id]  # VIN
    assert ids("DL-4521") == [items[Category.VEHICLE].item_id]  # plate
    assert ids("P7734521") == [items[Category.DOCUMENT].item_id]  # document number
    assert len(ids("DIL/2026/0042")) == 10  # case number
    assert len(ids(seizure.document_number)) == 10  # seizure number (exact)
    assert len(ids("محمد")) == 10  # the seizing officer's name
    assert ids("cocaine white") == [items[Category.DRUG].item_id]  # every word must match
    assert ids("cocaine pistol") == []
    assert ids("glock", filters=ItemFilters(category="drug")) == []
    assert ids("glock", filters=ItemFilters(category="firearm")) == [items[Category.FIREARM].item_id]
    if ctx.engine.dialect.name == "sqlite":  # accents are ignored by the SQLite index
        assert items[Category.OTHER].item_id in ids("Helene")
        assert ids("Diarra Conceicao") == []
        assert len(ids("porto dili")) == 10  # the seizure place "Porto de Díli"
        assert items[Category.NATURAL_RESOURCE].item_id in ids("santal")


def test_search_never_passes_user_text_as_query_syntax(ctx, team, registered):
    _, _, items = registered
    glock = items[Category.FIREARM].item_id
    for text in ['"', "*", "glock OR", "NEAR(glock", "'", "a:b", "&|!", "glock)", "-glock", "^glock",
                 "{body}: glock", "\\", "glock'':*", "AND", "glock & !", "body:glock", "glock*", "(glock)"]:
        found = [r.item_id for r in search(ctx, team.officer, text)]
        others = [w for w in words(text) if w.lower() != "glock"]
        if "glock" in text.lower():  # operators are plain words that must appear; punctuation is ignored
            assert found == ([] if others else [glock]), text
    assert search(ctx, team.officer, "NOT glock") == []  # "not" is a word to find, not an operator
    assert len(search(ctx, team.officer, "")) == 10  # empty text: the newest items


def test_photo_with_exif_orientation_gives_an_upright_thumbnail(ctx, team, registered):
    _, _, items = registered
    item = items[Category.FIREARM]
    img = Image.new("RGB", (400, 200), (255, 0, 0))  # stored landscape, red left half / blue right half
    img.paste((0, 0, 255), (200, 0, 400, 200))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif.tobytes())
    data = buf.getvalue()
    before = ledger_admin.total_entries(ctx)
    att = add_attachment(ctx, team.officer, item.item_id, "C:\\photos\\IMG_0001.JPG", data, "image/jpeg")
    assert att.filename == "IMG_0001.JPG" and att.size == len(data) and len(att.sha256) == 64
    assert ledger_admin.total_entries(ctx) == before + 1
    thumb = Image.open(io.BytesIO(thumbnail(ctx, team.officer, att.sha256, 100)))
    assert thumb.format == "PNG"
    assert thumb.size == (50, 100)  # portrait: the orientation was applied
    top = thumb.convert("RGB").getpixel((25, 5))
    bottom = thumb.convert("RGB").getpixel((25, 95))
    assert top[0] > 200 and top[2] < 60  # red (stored left) is on top after the clockwise turn
    assert bottom[2] > 200 and bottom[0] < 60
    # the same bytes again: a second ledger entry, one stored blob
    add_attachment(ctx, team.officer, item.item_id, "copy.jpg", data, "image/jpg")
    detail = get_item(ctx, team.officer, item.item_id)
    assert [p.filename for p in detail.photos] == ["IMG_0001.JPG", "copy.jpg"]
    assert detail.photos[0].is_image and detail.timeline[-1].kind == "attachment.added"
    assert get_attachment_data(ctx, team.officer, att.sha256) == ("image/jpeg", data)
    events = _ledger_entries(ctx, "attachment.added")
    assert events[0]["data"] == {"sha256": att.sha256, "media_type": "image/jpeg", "size": len(data),
                                 "filename": "IMG_0001.JPG"}
    assert ledger_admin.verify(ctx).ok


def test_list_items_pages_newest_first(ctx, team, registered):
    _, _, items = registered
    page = list_items(ctx, team.officer, limit=4)
    assert [r.item_id for r in page.items] == [i.item_id for i in reversed(items.values())][:4]
    seen = list(page.items)
    while page.next_after is not None:
        page = list_items(ctx, team.officer, limit=4, after=page.next_after)
        seen.extend(page.items)
    assert len(seen) == 10 and len({r.item_id for r in seen}) == 10
    only = list_items(ctx, team.officer, filters=ItemFilters(category="vehicle", status="with_officer",
                                                             custodian="joao"))
    assert [r.category for r in only.items] == ["vehicle"]
    assert only.items[0].status_label == "With an officer"


def test_scan_of_unknown_but_valid_code_is_not_found(ctx, team, registered):
    from custody.domain.errors import NotFound
    from custody.domain.ids import make_item_id

    with pytest.raises(NotFound):
        find_by_scan(ctx, team.officer, make_item_id("UN-DIL", 26, 999))
    with pytest.raises(ValidationError):
        find_by_scan(ctx, team.officer, make_item_id("XYZ", 26, 1))  # another station's prefix
    from custody.services.user_admin import list_users

    joao = next(u for u in list_users(ctx) if u.username == "joao")
    kind, officer = find_by_scan(ctx, team.officer, joao.badge_code)  # the code on joao's badge card
    assert kind == "officer" and officer.username == "joao"
    with pytest.raises(NotFound):
        find_by_scan(ctx, team.officer, "OFF-000999-" + _badge_check(999))  # a valid code nobody has


def _badge_check(n):
    from custody.domain.ids import make_badge_code

    return make_badge_code(n)[-1]
