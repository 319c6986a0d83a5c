"""Showing times and numbers the same way everywhere in the UI."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime


def to_local(value: datetime | str | None, time_zone: str | None = None) -> datetime | None:
    """A ledger time (aware datetime or ``YYYY-MM-DDTHH:MM:SS.mmmZ``) in the station's time zone."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    if time_zone:
        try:
            return value.astimezone(zoneinfo.ZoneInfo(time_zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    return value


def format_minute(value: datetime | str | None, time_zone: str | None = None) -> str:
    """``2026-11-28 21:03`` (ISO order reads the same in every language)."""
    local = to_local(value, time_zone)
    return local.strftime("%Y-%m-%d %H:%M") if local else ""


def format_count(n: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(int(n))
