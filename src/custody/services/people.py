"""People outside the station: laboratory analysts, court clerks, owners, couriers.

:func:`register_person` writes ``person.registered`` (``data``: ``ref``, ``name``, ``organisation``, ``role``,
``id_type``, ``id_number``), signed by the officer who saw the person's identity document, and adds the row of
the ``external_person`` projection in the same transaction. A laboratory or court trip then names one of them
as the person who received the item (``data.received_by``) and, on the return, who released it
(``data.released_by``): :func:`person_fact` is the ``{ref, name, organisation, id}`` dict those entries carry,
so a report states the person from the entry itself (LEDGER.md 5.1).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from custody.db.models import ExternalPerson
from custody.db.uow import unit_of_work
from custody.domain.errors import FormErrors, NotFound, ValidationError
from custody.domain.i18n import N_
from custody.domain.values import clean_text
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.ledger import NewEvent

__all__ = ["K_PERSON_REGISTERED", "PERSON_ROLES", "PersonDTO", "find_people", "get_person", "person_fact",
           "person_row", "register_person"]

K_PERSON_REGISTERED = "person.registered"
PERSON_ROLES: dict[str, str] = {
    "lab_analyst": N_("People", "Laboratory analyst"),
    "court_clerk": N_("People", "Court clerk"),
    "prosecutor": N_("People", "Prosecutor's office"),
    "owner": N_("People", "Owner"),
    "courier": N_("People", "Courier"),
    "other": N_("People", "Other"),
}
MSG_ROLE = N_("People", "Choose what this person is (laboratory analyst, court clerk, owner, courier, other).")
MSG_UNKNOWN = N_("People", "There is no outside person {ref}: register them first.")
MSG_ID_NEEDED = N_("People", "Give the number of the identity document you saw (staff card, passport, …).")


@dataclass(frozen=True)
class PersonDTO:
    ref: str
    name: str
    organisation: str
    role: str
    id_type: str
    id_number: str
    registered_by: str
    registered_at: str
    seq: int

    @property
    def display(self) -> str:
        extra = ", ".join(x for x in (self.organisation, self.id_number) if x)
        return f"{self.name} ({extra})" if extra else self.name


def _dto(p: ExternalPerson) -> PersonDTO:
    return PersonDTO(p.ref, p.name, p.organisation, p.role, p.id_type, p.id_number, p.registered_by,
                     p.registered_at, p.seq)


def person_row(body: dict[str, Any]) -> ExternalPerson | None:
    """The projection row a ``person.registered`` entry gives (also used by ``ledger rebuild``)."""
    data = body.get("data") or {}
    ref = data.get("ref")
    if body.get("kind") != K_PERSON_REGISTERED or not isinstance(ref, str) or not ref:
        return None
    return ExternalPerson(
        ref=ref, name=str(data.get("name") or ""), organisation=str(data.get("organisation") or ""),
        role=str(data.get("role") or ""), id_type=str(data.get("id_type") or ""),
        id_number=str(data.get("id_number") or ""), seq=body["seq"], registered_by=body["actor"],
        registered_at=body["at"],
    )


def _next_ref(s: Session) -> str:
    n = s.execute(select(func.count()).select_from(ExternalPerson)).scalar_one()
    while True:
        n += 1
        ref = f"EXT-{n:05d}"
        if s.get(ExternalPerson, ref) is None:
            return ref


def register_person(ctx: AppContext, session: AuthSession, name: str, organisation: str, role: str,
                    id_type: str, id_number: str) -> PersonDTO:
    """Register a person outside the station (anyone who hands over or receives items may)."""
    authorize(ctx, session, Action.CUSTODY_TRANSFER)
    errors: dict[str, ValidationError] = {}

    def field(value: str, name_: str, max_len: int, required: bool) -> str:
        try:
            return clean_text(value, field=name_, max_len=max_len, required=required)
        except ValidationError as exc:
            errors[name_] = exc
            return ""

    name = field(name, "name", 200, True)
    organisation = field(organisation, "organisation", 200, True)
    id_type = field(id_type, "id_type", 60, False)
    id_number = field(id_number, "id_number", 60, False)
    if role not in PERSON_ROLES:
        errors["role"] = ValidationError("role", MSG_ROLE)
    if not id_number and "id_number" not in errors:
        errors["id_number"] = ValidationError("id_number", MSG_ID_NEEDED)
    if errors:
        raise FormErrors(errors)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        ref = _next_ref(s)
        appended = ledger_svc.append(s, [NewEvent(K_PERSON_REGISTERED, data={
            "ref": ref, "name": name, "organisation": organisation, "role": role, "id_type": id_type,
            "id_number": id_number,
        })], station=station.code, actor=session.username, signers=[session.signer], clock=ctx.clock)
        row = person_row(ledger_svc.parse_body(appended[0].body))
        assert row is not None
        s.add(row)
        s.flush()
        return _dto(row)


def get_person(s: Session, ref: str) -> ExternalPerson:
    row = s.get(ExternalPerson, (ref or "").strip().upper())
    if row is None:
        raise NotFound(N_("Nouns", "person"), ref or "?", MSG_UNKNOWN, ref=ref or "?")
    return row


def person_fact(p: ExternalPerson) -> dict[str, str]:
    """What a laboratory or court entry says about the person: ``{ref, name, organisation, id}``."""
    ident = " ".join(x for x in (p.id_type, p.id_number) if x)
    return {"ref": p.ref, "name": p.name, "organisation": p.organisation, "id": ident}


def find_people(ctx: AppContext, text: str = "", role: str | None = None, limit: int = 50) -> list[PersonDTO]:
    """People whose name, organisation, reference or identity number contains ``text`` (all if empty)."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        q = select(ExternalPerson).order_by(ExternalPerson.name, ExternalPerson.ref).limit(limit)
        t = (text or "").strip()
        if t:
            like = f"%{t}%"
            q = q.where(or_(ExternalPerson.name.ilike(like), ExternalPerson.organisation.ilike(like),
                            ExternalPerson.ref.ilike(like), ExternalPerson.id_number.ilike(like)))
        if role:
            q = q.where(ExternalPerson.role == role)
        return [_dto(p) for p in s.execute(q).scalars()]
