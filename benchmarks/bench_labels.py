"""Benchmark: render N item labels to one PDF (goal: 1,000 labels in <= 5 s).

The baseline, measured in the same run, draws the same labels' text with a bare ReportLab canvas (same fonts,
one page per label, no barcode, no fitting): the ratio shows what the barcode and layout cost on top.

    python benchmarks/bench_labels.py [--count 1000] [--template zebra-4x2-203] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import time
from pathlib import Path

try:
    import custody  # noqa: F401
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _bench import Report, add_common_args
from reportlab.pdfgen import canvas as rl_canvas

from custody.reports import barcode_vector, label_text
from custody.reports.fonts import register_fonts
from custody.reports.labels import ItemLabel, list_templates, load_template, render_labels_pdf

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
DESCRIPTIONS = [
    "White crystalline powder in a heat-sealed transparent bag, approx. 250 g, marked with a red cross",
    "Pistolet Makarov PM, serial TK 4412, brown leather holster, empty magazine",
    "Пистолет Макарова ПМ, серийный номер ТК 4412, в кобуре из коричневой кожи",
    "Téléphone portable, écran fissuré, coque rouge, IMEI 356938035643809",
    "مسدس عيار 9 ملم مع مخزن فارغ، الرقم التسلسلي ممسوح جزئيا",
]


def make_labels(count: int, seed: int = 1) -> list[ItemLabel]:
    rng = random.Random(seed)
    labels = []
    for n in range(count):
        # 7 characters, the longest prefix allowed (custody.domain.ids.PREFIX_MAX_LEN)
        prefix = "-".join("".join(rng.choices(ALNUM, k=3)) for _ in range(2))
        ident = f"{prefix}-26-{n:06d}-{rng.choice(ALNUM)}"
        labels.append(
            # distinct text per label (no caching across labels flatters the figure): item number in front
            ItemLabel(
                ident,
                f"2026-{rng.randrange(10**6):06d}",
                "Drugs",
                "2026-01-14",
                f"{n} {rng.choice(DESCRIPTIONS)}",
            )
        )
    return labels


def baseline_pdf(labels: list[ItemLabel], template: str) -> bytes:
    """Plain text of the same labels, same page size and fonts, no barcode and no layout work."""
    regular, bold, mono = register_fonts()
    tpl = load_template(template)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(tpl.width, tpl.height), invariant=1, initialFontName=regular)
    for label in labels:
        c.setFont(bold, 10)
        c.drawString(10, tpl.height - 20, label.case_number)
        c.setFont(regular, 8)
        c.drawString(10, tpl.height - 32, label.category_label + "  " + label.seized_on)
        c.drawString(10, tpl.height - 44, label.description)
        c.setFont(mono, 10)
        c.drawString(10, 10, label.item_id)
        c.showPage()
    c.save()
    return buf.getvalue()


def best_of(repeat: int, fn) -> tuple[float, bytes, float]:
    """Best wall seconds, the output, best CPU seconds."""
    best, out, best_cpu = float("inf"), b"", float("inf")
    for _ in range(repeat):
        start, c0 = time.perf_counter(), time.process_time()
        out = fn()
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best, out, best_cpu


def main(argv: list[str] | None = None) -> int:
    names = [t.name for t in list_templates()]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="labels to render (default 1000)")
    parser.add_argument("--template", default="zebra-4x2-203", choices=names)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is reported")
    add_common_args(parser)
    args = parser.parse_args(argv)
    if args.smoke:
        args.repeat = 1

    register_fonts()
    labels = make_labels(args.count)
    render_labels_pdf(labels[:5], args.template)  # warm up: font subsetting, HarfBuzz, caches
    base_s, base_pdf, base_cpu = best_of(args.repeat, lambda: baseline_pdf(labels, args.template))

    def cold_render() -> bytes:  # every run starts with empty shaping and barcode caches
        label_text._shape.cache_clear()
        barcode_vector.encode_code128.cache_clear()
        return render_labels_pdf(labels, args.template)

    label_s, pdf, label_cpu = best_of(args.repeat, cold_render)
    print(f"template        {args.template} ({args.count} item labels, best of {args.repeat})")
    print(f"labels PDF      {label_s:7.3f} s  {args.count / label_s:9.0f} labels/s  {len(pdf) / 1e6:6.2f} MB")
    print(
        f"baseline text   {base_s:7.3f} s  {args.count / base_s:9.0f} labels/s  {len(base_pdf) / 1e6:6.2f} MB"
    )
    print(f"ratio           {label_s / base_s:7.2f} x baseline")
    goal = 5.0 * args.count / 1000
    print(f"goal            <= {goal:.1f} s: {'met' if label_s <= goal else 'MISSED'}")
    report = Report("labels", args.smoke)
    report.add(f"{args.count:,} item labels to one PDF ({args.template})", label_s, "s", goal=goal,
               baseline=base_s, baseline_label="bare ReportLab text", wall_s=label_s, cpu_s=label_cpu)
    report.write(args.json)
    return 0 if label_s <= goal else 1


if __name__ == "__main__":
    raise SystemExit(main())
