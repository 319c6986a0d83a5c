"""``custody ledger rebuild``, the tables beyond item state and ledger references (which
:mod:`custody.services.ledger_admin` rebuilds): every table whose content the ledger decides.

- **item values** (``item``: description, quantity, unit, sealed, seal number, biohazard, category fields):
  the ``item.registered`` entry as amended, in ``seq`` order, by every ``item.corrected`` (the same
  :func:`~custody.services.intake.values._apply_correction` an approval uses). Only what the registration states is
  compared (an item registered with fewer keys keeps the others);
- **outside people** (``external_person``): one row per ``person.registered`` (:func:`custody.services.people.person_row`);
- **search index** (``item_search``): the text :func:`custody.services.intake.items.search_body` makes of each item's
  values (after they are rebuilt), its case, seizure and seizing officer.

:func:`derived_differences` returns what differs (a :class:`~custody.ledger.verify.Failure` per table row) and, with
``rebuild=True``, rewrites the rows so that they equal what the ledger says.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from custody.db.models import Case, ExternalPerson, Item, LedgerEntry, Seizure, User
from custody.ledger.canonical import parse_canonical
from custody.ledger.verify import Failure
from custody.services.intake.items import _index_item, search_body
from custody.services.intake.values import _apply_correction, _from_ledger_fields, _from_ledger_value
from custody.services.people import K_PERSON_REGISTERED, person_row

__all__ = ["derived_differences"]

BASE = ("description", "quantity", "unit", "sealed", "seal_number", "biohazard")
_PERSON_COLUMNS = ("ref", "name", "organisation", "role", "id_type", "id_number", "seq", "registered_by",
                   "registered_at")


def _bodies(s: Session, kinds: list[str]) -> list[dict[str, Any]]:
    rows = s.execute(select(LedgerEntry.body).where(LedgerEntry.kind.in_(kinds)).order_by(LedgerEntry.seq))
    return [parse_canonical(bytes(b)) for b in rows.scalars()]


# --- outside people ------------------------------------------------------------------------------------------


def _people(s: Session, rebuild: bool) -> list[Failure]:
    derived = {}
    for body in _bodies(s, [K_PERSON_REGISTERED]):
        row = person_row(body)
        if row is not None:
            derived[row.ref] = row
    stored = {p.ref: p for p in s.execute(select(ExternalPerson)).scalars()}

    def key(p: ExternalPerson | None) -> tuple | None:
        return None if p is None else tuple(getattr(p, c) for c in _PERSON_COLUMNS)

    diffs = [Failure(getattr(derived.get(r) or stored.get(r), "seq", 0),
                     f"outside person {r} differs: stored {key(stored.get(r))}, ledger says {key(derived.get(r))}")
             for r in sorted(set(derived) | set(stored)) if key(derived.get(r)) != key(stored.get(r))]
    if rebuild and diffs:
        s.execute(delete(ExternalPerson))
        s.flush()
        s.add_all(derived.values())
        s.flush()
    return diffs


# --- item values -----------------------------------------------------------------------------------------------


def _derived_values(s: Session) -> dict[str, tuple[int, dict[str, Any], dict[str, Any] | None]]:
    """item_id -> (seq of its latest value entry, base values stated, category fields or None if not stated)."""
    out: dict[str, tuple[int, dict[str, Any], dict[str, Any] | None]] = {}
    categories = dict(s.execute(select(Item.item_id, Item.category)).all())
    for body in _bodies(s, ["item.registered", "item.corrected"]):
        item, data = body.get("item"), body.get("data") or {}
        if not item or item not in categories:
            continue
        if body["kind"] == "item.registered":
            if item in out:
                continue  # an item is registered once; a second one is reported by verification
            values = {k: data[k] for k in BASE if k in data}
            if "seal_number" in values and values["seal_number"] is None:
                values["seal_number"] = ""
            fields = _from_ledger_fields(data["fields"]) if isinstance(data.get("fields"), dict) else None
            out[item] = (body["seq"], values, fields)
            continue
        if item not in out:
            continue
        _, values, fields = out[item]
        name = data.get("field")
        if not isinstance(name, str):
            continue
        f = dict(fields or {})
        _apply_correction(categories[item], values, f, name, _from_ledger_value(name, data.get("new")))
        out[item] = (body["seq"], values, f if (fields is not None or name not in BASE) else None)
    return out


def _fields_json(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


def _item_values(s: Session, rebuild: bool) -> list[Failure]:
    diffs: list[Failure] = []
    derived = _derived_values(s)
    for row in s.execute(select(Item).order_by(Item.id)).scalars():
        if row.item_id not in derived:
            continue
        seq, values, fields = derived[row.item_id]
        wrong = [k for k, v in values.items() if getattr(row, k) != v]
        if fields is not None and row.fields_json != _fields_json(fields):
            wrong.append("fields")
        if not wrong:
            continue
        diffs.append(Failure(seq, f"values of item {row.item_id} differ from the ledger: {', '.join(wrong)}"))
        if rebuild:
            for k, v in values.items():
                setattr(row, k, v)
            if fields is not None:
                row.fields_json = _fields_json(fields)
    if rebuild and diffs:
        s.flush()
    return diffs


# --- search index ----------------------------------------------------------------------------------------------


def _search_bodies(s: Session) -> dict[str, tuple[int, str]]:
    """item_id -> (item row id, the index text) for every item, from the (rebuilt) item values."""
    rows = s.execute(
        select(Item, Seizure, Case.case_number, Case.title, User.full_name)
        .join(Seizure, Item.seizure_id == Seizure.id).join(Case, Seizure.case_id == Case.id)
        .outerjoin(User, User.username == Seizure.seizing_officer)
        .order_by(Item.id)
    ).all()
    parents = dict(s.execute(select(Item.id, Item.item_id)).all())
    out = {}
    for item, z, case_number, title, officer_name in rows:
        out[item.item_id] = (item.id, search_body(
            item_id=item.item_id, category=item.category, description=item.description, case_number=case_number,
            case_title=title, seizure=z.document_number, seal_number=item.seal_number,
            fields=json.loads(item.fields_json or "{}"), officer=z.seizing_officer, officer_name=officer_name or "",
            parent_id=parents.get(item.parent_id) if item.parent_id else None, place=z.place))
    return out


def _search_index(s: Session, rebuild: bool) -> list[Failure]:
    derived = _search_bodies(s)
    sqlite = s.get_bind().dialect.name == "sqlite"
    if sqlite:
        stored = {i: (r, b) for r, i, b in s.execute(text("SELECT rowid, item_id, body FROM item_search")).all()}
    else:
        stored = {i: (derived.get(i, (0, ""))[0], b)
                  for i, b in s.execute(text("SELECT item_id, body FROM item_search")).all()}
    diffs = [Failure(0, f"search index of item {i} differs from its values")
             for i in sorted(set(derived) | set(stored)) if derived.get(i) != stored.get(i)]
    if rebuild and diffs:
        s.execute(text("DELETE FROM item_search"))
        for item_id, (row_id, body) in sorted(derived.items(), key=lambda kv: kv[1][0]):
            _index_item(s, row_id, item_id, body)
    return diffs


def derived_differences(s: Session, *, rebuild: bool) -> list[Failure]:
    """What the tables beyond item state and ledger references say that the ledger does not (and, with
    ``rebuild``, the fix). Item values first: the search index is made from them."""
    return _item_values(s, rebuild) + _people(s, rebuild) + _search_index(s, rebuild)
