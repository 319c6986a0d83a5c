"""Build Custody's desktop bundle: one folder with the app, its command line and the offline verifier.

Run from the repository root with the "installer" extra installed (``pip install -e ".[installer]"``)::

    python installer/build.py [--dist DIR] [--work DIR] [--max-mb 250] [--strict] [--archive]

Steps:

1. render the icon (resources/icons/custody.svg) to PNGs of every menu size and to custody.ico;
2. compile the message catalogues (resources/translations/*.ts, Qt's lrelease) into .qm files, never committed;
   run PyInstaller on installer/custody.spec: ``DIST/custody`` (what is left out and why: bundle_rules.py);
3. Linux: add ``share/`` (menu entry, icons, AppStream metadata), ``install.sh`` and the ``custody-verify``
   link, and validate the menu entry and the metadata (desktop-file-validate, appstreamcli; required with --strict);
4. print the unpacked size and fail above ``--max-mb``;
5. Windows: compile installer/custody.iss with Inno Setup's ISCC when it is installed (else print the command).

Check the result with ``DIST/custody/custody --self-test`` (on Windows ``custody-cli.exe --self-test``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
ICON_SVG = ROOT / "resources" / "icons" / "custody.svg"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
APPSTREAM_ID = "org.custody.Custody"
WINDOWS = sys.platform == "win32"


class BuildError(Exception):
    pass


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


# --- icons ---------------------------------------------------------------------------------------------------


def render_icons(out: Path) -> dict[int, Path]:
    """PNG files of the SVG icon at every size, and custody.ico (Windows) made of them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise BuildError(f"{ICON_SVG} is not a valid SVG")
    out.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        pngs[size] = out / f"custody-{size}.png"
        if not image.save(str(pngs[size])):
            raise BuildError(f"cannot write {pngs[size]}")
    images = [Image.open(pngs[s]) for s in ICO_SIZES]
    images[-1].save(out / "custody.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return pngs


# --- PyInstaller ---------------------------------------------------------------------------------------------


def compile_translations(out: Path) -> Path:
    """The .qm files Qt loads, built from the .ts sources (the spec ships them next to the .ts)."""
    sys.path.insert(0, str(ROOT / "src"))
    from custody.translations import CompileError, compile_all

    if out.exists():
        shutil.rmtree(out)
    try:
        made = compile_all(ROOT / "resources" / "translations", out)
    except CompileError as exc:
        raise BuildError(str(exc)) from exc
    if not made:
        raise BuildError("no message catalogues (resources/translations/custody_*.ts)")
    print(f"translations: {', '.join(p.name for p in made)}")
    return out


def run_pyinstaller(dist: Path, work: Path, icons: Path, qm: Path) -> Path:
    env = dict(os.environ, CUSTODY_ICON_DIR=str(icons), CUSTODY_QM_DIR=str(qm))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(INSTALLER / "custody.spec")]
    print("$ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    bundle = dist / "custody"
    if not (bundle / ("custody.exe" if WINDOWS else "custody")).is_file():
        raise BuildError(f"PyInstaller did not produce {bundle}")
    return bundle


# --- Linux desktop integration -----------------------------------------------------------------------------------


def add_linux_files(bundle: Path, pngs: dict[int, Path]) -> None:
    """share/ (menu entry, icons, AppStream metadata), install.sh and the custody-verify link."""
    share = bundle / "share"
    shutil.rmtree(share, ignore_errors=True)
    (share / "applications").mkdir(parents=True)
    shutil.copy2(INSTALLER / "linux" / "custody.desktop", share / "applications" / "custody.desktop")
    (share / "metainfo").mkdir()
    name = f"{APPSTREAM_ID}.metainfo.xml"
    shutil.copy2(INSTALLER / "linux" / name, share / "metainfo" / name)
    for size, png in pngs.items():
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(png, folder / "custody.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICON_SVG, scalable / "custody.svg")
    shutil.copy2(INSTALLER / "linux" / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)
    link = bundle / "custody-verify"
    link.unlink(missing_ok=True)
    link.symlink_to("custody")


def validate_linux_files(bundle: Path, *, strict: bool) -> None:
    checks = [
        ("desktop-file-validate", [str(bundle / "share" / "applications" / "custody.desktop")]),
        ("appstreamcli", ["validate", "--no-net", str(bundle / "share" / "metainfo" / f"{APPSTREAM_ID}.metainfo.xml")]),
    ]
    for tool, args in checks:
        exe = shutil.which(tool)
        if exe is None:
            if strict:
                raise BuildError(f"{tool} is not installed (needed with --strict)")
            print(f"note: {tool} not installed; {args[-1]} not validated")
            continue
        res = subprocess.run([exe, *args], capture_output=True, text=True)
        if res.returncode != 0:
            raise BuildError(f"{tool} rejects {args[-1]}:\n{res.stdout}{res.stderr}")
        print(f"{tool}: {Path(args[-1]).name} valid")


# --- size, archive, Windows installer ---------------------------------------------------------------------------


def check_links(bundle: Path) -> None:
    broken = [str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    if broken:
        raise BuildError(f"links to nothing in the bundle: {', '.join(sorted(broken))}")


def bundle_size(bundle: Path) -> tuple[int, int]:
    """(bytes, files) of the unpacked bundle; links count as themselves, not as what they point to."""
    total = files = 0
    for path in bundle.rglob("*"):
        st = path.lstat()
        if not path.is_dir() or path.is_symlink():
            total += st.st_size
            files += 1
    return total, files


def make_archive(bundle: Path) -> Path:
    arch = platform.machine().lower() or "unknown"
    target = bundle.parent / f"custody-{version()}-linux-{arch}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"custody-{version()}")
    return target


def iscc_command(bundle: Path, icons: Path, out: Path) -> list[str]:
    iscc = shutil.which("iscc") or shutil.which("ISCC") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    return [iscc, f"/DAppVersion={version()}", f"/DDistDir={bundle}", f"/DIconFile={icons / 'custody.ico'}",
            f"/DOutputDir={out}", str(INSTALLER / "custody.iss")]


def build_windows_installer(bundle: Path, icons: Path) -> None:
    cmd = iscc_command(bundle, icons, bundle.parent)
    if not Path(cmd[0]).exists() and shutil.which(cmd[0]) is None:
        print("Inno Setup (ISCC) not found; to make the installer run:\n  " + subprocess.list2cmdline(cmd))
        return
    subprocess.run(cmd, check=True)


# --- main --------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Custody's one-folder desktop bundle.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller work folder")
    parser.add_argument("--max-mb", type=float, default=None, help="fail if the unpacked bundle is larger")
    parser.add_argument("--strict", action="store_true", help="the desktop-file validators must be installed")
    parser.add_argument("--archive", action="store_true", help="also pack a .tar.gz (Linux)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        icons = args.work.parent / "icons"
        pngs = render_icons(icons)
        qm = compile_translations((args.work.parent / "qm").resolve())
        bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve(), icons.resolve(), qm)
        if WINDOWS:
            build_windows_installer(bundle, icons.resolve())
        else:
            add_linux_files(bundle, pngs)
            validate_linux_files(bundle, strict=args.strict)
        check_links(bundle)
        size, files = bundle_size(bundle)
        mb = size / 1_000_000
        print(f"bundle: {bundle}")
        print(f"bundle size: {mb:.1f} MB unpacked ({size:,} bytes, {files:,} files); built in "
              f"{time.monotonic() - started:.0f} s")
        if args.archive and not WINDOWS:
            archive = make_archive(bundle)
            print(f"archive: {archive} ({archive.stat().st_size / 1_000_000:.1f} MB)")
        if args.max_mb is not None and mb > args.max_mb:
            raise BuildError(f"the bundle is {mb:.1f} MB, more than the {args.max_mb:g} MB allowed")
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
