"""Scan-driven custody pages: handover, storage, laboratory, court, disposal, inventory audit, alerts and the
scanner settings. ``register(window)`` adds them to the main window (``custody.ui.pages.REGISTRARS``).

Scans reach the current page through :class:`custody.ui.scan_routing.ScanRouter` (``handle_scan``); the main
window installs the scanner with ``install_scanner(window)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from custody.security.permissions import Action

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow

PAGE_HANDOVER = "handover"
PAGE_STORAGE = "storage"
PAGE_LAB = "lab"
PAGE_COURT = "court"
PAGE_DISPOSAL = "disposal"
PAGE_INVENTORY = "inventory"
PAGE_ALERTS = "alerts"
PAGE_SCANNER = "scanner"

TITLES = {
    PAGE_ALERTS: QT_TRANSLATE_NOOP("MainWindow", "Alerts"),
    PAGE_HANDOVER: QT_TRANSLATE_NOOP("MainWindow", "Hand over"),
    PAGE_STORAGE: QT_TRANSLATE_NOOP("MainWindow", "Storage"),
    PAGE_LAB: QT_TRANSLATE_NOOP("MainWindow", "Laboratory"),
    PAGE_COURT: QT_TRANSLATE_NOOP("MainWindow", "Court"),
    PAGE_DISPOSAL: QT_TRANSLATE_NOOP("MainWindow", "Disposal"),
    PAGE_INVENTORY: QT_TRANSLATE_NOOP("MainWindow", "Inventory audit"),
    PAGE_SCANNER: QT_TRANSLATE_NOOP("MainWindow", "Barcode scanner"),
}


def _handover(window: MainWindow):
    from custody.ui.pages.custody_handover import HandoverPage

    return HandoverPage(window)


def _storage(window: MainWindow):
    from custody.ui.pages.custody_storage import StoragePage

    return StoragePage(window)


def _lab(window: MainWindow):
    from custody.ui.pages.custody_labcourt import LabPage

    return LabPage(window)


def _court(window: MainWindow):
    from custody.ui.pages.custody_labcourt import CourtPage

    return CourtPage(window)


def _disposal(window: MainWindow):
    from custody.ui.pages.custody_disposal import DisposalPage

    return DisposalPage(window)


def _inventory(window: MainWindow):
    from custody.ui.pages.custody_inventory import InventoryPage

    return InventoryPage(window)


def _alerts(window: MainWindow):
    from custody.ui.pages.custody_alerts import AlertsPage

    return AlertsPage(window)


def _scanner(window: MainWindow):
    from custody.ui.pages.custody_scanner import ScannerPage

    return ScannerPage(window)


def register(window: MainWindow) -> None:
    window.register_page(PAGE_ALERTS, TITLES[PAGE_ALERTS], _alerts, Action.ITEM_VIEW)
    window.register_page(PAGE_HANDOVER, TITLES[PAGE_HANDOVER], _handover, Action.CUSTODY_TRANSFER)
    window.register_page(PAGE_STORAGE, TITLES[PAGE_STORAGE], _storage,
                         (Action.STORAGE_CHECK_IN, Action.STORAGE_CHECK_OUT, Action.STORAGE_MOVE))
    window.register_page(PAGE_LAB, TITLES[PAGE_LAB], _lab,
                         (Action.LAB_SUBMIT, Action.LAB_RETURN, Action.DISCREPANCY_ACKNOWLEDGE))
    window.register_page(PAGE_COURT, TITLES[PAGE_COURT], _court, (Action.COURT_OUT, Action.COURT_RETURN))
    window.register_page(PAGE_DISPOSAL, TITLES[PAGE_DISPOSAL], _disposal,
                         (Action.DISPOSAL_AUTHORIZE, Action.DISPOSAL_COMPLETE))
    window.register_page(PAGE_INVENTORY, TITLES[PAGE_INVENTORY], _inventory, Action.INVENTORY_AUDIT)
    window.register_page(PAGE_SCANNER, TITLES[PAGE_SCANNER], _scanner)
