"""Station settings: the certificate that signs reports (fingerprint, export of the trust root, agency import).

The signing certificate's SHA-256 is bound to the station key in the ledger (services.certificate); a court that
wants its PDF reader to trust the signature imports the trust root exported here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QWidget

from custody.domain.errors import CustodyError
from custody.security.permissions import Action
from custody.services import certificate as cert_svc
from custody.ui import errors as ui_errors
from custody.ui.operations import Change
from custody.ui.style import card, set_role

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow


class CertificateCard(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("certificate_card")
        frame, cl = card(self.tr("Report signatures"))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        explain = QLabel(self.tr(
            "Reports are signed with this station's certificate; the ledger binds its fingerprint to the station "
            "key, and every report prints it. Give the trust root to a court whose PDF reader should recognise "
            "the signature."))
        explain.setWordWrap(True)
        set_role(explain, "hint")
        cl.addWidget(explain)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("certificate_fingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        cl.addWidget(self.fingerprint)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Save the trust root…"))
        self.export_button.setObjectName("export_certificate")
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Use an agency certificate (PKCS#12)…"))
        self.import_button.setObjectName("import_certificate")
        self.import_button.setEnabled(window.session.can(Action.STATION_CONFIGURE))
        self.import_button.clicked.connect(self.import_p12)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        cl.addLayout(row)
        self.message = set_role(QLabel(), "hint")
        self.message.setObjectName("certificate_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        cl.addWidget(self.message)
        self._cert: cert_svc.CertificateDTO | None = None
        self.refresh()

    def refresh(self) -> None:
        w = self.window_
        w.ops.run(cert_svc.export_certificate, w.ctx, on_success=self._show, on_error=self._failed,
                  changes=(Change.LEDGER,), parent=self)

    def _show(self, cert: cert_svc.CertificateDTO) -> None:
        self._cert = cert
        self.fingerprint.setText(self.tr("Signed by: {subject}\nSHA-256: {sha}\nValid until: {until}").format(
            subject=cert.subject, sha=cert.sha256, until=cert.not_after))

    def _failed(self, err: CustodyError) -> None:
        self.message.setText(ui_errors.translate_error(err))
        set_role(self.message, "error")
        self.message.setVisible(True)

    def export(self) -> None:
        if self._cert is None:
            return
        start = str(Path.home() / f"custody-station-{self.window_.ctx.station_code or 'root'}.crt")
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the trust root"), start,
                                               self.tr("Certificates (*.crt *.pem)"))
        if not path:
            return
        try:
            Path(path).write_bytes(self._cert.pem)
        except OSError as exc:
            self._failed(CustodyError(self.tr("The file could not be written: {reason}"), reason=exc.strerror or ""))
            return
        self.message.setText(self.tr("Saved {path}.").format(path=path))
        set_role(self.message, "hint")
        self.message.setVisible(True)

    def import_p12(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Agency certificate"), str(Path.home()),
                                               self.tr("PKCS#12 certificates (*.p12 *.pfx)"))
        if not path:
            return
        password, ok = QInputDialog.getText(self, self.tr("Agency certificate"),
                                            self.tr("The certificate file's password:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._failed(CustodyError(self.tr("The file could not be read: {reason}"), reason=exc.strerror or ""))
            return
        w = self.window_
        w.ops.run(cert_svc.import_certificate, w.ctx, w.session, data, password or None,
                  on_success=lambda _fp: self.refresh(), on_error=self._failed, changes=(Change.LEDGER,), parent=self)
