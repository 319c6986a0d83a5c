"""The application-wide input filters (the scanner's, the idle lock's), and pausing them while widgets are built.

An event filter on the application sees every event of every object: polish, style, child, show, paint... For a
filter written in Python each one is a call from C++ into Python, which must take the GIL, often held by a worker
thread running a query at that very moment (issue 18). Building a page in one synchronous call (no event loop runs,
so no key, click or other input can arrive) sends ~1,200 such events for the items page: :func:`paused` takes
the input filters off the application for that call (~12 ms of CPU of the items list's first show at 10^6 items)
and puts them back, in the same order, after it. Keys the scanner is holding are released first, as the first
hide or focus change of the build would have released them.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

#: the input filters installed on the application, in the order they were installed (weakly: installing one here
#: does not keep it alive longer than Qt would)
_installed: list[weakref.ref[QObject]] = []
_paused = [0]


def install(filt: QObject, app: QCoreApplication | None = None) -> bool:
    """Install ``filt`` on the application (the last installed sees events first, as Qt does); False without one."""
    app = app or QCoreApplication.instance()
    if app is None:
        return False
    app.installEventFilter(filt)
    if filt not in installed():
        _installed.append(weakref.ref(filt))
    return True


def remove(filt: QObject, app: QCoreApplication | None = None) -> None:
    app = app or QCoreApplication.instance()
    _installed[:] = [r for r in _installed if r() is not None and r() is not filt]
    if app is not None:
        app.removeEventFilter(filt)


def installed() -> list[QObject]:
    """The input filters installed (paused ones included), in installation order."""
    alive = [f for f in (r() for r in _installed) if f is not None and shiboken6.isValid(f)]
    if len(alive) != len(_installed):
        _installed[:] = [weakref.ref(f) for f in alive]
    return alive


def is_paused() -> bool:
    return _paused[0] > 0


@contextmanager
def paused() -> Iterator[None]:
    """Take the input filters off the application during a synchronous block that builds widgets.

    Only for code that runs no event loop (no ``exec``, no ``processEvents``): input can only arrive through one.
    Each filter's ``before_pause()`` runs first (the scanner releases the keys it holds)."""
    app = QCoreApplication.instance()
    if app is None or _paused[0]:
        yield
        return
    filters = installed()
    for f in filters:
        before = getattr(f, "before_pause", None)
        if before is not None:
            before()
        app.removeEventFilter(f)
    _paused[0] += 1
    try:
        yield
    finally:
        _paused[0] -= 1
        for f in installed():  # in installation order: the same order as before (removed ones stay removed)
            app.installEventFilter(f)
