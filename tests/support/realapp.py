"""Drive the real app under Xvfb at 1366x768: xdotool types and clicks, a control socket looks.

:class:`RealApp` starts :mod:`tests.support.app_child` (the ``custody`` command with a read-only window
onto its widgets) on its own X server. Everything a person does goes through xdotool on that server;
the socket only answers questions (where is a widget, what does a field say) and takes screenshots.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.support.xvfb import wait_for_window, xdotool, xvfb

SCREEN = (1366, 768)
ROOT = Path(__file__).resolve().parents[2]


class RealApp:
    def __init__(self, data: Path, tmp: Path, *, locale: str | None = None, rtl: bool = False) -> None:
        self.data = data
        self.tmp = tmp
        self.locale = locale
        self.rtl = rtl
        self.sock_path = str(tmp / f"ctl-{os.getpid()}-{time.monotonic_ns()}")
        self.proc: subprocess.Popen[bytes] | None = None
        self._xvfb: Any = None
        self.display = ""
        self._sock: socket.socket | None = None
        self._buf = b""
        self.output = tmp / "app-output.txt"

    # -- life ------------------------------------------------------------------------------------

    def __enter__(self) -> RealApp:
        self._xvfb = xvfb(SCREEN)
        self.display = self._xvfb.__enter__()
        env = {**os.environ, "DISPLAY": self.display, "CUSTODY_DATA_DIR": str(self.data),
               "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")]),
               "HOME": str(self.tmp / "home"), "XDG_CONFIG_HOME": str(self.tmp / "home" / ".config"),
               # compiled catalogues are shared between runs (keyed by content): no compile at every start
               "CUSTODY_CACHE_DIR": os.environ.get("CUSTODY_CACHE_DIR", str(Path.home() / ".cache" / "custody"))}
        env.pop("QT_QPA_PLATFORM", None)  # a real window on the X server
        if self.locale:
            env["LANG"] = env["LC_ALL"] = f"{self.locale}.UTF-8"
            env["LANGUAGE"] = self.locale
        args = [sys.executable, "-m", "tests.support.app_child", self.sock_path]
        if self.rtl:
            args.append("--rtl")
        if self.locale:
            args += ["--locale", self.locale]
        args += ["--", "--data-dir", str(self.data)]
        self._out = self.output.open("wb")
        self.proc = subprocess.Popen(args, env=env, cwd=str(ROOT), stdout=self._out, stderr=subprocess.STDOUT)
        return self

    def __exit__(self, *exc: Any) -> None:
        try:
            if self._sock is not None:
                self._sock.close()
            if self.proc is not None and self.proc.poll() is None:
                self.proc.terminate()
                try:
                    self.proc.wait(20)
                except subprocess.TimeoutExpired:  # pragma: no cover
                    self.proc.kill()
                    self.proc.wait(5)
        finally:
            self._out.close()
            self._xvfb.__exit__(*exc)

    # -- looking (control socket) ------------------------------------------------------------------

    def _connect(self, timeout: float = 60) -> socket.socket:
        if self._sock is not None:
            return self._sock
        end = time.monotonic() + timeout
        while True:
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                s.connect(self.sock_path)
                self._sock = s
                return s
            except OSError:
                s.close()
                if self.proc is not None and self.proc.poll() is not None:
                    raise AssertionError("the app exited:\n" + self.output.read_text(errors="replace")) from None
                if time.monotonic() > end:
                    raise
                time.sleep(0.1)

    def _call(self, cmd: dict[str, Any]) -> Any:
        s = self._connect()
        s.sendall(json.dumps(cmd).encode() + b"\n")
        while b"\n" not in self._buf:
            chunk = s.recv(65536)
            if not chunk:
                raise AssertionError("the app closed the control socket:\n"
                                     + self.output.read_text(errors="replace")[-3000:])
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        res = json.loads(line)
        if not res["ok"]:
            raise AssertionError(f"in the app: {res['error']}\n{res.get('tb', '')}")
        return res["value"]

    def eval(self, expr: str) -> Any:
        return self._call({"eval": expr})

    def exec(self, code: str) -> Any:
        """Run statements in the app; returns the variable ``result`` if they set it."""
        return self._call({"exec": code})

    def wait(self, expr: str, timeout: float = 20, interval: float = 0.05) -> Any:
        end = time.monotonic() + timeout
        last: Any = None
        while time.monotonic() < end:
            try:
                last = self.eval(expr)
            except AssertionError as err:
                last = err
                if "the app" in str(err) and "closed" in str(err):
                    raise
            else:
                if last:
                    return last
            time.sleep(interval)
        raise AssertionError(f"still false after {timeout} s: {expr} -> {last!r}")

    def rect(self, name: str) -> list[int]:
        return self.eval(f"rect(find({name!r}))")

    def text(self, name: str) -> str:
        return self.eval(f"find({name!r}).text()")

    def shot(self, path: Path) -> Path:
        self.eval(f"shot({str(path)!r})")
        return path

    # -- doing (xdotool) -----------------------------------------------------------------------------

    def x(self, *args: str) -> str:
        return xdotool(self.display, *args)

    def type(self, text: str, delay_ms: int = 40) -> None:
        self.x("type", "--delay", str(delay_ms), "--", text)

    def key(self, *keys: str) -> None:
        self.x("key", "--delay", "20", *keys)

    def click_at(self, x: int, y: int) -> None:
        self.x("mousemove", "--sync", str(x), str(y), "click", "1")

    def click(self, name: str) -> None:
        """Click the middle of the visible widget ``name`` (as a person would)."""
        x, y, w, h = self.eval(f"visible_rect(find({name!r}))")
        assert w > 0 and h > 0, f"{name} is not on screen"
        self.click_at(x + w // 2, y + h // 2)

    def reveal(self, name: str, *, up: bool = False, tries: int = 60) -> None:
        """Turn the mouse wheel over the current page until the widget ``name`` is wholly in view."""
        x, y, w, h = self.eval("visible_rect(main_window().pages)")
        self.x("mousemove", "--sync", str(x + w // 2), str(y + h // 2))
        for _ in range(tries):
            vis = self.eval(f"visible_rect(find({name!r}))")
            full = self.eval(f"rect(find({name!r}))")
            if vis[2] == full[2] and vis[3] == full[3] and vis[3] > 0:
                return
            self.x("click", "4" if up else "5")
        raise AssertionError(f"{name} does not come into view")

    def focus_window(self, title: str) -> str:
        win = wait_for_window(self.display, title, timeout=180)  # the machine may be very busy
        self.x("windowfocus", "--sync", win)
        return win

    def sign_in(self, username: str, password: str) -> None:
        self.focus_window("Custody — sign in")
        self.wait("find('username').hasFocus() or find('password').hasFocus()")
        self.wait("find('username').isEnabled()")
        self.type(username)
        self.key("Return")
        self.wait("find('password').hasFocus()")
        self.type(password, 5)
        self.key("Return")
        self.wait("main_window().isVisible()", timeout=60)
        self.focus_window("Custody — ")
        self.wait("app.activeWindow() is not None and app.activeWindow().objectName() == 'main_window'")
