"""Code 128 drawn as vector rectangles on a ReportLab canvas.

The symbol itself always comes from python-barcode's Code 128 encoder: we never choose code sets ourselves. We
only fix one python-barcode bug (a leading ``99`` was dropped, see :class:`_Code128`) and check that the
values spell the data before drawing anything. This module turns python-barcode's module string
(``"1101001..."``) into filled rectangles whose edges sit on the printer's dot grid, and tells the ZPL writer
which code sets python-barcode chose so that a Zebra prints exactly the same symbol (same number of modules,
hence the same width) as the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import barcode
from barcode.charsets import code128 as _cs
from barcode.codex import Code128 as _PyBarcodeCode128

QUIET_ZONE_MODULES = 10
"""Minimum quiet zone on each side of the symbol, in modules (ISO/IEC 15417 asks for 10)."""

# Code 128 symbol values with a special meaning (ISO/IEC 15417, table 1).
_START = {103: "A", 104: "B", 105: "C"}
_CODE_C, _CODE_B_OR_FNC4, _CODE_A_OR_FNC4, _STOP_LEN = 99, 100, 101, 13


@dataclass(frozen=True, slots=True)
class Code128Symbol:
    """One encoded Code 128 symbol: the data, python-barcode's values and its module pattern."""

    data: str
    values: tuple[int, ...]  # start, data and code-set switches (no check value, no stop)
    modules: str  # "1" = bar module, "0" = space module, start to stop inclusive

    @property
    def module_count(self) -> int:
        return len(self.modules)

    def bars(self) -> list[tuple[int, int]]:
        """(first module, width in modules) of every bar, left to right."""
        runs: list[tuple[int, int]] = []
        start = -1
        for i, m in enumerate(self.modules):
            if m == "1":
                if start < 0:
                    start = i
            elif start >= 0:
                runs.append((start, i - start))
                start = -1
        if start >= 0:
            runs.append((start, len(self.modules) - start))
        return runs


class _Code128(_PyBarcodeCode128):
    """python-barcode's Code 128 with its leading-``99`` bug fixed.

    python-barcode 0.16.1 always starts in code set C and then folds "Start C, Code B" into "Start B". It also
    folded "Start C" followed by the data pair ``99`` (value 99, the same number as the "Code C" switch), so
    ``99F6D8R-70-037389-J`` was printed as a barcode reading ``F6D8R-70-037389-J``: a misread by construction
    (python-barcode issue #251, fixed upstream by pull request #263 after 0.16.1). After Start C, value 99 is
    always data; only 100 and 101 are switches that can be folded.
    """

    def _try_to_optimize(self, encoded: list[int]) -> list[int]:
        if encoded[0] == _cs.START_CODES["C"] and encoded[1] in (_cs.C["TO_A"], _cs.C["TO_B"]):
            encoded[:2] = [_cs.TO[encoded[1]]]
        return encoded


def code128_text(values: tuple[int, ...]) -> str:
    """The text a scanner reads from Code 128 ``values`` (start, data, switches; no check, no stop).

    Independent of python-barcode's encoder: used to check every symbol before it is drawn. Only the plain
    characters our ids use are supported (no shifts, FNC or control characters)."""
    sets = {103: "A", 104: "B", 105: "C"}
    current = sets[values[0]]
    out: list[str] = []
    for value in values[1:]:
        if current == "C":
            if value < 100:
                out.append(f"{value:02d}")
            elif value in (100, 101):
                current = "B" if value == 100 else "A"
            else:
                raise ValueError(f"Unexpected Code 128 value {value} in code set C")
        elif value == 99:
            current = "C"
        elif current == "B" and value == 101 or current == "A" and value == 100:
            current = "A" if value == 101 else "B"
        elif value < 64 or current == "B" and value < 96:
            out.append(chr(value + 32))
        else:
            raise ValueError(f"Unexpected Code 128 value {value} in code set {current}")
    return "".join(out)


@lru_cache(maxsize=4096)
def encode_code128(data: str) -> Code128Symbol:
    """Encode ``data`` with python-barcode; raises ValueError for characters Code 128 cannot carry."""
    if not data:
        raise ValueError("A barcode needs data")
    try:
        # python-barcode keeps code-set state in the instance: one fresh instance per call.
        values = tuple(_Code128(data).encoded)
        modules = _Code128(data).build()[0]
    except (barcode.errors.IllegalCharacterError, RuntimeError) as exc:
        raise ValueError(f"Cannot encode {data!r} as Code 128: {exc}") from exc
    if code128_text(values) != data or len(modules) != 11 * (len(values) + 1) + 13:
        # Never draw a symbol that would scan as something else.
        raise RuntimeError(f"python-barcode encoded {data!r} wrongly: {values}")
    return Code128Symbol(data=data, values=values, modules=modules)


def zpl_code128_field(symbol: Code128Symbol) -> str:
    """The ^FD payload for ``^BC...,N`` (mode N) that makes a Zebra print exactly python-barcode's symbol.

    Mode N honours ZPL's Code 128 invocation codes: ``>9``/``>:``/``>;`` = start in code set A/B/C and
    ``>7``/``>6``/``>5`` = switch to A/B/C. Spelling out python-barcode's choices keeps the Zebra symbol
    module-for-module identical to the PDF one (and so the same width). A literal ``>`` is written ``><``.
    Decode it back with :func:`zpl_field_data`.
    """
    out: list[str] = []
    text = symbol.data
    pos = 0
    current = ""
    for value in symbol.values:
        if not current:
            current = _START[value]
            out.append({"A": ">9", "B": ">:", "C": ">;"}[current])
            continue
        if value == _CODE_C and current in "AB":
            current = "C"
            out.append(">5")
        elif value == _CODE_B_OR_FNC4 and current in "AC":
            current = "B"
            out.append(">6")
        elif value == _CODE_A_OR_FNC4 and current in "BC":
            current = "A"
            out.append(">7")
        elif current == "C":
            out.append(text[pos : pos + 2])
            pos += 2
        else:
            ch = text[pos]
            pos += 1
            out.append("><" if ch == ">" else ch)
    if pos != len(text):  # pragma: no cover - would mean python-barcode changed its value layout
        raise RuntimeError(f"Could not map the Code 128 values of {text!r} to ZPL")
    return "".join(out)


def zpl_field_data(field: str) -> str:
    """Strip ZPL Code 128 invocation codes from a ^FD payload: the data a scanner will read."""
    out: list[str] = []
    i = 0
    while i < len(field):
        if field[i] == ">" and i + 1 < len(field):
            nxt = field[i + 1]
            if nxt == "<":
                out.append(">")
            i += 2
            continue
        out.append(field[i])
        i += 1
    return "".join(out)


def draw_code128(canv, symbol: Code128Symbol, x: float, y: float, module: float, height: float) -> None:
    """Fill the bars of ``symbol`` with their left edge at ``x`` (points), ``module`` points per module.

    The caller puts ``x`` on the printer's dot grid and, wherever it can, makes ``module`` a whole number of
    dots, so every bar edge falls on a dot boundary. All bars go into one path (one fill operator).
    """
    path = canv.beginPath()
    for first, width in symbol.bars():
        path.rect(x + first * module, y, width * module, height)
    canv.drawPath(path, stroke=0, fill=1)
