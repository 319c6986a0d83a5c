"""Embedded TrueType fonts for every PDF Custody writes.

DejaVu Sans covers Latin, Cyrillic and Arabic; ReportLab shapes Arabic with HarfBuzz
(uharfbuzz) when ``rl_config.shapedFontGlob`` names the font. Helvetica is never used.
"""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from custody.paths import resource

REGULAR = "CustodySans"
BOLD = "CustodySans-Bold"
MONO = "CustodyMono"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}


@cache
def register_fonts() -> tuple[str, str, str]:
    """Register the embedded fonts once; return (regular, bold, mono) font names."""
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
