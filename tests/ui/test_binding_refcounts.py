"""Guard against Qt bindings that corrupt reference counts (PySide6 6.12.0 on CPython 3.11 dropped a reference
to None on every call of a method returning void, and to True on every Python-side emit: the app aborted
after some ten thousand calls). A long shift at the counter makes that many calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Pinger(QObject):
    ping = Signal(int)


def test_void_calls_keep_the_reference_to_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for n in range(5000):
        label.setText(str(n))
    assert sys.getrefcount(None) - before > -50  # a broken binding loses 5000


def test_emits_keep_the_reference_to_true(qapp):
    pinger = _Pinger()
    got = []
    pinger.ping.connect(got.append)
    before = sys.getrefcount(True)
    for n in range(2000):
        pinger.ping.emit(n)  # deliberately the plain call, not qtcompat.emit
    assert len(got) == 2000
    assert sys.getrefcount(True) - before > -50
