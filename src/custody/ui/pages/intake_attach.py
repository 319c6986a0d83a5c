"""Attaching files to an item: reading them (bounded) on the worker, and saying why a file was refused.

A refused file is named in a small dialog with the reason in the officer's words (the real size of a file
that is too large, "the file's content is not a JPEG photo" for a text file renamed ``.jpg``). The dialog
stays open, in view, whatever the item page's scroll position; further refusals are added to it.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from custody.domain.errors import CustodyError, FormErrors, ValidationError
from custody.domain.i18n import N_
from custody.services import attachments
from custody.services.attachments import AttachmentDTO
from custody.ui.dialog_fit import keep_on_screen
from custody.ui.errors import field_messages, translate_error
from custody.ui.style import set_role

MAX_TEXT_PX = 360
MSG_UNREADABLE = N_("AttachDialog", "The file cannot be read ({reason}).")
ACCEPTED_SUFFIXES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".pdf": "application/pdf"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachDialog", text)


def media_type_for(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in ACCEPTED_SUFFIXES:
        return ACCEPTED_SUFFIXES[suffix]
    guessed, _ = mimetypes.guess_type(path)
    return guessed or "application/octet-stream"


def read_and_attach(ctx: Any, session: Any, item_id: str, path: str) -> AttachmentDTO:
    """Runs on the worker: check the size on disk (a file too large is refused with its real size, never
    read whole), read the file and attach it."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > attachments.MAX_ATTACHMENT_BYTES:
            raise FormErrors({"data": ValidationError(
                "data", attachments.MSG_TOO_BIG, size=f"{size / 1_048_576:.1f}",
                max=attachments.MAX_ATTACHMENT_BYTES // 1_048_576)})
        with p.open("rb") as fh:
            data = fh.read(attachments.MAX_ATTACHMENT_BYTES + 1)
    except OSError as exc:  # gone, unreadable, a folder: the officer's problem, said in words
        raise FormErrors({"data": ValidationError("data", MSG_UNREADABLE, reason=exc.strerror or "?")}) from exc
    return attachments.add_attachment(ctx, session, item_id, p.name, data, media_type_for(path))


def refusal_text(err: CustodyError) -> str:
    """Why a file was refused: the field messages of a FormErrors, else the error in words."""
    if isinstance(err, FormErrors):
        details = [m for m in field_messages(err).values() if m]
        if details:
            return "\n".join(details)
    return translate_error(err)


class AttachRefusedDialog(QDialog):
    """The files that could not be attached, each with the reason (module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # grows with its messages, never taller than the screen
        self.setObjectName("attach_refused")
        self.setWindowTitle(_tr("Not attached"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self.refusals: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        self.heading = set_role(QLabel(), "section")
        self.heading.setObjectName("attach_refused_heading")
        layout.addWidget(self.heading)
        self.text = set_role(QLabel(), "error")
        self.text.setObjectName("attach_refused_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("attach_refused_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.text)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.setObjectName("attach_refused_buttons")
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def add(self, filename: str, reason: str) -> None:
        self.refusals.append((filename, reason))
        n = len(self.refusals)
        self.heading.setText(_tr("This file was not attached:") if n == 1
                             else _tr("{n} files were not attached:").format(n=n))
        self.text.setText("\n\n".join(f"{name}\n{why}" for name, why in self.refusals))
        # As tall as the text, up to MAX_TEXT_PX: many refused files scroll inside, the button stays on screen.
        width = max(self.scroll.viewport().width(), self.minimumWidth() - 40)
        self.scroll.setFixedHeight(min(MAX_TEXT_PX, self.text.heightForWidth(width) + 4))
        self.adjustSize()


def show_refusal(owner: QWidget, filename: str, err: CustodyError) -> AttachRefusedDialog:
    """Add ``filename``'s refusal to ``owner``'s open refusal dialog, or open one (non-blocking)."""
    dlg = getattr(owner, "attach_refused_dialog", None)
    if not isinstance(dlg, AttachRefusedDialog) or not dlg.isVisible():
        dlg = AttachRefusedDialog(owner)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        owner.attach_refused_dialog = dlg  # type: ignore[attr-defined]
        dlg.add(filename, refusal_text(err))
        dlg.open()
    else:
        dlg.add(filename, refusal_text(err))
    return dlg
