"""Shared fixtures for the ledger tests (the synthetic ledger builder lives in ledger_builder.py)."""

from __future__ import annotations

import sys
from pathlib import Path

_SRC = Path(__file__).resolve().parents[2] / "src"
if str(_SRC) not in sys.path:  # allow running from a checkout without installing the package
    sys.path.insert(0, str(_SRC))

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:  # the synthetic ledger builder (ledger_synth.py), whatever pytest's import mode
    sys.path.insert(0, str(_HERE))
