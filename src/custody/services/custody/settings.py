"""Custody, station settings: weight tolerances and overdue limits (:class:`CustodySettings`,
:func:`get_custody_settings`, :func:`set_custody_settings` -> ``station.settings_changed``), stored in
``station.settings_json`` under the keys that :mod:`custody.services.settings` uses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from custody.db.models import Station
from custody.db.uow import unit_of_work
from custody.domain.errors import FormErrors, NotFound, ValidationError
from custody.domain.i18n import N_
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext, StationDTO
from custody.services.custody.common import K_SETTINGS_CHANGED, MSG_SETTING
from custody.services.ledger import NewEvent


@dataclass(frozen=True)
class CustodySettings:
    """This module's station settings, stored in ``station.settings_json`` under the same keys (and with the
    same ranges) as :class:`custody.services.settings.StationSettings`, so either module can change them."""

    weight_tolerance_mg: int = 50
    weight_tolerance_permille: int = 10  # 10 per mille = 1 %
    overdue_lab_days: int = 30
    overdue_court_days: int = 7

    def tolerance_for(self, reference_mg: int) -> int:
        """max(absolute tolerance, permille of the reference rounded up to the milligram)."""
        relative = -(-reference_mg * self.weight_tolerance_permille // 1000)
        return max(self.weight_tolerance_mg, relative)


SETTING_RANGES: dict[str, tuple[int, int]] = {
    "weight_tolerance_mg": (0, 10_000_000),
    "weight_tolerance_permille": (0, 1000),
    "overdue_lab_days": (1, 3650),
    "overdue_court_days": (1, 3650),
}


def _json_object(text: str | None) -> dict[str, Any]:
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return {}
    return raw if isinstance(raw, dict) else {}


def _settings_from_json(text: str | None) -> CustodySettings:
    raw = _json_object(text)
    values: dict[str, int] = {}
    for key, (low, high) in SETTING_RANGES.items():
        v = raw.get(key)
        if isinstance(v, int) and not isinstance(v, bool) and low <= v <= high:
            values[key] = v
    return replace(CustodySettings(), **values)


def _station_row(s: Session, code: str) -> Station:
    row = s.get(Station, code)
    if row is None:  # pragma: no cover - ctx.station() found it a moment ago
        raise NotFound(N_("Nouns", "station"), code)
    return row


def get_custody_settings(ctx: AppContext) -> CustodySettings:
    """This station's custody settings (defaults for anything not set)."""
    code = ctx.station().code
    with unit_of_work(ctx.engine, read_only=True) as s:
        return _settings_from_json(_station_row(s, code).settings_json)


def load_settings(s: Session, station: StationDTO) -> CustodySettings:
    return _settings_from_json(_station_row(s, station.code).settings_json)


def set_custody_settings(ctx: AppContext, session: AuthSession, settings: CustodySettings) -> CustodySettings:
    """Store new settings for this station (administrators: Action.STATION_CONFIGURE).

    Other keys of ``settings_json`` are kept. A change is recorded as ``station.settings_changed``
    (data: station, changes {key: {old, new}}), as :mod:`custody.services.settings` records it.
    """
    authorize(ctx, session, Action.STATION_CONFIGURE)
    errors: dict[str, ValidationError | str] = {}
    for key, (low, high) in SETTING_RANGES.items():
        v = getattr(settings, key)
        if isinstance(v, bool) or not isinstance(v, int) or not low <= v <= high:
            errors[key] = ValidationError(key, MSG_SETTING, low=low, high=high)
    if errors:
        raise FormErrors(errors)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        row = _station_row(s, station.code)
        current = _json_object(row.settings_json)
        old = _settings_from_json(row.settings_json)
        changes = {
            key: {"old": getattr(old, key), "new": getattr(settings, key)}
            for key in SETTING_RANGES
            if getattr(old, key) != getattr(settings, key)
        }
        current.update({key: getattr(settings, key) for key in SETTING_RANGES})
        row.settings_json = json.dumps(current, sort_keys=True)
        if changes:
            ledger_svc.append(
                s,
                [NewEvent(K_SETTINGS_CHANGED, data={"station": station.code, "changes": changes})],
                station=station.code,
                actor=session.username,
                signers=[session.signer],
                clock=ctx.clock,
            )
        return _settings_from_json(row.settings_json)
