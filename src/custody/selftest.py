"""``custody --self-test``: prove that this installation works end to end, without touching real data.

In a temporary folder it sets up a station on a fresh SQLite database, registers an item through the real
services, prints its label and its custody report to files, and checks what a user would check:

- the label: rendered by QtPdf at printer resolution (as the app prints it), its barcode decodes to the item id;
- the report: verified with the code path of ``custody-verify`` (PDF signature and proof bundle, with the
  station's verifier key trusted), proving the item's history;
- both PDFs embed their fonts; the whole ledger verifies; the main window builds and paints (offscreen).

It runs the same way in a checkout, an installed wheel and the frozen bundle (the installer's CI runs it from
the bundle with no Python on the machine), prints one line per step and exits 0 only if every step passed.
The temporary folder is removed at the end, whatever happened.

This module sits above every layer, like :mod:`custody.entry`: it drives the services and the desktop app.
"""

from __future__ import annotations

import io
import os
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from custody import __version__

EXIT_OK = 0
EXIT_FAILED = 1

STATION = "TEST"
ADMIN = "selftest-admin"
OFFICER = "selftest-officer"
LABEL_DPI = 300  # a 300 dpi label printer; the 203 dpi case is covered by the label tests


class SelfTestFailure(Exception):
    """A check did not hold (the message says which and why)."""


@dataclass
class _Run:
    folder: Path
    out: Callable[[str], None]
    failures: list[str] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)

    def step(self, name: str, fn: Callable[[], str]) -> bool:
        started = time.monotonic()
        try:
            detail = fn()
        except SelfTestFailure as exc:
            self._failed(name, str(exc), started)
            return False
        except Exception as exc:  # noqa: BLE001 - a broken installation: say what broke, with the details
            message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
            self._failed(name, message, started)
            if not hasattr(exc, "message"):  # a bug or a missing library, not a refused action
                self.out("".join(traceback.format_exception(exc)).rstrip())
            return False
        self.out(f"  ok      {name}: {detail}  [{time.monotonic() - started:.1f} s]")
        return True

    def _failed(self, name: str, message: str, started: float) -> None:
        self.failures.append(name)
        self.out(f"  FAILED  {name}: {message}  [{time.monotonic() - started:.1f} s]")


def where() -> str:
    if getattr(sys, "frozen", False):
        return f"frozen bundle at {Path(sys.executable).resolve().parent}"
    import custody

    return f"Python {sys.version.split()[0]}, package at {Path(custody.__file__).resolve().parent}"


def run(out: Callable[[str], None] = print) -> int:
    """Run every step; return the process exit code."""
    started = time.monotonic()
    # Offscreen: no display needed, and no window flashes on a desktop. (The windowing plugin itself is not tested.)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp(prefix="custody-self-test-"))
    out(f"Custody {__version__} self-test ({where()})")
    out(f"  in a temporary folder: {folder}")
    r = _Run(folder=folder, out=out)
    try:
        ok = (r.step("shipped files", lambda: _shipped_files())
              and r.step("temporary station", lambda: _station(r))
              and r.step("item registered", lambda: _register(r))
              and r.step("label printed to a file", lambda: _label(r))
              and r.step("report printed to a file", lambda: _report(r)))
        if ok:
            r.step("report verified (custody-verify)", lambda: _verify_report(r))
            r.step("label verified (barcode scanned)", lambda: _verify_label(r))
            r.step("fonts embedded in both PDFs", lambda: _fonts(r))
            r.step("ledger verified", lambda: _verify_ledger(r))
            r.step("desktop window", lambda: _window(r))
    finally:
        ctx = r.state.get("ctx")
        if ctx is not None:
            ctx.engine.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.monotonic() - started
    if r.failures:
        out(f"Self-test FAILED ({len(r.failures)} step(s): {', '.join(r.failures)}) in {elapsed:.1f} s.")
        return EXIT_FAILED
    out(f"Self-test passed in {elapsed:.1f} s; the temporary folder was removed.")
    return EXIT_OK


# --- steps --------------------------------------------------------------------------------------------------


def _shipped_files() -> str:
    from custody.paths import migrations_dir, resources_dir, translations_dir

    revisions = sorted((migrations_dir() / "versions").glob("*.py"))
    res = resources_dir()
    fonts = sorted((res / "fonts").glob("*.ttf"))
    templates = sorted((res / "labels").glob("*.json"))
    translations = sorted(translations_dir().glob("custody_*.qm"))  # built from the .ts (custody.translations)
    if not revisions or len(fonts) < 3 or not templates or not translations:
        raise SelfTestFailure(f"incomplete: {len(revisions)} migrations, {len(fonts)} fonts, {len(templates)} label "
                              f"templates, {len(translations)} translations under {res}")
    return (f"{len(revisions)} migrations, {len(fonts)} fonts, {len(templates)} label templates, "
            f"{len(translations)} translations from {res.parent}")


def _station(r: _Run) -> str:
    from custody.config import sqlite_url
    from custody.db import migrate
    from custody.db.engine import make_engine
    from custody.domain.enums import Role
    from custody.services.context import AppContext
    from custody.services.setup import SetupRequest, initialize
    from custody.services.users import NewUser

    data = r.folder / "data"
    data.mkdir(mode=0o700)
    engine = make_engine(sqlite_url(data / "custody.sqlite3"))
    migrate.upgrade(engine)
    ctx = AppContext(engine=engine, data_dir=data)
    r.state["ctx"] = ctx
    password = secrets.token_urlsafe(18)
    r.state["admin_password"] = password
    station = initialize(ctx, SetupRequest(
        agency="Custody self-test", station_code=STATION, evidence_room="Self-test room", time_zone="UTC",
        item_prefix=STATION, origin=f"custody.self-test/{STATION}",
        admin=NewUser(ADMIN, "Self-test administrator", "ST-ADMIN", password, (Role.ADMIN,)),
    ))
    r.state["station"] = station
    return f"station {station.code}, schema {migrate.status(engine).current}, SQLite in the temporary folder"


def _register(r: _Run) -> str:
    from custody.domain.enums import Category, Role
    from custody.services import auth, intake, user_admin
    from custody.services.users import NewUser

    ctx = r.state["ctx"]
    admin = auth.login(ctx, ADMIN, r.state["admin_password"])
    password = secrets.token_urlsafe(18)
    user_admin.add_user(ctx, admin, NewUser(OFFICER, "Self-test officer", "ST-1", password, (Role.OFFICER,)))
    officer = auth.login(ctx, OFFICER, password)
    r.state["officer"] = officer
    case = intake.open_case(ctx, officer, intake.NewCase("SELFTEST/1", "other", "Self-test case"))
    seizure = intake.record_seizure(ctx, officer, intake.NewSeizure(
        case_number=case.case_number, occurred_at=ctx.clock(), place="Self-test", seizing_officer=OFFICER,
    ))
    item = intake.register_item(ctx, officer, intake.NewItem(
        seizure=seizure.document_number, category=Category.OTHER, description="Self-test item, one sealed box",
    ))
    r.state["item_id"] = item.item_id
    return f"item {item.item_id} in case {case.case_number}"


def _label(r: _Run) -> str:
    from custody.services import labels as label_svc

    ctx, officer, item_id = r.state["ctx"], r.state["officer"], r.state["item_id"]
    job = label_svc.prepare_item_labels(ctx, officer, [item_id], fmt="pdf")
    path = r.folder / "label.pdf"
    path.write_bytes(job.data)
    label_svc.record_labels_printed(ctx, officer, job, f"file:{path.name}")
    r.state["label"] = path
    return f"{path.name}, template {job.template}, {path.stat().st_size:,} bytes"


def _report(r: _Run) -> str:
    from custody.services import reports as report_svc

    ctx, officer, item_id = r.state["ctx"], r.state["officer"], r.state["item_id"]
    res = report_svc.produce_item_report(ctx, officer, item_id)
    path = r.folder / "report.pdf"
    path.write_bytes(res.pdf)
    r.state["report"] = path
    return f"{path.name}, report {res.report_id}, {path.stat().st_size:,} bytes"


def _verify_report(r: _Run) -> str:
    from custody.verifier import verify_pdf

    station, item_id = r.state["station"], r.state["item_id"]
    outcome = verify_pdf(r.state["report"].read_bytes(), [station.verifier_key])
    if outcome.exit_code != 0:
        raise SelfTestFailure("; ".join(outcome.failures) or f"custody-verify would exit {outcome.exit_code}")
    items = dict(getattr(outcome.report, "items", None) or {})
    kinds = [e.kind for e in items.get(item_id, ())]
    if list(items) != [item_id] or kinds[:1] != ["item.registered"] or kinds[-1:] != ["report.issued"]:
        raise SelfTestFailure(f"the report proves {list(items)} with events {kinds}, expected {item_id}")
    return f"signature valid, proof bundle trusted, {len(kinds)} events of {item_id} proven"


def _verify_label(r: _Run) -> str:
    import zxingcpp

    item_id = r.state["item_id"]
    image = _render_first_page(r.state["label"].read_bytes(), LABEL_DPI)
    codes = [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)]
    if codes != [item_id]:
        raise SelfTestFailure(f"the label's barcode reads {codes}, expected [{item_id!r}]")
    return f"Code 128 reads {item_id} at {LABEL_DPI} dpi (QtPdf rendering)"


def _fonts(r: _Run) -> str:
    names: set[str] = set()
    for key in ("label", "report"):
        for name, embedded in _pdf_fonts(r.state[key].read_bytes()):
            if not embedded:
                raise SelfTestFailure(f"the {key} uses the font {name} without embedding it")
            names.add(name.split("+", 1)[-1])
    if not names or any("Helvetica" in n for n in names):
        raise SelfTestFailure(f"unexpected fonts: {sorted(names)}")
    return ", ".join(sorted(names))


def _verify_ledger(r: _Run) -> str:
    from custody.services import ledger_admin

    result = ledger_admin.verify(r.state["ctx"])
    if not result.ok:
        raise SelfTestFailure("; ".join(str(f) for f in result.failures[:3]))
    return f"{result.total} entries: hash chain, signatures and checkpoints intact"


def _window(r: _Run) -> str:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from custody.ui.app import create_application, install_translators
    from custody.ui.mainwindow import MainWindow
    from custody.ui.operations import Operations

    app = create_application([sys.argv[0]])
    install_translators(app)
    ops = Operations(app)
    window = MainWindow(r.state["ctx"], r.state["officer"], ops, r.state["station"])
    try:
        window.resize(1366, 768)
        window.show()
        started = time.monotonic()  # let the window load what it shows (on the operations thread)
        while time.monotonic() - started < 20 and (ops.busy or time.monotonic() - started < 0.5):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        image = window.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
        if len(colours) < 3:
            raise SelfTestFailure("the main window painted nothing")
        return f"main window {image.width()}x{image.height()} painted (Qt platform {app.platformName()})"
    finally:
        window.idle_lock.stop()
        window.live.stop()
        window.hide()
        window.deleteLater()
        ops.shutdown()
        QCoreApplication.processEvents()


# --- helpers ------------------------------------------------------------------------------------------------


def _render_first_page(pdf: bytes, dpi: int):  # type: ignore[no-untyped-def]
    """Page 1 of ``pdf`` rendered by QtPdf (the renderer the app prints with), as a PIL image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    from custody.ui.app import create_application

    create_application([sys.argv[0]])
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        raise SelfTestFailure(f"QtPdf cannot read the PDF ({doc.error()})")
    points = doc.pagePointSize(0)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    page = doc.render(0, size)  # transparent where nothing is drawn: paint it on white paper
    doc.close()
    image = QImage(size, QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    data = bytes(image.constBits())[: image.sizeInBytes()]
    return Image.frombuffer("RGB", (image.width(), image.height()), data, "raw", "RGB", image.bytesPerLine(), 1)


def _pdf_fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font name, embedded?) of every font the pages use (descendant fonts of Type 0 fonts included)."""
    from pypdf import PdfReader

    found: list[tuple[str, bool]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for ref in (fonts.get_object().values() if fonts is not None else ()):
            font = ref.get_object()
            parts = [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]
            descriptor = next((p["/FontDescriptor"].get_object() for p in parts if "/FontDescriptor" in p), None)
            embedded = descriptor is not None and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append((str(font.get("/BaseFont", "?")).lstrip("/"), embedded))
    return found
