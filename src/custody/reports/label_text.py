"""Label text: measuring, fitting and wrapping lines in any script, and what to draw for right-to-left text.

Widths are ReportLab's metrics of the embedded DejaVu fonts. A line holding right-to-left text (Arabic, Hebrew)
is put into visual order with python-bidi and each run shaped with HarfBuzz (ReportLab's ``shapeFragWord``):
``canvas.drawString`` alone would neither join Arabic letters nor order them right to left. Latin and Cyrillic
runs are shaped with ligatures off (see ``_FEATURES_LTR``); text without right-to-left characters is drawn as
it is, unshaped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

from bidi.algorithm import get_display
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeFragWord

__all__ = [
    "ELLIPSIS",
    "clean_text",
    "fit_text",
    "has_rtl",
    "is_rtl",
    "text_width",
    "visual_text",
    "wrap_code",
    "wrap_text",
]

ELLIPSIS = "\u2026"

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Right-to-left letters and marks (Hebrew, Arabic), not digits: HarfBuzz lays these runs out right to left itself.
_RTL_RUN = re.compile(
    "[\u0591-\u05f4\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\ufb1d-\ufdff\ufe70-\ufefe]+"
)
# Other characters of those scripts (Arabic-Indic digits, ...): HarfBuzz would guess right-to-left for them too.
_RTL_SCRIPT_CHAR = re.compile("([\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])")


def has_rtl(text: str) -> bool:
    """True when ``text`` holds any right-to-left character (it then needs bidi ordering and shaping)."""
    return bool(_RTL.search(text))


def is_rtl(text: str) -> bool:
    """True when the paragraph direction of ``text`` is right-to-left (first strong character)."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return True
        if bidi == "L":
            return False
    return False


# HarfBuzz features. Right-to-left runs (Arabic, Hebrew) are shaped with the script's defaults: HarfBuzz adds
# the joining forms (init/medi/fina/isol) and the required lam-alef ligature (rlig) itself, and "liga" keeps the
# font's optional Arabic ligatures. Every other run (Latin, Cyrillic, Greek, digits) is shaped with ligatures
# off: "office" stays o-f-f-i-c-e, never U+FB03 (a character the officer never typed, which ZPL printed and
# which PDF text search and copy need a ToUnicode fix for). ReportLab's default also turns on "dlig"
# (historical "st" ligatures). Kerning and mark positioning stay on for every run.
_FEATURES_RTL = {"kern": True, "liga": True}
_FEATURES_LTR = {"kern": True, "liga": False, "clig": False, "dlig": False, "hlig": False}


@lru_cache(maxsize=8192)
def _shape(text: str, font: str, size: float, rtl: bool = False):
    """HarfBuzz-shaped string (ReportLab ``ShapedStr``), glyphs in visual order. Cached: fitting a line shapes
    the same words again and again; ShapedStr is immutable (concatenation makes a new one)."""
    word = [pdfmetrics.stringWidth(text, font, size), (ABag(fontName=font, fontSize=size), text)]
    features = _FEATURES_RTL if rtl else _FEATURES_LTR
    return shapeFragWord(word, features=features, force=True)[1][1]


def visual_text(text: str, font: str, size: float, rtl: bool | None = None):
    """What to hand to ``canvas.drawString``: ``text`` itself, or for right-to-left scripts a shaped string in
    visual order (python-bidi orders the runs, HarfBuzz joins each Arabic word and lays it out right to left).

    ``rtl`` is the direction of the paragraph the line belongs to (a wrapped Arabic description whose second
    line starts with a Latin word is still a right-to-left paragraph); None takes it from the line itself."""
    if not _RTL.search(text):
        return text
    visual = get_display(text, base_dir=None if rtl is None else "R" if rtl else "L")
    parts = []

    def ltr(piece: str) -> None:
        # Already in visual order. Characters of a right-to-left script (Arabic-Indic digits) go one at a time
        # so HarfBuzz's direction guess cannot reverse their neighbours.
        for chunk in _RTL_SCRIPT_CHAR.split(piece):
            if chunk:
                parts.append(_shape(chunk, font, size))

    pos = 0
    for match in _RTL_RUN.finditer(visual):
        ltr(visual[pos : match.start()])
        # get_display reversed the word into display order; HarfBuzz wants it logical and reverses it itself.
        parts.append(_shape(match.group()[::-1], font, size, rtl=True))
        pos = match.end()
    ltr(visual[pos:])
    out = parts[0]
    for part in parts[1:]:
        out = out + part
    return out


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` as drawn (shaped widths for right-to-left scripts)."""
    if not _RTL.search(text):
        return pdfmetrics.stringWidth(text, font, size)
    shaped = visual_text(text, font, size)
    data = getattr(shaped, "__shapeData__", None)
    if data is None:
        return pdfmetrics.stringWidth(str(shaped), font, size)
    return sum(g.x_advance for g in data) * size / 1000.0


def clean_text(text: str) -> str:
    """``text`` on one line: runs of whitespace (newlines, tabs) as one space, no leading or trailing space."""
    return " ".join((text or "").split())


def _cut(text: str, n: int) -> str:
    """First ``n`` characters, never leaving a combining mark without its base."""
    while 0 < n < len(text) and unicodedata.combining(text[n]):
        n -= 1
    return text[:n]


def fit_text(
    text: str, font: str, size: float, width: float, *, keep: Literal["start", "end"] = "start"
) -> str:
    """``text`` if it fits in ``width`` points, else as much as fits plus an ellipsis.

    ``keep="end"`` keeps the end instead (``…Room 2 › Shelf 3`` for a location path)."""
    text = clean_text(text)
    if text_width(text, font, size) <= width:
        return text
    chars = text if keep == "start" else text[::-1]

    def candidate(n: int) -> str:
        part = _cut(chars, n) if keep == "start" else chars[:n]
        if keep == "end":
            part = part[::-1]
            while part and unicodedata.combining(part[0]):
                part = part[1:]
            return ELLIPSIS + part.lstrip(" ,;:·-›>/\\")
        return part.rstrip(" ,;:·-") + ELLIPSIS

    lo, hi = 0, len(chars)  # invariant: candidate(lo) fits (or lo == 0), candidate(hi) does not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if text_width(candidate(mid), font, size) <= width:
            lo = mid
        else:
            hi = mid
    # Prefer to cut between words (a half-shown serial number misleads) unless that wastes too much room.
    space = chars.rfind(" ", 0, lo + 1)
    if 0 < lo < len(chars) and chars[lo] != " " and space >= 0.6 * lo:
        lo = space
    result = candidate(lo)
    return result if text_width(result, font, size) <= width else ""


def wrap_text(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines; the last line ends with an ellipsis if text is left."""
    words = clean_text(text).split(" ")
    if not words or words == [""]:
        return []
    lines: list[str] = []
    i = 0
    while i < len(words) and len(lines) < max_lines:
        if len(lines) == max_lines - 1:
            lines.append(fit_text(" ".join(words[i:]), font, size, width))
            return lines
        line = words[i]
        if text_width(line, font, size) > width:  # one word longer than the line: break it
            part = fit_text(line, font, size, width)[:-1] or line[:1]
            lines.append(part)
            words[i] = line[len(part) :]
            continue
        i += 1
        while i < len(words) and text_width(line + " " + words[i], font, size) <= width:
            line += " " + words[i]
            i += 1
        lines.append(line)
    return lines


_CODE_BREAK = re.compile(r"[^ /.\-]*[/.\-]+|[^ /.\-]+| +")


def wrap_code(text: str, font: str, size: float, width: float, max_lines: int) -> list[str] | None:
    """A code (case number) in at most ``max_lines`` lines of ``width`` points, every character kept; None when
    it does not fit.

    Lines break after ``/``, ``-`` and ``.`` or at a space (the space is dropped); a piece longer than a line is
    broken between any two characters. Joining the lines (with a space where a space was dropped) gives the
    code back."""
    lines: list[str] = []
    line = ""
    for piece in _CODE_BREAK.findall(clean_text(text)):
        if piece.isspace():
            if line:
                line += " "
            continue
        if text_width(line + piece, font, size) <= width:
            line += piece
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = ""
        while text_width(piece, font, size) > width:  # longer than a line: break between characters
            n = len(piece) - 1
            while n > 1 and text_width(piece[:n], font, size) > width:
                n -= 1
            if text_width(piece[:n], font, size) > width:
                return None  # not even one character fits
            lines.append(piece[:n])
            piece = piece[n:]
        line = piece
    if line.strip():
        lines.append(line.rstrip())
    return lines if len(lines) <= max_lines else None
