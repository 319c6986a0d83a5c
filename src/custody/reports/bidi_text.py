"""Right-to-left text in PDFs that looks right *and* extracts as typed.

ReportLab draws shaped Arabic as glyphs in visual order with presentation-form text behind them, so what text
extraction returns depends on each tool's guess at undoing the visual order: pdfminer.six does not guess
("هللا دبع دمحم" for "محمد عبد الله"), pypdf and poppler guess and move brackets and neighbouring words
("( محمد عبد اللهB-1004)" for "محمد عبد الله (B-1004)"). The three tools disagree on what they need:
pdfminer.six reads glyphs in content-stream order and never reorders; pypdf reverses every run of single
right-to-left characters it reads (it assumes visual order); poppler sorts glyphs by position and then
reverses right-to-left stretches itself, but takes a marked-content span's ``/ActualText`` instead of its
glyphs. So, for every line that holds right-to-left text:

* Look: the Unicode bidi algorithm (python-bidi's reference implementation) gives each character its
  embedding level (paragraph direction left-to-right, as in all our documents); stretches of one level and one
  font are shaped by HarfBuzz in their direction (joining forms, lam-alef, marks, mirrored brackets) and put in
  visual order (rule L2). The page shows what any bidi-aware layout shows.
* Content stream: glyphs in visual order, left to right, each placed with its own text matrix.
* Text behind the glyphs: each glyph gets its own character code whose ToUnicode entry is the text it stands
  for. A left-to-right glyph stands for its HarfBuzz cluster (never a presentation form or "ﬁ"). An *island*
  (a maximal stretch above the paragraph level: right-to-left words with any numbers or neutrals between
  them) is drawn as one block; its whole logical text goes on its leftmost glyph, its other glyphs stand for
  nothing. Read left to right, the glyphs then give the line in logical order, and pypdf sees no single
  right-to-left character to reverse (a one-character island goes on the glyph before it).
* poppler: each line is a ``/Span`` with ``/ActualText`` written so that poppler's own reordering gives the
  logical text back (``actual_text``).

``layout_line`` lays out one line, ``draw_line`` writes it on a ReportLab canvas, ``RtlParagraph`` is a
flowable that wraps and draws user text or the small markup the reports write (``<b>``, ``<br/>``).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from bidi import algorithm as _bidi
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")

# Latin/Cyrillic runs are shaped with ligatures off (never "ﬁ" for "fi"); right-to-left runs with the script's
# defaults (joining forms and the required lam-alef ligature) plus kerning.
_FEATURES_LTR = {"kern": True, "liga": False, "clig": False, "dlig": False, "hlig": False}
_FEATURES_RTL = {"kern": True, "liga": True}


def has_rtl(text: str) -> bool:
    return bool(RTL_RE.search(text))


# --- glyph codes with their own ToUnicode text ----------------------------------------------------------

_LOCK = threading.Lock()
_PRIVATE_START = 0xF0000  # Supplementary Private Use Areas A and B: no font here has characters there
_PRIVATE_END = 0x10FFFD
_codes: dict[tuple[str, int, str], int] = {}  # (font name, glyph id, text) -> code point
_texts: dict[int, str] = {}  # code point -> ToUnicode text (each private code is used in one font only)
_faces: dict[int, object] = {}  # code point -> the font face it was added to
_next = [_PRIVATE_START]
_building = [0]  # documents being built now (see ``document``)


def glyph_char(font_name: str, gid: int, text: str) -> str:
    """A character that ReportLab's font ``font_name`` draws as glyph ``gid`` and whose ToUnicode entry is
    ``text`` (the font's own character when that is the glyph and the text, else a private code)."""
    font = pdfmetrics.getFont(font_name)
    face = font.face
    if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
        return text
    key = (font_name, gid, text)
    with _LOCK:
        cp = _codes.get(key)
        if cp is None:
            cp = _next[0]
            while cp in face.charToGlyph:
                cp += 1
            if cp > _PRIVATE_END:
                raise RuntimeError("too many distinct right-to-left text pieces in the documents being built")
            _next[0] = cp + 1
            face.charToGlyph[cp] = gid
            face.charWidths[cp] = face._pdfScale(face.hmetrics[gid][0])
            _texts[cp] = text
            _faces[cp] = face
            _codes[key] = cp
    return chr(cp)


def tounicode_text(cp: int) -> str | None:
    """The text registered for one of our private codes (None for any other code point)."""
    return _texts.get(cp) if cp >= _PRIVATE_START else None


def _drop_codes() -> None:
    for cp, face in _faces.items():
        face.charToGlyph.pop(cp, None)
        face.charWidths.pop(cp, None)
    _faces.clear()
    _codes.clear()
    _texts.clear()
    _next[0] = _PRIVATE_START


@contextmanager
def document():
    """Around the building of one PDF (``ReportRenderer.render``). The private codes live in the shared font
    faces; once no document is being built any more they are all dropped, so they never pile up in a
    long-running application (a document needs at most one per distinct right-to-left stretch and glyph)."""
    with _LOCK:
        _building[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _building[0] -= 1
            if _building[0] == 0:
                _drop_codes()


# --- layout of one line ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Glyph:
    font: str
    gid: int
    x: float  # left of the glyph's pen position, points from the line start
    dy: float  # vertical offset (marks), points
    text: str  # the logical characters behind the glyph ("" for a glyph that shares its cluster)
    logical: int  # index of its first character in the line (content-stream order)


@dataclass(frozen=True)
class BidiLine:
    text: str  # the line in logical order
    glyphs: tuple[Glyph, ...]  # in visual order, left to right
    width: float


#: A word that is a code, an id, a date or a time ("45bef3be-8dc2-…", "2026-11-28", "10:00:00", "3B-17"): it
#: begins with a digit, holds only ASCII letters, digits and - : / . _ and has a letter or a - : / in it. Plain
#: numbers ("1", "1.5", "1,250") are not codes: they keep their place in right-to-left text.
_CODE_WORD = re.compile(r"(?<!\S)[0-9][0-9A-Za-z\-:/._]*(?=\s|$|[),;·»\]])")


def _code_starts(text: str) -> list[int]:
    return [m.start() for m in _CODE_WORD.finditer(text)
            if any(c.isalpha() or c in "-:/" for c in m.group())]


def embedding_levels(text: str, base_level: int = 0) -> list[int]:
    """Resolved bidi embedding level of each character (UAX #9 up to rule I2, plus L1 for trailing spaces).

    A code, id, date or time that begins with a digit is read as left-to-right text, as if a LEFT-TO-RIGHT MARK
    stood before it: after an Arabic word UAX #9 would take its leading digits for an Arabic number and print
    them apart from the rest ("45 التقرير bef3be-…", a date as "28-11-2026"). The mark is only used to compute the
    levels; it is neither drawn nor part of the text.
    """
    starts = _code_starts(text) if has_rtl(text) else []
    if not starts:
        return _embedding_levels(text, base_level)
    pieces, at = [], 0
    for i in starts:
        pieces += [text[at:i], "\u200e"]
        at = i
    pieces.append(text[at:])
    levels = _embedding_levels("".join(pieces), base_level)
    marks = {i + k for k, i in enumerate(starts)}  # where the marks stand in the marked text
    return [lv for j, lv in enumerate(levels) if j not in marks]


def _embedding_levels(text: str, base_level: int) -> list[int]:
    storage = _bidi.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level]
    _bidi.get_embedding_levels(text, storage)
    _bidi.explicit_embed_and_overrides(storage)
    _bidi.resolve_weak_types(storage)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    chars = storage["chars"]
    levels = [c["level"] for c in chars]
    # L1: segment separators and trailing whitespace take the paragraph level.
    trailing = True
    for i in range(len(chars) - 1, -1, -1):
        orig = chars[i]["orig"]
        if orig in ("B", "S"):
            levels[i] = base_level
            trailing = True
        elif trailing and orig in ("WS", "BN"):
            levels[i] = base_level
        else:
            trailing = False
    if len(levels) != len(text):  # surrogates (not expected in str): fall back to the paragraph level
        return [base_level] * len(text)
    return levels


@lru_cache(maxsize=256)
def _hb_font(font_name: str) -> hb.Font:
    ttf = pdfmetrics.getFont(font_name)
    return hb.Font(ttf.hbFace)


def _shape(text: str, font_name: str, rtl: bool) -> list[tuple[int, int, int, int, int]]:
    """(gid, cluster, x_advance, x_offset, y_offset) in visual order, font units."""
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(_hb_font(font_name), buf, _FEATURES_RTL if rtl else _FEATURES_LTR)
    return [(i.codepoint, i.cluster, p.x_advance, p.x_offset, p.y_offset)
            for i, p in zip(buf.glyph_infos, buf.glyph_positions, strict=True)]


def _segments(runs: tuple[tuple[str, str], ...], levels: list[int]) -> list[tuple[int, int, str, int]]:
    """(start, end, font, level): maximal stretches of one font and one level, logical order."""
    fonts: list[str] = []
    for text, font in runs:
        fonts.extend([font] * len(text))
    out: list[tuple[int, int, str, int]] = []
    start = 0
    for i in range(1, len(fonts) + 1):
        if i == len(fonts) or fonts[i] != fonts[start] or levels[i] != levels[start]:
            out.append((start, i, fonts[start], levels[start]))
            start = i
    return out


def _visual_order(segs: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """Rule L2 on whole segments (each right-to-left segment is already shaped right to left)."""
    order = list(segs)
    if not order:
        return order
    highest = max(s[3] for s in order)
    odd = [s[3] for s in order if s[3] % 2]
    if not odd:
        return order
    lowest_odd = min(odd)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i][3] >= level:
                j = i
                while j < len(order) and order[j][3] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


@lru_cache(maxsize=4096)
def layout_line(runs: tuple[tuple[str, str], ...], size: float, rtl: bool = False) -> BidiLine:
    """Lay out one line given as (text, font name) runs in logical order; ``rtl``: the paragraph it belongs to
    is right-to-left (a label's Arabic description), else left-to-right (every report)."""
    text = "".join(t for t, _f in runs)
    levels = embedding_levels(text, 1 if rtl else 0)
    segs = _visual_order(_segments(runs, levels))
    placed: list[Glyph] = []
    x = 0.0
    for start, end, font_name, level in segs:
        rtl = bool(level % 2)
        seg_text = text[start:end]
        ttf = pdfmetrics.getFont(font_name)
        scale = size / ttf.face.unitsPerEm
        shaped = _shape(seg_text, font_name, rtl)
        starts = sorted({g[1] for g in shaped})
        nxt = {c: (starts[k + 1] if k + 1 < len(starts) else len(seg_text)) for k, c in enumerate(starts)}
        seen: set[int] = set()
        for gid, cluster, adv, xoff, yoff in shaped:  # visual order, left to right
            # a cluster's characters go on its first glyph (right-to-left glyphs get theirs in _island_texts)
            chars = "" if cluster in seen else seg_text[cluster:nxt[cluster]]
            seen.add(cluster)
            placed.append(Glyph(font_name, gid, x + xoff * scale, yoff * scale, chars, start + cluster))
            x += adv * scale
    return BidiLine(text, tuple(_island_texts(placed, text, levels)), x)


def _island_texts(glyphs: list[Glyph], text: str, levels: list[int]) -> list[Glyph]:
    """Glyphs in visual order whose texts, read left to right, give the line in logical order.

    An island is a maximal stretch of characters above level 0 (right-to-left text with any numbers inside
    it; in a right-to-left paragraph, the whole line): it is drawn as one block, so its whole logical text goes on its leftmost glyph and
    its other glyphs get none. A one-character island moves to the glyph before it (pypdf would otherwise
    take that character for the start of a right-to-left run and reverse what follows)."""
    out = list(glyphs)
    i = 0
    while i < len(out):
        if levels[out[i].logical] == 0:
            i += 1
            continue
        j = i
        while j < len(out) and levels[out[j].logical] > 0:
            j += 1
        lo = min(g.logical for g in out[i:j])
        hi = lo
        while hi < len(text) and levels[hi] > 0:
            hi += 1
        island = text[lo:hi]
        for k in range(i, j):
            out[k] = _with_text(out[k], "")
        if len(island) == 1 and i > 0:
            out[i - 1] = _with_text(out[i - 1], out[i - 1].text + island)
        elif len(island) == 1 and j < len(out):
            out[j] = _with_text(out[j], island + out[j].text)
        else:
            out[i] = _with_text(out[i], island)
        i = j
    return out


def _with_text(g: Glyph, text: str) -> Glyph:
    return Glyph(g.font, g.gid, g.x, g.dy, text, g.logical)


# --- drawing ----------------------------------------------------------------------------------------------


_LRM = "\u200e"


def _poppler_class(ch: str) -> str:
    """How poppler's text extraction classes a character (measured with pdftotext 22.12): "R" right-to-left
    letter, "L" left-to-right letter or anything it counts as part of a number (bidi classes EN, AN, ES, ET,
    CS: digits, "+-", "#$%°€", ",.:/", the Arabic comma), "N" anything else."""
    return {"R": "R", "AL": "R", "L": "L", "EN": "L", "AN": "L", "ES": "L", "ET": "L", "CS": "L"}.get(
        unicodedata.bidirectional(ch), "N")


def actual_text(text: str, page_rtl: bool = False) -> str:
    """The /ActualText for a line whose logical text is ``text``, as poppler needs it.

    poppler (pdftotext, Okular, Evince) puts the text of a span where the span's glyphs are and then reorders
    each line itself (its ``reorderText``), in one of two ways chosen per *page*: left to right when the page
    has at least as many left-to-right letters as right-to-left ones, else right to left. This returns the
    string that poppler's reordering turns back into ``text`` (with invisible direction marks added, U+200E
    where a stretch must end; pdftotext adds its own U+202A/B/C around the stretches too).

    Left-to-right page: poppler reverses every stretch that starts with a right-to-left letter and runs up to
    the next left-to-right letter or number character, so each such stretch is given reversed and closed
    with U+200E (which also keeps the next table cell on the same baseline out of it).
    Right-to-left page: poppler reverses the whole line except its left-to-right stretches (from a
    left-to-right letter or number character back to the previous right-to-left letter), which it keeps in
    order; the line is given so that this yields ``text`` (``_rtl_page_text``)."""
    return _rtl_page_text(text) if page_rtl else _ltr_page_text(text)


def _ltr_page_text(text: str) -> str:
    classes = [_poppler_class(ch) for ch in text]
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if classes[i] != "R":
            out.append(text[i])
            i += 1
            continue
        j = last = i
        while j < n and classes[j] != "L":
            if classes[j] == "R":
                last = j
            j += 1
        out.append(text[i:last + 1][::-1] + _LRM)
        i = last + 1
    return "".join(out)


def _rtl_page_text(text: str) -> str:
    """Read from the end, poppler's right-to-left order alternates: a stretch with no left-to-right letter or
    number character (kept), then a stretch with no right-to-left letter (reversed). So the line is built as
    such stretches in logical order, each left-to-right one reversed, the whole then reversed; a U+200E ends
    a left-to-right stretch that would otherwise end in a space or bracket (it must end in a character poppler
    counts as left-to-right)."""
    classes = [_poppler_class(ch) for ch in text]
    parts: list[str] = []
    i, n = 0, len(text)
    while i < n:
        j = i
        while j < n and classes[j] != "L":  # a right-to-left (or neutral) stretch: kept as it is
            j += 1
        parts.append(text[i:j])
        if j == n:
            break
        k = last = j  # a left-to-right stretch: from a left-to-right character up to the next R letter
        while k < n and classes[k] != "R":
            if classes[k] == "L":
                last = k
            k += 1
        stretch = text[j:last + 1] + (text[last + 1:k] + _LRM if last + 1 < k else "")
        parts.append(stretch[::-1])
        i = k
    return "".join(parts)[::-1]


def _pdf_utf16(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


_SPAN_TOKEN = "\x00custody-actual-text\x00"


def draw_line(canv, line: BidiLine, x: float, y: float, size: float) -> None:
    """Write ``line`` with its start at (x, y) (baseline) on a ReportLab canvas, in the current fill colour.

    On a ``BidiCanvas`` the /ActualText is written when the page is finished (it depends on the page's
    direction as poppler will judge it); on any other canvas it is written for a left-to-right page."""
    doc = canv._doc
    ops: list[str] = []
    spanned = has_rtl(line.text)
    pending = spanned and getattr(canv, "_bidi_spans", None) is not None
    if spanned:
        at = _SPAN_TOKEN if pending else _pdf_utf16(actual_text(line.text))
        ops.append(f"/Span << /ActualText {at} >> BDC")
    ops.append("BT")
    cur_font = None
    for g in line.glyphs:
        ttf = pdfmetrics.getFont(g.font)
        ch = glyph_char(g.font, g.gid, g.text)
        ((subset, code),) = ttf.splitString(ch, doc)
        name = ttf.getSubsetInternalName(subset, doc)
        if name != cur_font:
            ops.append(f"{name} {size:.4g} Tf")
            cur_font = name
        ops.append(f"1 0 0 1 {x + g.x:.3f} {y + g.dy:.3f} Tm <{code.hex().upper()}> Tj")
    ops.append("ET")
    if spanned:
        ops.append("EMC")
    if pending:
        canv._bidi_spans.append((len(canv._code), line.text))
        canv._bidi_count += poppler_balance(line.text)
    canv._code.append("\n".join(ops))


def poppler_balance(text: str) -> int:
    """Left-to-right letters minus right-to-left letters, as poppler counts them to choose a page's direction."""
    n = 0
    for ch in text:
        b = unicodedata.bidirectional(ch)
        if b == "L":
            n += 1
        elif b in ("R", "AL"):
            n -= 1
    return n


class BidiCanvas(Canvas):
    """A ReportLab canvas that counts the letters drawn on each page and, when the page is finished, writes
    the /ActualText of its right-to-left lines for the direction poppler will give the page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._bidi_new_page()

    def _bidi_new_page(self) -> None:
        self._bidi_spans: list[tuple[int, str]] = []
        self._bidi_count = 0

    def showPage(self):  # noqa: N802 (ReportLab API)
        if self._bidi_spans:
            texts = [text for _i, text in self._bidi_spans]
            # poppler counts the U+200E marks in the /ActualText too: take the direction the page will have
            # with them; should neither reading agree with itself (a near tie), read it left to right and add
            # marks to the last line until poppler does so too.
            ltr = [actual_text(t, False) for t in texts]
            marks = sum(t.count(_LRM) for t in ltr)
            rtl = [actual_text(t, True) for t in texts]
            if self._bidi_count + marks >= 0:
                chosen = ltr
            elif self._bidi_count + sum(t.count(_LRM) for t in rtl) < 0:
                chosen = rtl
            else:
                chosen = ltr
                chosen[-1] += _LRM * -(self._bidi_count + marks)
            for (index, _text), at in zip(self._bidi_spans, chosen, strict=True):
                self._code[index] = self._code[index].replace(_SPAN_TOKEN, _pdf_utf16(at))
        super().showPage()
        self._bidi_new_page()


def _count_formatted_text() -> None:
    """Count the letters of every string ReportLab draws on a BidiCanvas (its text objects all go through
    ``PDFTextObject._formatText``)."""
    original = PDFTextObject._formatText
    if getattr(original, "_custody_counts", False):
        return

    def _formatText(self, text):  # noqa: N802 (ReportLab API)
        canv = self._canvas
        if getattr(canv, "_bidi_spans", None) is not None and text:
            canv._bidi_count += poppler_balance(text) if not text.isascii() else _ascii_letters(text)
        return original(self, text)

    _formatText._custody_counts = True  # type: ignore[attr-defined]
    PDFTextObject._formatText = _formatText


_ASCII_LETTERS = re.compile("[A-Za-z]")


def _ascii_letters(text: str) -> int:
    return len(_ASCII_LETTERS.findall(text))


_count_formatted_text()


# --- a paragraph flowable ---------------------------------------------------------------------------------

Runs = tuple[tuple[str, str], ...]  # (text, font name) in logical order

_TAG = re.compile(r"<(/?)([a-zA-Z]+)\s*(/?)>")
_ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\u00a0"}


def _unescape(text: str) -> str:
    def one(m: re.Match) -> str:
        name = m.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return _ENTITIES[name]

    return _ENTITY.sub(one, text)


def bold_of(font_name: str) -> str:
    """The bold face registered for ``font_name``'s family (``font_name`` itself if there is none)."""
    try:
        family, _bold, italic = ps2tt(font_name)
        return tt2ps(family, 1, italic)
    except ValueError:
        return font_name


def runs_from_markup(markup: str, font_name: str) -> Runs | None:
    """(text, font) runs of the little markup the reports write (``<b>``, ``<br/>``, entities; newlines as
    ``\\n``), or None when it holds anything else."""
    runs: list[tuple[str, str]] = []
    bold = 0
    pos = 0
    for m in _TAG.finditer(markup):
        if m.start() > pos:
            runs.append((_unescape(markup[pos:m.start()]), bold_of(font_name) if bold else font_name))
        closing, tag, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if tag == "br" and not closing:
            runs.append(("\n", font_name))
        elif tag == "b" and not selfclosing:
            bold += -1 if closing else 1
        else:
            return None
        pos = m.end()
    if pos < len(markup):
        runs.append((_unescape(markup[pos:]), bold_of(font_name) if bold else font_name))
    return tuple((t, f) for t, f in runs if t)


_SPACES = re.compile(r"[^\S\n\u00a0]+")


def collapse_spaces(text: str) -> str:
    """NFC, line ends as ``\\n``, and every other run of white space (tabs too) as one space, as ReportLab's
    Paragraph shows it (HarfBuzz would draw a tab as a missing-glyph box)."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _SPACES.sub(" ", text)


def _slice(runs: Runs, start: int, end: int) -> Runs:
    out: list[tuple[str, str]] = []
    pos = 0
    for text, font in runs:
        a, b = max(start, pos), min(end, pos + len(text))
        if a < b:
            if out and out[-1][1] == font:
                out[-1] = (out[-1][0] + text[a - pos:b - pos], font)
            else:
                out.append((text[a - pos:b - pos], font))
        pos += len(text)
    return tuple(out)


def wrap_runs(runs: Runs, size: float, width: float) -> list[BidiLine]:
    """Greedy word wrap (at spaces, and at newlines always) of logical text into laid-out lines."""
    text = "".join(t for t, _f in runs)
    lines: list[BidiLine] = []
    start = 0
    for para_text in text.split("\n"):
        end_para = start + len(para_text)
        pos = start
        while pos <= end_para:
            while pos < end_para and text[pos] == " ":
                pos += 1
            # candidate break points: before each space
            breaks = [i for i in range(pos + 1, end_para) if text[i] == " "] + [end_para]
            best = None
            for b in breaks:
                line = layout_line(_slice(runs, pos, b), size)
                if line.width <= width or best is None:
                    best = (b, line)
                    if line.width > width:
                        break
                else:
                    break
            b, line = best if best else (end_para, layout_line((), size))
            if line.width > width and b - pos > 1:  # one word longer than the line: break between characters
                lo, hi = pos + 1, b
                while hi - lo > 1:
                    mid = (lo + hi) // 2
                    if layout_line(_slice(runs, pos, mid), size).width <= width:
                        lo = mid
                    else:
                        hi = mid
                while lo < b and unicodedata.combining(text[lo]):
                    lo += 1
                b, line = lo, layout_line(_slice(runs, pos, lo), size)
            lines.append(line)
            if b >= end_para:
                break
            pos = b
        start = end_para + 1
    return lines


class RtlParagraph(Flowable):
    """A paragraph holding right-to-left text, drawn with ``draw_line`` (use instead of ReportLab's Paragraph).

    ``runs`` are (text, font name) pieces in logical order (``\\n`` breaks a line); the style gives font size,
    leading, colour, alignment, indents and spacing. Splits between lines across frames and pages."""

    def __init__(self, runs: Runs, style, lines: list[BidiLine] | None = None, width: float | None = None):
        super().__init__()
        runs = tuple((collapse_spaces(t), f) for t, f in runs)
        self.runs = runs
        self.style = style
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self.text = "".join(t for t, _f in runs)
        self._lines = lines
        self._for_width = width  # the width ``_lines`` were wrapped for

    def getSpaceBefore(self):  # noqa: N802 (ReportLab API)
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802 (ReportLab API)
        return self.style.spaceAfter

    def _wrap_lines(self, aw: float) -> list[BidiLine]:
        if self._lines is None or self._for_width != aw:
            avail = aw - self.style.leftIndent - self.style.rightIndent
            self._lines = wrap_runs(self.runs, self.style.fontSize, avail)
            self._for_width = aw
        return self._lines

    def wrap(self, aw, ah):  # noqa: ARG002 - the height is what the lines need
        lines = self._wrap_lines(aw)
        self.width, self.height = aw, len(lines) * self.style.leading
        return self.width, self.height

    def split(self, aw, ah):
        lines = self._wrap_lines(aw)
        fit = int((ah + 1e-6) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        return [RtlParagraph(self.runs, self.style, lines[:fit], aw),
                RtlParagraph(self.runs, self.style, lines[fit:], aw)]

    def draw(self):
        st = self.style
        canv = self.canv
        canv.saveState()
        canv.setFillColor(st.textColor)
        avail = self.width - st.leftIndent - st.rightIndent
        y = self.height - st.fontSize  # first baseline where ReportLab's Paragraph puts it
        for line in self._lines or ():
            x = st.leftIndent
            if st.alignment == TA_CENTER:
                x += (avail - line.width) / 2
            elif st.alignment == TA_RIGHT:
                x += avail - line.width
            draw_line(canv, line, x, y, st.fontSize)
            y -= st.leading
        canv.restoreState()
