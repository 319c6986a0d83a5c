"""The status bar remembers the last stored verification across sign-ins."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from custody.services import ledger_admin

TIMEOUT = 30_000


def test_status_bar_shows_the_last_stored_verification(qtbot, make_window, admin, sqlite_ctx):
    result = ledger_admin.verify(sqlite_ctx)  # e.g. done on the command line before this sign-in
    assert result.ok
    window = make_window(admin)
    status = window.findChild(QLabel, "verify_status")
    qtbot.waitUntil(lambda: status.text().startswith("Ledger last verified"), timeout=TIMEOUT)
    assert status.text() == f"Ledger last verified 2026-11-28 10:00: intact, {result.report.size} entries"
    assert status.property("state") == "ok"


def test_status_bar_warns_when_the_last_verification_failed(qtbot, make_window, admin, sqlite_ctx):
    with sqlite_ctx.engine.begin() as conn:
        conn.exec_driver_sql("update item_state set status = 'x'")  # no effect: no items yet
        conn.exec_driver_sql("insert into item_state values ('UNP-X-26-000001-1','disposed',NULL,NULL,1,'x')")
    assert not ledger_admin.verify(sqlite_ctx).ok  # a projection row the ledger does not explain
    window = make_window(admin)
    status = window.findChild(QLabel, "verify_status")
    qtbot.waitUntil(lambda: "NOT intact" in status.text(), timeout=TIMEOUT)
    assert status.property("state") == "bad"
