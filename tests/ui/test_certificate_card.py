"""Station settings: the report-signing certificate (fingerprint shown, trust root saved)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from custody.services import auth, certificate
from custody.ui.certificate_card import CertificateCard
from tests.conftest import ADMIN_PASSWORD


class _Window:
    def __init__(self, ctx, ops):
        self.ctx, self.ops = ctx, ops
        self.session = auth.login(ctx, "admin", ADMIN_PASSWORD)


def test_card_shows_the_bound_fingerprint_and_saves_the_trust_root(qtbot, sqlite_ctx, sync_ops, monkeypatch,
                                                                     tmp_path: Path, shown):
    card = CertificateCard(_Window(sqlite_ctx, sync_ops))
    qtbot.addWidget(card)
    card.show()
    expected = certificate.export_certificate(sqlite_ctx)
    assert expected.sha256 in card.fingerprint.text()
    out = tmp_path / "root.crt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    card.export_button.click()
    assert out.read_bytes() == expected.pem and "-----BEGIN CERTIFICATE-----" in out.read_text()
    assert card.message.isVisible() and str(out) in card.message.text()
    assert not shown.errors
