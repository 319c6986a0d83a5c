"""``custody verifier-page --out FILE`` hands out the shipped page, and says so in words when it cannot."""

from __future__ import annotations

import hashlib
from pathlib import Path

from click.testing import CliRunner

from custody.cli.main import cli
from custody.paths import resource


def test_writes_the_shipped_page_and_its_fingerprint(tmp_path: Path):
    out = tmp_path / "custody-verify.html"
    res = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "verifier-page", "--out", str(out)])
    assert res.exit_code == 0, res.output
    page = resource("verifier", "verify.html").read_bytes()
    assert out.read_bytes() == page
    assert hashlib.sha256(page).hexdigest() in res.output
    assert "any web browser" in res.output
    assert not (tmp_path / "custody-verify.html.partial").exists()


def test_a_missing_folder_is_one_clear_line(tmp_path: Path):
    out = tmp_path / "no such folder" / "custody-verify.html"
    res = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "verifier-page", "--out", str(out)])
    assert res.exit_code == 1
    assert f"Cannot write {out}: No such file or directory" in res.output
    assert "Traceback" not in res.output and not out.parent.exists()
