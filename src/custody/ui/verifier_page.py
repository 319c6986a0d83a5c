"""Help -> Verifier for prosecutors…: save a copy of verify.html and say what to do with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from custody.domain.errors import CustodyError
from custody.services.verifier_page import FILE_NAME, verifier_page
from custody.ui import errors
from custody.ui.pdfview import write_atomic


def _tr(text: str) -> str:
    return QCoreApplication.translate("VerifierPage", text)


def ask_save_path(parent: QWidget | None) -> str | None:
    """Where to save the page (a file dialog); None when cancelled. Tests replace this function."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder) / FILE_NAME) if folder else FILE_NAME
    path, _filter = QFileDialog.getSaveFileName(parent, _tr("Save the verifier for prosecutors"), start,
                                                _tr("Web pages (*.html)"))
    if not path:
        return None
    return path if path.lower().endswith((".html", ".htm")) else path + ".html"


def saved_message(path: str, sha256: str) -> str:
    return _tr(
        "Saved {path}.\n\nGive this file to prosecutors with the reports. They open it in any web browser "
        "(nothing to install, no internet needed), drop the report PDF on it and type the station key "
        "printed on the report.\n\nSHA-256 of the page, to publish with the station key: {sha256}"
    ).format(path=path, sha256=sha256)


def save_verifier_page(parent: QWidget) -> str | None:
    """Ask where, save, and say so; errors are shown in words. Returns the path saved."""
    path = ask_save_path(parent)
    if path is None:
        return None
    try:
        page = verifier_page()
        target = write_atomic(path, page.content)
    except CustodyError as err:
        errors.show_error(parent, err)
        return None
    except Exception as exc:  # noqa: BLE001 - a bug (or an incomplete installation): shown, never swallowed
        errors.show_bug(parent, exc)
        return None
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Verifier for prosecutors"),
                      saved_message(str(target), page.sha256), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("verifier_page_saved")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return str(target)
