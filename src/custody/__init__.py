"""Custody: evidence-room chain of custody with a tamper-evident ledger."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("custody")
except PackageNotFoundError:  # running from a checkout without installation
    __version__ = "0.0.0+checkout"
