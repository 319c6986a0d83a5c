"""The wheel carries migrations and resources; installed outside the checkout, init + status work."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        cwd=out,
    )
    wheels = list(out.glob("custody-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_contains_migrations_and_resources(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "custody/_data/migrations/env.py" in names
    assert any(n.startswith("custody/_data/migrations/versions/") and n.endswith("_initial_schema.py") for n in names)
    assert "custody/_data/resources/fonts/DejaVuSans.ttf" in names
    assert "custody/_data/resources/verifier/verify.html" in names  # the prosecutor's page (verifier-web/)
    assert "custody/paths.py" in names
    # the compiled catalogues are built from the .ts by the build hook (never committed), next to their sources
    for lang in ("fr", "pt", "es", "ar"):
        assert f"custody/_data/resources/translations/custody_{lang}.ts" in names
        assert f"custody/_data/resources/translations/custody_{lang}.qm" in names


def test_installed_wheel_runs_init_and_status_outside_the_checkout(wheel: Path, tmp_path: Path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    site = subprocess.run(
        [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], check=True,
        capture_output=True, text=True,
    ).stdout.strip()
    # Install the wheel itself (no dependencies) ...
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-compile", "--target", site, str(wheel)],
        check=True,
    )
    # ... and borrow the dependencies from the test environment (a plain path entry: the
    # checkout's editable-install hook in that folder is not processed).
    Path(site, "zz_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = tmp_path / "elsewhere"
    work.mkdir()
    pw = work / "pw.txt"
    pw.write_text("a long enough passphrase\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["CUSTODY_DATA_DIR"] = str(work / "data")
    code = "import sys; from custody.cli.main import main; sys.argv[0] = 'custody'; main()"

    def custody(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([py, "-c", code, *args], cwd=work, env=env, capture_output=True, text=True)

    where = subprocess.run(
        [py, "-c", "import custody.paths as p; print(p.__file__); print(p.migrations_dir())"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    assert where[0].startswith(site), where
    assert where[1] == str(Path(site) / "custody" / "_data" / "migrations")
    db = work / "station.sqlite3"
    res = custody("--db", str(db), "init", "--agency", "Agency", "--station", "DIL", "--origin",
                  "custody.example/DIL", "--admin", "admin", "--password-file", str(pw))
    assert res.returncode == 0, res.stderr + res.stdout
    res = custody("--db", str(db), "db", "status")
    assert res.returncode == 0, res.stderr
    assert "up to date" in res.stdout
    # The end-to-end self-test of this installation (through the console script's entry point).
    env["TMPDIR"] = str(tmp_path / "tmp")
    Path(env["TMPDIR"]).mkdir()
    res = subprocess.run([py, "-c", "import sys; from custody.entry import main; sys.argv[0] = 'custody'; main()",
                          "--self-test"], cwd=work, env=env, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    assert f"package at {site}" in res.stdout and "FAILED" not in res.stdout
    assert res.stdout.rstrip().endswith("the temporary folder was removed.")
    assert list(Path(env["TMPDIR"]).iterdir()) == []
