"""The files around the bundle: icons, Linux menu entry and AppStream metadata, install.sh, the Inno Setup script.

The bundle itself is built and self-tested by CI (.ci/bundle); these tests cover what build.py adds to it, on a
stand-in bundle, and keep the hand-written files in step with pyproject.toml and the spec.
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from tests.installer import load_installer_module

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


@pytest.fixture(scope="module")
def build():
    return load_installer_module("build")


@pytest.fixture
def fake_bundle(tmp_path: Path, build, qapp) -> Path:
    """What PyInstaller leaves (an executable called custody), plus what build.py adds on Linux."""
    bundle = tmp_path / "dist" / "custody"
    bundle.mkdir(parents=True)
    exe = bundle / "custody"
    exe.write_text("#!/bin/sh\necho custody \"$@\"\n")
    exe.chmod(0o755)
    pngs = build.render_icons(tmp_path / "icons")
    build.add_linux_files(bundle, pngs)
    return bundle


def test_icons_at_every_menu_size_and_a_windows_ico(fake_bundle: Path, tmp_path: Path, build):
    for size in build.ICON_SIZES:
        png = fake_bundle / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "custody.png"
        with Image.open(png) as img:
            assert img.size == (size, size)
            assert img.getpixel((size // 2, size // 2))[3] == 255  # opaque in the middle, not an empty canvas
            assert img.getpixel((0, 0))[3] < 255  # rounded corner: transparent
    assert (fake_bundle / "share" / "icons" / "hicolor" / "scalable" / "apps" / "custody.svg").is_file()
    with Image.open(tmp_path / "icons" / "custody.ico") as ico:
        assert {(s, s) for s in build.ICO_SIZES} <= set(ico.info["sizes"])


def test_menu_entry_and_metadata_match_the_bundle(fake_bundle: Path, build):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(fake_bundle / "share" / "applications" / "custody.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "custody" and desktop["Icon"] == "custody" and desktop["Type"] == "Application"
    meta = ET.parse(fake_bundle / "share" / "metainfo" / f"{build.APPSTREAM_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == build.APPSTREAM_ID
    assert meta.findtext("launchable") == "custody.desktop"
    assert [r.get("version") for r in meta.iter("release")][0] == VERSION  # newest release first
    assert {b.text for b in meta.iter("binary")} == {"custody", "custody-verify"}
    assert os.readlink(fake_bundle / "custody-verify") == "custody"
    build.validate_linux_files(fake_bundle, strict=False)  # desktop-file-validate / appstreamcli when installed


def test_install_script_installs_links_menu_entry_and_icons(fake_bundle: Path, tmp_path: Path):
    station = tmp_path / "station"
    env = dict(os.environ, PREFIX=str(station / "opt" / "custody"), BINDIR=str(station / "bin"),
               SHAREDIR=str(station / "share"))
    res = subprocess.run([str(fake_bundle / "install.sh")], env=env, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert subprocess.run([str(station / "bin" / "custody"), "--self-test"], capture_output=True,
                          text=True).stdout == "custody --self-test\n"
    assert (station / "bin" / "custody-verify").resolve() == (station / "opt" / "custody" / "custody").resolve()
    desktop = (station / "share" / "applications" / "custody.desktop").read_text()
    assert f"\nExec={station}/opt/custody/custody\n" in desktop
    assert (station / "share" / "icons" / "hicolor" / "48x48" / "apps" / "custody.png").is_file()
    # Running it again upgrades in place; a prefix that is a system folder is refused.
    assert subprocess.run([str(fake_bundle / "install.sh")], env=env, capture_output=True).returncode == 0
    refused = subprocess.run([str(fake_bundle / "install.sh")], env=dict(env, PREFIX="/usr"), capture_output=True,
                             text=True)
    assert refused.returncode == 1 and "choose a folder of its own" in refused.stderr


def test_windows_installer_script_installs_what_the_spec_builds():
    iss = (ROOT / "installer" / "custody.iss").read_text()
    spec = (ROOT / "installer" / "custody.spec").read_text()
    built = set(re.findall(r'executable\("([a-z-]+)"', spec))
    assert built == {"custody", "custody-cli", "custody-verify"}
    assert 'Source: "{#DistDir}\\*"' in iss and "recursesubdirs" in iss
    for exe in re.findall(r"\{app\}\\([a-z-]+)\.exe", iss):
        assert exe in built
    assert "custody-cli.exe\"\" --self-test" in iss
    build_py = (ROOT / "installer" / "build.py").read_text()
    for define in re.findall(r"#ifndef (\w+)", iss):
        assert f"/D{define}=" in build_py, define
