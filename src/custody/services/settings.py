"""Per-station settings (JSON in ``station.settings_json``) with defaults, and their change log."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import Station
from custody.db.uow import unit_of_work
from custody.domain.errors import FormErrors, ValidationError
from custody.domain.i18n import LANGUAGES, N_
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.context import AppContext

MSG_RANGE = N_("Settings", "Enter a whole number from {low} to {high}.")
MSG_LANGUAGE = N_("Settings", "Custody does not speak the language {language}. Choose English, French, Portuguese, "
                              "Spanish or Arabic.")


@dataclass(frozen=True)
class StationSettings:
    lockout_failures: int = 5  # consecutive wrong passwords before the account locks
    lockout_minutes: int = 10
    idle_lock_minutes: int = 10  # the window locks after this many idle minutes
    label_printer: str = ""
    overdue_lab_days: int = 30
    overdue_court_days: int = 7
    weight_tolerance_mg: int = 50
    weight_tolerance_permille: int = 10  # 1 %
    scanner_max_interval_ms: int = 50
    scanner_min_length: int = 6
    scanner_prefix: str = ""
    scanner_suffix: str = ""
    # the clock may not move forward by more than this under a running app (LEDGER.md 3.1.5, services.clock)
    clock_jump_minutes: int = 10
    # the station's working language: the sign-in screen's and the default of reports and labels (domain.i18n)
    language: str = "en"

    def tolerance_for(self, reference_mg: int) -> int:
        """Weight check: max(absolute tolerance, per mille of the reference rounded up to the milligram)."""
        relative = -(-reference_mg * self.weight_tolerance_permille // 1000)
        return max(self.weight_tolerance_mg, relative)


_RANGES: dict[str, tuple[int, int]] = {
    "lockout_failures": (3, 20),
    "lockout_minutes": (1, 24 * 60),
    "idle_lock_minutes": (1, 240),
    "overdue_lab_days": (1, 3650),
    "overdue_court_days": (1, 3650),
    "weight_tolerance_mg": (0, 10_000_000),
    "weight_tolerance_permille": (0, 1000),
    "scanner_max_interval_ms": (5, 500),
    "scanner_min_length": (3, 64),
    "clock_jump_minutes": (2, 24 * 60),
}


def _from_json(text: str | None) -> StationSettings:
    """The stored settings; a value of the wrong type or out of its range (a hand-edited row) is the default."""
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    values: dict[str, Any] = {}
    for f in fields(StationSettings):
        v = raw.get(f.name)
        if f.name in _RANGES:
            low, high = _RANGES[f.name]
            if isinstance(v, int) and not isinstance(v, bool) and low <= v <= high:
                values[f.name] = v
        elif isinstance(v, str):
            values[f.name] = v
    return replace(StationSettings(), **values)


def load_settings(s: Session, station_code: str) -> StationSettings:
    """The station's settings inside an open unit of work."""
    text = s.execute(select(Station.settings_json).where(Station.code == station_code)).scalar_one_or_none()
    return _from_json(text)


def get_settings(ctx: AppContext) -> StationSettings:
    code = ctx.station().code
    with unit_of_work(ctx.engine, read_only=True) as s:
        return load_settings(s, code)


def validate_changes(changes: dict[str, Any]) -> dict[str, Any]:
    known = {f.name: f for f in fields(StationSettings)}
    errors: dict[str, ValidationError | str] = {}
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in known:
            errors[key] = ValidationError(key, N_("Settings", "Unknown setting."))
            continue
        if key == "language":
            if value not in LANGUAGES:
                errors[key] = ValidationError(key, MSG_LANGUAGE, language=str(value)[:20])
            else:
                clean[key] = value
            continue
        if key in _RANGES:
            low, high = _RANGES[key]
            try:
                number = int(value)
            except (TypeError, ValueError):
                number = None
            if number is None or not low <= number <= high or isinstance(value, float):
                errors[key] = ValidationError(key, MSG_RANGE, low=low, high=high)
                continue
            clean[key] = number
        else:
            clean[key] = str(value).strip()[:200]
    if errors:
        raise FormErrors(errors)
    return clean


def update_settings(ctx: AppContext, session, **changes: Any) -> StationSettings:
    """Change settings (station.configure); the change is a ``station.settings_changed`` entry."""
    from custody.services.auth import authorize

    authorize(ctx, session, Action.STATION_CONFIGURE)
    clean = validate_changes(changes)
    code = ctx.station().code
    with unit_of_work(ctx.engine) as s:
        st = s.get(Station, code)
        assert st is not None
        old = _from_json(st.settings_json)
        new = replace(old, **clean)
        try:
            raw = json.loads(st.settings_json or "{}")
        except ValueError:
            raw = {}
        raw.update(clean)  # keep keys that other modules own
        st.settings_json = json.dumps(raw, sort_keys=True)
        diff = {k: {"old": getattr(old, k), "new": getattr(new, k)} for k in clean if getattr(old, k) != getattr(new, k)}
        if diff:
            ledger_svc.append(
                s,
                [ledger_svc.NewEvent("station.settings_changed", {"station": code, "changes": diff})],
                station=code,
                actor=session.username,
                signers=[session.signer],
                clock=ctx.clock,
            )
    return new
