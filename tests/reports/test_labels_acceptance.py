"""Issue 13, acceptance 5: on every template the item id and the whole case number can be read back from the
label PDF (pypdf and pdftotext) and from the ZPL text fields, and no ZPL field holds a character that is not
in the label's data (no ligature, no presentation form). Inputs are realistic: accented, Cyrillic and Arabic
descriptions, the longest item ids and case numbers the app accepts."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from custody.domain.errors import ValidationError
from custody.domain.ids import CASE_NUMBER_MAX, make_item_id, normalise_case_number
from custody.reports.barcode_vector import zpl_field_data
from custody.reports.fonts import register_fonts
from custody.reports.label_text import ELLIPSIS
from custody.reports.labels import (
    ItemLabel,
    layout_label,
    list_templates,
    render_labels_pdf,
    render_labels_zpl,
)

TEMPLATES = [t.name for t in list_templates()]
ZPL_TEMPLATES = [t.name for t in list_templates() if t.zpl]

# The longest item ids: a 6-character prefix (custody.domain.ids.PREFIX_MAX_LEN) with no digit pairs, which
# python-barcode cannot shorten with code set C: 222 modules.
LONGEST_ID = make_item_id("ABCDEF", 26, 999999)
# Case numbers exactly as the app stores them (normalise_case_number), up to CASE_NUMBER_MAX characters.
REALISTIC_LONG_CASE = normalise_case_number("ОВД Центральный/2026/КУСП-004512/УД-1170")
WIDEST_CASE = normalise_case_number("Щ" * CASE_NUMBER_MAX)  # widest Cyrillic capital in DejaVu Sans Bold

ARABIC = "مسدس عيار 9 ملم من نوع Glock في غلاف film، الرقم التسلسلي ممسوح جزئيا، في كيس بلاستيكي مختوم"
CYRILLIC = "Пистолет Макарова ПМ, серийный номер ТК 4412, в кобуре из коричневой кожи, магазин пустой"
ACCENTED = "Téléphone portable Çağrı, écran fissuré, coque rouge, office kit — saisi à Besançon le 3 février"

LABELS = [
    ItemLabel(make_item_id("UN-DIL", 26, 123), normalise_case_number("DEMO/2026/000123"), "Firearm",
              "2026-01-14", ARABIC),
    ItemLabel(make_item_id("MVD-OV", 25, 777), normalise_case_number("2025-001234/Б"), "Оружие", "2026-02-03",
              CYRILLIC),
    ItemLabel(make_item_id("GN-BES", 26, 1), normalise_case_number("PV 2026/00451 Besançon"), "Téléphone",
              "2026-02-03", ACCENTED),
    ItemLabel(LONGEST_ID, REALISTIC_LONG_CASE, "Наркотики", "2026-02-03", CYRILLIC),
    ItemLabel(LONGEST_ID, WIDEST_CASE, "Drugs", "2026-01-14", ACCENTED),
    ItemLabel(make_item_id("AB", 26, 42), normalise_case_number("A" * CASE_NUMBER_MAX), "Drugs", "2026-01-14",
              "office films fine fluff"),
]


def test_the_inputs_are_the_longest_the_app_accepts():
    assert len(LONGEST_ID) == 18 and layout_label(LABELS[3], "a4-3x8").barcode.symbol.module_count == 222
    assert len(REALISTIC_LONG_CASE) == len(WIDEST_CASE) == CASE_NUMBER_MAX
    with pytest.raises(ValidationError):
        normalise_case_number("Щ" * (CASE_NUMBER_MAX + 1))


def _squash(text: str) -> str:
    return "".join(text.split())


# pdftotext wraps every run of a page that holds right-to-left text in bidi embedding marks (U+202A-U+202C).
_BIDI_MARKS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F])


def _pdf_texts(pdf: bytes) -> list[str]:
    """Text of each label page with pypdf and, where installed, pdftotext (poppler-utils, installed by CI)."""
    texts = ["\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)]
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
        texts.append(out.stdout.decode("utf-8").translate(_BIDI_MARKS))
    return texts


def _one_line_case(label: ItemLabel, template: str) -> bool:
    lay = layout_label(label, template)
    return any(f.text == label.case_number for f in lay.texts)


@pytest.mark.parametrize("template", TEMPLATES)
def test_item_id_and_whole_case_number_are_in_the_pdf_text(template):
    for label in LABELS:
        pdf = render_labels_pdf([label], template)
        for text in _pdf_texts(pdf):
            assert label.item_id in text.split(), (template, label.item_id)
            if _one_line_case(label, template):
                # Printed on one line: found exactly as stored.
                assert label.case_number in text, (template, label.case_number)
            else:
                # Wrapped at '/', '-', '.' or a space: every character is there, in order.
                assert _squash(label.case_number) in _squash(text), (template, label.case_number)


@pytest.mark.parametrize("template", TEMPLATES)
def test_realistic_case_numbers_print_on_one_line(template):
    """Only pathological case numbers (40 of the widest letter, 40 letters with no place to break) wrap."""
    for label in LABELS[:3]:
        assert _one_line_case(label, template), (template, label.case_number)


# ------------------------------------------------------------------------------------------- ZPL
_TEXT_FIELD = re.compile(r"\^A[0@][^\^]*(?:\^FB[^\^]*)?\^FH_\^FD(.*?)\^FS")
_BARCODE_FIELD = re.compile(r"\^BC[^\^]*\^FD(.*?)\^FS")


def _unescape(field: str) -> str:
    """^FH_ field data: _XX are hex escapes of UTF-8 bytes (ZPL II guide, ^FH)."""
    return re.sub(rb"_([0-9A-Fa-f]{2})", lambda m: bytes([int(m[1], 16)]), field.encode("utf-8")).decode("utf-8")


def _zpl_blocks(labels, template):
    zpl = render_labels_zpl(labels, template)
    blocks = re.findall(r"\^XA(.*?)\^XZ", zpl, re.S)
    assert len(blocks) == len(labels)
    return [([_unescape(t) for t in _TEXT_FIELD.findall(b)], _BARCODE_FIELD.findall(b)) for b in blocks]


def _found_in_fields(fields: list[str], target: str) -> bool:
    """``target`` is one field, or consecutive fields (a wrapped case number) that are pieces of it in order."""
    if target in fields:
        return True
    for i in range(len(fields)):
        for j in range(i + 2, len(fields) + 1):
            pieces = fields[i:j]
            if all(p in target for p in pieces) and _squash("".join(pieces)) == _squash(target):
                return True
    return False


@pytest.mark.parametrize("template", ZPL_TEMPLATES)
def test_zpl_fields_hold_the_id_and_whole_case_number_and_only_typed_characters(template):
    for label, (texts, barcodes) in zip(LABELS, _zpl_blocks(LABELS, template), strict=True):
        assert [zpl_field_data(b) for b in barcodes] == [label.item_id]
        assert label.item_id in texts  # human-readable, under the bars
        assert _found_in_fields(texts, label.case_number), (template, label.case_number, texts)
        typed = set("".join([label.item_id, label.case_number, label.category_label, label.seized_on,
                             label.description]))
        for text in texts:
            body = text[:-1] if text.endswith(ELLIPSIS) else text  # a shortened description ends with "…"
            outside = sorted({f"U+{ord(ch):04X}" for ch in body if ch not in typed and ch != " "})
            assert not outside, (template, text, outside)
            # ... and in typed (logical) order: each field is a piece of one input, never a reordering.
            pieces = [label.item_id, label.case_number, label.category_label, label.seized_on,
                      " ".join(label.description.split())]
            assert any(body.rstrip(" ,;:·-") in p for p in pieces), (template, text)


# ------------------------------------------------------------------------------------------- no ligatures
def _latin_or_cyrillic(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(("LATIN", "CYRILLIC"))


@pytest.mark.parametrize("template", TEMPLATES)
def test_latin_text_is_drawn_without_ligatures_and_arabic_stays_joined(template):
    """What the PDF draws: Latin and Cyrillic exactly as typed, never a ligature glyph ("ﬁ", "ﬀ", "ﬃ"), even on
    a line that also holds Arabic (the only lines that are shaped); Arabic letters as joined glyphs (the font's
    presentation forms). Lines with Arabic are drawn by bidi_text, the others by canvas.drawString unshaped."""
    from reportlab.pdfbase import pdfmetrics

    from custody.reports.bidi_text import has_rtl, layout_line

    register_fonts()
    joined = False
    for label in LABELS:
        for field in layout_label(label, template).texts:
            if not has_rtl(field.text):
                assert not any(0xFB00 <= ord(ch) <= 0xFB4F for ch in field.text)
                continue
            face = pdfmetrics.getFont(field.font).face
            ligatures = {face.charToGlyph[cp] for cp in range(0xFB00, 0xFB07) if cp in face.charToGlyph}
            forms = {face.charToGlyph[cp] for cp in range(0xFE70, 0xFEFF) if cp in face.charToGlyph}
            glyphs = layout_line(((field.text, field.font),), field.size, field.rtl).glyphs
            assert not any(g.gid in ligatures for g in glyphs), field.text
            assert "".join(g.text for g in glyphs) == field.text  # the text behind the glyphs, as typed
            joined = joined or any(g.gid in forms for g in glyphs)
    assert joined  # the Arabic description was shaped


_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_TOUNICODE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")


@pytest.mark.parametrize("template", ["zebra-4x2-203", "brother-ql-62x29"])
def test_pdf_fonts_carry_no_latin_ligature_glyph(template):
    """Every glyph in the embedded font subsets maps (ToUnicode) to one character, to nothing (a glyph inside a
    right-to-left stretch) or to text holding a right-to-left letter (the whole stretch, on its leftmost glyph:
    see reports/bidi_text.py): a Latin ligature glyph would map to two or three Latin letters ("fi", "ffi")."""
    pdf = render_labels_pdf(LABELS, template)
    seen = 0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/ToUnicode" not in font:
                continue
            cmap = font["/ToUnicode"].get_object().get_data()
            for _code, dst in _TOUNICODE.findall(b"".join(_BFCHAR.findall(cmap))):
                text = bytes.fromhex(dst.decode()).decode("utf-16-be")
                seen += 1
                assert len(text) <= 1 or any(0x0600 <= ord(ch) <= 0x06FF for ch in text), repr(text)
    assert seen > 50
