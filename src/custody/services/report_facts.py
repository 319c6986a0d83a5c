"""What a custody report states, taken from a verified proof bundle only (LEDGER.md 5.1).

Nothing here reads the item, seizure, case or officer tables: the item's description and fields come from its
``item.registered`` as amended by ``item.corrected``; its seal from the latest ``seal.applied`` / ``seal.broken``
(or the registration); status, custodian and location from its custody events (the same function as the live
projection); the case, seizure, officers' names and locations from the ``case.opened``, ``seizure.recorded``,
``user.created`` and ``location.created`` entries in the bundle. The one thing read from storage is attachment bytes
(photos, drawn signatures), and those are used only when their SHA-256 equals the one their entry records.
"""

from __future__ import annotations

import hashlib
import io
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from custody.domain.categories import field_specs
from custody.domain.enums import Category, EventKind, ItemStatus, OffenceType
from custody.domain.i18n import N_, document_text
from custody.domain.values import format_weight
from custody.ledger.bundle import BundleReport, ProvenEvent
from custody.ledger.entry import parse_time
from custody.reports import model as rm
from custody.services.intake.values import _apply_correction, _from_ledger_fields, display_value
from custody.services.projections import next_state

__all__ = ["Blobs", "ItemFacts", "action_label", "fold_item", "local_time", "report_data"]

#: ``blobs(sha256_hex) -> bytes | None``: stored attachment bytes (checked here against the SHA-256).
Blobs = Callable[[str], "bytes | None"]

MSG_PHOTO_FAILED = N_("Reports", "The photo recorded at entry {seq} is not shown: the stored file does not match the "
                                 "SHA-256 the ledger recorded for it (it was changed or damaged after it was recorded).")
MSG_PHOTO_MISSING = N_("Reports", "The photo recorded at entry {seq} is not shown: the file is missing from the "
                                  "database.")


def action_label(kind: str) -> str:
    """The event's name as printed in the custody table (EventKind's label; the raw kind if unknown)."""
    try:
        return EventKind(kind).label
    except ValueError:
        return kind


def local_time(at: str, tz: str) -> str:
    try:
        zone = zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    dt = parse_time(at).astimezone(zone)
    return dt.strftime("%Y-%m-%d %H:%M:%S ") + (dt.tzname() or tz)


def _label(enum_cls: Any, value: str) -> str:
    try:
        return getattr(enum_cls(value), "label", value)
    except ValueError:
        return value


def _fmt_value(v: Any) -> str:
    if isinstance(v, bool):
        return N_("Reports", "yes") if v else N_("Reports", "no")
    if isinstance(v, dict):
        return ", ".join(f"{k}: {x}" for k, x in v.items())
    if isinstance(v, list):
        return ", ".join(map(str, v))
    return str(v)


# --- people, places and the case, from the bundle's context entries --------------------------------------------


@dataclass
class Context:
    people: dict[str, rm.Person] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    locations: dict[str, str] = field(default_factory=dict)
    cases: dict[str, dict[str, Any]] = field(default_factory=dict)
    seizures: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def of(cls, events: Sequence[ProvenEvent]) -> Context:
        c = cls()
        for e in events:
            d = e.data
            if e.kind == "user.created" and isinstance(d.get("username"), str):
                c.people[d["username"]] = rm.Person(
                    username=d["username"], full_name=str(d.get("full_name") or d["username"]),
                    badge=str(d.get("badge_number") or ""), rank=str(d.get("rank") or ""))
                c.units[d["username"]] = str(d.get("unit") or "")
            elif e.kind == "location.created" and isinstance(d.get("code"), str):
                c.locations[d["code"]] = str(d.get("name") or "")
            elif e.kind == "case.opened" and isinstance(d.get("case_number"), str):
                c.cases[d["case_number"]] = d
            elif e.kind == "seizure.recorded" and isinstance(d.get("document_number"), str):
                c.seizures[d["document_number"]] = d
        return c

    def person(self, username: str | None) -> rm.Person:
        if not username:
            return rm.Person("", "")
        return self.people.get(username) or rm.Person(username=username, full_name=username)

    def name(self, username: str | None) -> str:
        return self.person(username).full_name if username else ""

    def unit(self, username: str | None) -> str:
        return self.units.get(username or "", "")

    def place(self, code: str | None) -> str:
        if not code:
            return ""
        name = self.locations.get(code)
        return f"{name} ({code})" if name else code


# --- one item, folded from its proven entries --------------------------------------------------------------------


@dataclass
class ItemFacts:
    item_id: str
    category: str = ""
    item_number: str = ""
    case_number: str = ""
    seizure: str = ""
    values: dict[str, Any] = field(default_factory=dict)  # description, quantity, unit, sealed, seal_number, ...
    fields: dict[str, Any] = field(default_factory=dict)  # category fields (table form)
    status: str = ""
    custodian: str | None = None
    location: str | None = None
    seal_broken: bool = False
    photos: list[tuple[int, str, str]] = field(default_factory=list)  # (seq, sha256, media type)
    final: ProvenEvent | None = None  # disposal.completed / item.released
    authorization: ProvenEvent | None = None  # the disposal.authorized the final entry refers to
    missing: ProvenEvent | None = None  # inventory.missing not followed by any sighting or custody event
    weights: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # gross/net -> (mg, seq, kind)
    seals: list[tuple[int, str, str]] = field(default_factory=list)  # (seq, kind, seal number)


#: Entries that neither show an item nor move it: they leave an audit's "missing" standing.
_NEUTRAL = frozenset({"report.issued", "label.printed", "attachment.added", "item.corrected", "export.report",
                      "discrepancy.raised", "discrepancy.acknowledged", "disposal.authorized"})


def fold_item(item_id: str, events: Sequence[ProvenEvent]) -> ItemFacts:
    """Everything the ledger says about an item now, from its entries in ``seq`` order."""
    f = ItemFacts(item_id)
    state = None
    for e in events:
        d = e.data
        if e.kind == "item.registered":
            f.category = str(d.get("category") or "")
            f.item_number = str(d.get("item_number") or "")
            f.case_number = str(d.get("case_number") or e.case or "")
            f.seizure = str(d.get("seizure") or "")
            f.values = {k: d.get(k) for k in ("description", "quantity", "unit", "sealed", "seal_number", "biohazard")}
            f.fields = _from_ledger_fields(d.get("fields") or {})
        elif e.kind == "item.corrected" and isinstance(d.get("field"), str) and f.category:
            new = _from_ledger_fields({d["field"]: d.get("new")})[d["field"]]
            _apply_correction(f.category, f.values, f.fields, d["field"], new)
        elif e.kind == "seal.broken":
            f.seals.append((e.seq, e.kind, str(d.get("seal_number") or f.values.get("seal_number") or "")))
            f.values["sealed"] = False
            f.seal_broken = True
        elif e.kind == "seal.applied":
            f.values["sealed"] = True
            f.values["seal_number"] = str(d.get("seal_number") or d.get("new_seal_number") or "")
            f.seals.append((e.seq, e.kind, f.values["seal_number"]))
            f.seal_broken = False
        elif e.kind == "attachment.added" and str(d.get("media_type", "")).startswith("image/"):
            if isinstance(d.get("sha256"), str):
                f.photos.append((e.seq, d["sha256"], str(d["media_type"])))
        elif e.kind in ("disposal.completed", "item.released"):
            f.final = e
        elif e.kind == "disposal.authorized":
            f.authorization = e
        if e.kind == "inventory.missing":
            f.missing = e
        elif e.kind not in _NEUTRAL:
            f.missing = None  # seen again, or moved by someone
        for key in ("gross_weight_mg", "net_weight_mg"):
            value = d.get(key) if e.kind != "item.registered" else (d.get("fields") or {}).get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                f.weights[key] = (value, e.seq, e.kind)
        if e.kind != "report.issued":
            state = next_state(state, {"item": item_id, "kind": e.kind, "data": d, "seq": e.seq, "at": e.at,
                                       "actor": e.actor})
    if state is not None:
        f.status, f.custodian, f.location = state.status, state.custodian, state.location_code
    return f


def checked_blob(blobs: Blobs, sha256: str) -> bytes | None:
    """The stored bytes of an attachment, only if they hash to ``sha256``."""
    data = blobs(sha256)
    if data is None or hashlib.sha256(data).hexdigest() != sha256:
        return None
    return data


def _photo(facts: ItemFacts, blobs: Blobs) -> tuple[bytes | None, str]:
    """The item's first photo as JPEG, or the reason it is not shown."""
    for seq, sha, media_type in facts.photos:
        raw = blobs(sha)
        if raw is None:
            return None, document_text("Reports", MSG_PHOTO_MISSING).format(seq=seq)
        if hashlib.sha256(raw).hexdigest() != sha:
            return None, document_text("Reports", MSG_PHOTO_FAILED).format(seq=seq)
        if media_type == "image/jpeg":
            return raw, ""
        try:
            from PIL import Image

            img = Image.open(io.BytesIO(raw)).convert("RGB")
            out = io.BytesIO()
            img.save(out, "JPEG", quality=85)
            return out.getvalue(), ""
        except Exception:  # noqa: BLE001 - an unreadable image is left out, not fatal
            continue
    return None, ""


# --- rows of the custody table ---------------------------------------------------------------------------------


def external(value: Any) -> str:
    """A person outside the station named in an entry (lab analyst, court clerk, owner): "Name (Organisation, ID)"."""
    if isinstance(value, dict):
        name = str(value.get("name") or "").strip()
        extra = ", ".join(str(value[k]).strip() for k in ("organisation", "id") if str(value.get(k) or "").strip())
        return f"{name} ({extra})" if name and extra else name or extra
    return str(value or "")


def _weight(mg: Any) -> str:
    return format_weight(mg) if isinstance(mg, int) and not isinstance(mg, bool) else ""


def _note(e: ProvenEvent) -> str:
    data, kind = e.data, e.kind
    parts: list[str] = []
    weights = [f"{label} {_weight(data[key])}" for key, label in
               (("gross_weight_mg", N_("Reports", "gross")), ("net_weight_mg", N_("Reports", "net")))
               if _weight(data.get(key))]
    if weights:
        parts.append(", ".join(weights))
    if kind == "discrepancy.raised":
        for d in data.get("differences") or ():
            if isinstance(d, dict):
                parts.append(N_("Reports", "{field}: expected {expected}, found {found}, difference {diff}").format(
                    field=N_("Reports", "gross") if d.get("field") == "gross_weight_mg" else N_("Reports", "net"),
                    expected=_weight(d.get("expected_mg")), found=_weight(d.get("found_mg")),
                    diff=_weight(d.get("difference_mg"))))
    if kind in ("item.split", "item.sampled") and data.get("children"):
        parts.append(N_("Reports", "New items: {ids}").format(ids=", ".join(map(str, data["children"]))))
    if kind == "discrepancy.acknowledged" and data.get("discrepancy_seq"):
        parts.append(N_("Reports", "Accepts the discrepancy of entry #{seq}").format(seq=data["discrepancy_seq"]))
    for key in ("lab_number", "court_reference", "order_reference"):
        if data.get(key):
            label = {"lab_number": N_("Reports", "Lab number"), "court_reference": N_("Reports", "Court reference"),
                     "order_reference": N_("Reports", "Order")}[key]
            parts.append(f"{label} {data[key]}")
    return "; ".join(parts)


def _row(e: ProvenEvent, ctx: Context, tz: str, blobs: Blobs) -> rm.CustodyRow:
    kind, data, actor = e.kind, e.data, e.actor
    released = received = location = seal = ""

    def who(username: Any) -> str:
        return ctx.person(username).display if isinstance(username, str) and username else ""

    if kind == "item.registered":
        released = data.get("received_from", "") or who(data.get("seizing_officer"))
        received = who(data.get("custodian") or actor)
    elif kind in ("custody.transferred", "custody.recovered"):
        released, received = who(data.get("from") or actor), who(data.get("to"))
    elif kind in ("storage.checked_in", "storage.moved"):
        released = who(data.get("from") or actor)
        location = ctx.place(data.get("location") or data.get("to_location"))
    elif kind == "storage.checked_out":
        location = ctx.place(data.get("location") or data.get("from_location"))
        received = who(data.get("to") or actor)
    elif kind in ("lab.submitted", "court.out"):
        released = who(data.get("from") or actor)
        received = external(data.get("received_by")) or str(
            data.get("lab_name") or data.get("lab") or data.get("court") or data.get("hearing") or "")
        location = ctx.place(data.get("from_location"))
    elif kind in ("lab.returned", "court.returned"):
        released = external(data.get("released_by")) or str(data.get("lab_name") or "")
        received = who(data.get("to") or actor)
    elif kind == "item.released":
        released = who(data.get("from") or actor)
        received = str(data.get("owner_name") or "")
    elif kind in ("inventory.seen", "inventory.missing", "inventory.unexpected"):
        released = who(actor)
        location = ctx.place(data.get("found_location") or data.get("location") or data.get("recorded_location"))
    else:
        released = who(actor)
    purpose = str(data.get("purpose") or data.get("request") or data.get("results") or data.get("reason")
                  or data.get("memo") or data.get("hearing") or data.get("details") or "")
    if "seal_intact" in data:
        seen = data.get("seal_number_seen") or ""
        seal = (N_("Reports", "Intact") if data["seal_intact"] else N_("Reports", "Broken")) + (f", {seen}" if seen else "")
    elif kind in ("seal.applied", "seal.broken"):
        seal = f"{action_label(kind)}: {data.get('seal_number') or data.get('new_seal_number') or ''}"
    sig_sha = data.get("signature_attachment")
    return rm.CustodyRow(
        seq=e.seq,
        at_local=local_time(e.at, tz),
        action_label=action_label(kind),
        released_by=released,
        received_by=received,
        purpose=purpose[:500],
        location=str(location),
        seal_state=seal,
        signatures=tuple(ctx.person(u).display if u != "@station" else N_("Reports", "the station")
                         for u in e.signers),
        signature_image_png=checked_blob(blobs, sig_sha) if isinstance(sig_sha, str) else None,
        entry_hash_hex=e.entry_hash_hex,
        corrects_seq=data.get("corrects_seq") if kind == "item.corrected" else None,
        note=_note(e)[:400],
    )


def _disposition(facts: ItemFacts, ctx: Context, tz: str) -> rm.Disposition | None:
    fe = facts.final
    if fe is None:
        return None
    d = fe.data
    auth = facts.authorization
    authority: list[tuple[str, str]] = []
    if auth is not None:
        who = ctx.person(auth.actor)
        role = N_("Reports", "supervisor")
        authority += [(N_("Reports", "Authorised by"), f"{who.display}, {role}"),
                      (N_("Reports", "Date"), local_time(auth.at, tz))]
    authority += [(label, str(d.get(key) or (auth.data.get(key) if auth else "") or ""))
                  for key, label in (("order_reference", N_("Reports", "Order reference")),
                                     ("authority", N_("Reports", "Legal authority")))]
    actor = ctx.person(fe.actor)
    if fe.kind == "item.released":
        doc = d.get("identity_document") or {}
        ident = " ".join(str(doc.get(k) or "") for k in ("type", "number")).strip() if isinstance(doc, dict) else ""
        action = [(N_("Reports", "Released to"), str(d.get("owner_name") or "")),
                  (N_("Reports", "Identity document"), ident),
                  (N_("Reports", "Date"), local_time(fe.at, tz)),
                  (N_("Reports", "Released by"), actor.display),
                  (N_("Reports", "Remarks"), str(d.get("memo") or ""))]
        return rm.Disposition(N_("Reports", "Released to the owner"), tuple(a for a in authority if a[1]),
                              tuple(a for a in action if a[1]))
    method = str(d.get("method") or "")
    try:
        from custody.domain.enums import DisposalMethod

        method = DisposalMethod(method).label
    except ValueError:
        pass
    action = [(N_("Reports", "Method"), method), (N_("Reports", "Place"), str(d.get("place") or "")),
              (N_("Reports", "Date"), local_time(fe.at, tz)), (N_("Reports", "Carried out by"), actor.display),
              (N_("Reports", "Details"), str(d.get("details") or "")), (N_("Reports", "Remarks"), str(d.get("memo") or ""))]
    statement = N_("Reports", "I witnessed the disposal ({method}) of this item on {date}, as recorded above, and "
                              "I never held this item.").format(method=method, date=local_time(fe.at, tz))
    witnesses = tuple(
        rm.Witness(name=ctx.person(w).display, organisation=ctx.unit(w), statement=statement,
                   signed=N_("Reports", "Signed in the ledger, entry #{seq}").format(seq=fe.seq)
                   if w in fe.signers else "")
        for w in d.get("witnesses") or () if isinstance(w, str))
    return rm.Disposition(N_("Reports", "Disposal"), tuple(a for a in authority if a[1]),
                          tuple(a for a in action if a[1]), witnesses)


def _seal_history(facts: ItemFacts) -> str:
    return "; ".join(
        (N_("Reports", "seal {number} broken (entry #{seq})") if kind == "seal.broken"
         else N_("Reports", "seal {number} applied (entry #{seq})")).format(number=number or "—", seq=seq)
        for seq, kind, number in facts.seals)


def _weights(facts: ItemFacts) -> str:
    parts = []
    for key, label in (("gross_weight_mg", N_("Reports", "gross")), ("net_weight_mg", N_("Reports", "net"))):
        if key in facts.weights:
            mg, seq, kind = facts.weights[key]
            parts.append(N_("Reports", "{label} {weight} ({what}, entry #{seq})").format(
                label=label, weight=format_weight(mg), what=action_label(kind).lower(), seq=seq))
    return "; ".join(parts)


def _status(facts: ItemFacts, tz: str) -> str:
    if facts.missing is not None:
        return N_("Reports", "MISSING: not found at the inventory audit of {date} (entry #{seq})").format(
            date=local_time(facts.missing.at, tz), seq=facts.missing.seq)
    return _label(ItemStatus, facts.status) if facts.status else ""


def _shown_value(category: str, spec: Any, fields: dict[str, Any]) -> str:
    text = display_value(category, spec.name, fields[spec.name], fields)
    return document_text(None, text) if spec.type in ("choice", "bool") else text


def _item(facts: ItemFacts, events: Sequence[ProvenEvent], ctx: Context, tz: str,
          blobs: Blobs) -> rm.ItemWithHistory:
    rows = tuple(_row(e, ctx, tz, blobs) for e in events)
    reg_seq = next((e.seq for e in events if e.kind == "item.registered"), None)
    corrections = tuple(
        rm.Correction(
            seq=e.seq, field_label=str(e.data.get("field_label") or e.data.get("field", "")),
            old=_fmt_value(e.data.get("old")), new=_fmt_value(e.data.get("new")), reason=str(e.data.get("reason", "")),
            requested_by=ctx.person(e.data.get("requested_by") or e.actor).display,
            approved_by=ctx.person(e.data.get("approved_by")).display, at=local_time(e.at, tz),
            corrects_seq=e.data.get("corrects_seq") or reg_seq,
        )
        for e in events if e.kind == "item.corrected"
    )
    try:
        specs = field_specs(facts.category)
    except (ValueError, KeyError):
        specs = ()
    known = {s.name for s in specs}
    fields = facts.fields
    # In form order, formatted as on the item page (weights in g/kg, money with its currency, choices).
    # Field names and choices in the document's language; typed values as entered.
    field_rows = tuple(
        (document_text("Categories", s.label), _shown_value(facts.category, s, fields))
        for s in specs if fields.get(s.name) not in (None, "", {}, [])
    ) + tuple((k, _fmt_value(v)) for k, v in fields.items() if k not in known and v not in (None, "", {}, []))
    photo, photo_problem = _photo(facts, blobs)
    v = facts.values
    seizure = ctx.seizures.get(facts.seizure, {})
    group = N_("Reports", "Seizure {number}: {date}, {place}").format(
        number=facts.seizure, place=str(seizure.get("place") or ""),
        date=local_time(seizure["occurred_at"], tz) if isinstance(seizure.get("occurred_at"), str) else "")
    info = rm.ItemInfo(
        item_id=facts.item_id, item_number=facts.item_number, category_label=_label(Category, facts.category),
        description=str(v.get("description") or ""), quantity=str(v.get("quantity") or ""),
        unit=str(v.get("unit") or ""), sealed=bool(v.get("sealed")), seal_number=str(v.get("seal_number") or ""),
        fields=field_rows, photo_jpeg=photo, photo_problem=photo_problem,
        disposition=_disposition(facts, ctx, tz), status_label=_status(facts, tz),
        custodian=ctx.person(facts.custodian).display if facts.custodian else "",
        location=ctx.place(facts.location), weights=_weights(facts), seal_history=_seal_history(facts),
        group=group,
    )
    return rm.ItemWithHistory(item=info, rows=rows, corrections=corrections)


def report_data(proof: BundleReport, item_ids: Sequence[str], *, station: rm.StationInfo, key_name: str,
                note: str, report_id: str, title: str, issued_by: str, generated_at: str,
                blobs: Blobs) -> rm.CustodyReportData:
    """The report's DTOs from a verified bundle (``proof``), items in ``item_ids`` order."""
    ctx = Context.of(proof.context)
    tz = station.time_zone
    folded = {i: fold_item(i, proof.items[i]) for i in item_ids}
    first = folded[item_ids[0]]
    case = ctx.cases.get(first.case_number, {})
    seizure = ctx.seizures.get(first.seizure, {})
    case_info = rm.CaseInfo(
        case_number=first.case_number,
        offence_label=_label(OffenceType, str(case.get("offence_type") or "")) if case else "",
        agency_ref=str(case.get("agency_ref") or ""), prosecutor_ref=str(case.get("prosecutor_ref") or ""),
        court_ref=str(case.get("court_ref") or ""),
    )
    seizure_info = rm.SeizureInfo(
        document_number=first.seizure,
        occurred_at=local_time(seizure["occurred_at"], tz) if isinstance(seizure.get("occurred_at"), str) else "",
        place=str(seizure.get("place") or ""),
        seizing_officer=ctx.person(seizure.get("seizing_officer")),
        witnesses=tuple(str(w) for w in seizure.get("witnesses") or ()),
        legal_authority=str(seizure.get("legal_authority") or ""),
        received_from=str(seizure.get("received_from") or ""),
    )
    histories = tuple(_item(folded[i], proof.items[i], ctx, tz, blobs) for i in item_ids)
    assert proof.checkpoint is not None
    return rm.CustodyReportData(
        station=station, case=case_info, seizure=seizure_info, items=histories,
        integrity=rm.IntegrityInfo(
            checkpoint_note=note, checkpoint_size=proof.checkpoint.size, root_hex=proof.checkpoint.root.hex(),
            station_key_name=key_name, verifier_key=station.verifier_key, report_id=report_id,
            certificate_sha256=next((str(e.data.get("sha256", "")) for e in reversed(proof.context)
                                     if e.kind == "station.certificate_registered"
                                     and e.station == station.station_code), ""),
        ),
        generated_at=generated_at,
        generated_by=ctx.person(issued_by),
        title=title,
        custodian=ctx.person(issued_by),
    )
