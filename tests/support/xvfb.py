"""A real X server (Xvfb) and xdotool for tests that drive the real app as a person would."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

HAVE_X = bool(shutil.which("Xvfb") and shutil.which("xdotool"))
needs_x = pytest.mark.skipif(
    not HAVE_X and os.environ.get("CUSTODY_REQUIRE_XVFB") != "1",
    reason="Xvfb and xdotool are not installed (CI installs them)",
)


@contextmanager
def xvfb(size: tuple[int, int] = (1280, 1024)) -> Iterator[str]:
    """Start Xvfb on a free display with one screen of ``size`` pixels; yield the DISPLAY value."""
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as fh:
            number = fh.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


def xdotool(display: str, *args: str, timeout: float = 20) -> str:
    env = {**os.environ, "DISPLAY": display}
    res = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=timeout)
    return res.stdout.strip() if res.returncode == 0 else ""


def wait_for_window(display: str, name: str, timeout: float = 60) -> str:
    """Id of a visible window whose title contains ``name`` (waits until it appears)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        out = xdotool(display, "search", "--onlyvisible", "--name", name)
        if out:
            return out.splitlines()[-1]
        time.sleep(0.25)
    raise AssertionError(f"no window titled like {name!r} appeared within {timeout} s")


def window_name(display: str, window: str) -> str:
    return xdotool(display, "getwindowname", window)
