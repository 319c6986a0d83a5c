"""Right-to-left text in report PDFs (reports/bidi_text.py): what three extractors read back, across wrapped
lines, pages, bold markup and page headers. (tests/report_service/test_text_extraction.py does the same on a
report built through the services.)"""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata

import pypdf
import pytest
from pdfminer.high_level import extract_text as pdfminer_text

from custody.reports.base import ReportRenderer, markup_para, para
from custody.reports.bidi_text import RtlParagraph, actual_text, layout_line
from custody.reports.fonts import BOLD, REGULAR, register_fonts

_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
SENTENCES = 260  # enough to fill more than one A4 page at 9 pt
PHRASES = ["A و B", "محمد عبد الله (B-1004)", "x: «محمد» → «ليلى».", "الرقم ١٢٣ و 456", "لا إله", "مُحَمَّد",
           "Zoë Ångström", "Сергей Иванов", "سبب: خطأ، نعم.", "المبلغ 1,250.00 $ نقدا"]


class _Doc(ReportRenderer):
    title = "Bidi"

    def header_left(self) -> str:
        return "شرطة دلي · Dili police"

    def story(self):
        long_text = " ".join(f"Seal {n} was checked by محمد عبد الله at the door." for n in range(1, SENTENCES + 1))
        out = [self.p(p) for p in PHRASES]
        out.append(markup_para("<b>تصحيح الإدخال</b> &amp; سبب: خطأ", self.st["body"]))
        out.append(self.p(long_text))
        return out


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).translate(_MARKS))


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return _Doc().render()


@pytest.fixture(scope="module")
def texts(pdf, tmp_path_factory) -> dict[str, str]:
    path = tmp_path_factory.mktemp("bidi") / "bidi.pdf"
    path.write_bytes(pdf)
    poppler = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
    return {"pdftotext": _clean(poppler),
            "pypdf": _clean(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)),
            "pdfminer.six": _clean(pdfminer_text(io.BytesIO(pdf)))}


@pytest.mark.parametrize("tool", ["pdftotext", "pypdf", "pdfminer.six"])
def test_phrases_header_and_bold_markup_read_as_typed(texts, tool):
    text = texts[tool]
    for phrase in [*PHRASES, "تصحيح الإدخال & سبب: خطأ", "شرطة دلي · Dili police"]:
        assert phrase in text, (tool, phrase)


@pytest.mark.parametrize("tool", ["pdftotext", "pypdf", "pdfminer.six"])
def test_a_long_right_to_left_paragraph_wraps_and_continues_on_the_next_page(pdf, texts, tool):
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) >= 2
    text = texts[tool]
    for furniture in ("Page 1 of 2", "Page 2 of 2", "شرطة دلي · Dili police", "Bidi"):
        text = text.replace(furniture, " ")
    text = " ".join(text.split())
    numbers = [int(n) for n in re.findall(r"Seal (\d+) was checked by محمد عبد الله at the door\.", text)]
    # every sentence whole (not cut by a line end or the page break) and in order
    assert numbers == list(range(1, SENTENCES + 1)), tool


class _ArabicPage(ReportRenderer):
    title = "سجل"

    def story(self):
        out = [self.p(f"{name} {n}") for n in range(30) for name in ("محمد عبد الله", "ليلى الحسن")]
        return out + [self.p(p) for p in PHRASES]


def test_a_mostly_arabic_page_reads_as_typed_in_pdftotext(tmp_path):
    """poppler takes a page on which right-to-left letters outnumber left-to-right ones for a right-to-left page
    and reorders its lines the other way; the page's /ActualText is written for that (BidiCanvas)."""
    path = tmp_path / "arabic.pdf"
    path.write_bytes(_ArabicPage().render())
    text = _clean(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                                 check=True).stdout)
    for phrase in ["محمد عبد الله 7", "ليلى الحسن 29", *PHRASES]:
        assert phrase in text, phrase


def test_every_span_got_its_actual_text(pdf):
    """The /ActualText of a right-to-left line is filled in when its page is finished: none is left behind."""
    spans = 0
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        data = page.get_contents().get_data()
        assert b"custody-actual-text" not in data and b"\x00" not in data
        spans += data.count(b"/ActualText <FEFF")
    assert spans >= len(PHRASES)


def test_private_glyph_codes_are_dropped_after_each_document():
    """The codes that carry right-to-left text live in the shared fonts while a document is built, not after
    (a long-running station must not pile them up)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in (REGULAR, BOLD)]
    for _ in range(2):
        assert len(_Doc().render()) > 1000
        assert not [cp for face in faces for cp in face.charToGlyph if cp >= 0xF0000]


def test_tabs_and_runs_of_spaces_print_as_one_space():
    """As ReportLab's Paragraph shows Latin text: no missing-glyph box for a tab, one space for several."""
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    flow = para("محمد\t\tعبد   الله\r\nليلى", ParagraphStyle("t", fontName=REGULAR, fontSize=9, leading=11))
    assert flow.text == "محمد عبد الله\nليلى"
    flow.wrap(300, 100)
    assert not [g for line in flow._lines for g in line.glyphs if g.gid == 0]


def test_bold_markup_is_drawn_in_the_bold_face():
    register_fonts()
    from reportlab.lib.styles import ParagraphStyle

    flow = markup_para("<b>تصحيح</b> نص", ParagraphStyle("t", fontName=REGULAR, fontSize=9, leading=11))
    assert isinstance(flow, RtlParagraph)
    assert flow.runs == (("تصحيح", BOLD), (" نص", REGULAR))


def _cls(ch: str) -> str:
    b = unicodedata.bidirectional(ch)
    return "R" if b in ("R", "AL") else "L" if b in ("L", "EN", "AN", "ES", "ET", "CS") else "N"


def _poppler_reorder(text: str, page_rtl: bool = False) -> str:
    """poppler's reorderText (TextOutputDev.cc), its direction marks left out. Left-to-right page: stretches
    from a right-to-left letter up to the next left-to-right letter or number character are reversed.
    Right-to-left page: read from the end, stretches without a left-to-right letter or number character come
    out reversed, stretches without a right-to-left letter in order. (Which characters poppler counts as
    number characters was measured with pdftotext: the bidi classes in ``_cls``.)"""
    out = []
    if not page_rtl:
        i = 0
        while i < len(text):
            j = i
            while j < len(text) and _cls(text[j]) != "R":
                j += 1
            out.append(text[i:j])
            i = j
            while j < len(text) and _cls(text[j]) != "L":
                j += 1
            out.append(text[i:j][::-1])
            i = j
        return "".join(out)
    i = len(text) - 1
    while i >= 0:
        j = i
        while j >= 0 and _cls(text[j]) != "L":
            j -= 1
        out.append(text[j + 1:i + 1][::-1])
        i = j
        while j >= 0 and _cls(text[j]) != "R":
            j -= 1
        out.append(text[j + 1:i + 1])
        i = j
    return "".join(out)


@pytest.mark.parametrize("page_rtl", [False, True])
@pytest.mark.parametrize("text", [*PHRASES, "Captain محمد عبد الله (B-1004)", "محمد", "(محمد)", "Plain text",
                                  "محمد (B-1004) وليلى"])
def test_actual_text_undoes_what_poppler_does(text, page_rtl):
    assert _poppler_reorder(actual_text(text, page_rtl), page_rtl).translate(_MARKS) == text


def test_glyph_texts_read_left_to_right_give_the_logical_line():
    register_fonts()
    for text in [*PHRASES, "Captain محمد عبد الله (B-1004)"]:
        line = layout_line(((text, REGULAR),), 9)
        assert "".join(g.text for g in line.glyphs) == text
        assert [g.x for g in line.glyphs] == sorted(g.x for g in line.glyphs) or any(g.dy for g in line.glyphs)


@pytest.mark.parametrize("code", ["45bef3be-8dc2-4e6c-810e-a61e7d4228fa", "2026-11-28", "10:00:00", "3B-17"])
def test_a_code_that_begins_with_a_digit_prints_whole_after_an_arabic_word(code):
    """An id, date or time after an Arabic word is printed left to right in one piece (UAX #9 alone would take
    its leading digits for an Arabic number and print them on the other side of the word: "45 التقرير bef3be…")."""
    register_fonts()
    text = f"التقرير {code} · تاريخ الإصدار"
    line = layout_line(((text, REGULAR),), 9)
    start = text.index(code)
    visual = [g.logical for g in sorted(line.glyphs, key=lambda g: g.x)
              if start <= g.logical < start + len(code)]
    assert visual == list(range(start, start + len(code)))  # left to right, nothing between its characters
    between = [g.logical for g in sorted(line.glyphs, key=lambda g: g.x)]
    first, last = between.index(start), between.index(start + len(code) - 1)
    assert all(start <= i < start + len(code) for i in between[first:last + 1])
    assert "".join(g.text for g in line.glyphs) == text  # the text itself is untouched


def test_plain_numbers_keep_their_place_in_arabic_text():
    """"الحرز 1 من 2" (item 1 of 2) stays one right-to-left phrase: plain numbers are not codes."""
    register_fonts()
    text = "الحرز 1 من 2"
    line = layout_line(((text, REGULAR),), 9)
    order = [g.logical for g in sorted(line.glyphs, key=lambda g: g.x)]
    assert order.index(text.index("2")) < order.index(text.index("1"))  # read right to left: 1 ... 2
