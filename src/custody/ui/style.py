"""Look and feel: one calm, high-contrast theme with large type for a counter workstation."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

BASE_POINT_SIZE = 11

NAVY = "#1d3557"
NAVY_DARK = "#14253d"
ACCENT = "#2a6f97"
OK_GREEN = "#1b7f3b"
ALERT_RED = "#b3261e"
BACKGROUND = "#f4f6f9"
SURFACE = "#ffffff"
BORDER = "#d5dbe3"
MUTED = "#5b6675"

STYLE_SHEET = f"""
QMainWindow, QDialog, QWizard {{ background: {BACKGROUND}; }}
QWidget#header {{ background: {NAVY}; }}
QWidget#header QLabel {{ color: white; }}
QLabel#header_app {{ font-size: 17pt; font-weight: bold; letter-spacing: 1px; }}
QLabel#header_agency {{ font-size: 12pt; font-weight: bold; }}
QLabel#header_station {{ color: #c9d6e8; }}
QLabel#header_user {{ font-weight: bold; }}
QLabel#header_roles {{ color: #c9d6e8; }}
QWidget#header QPushButton {{
    color: white; background: transparent; border: 1px solid #8fa6c4; border-radius: 4px; padding: 6px 14px;
}}
QWidget#header QPushButton:hover {{ background: {NAVY_DARK}; }}
QListWidget#nav {{
    background: {SURFACE}; border: none; border-right: 1px solid {BORDER}; font-size: 12pt; padding-top: 8px;
    outline: none;
}}
QListWidget#nav::item {{ padding: 6px 18px; border-left: 4px solid transparent; color: #1f2933; }}
QListWidget#nav::item:selected {{ background: #e4edf6; border-left: 4px solid {ACCENT}; color: {NAVY}; }}
QLabel[role="title"] {{ font-size: 18pt; font-weight: bold; color: {NAVY}; }}
QLabel[role="subtitle"] {{ font-size: 12pt; color: {MUTED}; }}
QLabel[role="section"] {{ font-size: 13pt; font-weight: bold; color: {NAVY}; }}
QLabel[role="error"] {{ color: {ALERT_RED}; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="fact_label"] {{ color: {MUTED}; }}
QLabel[role="fact_value"] {{ font-size: 13pt; font-weight: bold; color: #1f2933; }}
QFrame[role="card"] {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; }}
QLabel[state="ok"] {{ color: {OK_GREEN}; font-weight: bold; }}
QLabel[state="bad"] {{ color: {ALERT_RED}; font-weight: bold; }}
QLabel[state="unknown"] {{ color: {MUTED}; }}
QLineEdit, QComboBox {{ padding: 5px 6px; min-height: 22px; }}
QLineEdit[invalid="true"] {{ border: 2px solid {ALERT_RED}; border-radius: 3px; padding: 4px 5px; }}  /* same size: marking a field never moves the form */
QPushButton {{ padding: 6px 16px; min-height: 22px; }}
QPushButton[role="primary"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT}; border-radius: 4px; font-weight: bold;
}}
QPushButton[role="primary"]:disabled {{ background: #9fb7c9; border-color: #9fb7c9; }}
QTableView {{ background: {SURFACE}; gridline-color: #e6eaf0; selection-background-color: #cfe0f1;
    selection-color: #1f2933; }}
QHeaderView::section {{ background: #eef1f5; padding: 6px; border: none; border-bottom: 1px solid {BORDER};
    font-weight: bold; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; }}
QFrame#message_bar {{ background: {BACKGROUND}; border: none; border-top: 1px solid {BORDER}; }}
QFrame#message_bar[state="bad"] {{ background: #fbe9e7; border-top: 2px solid {ALERT_RED}; }}
QFrame#message_bar[state="ok"] {{ background: #e7f4ea; border-top: 2px solid {OK_GREEN}; }}
QFrame#message_bar[state="info"] {{ background: #e4edf6; border-top: 2px solid {ACCENT}; }}
QFrame#message_bar[state="bad"] QLabel, QFrame#message_bar[state="bad"] QWidget#message_text {{
    color: #8c1d18; font-weight: bold; }}
QFrame#message_bar[state="ok"] QLabel, QFrame#message_bar[state="ok"] QWidget#message_text {{
    color: #14622d; font-weight: bold; }}
QFrame#message_bar[state="info"] QLabel, QFrame#message_bar[state="info"] QWidget#message_text {{ color: {NAVY}; }}
QLabel#message_icon {{ font-size: 14pt; }}
QWidget#header QWidget#header_agency {{ color: white; font-size: 12pt; font-weight: bold; }}
QWidget#header QWidget#header_station {{ color: #c9d6e8; }}
QWidget#header QWidget#header_user {{ color: white; font-weight: bold; }}
QWidget#header QWidget#header_roles {{ color: #c9d6e8; }}
QWidget#lock_screen {{ background: {NAVY}; }}
QWidget#lock_screen QLabel {{ color: white; }}
QWidget#lock_screen QLabel[role="error"] {{ color: #ffb4ab; font-weight: bold; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion style with a light palette, a larger base font and the Custody style sheet."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    pal = app.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    pal.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#1f2933"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#1f2933"))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2933"))
    app.setPalette(pal)
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget: QWidget, role: str) -> QWidget:
    """Tag a widget for the style sheet (``QLabel[role="title"]``)."""
    widget.setProperty("role", role)
    return widget


def set_state(label: QLabel, state: str) -> None:
    """Switch a status label between ``ok``, ``bad`` and ``unknown`` (re-polishes the style)."""
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", "true" if invalid else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def error_label(field: str) -> QLabel:
    """The red message under a field; empty and hidden until there is something to say."""
    label = QLabel()
    label.setObjectName(f"error_{field}")
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_field_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def card(title: str | None = None, name: str | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A white framed section with an optional heading; returns the frame and its layout."""
    frame = QFrame()
    frame.setProperty("role", "card")
    if name:
        frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 18)
    layout.setSpacing(10)
    if title:
        layout.addWidget(set_role(QLabel(title), "section"))
    return frame, layout


def page_layout(widget: QWidget, title: str, subtitle: str | None = None, *, spacing: int = 16) -> QVBoxLayout:
    """The layout every page starts with: margins, the page title and an optional subtitle."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(32, 26, 32, 26)
    layout.setSpacing(spacing)
    heading = set_role(QLabel(title), "title")
    heading.setObjectName("page_title")
    layout.addWidget(heading)
    if subtitle:
        sub = set_role(QLabel(subtitle), "subtitle")
        sub.setWordWrap(True)
        layout.addWidget(sub)
    return layout
