"""Shared CLI plumbing: opening the database, reading passwords, turning errors into messages.

The command line speaks the user's language like the desktop app: :func:`cli_language` is ``CUSTODY_LANGUAGE`` if
set, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), English when that is not one of Custody's languages.
Messages meant for people are marked ``N_(CLI, "...")`` and printed with :func:`say`; errors print their template
in that language (:func:`error_text`). Identifiers, hashes, keys and command lines stay as they are.
"""

from __future__ import annotations

import errno
import functools
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from custody import translations
from custody.config import data_dir, database_url, setup_logging, workstation_settings
from custody.domain.errors import CustodyError, FormErrors
from custody.domain.i18n import N_, SOURCE_LANGUAGE, context_of, normalize_language

if TYPE_CHECKING:  # SQLAlchemy and the services load when a database is opened, not before (issue 18: start-up:
    # the desktop app shows its sign-in window first)
    from sqlalchemy import Engine

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
            from custody.db.engine import make_engine

            self._engine = make_engine(self.url(), create=self.allow_create)
        return self._engine

    def context(self, *, upgrade: bool = True) -> AppContext:
        """An AppContext on an up-to-date schema (backing up and upgrading SQLite when needed)."""
        from custody.db import migrate
        from custody.services.context import AppContext

        engine = self.engine()
        if upgrade:
            migrate.upgrade(engine)
        return AppContext(engine=engine, data_dir=self.data_dir(), station_code=self.station_code())


pass_state = click.make_pass_decorator(CliState)


CLI = "Cli"
MSG_ERROR = N_(CLI, "Error: ")
MSG_INTERRUPTED = N_(CLI, "Interrupted; nothing more was written.")
MSG_PASSWORD_FOR = N_(CLI, "Password for {user}")


def cli_language() -> str:
    """The language the command line speaks (see the module docstring)."""
    for var in ("CUSTODY_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").strip()
        if value:
            return normalize_language(value)
    return SOURCE_LANGUAGE


def tr(template: str, context: str = CLI, /, **params: Any) -> str:
    """``template`` (marked with ``N_(context, ...)``) in the CLI's language, filled with ``params``. A marked noun
    given as a parameter (``NotFound``'s "item") is translated too."""
    lang = cli_language()
    if lang == SOURCE_LANGUAGE:
        text = template
    else:
        text = translations.translate(lang, context, template)
        params = {k: (translations.translate(lang, context_of(v) or "", v) if isinstance(v, str) and context_of(v)
                      else v) for k, v in params.items()}
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return template.format(**params)


def say(template: str, /, *, err: bool = False, nl: bool = True, **params: Any) -> None:
    """Print a marked message in the CLI's language."""
    click.echo(tr(template, CLI, **params), err=err, nl=nl)


def error_text(exc: CustodyError) -> str:
    """The error's message in the CLI's language; a form's errors each on its own line."""
    text = tr(exc.template, exc.context, **exc.params)
    if isinstance(exc, FormErrors):
        text += "".join(f"\n  {field}: {error_text(detail)}" for field, detail in exc.details.items())
    return text


def fail(message: str, code: int = 1) -> None:
    click.echo(click.style(tr(MSG_ERROR), fg="red", bold=True) + message, err=True)
    sys.exit(code)


MSG_FILE_ERROR = N_("Errors", "{path}: {reason}. Nothing more was written.")
MSG_NO_FOLDER = N_("Errors", "The folder {folder} does not exist. Nothing was written; create it or choose another "
                             "place for {name}.")
MSG_FOLDER_READ_ONLY = N_("Errors", "The folder {folder} cannot be written to. Nothing was written; choose another "
                                    "place for {name}.")
MSG_PASSWORD_NOT_TEXT = N_("Errors", "The password file {path} is not a text file (its first line should hold the "
                                     "password).")
MSG_PASSWORD_UNREADABLE = N_("Errors", "Cannot read the password file {path}: {reason}.")


def _db_error_type() -> type[BaseException] | None:
    """SQLAlchemy's DBAPIError when SQLAlchemy is loaded (an error of its kind cannot exist before)."""
    module = sys.modules.get("sqlalchemy.exc")
    return getattr(module, "DBAPIError", None)


def _is_db_error(exc: BaseException) -> bool:
    kind = _db_error_type()
    return kind is not None and isinstance(exc, kind)


def _os_error(exc: OSError) -> CustodyError:
    if exc.errno == errno.ENOSPC:
        from custody.db.uow import MSG_DISK_FULL, DiskFull

        return DiskFull(MSG_DISK_FULL)
    path = exc.filename if exc.filename is not None else "?"
    return CustodyError(MSG_FILE_ERROR, path=str(path), reason=exc.strerror or type(exc).__name__)


def _connection_lost(exc: BaseException) -> bool:
    if not isinstance(exc, CustodyError) and not _is_db_error(exc):
        return False
    from custody.db.uow import MSG_CONNECTION_LOST, translate_db_error

    if _is_db_error(exc):
        exc = translate_db_error(exc) or exc  # type: ignore[arg-type]
    return isinstance(exc, CustodyError) and exc.template == MSG_CONNECTION_LOST


def retry_read_once(fn: F) -> F:
    """For commands that only read: a connection lost in the middle (a PostgreSQL restart) is tried once more on a
    fresh connection before the user is told. (Commands that write are not retried: the action key in
    custody.db.uow says whether a lost commit was saved.)"""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if not _connection_lost(exc):
                raise
            log.warning("the connection was lost during a read; trying once more: %s", exc)
            return fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def friendly_errors(fn: F) -> F:
    """Known errors become one clear line and exit 1: the application's own, database failures a user or the
    network causes (an unreachable server, a damaged or read-only file, a lost connection) and file-system errors
    (a full disk, a read-only file system). Anything else is a bug and keeps its traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CustodyError as exc:
            fail(error_text(exc))
        except OSError as exc:
            log.warning("file error: %s", exc)
            fail(error_text(_os_error(exc)))
        except KeyboardInterrupt:
            fail(tr(MSG_INTERRUPTED), 130)
        except Exception as exc:
            if not _is_db_error(exc):
                raise
            from custody.db.uow import translate_db_error

            friendly = translate_db_error(exc)  # type: ignore[arg-type]
            if friendly is None:
                raise
            log.warning("database error: %s", exc)
            fail(error_text(friendly))

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


def read_password_file(path: str | None, *, prompt: str | None = None, confirm: bool = False) -> str:
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
    return click.prompt(prompt or tr(N_(CLI, "Password")), hide_input=True, confirmation_prompt=confirm)


def start_logging(state: CliState) -> None:
    try:
        setup_logging(state.data_dir())
    except OSError:  # a read-only data folder must not stop a verification
        pass
