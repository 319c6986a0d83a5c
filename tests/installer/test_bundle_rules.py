"""What the PyInstaller bundle leaves out (installer/bundle_rules.py), on realistic destination names."""

from __future__ import annotations

import pytest

from tests.installer import load_installer_module


@pytest.fixture(scope="module")
def rules():
    return load_installer_module("bundle_rules")


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "cryptography/hazmat/bindings/_rust.abi3.so",
])
def test_what_the_app_uses_stays(rules, dest):
    assert rules.keep_binary(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6\\plugins\\platforms\\qdirect2d.dll",
])
def test_plugins_the_app_does_not_use_go(rules, dest):
    assert not rules.keep_binary(dest)


def test_only_the_shipped_languages_of_qt_translations_stay(rules):
    kept = [n for n in ("qtbase_fr.qm", "qtbase_pt_BR.qm", "qtbase_ar.qm", "qtbase_ru.qm", "qtbase_de.qm",
                        "qtwebengine_fr.qm", "qt_help_fr.qm", "qtbase_ja.qm")
            if rules.keep_data(f"PySide6/Qt/translations/{n}")]
    assert kept == ["qtbase_fr.qm", "qtbase_pt_BR.qm", "qtbase_ar.qm", "qtbase_ru.qm"]
    assert rules.keep_data("resources/translations/custody_fr.qm")


def test_heavy_modules_are_excluded(rules):
    for module in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.Qt3DCore", "tkinter"):
        assert module in rules.EXCLUDED_MODULES
    for used in ("PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "PySide6.QtSvg"):
        assert used not in rules.EXCLUDED_MODULES


def test_orphans_go_unless_something_kept_links_to_them(rules):
    binaries = {
        "PySide6/Qt/plugins/platforms/libqxcb.so": "/x/libqxcb.so",
        "PySide6/Qt/lib/libQt6Quick.so.6": "/x/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6": "/x/libQt6Qml.so.6",
        "libgtk-3.so.0": "/x/libgtk-3.so.0",
        "libcairo.so.2": "/x/libcairo.so.2",
        "libXrender.so.1": "/x/libXrender.so.1",
        "libXext.so.6": "/x/libXext.so.6",
        "libfontconfig.so.1": "/x/libfontconfig.so.1",
    }
    links = {
        "/x/libqxcb.so": ["libXext.so.6", "libfontconfig.so.1", "libc.so.6"],
        "/x/libXext.so.6": ["libXrender.so.1"],  # kept through a kept candidate
        "/x/libQt6Quick.so.6": ["libQt6Qml.so.6"],
        "/x/libgtk-3.so.0": ["libcairo.so.2"],
    }
    dropped = rules.prune_orphans(binaries.items(), lambda src: links.get(src, []))
    assert dropped == {"PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "libgtk-3.so.0",
                       "libcairo.so.2"}


def test_links_to_dropped_files_go_too(rules):
    entries = [("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
               ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
               ("resources/fonts/DejaVuSans.ttf", "/src/resources/fonts/DejaVuSans.ttf", "DATA")]
    kept = rules.drop_links_to(entries, {"PySide6/Qt/lib/libQt6Quick.so.6"})
    assert [e[0] for e in kept] == ["libQt6Core.so.6", "resources/fonts/DejaVuSans.ttf"]
