"""``custody --self-test``: every step reported, a failing check fails the run, nothing is left behind.

The passing run is exercised from an installed wheel (test_wheel_install.py) and from the frozen bundle in CI
(.ci/bundle); here it runs in-process with one check broken on purpose.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from custody import selftest
from custody.cli import main as cli_main


def test_a_label_that_does_not_scan_fails_the_self_test(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    blank = Image.new("RGB", (732, 343), "white")  # a label printed without its barcode
    monkeypatch.setattr(selftest, "_render_first_page", lambda pdf, dpi: blank)
    lines: list[str] = []
    assert selftest.run(out=lines.append) == selftest.EXIT_FAILED
    text = "\n".join(lines)
    assert "FAILED  label verified (barcode scanned): the label's barcode reads []" in text
    for step in ("temporary station", "item registered", "report verified (custody-verify)", "ledger verified",
                 "fonts embedded in both PDFs"):
        assert f"ok      {step}: " in text
    assert lines[-1].startswith("Self-test FAILED (1 step(s): label verified (barcode scanned))")
    assert list(tmp_path.iterdir()) == []  # the temporary station is gone


def test_self_test_takes_no_command(monkeypatch: pytest.MonkeyPatch):
    ran: list[bool] = []
    monkeypatch.setattr(cli_main, "SELF_TEST", lambda: ran.append(True) or 0)
    res = CliRunner().invoke(cli_main.cli, ["--self-test", "db", "status"])
    assert res.exit_code == 2 and "--self-test runs on its own" in res.output and not ran
    res = CliRunner().invoke(cli_main.cli, ["--self-test"])
    assert res.exit_code == 0 and ran == [True]
