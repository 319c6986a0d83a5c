"""Benchmark: decode margin of each label template's barcode under blur.

For each template, one label with the longest item id the app issues (a 6-character prefix: 222 modules, the
narrowest module the template prints) and one with a short location code is rendered from the PDF at the
template's printer resolution, without anti-aliasing (a printer prints whole dots), then blurred with a
Gaussian (Pillow ``GaussianBlur``, whose radius is the standard deviation) of increasing sigma, in steps of
0.005 mm, until zxing-cpp no longer reads the id. Reported: the module, the largest sigma that still decodes
(mm, and in modules) and the first sigma that does not. A misread (other data) stops the search and is reported.
ZPL templates are measured twice: the PDF, and the ZPL rendered by zplkit (what a Zebra prints).

    python benchmarks/bench_label_blur.py [--template NAME] [--step-mm 0.005] [--max-mm 0.4]

Needs the test extra (zxing-cpp, pypdfium2, zplkit).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

try:
    import custody  # noqa: F401
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import time

import pypdfium2 as pdfium
import zxingcpp
from _bench import Report, add_common_args
from PIL import Image, ImageFilter

from custody.domain.ids import make_item_id, make_location_code
from custody.reports.labels import (
    ItemLabel,
    LocationLabel,
    layout_label,
    list_templates,
    load_template,
    render_labels_pdf,
    render_labels_zpl,
    sheet_cell_origin,
)

LONGEST_ID = make_item_id("ABCDEF", 26, 999999)  # no digit pairs in the prefix: 222 modules, the most
SHORT_ID = make_location_code(12)


def label_for(ident: str):
    if ident.startswith("LOC-"):
        return LocationLabel(ident, "Vault B", "Central station › Evidence room › Vault B")
    return ItemLabel(ident, "DEMO/2026/000123", "Drugs", "2026-01-14", "White powder in a heat-sealed bag")


def render_label(template: str, ident: str, dpi: int | None = None) -> Image.Image:
    """The label (one cell of a sheet) as a greyscale image at ``dpi`` (default: the template's), no anti-aliasing
    on the bars, as printed."""
    tpl = load_template(template)
    dpi = dpi or tpl.dpi
    pdf = render_labels_pdf([label_for(ident)], template)
    doc = pdfium.PdfDocument(pdf)
    # 1e-6 less: pypdfium2 sizes bitmaps with ceil() (see tests/reports/test_labels_barcodes.render_scale)
    page = doc[0].render(scale=dpi / 72 * (1 - 1e-6), grayscale=True, no_smoothpath=True).to_pil()
    doc.close()
    if tpl.sheet is not None:
        ox, oy = sheet_cell_origin(template, 1)
        px = dpi / 72
        top = tpl.sheet.height - oy - tpl.height
        page = page.crop((round(ox * px), round(top * px), round((ox + tpl.width) * px),
                          round((top + tpl.height) * px)))
    return page


def decodes(image: Image.Image) -> list[str]:
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128, try_downscale=False,
                                   try_rotate=False, try_invert=False)
    return [b.text for b in found]


def blurred(image: Image.Image, sigma_mm: float, dpi: int) -> Image.Image:
    return image.filter(ImageFilter.GaussianBlur(sigma_mm * dpi / 25.4)) if sigma_mm > 0 else image


def render_zpl(template: str, ident: str) -> Image.Image:
    """The ZPL label's barcode as a Zebra prints it, rendered by zplkit (text fields left out: the renderer has
    no Zebra's resident TrueType fonts)."""
    import io

    import zplkit

    zpl = render_labels_zpl([label_for(ident)], template)
    barcode_only = "\n".join(line for line in zpl.splitlines() if "^A" not in line and not line.startswith("^PQ"))
    scene = zplkit.render(barcode_only, zplkit.Options(dpi=load_template(template).dpi)).labels[0]
    return Image.open(io.BytesIO(scene.png())).convert("L")


def margin(template: str, ident: str, step_mm: float, max_mm: float, zpl: bool = False
           ) -> tuple[float, float | None, str]:
    """(largest sigma that decodes, first sigma that does not or None, note) in mm."""
    dpi = load_template(template).dpi
    image = render_zpl(template, ident) if zpl else render_label(template, ident)
    good = 0.0
    steps = round(max_mm / step_mm)
    for i in range(steps + 1):
        sigma = i * step_mm
        texts = decodes(blurred(image, sigma, dpi))
        if any(t != ident for t in texts):
            return good, sigma, f"MISREAD {texts}"
        if texts != [ident]:
            return good, sigma, ""
        good = sigma
    return good, None, f"still decodes at {max_mm} mm"


def main(argv: list[str] | None = None) -> int:
    names = [t.name for t in list_templates()]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--template", choices=names, action="append", help="default: every template")
    parser.add_argument("--step-mm", type=float, default=0.005)
    parser.add_argument("--max-mm", type=float, default=0.4)
    parser.add_argument("--goal-mm", type=float, default=0.08,
                        help="blur every template must survive (the tests' fixed blur, default 0.08 mm)")
    add_common_args(parser)
    args = parser.parse_args(argv)
    if args.smoke:
        args.step_mm = max(args.step_mm, 0.04)
    report = Report("label_blur", args.smoke)
    print(f"{'template':18} {'out':3} {'id':20} {'dpi':>4} {'module':>14} {'decodes to sigma':>17} "
          f"{'fails at':>9}")
    misread = False
    for name in args.template or names:
        tpl = load_template(name)
        worst, t0, c0 = float("inf"), time.perf_counter(), time.process_time()
        for ident in (LONGEST_ID, SHORT_ID):
            bc = layout_label(label_for(ident), name).barcode
            module_mm = bc.module / 72 * 25.4
            for zpl in (False, True) if tpl.zpl else (False,):
                good, bad, note = margin(name, ident, args.step_mm, args.max_mm, zpl)
                misread = misread or note.startswith("MISREAD")
                worst = min(worst, -1.0 if note.startswith("MISREAD") else good)
                fails = f"{bad:.3f}" if bad is not None else "-"
                print(f"{name:18} {'ZPL' if zpl else 'PDF':3} {ident:20} {tpl.dpi:4d} {bc.module_dots:2d} dots "
                      f"{module_mm:.3f} mm {good:6.3f} mm {good / module_mm:4.2f} mod {fails:>9} {note}")
        report.add(f"{name}: largest blur sigma still decoded (worst id/output)", worst, "mm", goal=args.goal_mm,
                   op=">=", wall_s=time.perf_counter() - t0, cpu_s=time.process_time() - c0,
                   note=f"step {args.step_mm} mm; -1 = misread")
    report.write(args.json)
    return 1 if misread or not report.ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
