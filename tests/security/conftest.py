"""Make ``custody`` importable from a checkout that is not installed (``src`` layout)."""

import sys
from pathlib import Path

try:
    import custody  # noqa: F401
except ImportError:  # pragma: no cover - depends on how the tests are run
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
