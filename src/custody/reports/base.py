"""Base class for every PDF report: template methods, embedded fonts, safe text, page furniture.

Subclasses override ``story()`` (and, if they need to, ``styles()``, ``page_templates()``,
``pagesize``). ``render()`` returns the PDF bytes.

Safety: user text never reaches ReportLab's Paragraph mini-markup unescaped. Use ``para()`` (or
``self.p()``) for every piece of user text; it escapes ``& < >`` first, so ``<img src=...>`` or
``<font ...>`` in a description print literally instead of being interpreted.

Right-to-left text (Arabic, Hebrew). Any paragraph, table cell or header line that holds right-to-left
characters is drawn by ``custody.reports.bidi_text`` instead of ReportLab's Paragraph: Unicode bidi and HarfBuzz
shaping for the look (joined letters, right to left, marks, lam-alef), and text behind the glyphs that
pdftotext, pypdf and pdfminer.six all extract in logical order, as typed (see that module). Text without
right-to-left characters goes through ReportLab as before, never shaped (no Latin ligatures).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from custody.domain.i18n import document_text
from custody.reports.bidi_text import (
    BidiCanvas,
    RtlParagraph,
    bold_of,
    collapse_spaces,
    draw_line,
    layout_line,
    runs_from_markup,
)
from custody.reports.bidi_text import document as bidi_document
from custody.reports.fonts import register_fonts

RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")

# --- ToUnicode fix --------------------------------------------------------------------------

# --- text helpers ---------------------------------------------------------------------------


def has_rtl(text: str) -> bool:
    return bool(RTL_RE.search(text))


def safe_markup(text: object) -> str:
    """User text -> Paragraph markup: escaped, newlines as <br/> (logical order: bidi happens when drawn)."""
    s = "" if text is None else str(text)
    s = unicodedata.normalize("NFC", s).replace("\r\n", "\n").replace("\r", "\n")
    lines = [escape(line) for line in s.split("\n")]
    return "<br/>".join(lines)


_SHAPED: dict[int, ParagraphStyle] = {}


def shaped(style: ParagraphStyle) -> ParagraphStyle:
    """A copy of ``style`` with HarfBuzz shaping on (cached per style object)."""
    got = _SHAPED.get(id(style))
    if got is None or got.parent is not style:
        got = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        _SHAPED[id(style)] = got
    return got


def para(text: object, style: ParagraphStyle, *, bold: bool = False) -> Flowable:
    """A Paragraph of *user* text: always escaped, RTL-aware. Never pass markup through here."""
    s = "" if text is None else str(text)
    if has_rtl(s):
        s = unicodedata.normalize("NFC", s).replace("\r\n", "\n").replace("\r", "\n")
        return RtlParagraph(((s, bold_of(style.fontName) if bold else style.fontName),), style)
    markup = safe_markup(s)
    if bold:
        markup = f"<b>{markup}</b>"
    return Paragraph(markup, style)


def markup_para(markup: str, style: ParagraphStyle, *, rtl: bool = False) -> Flowable:
    """A Paragraph of markup the *program* wrote (user parts escaped with safe_markup()). Markup holding
    right-to-left text may use only ``<b>`` and ``<br/>`` to be drawn by ``bidi_text`` (anything else falls
    back to ReportLab's shaping, which stores the text in visual order)."""
    if rtl or has_rtl(markup):
        runs = runs_from_markup(markup, style.fontName)
        if runs is not None:
            return RtlParagraph(runs, style)
        return Paragraph(markup, shaped(style))
    return Paragraph(markup, style)


class FixedPara(Flowable):
    """A Paragraph wrapped once at a known width and drawn wherever it is placed.

    Tables wrap every cell several times (column sizing, each page split); long tables of
    repeated names spend most of their time there. One instance may be placed in many cells of
    the same width (it holds no per-placement state)."""

    def __init__(self, paragraph: Paragraph, width: float) -> None:
        super().__init__()
        self.paragraph = paragraph
        self._w, self._h = paragraph.wrap(width, 1e6)
        self.width, self.height = self._w, self._h

    def wrap(self, aw, ah):  # noqa: ARG002 - fixed size
        return self._w, self._h

    def draw(self):
        self.paragraph.drawOn(self.canv, 0, 0)


# --- page numbering -------------------------------------------------------------------------


def numbered_canvas_class(font: str, size: float, draw_total):
    """A canvas that remembers its pages and writes 'Page x of y' on each before saving."""

    class NumberedCanvas(BidiCanvas):
        def __init__(self, *args, **kwargs):
            # ReportLab's canvas starts every page with Helvetica unless told otherwise.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or size
            super().__init__(*args, **kwargs)
            self._saved_page_states: list[dict] = []

        def showPage(self):  # noqa: N802 (ReportLab API)
            self._saved_page_states.append(dict(self.__dict__))
            self._startPage()
            self._bidi_new_page()  # the saved state keeps this page's right-to-left lines and letter count

        def save(self):
            total = len(self._saved_page_states)
            for state in self._saved_page_states:
                self.__dict__.update(state)
                draw_total(self, self._pageNumber, total)
                super().showPage()  # BidiCanvas: writes this page's /ActualText, then the page
            super().save()

    return NumberedCanvas


# --- the renderer ---------------------------------------------------------------------------


class ReportRenderer:
    """Template-method base for every PDF report (habit 10)."""

    pagesize = A4
    margins = (15 * mm, 15 * mm, 20 * mm, 16 * mm)  # left, right, top, bottom
    title: str = "Report"

    def __init__(self) -> None:
        self.font, self.font_bold, self.font_mono = self.fonts()
        self.st = self.styles()
        self._para_cache: dict[tuple[str, str, float], Flowable] = {}

    # --- template methods -------------------------------------------------------------------

    def fonts(self) -> tuple[str, str, str]:
        return register_fonts()

    def styles(self) -> dict[str, ParagraphStyle]:
        f, b, m = self.font, self.font_bold, self.font_mono
        base = ParagraphStyle("body", fontName=f, fontSize=9, leading=11.5, alignment=TA_LEFT)
        return {
            "body": base,
            "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.2),
            "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.2),
            "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=b, fontSize=7.5, leading=9.2),
            "head": ParagraphStyle("head", parent=base, fontName=b, fontSize=7.5, leading=9.2,
                                   textColor=colors.white),
            "label": ParagraphStyle("label", parent=base, fontName=b, fontSize=8, leading=10,
                                    textColor=colors.HexColor("#333333")),
            "title": ParagraphStyle("title", parent=base, fontName=b, fontSize=15, leading=19,
                                    spaceAfter=4),
            "h1": ParagraphStyle("h1", parent=base, fontName=b, fontSize=12, leading=15,
                                 spaceBefore=8, spaceAfter=4, keepWithNext=1),
            "h2": ParagraphStyle("h2", parent=base, fontName=b, fontSize=10, leading=13,
                                 spaceBefore=6, spaceAfter=3, keepWithNext=1),
            "h2_loose": ParagraphStyle("h2_loose", parent=base, fontName=b, fontSize=10, leading=13,
                                       spaceBefore=6, spaceAfter=3),
            "mono": ParagraphStyle("mono", parent=base, fontName=m, fontSize=7, leading=8.6),
            "mono_small": ParagraphStyle("mono_small", parent=base, fontName=m, fontSize=6.2,
                                         leading=7.6),
            "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        }

    def page_templates(self, doc: BaseDocTemplate) -> list[PageTemplate]:
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        return [PageTemplate(id="page", frames=[frame], onPage=self.draw_page)]

    def story(self) -> list[Flowable]:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- page furniture ---------------------------------------------------------------------

    def header_left(self) -> str:
        """Agency (and station) shown at the top left of every page."""
        return ""

    def header_right(self) -> str:
        return self.title

    def footer_left(self) -> str:
        return ""

    def page_label(self, page: int, total: int) -> str:
        return self.label("page_x_of_y", "Page {page} of {total}").format(page=page, total=total)

    @property
    def labels(self) -> dict[str, str]:
        return getattr(self, "_labels", {}) or {}

    def label(self, key: str, default: str) -> str:
        """The caption ``key``: given by the data, else ``default`` (English, catalogued under the context
        "Report") in the document's language (``custody.domain.i18n.document_language``)."""
        return self.labels.get(key) or document_text("Report", default)

    def _draw_text(self, canv, x: float, y: float, text: str, font: str, size: float, align: str = "l"):
        if has_rtl(text):  # shaped, right to left, extractable in logical order (bidi_text)
            line = layout_line(((collapse_spaces(text.replace("\n", " ")), font),), size)
            dx = {"r": -line.width, "c": -line.width / 2}.get(align, 0)
            canv.setFont(font, size)
            draw_line(canv, line, x + dx, y, size)
            return
        canv.setFont(font, size)
        if align == "r":
            canv.drawRightString(x, y, text)
        elif align == "c":
            canv.drawCentredString(x, y, text)
        else:
            canv.drawString(x, y, text)

    def _fit(self, text: str, font: str, size: float, width: float) -> str:
        if stringWidth(text, font, size) <= width:
            return text
        while text and stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        return text + "…"

    def draw_page(self, canv, doc) -> None:
        """Header and footer (except the page count, written by the numbered canvas)."""
        w, h = self.pagesize
        left, right, top, bottom = self.margins
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#555555"))
        canv.setLineWidth(0.5)
        y = h - top + 6 * mm
        half = (w - left - right) / 2 - 4 * mm
        self._draw_text(canv, left, y, self._fit(self.header_left(), self.font_bold, 8.5, half),
                        self.font_bold, 8.5)
        self._draw_text(canv, w - right, y, self._fit(self.header_right(), self.font, 8.5, half),
                        self.font, 8.5, "r")
        canv.line(left, y - 2 * mm, w - right, y - 2 * mm)
        fy = bottom - 8 * mm
        canv.line(left, fy + 3.5 * mm, w - right, fy + 3.5 * mm)
        self._draw_text(canv, left, fy, self._fit(self.footer_left(), self.font, 7, w - left - right - 40 * mm),
                        self.font, 7)
        canv.restoreState()

    def _draw_page_count(self, canv, page: int, total: int) -> None:
        w, _h = self.pagesize
        _left, right, _top, bottom = self.margins
        canv.saveState()
        canv.setFillColor(colors.black)
        self._draw_text(canv, w - right, bottom - 8 * mm, self.page_label(page, total), self.font, 7.5, "r")
        canv.restoreState()

    # --- building blocks --------------------------------------------------------------------

    def p(self, text: object, style: str = "body", *, bold: bool = False) -> Paragraph:
        return para(text, self.st[style], bold=bold)

    def c(self, text: object, width: float, style: str = "cell"):
        """A table cell of user text, fast: left-to-right text is wrapped here into a plain string
        (no markup parsing, so nothing to escape; ReportLab draws it line by line); right-to-left
        text (an RtlParagraph, see bidi_text), or a word too long for the column, becomes a paragraph
        wrapped once and shared by every cell with the same text, style and width. The column's FONTNAME, FONTSIZE, LEADING
        (and TEXTCOLOR) in the table style must match ``style`` (see ``grid(fonts=...)``)."""
        s = "" if text is None else unicodedata.normalize("NFC", str(text))
        st = self.st[style]
        if not has_rtl(s):
            avail = width - 5.5
            font, size = st.fontName, st.fontSize
            lines: list[str] = []
            for raw in s.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
                if stringWidth(raw, font, size) <= avail:
                    lines.append(raw)
                    continue
                wrapped = simpleSplit(raw, font, size, avail)
                if any(stringWidth(w, font, size) > avail for w in wrapped):
                    lines = []
                    break  # a word longer than the column: let Paragraph split it
                lines.extend(wrapped)
            else:
                return "\n".join(lines)
        return self.cached_para(s, style, width - 5.5)

    def cached_para(self, text: str, style: str, width: float) -> Flowable:
        key = (text, style, round(width, 2))
        got = self._para_cache.get(key)
        if got is None:
            paragraph = para(text, self.st[style])
            got = FixedPara(paragraph, width)
            if got.height > 200:  # long text: keep it splittable across pages
                got = para(text, self.st[style])
            else:
                self._para_cache[key] = got
        return got

    def kv_table(self, pairs: Sequence[tuple[str, object]], widths: Sequence[float],
                 cols: int = 1) -> Table:
        """A label/value grid; ``cols`` label+value pairs per row."""
        lw, vw = widths[0], widths[1]
        cells = [(self.c(k, lw, "label"), self.c(v, vw, "body")) for k, v in pairs]
        rows = []
        for i in range(0, len(cells), cols):
            row: list = []
            for pair in cells[i:i + cols]:
                row.extend(pair)
            while len(row) < 2 * cols:
                row.append("")
            rows.append(row)
        t = Table(rows, colWidths=[lw, vw] * cols)
        lab, body = self.st["label"], self.st["body"]
        styles = [
            ("FONTNAME", (0, 0), (-1, -1), body.fontName),
            ("FONTSIZE", (0, 0), (-1, -1), body.fontSize),
            ("LEADING", (0, 0), (-1, -1), body.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        for k in range(cols):
            styles += [("FONTNAME", (2 * k, 0), (2 * k, -1), lab.fontName),
                       ("FONTSIZE", (2 * k, 0), (2 * k, -1), lab.fontSize),
                       ("LEADING", (2 * k, 0), (2 * k, -1), lab.leading),
                       ("TEXTCOLOR", (2 * k, 0), (2 * k, -1), lab.textColor)]
        t.setStyle(TableStyle(styles))
        return t

    def grid(self, header: Sequence[str], rows: Iterable[Sequence], widths: Sequence[float],
             extra_styles: Sequence[tuple] = (), fonts: dict[int, str] | None = None) -> Table:
        """A data table: header row repeated on every page, cells are strings (see ``c()``) or
        flowables. ``fonts`` maps a column index to the style name used for its plain-string cells."""
        data = [[self.cached_para(h, "head", w - 5.5) for h, w in zip(header, widths, strict=True)]]
        data.extend(list(r) for r in rows)
        t = LongTable(data, colWidths=list(widths), repeatRows=1)  # faster page splits
        col_fonts = []
        for col, style_name in (fonts or {}).items():
            st = self.st[style_name]
            col_fonts += [("FONTNAME", (col, 1), (col, -1), st.fontName),
                          ("FONTSIZE", (col, 1), (col, -1), st.fontSize),
                          ("LEADING", (col, 1), (col, -1), st.leading)]
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("LEADING", (0, 0), (-1, -1), 9.2),
            *col_fonts,
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3a3a3a")),
            ("GRID", (0, 0), (-1, -1), 0.35, colors.HexColor("#888888")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            *extra_styles,
        ]))
        return t

    def spacer(self, height_mm: float = 3) -> Spacer:
        return Spacer(1, height_mm * mm)

    # --- render -----------------------------------------------------------------------------

    def document_metadata(self) -> dict[str, str]:
        return {"title": self.title, "author": self.header_left(), "subject": self.title,
                "creator": "Custody"}

    def render(self) -> bytes:
        buf = io.BytesIO()
        left, right, top, bottom = self.margins
        meta = self.document_metadata()
        doc = BaseDocTemplate(
            buf, pagesize=self.pagesize, leftMargin=left, rightMargin=right, topMargin=top,
            bottomMargin=bottom, title=meta["title"], author=meta["author"], subject=meta["subject"],
            creator=meta["creator"], producer="Custody (ReportLab)", invariant=False,  # real CreationDate and ModDate
            initialFontName=self.font, initialFontSize=9, initialLeading=11.5,
        )
        doc.addPageTemplates(self.page_templates(doc))
        # ASCII85 on top of Flate makes streams 25 % bigger and costs ~10 % of the render time in
        # ReportLab's pure-Python encoder; PDF readers need neither. (Global ReportLab setting.)
        old_a85 = rl_config.useA85
        rl_config.useA85 = 0
        try:
            with bidi_document():  # right-to-left glyph codes for this document (bidi_text)
                doc.build(self.story(), canvasmaker=numbered_canvas_class(self.font, 7.5, self._draw_page_count))
        finally:
            rl_config.useA85 = old_a85
        return buf.getvalue()
