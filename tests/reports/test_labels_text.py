"""Label text: embedded fonts, real glyphs in every script, right-to-left Arabic, truncation, layout, printing."""

from __future__ import annotations

import io
import os
import stat
import unicodedata

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from custody.reports.fonts import register_fonts
from custody.reports.labels import (
    ELLIPSIS,
    BadgeLabel,
    ItemLabel,
    LabelPrintError,
    LocationLabel,
    fit_text,
    layout_label,
    list_templates,
    render_labels_pdf,
    render_labels_zpl,
    send_zpl_to_printer,
    text_width,
    visual_text,
    wrap_text,
)
from tests.reports.test_labels_acceptance import LABELS as ACCEPTANCE_LABELS

TEMPLATES = [t.name for t in list_templates()]
ARABIC = "مسدس عيار 9 ملم مع مخزن فارغ، الرقم التسلسلي ممسوح جزئيا، في كيس بلاستيكي مختوم"
CYRILLIC = "Пистолет Макарова ПМ, серийный номер ТК 4412, в кобуре из коричневой кожи, магазин пустой"
ACCENTED = (
    "Téléphone portable Çağrı, écran fissuré, coque rouge, numéro IMEI 356938035643809 — saisi à Besançon"
)

MULTISCRIPT = [
    ItemLabel("UN-DIL-26-000123-7", "2026-000042", "Arme à feu", "14.01.2026", ARABIC),
    ItemLabel("MVD-OVD-26-000777-3", "2025-001234/Б", "Оружие", "03.02.2026", CYRILLIC),
    ItemLabel("GN-BES-26-000001-K", "2026-000099", "Téléphone", "03.02.2026", ACCENTED),
    LocationLabel("LOC-000012-X", "خزنة المخدرات ٢", "مركز الشرطة › غرفة الأدلة › الرف ٣"),
    BadgeLabel("OFF-000034-Y", "Олена Коваленко-Шевченко", "Сержант", "Відділ боротьби з наркотиками"),
]


def _fonts_of(pdf: bytes) -> list:
    reader = PdfReader(io.BytesIO(pdf))
    fonts = []
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            fonts.append(font)
    return fonts


# ------------------------------------------------------------------------------------------- acceptance 3
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_font_is_embedded_and_never_helvetica(template):
    pdf = render_labels_pdf(MULTISCRIPT, template)
    fonts = _fonts_of(pdf)
    assert fonts
    for font in fonts:
        assert "Helvetica" not in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert b"Helvetica" not in pdf


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_drawn_character_is_in_the_embedded_font(template):
    """No missing-glyph boxes: every character drawn (after shaping) has a glyph in its font's cmap."""
    register_fonts()
    for label in MULTISCRIPT:
        for field in layout_label(label, template).texts:
            face = pdfmetrics.getFont(field.font).face
            drawn = str(visual_text(field.text, field.font, field.size))
            missing = [f"U+{ord(c):04X}" for c in drawn if ord(c) not in face.charToGlyph]
            assert not missing, (field.text, missing)
            logical = [c for c in field.text if not c.isspace() and ord(c) not in face.charToGlyph]
            assert not logical


def test_pdf_text_is_real_glyphs_in_every_script():
    register_fonts()
    pdf = render_labels_pdf(MULTISCRIPT, "zebra-4x6-300")
    faces = [pdfmetrics.getFont(f).face for f in register_fonts()]
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for ch in text:
        if not ch.isspace():
            assert any(ord(ch) in face.charToGlyph for face in faces), f"U+{ord(ch):04X}"
    assert "Пистолет Макарова" in text
    assert "Téléphone portable Çağrı" in text
    assert "Олена" in text
    # Arabic is drawn shaped (joined presentation-form glyphs: test_arabic_is_joined_and_right_to_left), and
    # the ToUnicode map turns those glyphs back into ordinary letters, so search and copy find the word.
    assert "مسدس" in text
    assert not any(0xFE70 <= ord(ch) <= 0xFEFF for ch in text)


def test_arabic_is_joined_and_right_to_left():
    regular, _bold, _mono = register_fonts()
    # مسدس drawn left to right on the page: final seen, final dal, medial seen, initial meem (rightmost).
    assert str(visual_text("مسدس", regular, 10)) == "\u0633\ufeaa\ufeb4\ufee3"
    # Word order is right to left, numbers keep their digit order.
    assert str(visual_text("مسدس 12", regular, 10)) == "12 \u0633\ufeaa\ufeb4\ufee3"
    # Latin inside Arabic stays left to right and is not turned into ligatures.
    assert "Pistol" in str(visual_text("مسدس Pistol", regular, 10))
    assert visual_text("Plain text", regular, 10) == "Plain text"


def test_arabic_line_is_right_aligned_and_fits():
    label = MULTISCRIPT[0]
    lay = layout_label(label, "zebra-4x2-203")
    (desc,) = [f for f in lay.texts if f.text.startswith("مسدس")]
    assert desc.align == "right"
    assert text_width(desc.text, desc.font, desc.size) <= desc.width + 1e-6


# ------------------------------------------------------------------------------------------- truncation
@pytest.mark.parametrize(
    "text", [ARABIC, CYRILLIC, ACCENTED, "x" * 300, "Nowhitespaceatallinthisverylongword" * 5]
)
@pytest.mark.parametrize("width", [40.0, 90.0, 150.0])
def test_fit_text_truncates_cleanly_with_an_ellipsis(text, width):
    regular, _bold, _mono = register_fonts()
    fitted = fit_text(text, regular, 8, width)
    assert text_width(fitted, regular, 8) <= width
    assert fitted.endswith(ELLIPSIS)
    body = fitted[:-1]
    assert text.startswith(body) and body
    assert body == body.rstrip(" ,;:")
    assert not unicodedata.combining(text[len(body)]) if len(body) < len(text) else True
    # Nearly full: not much room wasted (a word boundary may cost part of a word).
    assert text_width(fitted, regular, 8) > width * 0.5


def test_fit_text_prefers_word_boundaries_and_keeps_short_text():
    regular, _bold, _mono = register_fonts()
    assert fit_text("Short", regular, 8, 100) == "Short"
    fitted = fit_text(
        "Serial number TK 44123456789", regular, 8, text_width("Serial number TK 4412", regular, 8)
    )
    assert fitted == "Serial number TK" + ELLIPSIS
    path = "Central station › Evidence room › Vault B › Shelf 3 › Bin 12"
    tail = fit_text(path, regular, 8, 100, keep="end")
    assert tail.startswith(ELLIPSIS) and path.endswith(tail[1:]) and text_width(tail, regular, 8) <= 100


def test_wrap_text():
    regular, _bold, _mono = register_fonts()
    lines = wrap_text(ACCENTED, regular, 9, 120, 3)
    assert len(lines) == 3
    assert lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, regular, 9) <= 120 for line in lines)
    assert " ".join(lines[:2]) == ACCENTED[: len(" ".join(lines[:2]))]
    assert wrap_text("two words", regular, 9, 200, 3) == ["two words"]
    assert wrap_text("", regular, 9, 200, 3) == []


# ------------------------------------------------------------------------------------------- layout
@pytest.mark.parametrize("template", TEMPLATES)
def test_text_stays_inside_the_label_and_off_the_bars(template):
    from custody.reports.labels import load_template

    tpl = load_template(template)
    long = ItemLabel(
        "UN-DIL-26-000123-7", "2026-000042-" + "9" * 40, "Category " * 10, "2026-01-14", ACCENTED * 3
    )
    longest = ItemLabel("ABCDEF-99-999999-Z", "2026-000042", "Drugs", "2026-01-14", ACCENTED)
    for label in [*MULTISCRIPT, long, longest, *ACCEPTANCE_LABELS]:
        lay = layout_label(label, tpl)
        bc = lay.barcode
        for f in lay.texts:
            w = text_width(f.text, f.font, f.size)
            assert w <= f.width + 1e-6, f.text
            assert f.x >= tpl.margin_left - 1e-6 and f.x + f.width <= tpl.width - tpl.margin_right + 1e-6
            top, bottom = f.baseline + 0.93 * f.size, f.baseline - 0.24 * f.size
            assert top <= tpl.height - tpl.margin_top + 1e-6 and bottom >= tpl.margin_bottom - 0.25 * f.size
            assert bottom >= bc.y + bc.height or top <= bc.y, f"{f.text!r} overlaps the bars"
        (ident,) = [f for f in lay.texts if f.font == "CustodyMono"]
        assert ident.baseline + 0.8 * ident.size < bc.y  # the id is under the bars


def test_render_rejects_nothing_to_print():
    with pytest.raises(ValueError):
        render_labels_pdf([], "zebra-4x2-203")
    with pytest.raises(ValueError):
        render_labels_zpl([], "zebra-4x2-203")
    with pytest.raises(ValueError):
        render_labels_pdf([ItemLabel("ÜNP-1", "c", "d", "e", "f")], "zebra-4x2-203")  # not Code 128


def test_pdf_has_one_page_per_roll_label():
    pdf = render_labels_pdf(MULTISCRIPT, "brother-ql-62x29")
    doc = pdfium.PdfDocument(pdf)
    assert len(doc) == len(MULTISCRIPT)
    doc.close()


def test_zpl_sends_text_as_typed_and_lets_the_printer_lay_out_arabic():
    arabic, cyrillic, accented = render_labels_zpl(MULTISCRIPT[:3], "zebra-4x2-300").split("^XZ\n")[:3]
    assert "^CI28" in arabic
    # Arabic in logical order, as typed; the printer orders and joins it (^PA: bidi and shaping on).
    assert "^PA0,1,1,0" in arabic and "^FDمسدس عيار 9 ملم" in arabic
    assert "^A@N" in arabic and "E:TT0003M_.TTF" in arabic  # a Unicode font for non-Latin-1 text
    assert not any(0xFB00 <= ord(ch) <= 0xFEFF for ch in arabic)  # no presentation forms, no ligatures
    assert "Пистолет Макарова" in cyrillic and "^PA" not in cyrillic  # left-to-right labels need no ^PA
    assert "^A0N" in accented and "^FDGN-BES-26-000001-K^FS" in accented  # Latin lines: built-in font


# ------------------------------------------------------------------------------------------- printing
def _fake_lp(folder, body: str) -> None:
    lp = folder / "lp"
    lp.write_text("#!/bin/sh\n" + body)
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)


def test_send_zpl_without_lp_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LabelPrintError, match="'lp' command was not found"):
        send_zpl_to_printer("^XA^XZ", "zebra1")


def test_send_zpl_reports_lp_failure(tmp_path, monkeypatch):
    _fake_lp(tmp_path, 'echo "lp: The printer or class does not exist." >&2\nexit 1\n')
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LabelPrintError, match="does not exist"):
        send_zpl_to_printer("^XA^XZ", "nosuch")


def test_send_zpl_pipes_raw_data_to_lp(tmp_path, monkeypatch):
    out = tmp_path / "out"
    _fake_lp(tmp_path, f'echo "$@" > "{out}.args"\ncat > "{out}"\n')
    monkeypatch.setenv("PATH", str(tmp_path) + os.pathsep + "/usr/bin:/bin")
    zpl = render_labels_zpl(MULTISCRIPT[1:2], "zebra-4x2-203")
    send_zpl_to_printer(zpl, "zebra1")
    assert (tmp_path / "out.args").read_text().split() == ["-d", "zebra1", "-o", "raw"]
    assert out.read_bytes() == zpl.encode("utf-8")
    with pytest.raises(LabelPrintError):
        send_zpl_to_printer(zpl, "-o evil")


@pytest.mark.parametrize("template", TEMPLATES)
def test_arabic_label_lines_read_as_typed_in_three_extractors(template, tmp_path):
    """Every Arabic line drawn on the labels (description, location name and path) is extracted exactly as it
    was laid out (logical order) by pdftotext, pypdf and pdfminer.six."""
    import re
    import subprocess

    from pdfminer.high_level import extract_text as pdfminer_text

    from custody.reports.bidi_text import has_rtl

    register_fonts()
    lines = [f.text for label in MULTISCRIPT for f in layout_label(label, template).texts if has_rtl(f.text)]
    assert len(lines) >= 3
    pdf = render_labels_pdf(MULTISCRIPT, template)
    (tmp_path / "labels.pdf").write_bytes(pdf)
    marks = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
    texts = {
        "pdftotext": subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "labels.pdf"), "-"],
                                    capture_output=True, text=True, check=True).stdout,
        "pypdf": " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages),
        "pdfminer.six": pdfminer_text(io.BytesIO(pdf)),
    }
    for tool, text in texts.items():
        text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).translate(marks))
        for line in lines:
            assert line in text, (tool, line)
