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


def local_minute_text(local: datetime) -> str:
    """A local date and time as the current language writes it, the date before the time: ISO 8601 in English
    (``2026-11-28 21:03``), the locale's short date otherwise (``28/11/2026 21:03``, Arabic ``28‏/11‏/2026 21:03``
    with Western digits and the marks that keep it in order in right-to-left text). The ledger stays UTC ISO."""
    from PySide6.QtCore import QDate, QLocale

    from custody.ui.language import current_language

    if current_language() == "en":
        return local.strftime("%Y-%m-%d %H:%M")
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:  # a record needs the whole year (Portuguese writes 28/11/26)
        pattern = pattern.replace("yy", "yyyy")
    date = locale.toString(QDate(local.year, local.month, local.day), pattern)
    return f"{date} {local:%H:%M}"


def format_minute(value: datetime | str | None, time_zone: str | None = None) -> str:
    """A ledger time in the station's time zone, as :func:`local_minute_text` writes it."""
    local = to_local(value, time_zone)
    return local_minute_text(local) if local else ""


def format_local_text(text: str | None) -> str:
    """A local time the services already wrote as ``YYYY-MM-DD HH:MM`` (any seconds or zone name after it are
    dropped), as :func:`local_minute_text` writes it; other text unchanged."""
    if not text:
        return ""
    try:
        local = datetime.strptime(text[:16], "%Y-%m-%d %H:%M")
    except ValueError:
        return text
    return local_minute_text(local)


def format_count(n: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(int(n))
