"""Hatchling build hook: compile the message catalogues (``resources/translations/*.ts``) into the ``.qm`` files
Qt loads and put them in the wheel next to their sources (``custody/_data/resources/translations``).

The ``.qm`` files are never committed; the compiler is Qt's lrelease from PySide6 (a build requirement).
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _translations_module(root: Path):
    path = root / "src" / "custody" / "translations.py"
    spec = importlib.util.spec_from_file_location("_custody_translations_build", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CompileTranslations(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:  # noqa: ARG002 - hatch's signature
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        translations = _translations_module(root)
        self._tmp = tempfile.TemporaryDirectory(prefix="custody-qm-")
        made = translations.compile_all(root / "resources" / "translations", Path(self._tmp.name))
        if not made:
            raise RuntimeError("no message catalogues (resources/translations/custody_*.ts) to compile")
        for qm in made:
            build_data["force_include"][str(qm)] = f"custody/_data/resources/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:  # noqa: ARG002
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()
