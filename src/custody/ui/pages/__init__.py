"""Pages that later parts of Custody add to the main window.

Each module here has ``register(window: MainWindow) -> None`` that calls ``window.register_page(...)`` and,
for the things a scan can open, ``window.set_opener(kind, fn)`` (kind: "item", "location", "officer").
``REGISTRARS`` lists them in navigation order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow

REGISTRARS: list[Callable[[MainWindow], None]] = []


def register_all(window: MainWindow) -> None:
    for register in REGISTRARS:
        register(window)
