"""What goes into the PyInstaller bundle and what stays out (read by installer/custody.spec, tested on its own).

The app uses QtCore, QtGui, QtWidgets, QtPdf, QtPdfWidgets and QtPrintSupport (plus QtSvg for its icon). PyInstaller's
Qt hooks collect every plugin of the modules they see and the libraries those plugins need: the GTK theme (and the
GTK stack under it), the virtual keyboard (Qt Quick and QML under it), EGLFS/VNC/framebuffer platforms, network
information, TLS backends and Qt's translations for ~40 languages. The rules below drop those; a dropped library is
put back if anything that stays in the bundle links to it (:func:`prune_orphans`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

#: Languages the app ships (resources/translations); Qt's own qtbase_*.qm are kept for these only.
LANGUAGES = ("fr", "pt", "es", "ar", "ru")

#: Python modules the app never imports (and that some import chain could otherwise drag in).
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "test", "ensurepip",
    "pip", "setuptools", "pkg_resources", "IPython", "numpy", "matplotlib", "pytest", "hypothesis", "pypdfium2",
    # pyHanko imports lxml only inside try/except (XMP metadata, which Custody's reports do not carry): 9.5 MB.
    "lxml",
    # AVIF images (4.9 MB of libavif): attachments are JPEG and PNG only.
    "PIL._avif", "PIL.AvifImagePlugin",
    *(f"PySide6.{m}" for m in (
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets", "QtWebView",
        "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuick3D", "QtQuickTest",
        "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
        "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech", "QtCharts", "QtDataVisualization",
        "QtGraphs", "QtGraphsWidgets", "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors",
        "QtSerialPort", "QtSerialBus", "QtSql", "QtTest", "QtDesigner", "QtUiTools", "QtHelp", "QtOpenGL",
        "QtOpenGLWidgets", "QtSvgWidgets", "QtXml", "QtNetworkAuth", "QtRemoteObjects", "QtScxml", "QtStateMachine",
        "QtHttpServer", "QtConcurrent", "QtAxContainer", "QtCanvasPainter",
    )),
]

#: Qt plugin folders kept whole or in part; any other plugin folder is dropped.
PLUGIN_DIRS_KEPT = {
    "platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines", "printsupport",
    "styles", "xcbglintegrations", "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-shell-integration",
}

#: Plugins dropped from the kept folders (matched on the file's stem without a "lib" prefix).
PLUGINS_DROPPED = {
    "platforms": {"qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimalegl", "qdirect2d"},
    "platformthemes": {"qgtk3"},  # the GTK 3 stack for native file dialogs; Qt's own dialogs do the job
    "platforminputcontexts": {"qtvirtualkeyboardplugin"},  # Qt Quick + QML for an on-screen keyboard
}

#: Libraries dropped unless something kept in the bundle links to them.
ORPHAN_CANDIDATES = re.compile(
    r"^(lib)?(Qt6(Quick|Qml|VirtualKeyboard|EglFS|WlShell|SvgWidgets|OpenGLWidgets)\w*"
    r"|gtk-3|gdk-3|gdk_pixbuf-2\.0|atk-1\.0|atk-bridge-2\.0|atspi|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0"
    r"|pangoft2-1\.0|epoxy|wayland-cursor|wayland-egl|xkbcommon-x11|Xcomposite|Xdamage|Xcursor|Xinerama|Xrandr"
    r"|Xi|Xfixes|Xext|Xrender|thai|datrie|fribidi|pixman-1|graphite2|cloudproviders|tracker-sparql-3\.0)"
    r"[.\-\d]*(\.so[.\d]*|\.dll)$",
    re.IGNORECASE,
)

_QT_TRANSLATION = re.compile(r"(^|/)PySide6/(Qt/)?translations/(?P<name>[^/]+)$")
_QT_PLUGIN = re.compile(r"(^|/)PySide6/(Qt/)?plugins/(?P<dir>[^/]+)/(?P<file>[^/]+)$")


def _stem(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_data(dest: str) -> bool:
    """False for Qt translations of languages the app does not ship."""
    dest = dest.replace("\\", "/")
    m = _QT_TRANSLATION.search(dest)
    if not m:
        return True
    name = m.group("name")
    return any(re.fullmatch(rf"qtbase_{lang}(_[A-Z]{{2}})?\.qm", name) for lang in LANGUAGES)


def keep_binary(dest: str) -> bool:
    """False for Qt plugins the app does not use (their libraries are pruned afterwards)."""
    dest = dest.replace("\\", "/")
    m = _QT_PLUGIN.search(dest)
    if not m:
        return True
    folder = m.group("dir")
    if folder not in PLUGIN_DIRS_KEPT:
        return False
    return _stem(m.group("file")) not in PLUGINS_DROPPED.get(folder, set())


def drop_links_to(entries: Iterable[tuple[str, str, str]], removed: set[str]) -> list[tuple[str, str, str]]:
    """``entries`` without the symbolic links (typecode SYMLINK, source = target relative to the link's folder) that
    would point to a removed destination."""
    import posixpath

    removed = {r.replace("\\", "/") for r in removed}
    out = []
    for dest, src, typecode in entries:
        if typecode == "SYMLINK":
            folder = posixpath.dirname(dest.replace("\\", "/"))
            if posixpath.normpath(posixpath.join(folder, src.replace("\\", "/"))) in removed:
                continue
        out.append((dest, src, typecode))
    return out


def prune_orphans(binaries: Iterable[tuple[str, str]], imports_of: Callable[[str], Iterable[str]]) -> set[str]:
    """Destinations of the orphan candidates nothing kept links to (directly or through a kept candidate).

    ``binaries`` are (destination, source path); ``imports_of(source)`` gives the base names it links to.
    """
    entries = list(binaries)
    by_name: dict[str, list[tuple[str, str]]] = {}
    for dest, src in entries:
        by_name.setdefault(dest.replace("\\", "/").rsplit("/", 1)[-1].lower(), []).append((dest, src))

    def candidate(dest: str) -> bool:
        return bool(ORPHAN_CANDIDATES.match(dest.replace("\\", "/").rsplit("/", 1)[-1]))

    kept: set[str] = set()
    work = [(d, s) for d, s in entries if not candidate(d)]
    kept.update(d for d, _ in work)
    while work:
        _, src = work.pop()
        for name in imports_of(src):
            for dest, dep_src in by_name.get(name.rsplit("/", 1)[-1].lower(), []):
                if dest not in kept:
                    kept.add(dest)
                    work.append((dest, dep_src))
    return {d for d, _ in entries if d not in kept}
