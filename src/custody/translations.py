"""Custody's message catalogues without Qt: compile ``.ts`` to ``.qm`` and look texts up in a ``.ts``.

The ``.ts`` files in ``resources/translations`` are the source of truth and the only ones in git. The ``.qm``
files Qt loads are built from them: by the wheel's build hook (``installer/hatch_build.py``), by the bundle build
(``installer/build.py``) and, in a source checkout, once into a cache folder at first use
(:func:`custody.paths.translations_dir`). The compiler is Qt's ``lrelease`` that PySide6 ships.

The Qt-free layers (services filling reports and labels) translate with :func:`translate`, which reads the same
``.ts`` files, so a report in Portuguese uses the words the Portuguese screen shows.

This module must stay loadable on its own (the build hook imports it by file path, without the package).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

DONE_TYPES_SKIPPED = ("unfinished", "obsolete", "vanished")


class CompileError(RuntimeError):
    pass


def lrelease() -> str:
    """Path of Qt's lrelease from the installed PySide6 (the binary in the package, else the console script)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease.exe", "lrelease"):
                candidate = Path(folder) / name
                if candidate.is_file():
                    return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    raise CompileError("Qt's lrelease was not found: install PySide6-Essentials to build the translations")


def catalogue_files(ts_dir: Path) -> list[Path]:
    return sorted(Path(ts_dir).glob("custody_*.ts"))


def compile_all(ts_dir: Path, out_dir: Path) -> list[Path]:
    """Compile every ``custody_<lang>.ts`` of ``ts_dir`` into ``out_dir/custody_<lang>.qm``; return the .qm paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    made = []
    for ts in catalogue_files(ts_dir):
        qm = out_dir / (ts.stem + ".qm")
        res = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if res.returncode != 0 or not qm.is_file():
            raise CompileError(f"lrelease failed on {ts.name}: {res.stderr.strip() or res.stdout.strip()}")
        made.append(qm)
    return made


def _fingerprint(ts_dir: Path) -> str:
    digest = hashlib.sha256()
    for ts in catalogue_files(ts_dir):
        digest.update(ts.name.encode())
        digest.update(ts.read_bytes())
    return digest.hexdigest()[:20]


def cache_root() -> Path:
    env = os.environ.get("CUSTODY_CACHE_DIR")
    if env:
        return Path(env)
    try:
        from platformdirs import user_cache_path

        return user_cache_path("custody", appauthor=False)
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return Path(tempfile.gettempdir()) / "custody-cache"


def compiled_in_cache(ts_dir: Path) -> Path:
    """A cache folder holding the .qm files of ``ts_dir``'s current .ts files (compiled on first use)."""
    target = cache_root() / "translations" / _fingerprint(ts_dir)
    expected = [target / (ts.stem + ".qm") for ts in catalogue_files(ts_dir)]
    if expected and all(p.is_file() for p in expected):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="qm-", dir=target.parent))
    try:
        compile_all(ts_dir, staging)
        try:
            staging.rename(target)
        except OSError:  # another process finished first: theirs is the same
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


# --- reading a .ts ---------------------------------------------------------------------------------------------


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished, non-empty translation of a .ts file."""
    done: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in DONE_TYPES_SKIPPED:
                continue
            forms = [n.text or "" for n in tr.iter("numerusform")]
            text = forms[0] if forms else (tr.text or "")
            if text:
                done[(name, message.findtext("source") or "")] = text
    return done


def _ts_dir() -> Path:
    from custody.paths import resources_dir

    return resources_dir() / "translations"


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """The finished translations of ``language`` (empty for English, the source language, or an unknown one)."""
    path = _ts_dir() / f"custody_{language}.ts"
    return read_ts(path) if language != "en" and path.is_file() else {}


def translate(language: str, context: str, text: str) -> str:
    """``text`` (marked in ``context``) in ``language``; the English text when there is no translation."""
    return catalogue(language).get((context, text), text) if text else text


def translator(language: str):
    """``tr(context, text)`` bound to ``language``."""
    return lambda context, text: translate(language, context, text)


if __name__ == "__main__":  # python src/custody/translations.py OUT_DIR  (compile resources/translations)
    root = Path(__file__).resolve().parents[2]
    for qm in compile_all(root / "resources" / "translations", Path(sys.argv[1])):
        print(qm)
