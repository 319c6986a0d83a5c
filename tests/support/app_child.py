"""The real Custody app (``custody`` with no command) plus a control socket for tests.

Run as ``python -m tests.support.app_child SOCKET [--rtl] [--locale ar] -- <custody arguments>``. It creates the
QApplication, starts a QLocalServer on SOCKET and then runs exactly what the ``custody`` command runs. The
test side (:class:`tests.support.realapp.RealApp`) types and clicks with xdotool on the X server; the socket
only lets it *look*: widget geometry, texts, screenshots (Python evaluated on the UI thread between events).
"""

from __future__ import annotations

import json
import sys
import traceback
from typing import Any

from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


def widgets(name: str | None = None, cls: type | None = None) -> list[QWidget]:
    """Visible widgets (in every top-level window) with this object name and/or class."""
    out: list[QWidget] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        cands = [top, *top.findChildren(cls or QWidget)]
        for w in cands:
            if name is not None and w.objectName() != name:
                continue
            if cls is not None and not isinstance(w, cls):
                continue
            if w.isVisible():
                out.append(w)
    return out


def find(name: str) -> QWidget:
    found = widgets(name)
    if not found:
        raise LookupError(f"no visible widget named {name!r}")
    return found[-1]


def rect(w: QWidget) -> list[int]:
    """Global geometry [x, y, width, height]."""
    p = w.mapToGlobal(w.rect().topLeft())
    return [p.x(), p.y(), w.width(), w.height()]


def visible_rect(w: QWidget) -> list[int]:
    """The part of ``w`` actually on screen: clipped by every scroll viewport and window above it."""
    p = w.mapToGlobal(w.rect().topLeft())
    r = QRect(p.x(), p.y(), w.width(), w.height())
    parent = w.parentWidget()
    while parent is not None:
        q = parent.mapToGlobal(parent.rect().topLeft())
        r = r.intersected(QRect(q.x(), q.y(), parent.width(), parent.height()))
        if isinstance(parent, QAbstractScrollArea):
            vp = parent.viewport()
            v = vp.mapToGlobal(vp.rect().topLeft())
            r = r.intersected(QRect(v.x(), v.y(), vp.width(), vp.height()))
        parent = parent.parentWidget()
    screen = QApplication.primaryScreen().geometry()
    r = r.intersected(screen)
    return [r.x(), r.y(), max(0, r.width()), max(0, r.height())]


def shot(path: str) -> str:
    """The whole X screen as a PNG."""
    QApplication.processEvents()
    QApplication.primaryScreen().grabWindow(0).save(path, "PNG")
    return path


def active() -> dict[str, Any]:
    w = QApplication.activeModalWidget() or QApplication.activeWindow()
    return {"name": w.objectName() if w else None, "title": w.windowTitle() if w else None,
            "rect": rect(w) if w else None}


def main_window() -> Any:
    for top in QApplication.topLevelWidgets():
        if top.objectName() == "main_window" and top.isVisible():
            return top
    raise LookupError("the main window is not open")


class Control:
    def __init__(self, path: str) -> None:
        self.server = QLocalServer()
        QLocalServer.removeServer(path)
        if not self.server.listen(path):
            raise SystemExit(f"cannot listen on {path}: {self.server.errorString()}")
        self.server.newConnection.connect(self._connected)
        self.sockets: list[QLocalSocket] = []
        self.buffers: dict[int, bytes] = {}
        self.ns: dict[str, Any] = {
            "app": QApplication.instance(), "Qt": Qt, "widgets": widgets, "find": find, "rect": rect,
            "visible_rect": visible_rect, "shot": shot, "active": active, "main_window": main_window,
        }

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            self.sockets.append(sock)
            self.buffers[id(sock)] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))

    def _read(self, sock: QLocalSocket) -> None:
        buf = self.buffers[id(sock)] + bytes(sock.readAll().data())
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            sock.write(json.dumps(self._run(json.loads(line)), default=str).encode() + b"\n")
            sock.flush()
        self.buffers[id(sock)] = buf

    def _run(self, cmd: dict[str, Any]) -> dict[str, Any]:
        try:
            if "exec" in cmd:
                exec(cmd["exec"], self.ns)  # noqa: S102 - test-only control channel
                return {"ok": True, "value": self.ns.get("result")}
            return {"ok": True, "value": eval(cmd["eval"], self.ns)}  # noqa: S307 - test-only
        except Exception as exc:  # noqa: BLE001 - reported to the test
            return {"ok": False, "error": f"{type(exc).__name__}: {exc}", "tb": traceback.format_exc()}


def run(argv: list[str]) -> int:
    sock_path = argv[0]
    rest = argv[1:]
    rtl = "--rtl" in rest
    locale = None
    if "--locale" in rest:
        locale = rest[rest.index("--locale") + 1]
    custody_args = rest[rest.index("--") + 1:] if "--" in rest else []
    if locale:
        QLocale.setDefault(QLocale(locale))
    from custody.ui.app import create_application

    app = create_application([sys.argv[0]])
    if rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    control = Control(sock_path)
    app.setProperty("_custody_test_control", True)
    sys.argv = ["custody", *custody_args]
    from custody.entry import main

    try:
        main()
    except SystemExit as stop:
        del control
        return int(stop.code or 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
