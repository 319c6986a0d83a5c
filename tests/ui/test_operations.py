"""The operations helper: off the UI thread, one at a time, errors in words, bugs in a details dialog."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from custody.domain.errors import Conflict
from custody.ui.operations import Change, Operations

TIMEOUT = 10_000


def test_runs_on_the_worker_thread_and_calls_back_on_the_ui_thread(qtbot, ops):
    seen = {}

    def work(a, b, *, c):
        seen["thread"] = threading.get_ident()
        return a + b + c

    result = []
    with qtbot.waitSignal(ops.finished, timeout=TIMEOUT):
        ops.run(work, 1, 2, c=3, on_success=lambda r: result.append((r, QThread.currentThread())))
    assert result == [(6, QApplication.instance().thread())]
    assert seen["thread"] != threading.get_ident()
    assert not ops.busy


def test_one_at_a_time_in_order(qtbot, ops):
    order = []
    running = []

    def work(i):
        running.append(i)
        assert len(running) == 1, "two operations ran at once"
        QThread.msleep(20)
        order.append(i)
        running.remove(i)
        return i

    done = []
    for i in range(5):
        ops.run(work, i, on_success=done.append)
    assert ops.busy
    qtbot.waitUntil(lambda: len(done) == 5, timeout=TIMEOUT)
    assert order == done == [0, 1, 2, 3, 4]


def test_known_error_is_shown_in_words(qtbot, ops, shown):
    def refuse():
        raise Conflict("Item {item} is already checked out.", item="UNP-1")

    finally_called = []
    with qtbot.waitSignal(ops.finished, timeout=TIMEOUT):
        ops.run(refuse, on_finally=lambda: finally_called.append(True))
    assert shown.error_texts() == ["Item UNP-1 is already checked out."]
    assert shown.bugs == [] and finally_called == [True]


def test_known_error_goes_to_on_error_instead(qtbot, ops, shown):
    def refuse():
        raise Conflict("No.")

    errors = []
    with qtbot.waitSignal(ops.finished, timeout=TIMEOUT):
        ops.run(refuse, on_error=errors.append)
    assert [e.message for e in errors] == ["No."]
    assert shown.errors == []


def test_bug_gets_the_details_dialog(qtbot, ops, shown):
    def broken():
        return 1 / 0

    errors = []
    with qtbot.waitSignal(ops.finished, timeout=TIMEOUT):
        ops.run(broken, on_error=errors.append)
    assert errors == []  # on_error is for known errors only
    assert len(shown.bugs) == 1
    exc, details = shown.bugs[0]
    assert isinstance(exc, ZeroDivisionError)
    assert "Traceback" in details and "broken" in details
    shown.bugs.clear()  # expected here; do not fail the test


def test_changed_is_emitted_with_the_kinds(qtbot, ops):
    with qtbot.waitSignal(ops.changed, timeout=TIMEOUT) as blocker:
        ops.run(lambda: None, changes={Change.USERS, Change.LEDGER})
    assert blocker.args == [frozenset({"users", "ledger"})]
    # No kinds, no signal.
    with qtbot.assertNotEmitted(ops.changed, wait=50):
        with qtbot.waitSignal(ops.finished, timeout=TIMEOUT):
            ops.run(lambda: None)


def test_progress_reaches_the_ui_thread(qtbot, ops, monkeypatch):
    from custody.ui import operations

    monkeypatch.setattr(operations._Worker, "PROGRESS_INTERVAL_S", 0.0)
    seen = []
    ops.progressed.connect(lambda job, n: seen.append((n, QThread.currentThread())))

    def long_work(*, progress):
        for n in (10, 20, 30):
            progress(n)
        return "done"

    result = []
    with qtbot.waitSignal(ops.finished, timeout=TIMEOUT):
        ops.run(long_work, progress_label="Working…", progress_total=30, on_success=result.append)
    assert result == ["done"]
    assert [n for n, _ in seen] == [10, 20, 30]
    assert all(t is QApplication.instance().thread() for _, t in seen)


def test_sync_mode_runs_inline(sync_ops, shown):
    results = []
    sync_ops.run(lambda x: x * 2, 21, on_success=results.append)
    assert results == [42]
    sync_ops.run(lambda: (_ for _ in ()).throw(Conflict("Refused.")))
    assert shown.error_texts() == ["Refused."]


def test_shutdown_drains_queued_work(qapp):
    operations = Operations()
    done = []
    operations.run(lambda: QThread.msleep(50), on_success=lambda _: done.append(1))
    operations.run(lambda: None, on_success=lambda _: done.append(2))
    operations.shutdown(5_000)
    assert done == [1, 2]


@pytest.mark.parametrize("template,params,expected", [
    ("Plain text.", {}, "Plain text."),
    ("Has {n} braces.", {"n": 2}, "Has 2 braces."),
])
def test_translate_error(template, params, expected):
    from custody.ui.errors import translate_error

    assert translate_error(Conflict(template, **params)) == expected


def test_a_background_read_does_not_hold_up_what_the_officer_asked_for(qtbot, ops):
    """Work nobody waits for (the start page's counts) runs on a worker of its own: an operation asked for
    meanwhile runs at once, not after it; background reads still run one after the other, in order."""
    release = threading.Event()
    order = []

    def background_read(i):
        release.wait(TIMEOUT / 1000)
        order.append(("background", i))
        return i

    done = []
    ops.run(background_read, 1, background=True, on_success=done.append)
    ops.run(background_read, 2, background=True, on_success=done.append)
    asked = []
    try:
        ops.run(lambda: order.append(("asked", 0)) or "list", on_success=asked.append)
        qtbot.waitUntil(lambda: asked == ["list"], timeout=TIMEOUT)
        assert done == [] and ops.busy  # the background reads are still waiting
    finally:
        release.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=TIMEOUT)
    assert done == [1, 2]
    assert order == [("asked", 0), ("background", 1), ("background", 2)]


def test_sync_mode_runs_background_work_inline(sync_ops):
    got = []
    sync_ops.run(lambda: 7, background=True, on_success=got.append)
    assert got == [7] and not sync_ops.busy
