"""A French workstation sees the sign-in, navigation and service messages in French."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from custody.domain.enums import Role
from custody.ui.app import install_translators


def test_french_translation_is_loaded_and_used(qapp):
    translators = install_translators(qapp, QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert any(t.filePath().endswith("custody_fr.qm") for t in translators)
        assert QCoreApplication.translate("LoginDialog", "Custody — sign in") == "Custody — connexion"
        assert QCoreApplication.translate("MainWindow", "Verifying {n} ledger entries…").format(n=3) == (
            "Vérification de 3 entrées du registre…")
        # service messages (N_-marked, Qt-free layers) are translated at display time
        assert QCoreApplication.translate("Auth", "The password is not correct.") == "Le mot de passe est incorrect."
        assert QCoreApplication.translate(Role.ADMIN.label_context, Role.ADMIN.label) == "Administrateur"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("LoginDialog", "Custody — sign in") == "Custody — sign in"
