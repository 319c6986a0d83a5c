"""Shipped folders resolve, and tests never touch the real user folders."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from custody import config, paths
from tests.conftest import SANDBOX


def test_migrations_and_resources_resolve():
    assert (paths.migrations_dir() / "env.py").is_file()
    assert (paths.resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()
    assert paths.resource("fonts", "DejaVuSans.ttf").stat().st_size > 100_000


def test_missing_resource_is_a_clear_error():
    try:
        paths.resource("fonts", "no-such-font.ttf")
    except FileNotFoundError as exc:
        assert "no-such-font.ttf" in str(exc)
    else:
        raise AssertionError("a missing resource must raise")


def test_user_folders_point_into_the_test_sandbox(tmp_path: Path):
    real_home = Path(os.path.expanduser("~"))
    assert SANDBOX in real_home.parents or real_home == SANDBOX / "home"
    for folder in (
        platformdirs.user_data_dir("Custody", "Custody"),
        platformdirs.user_config_dir("Custody", "Custody"),
        platformdirs.user_cache_dir("Custody", "Custody"),
        platformdirs.user_log_dir("Custody", "Custody"),
    ):
        assert Path(folder).is_relative_to(SANDBOX), folder
    # The data folder Custody would use is the per-test temporary one.
    assert config.data_dir().is_relative_to(tmp_path)


def test_data_dir_is_private(tmp_path: Path):
    folder = config.data_dir(tmp_path / "fresh")
    assert folder.is_dir()
    assert folder.stat().st_mode & 0o777 == 0o700


def test_database_url_forms(tmp_path: Path):
    assert config.database_url(str(tmp_path / "x.db")).startswith("sqlite:////")
    assert config.database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    default = config.database_url(None)
    assert default.endswith("/custody.sqlite3")
    assert config.sqlite_path(default).is_relative_to(tmp_path)
