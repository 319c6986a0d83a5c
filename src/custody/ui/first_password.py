"""A password set by an administrator (a new officer, a reset) is temporary: at sign-in the officer is asked to
choose their own before working (issue 15). Cancelling signs them out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def require_own_password(window: Any) -> Any:
    """If ``window.session`` still has a temporary password, open "Change my password" at once; the officer
    works only after changing it (Cancel signs them out). Returns the dialog (None if nothing to do)."""
    if not getattr(window.session, "must_change_password", False):
        return None
    from custody.ui.users_admin import ChangePasswordDialog

    dlg = ChangePasswordDialog(window)
    dlg.setObjectName("first_password_dialog")
    dlg.setWindowTitle(QCoreApplication.translate("FirstPassword", "Choose your own password"))
    changed = {"done": False}

    def done() -> None:
        changed["done"] = True
        window.session = _without_flag(window.session)
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(QCoreApplication.translate(
                "FirstPassword", "Your password has been changed: only you know it now."), 10_000)

    def finished(_code: int) -> None:
        dlg.deleteLater()
        if not changed["done"]:  # a temporary password is not for working with: sign out
            logout = getattr(window, "logout", None)
            if callable(logout):
                logout()

    dlg.changed.connect(done)
    dlg.finished.connect(finished)
    dlg.open()
    return dlg


def _without_flag(session: Any) -> Any:
    import dataclasses

    return dataclasses.replace(session, must_change_password=False)
