"""What a workstation remembers after ``custody station join`` (or ``init`` on PostgreSQL), and when it applies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from custody.cli.common import CliState
from custody.config import WORKSTATION_FILE, save_workstation_settings, workstation_settings


def test_saved_database_and_station_apply_only_when_nothing_else_names_a_database(tmp_path: Path,
                                                                                 monkeypatch: pytest.MonkeyPatch):
    path = save_workstation_settings(tmp_path, database="postgresql+psycopg://custody_app:s3cret@dbhost/custody",
                                     station="DIL-2")
    assert path == tmp_path / WORKSTATION_FILE and path.stat().st_mode & 0o777 == 0o600
    assert "s3cret" not in path.read_text()  # the password belongs in ~/.pgpass
    assert workstation_settings(tmp_path) == {"database": "postgresql+psycopg://custody_app@dbhost/custody",
                                              "station": "DIL-2"}
    state = CliState(data=str(tmp_path))
    assert state.url() == "postgresql+psycopg://custody_app@dbhost/custody" and state.station_code() == "DIL-2"
    # --station still wins for the saved database; --db (or CUSTODY_DATABASE_URL) is another database altogether.
    assert CliState(data=str(tmp_path), station="DIL").station_code() == "DIL"
    other = CliState(data=str(tmp_path), db=str(tmp_path / "laptop.sqlite3"))
    assert other.url().endswith("/laptop.sqlite3") and other.station_code() is None
    monkeypatch.setenv("CUSTODY_DATABASE_URL", "postgresql://custody_app@elsewhere/custody")
    assert CliState(data=str(tmp_path)).station_code() is None


def test_a_damaged_settings_file_is_ignored(tmp_path: Path):
    (tmp_path / WORKSTATION_FILE).write_text("{not json")
    assert workstation_settings(tmp_path) == {}
    (tmp_path / WORKSTATION_FILE).write_text(json.dumps({"database": 5, "station": "DIL"}))
    assert workstation_settings(tmp_path) == {"station": "DIL"}
    assert CliState(data=str(tmp_path)).url().endswith("/custody.sqlite3")
