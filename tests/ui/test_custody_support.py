"""Shared set-up for the custody GUI tests (no tests here): officers, a case, items and locations made through
the services, a main window with the custody pages and the scanner, and a keyboard that types like a scanner
or like a person on an injected clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select

from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.enums import Category, Role
from custody.ledger.canonical import parse_canonical
from custody.services import ledger_admin, locations, user_admin
from custody.services.auth import AuthSession, login
from custody.services.intake import NewCase, NewItem, NewSeizure, open_case, record_seizure, register_items
from custody.services.users import NewUser

TIMEOUT = 20_000
ROLES = {
    "olga": ("Olga Petrova", (Role.OFFICER,)),
    "oscar": ("Oscar Mensah", (Role.OFFICER,)),
    "cora": ("Cora Lima", (Role.CUSTODIAN,)),
    "sven": ("Sven Berg", (Role.SUPERVISOR,)),
    "sara": ("Sara Nkosi", (Role.SUPERVISOR,)),
    "wanda": ("Wanda Ito", (Role.OFFICER,)),
    "wes": ("Wes Okafor", (Role.OFFICER,)),
    "audrey": ("Audrey Martin", (Role.AUDITOR,)),
}


def password(username: str) -> str:
    return f"{username} evidence passphrase 7"


class Clock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


class World:
    """Officers (badge codes OFF-...), one case and seizure, items and locations, all through the services."""

    def __init__(self, ctx: Any, admin: AuthSession) -> None:
        self.ctx = ctx
        self.admin = admin
        self.sessions: dict[str, AuthSession] = {}
        self.badges: dict[str, str] = {}
        self._seizure: str | None = None

    def user(self, username: str) -> AuthSession:
        if username not in self.sessions:
            name, roles = ROLES[username]
            dto = user_admin.add_user(self.ctx, self.admin, NewUser(username, name, f"B-{len(self.badges) + 10}",
                                                                      password(username), roles))
            self.badges[username] = dto.badge_code  # OFF-NNNNNN-C, printed on the badge card
            self.sessions[username] = login(self.ctx, username, password(username))
        return self.sessions[username]

    def badge(self, username: str) -> str:
        self.user(username)
        return self.badges[username]

    def items(self, holder: str, n: int = 1, *, seal: bool = False, gross: str | None = None,
              net: str | None = None, description: str = "White powder in a clear bag") -> list[str]:
        """Register ``n`` items, held by ``holder``."""
        s = self.user(holder)
        if self._seizure is None:
            case = open_case(self.ctx, s, NewCase("DIL/2026/0042", "drug_trafficking", "Operation Tide"))
            seizure = record_seizure(self.ctx, s, NewSeizure(
                case_number=case.case_number, occurred_at="2026-11-27 22:15", place="Port of Dili, quay 4",
                seizing_officer=holder))
            self._seizure = seizure.document_number
        reqs = []
        for i in range(n):
            fields: dict[str, Any] = {"suspected_substance": "Cocaine", "form": "powder", "package_count": 1,
                                      "gross_weight_mg": gross or "12 g", "field_test": "no"}
            if net:
                fields["net_weight_mg"] = net
            reqs.append(NewItem(seizure=self._seizure, category=Category.DRUG, description=f"{description} #{i + 1}",
                                sealed=seal, seal_number=f"S-{100 + i}" if seal else "", fields=fields))
        return [dto.item_id for dto in register_items(self.ctx, s, reqs)]

    def location(self, name: str, kind: str = "shelf", parent: str | None = None) -> str:
        return locations.create_location(self.ctx, self.user("sven"), name, kind, parent).code

    def entries(self, after: int = 0) -> list[dict[str, Any]]:
        with unit_of_work(self.ctx.engine, read_only=True) as s:
            rows = s.execute(select(LedgerEntry.body).where(LedgerEntry.seq > after).order_by(LedgerEntry.seq))
            return [parse_canonical(bytes(b)) for b in rows.scalars()]

    def size(self) -> int:
        return ledger_admin.total_entries(self.ctx)

    def verify(self) -> None:
        result = ledger_admin.verify(self.ctx)
        assert result.ok, result.failures


@dataclass
class Keyboard:
    """Types on the injected clock: ``scan`` a few ms per key then Enter; ``type`` like a person."""

    clock: Clock
    scanner: Any
    scan_gap: float = 0.004
    human_gap: float = 0.15
    log: list[str] = field(default_factory=list)

    def target(self, widget: QWidget | None) -> QWidget:
        w = widget or QApplication.focusWidget() or QApplication.activeWindow()
        assert w is not None
        return w

    def scan(self, code: str, widget: QWidget | None = None, *, terminator: Qt.Key = Qt.Key.Key_Return) -> None:
        w = self.target(widget)
        self.clock.t += 0.5  # the previous keys are long over
        self.scanner.poll()
        for ch in code:
            QTest.keyClick(w, ch)
            self.clock.t += self.scan_gap
        QTest.keyClick(w, terminator)
        self.clock.t += 0.5
        self.log.append(code)

    def type(self, widget: QWidget, text: str) -> None:
        for ch in text:
            self.clock.t += self.human_gap
            QTest.keyClick(widget, ch)
        self.clock.t += self.human_gap
        self.scanner.poll()  # the pause after the last key: it was typing

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        self.clock.t += self.human_gap
        self.scanner.poll()
        QTest.keyClick(widget, key)


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from custody.security import passwords

    monkeypatch.setattr(passwords, "HASH_PARAMS", passwords.HashParams(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def world(sqlite_ctx, admin) -> World:
    return World(sqlite_ctx, admin)


@pytest.fixture
def keyclock() -> Clock:
    return Clock()


@pytest.fixture
def open_window(make_window, keyclock):
    """A main window for ``session`` with the custody pages and the scanner on the fake clock."""
    from custody.ui.pages import custody as custody_pages
    from custody.ui.scan_routing import install_scanner
    from custody.ui.scanner import ScannerConfig

    made = []

    def open_(session: AuthSession):
        for s in made:  # one main window at a time, as in the app
            s.uninstall()
        window = make_window(session)
        if not window.has_page(custody_pages.PAGE_SCANNER):
            custody_pages.register(window)
        scanner = install_scanner(window, ScannerConfig(), clock=keyclock, beep=lambda: None)
        made.append(scanner)
        return window, Keyboard(keyclock, scanner)

    yield open_
    for s in made:
        s.uninstall()
    for w in QApplication.topLevelWidgets():  # a signer dialog left open by a failed test
        if isinstance(w, QDialog) and w.isVisible():
            w.reject()


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=TIMEOUT)


def signer_dialog(qtbot, page, name: str):
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == name
                    and page.dialog.isVisible(), timeout=TIMEOUT)
    return page.dialog


def sign(qtbot, keys: Keyboard, page, name: str, username: str) -> None:
    """The officer types their password into the signer dialog (like a person) and presses Enter."""
    dlg = signer_dialog(qtbot, page, name)
    assert dlg.username.text() == username
    dlg.password.setFocus()
    keys.type(dlg.password, password(username))
    keys.key(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dlg) or not dlg.isVisible(), timeout=TIMEOUT)
