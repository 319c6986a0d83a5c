"""Barcode labels for items, locations (``LOC-``) and officer badges (``OFF-``): PDF and ZPL II.

One layout (:func:`layout_label`) in points drives both writers, so a Zebra prints what the PDF preview shows.

* The barcode is Code 128 from python-barcode, drawn as vector bars. Its narrow bar (module) is the largest
  whole number of printer dots (template ``dpi``) that fits: the bars inside the printable width (label minus
  margins) and the bars plus a quiet zone of at least 10 modules each side inside the label (the quiet zone
  may run over the margins to the cut edge: it is blank). The first bar sits on the dot grid, so every bar
  edge falls on a dot edge and the printer never has to round a bar.
* A template may cap the module (``layout.module_max_mm``). The A4 sheet caps it at 6 dots (0.254 mm, what the
  longest ids need anyway): 7 dots would be 2.37 pixels at 203 dpi, where bar edges alternate between rounding
  up and down, and about 1 label in 200 then did not decode when rendered at 203 dpi (6, 8, 9 and 10 dots:
  none missed).
* Every module is a whole number of dots. Item-id prefixes are at most 6 characters (custody.domain.ids), so the
  longest item id (18 characters) is 222 modules: on the 62 mm Brother label (732 dots at 300 dpi) that is 3-dot
  (0.254 mm) bars with 10-module quiet zones, which still renders at 2 pixels per module at 203 dpi and decodes.
  (With 7-character prefixes 3 dots no longer fit and 2 dots, 1.35 pixels at 203 dpi, do not decode.)
* Text uses the embedded DejaVu fonts (never Helvetica); measuring, fitting, wrapping and right-to-left
  shaping are in :mod:`custody.reports.label_text`. The item id and the case number are always printed whole
  (the case number shrinks and wraps, see :func:`case_number_lines`); the category and the description are
  shortened with an ellipsis when they do not fit, and the description loses lines first when a long case
  number needs the room.
* ZPL text fields carry exactly the label's characters in typed order; the printer lays out Arabic (^PA).
* Templates are JSON files in ``resources/labels/`` (see :func:`list_templates`).
"""

from __future__ import annotations

import io
import json
import math
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas

from custody.paths import resource
from custody.reports.barcode_vector import (
    QUIET_ZONE_MODULES,
    Code128Symbol,
    draw_code128,
    encode_code128,
    zpl_code128_field,
)
from custody.reports.bidi_text import BidiCanvas, draw_line, layout_line
from custody.reports.bidi_text import document as bidi_document
from custody.reports.fonts import register_fonts
from custody.reports.label_text import (
    ELLIPSIS,
    clean_text,
    fit_text,
    has_rtl,
    is_rtl,
    text_width,
    visual_text,
    wrap_code,
    wrap_text,
)

__all__ = [
    "ELLIPSIS",
    "MIN_MODULE_MM",
    "BadgeLabel",
    "ItemLabel",
    "LabelPrintError",
    "LocationLabel",
    "TemplateInfo",
    "list_templates",
    "load_template",
    "layout_label",
    "render_labels_pdf",
    "render_labels_zpl",
    "send_zpl_to_printer",
    "sheet_cell_origin",
    "text_width",
    "fit_text",
    "visual_text",
    "wrap_text",
]

MM = 72.0 / 25.4  # points per millimetre
_ASCENT = 0.93  # DejaVu Sans ascent / descent (em); enough for accents and Arabic marks
_DESCENT = 0.24
_CAP = 0.73
MIN_MODULE_MM = 0.25
"""Narrowest module wanted: 2 pixels at 203 dpi (0.25 mm = 2 dots at 203 dpi, 3 at 300, 6 at 600)."""
Align = Literal["left", "right", "center"]


# --------------------------------------------------------------------------------------------------- data in
@dataclass(frozen=True, slots=True)
class ItemLabel:
    item_id: str
    case_number: str
    category_label: str
    seized_on: str
    description: str


@dataclass(frozen=True, slots=True)
class LocationLabel:
    location_id: str
    name: str
    path: str


@dataclass(frozen=True, slots=True)
class BadgeLabel:
    badge_id: str
    full_name: str
    rank: str
    unit: str


AnyLabel = ItemLabel | LocationLabel | BadgeLabel


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    name: str
    title: str
    width_mm: float
    height_mm: float
    dpi: int
    per_page: int
    zpl: bool = False  # True when render_labels_zpl accepts the template (roll labels for a ZPL printer)
    printer: str = ""  # what it is printed on ("Brother QL", "Office laser (600 dpi)")


class LabelPrintError(RuntimeError):
    """Sending labels to a printer failed; the message says why in words."""


# --------------------------------------------------------------------------------------------------- templates
@dataclass(frozen=True, slots=True)
class Sheet:
    width: float  # page size, points
    height: float
    columns: int
    rows: int
    left: float  # top-left corner of the first cell, from the page's top-left corner
    top: float
    pitch_x: float
    pitch_y: float


@dataclass(frozen=True, slots=True)
class Style:
    title_pt: float  # bold first line (case number)
    big_pt: float  # location and officer names
    text_pt: float  # other lines
    id_pt: float  # human-readable id under the bars
    line_gap_pt: float
    description_lines: int
    gap: float  # points between blocks
    barcode_min: float  # points
    barcode_max: float
    module_max_mm: float | None = None  # widest module allowed (one module size on every label of a sheet)


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    title: str
    dpi: int
    width: float  # label, points (roll labels: rounded to whole printer dots)
    height: float
    width_mm: float  # nominal label size
    height_mm: float
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    sheet: Sheet | None
    style: Style
    zpl: bool
    order: int = 0
    printer: str = ""

    @property
    def dot(self) -> float:
        """One printer dot, in points."""
        return 72.0 / self.dpi

    @property
    def per_page(self) -> int:
        return self.sheet.columns * self.sheet.rows if self.sheet else 1

    def info(self) -> TemplateInfo:
        return TemplateInfo(
            name=self.name,
            title=self.title,
            width_mm=self.width_mm,
            height_mm=self.height_mm,
            dpi=self.dpi,
            per_page=self.per_page,
            zpl=self.zpl,
            printer=self.printer,
        )


def _parse_template(data: dict) -> Template:
    lay = data["layout"]
    mar = data["margins_mm"]
    sh = data.get("sheet")
    sheet = None
    if sh:
        sheet = Sheet(
            width=sh["width_mm"] * MM,
            height=sh["height_mm"] * MM,
            columns=int(sh["columns"]),
            rows=int(sh["rows"]),
            left=sh["left_mm"] * MM,
            top=sh["top_mm"] * MM,
            pitch_x=sh["pitch_x_mm"] * MM,
            pitch_y=sh["pitch_y_mm"] * MM,
        )
    dpi = int(data["dpi"])
    width_mm = float(data["label"]["width_mm"])
    height_mm = float(data["label"]["height_mm"])
    if sheet is None:
        # A roll label's page is a whole number of printer dots (62 mm at 300 dpi -> 732 dots), so the printer
        # (and a renderer at its resolution) maps PDF points to dots without rescaling the bars.
        width, height = (round(v * dpi / 25.4) * 72.0 / dpi for v in (width_mm, height_mm))
    else:
        width, height = width_mm * MM, height_mm * MM
    return Template(
        name=data["name"],
        title=data["title"],
        dpi=dpi,
        width=width,
        height=height,
        width_mm=width_mm,
        height_mm=height_mm,
        margin_left=mar["left"] * MM,
        margin_right=mar["right"] * MM,
        margin_top=mar["top"] * MM,
        margin_bottom=mar["bottom"] * MM,
        sheet=sheet,
        style=Style(
            title_pt=float(lay["title_pt"]),
            big_pt=float(lay["big_pt"]),
            text_pt=float(lay["text_pt"]),
            id_pt=float(lay["id_pt"]),
            line_gap_pt=float(lay["line_gap_pt"]),
            description_lines=int(lay["description_lines"]),
            gap=lay["gap_mm"] * MM,
            barcode_min=lay["barcode_min_mm"] * MM,
            barcode_max=lay["barcode_max_mm"] * MM,
            module_max_mm=float(lay["module_max_mm"]) if lay.get("module_max_mm") else None,
        ),
        zpl=bool(data.get("zpl", False)),
        order=int(data.get("order", 0)),
        printer=str(data.get("printer", "")),
    )


@cache
def _templates() -> dict[str, Template]:
    folder = resource("labels")
    found: dict[str, Template] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            tpl = _parse_template(json.loads(path.read_text(encoding="utf-8")))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"Label template {path.name} is invalid: {exc}") from exc
        found[tpl.name] = tpl
    return dict(sorted(found.items(), key=lambda kv: (kv[1].order, kv[0])))


def load_template(name: str) -> Template:
    try:
        return _templates()[name]
    except KeyError:
        known = ", ".join(_templates())
        raise ValueError(f"Unknown label template {name!r} (known: {known})") from None


def list_templates() -> list[TemplateInfo]:
    """Every shipped label template, in display order."""
    return [tpl.info() for tpl in _templates().values()]


# --------------------------------------------------------------------------------------------------- layout
@dataclass(frozen=True, slots=True)
class TextField:
    """One line of text. ``x``/``width`` is the box the line is aligned in, ``baseline`` from the label bottom."""

    text: str  # logical order, already fitted to ``width``
    font: str
    size: float
    x: float
    baseline: float
    width: float
    align: Align
    rtl: bool = False  # direction of the paragraph the line belongs to (bidi ordering)


@dataclass(frozen=True, slots=True)
class BarcodeField:
    symbol: Code128Symbol
    x: float  # left edge of the first bar, points from the label's left edge (quiet zone is left of it)
    y: float  # bottom of the bars, points from the label's bottom edge
    height: float
    module_dots: int  # dots per module (whole dots)
    module: float  # points

    @property
    def whole_dots(self) -> bool:
        return isinstance(self.module_dots, int)

    @property
    def width(self) -> float:
        return self.symbol.module_count * self.module


@dataclass(frozen=True, slots=True)
class LabelLayout:
    width: float
    height: float
    barcode: BarcodeField
    texts: tuple[TextField, ...]


def _label_id(label: AnyLabel) -> str:
    if isinstance(label, ItemLabel):
        return label.item_id
    if isinstance(label, LocationLabel):
        return label.location_id
    if isinstance(label, BadgeLabel):
        return label.badge_id
    raise TypeError(f"Not a label: {type(label).__name__}")


def _module_dots(tpl: Template, symbol: Code128Symbol) -> int:
    """Printer dots per module: the largest whole number such that the bars fit the printable width and bars
    plus quiet zones fit the label."""
    dot = tpl.dot
    content_dots = math.floor((tpl.width - tpl.margin_left - tpl.margin_right) / dot + 1e-6)
    label_dots = math.floor(tpl.width / dot + 1e-6)
    n = symbol.module_count
    dots = min(content_dots // n, label_dots // (n + 2 * QUIET_ZONE_MODULES))
    if tpl.style.module_max_mm:
        dots = min(dots, math.floor(tpl.style.module_max_mm * tpl.dpi / 25.4 + 1e-9))
    if dots < 1:
        raise ValueError(f"The id {symbol.data!r} is too long for a barcode on template {tpl.name!r}")
    return dots


CASE_MAX_LINES = 3
MIN_CASE_PT = 5.0
"""The case number is never cut: one line at the title size or smaller (down to the template's text size),
else wrapped on up to CASE_MAX_LINES lines, shrinking to MIN_CASE_PT if it must. The longest case number
the app accepts (custody.domain.ids.CASE_NUMBER_MAX characters of the widest letter in the font) fits on
every template (tests/reports/test_labels_acceptance.py)."""


def _sizes(start: float, stop: float) -> list[float]:
    """Font sizes from ``start`` down to ``stop`` in half points."""
    out, size = [], start
    while size >= stop - 1e-9:
        out.append(size)
        size -= 0.5
    return out


def case_number_lines(case: str, font: str, st: Style, width: float, beside: float) -> tuple[list[str], float, bool]:
    """How the case number is printed: (lines, font size, fits beside the date on the first line)."""
    case = clean_text(case)
    if text_width(case, font, st.title_pt) <= beside:
        return [case], st.title_pt, True
    floor = min(st.text_pt, st.title_pt)
    for size in _sizes(st.title_pt, floor):
        if text_width(case, font, size) <= width:
            return [case], size, False
    for count in range(2, CASE_MAX_LINES + 1):
        for size in _sizes(st.title_pt, floor):
            wrapped = wrap_code(case, font, size, width, count)
            if wrapped:
                return wrapped, size, False
    for size in _sizes(floor - 0.5, MIN_CASE_PT):
        wrapped = wrap_code(case, font, size, width, CASE_MAX_LINES)
        if wrapped:
            return wrapped, size, False
    raise ValueError(f"The case number {case!r} does not fit on a label {width / MM:.0f} mm wide")


def layout_label(label: AnyLabel, template: str | Template, origin_x: float = 0.0) -> LabelLayout:
    """Place every field of ``label`` on ``template`` (points, from the label's bottom-left corner).

    ``origin_x`` is the label's left edge on the page; the barcode is snapped to the page's dot grid. The item id
    and the case number are always printed whole; when a long case number leaves too little room for the bars,
    the description gets fewer lines, then the category line is left out."""
    tpl = template if isinstance(template, Template) else load_template(template)
    st = tpl.style
    for desc_lines in range(st.description_lines, -1, -1):
        lay = _layout(label, tpl, origin_x, desc_lines, True)
        if lay is not None:
            return lay
    lay = _layout(label, tpl, origin_x, 0, False)
    if lay is None:
        raise ValueError(f"Template {tpl.name!r} leaves no room for the barcode of {_label_id(label)!r}")
    return lay


def _layout(label: AnyLabel, tpl: Template, origin_x: float, desc_lines: int, category: bool) -> LabelLayout | None:
    regular, bold, mono = register_fonts()
    st = tpl.style
    left = tpl.margin_left
    width = tpl.width - tpl.margin_left - tpl.margin_right
    texts: list[TextField] = []
    y = tpl.height - tpl.margin_top  # top of the next line

    def line(text: str, font: str, size: float, keep: str = "start", rtl: bool | None = None,
             reserve: float = 0.0) -> tuple[float, bool]:
        """One line of ``text``, fitted to the width less ``reserve`` points kept free for the date at its end
        (right, or left on a right-to-left line). Returns its baseline and direction."""
        nonlocal y
        fitted = fit_text(text, font, size, width - reserve, keep=keep)  # type: ignore[arg-type]
        rtl = is_rtl(fitted) if rtl is None else rtl
        baseline = y - _ASCENT * size
        if fitted:
            x = left + reserve if rtl else left
            texts.append(TextField(fitted, font, size, x, baseline, width - reserve, "right" if rtl else "left",
                                   rtl))
        y = baseline - _DESCENT * size - st.line_gap_pt
        return baseline, rtl

    def lines(text: str, font: str, size: float, max_lines: int) -> None:
        rtl = is_rtl(clean_text(text))  # one paragraph direction for all its lines
        for part in wrap_text(text, font, size, width, max_lines):
            line(part, font, size, rtl=rtl)

    if isinstance(label, ItemLabel):
        # Case number (bold), whole, with the seizure date at the end of its first line when both fit there,
        # else at the end of the category line.
        date = clean_text(label.seized_on)
        date_w = text_width(date, regular, st.text_pt) + 2 * MM if date else 0.0
        case = clean_text(label.case_number)
        case_lines, case_pt, beside = case_number_lines(case, bold, st, width, width - date_w)
        case_rtl = is_rtl(case)
        date_at: tuple[float, bool] | None = None  # baseline and direction of the line the date goes on
        for i, part in enumerate(case_lines):
            placed = line(part, bold, case_pt, rtl=case_rtl, reserve=date_w if beside else 0.0)
            date_at = placed if i == 0 and beside else date_at
        if category or (date and not beside):
            placed = line(label.category_label if category else "", regular, st.text_pt,
                          reserve=0.0 if beside else date_w)
            date_at = date_at or placed
        if date and date_at:
            texts.append(TextField(date, regular, st.text_pt, left, date_at[0], width,
                                   "left" if date_at[1] else "right"))
        lines(label.description, regular, st.text_pt, desc_lines)
    elif isinstance(label, LocationLabel):
        lines(label.name, bold, st.big_pt, max(1, st.description_lines // 3))
        line(label.path, regular, st.text_pt, keep="end")
    elif isinstance(label, BadgeLabel):
        lines(label.full_name, bold, st.big_pt, max(1, st.description_lines // 3))
        line(label.rank, regular, st.text_pt)
        line(label.unit, regular, st.text_pt)
    text_bottom = y + st.line_gap_pt

    # Human-readable id, centred under the bars, on the bottom margin.
    ident = _label_id(label)
    symbol = encode_code128(ident)
    dots = _module_dots(tpl, symbol)
    module = dots * tpl.dot
    bars_w = symbol.module_count * module
    id_size = st.id_pt
    while id_size > 4 and pdfmetrics.stringWidth(ident, mono, id_size) > width:
        id_size -= 0.5
    # Barcode: as tall as the space between the text and the id allows (within min/max), centred in that space.
    space_bottom = tpl.margin_bottom + (_CAP + 0.12) * id_size + st.gap
    space_top = text_bottom - st.gap
    height = min(st.barcode_max, space_top - space_bottom)
    if height < st.barcode_min - 1e-6:
        return None
    bar_y = space_bottom + (space_top - space_bottom - height) / 2
    # Bars start and end on whole dots vertically too (roll labels are whole dots high, so ZPL matches exactly).
    dot = tpl.dot
    bar_top = math.floor((bar_y + height) / dot + 1e-6) * dot
    bar_y = math.ceil(bar_y / dot - 1e-6) * dot
    height = bar_top - bar_y
    id_baseline = bar_y - st.gap - _CAP * id_size
    # Centre the bars, then snap the first bar to the printer's dot grid (on the page, for sheets).
    bar_x = (tpl.width - bars_w) / 2
    bar_x = round((origin_x + bar_x) / tpl.dot) * tpl.dot - origin_x
    texts.append(TextField(ident, mono, id_size, bar_x, id_baseline, bars_w, "center"))
    barcode = BarcodeField(symbol, bar_x, bar_y, height, dots, module)
    return LabelLayout(tpl.width, tpl.height, barcode, tuple(texts))


# --------------------------------------------------------------------------------------------------- PDF
def _draw_text(c: rl_canvas.Canvas, field: TextField, ox: float, oy: float) -> None:
    if not field.text:
        return
    if has_rtl(field.text):
        # Shaped, right to left, and extractable as typed by pdftotext, pypdf and pdfminer.six (bidi_text).
        line = layout_line(((field.text, field.font),), field.size, field.rtl)
        x = field.x + {"left": 0.0, "right": field.width - line.width}.get(field.align, (field.width - line.width) / 2)
        draw_line(c, line, ox + x, oy + field.baseline, field.size)
        return
    c.setFont(field.font, field.size)
    if field.align == "left":
        x = field.x
    else:
        w = text_width(field.text, field.font, field.size)
        x = field.x + field.width - w if field.align == "right" else field.x + (field.width - w) / 2
    c.drawString(ox + x, oy + field.baseline, field.text)


def _draw_label(c: rl_canvas.Canvas, lay: LabelLayout, ox: float, oy: float) -> None:
    bc = lay.barcode
    draw_code128(c, bc.symbol, ox + bc.x, oy + bc.y, bc.module, bc.height)
    for field in lay.texts:
        _draw_text(c, field, ox, oy)


def render_labels_pdf(labels: Sequence[AnyLabel], template: str, *, start_position: int = 1) -> bytes:
    """Labels as a PDF: one page per label on roll templates; sheets filled left to right, top to bottom,
    the first one from ``start_position`` (1-based) so a part-used sheet can be fed again."""
    if not labels:
        raise ValueError("No labels to print")
    tpl = load_template(template)
    if not 1 <= start_position <= tpl.per_page:
        raise ValueError(f"Start position must be between 1 and {tpl.per_page} on template {tpl.name!r}")
    regular, _bold, _mono = register_fonts()
    sheet = tpl.sheet
    pagesize = (sheet.width, sheet.height) if sheet else (tpl.width, tpl.height)
    buf = io.BytesIO()
    c = BidiCanvas(  # counts each page's letters for the right-to-left lines' /ActualText (bidi_text)
        buf, pagesize=pagesize, invariant=0, pageCompression=1, initialFontName=regular, initialFontSize=8
    )
    c.setTitle(f"Custody labels ({tpl.title})")
    c.setCreator("Custody")
    c.setFillGray(0)
    with bidi_document():  # right-to-left glyph codes for this PDF (bidi_text)
        slot = start_position - 1
        for i, label in enumerate(labels):
            if sheet is None:
                if i:
                    c.showPage()
                _draw_label(c, layout_label(label, tpl), 0.0, 0.0)
                continue
            if slot == tpl.per_page:
                c.showPage()
                slot = 0
            row, col = divmod(slot, sheet.columns)
            ox = sheet.left + col * sheet.pitch_x
            oy = sheet.height - sheet.top - row * sheet.pitch_y - tpl.height
            _draw_label(c, layout_label(label, tpl, origin_x=ox), ox, oy)
            slot += 1
        c.showPage()
        c.save()
    return buf.getvalue()


def sheet_cell_origin(template: str, position: int) -> tuple[float, float]:
    """Bottom-left corner (points, PDF coordinates) of 1-based ``position`` on a sheet template."""
    tpl = load_template(template)
    if tpl.sheet is None:
        return 0.0, 0.0
    row, col = divmod(position - 1, tpl.sheet.columns)
    return (
        tpl.sheet.left + col * tpl.sheet.pitch_x,
        tpl.sheet.height - tpl.sheet.top - row * tpl.sheet.pitch_y - tpl.height,
    )


# --------------------------------------------------------------------------------------------------- ZPL
# Text fields carry exactly the characters of the label's data, in logical (typed) order, encoded as UTF-8
# (^CI28): never a ligature, a presentation form or a reordering made on the computer. Right-to-left text
# (Arabic, Hebrew) is laid out by the printer: ^PA0,1,1,0 turns on the printer's bidirectional layout and
# character shaping (Arabic joining), without OpenType features (which could apply Latin ligatures). ^PA
# needs Link-OS firmware (V60.14, V50.14 or later; every current Zebra); older firmware ignores it and prints
# such text unjoined and left to right: print the PDF there. Text outside Latin-1 uses a Unicode TrueType font
# on the printer (^A@ with E:TT0003M_.TTF, present on most Zebra printers; install another with Zebra's font
# tools if it lacks a script); Latin-1 text uses the built-in scalable font ^A0. Line widths were fitted with
# DejaVu Sans, which is wider than the printer's fonts, so a fitted line fits the printer's field box too.
ZPL_UNICODE_FONT = "E:TT0003M_.TTF"
ZPL_ADVANCED_TEXT = "^PA0,1,1,0"


def _zpl_escape(text: str) -> str:
    """Field data for ^FH_: ``_``, ``^`` and ``~`` as hex escapes of their UTF-8 bytes."""
    return text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


def render_labels_zpl(labels: Sequence[AnyLabel], template: str) -> str:
    """Labels as ZPL II, one ``^XA ... ^XZ`` block per label, positions in dots matching the PDF layout.

    The barcode is ``^FO`` (top-left of the first bar) ``^BY`` (module in dots) ``^BC`` mode N, with the code
    sets python-barcode chose spelled as invocation codes (see ``zpl_code128_field``), so the printed symbol is
    the PDF's. Text fields are ``^FO`` (top of the line box) ``^FB`` (box width, one line, alignment) and hold
    exactly the characters of the label's data, in typed order (see ``ZPL_ADVANCED_TEXT`` for Arabic)."""
    if not labels:
        raise ValueError("No labels to print")
    tpl = load_template(template)
    if not tpl.zpl:
        raise ValueError(f"Template {tpl.name!r} is not for a ZPL printer")
    dot = tpl.dot
    width_dots = round(tpl.width / dot)
    height_dots = round(tpl.height / dot)
    out: list[str] = []
    for label in labels:
        lay = layout_label(label, tpl)
        bc = lay.barcode
        h = round(bc.height / dot)
        out.append("^XA")
        out.append("^CI28")
        if any(has_rtl(field.text) for field in lay.texts):
            out.append(ZPL_ADVANCED_TEXT)
        out.append(f"^PW{width_dots}^LL{height_dots}^LH0,0")
        x = round(bc.x / dot)
        y = round((lay.height - bc.y - bc.height) / dot)
        out.append(f"^FO{x},{y}^BY{bc.module_dots},3,{h}^BCN,{h},N,N,N,N^FD{zpl_code128_field(bc.symbol)}^FS")
        for field in lay.texts:
            if not field.text:
                continue
            x, y, w, font_dots = zpl_text_box(field, lay.height, dot)
            text = field.text
            just = {"left": "L", "right": "R", "center": "C"}[field.align]
            if all(ord(ch) < 0x100 for ch in text):
                font_cmd = f"^A0N,{font_dots},{font_dots}"
            else:
                font_cmd = f"^A@N,{font_dots},{font_dots},{ZPL_UNICODE_FONT}"
            out.append(f"^FO{x},{y}{font_cmd}^FB{w},1,0,{just}^FH_^FD{_zpl_escape(text)}^FS")
        out.append("^PQ1")
        out.append("^XZ")
    return "\n".join(out) + "\n"


def zpl_text_box(field: TextField, label_height: float, dot: float) -> tuple[int, int, int, int]:
    """(x, y, width, font height) in dots of a text field: y is the top of its em box (baseline - ascent)."""
    font_dots = max(10, round(field.size / dot))
    x = round(field.x / dot)
    y = round((label_height - field.baseline - 0.8 * field.size) / dot)
    return x, y, round(field.width / dot), font_dots


# --------------------------------------------------------------------------------------------------- printing
def send_zpl_to_printer(zpl: str, queue: str) -> None:
    """Send raw ZPL to the CUPS queue ``queue`` (``lp -d QUEUE -o raw``)."""
    if not queue or queue.startswith("-") or any(ch.isspace() for ch in queue):
        raise LabelPrintError(f"Invalid printer queue name {queue!r}")
    lp = shutil.which("lp")
    if lp is None:
        raise LabelPrintError(
            "Cannot print labels: the 'lp' command was not found. Install CUPS (cups-client) "
            "or print the PDF instead."
        )
    try:
        proc = subprocess.run(
            [lp, "-d", queue, "-o", "raw"],
            input=zpl.encode("utf-8"),
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LabelPrintError(f"Cannot print labels on {queue!r}: {exc}") from exc
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).decode(
            "utf-8", "replace"
        ).strip() or f"exit code {proc.returncode}"
        raise LabelPrintError(f"The printer queue {queue!r} refused the labels: {detail}")
