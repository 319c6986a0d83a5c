"""Embedded TrueType fonts for every PDF Custody writes.

DejaVu Sans covers Latin, Cyrillic and Arabic; ReportLab shapes Arabic with HarfBuzz
(uharfbuzz) when ``rl_config.shapedFontGlob`` names the font. Helvetica is never used.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from custody.paths import resource
from custody.reports.bidi_text import tounicode_text

REGULAR = "CustodySans"
BOLD = "CustodySans-Bold"
MONO = "CustodyMono"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}


# Shaped Arabic is drawn with presentation-form glyphs (and Latin text may get ligatures such as "ﬃ").
# ReportLab's ToUnicode CMap would then make copy/paste and search return presentation forms; the wrapper
# below maps those compatibility characters to their NFKC text in the ToUnicode CMap only (the glyphs
# drawn are unchanged). Installed by register_fonts, so every PDF Custody writes gets it.
_TOUNICODE_LINE = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{4,6})>")


def _compat_to_text(cp: int) -> str | None:
    if 0xFB00 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        ch = chr(cp)
        norm = unicodedata.normalize("NFKC", ch)
        if norm and norm != ch:
            return norm
    return None


def _install_tounicode_fix() -> None:
    """Wrap ReportLab's ToUnicode CMap builder once."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_custody_fixed", False):
        return

    def text_for(cp: int) -> str | None:
        text = tounicode_text(cp)
        return _compat_to_text(cp) if text is None else text

    def make_cmap(fontname, subset):
        out = original(fontname, subset)
        if not any(text_for(cp) is not None for cp in subset):
            return out
        lines = []
        for line in out.split("\n"):
            m = _TOUNICODE_LINE.fullmatch(line)
            if m:
                text = text_for(int(m.group(2), 16))
                if text is not None:
                    utf16 = text.encode("utf-16-be").hex().upper()
                    line = f"<{m.group(1)}> <{utf16}>"
            lines.append(line)
        return "\n".join(lines)

    make_cmap._custody_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap




@cache
def register_fonts() -> tuple[str, str, str]:
    """Register the embedded fonts once; return (regular, bold, mono) font names."""
    _install_tounicode_fix()
    # Ask ReportLab to shape these fonts with HarfBuzz (Arabic joining, marks).
    globs = list(getattr(rl_config, "shapedFontGlob", []) or [])
    for name in (REGULAR, BOLD):
        if name not in globs:
            globs.append(name)
    rl_config.shapedFontGlob = globs
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD, MONO


def font_covers(font_name: str, text: str) -> list[str]:
    """Return the characters of ``text`` the font has no glyph for (empty when all covered)."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return [ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph]
