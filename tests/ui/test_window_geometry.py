"""Where the main window opens: maximised the first time on a laptop-sized screen (up to 1440 px wide), then
where the officer left it on this workstation (the data folder's window.ini)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from custody.ui.mainwindow import GEOMETRY_FILE, MAXIMISE_UP_TO_PX, MainWindow


def _window(qtbot, sqlite_ctx, ops, session) -> MainWindow:
    window = MainWindow(sqlite_ctx, session, ops, sqlite_ctx.station())
    qtbot.addWidget(window)
    return window


def test_first_time_maximised_then_where_it_was_left(qtbot, sqlite_ctx, ops, admin):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.width() <= MAXIMISE_UP_TO_PX  # the offscreen screen is laptop-sized
    assert not (sqlite_ctx.data_dir / GEOMETRY_FILE).exists()
    first = _window(qtbot, sqlite_ctx, ops, admin)
    first.show_restored()
    qtbot.waitExposed(first)
    assert first.isMaximized() or first.geometry() == screen
    # The officer makes it smaller and moves it; closing remembers that.
    first.showNormal()
    first.setGeometry(0, 30, 800, 560)  # the offscreen screen is 800x600: smaller than it
    qtbot.waitUntil(lambda: first.geometry().height() == 560)
    first.save_geometry()
    first.hide()
    assert (sqlite_ctx.data_dir / GEOMETRY_FILE).exists()

    second = _window(qtbot, sqlite_ctx, ops, admin)
    second.show_restored()
    qtbot.waitExposed(second)
    assert not second.isMaximized()
    assert (second.geometry().width(), second.geometry().height()) == (800, 560)
