"""Tests of installer/ (build.py and bundle_rules.py are scripts, loaded here by path)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

INSTALLER = Path(__file__).resolve().parents[2] / "installer"


def load_installer_module(name: str) -> ModuleType:
    """installer/<name>.py as module ``custody_installer_<name>`` (``build`` is also a PyPI package's name)."""
    spec = importlib.util.spec_from_file_location(f"custody_installer_{name}", INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
