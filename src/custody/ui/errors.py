"""Errors in words, bugs in a details dialog (DESIGN.md habit 11).

Known errors (:class:`~custody.domain.errors.CustodyError`) are translated at display time from their
template and shown as a plain message. Anything else is a bug: it is logged with its traceback and shown in a
dialog whose "Show Details..." part holds the traceback, so the officer can pass it on.

``show_error`` and ``show_bug`` are module-level functions on purpose: tests replace them to collect what
would have been shown (a modal box would block an unattended test run).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from custody.domain.errors import CustodyError, FormErrors, ValidationError
from custody.domain.i18n import context_of

log = logging.getLogger("custody.ui")


def _format(text: str, params: Mapping[str, Any]) -> str:
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
        return text


def translate_error(err: CustodyError) -> str:
    """The error's message in the user's language (falls back to the English message)."""
    template = getattr(err, "template", None)
    if not template:
        return str(err)
    context = getattr(err, "context", None) or "Errors"
    translated = QCoreApplication.translate(context, template)
    return _format(translated, translate_params(getattr(err, "params", {}) or {}))


def translate_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters that are marked labels (``NotFound``'s noun "item", a status such as "In storage") in the user's
    language; everything else (ids, names, numbers) as it is."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        ctx = context_of(value) if isinstance(value, str) else None
        out[key] = QCoreApplication.translate(ctx, value) if ctx else value
    return out


def field_messages(err: FormErrors) -> dict[str, str]:
    """Field name -> translated message, for showing each message next to its field."""
    out: dict[str, str] = {}
    for field, detail in err.details.items():
        out[field] = translate_error(detail) if isinstance(detail, ValidationError) else err.errors[field]
    return out


def traceback_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def _title() -> str:
    return QCoreApplication.translate("Errors", "Custody")


def show_error(parent: QWidget | None, err: CustodyError) -> QMessageBox:
    """A known error: its message in words, no traceback. Non-blocking (window-modal)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _title(), translate_error(err), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error_box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box


def show_bug(parent: QWidget | None, exc: BaseException, details: str | None = None) -> QMessageBox:
    """A bug: log it and show a dialog with the traceback under "Show Details..."."""
    details = details or traceback_text(exc)
    log.error("Unexpected error: %s\n%s", exc, details)
    text = QCoreApplication.translate(
        "Errors",
        "Something went wrong that Custody did not expect. What you were doing was not completed; "
        "nothing half-done was saved.\n\nPlease tell your administrator. The details below are also "
        "in the log file.",
    )
    box = QMessageBox(QMessageBox.Icon.Critical, _title(), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("bug_box")
    box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box


def report(parent: QWidget | None, exc: BaseException, details: str | None = None) -> None:
    """Show ``exc`` the right way: known errors in words, anything else as a bug."""
    if isinstance(exc, CustodyError):
        log.info("Refused: %s", exc)
        show_error(parent, exc)
    else:
        show_bug(parent, exc, details)

