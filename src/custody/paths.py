"""The one place that knows where Custody's shipped folders live.

``migrations/`` and ``resources/`` sit at the top of the checkout. The wheel carries them as
``custody/_data/migrations`` and ``custody/_data/resources`` (hatch force-include), and the frozen
PyInstaller bundle carries them at the top of ``sys._MEIPASS``. Everything else asks this module.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PKG_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        found.append(Path(meipass) / name)
    found.append(_PKG_DIR / "_data" / name)  # installed wheel
    found.append(_PKG_DIR.parent.parent / name)  # checkout: src/custody -> repo root
    return found


@cache
def shipped_dir(name: str) -> Path:
    """Return the shipped folder ``name`` ("migrations" or "resources")."""
    for path in _candidates(name):
        if path.is_dir():
            return path
    tried = ", ".join(str(p) for p in _candidates(name))
    raise FileNotFoundError(f"Custody is incomplete: the folder '{name}' was not found (looked in {tried})")


def migrations_dir() -> Path:
    return shipped_dir("migrations")


def resources_dir() -> Path:
    return shipped_dir("resources")


def translations_dir() -> Path:
    """Folder of the compiled catalogues ``custody_<lang>.qm`` that Qt loads.

    The wheel and the bundle ship them next to their ``.ts`` sources (built by their build steps); a source
    checkout has only the ``.ts`` (``.qm`` are never committed), so they are compiled once into the cache folder
    (``CUSTODY_CACHE_DIR`` or the user cache), keyed by the .ts contents: an edited .ts is recompiled.
    """
    shipped = resources_dir() / "translations"
    sources = sorted(shipped.glob("custody_*.ts"))
    if all(ts.with_suffix(".qm").is_file() for ts in sources):
        return shipped
    from custody.translations import compiled_in_cache

    return compiled_in_cache(shipped)


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``; raises FileNotFoundError if it is missing."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Custody is incomplete: missing resource {'/'.join(parts)}")
    return path
