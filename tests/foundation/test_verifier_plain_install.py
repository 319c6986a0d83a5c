"""A prosecutor's `pip install custody`: the wheel WITHOUT extras in a fresh virtual environment, then custody-verify.

Everything custody-verify imports must be a runtime dependency (not only in the test extra), and it must import
neither Qt nor SQLAlchemy. The report checked is a real one, produced by the services from a real ledger.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from custody.services import reports as report_svc
from tests.support.report_seed import seed_item

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from custody import verifier
code = verifier.main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "sqlalchemy"))
print("LOADED:" + ",".join(loaded))
sys.exit(code)
"""


@pytest.fixture(scope="module")
def plain_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the project's wheel installed with its runtime dependencies only."""
    out = tmp_path_factory.mktemp("plain")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(out / "wheel"), str(ROOT)], check=True, cwd=out)
    wheel = next((out / "wheel").glob("custody-*.whl"))
    env_dir = out / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)], check=True)
    return py


@pytest.fixture
def report_pdf(sqlite_ctx, tmp_path: Path) -> tuple[Path, str]:
    session, item_id = seed_item(sqlite_ctx)
    path = tmp_path / "report.pdf"
    path.write_bytes(report_svc.produce_item_report(sqlite_ctx, session, item_id).pdf)
    return path, sqlite_ctx.station().verifier_key


def _verify(py: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return subprocess.run([str(py), "-c", PROBE, *args], capture_output=True, text=True, env=env, cwd="/",
                          timeout=300)


def test_custody_verify_from_a_plain_install(plain_venv: Path, report_pdf, tmp_path: Path):
    path, key = report_pdf
    trusted = _verify(plain_venv, str(path), "--trust", key)
    assert trusted.returncode == 0, trusted.stdout + trusted.stderr
    assert "RESULT: VERIFIED" in trusted.stdout
    assert "LOADED:\n" in trusted.stdout + "\n" and "Traceback" not in trusted.stderr  # no Qt, no SQLAlchemy
    untrusted = _verify(plain_venv, str(path))
    assert untrusted.returncode == 2, untrusted.stdout + untrusted.stderr
    assert "INTACT BUT UNTRUSTED" in untrusted.stdout
    bad = bytearray(path.read_bytes())
    bad[len(bad) // 2] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(bad))
    failed = _verify(plain_venv, str(tampered), "--trust", key)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "FAILED" in failed.stdout and "Traceback" not in failed.stderr
    # the console script is installed too
    script = plain_venv.parent / "custody-verify"
    assert subprocess.run([str(script), str(path), "--trust", key], capture_output=True, text=True,
                          timeout=300).returncode == 0
