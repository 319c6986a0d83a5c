"""Custody: evidence-room chain of custody with a tamper-evident ledger."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__`` is read from the installed metadata when first asked for (importlib.metadata costs a tenth
    of a second at every start otherwise; issue 18: start-up)."""
    if name != "__version__":
        raise AttributeError(f"module 'custody' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("custody")
    except PackageNotFoundError:  # running from a checkout without installation
        value = "0.0.0+checkout"
    globals()["__version__"] = value
    return value
