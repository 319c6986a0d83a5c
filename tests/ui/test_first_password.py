"""Issue 15: a password an administrator set (new officer, reset) is temporary; at sign-in the officer must
choose their own (Cancel signs them out)."""

from __future__ import annotations

from custody.domain.enums import Role
from custody.services import auth, user_admin
from custody.services.users import NewUser
from custody.ui.first_password import require_own_password
from tests.conftest import ADMIN_PASSWORD

TIMEOUT = 10_000
TEMPORARY = "temporary pass 2026 kofi"
OWN = "my very own passphrase 7"


def test_temporary_password_must_be_changed_first(qtbot, make_window, admin, sqlite_ctx):
    ctx = sqlite_ctx
    user_admin.add_user(ctx, admin, NewUser("kofi", "Kofi Mensah", "B-77", TEMPORARY, (Role.OFFICER,)))
    session = auth.login(ctx, "kofi", TEMPORARY)
    assert session.must_change_password
    assert not auth.login(ctx, "admin", ADMIN_PASSWORD).must_change_password  # chosen by the administrator

    # Cancelling the forced change signs the officer out.
    window = make_window(session)
    dlg = require_own_password(window)
    assert dlg is not None and dlg.objectName() == "first_password_dialog"
    dlg.reject()
    qtbot.waitUntil(lambda: window._logged_out, timeout=TIMEOUT)

    # Changing it: work goes on, and the next sign-in does not ask again.
    session = auth.login(ctx, "kofi", TEMPORARY)
    window = make_window(session)
    dlg = require_own_password(window)
    dlg.old_password.setText(TEMPORARY)
    dlg.password.setText(OWN)
    dlg.password_repeat.setText(OWN)
    with qtbot.waitSignal(dlg.changed, timeout=TIMEOUT):
        dlg.submit()
    assert not window._logged_out and not window.session.must_change_password
    assert not auth.login(ctx, "kofi", OWN).must_change_password
    assert require_own_password(make_window(auth.login(ctx, "kofi", OWN))) is None

    # A reset by the administrator makes it temporary again.
    user_admin.reset_password(ctx, admin, "kofi", "another temporary 2026")
    assert auth.login(ctx, "kofi", "another temporary 2026").must_change_password
