"""The administrator's clock correction dialog, and "sign in again" when a key was replaced elsewhere."""

from __future__ import annotations

import json

from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.services import auth, ledger_admin, user_admin
from custody.services import ledger as ledger_svc
from custody.services.ledger import NewEvent
from custody.services.users import NewUser
from custody.ui.clock_dialog import ClockCorrectionDialog
from tests.conftest import ADMIN_PASSWORD

PW = "supervisor password 1"


def _stamp_in_2099(ctx, session) -> None:
    right = ctx.clock.now
    ctx.clock.now = right.replace(year=2099)
    with unit_of_work(ctx.engine) as s:
        ledger_svc.append(s, [NewEvent("auth.login", {"username": session.username})], station="DIL",
                          actor=session.username, signers=[session.signer], clock=ctx.clock)
    ctx.clock.now = right


def test_admin_and_supervisor_correct_the_clock(qtbot, sqlite_ctx, ops, shown):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    user_admin.add_user(ctx, admin, NewUser("ivan", "Иван Петров", "B-9", PW, (Role.SUPERVISOR,)))
    _stamp_in_2099(ctx, admin)
    dialog = ClockCorrectionDialog(ctx, admin, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "2099-" in dialog.state.text())
    assert dialog.record.isEnabled()
    # no reason: refused in the dialog, nothing written
    before = ledger_admin.total_entries(ctx)
    dialog.record.click()
    assert dialog.error.isVisible() and "what happened" in dialog.error.text().lower()
    dialog.reason.setPlainText("The workstation's clock was set to 2099 by mistake")
    dialog.supervisor.setText("ivan")
    dialog.password.setText("wrong password")
    dialog.record.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and "not correct" in dialog.error.text())
    assert ledger_admin.total_entries(ctx) == before + 1  # only the failed countersign (auth.failed)
    dialog.password.setText(PW)
    with qtbot.waitSignal(dialog.corrected, timeout=10_000) as sig:
        dialog.record.click()
    assert sig.args[0].wrong_until.startswith("2099-")
    with unit_of_work(ctx.engine, read_only=True) as s:
        last = [json.loads(b) for (b,) in s.execute(ledger_svc.select(ledger_svc.LedgerEntry.body)
                                                    .order_by(ledger_svc.LedgerEntry.seq.desc()).limit(1))][0]
    assert last["kind"] == "clock.corrected" and last["signers"] == ["admin", "ivan"]
    assert ledger_admin.verify(ctx).ok
    assert not shown.errors
