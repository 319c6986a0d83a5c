"""Synthetic report data shared by the report, signing and verifier tests (loaded by path).

Holds no tests itself. ``sample_report_data()`` builds a CustodyReportData with Latin, Cyrillic,
accented and Arabic names and hostile ReportLab markup in a description.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from custody.reports.model import (
    CaseInfo,
    Correction,
    CustodyReportData,
    CustodyRow,
    Disposition,
    IntegrityInfo,
    ItemInfo,
    ItemWithHistory,
    Person,
    SeizureInfo,
    StationInfo,
)

ARABIC_NAME = "محمد عبد الله"
CYRILLIC_NAME = "Иван Петров"
PORTUGUESE_NAME = "João Conceição"
FRENCH_NAME = "Hélène Lefèvre"
LATIN_NAME = "John Smith"
HOSTILE = '<font color=red>X</font> <img src="/etc/passwd"/>'
OFFICERS = (LATIN_NAME, CYRILLIC_NAME, PORTUGUESE_NAME, FRENCH_NAME, ARABIC_NAME)
ACTIONS = ("Seized", "Checked in", "Transferred", "Checked out for analysis", "Returned from lab",
           "Seal replaced", "Report issued")

FAKE_NOTE = (
    "custody.local/LIS01\n42\nq83tYz1mKcD0y5hZ8y8cPq8m0z4S5mQy7m4m6b6m5ZQ=\n\n"
    "— custody.local/LIS01/LIS01 AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP==\n"
)


def jpeg(color=(150, 40, 40), size=(640, 480)) -> bytes:
    img = Image.new("RGB", size, color)
    d = ImageDraw.Draw(img)
    d.rectangle((40, 40, size[0] - 40, size[1] - 40), outline=(255, 255, 255), width=8)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=70)
    return buf.getvalue()


def signature_png() -> bytes:
    img = Image.new("RGBA", (300, 90), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.line([(10, 70), (60, 20), (100, 75), (150, 25), (200, 70), (280, 30)], fill=(0, 0, 120, 255), width=4)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def person(name: str, i: int) -> Person:
    return Person(username=f"user{i}", full_name=name, badge=f"B-{1000 + i}", rank="Sgt." if i % 2 else "")


def make_rows(item_idx: int, count: int, *, hashes: list[str] | None = None, start_seq: int = 10,
              sig_image: bytes | None = None) -> tuple[CustodyRow, ...]:
    rows = []
    for k in range(count):
        seq = start_seq + k * 3 + item_idx
        a, b = OFFICERS[k % len(OFFICERS)], OFFICERS[(k + 1) % len(OFFICERS)]
        rows.append(CustodyRow(
            seq=seq, at_local=f"2024-03-{1 + k % 28:02d} {8 + k % 10:02d}:{(k * 7) % 60:02d}",
            action_label=ACTIONS[k % len(ACTIONS)], released_by=a, received_by=b,
            purpose="Forensic examination of the device contents, including deleted files" if k % 2 else
            "Storage", location=f"Room B, shelf {k % 9 + 1}, box {k % 40}", seal_state=f"Intact, seal S-{k:05d}",
            signatures=(a, b), signature_image_png=sig_image if k == 1 else None,
            entry_hash_hex=(hashes[k] if hashes else f"{seq:064x}"),
            corrects_seq=None, note="" if k % 3 else "Packaging photographed before opening.",
        ))
    return tuple(rows)


def sample_report_data(*, n_items: int = 3, n_events: int = 6, checkpoint_note: str = FAKE_NOTE,
                       verifier_key: str = "custody.local/LIS01/LIS01+1a2b3c4d+AQEBAQEBAQ==",
                       item_ids: tuple[str, ...] | None = None, rows_for=None,
                       checkpoint_size: int = 42, root_hex: str = "ab" * 32) -> CustodyReportData:
    station = StationInfo(agency="Polícia Judiciária — Diretoria de Lisboa", station_code="LIS01",
                          evidence_room="Depósito de Provas, Piso -1", time_zone="Europe/Lisbon",
                          verifier_key=verifier_key, key_fingerprint="9f" * 32)
    case = CaseInfo(case_number="NUIPC 123/24.0JDLSB", offence_label="Burglary (art. 204)",
                    agency_ref="PJ-2024-7781", prosecutor_ref="DIAP-LX-4411/24", court_ref="TIC-LX 88/24")
    seizure = SeizureInfo(document_number="AUTO-APR-2024-0042", occurred_at="2024-03-01 07:45",
                          place="Rua das Flores 12, 3.º Esq., Lisboa",
                          seizing_officer=person(PORTUGUESE_NAME, 1),
                          witnesses=(FRENCH_NAME, CYRILLIC_NAME, ARABIC_NAME),
                          legal_authority="Search warrant 55/24 (TIC Lisboa)", received_from="Manuel Alves")
    items = []
    ids = item_ids or tuple(f"EV-2024-{i:06d}" for i in range(1, n_items + 1))
    for i, item_id in enumerate(ids):
        desc = (f"Black smartphone, IMEI 35{i:013d}, cracked screen, sticker 'ABC'. {HOSTILE}" if i == 0
                else f"Item {i + 1}: brown leather wallet with initials H.L. embossed " + "and more detail " * 3)
        item = ItemInfo(
            item_id=item_id, item_number=str(i + 1), category_label="Mobile phone" if i == 0 else "Wallet",
            description=desc, quantity="1", unit="pc", sealed=True, seal_number=f"S-{77000 + i}",
            fields=(("IMEI", f"35{i:013d}"), ("Colour", "black"), ("Owner (declared)", ARABIC_NAME)),
            photo_jpeg=jpeg() if i == 0 else None, status_label="In storage",
            disposition=Disposition("Released to the owner", (("Order reference", "court order 12/24"),),
                                    (("Released to", "Helena Lopes"), ("Identity document", "passport P1234567")))
            if i == 2 else None,
        )
        rows = rows_for(i, item_id) if rows_for else make_rows(i, n_events, sig_image=signature_png())
        corrections: tuple[Correction, ...] = ()
        if i == 0 and len(rows) > 2 and rows_for is None:
            target = rows[1].seq
            corr_row = CustodyRow(seq=rows[-1].seq + 100, at_local="2024-03-30 10:00", action_label="Correction",
                                  released_by="", received_by="", signatures=(LATIN_NAME, FRENCH_NAME),
                                  entry_hash_hex="cd" * 32, corrects_seq=target, note="Location typed wrongly")
            rows = rows + (corr_row,)
            corrections = (Correction(seq=corr_row.seq, field_label="Location", old="Room B, shelf 2",
                                      new="Room B, shelf 3", reason="Typing error at check-in",
                                      requested_by=LATIN_NAME, approved_by=FRENCH_NAME, at="2024-03-30 10:00",
                                      corrects_seq=target),)
        items.append(ItemWithHistory(item=item, rows=rows, corrections=corrections))
    integrity = IntegrityInfo(checkpoint_note=checkpoint_note, checkpoint_size=checkpoint_size, root_hex=root_hex,
                              station_key_name="custody.local/LIS01/LIS01", verifier_key=verifier_key,
                              report_id="RPT-2024-000017")
    return CustodyReportData(station=station, case=case, seizure=seizure, items=tuple(items), integrity=integrity,
                             generated_at="2024-04-02 09:30", generated_by=person(LATIN_NAME, 0),
                             title="Chain of custody report", custodian=person(CYRILLIC_NAME, 2))
