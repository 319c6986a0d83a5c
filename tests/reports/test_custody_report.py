"""The court report renders every fact, safely, in embedded fonts, in any script."""

from __future__ import annotations

import importlib.util
import io
import re
import sys
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest

from custody.reports.base import para, safe_markup
from custody.reports.bidi_text import RtlParagraph, layout_line
from custody.reports.custody_report import CustodyReportRenderer
from custody.reports.other_reports import (
    AuditDiscrepancyRenderer,
    CaseInventoryRenderer,
    DisposalCertificateRenderer,
    LabSubmissionRenderer,
)


def _load(name: str, path: Path):
    """Load a sibling helper module by path (the tests folders are not packages)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


sample = _load("custody_report_sample", Path(__file__).with_name("sample_custody_report.py"))


@pytest.fixture(scope="module")
def data():
    return sample.sample_report_data(n_items=3, n_events=8)


@pytest.fixture(scope="module")
def pdf(data) -> bytes:
    return CustodyReportRenderer(data).render()


@pytest.fixture(scope="module")
def text(pdf) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture(scope="module")
def layout_text(pdf) -> str:
    """Content-stream (visual) order, no RTL reordering by the extractor."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text(extraction_mode="layout") for page in reader.pages)


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def test_case_items_actions_and_names_are_in_the_text(data, text, layout_text):
    t = squash(text)
    assert data.case.case_number in t
    assert data.seizure.document_number in t
    assert data.integrity.report_id in t
    for entry in data.items:
        assert entry.item.item_id in t
        for row in entry.rows:
            assert row.action_label in t, row.action_label
    for name in (sample.LATIN_NAME, sample.CYRILLIC_NAME, sample.PORTUGUESE_NAME, sample.FRENCH_NAME):
        assert name in t, name


def test_arabic_names_extract_in_logical_order(pdf, text, layout_text):
    name = sample.ARABIC_NAME
    # pypdf, in both its modes, returns the name as typed (tests/report_service/test_text_extraction.py checks
    # pdftotext and pdfminer.six too)
    assert name in squash(text)
    assert name in squash(layout_text)
    # pdfium, another extractor, agrees on the logical text
    doc = pdfium.PdfDocument(pdf)
    allpdfium = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    assert name in squash(allpdfium)


def test_arabic_letters_use_contextual_forms(pdf):
    """Shaping happens: the three meems of "محمد" are drawn with three different glyphs (initial, medial and,
    for the isolated letter alone, a third), right to left; no presentation form leaks into ToUnicode."""
    from custody.reports.fonts import REGULAR, register_fonts

    register_fonts()
    word = layout_line((("محمد", REGULAR),), 10)
    alone = layout_line((("م", REGULAR),), 10)
    by_index = {g.logical: g for g in word.glyphs}
    assert len({by_index[0].gid, by_index[2].gid, alone.glyphs[0].gid}) == 3
    assert by_index[0].x > by_index[1].x > by_index[2].x > by_index[3].x  # first letter rightmost
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            font = fonts[key].get_object()
            ref = font.get("/ToUnicode")
            if ref is None or ref.idnum in seen:
                continue
            seen.add(ref.idnum)
            cmap = ref.get_object().get_data().decode("latin-1")
            assert not re.search(r"<F[BE][0-9A-F]{2}>", cmap), "presentation forms leaked into ToUnicode"
    assert seen


def test_markup_in_user_text_prints_literally(text):
    t = squash(text)
    assert "<font color=red>X</font>" in t
    assert '<img src="/etc/passwd"/>' in t


def test_every_font_is_embedded_and_none_is_helvetica(pdf):
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            font = fonts[key].get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, f"{font['/BaseFont']} has no descriptor (base-14 font?)"
            assert "/FontFile2" in descriptor.get_object(), f"{font['/BaseFont']} is not embedded"
    assert names
    assert not any("Helvetica" in n or "Times" in n or "Courier" in n for n in names), names
    assert b"Helvetica" not in pdf


def test_page_x_of_y(pdf, text):
    n = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert n >= 2
    assert f"Page 1 of {n}" in text
    assert f"Page {n} of {n}" in text


def test_corrections_are_shown_beside_the_entry(data, text):
    corr = data.items[0].corrections[0]
    t = squash(text)
    assert f"Corrected by entry #{corr.seq}" in t
    assert f"Corrects entry #{corr.corrects_seq}" in t
    assert corr.reason in t


def test_integrity_section(data, text, pdf):
    t = squash(text)
    for entry in data.items:
        for row in entry.rows:
            assert row.entry_hash_hex in t.replace(" ", "")
    assert data.integrity.verifier_key in t
    assert data.station.key_fingerprint in t
    assert "custody.local/LIS01" in t
    # QR code image present
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    images = sum(len(p.images) for p in reader.pages)
    assert images >= 3  # photo, signature, QR code


def test_long_histories_split_across_pages_with_repeated_headers():
    d = sample.sample_report_data(n_items=1, n_events=120)
    pdf = CustodyReportRenderer(d).render()
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 4
    heads = [p.extract_text().count("Released by") for p in reader.pages]
    assert sum(1 for h in heads if h) >= 3


def test_para_escapes_and_orders():
    assert safe_markup("<b>&") == "&lt;b&gt;&amp;"
    assert safe_markup("a\nb") == "a<br/>b"
    from reportlab.lib.styles import ParagraphStyle

    p = para("<img src='x'/>", ParagraphStyle("t", fontName="CustodySans"))
    assert "&lt;img" in p.text
    # right-to-left text is kept in logical order (bidi happens when it is drawn), literally, never as markup
    rtl = para("محمد <b>", ParagraphStyle("t", fontName="CustodySans"))
    assert isinstance(rtl, RtlParagraph) and rtl.text == "محمد <b>"


def test_other_reports_render():
    d = sample.sample_report_data(n_items=2, n_events=2)
    st, case = d.station, d.case
    from custody.reports import model as m

    items = tuple(e.item for e in d.items)
    officer = d.seizure.seizing_officer
    pdfs = [
        CaseInventoryRenderer(m.CaseInventoryData(
            station=st, case=case, generated_at="2024-04-02 10:00", generated_by=officer, report_id="INV-1",
            lines=tuple(m.InventoryLine(item=i, location="B-3", holder=sample.ARABIC_NAME) for i in items))),
        AuditDiscrepancyRenderer(m.AuditDiscrepancyData(
            station=st, audit_id="AUD-7", scope="Shelf A", started_at="2024-04-01 09:00",
            finished_at="2024-04-01 11:00", auditors=(officer,), expected_count=10, scanned_count=9,
            missing=(m.AuditLine(item_id="EV-MISSING-1", description=sample.HOSTILE, expected_location="A-1"),),
            unexpected=(m.AuditLine(item_id="EV-UNEXPECTED-2", found_location="A-2"),),
            misplaced=(m.AuditLine(item_id="EV-MISPLACED-3", expected_location="A-3", found_location="A-9"),),
            generated_at="2024-04-01 11:05", generated_by=officer)),
        DisposalCertificateRenderer(m.DisposalCertificateData(
            station=st, case=case, certificate_number="DISP-3", method="Destroyed by incineration",
            authority="Court order 12/24", performed_at="2024-05-01 14:00", place="Incinerator, Lisbon",
            items=items, performed_by=officer, witnesses=(d.custodian,),
            entry_hashes=tuple((i.item_id, "ef" * 32) for i in items), generated_at="2024-05-01 15:00")),
        LabSubmissionRenderer(m.LabSubmissionData(
            station=st, case=case, submission_number="LAB-9", laboratory="LPC Lisboa",
            examinations_requested="DNA swabs; fingerprints", items=items, submitted_by=officer,
            submitted_at="2024-04-03 09:00", hazards="Sharp edges", case_summary=sample.HOSTILE)),
    ]
    expected = ["INV-1", "EV-MISPLACED-3", "DISP-3", "LAB-9"]
    for renderer, needle in zip(pdfs, expected, strict=True):
        pdf = renderer.render()
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        t = squash("\n".join(p.extract_text() for p in reader.pages))
        assert needle in t
        assert f"Page 1 of {len(reader.pages)}" in t
        assert b"Helvetica" not in pdf
        for item in items:
            assert item.item_id in t or needle == "EV-MISPLACED-3"
    audit_text = squash("\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdfs[1].render())).pages))
    for needle in ("EV-MISSING-1", "EV-UNEXPECTED-2", "EV-MISPLACED-3", "<img src=\"/etc/passwd\"/>"):
        assert needle in audit_text
