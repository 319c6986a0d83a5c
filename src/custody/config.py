"""Where Custody keeps its data, and which database it opens.

Precedence: explicit argument (``--data-dir``/``--db``) > environment (``CUSTODY_DATA_DIR``,
``CUSTODY_DATABASE_URL``) > platform default (platformdirs user data folder).
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

APP_NAME = "Custody"
APP_AUTHOR = "Custody"
DB_FILENAME = "custody.sqlite3"


log = logging.getLogger(__name__)
_warned: set[Path] = set()


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder, created with mode 0700 if missing.

    An existing folder keeps its mode (it may be shared on purpose); if others may read it, a warning says so once
    (the keys and the database inside are 0600 all the same).
    """
    raw = explicit or os.environ.get("CUSTODY_DATA_DIR")
    path = Path(raw) if raw else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path = path.expanduser().resolve()
    if path.is_dir():
        try:
            mode = path.stat().st_mode
        except OSError:
            return path
        if mode & 0o077 and path not in _warned and os.name == "posix":
            _warned.add(path)
            log.warning("The data folder %s can be read by other users (mode %o); Custody leaves it as it is. Its "
                        "keys and database are readable by their owner only.", path, mode & 0o777)
        return path
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        path.chmod(0o700)
    except OSError:  # pragma: no cover - e.g. a folder owned by someone else on a share
        pass
    return path


def database_url(explicit: str | None = None, *, data: Path | None = None) -> str:
    """Turn ``--db`` (a URL or a file path) into an SQLAlchemy URL."""
    raw = explicit or os.environ.get("CUSTODY_DATABASE_URL")
    if not raw:
        return sqlite_url((data or data_dir()) / DB_FILENAME)
    if "://" in raw:
        if raw.startswith("postgresql://") or raw.startswith("postgres://"):
            # Custody talks to PostgreSQL through psycopg 3.
            raw = "postgresql+psycopg://" + raw.split("://", 1)[1]
        return raw
    return sqlite_url(Path(raw))


def sqlite_url(path: Path) -> str:
    return "sqlite:///" + str(Path(path).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    if not url.startswith("sqlite"):
        return None
    rest = url.split("///", 1)[1] if "///" in url else ""
    if not rest or rest.startswith(":memory:"):
        return None
    return Path(rest.split("?", 1)[0])


WORKSTATION_FILE = "workstation.json"


def workstation_settings(folder: Path) -> dict[str, str]:
    """What ``custody station join`` saved for this workstation: its shared database (URL without password) and
    station code. Used when neither ``--db`` nor ``CUSTODY_DATABASE_URL`` names a database. Empty if none."""
    try:
        doc = json.loads((folder / WORKSTATION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(doc, dict):
        return {}
    return {k: v for k, v in doc.items() if k in ("database", "station") and isinstance(v, str) and v}


def save_workstation_settings(folder: Path, *, database: str, station: str) -> Path:
    """Remember the shared database and this workstation's station (mode 0600; a password in the URL is dropped:
    it belongs in the PostgreSQL password file, ~/.pgpass)."""
    from sqlalchemy.engine import URL, make_url

    u = make_url(database)
    url = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query).render_as_string(
        hide_password=False)
    path = folder / WORKSTATION_FILE
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps({"database": url, "station": station}, indent=1).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return path


def setup_logging(folder: Path, *, level: int = logging.INFO) -> Path:
    """Log to a rotating file in the data folder (and keep stderr for warnings)."""
    log_dir = folder / "logs"
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    log_file = log_dir / "custody.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return log_file
