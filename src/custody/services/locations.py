"""Storage locations: a tree (station > room/vault > shelf > bin), each with a barcode ``LOC-NNNNNN-C``.

Creating a location is recorded in the ledger (``location.created``) so that every code printed on a shelf
can be traced to who created it and when.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import Location
from custody.db.uow import unit_of_work
from custody.domain.enums import LocationKind
from custody.domain.errors import FormErrors, NotFound, ValidationError
from custody.domain.i18n import N_
from custody.domain.ids import make_location_code, normalise_code, parse_location_code
from custody.domain.values import clean_text
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.intake.common import allocate
from custody.services.ledger import NewEvent

MAX_DEPTH = 8

MSG_KIND = N_("Locations", "Choose the kind of location.")
MSG_NO_PARENT = N_("Locations", "There is no active location {code} to put this one in.")
MSG_NAME_TAKEN = N_("Locations", "{parent} already has a location named {name}.")
MSG_TOO_DEEP = N_("Locations", "Locations can be nested at most {max} levels deep.")
MSG_FULL = N_("Locations", "All location numbers are used up.")

WHAT_LOCATION = N_("Nouns", "location")


@dataclass(frozen=True)
class LocationDTO:
    code: str
    name: str
    kind: str
    kind_label: str
    parent_code: str | None
    active: bool
    path: tuple[str, ...]  # names from the root down to this location (inclusive)
    depth: int  # 0 for a root

    @property
    def full_name(self) -> str:
        return " › ".join(self.path)


@dataclass(frozen=True)
class LocationNode:
    location: LocationDTO
    children: tuple[LocationNode, ...]


def _kind_label(kind: str) -> str:
    try:
        return LocationKind(kind).label
    except ValueError:
        return kind


def _all(s: Session) -> list[Location]:
    return list(s.execute(select(Location).order_by(Location.id)).scalars())


def _dtos(rows: list[Location]) -> dict[int, LocationDTO]:
    by_id = {r.id: r for r in rows}
    out: dict[int, LocationDTO] = {}

    def build(r: Location, guard: int = 0) -> LocationDTO:
        if r.id in out:
            return out[r.id]
        parent = by_id.get(r.parent_id) if r.parent_id else None
        if parent is not None and guard < 64:
            p = build(parent, guard + 1)
            dto = LocationDTO(r.code, r.name, r.kind, _kind_label(r.kind), p.code, r.active, (*p.path, r.name),
                              p.depth + 1)
        else:
            dto = LocationDTO(r.code, r.name, r.kind, _kind_label(r.kind), None, r.active, (r.name,), 0)
        out[r.id] = dto
        return dto

    for r in rows:
        build(r)
    return out


def get_location_dto(s: Session, code: str) -> LocationDTO | None:
    rows = _all(s)
    for dto in _dtos(rows).values():
        if dto.code == code:
            return dto
    return None


def descendant_codes(s: Session, code: str) -> set[str]:
    """``code`` and the codes of every location below it."""
    rows = _all(s)
    children: dict[int | None, list[Location]] = {}
    start = None
    for r in rows:
        children.setdefault(r.parent_id, []).append(r)
        if r.code == code:
            start = r
    if start is None:
        return {code}
    out, stack = set(), [start]
    while stack:
        r = stack.pop()
        if r.code in out:
            continue
        out.add(r.code)
        stack.extend(children.get(r.id, ()))
    return out


def create_location(ctx: AppContext, session: AuthSession, name: str, kind: LocationKind | str,
                    parent_code: str | None = None) -> LocationDTO:
    """Create a location with the next code ``LOC-NNNNNN-C`` (``location.created``)."""
    authorize(ctx, session, Action.LOCATION_MANAGE)
    errors: dict[str, ValidationError] = {}
    try:
        clean_name = clean_text(name, "name", 200, required=True)
    except ValidationError as exc:
        errors["name"] = exc
        clean_name = ""
    try:
        kind_value = LocationKind(kind).value
    except ValueError:
        errors["kind"] = ValidationError("kind", MSG_KIND)
        kind_value = ""
    parent_norm: str | None = None
    if parent_code and parent_code.strip():
        try:
            parse_location_code(parent_code)
            parent_norm = normalise_code(parent_code)
        except ValidationError as exc:
            errors["parent_code"] = ValidationError("parent_code", exc.template, **exc.params)
    if errors:
        raise FormErrors(errors)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        rows = _all(s)
        dtos = _dtos(rows)
        parent = next((r for r in rows if r.code == parent_norm), None) if parent_norm else None
        if parent_norm and (parent is None or not parent.active):
            raise FormErrors({"parent_code": ValidationError("parent_code", MSG_NO_PARENT, code=parent_norm)})
        if parent is not None and dtos[parent.id].depth + 1 >= MAX_DEPTH:
            raise FormErrors({"parent_code": ValidationError("parent_code", MSG_TOO_DEEP, max=MAX_DEPTH)})
        siblings = [r for r in rows if r.parent_id == (parent.id if parent else None)]
        if any(r.name.casefold() == clean_name.casefold() for r in siblings):
            where = dtos[parent.id].full_name if parent else station.evidence_room
            raise FormErrors({"name": ValidationError("name", MSG_NAME_TAKEN, parent=where, name=clean_name)})
        n = allocate(s, "location")
        if n > 999_999:
            raise FormErrors({"name": ValidationError("name", MSG_FULL)})
        row = Location(code=make_location_code(n), name=clean_name, kind=kind_value,
                       parent_id=parent.id if parent else None, active=True)
        s.add(row)
        s.flush()
        ledger_svc.append(
            s,
            [NewEvent("location.created", data={"code": row.code, "name": row.name, "kind": row.kind,
                                                "parent": parent.code if parent else None})],
            station=station.code, actor=session.username, signers=[session.signer], clock=ctx.clock,
        )
        return _dtos([*rows, row])[row.id]


def list_locations(ctx: AppContext, session: AuthSession, *, include_inactive: bool = False) -> list[LocationDTO]:
    """All locations in tree order (depth first, siblings by name)."""
    authorize(ctx, session, Action.ITEM_VIEW)
    out: list[LocationDTO] = []

    def walk(nodes: tuple[LocationNode, ...]) -> None:
        for n in nodes:
            out.append(n.location)
            walk(n.children)

    walk(location_tree(ctx, session, include_inactive=include_inactive))
    return out


def location_tree(ctx: AppContext, session: AuthSession, *, include_inactive: bool = False
                  ) -> tuple[LocationNode, ...]:
    authorize(ctx, session, Action.ITEM_VIEW)
    with unit_of_work(ctx.engine, read_only=True) as s:
        rows = _all(s)
        dtos = _dtos(rows)
        kids: dict[int | None, list[tuple[str, int]]] = {}
        for r in rows:
            if r.active or include_inactive:
                kids.setdefault(r.parent_id, []).append((r.name.casefold(), r.id))

    def build(parent_id: int | None, depth: int) -> tuple[LocationNode, ...]:
        if depth > 64:
            return ()
        return tuple(LocationNode(dtos[rid], build(rid, depth + 1)) for _, rid in sorted(kids.get(parent_id, ())))

    return build(None, 0)


def get_location(ctx: AppContext, session: AuthSession, code: str) -> LocationDTO:
    authorize(ctx, session, Action.ITEM_VIEW)
    parse_location_code(code)
    with unit_of_work(ctx.engine, read_only=True) as s:
        dto = get_location_dto(s, normalise_code(code))
    if dto is None:
        raise NotFound(WHAT_LOCATION, normalise_code(code))
    return dto
