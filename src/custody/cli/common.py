"""Shared CLI plumbing: opening the database, reading passwords, turning errors into messages."""

from __future__ import annotations

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

from custody.config import data_dir, database_url, setup_logging, workstation_settings
from custody.db import migrate
from custody.db.engine import make_engine
from custody.domain.errors import CustodyError, FormErrors
from custody.services.context import AppContext

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("custody.cli")


@dataclass
class CliState:
    db: str | None = None
    data: str | None = None
    station: str | None = None
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
            self._engine = make_engine(self.url())
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


def friendly_errors(fn: F) -> F:
    """Known errors become one clear line and exit 1; bugs are logged with a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except FormErrors as exc:
            lines = "\n".join(f"  {k}: {v}" for k, v in exc.errors.items())
            fail(f"{exc.message}\n{lines}")
        except CustodyError as exc:
            fail(exc.message)
        except KeyboardInterrupt:
            fail("Interrupted; nothing more was written.", 130)

    return wrapper  # type: ignore[return-value]


def read_password_file(path: str | None, *, prompt: str = "Password", confirm: bool = False) -> str:
    """Read a password from a file (first line, newline stripped) or prompt without echo."""
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise CustodyError("Cannot read the password file {path}: {err}", path=path, err=exc.strerror) from exc
        return text.splitlines()[0] if text else ""
    return click.prompt(prompt, hide_input=True, confirmation_prompt=confirm)


def start_logging(state: CliState) -> None:
    try:
        setup_logging(state.data_dir())
    except OSError:  # a read-only data folder must not stop a verification
        pass
