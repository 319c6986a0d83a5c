"""Work-arounds for bugs in the Qt binding, each detected at import time rather than assumed.

PySide6 6.12.0 on CPython < 3.12: ``SignalInstance.emit()`` returns ``True`` without taking a reference to it,
so every emit from Python lowers the reference count of ``True`` by one; a few hundred emits later the
interpreter aborts ("Fatal Python error: bool_dealloc"). CPython 3.12+ makes ``True`` immortal, which hides
the bug. :func:`emit` gives the reference back when (and only when) the probe below saw it go missing, so
code in ``custody.ui`` emits through it: ``emit(self.changed, kinds)`` instead of ``self.changed.emit(kinds)``.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_drops_true() -> bool:
    probe = _Probe()
    n = 16
    before = sys.getrefcount(True)
    for _ in range(n):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost >= n:
        for _ in range(lost):  # repair what the probe itself took
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return True
    return False


EMIT_DROPS_TRUE = _emit_drops_true()


def emit(signal: Any, *args: Any) -> Any:
    """``signal.emit(*args)``, compensating for the binding's lost reference when there is one."""
    result = signal.emit(*args)
    if EMIT_DROPS_TRUE and result is True:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return result
