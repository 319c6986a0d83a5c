"""Barcode labels for items, locations and officers' badge cards, and the ``label.printed`` record.

Rendering and recording are two steps: the caller renders, prints or saves, and only then records
``label.printed`` (one entry per item, with how many times its label was printed before), so a failed
print never claims a label exists.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select

from custody.db.models import Case, Item, LedgerEntry, Location, Seizure, Station, User
from custody.db.uow import unit_of_work
from custody.domain.enums import Category
from custody.domain.errors import NotFound, ValidationError
from custody.domain.i18n import N_, document_language
from custody.reports import labels as lbl
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services import trusted
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.ledger import NewEvent
from custody.services.preferences import document_translator
from custody.services.users import badge_code

Format = Literal["pdf", "zpl"]

MSG_NO_ITEMS = N_("Labels", "Choose at least one item.")
MSG_TEMPLATE = N_("Labels", "Unknown label template {name}. Choose one of: {names}.")
MSG_ZPL = N_("Labels", "The template {name} is for sheet or Brother printers; ZPL is only for Zebra templates.")


@dataclass(frozen=True)
class LabelJob:
    data: bytes
    fmt: Format
    template: str
    item_ids: tuple[str, ...]
    count: int


def _check_template(template: str, fmt: Format) -> None:
    infos = {t.name: t for t in lbl.list_templates()}
    if template not in infos:
        raise ValidationError("template", MSG_TEMPLATE, name=template, names=", ".join(sorted(infos)))
    if fmt == "zpl" and not infos[template].zpl:
        raise ValidationError("template", MSG_ZPL, name=template)


def _render(labels: Sequence[lbl.AnyLabel], template: str, fmt: Format, start_position: int) -> bytes:
    if fmt == "zpl":
        return lbl.render_labels_zpl(labels, template).encode("utf-8")
    return lbl.render_labels_pdf(labels, template, start_position=start_position)


def _category_label(value: str) -> str:
    try:
        return Category(value).label
    except ValueError:
        return value


def prepare_item_labels(ctx: AppContext, session: AuthSession, item_ids: Sequence[str], template: str | None = None,
                        fmt: Format = "pdf", *, start_position: int = 1, language: str | None = None) -> LabelJob:
    """Render the labels of ``item_ids`` (nothing is recorded yet), their words (the category) in ``language``
    (default: the station's); ids, case numbers and descriptions as entered."""
    authorize(ctx, session, Action.LABEL_PRINT)
    tr = document_translator(ctx, language)
    ids = [i.strip().upper() for i in item_ids if i and i.strip()]
    if not ids:
        raise ValidationError("items", MSG_NO_ITEMS)
    template = template or ctx.station().label_template
    _check_template(template, fmt)
    with unit_of_work(ctx.engine, read_only=True) as s:
        rows = {
            it.item_id: (it, sz, cs)
            for it, sz, cs in s.execute(
                select(Item, Seizure, Case).join(Seizure, Item.seizure_id == Seizure.id)
                .join(Case, Seizure.case_id == Case.id).where(Item.item_id.in_(ids))
            )
        }
        labels = []
        for i in ids:
            if i not in rows:
                raise NotFound(N_("Nouns", "item"), i)
            it, sz, cs = rows[i]
            with document_language(tr):
                category = _category_label(it.category)
            labels.append(lbl.ItemLabel(it.item_id, cs.case_number, category, sz.occurred_at[:10], it.description))
    return LabelJob(_render(labels, template, fmt, start_position), fmt, template, tuple(ids), len(labels))


def record_labels_printed(ctx: AppContext, session: AuthSession, job: LabelJob, destination: str) -> list[int]:
    """One ``label.printed`` entry per item, with its reprint count; returns the seqs."""
    authorize(ctx, session, Action.LABEL_PRINT)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        trusted.verify_since(ctx, s, station)  # never record a label over a ledger that fails (LEDGER.md 5.1)
        # two queries per 500 items, not two per item: the reprint counts through the (item, kind, seq) index
        ids = list(dict.fromkeys(job.item_ids))
        before: dict[str, int] = {}
        cases: dict[str, str] = {}
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            before.update(s.execute(
                select(LedgerEntry.item, func.count())
                .where(LedgerEntry.item.in_(chunk), LedgerEntry.kind == "label.printed")
                .group_by(LedgerEntry.item)
            ).all())
            cases.update(s.execute(
                select(Item.item_id, Case.case_number).join(Seizure, Seizure.id == Item.seizure_id)
                .join(Case, Case.id == Seizure.case_id).where(Item.item_id.in_(chunk))
            ).all())
        events = [NewEvent("label.printed", {
            "template": job.template, "format": job.fmt, "reprint": before.get(i, 0), "destination": destination[:200],
        }, item=i, case=cases.get(i)) for i in job.item_ids]
        out = ledger_svc.append(s, events, station=station.code, actor=session.username,
                                signers=[session.signer], clock=ctx.clock)
    return [a.seq for a in out]


def location_labels(ctx: AppContext, session: AuthSession, codes: Sequence[str], template: str | None = None,
                    fmt: Format = "pdf") -> LabelJob:
    authorize(ctx, session, Action.LOCATION_MANAGE)
    template = template or ctx.station().label_template
    _check_template(template, fmt)
    with unit_of_work(ctx.engine, read_only=True) as s:
        all_locs = {loc.id: loc for loc in s.execute(select(Location)).scalars()}
    by_code = {loc.code: loc for loc in all_locs.values()}
    labels = []
    for code in codes:
        loc = by_code.get(code.strip().upper())
        if loc is None:
            raise NotFound(N_("Nouns", "location"), code)
        path, cur = [], loc
        while cur is not None:
            path.append(cur.name)
            cur = all_locs.get(cur.parent_id) if cur.parent_id else None
        labels.append(lbl.LocationLabel(loc.code, loc.name, " › ".join(reversed(path))))
    return LabelJob(_render(labels, template, fmt, 1), fmt, template, (), len(labels))


def badge_cards(ctx: AppContext, session: AuthSession, usernames: Sequence[str], template: str | None = None,
                fmt: Format = "pdf") -> LabelJob:
    """Officers' badge cards with their ``OFF-`` barcode (scanned to identify the receiving officer)."""
    authorize(ctx, session, Action.USER_MANAGE)
    template = template or ctx.station().label_template
    _check_template(template, fmt)
    labels = []
    with unit_of_work(ctx.engine, read_only=True) as s:
        for name in usernames:
            user = s.execute(select(User).where(User.username == name.strip().lower())).scalar_one_or_none()
            if user is None:
                raise NotFound(N_("Nouns", "officer"), name)
            labels.append(lbl.BadgeLabel(badge_code(user.id), user.full_name, user.rank, user.unit))
    return LabelJob(_render(labels, template, fmt, 1), fmt, template, (), len(labels))


def reprint_count(ctx: AppContext, item_id: str) -> int:
    with unit_of_work(ctx.engine, read_only=True) as s:
        return s.execute(
            select(func.count()).select_from(LedgerEntry)
            .where(LedgerEntry.item == item_id, LedgerEntry.kind == "label.printed")
        ).scalar_one()


__all__ = ["LabelJob", "prepare_item_labels", "record_labels_printed", "location_labels", "badge_cards",
           "reprint_count", "json"]


def set_station_template(ctx: AppContext, session: AuthSession, template: str) -> str:
    """Choose the label template this station prints on by default (station.configure)."""
    authorize(ctx, session, Action.STATION_CONFIGURE)
    _check_template(template, "pdf")
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        row = s.get(Station, station.code)
        assert row is not None
        old = row.label_template
        if old == template:
            return template
        row.label_template = template
        ledger_svc.append(
            s, [NewEvent("station.settings_changed",
                         {"station": station.code, "changes": {"label_template": {"old": old, "new": template}}})],
            station=station.code, actor=session.username, signers=[session.signer], clock=ctx.clock,
        )
    return template
