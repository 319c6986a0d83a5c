"""run_app wiring, the exception hook and translations."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QLocale, QTimer

from custody.db.migrate import SchemaTooNew
from custody.domain.errors import Conflict
from custody.ui import app as app_module
from custody.ui.app import ExceptionHandler, install_translators, run_app
from custody.ui.qtcompat import emit


def test_schema_too_new_gives_a_message_and_exit_code_2(qapp, empty_state, monkeypatch):
    boxes = []
    monkeypatch.setattr(app_module, "_fatal_box", lambda parent, text, details=None: boxes.append((text, details)))

    def too_new(state):
        raise SchemaTooNew("This database was created by a newer Custody (schema {rev}).", rev="abc123")

    monkeypatch.setattr(app_module, "open_context", too_new)
    hook = sys.excepthook
    assert run_app(empty_state) == 2
    assert boxes == [("This database was created by a newer Custody (schema abc123).", None)]
    assert sys.excepthook is hook  # the app's hook is removed again


def test_unexpected_startup_failure_shows_details(qapp, empty_state, monkeypatch):
    boxes = []
    monkeypatch.setattr(app_module, "_fatal_box", lambda parent, text, details=None: boxes.append((text, details)))
    monkeypatch.setattr(app_module, "open_context", lambda state: 1 / 0)
    assert run_app(empty_state) == 2
    text, details = boxes[0]
    assert "could not open its database" in text and "ZeroDivisionError" in details


def test_run_app_starts_and_quits(qapp, empty_state, monkeypatch):
    started = []

    def fake_start(self, ctx):
        started.append(ctx)
        QTimer.singleShot(0, lambda: emit(self.quit_requested, 0))

    monkeypatch.setattr(app_module.Startup, "start", fake_start)
    assert run_app(empty_state) == 0
    assert started and qapp.applicationName() == "Custody" and qapp.organizationName() == "Custody"


def test_exception_hook_shows_known_errors_in_words_and_bugs_with_details(qtbot, shown):
    handler = ExceptionHandler()
    try:
        handler.excepthook(Conflict, Conflict("Already done."), None)
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            handler.excepthook(RuntimeError, exc, exc.__traceback__)
        qtbot.waitUntil(lambda: bool(shown.errors and shown.bugs), timeout=2000)
        assert shown.error_texts() == ["Already done."]
        exc, details = shown.bugs[0]
        assert isinstance(exc, RuntimeError) and "boom" in details and "Traceback" in details
        shown.bugs.clear()

        # From another thread: shown on the UI thread.
        thread = threading.Thread(target=lambda: 1 / 0, name="worker-x")
        handler.install()
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(shown.bugs), timeout=2000)
        assert "worker-x" in shown.bugs[0][1]
        shown.bugs.clear()
    finally:
        handler.uninstall()


def _installed_then_removed(qapp, locale: QLocale) -> list[str]:
    translators = install_translators(qapp, locale)
    try:
        return [t.filePath() for t in translators]
    finally:
        for t in translators:  # never leak a translation into later tests
            qapp.removeTranslator(t)


def test_no_translation_for_english(qapp):
    assert [p for p in _installed_then_removed(qapp, QLocale(QLocale.Language.English)) if "custody" in p] == []


@pytest.mark.parametrize("name", ["de", "sw_KE"])
def test_translators_for_missing_locales_are_skipped(qapp, name):
    assert all("custody" not in p for p in _installed_then_removed(qapp, QLocale(name)))


@pytest.mark.parametrize("name", ["fr", "pt_BR", "ar", "ru"])
def test_translations_exist_for_the_mission_languages(qapp, name):
    assert any(p.endswith(f"custody_{name.split('_')[0]}.qm") for p in _installed_then_removed(qapp, QLocale(name)))
