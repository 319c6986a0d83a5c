"""Shared CLI plumbing: opening the database, reading passwords, turning errors into messages."""

from __future__ import annotations

import errno
import functools
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import click
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from custody.config import data_dir, database_url, setup_logging, workstation_settings
from custody.db import migrate
from custody.db.engine import make_engine
from custody.db.uow import MSG_DISK_FULL, DiskFull, translate_db_error
from custody.domain.errors import CustodyError, FormErrors
from custody.domain.i18n import N_
from custody.services.context import AppContext

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("custody.cli")


@dataclass
class CliState:
    db: str | None = None
    data: str | None = None
    station: str | None = None
    #: Whether a missing SQLite file may be created (``custody init``, ``custody demo``, the desktop app's first-run
    #: wizard). The ``custody`` command clears it for every other command: they refuse a missing database instead
    #: of creating an empty one at a typo.
    allow_create: bool = True
    _engine: Engine | None = field(default=None, repr=False)

    def data_dir(self) -> Path:
        return data_dir(self.data)

    def _saved(self) -> dict[str, str]:
        """This workstation's saved shared database and station (``custody station join``), when no --db or
        CUSTODY_DATABASE_URL chooses another database."""
        if self.db or os.environ.get("CUSTODY_DATABASE_URL"):
            return {}
        return workstation_settings(self.data_dir())

    def url(self) -> str:
        db = self.db or self._saved().get("database")
        return database_url(db, data=self.data_dir() if not db else None)

    def station_code(self) -> str | None:
        return self.station or self._saved().get("station")

    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url(), create=self.allow_create)
        return self._engine

    def context(self, *, upgrade: bool = True) -> AppContext:
        """An AppContext on an up-to-date schema (backing up and upgrading SQLite when needed)."""
        engine = self.engine()
        if upgrade:
            migrate.upgrade(engine)
        return AppContext(engine=engine, data_dir=self.data_dir(), station_code=self.station_code())


pass_state = click.make_pass_decorator(CliState)


def fail(message: str, code: int = 1) -> None:
    click.echo(click.style("Error: ", fg="red", bold=True) + message, err=True)
    sys.exit(code)


MSG_FILE_ERROR = N_("Errors", "{path}: {reason}. Nothing more was written.")
MSG_NO_FOLDER = N_("Errors", "The folder {folder} does not exist. Nothing was written; create it or choose another "
                             "place for {name}.")
MSG_FOLDER_READ_ONLY = N_("Errors", "The folder {folder} cannot be written to. Nothing was written; choose another "
                                    "place for {name}.")
MSG_PASSWORD_NOT_TEXT = N_("Errors", "The password file {path} is not a text file (its first line should hold the "
                                     "password).")
MSG_PASSWORD_UNREADABLE = N_("Errors", "Cannot read the password file {path}: {reason}.")


def _os_error(exc: OSError) -> CustodyError:
    if exc.errno == errno.ENOSPC:
        return DiskFull(MSG_DISK_FULL)
    path = exc.filename if exc.filename is not None else "?"
    return CustodyError(MSG_FILE_ERROR, path=str(path), reason=exc.strerror or type(exc).__name__)


def friendly_errors(fn: F) -> F:
    """Known errors become one clear line and exit 1: the application's own, database failures a user or the
    network causes (an unreachable server, a damaged or read-only file, a lost connection) and file-system errors
    (a full disk, a read-only file system). Anything else is a bug and keeps its traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except FormErrors as exc:
            lines = "\n".join(f"  {k}: {v}" for k, v in exc.errors.items())
            fail(f"{exc.message}\n{lines}")
        except CustodyError as exc:
            fail(exc.message)
        except DBAPIError as exc:
            friendly = translate_db_error(exc)
            if friendly is None:
                raise
            log.warning("database error: %s", exc)
            fail(friendly.message)
        except OSError as exc:
            log.warning("file error: %s", exc)
            fail(_os_error(exc).message)
        except KeyboardInterrupt:
            fail("Interrupted; nothing more was written.", 130)

    return wrapper  # type: ignore[return-value]


def check_output_path(out: str | os.PathLike[str], name: str = "the output file") -> Path:
    """Refuse an output file whose folder is missing or not writable, before anything is done (a report must not
    be recorded as issued, nor a checkpoint signed, when its file cannot be written)."""
    path = Path(out).expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CustodyError(MSG_NO_FOLDER, folder=str(folder), name=name)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CustodyError(MSG_FOLDER_READ_ONLY, folder=str(folder), name=name)
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            raise CustodyError(MSG_FOLDER_READ_ONLY, folder=str(folder), name=name)
    except (OSError, AttributeError):
        pass
    if path.is_dir():
        raise CustodyError(MSG_FILE_ERROR, path=str(path), reason="Is a directory")
    return path


def read_password_file(path: str | None, *, prompt: str = "Password", confirm: bool = False) -> str:
    """Read a password from a file (first line, newline stripped) or prompt without echo."""
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise CustodyError(MSG_PASSWORD_NOT_TEXT, path=path) from exc
        except OSError as exc:
            raise CustodyError(MSG_PASSWORD_UNREADABLE, path=path, reason=exc.strerror or type(exc).__name__) \
                from exc
        if "\x00" in text:
            raise CustodyError(MSG_PASSWORD_NOT_TEXT, path=path)
        return text.splitlines()[0] if text else ""
    return click.prompt(prompt, hide_input=True, confirmation_prompt=confirm)


def start_logging(state: CliState) -> None:
    try:
        setup_logging(state.data_dir())
    except OSError:  # a read-only data folder must not stop a verification
        pass
