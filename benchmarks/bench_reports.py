"""Report rendering benchmark.

    python benchmarks/bench_reports.py [--repeat N]

Cases:
  * one item with 1,000 custody events           goal <= 3 s
  * a case with 200 items (5 events each)        goal <= 10 s
Each is compared with a baseline measured in the same run: a plain ReportLab table of the same
rows (same embedded font, plain strings in cells, no Paragraphs, no page furniture), so the ratio
shows what our layout costs on this machine. Exit status 1 if a goal is missed.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

try:
    import custody  # noqa: F401
except ImportError:  # running from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _bench import Report, add_common_args
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from custody.reports.custody_report import CustodyReportRenderer
from custody.reports.fonts import register_fonts
from custody.reports.model import (
    CaseInfo,
    CustodyReportData,
    CustodyRow,
    IntegrityInfo,
    ItemInfo,
    ItemWithHistory,
    Person,
    SeizureInfo,
    StationInfo,
)

NAMES = ("John Smith", "Иван Петров", "João Conceição", "Hélène Lefèvre", "محمد عبد الله")
ACTIONS = ("Checked in", "Transferred", "Checked out for analysis", "Returned from lab", "Seal replaced")
NOTE = ("custody.local/LIS01\n1234\nq83tYz1mKcD0y5hZ8y8cPq8m0z4S5mQy7m4m6b6m5ZQ=\n\n"
        "— custody.local/LIS01/LIS01 AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/abcdefghijklmnopqrstuv==\n")


def rows(item_idx: int, n: int) -> tuple[CustodyRow, ...]:
    out = []
    for k in range(n):
        a, b = NAMES[k % 5], NAMES[(k + 1) % 5]
        out.append(CustodyRow(
            seq=item_idx * 10_000 + k + 1, at_local=f"2024-03-{1 + k % 28:02d} {8 + k % 10:02d}:{k % 60:02d}",
            action_label=ACTIONS[k % 5], released_by=a, received_by=b,
            purpose="Forensic examination of the device contents" if k % 2 else "Storage",
            location=f"Room B, shelf {k % 9 + 1}, box {k % 40}", seal_state=f"Intact, seal S-{k:05d}",
            signatures=(a, b), entry_hash_hex=f"{item_idx * 10_000 + k:064x}",
            note="Packaging photographed." if k % 7 == 0 else ""))
    return tuple(out)


def data(n_items: int, n_events: int) -> CustodyReportData:
    officer = Person("jsmith", "John Smith", "B-1000", "Sgt.")
    station = StationInfo("Polícia Judiciária", "LIS01", "Depósito de Provas", "Europe/Lisbon",
                          "custody.local/LIS01/LIS01+1a2b3c4d+AQEB", "9f" * 32)
    items = tuple(
        ItemWithHistory(
            item=ItemInfo(item_id=f"EV-2024-{i:06d}", item_number=str(i + 1), category_label="Mobile phone",
                          description=f"Black smartphone, IMEI 35{i:013d}, cracked screen", sealed=True,
                          seal_number=f"S-{i}", fields=(("IMEI", f"35{i:013d}"),), status_label="In storage"),
            rows=rows(i, n_events))
        for i in range(n_items))
    return CustodyReportData(
        station=station, case=CaseInfo("NUIPC 123/24"),
        seizure=SeizureInfo("AUTO-1", "2024-03-01 07:45", "Lisboa", officer, ("Hélène Lefèvre",)),
        items=items, integrity=IntegrityInfo(NOTE, 1234, "ab" * 32, "custody.local/LIS01/LIS01",
                                             "custody.local/LIS01/LIS01+1a2b3c4d+AQEB", "RPT-1"),
        generated_at="2024-04-02 09:30", generated_by=officer, custodian=officer)


def baseline(d: CustodyReportData) -> bytes:
    """Plain ReportLab: the same custody rows as strings in one Table, embedded font, no Paragraphs."""
    font, _bold, _mono = register_fonts()
    table_rows = [["#", "Date/time", "Action", "Released by", "Received by", "Purpose", "Location", "Seal"]]
    for entry in d.items:
        for r in entry.rows:
            table_rows.append([str(r.seq), r.at_local, r.action_label, r.released_by, r.received_by,
                               r.purpose[:28], r.location, r.seal_state])
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), initialFontName=font)
    t = Table(table_rows, repeatRows=1)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 7),
                           ("GRID", (0, 0), (-1, -1), 0.3, "grey")]))
    doc.build([t])
    return buf.getvalue()


def timed(fn, repeat: int) -> tuple[float, float, bytes]:
    """Best wall-clock and best CPU seconds over ``repeat`` runs (CPU time is steadier on a busy machine)."""
    best, best_cpu, out = float("inf"), float("inf"), b""
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best, best_cpu, out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best is reported")
    add_common_args(ap)
    args = ap.parse_args(argv)
    report = Report("reports", args.smoke)
    cases = (("1 item x 1,000 events", 1, 1000, 3.0), ("200 items x 5 events", 200, 5, 10.0))
    if args.smoke:  # a tenth of the size, goals scaled
        args.repeat = 1
        cases = (("1 item x 100 events", 1, 100, 0.3), ("20 items x 5 events", 20, 5, 1.0))
    register_fonts()
    CustodyReportRenderer(data(1, 3)).render()  # warm-up: font loading, imports
    failed = False
    print(f"{'case':<24}{'wall s':>8}{'cpu s':>8}{'pages':>7}{'KiB':>6}{'base wall':>10}{'base cpu':>9}"
          f"{'ratio':>7}{'goal':>6}  result (goal on CPU time)")
    for label, n_items, n_events, goal in cases:
        d = data(n_items, n_events)
        ours, ours_cpu, pdf = timed(lambda d=d: CustodyReportRenderer(d).render(), args.repeat)
        base, base_cpu, _ = timed(lambda d=d: baseline(d), args.repeat)
        from pypdf import PdfReader

        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        ok = ours_cpu <= goal
        failed |= not ok
        print(f"{label:<24}{ours:>8.2f}{ours_cpu:>8.2f}{pages:>7}{len(pdf) / 1024:>6.0f}{base:>10.2f}"
              f"{base_cpu:>9.2f}{ours_cpu / base_cpu:>7.1f}{goal:>6.0f}  {'ok' if ok else 'TOO SLOW'}")
        report.add(f"custody report PDF, {label} (CPU)", ours_cpu, "s", goal=goal, baseline=base_cpu,
                   baseline_label="plain ReportLab table", wall_s=ours, cpu_s=ours_cpu, note=f"{pages} pages")
    report.write(args.json)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
