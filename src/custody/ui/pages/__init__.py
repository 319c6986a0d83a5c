"""Pages that later parts of Custody add to the main window.

Each module here has ``register(window: MainWindow) -> None`` that calls ``window.register_page(...)`` and,
for the things a scan can open, ``window.set_opener(kind, fn)`` (kind: "item", "location", "officer").
``_registrars`` lists them in navigation order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow

# None: every part of the app (imported when the first window is built, to avoid an import cycle with
# mainwindow). Tests may set a list of their own.
REGISTRARS: list[Callable[[MainWindow], None]] | None = None


def _registrars() -> list[Callable[[MainWindow], None]]:
    from custody.ui import settings_page, transfer_page
    from custody.ui.pages import custody, intake, reports

    return [intake.register, custody.register, transfer_page.register, reports.register, settings_page.register]


def register_all(window: MainWindow) -> None:
    for register in REGISTRARS if REGISTRARS is not None else _registrars():
        register(window)
