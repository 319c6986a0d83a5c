"""A realistic demonstration database, built through the real services (so its ledger verifies).

:func:`build_demo` runs :data:`PHASES` in order on a :class:`DemoState`. Each phase is a :class:`DemoPhase`
(name + function of the state); a later issue adds custody phases (check-in, handovers, lab and court trips,
disposals) by appending to the list or passing ``phases=[*PHASES, my_phase]``.

Officers keep real key-derivation parameters (they are real accounts). To stay fast, every officer signs in
once and the demo reuses that session (and its unlocked signer) for the whole run.
"""

from __future__ import annotations

import io
import random
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from PIL import Image, ImageDraw
from sqlalchemy import select

from custody.db.models import User
from custody.db.uow import unit_of_work
from custody.domain.enums import Category, DisposalMethod, LocationKind, OffenceType, Role
from custody.domain.errors import Conflict, CustodyError
from custody.domain.i18n import N_
from custody.security.permissions import Action
from custody.services import custody as custody_svc
from custody.services import disposal as disposal_svc
from custody.services import inventory as inventory_svc
from custody.services import ledger_admin, user_admin
from custody.services.attachments import add_attachment
from custody.services.auth import AuthSession, authorize, login
from custody.services.context import AppContext
from custody.services.custody import SealCheck
from custody.services.disposal import IdentityDocument
from custody.services.intake import (
    CaseDTO,
    ItemDTO,
    NewCase,
    NewItem,
    NewPart,
    NewSeizure,
    SeizureDTO,
    approve_correction_with_signer,
    open_case,
    record_seizure,
    register_items,
    request_correction,
    sample_item,
    split_item,
)
from custody.services.locations import LocationDTO, create_location
from custody.services.setup import SetupRequest, initialize, needs_setup
from custody.services.users import NewUser

DEMO_AGENCY = "UN Police Mission — Demo"
DEMO_STATION = "DEMO"
DEMO_PREFIX = "UN-DMO"
ADMIN_USERNAME = "admin"


@dataclass(frozen=True)
class DemoOfficer:
    username: str
    full_name: str
    roles: tuple[Role, ...]
    rank: str
    unit: str


OFFICERS: tuple[DemoOfficer, ...] = (
    DemoOfficer("joao", "João Conceição", (Role.OFFICER,), "Sergeant", "Criminal Investigation"),
    DemoOfficer("helene", "Hélène Lefèvre", (Role.CUSTODIAN,), "Inspector", "Evidence Room"),
    DemoOfficer("mohammed", "محمد عبد الله", (Role.OFFICER,), "Lieutenant", "Anti-Trafficking"),
    DemoOfficer("ivan", "Иван Петров", (Role.SUPERVISOR,), "Captain", "Evidence Room"),
    DemoOfficer("amara", "Amara Okonkwo", (Role.SUPERVISOR,), "Superintendent", "Station Command"),
    DemoOfficer("sarah", "Sarah Mitchell", (Role.OFFICER,), "Constable", "Environmental Crime"),
    DemoOfficer("ana", "Ana Gonçalves", (Role.CUSTODIAN,), "Sergeant", "Evidence Room"),
)


@dataclass(frozen=True)
class DemoOptions:
    items: int = 200
    seed: int = 1
    admin_password: str | None = None  # required when the database is already set up
    officer_password: str | None = None  # default: generated, printed by the CLI
    photos: bool = True


@dataclass
class DemoState:
    ctx: AppContext
    options: DemoOptions
    rng: random.Random
    admin_password: str = ""
    officer_password: str = ""
    admin: AuthSession | None = None
    sessions: dict[str, AuthSession] = field(default_factory=dict)
    locations: dict[str, LocationDTO] = field(default_factory=dict)
    cases: list[CaseDTO] = field(default_factory=list)
    seizures: list[tuple[SeizureDTO, str]] = field(default_factory=list)  # (seizure, offence type)
    items: list[ItemDTO] = field(default_factory=list)
    photos: int = 0
    corrections: int = 0
    children: int = 0
    created_setup: bool = False
    log: Callable[[str], None] = lambda _m: None

    def session(self, username: str) -> AuthSession:
        return self.sessions[username]

    def with_role(self, role: Role) -> list[AuthSession]:
        return [s for s in self.sessions.values() if role in s.roles]


@dataclass(frozen=True)
class DemoPhase:
    name: str
    run: Callable[[DemoState], None]


@dataclass(frozen=True)
class DemoResult:
    admin_username: str
    admin_password: str
    officer_password: str
    officers: tuple[DemoOfficer, ...]
    created_database: bool
    cases: int
    seizures: int
    items: int
    photos: int
    corrections: int
    children: int
    locations: int
    seconds: float


MSG_ALREADY_DEMO = N_("Demo", "This database already holds the demo data. Nothing was added; to start over, give a "
                             "new database file: custody demo --db NEW.sqlite3")


def _demo_officers_exist(ctx: AppContext) -> bool:
    with unit_of_work(ctx.engine, read_only=True) as s:
        names = {o.username for o in OFFICERS}
        return s.execute(select(User.username).where(User.username.in_(names)).limit(1)).first() is not None


# --- phases ----------------------------------------------------------------------------------------------
def phase_setup(st: DemoState) -> None:
    ctx = st.ctx
    if needs_setup(ctx):
        st.admin_password = st.options.admin_password or ("demo-" + secrets.token_urlsafe(12))
        initialize(ctx, SetupRequest(
            agency=DEMO_AGENCY, station_code=DEMO_STATION, evidence_room="Central evidence room",
            time_zone="Africa/Kinshasa", item_prefix=DEMO_PREFIX, origin=None,
            admin=NewUser(ADMIN_USERNAME, "Amina Diallo", "B-1001", st.admin_password, (Role.ADMIN,),
                          "Chief Inspector", "Administration"),
        ))
        st.created_setup = True
    elif not st.options.admin_password:
        raise CustodyError("This database is already set up: give the administrator password to add demo data.")
    elif _demo_officers_exist(ctx):  # refused before anyone signs in (a sign-in is itself recorded)
        raise CustodyError(MSG_ALREADY_DEMO)
    else:
        st.admin_password = st.options.admin_password
    st.admin = login(ctx, ADMIN_USERNAME, st.admin_password)
    authorize(ctx, st.admin, Action.DEMO_BUILD)


def phase_officers(st: DemoState) -> None:
    assert st.admin is not None
    st.officer_password = st.options.officer_password or ("officer-" + secrets.token_urlsafe(9))
    existing = {u.username for u in user_admin.list_users(st.ctx, st.admin)}
    if existing & {o.username for o in OFFICERS}:
        raise CustodyError(MSG_ALREADY_DEMO)
    badges = {u.badge_number for u in user_admin.list_users(st.ctx, st.admin)}
    n = 2
    for o in OFFICERS:
        if o.username in existing:
            continue
        while f"B-{1000 + n}" in badges:
            n += 1
        badges.add(f"B-{1000 + n}")
        user_admin.add_user(st.ctx, st.admin, NewUser(o.username, o.full_name, f"B-{1000 + n}",
                                                      st.officer_password, o.roles, o.rank, o.unit))
    for o in OFFICERS:  # one sign-in per officer: the unlocked signer is reused for the whole run
        st.sessions[o.username] = login(st.ctx, o.username, st.officer_password)
    st.log(f"{len(OFFICERS)} officers")


def phase_locations(st: DemoState) -> None:
    sup = st.session("ivan")
    ctx = st.ctx

    def mk(key: str, name: str, kind: LocationKind, parent: str | None = None) -> None:
        st.locations[key] = create_location(ctx, sup, name, kind, st.locations[parent].code if parent else None)

    mk("station", "Central Police Station", LocationKind.STATION)
    mk("room", "Evidence room", LocationKind.ROOM, "station")
    mk("vault", "Vault A", LocationKind.VAULT, "room")
    for i in range(1, 5):
        mk(f"shelf{i}", f"Shelf A{i}", LocationKind.SHELF, "vault")
    mk("bin1", "Bin A1-1", LocationKind.BIN, "shelf1")
    mk("drugs", "Drug safe", LocationKind.DRUG_SAFE, "room")
    mk("guns", "Gun locker", LocationKind.GUN_LOCKER, "room")
    mk("temp", "Temporary locker 1", LocationKind.TEMPORARY_LOCKER, "station")
    mk("yard", "Vehicle yard", LocationKind.ROOM, "station")
    mk("lab", "National Forensic Laboratory", LocationKind.LAB)
    mk("court", "High Court, Criminal Division", LocationKind.COURT)
    st.log(f"{len(st.locations)} locations")


_CASE_PLAN: tuple[tuple[OffenceType, str], ...] = (
    (OffenceType.DRUG_TRAFFICKING, "Cocaine shipment at the port — Operation Maré"),
    (OffenceType.ARMS_TRAFFICKING, "Weapons cache in a warehouse — Opération Lumière"),
    (OffenceType.HUMAN_TRAFFICKING, "Forged documents and transport of victims — Операция Рубеж"),
    (OffenceType.NATURAL_RESOURCES, "Illegal logging and charcoal — عملية الغابة"),
    (OffenceType.SMUGGLING, "Smuggled cigarettes and cash at the border"),
)


def phase_cases(st: DemoState) -> None:
    n = max(len(_CASE_PLAN), min(60, st.options.items // 25 + 1))
    year = st.ctx.clock().year
    officers = [st.session(u) for u in ("joao", "mohammed", "sarah")]
    for i in range(n):
        offence, title = _CASE_PLAN[i % len(_CASE_PLAN)]
        who = officers[i % len(officers)]
        suffix = "" if i < len(_CASE_PLAN) else f" ({i // len(_CASE_PLAN) + 1})"
        c = open_case(st.ctx, who, NewCase(
            case_number=f"DEMO/{year}/{i + 1:04d}", offence_type=offence, title=title + suffix,
            agency_ref=f"CID-{year}-{st.rng.randint(100, 9999)}", prosecutor_ref=f"PR {st.rng.randint(10, 999)}/{year}",
            court_ref=f"HC-CR-{st.rng.randint(1, 500)}-{year % 100:02d}" if i % 3 == 0 else "",
        ))
        st.cases.append(c)
        for _ in range(st.rng.randint(1, 2)):
            when = st.ctx.clock() - timedelta(days=st.rng.randint(1, 120), minutes=st.rng.randint(0, 1440))
            seizing = ("joao", "mohammed", "sarah")[st.rng.randrange(3)]
            z = record_seizure(st.ctx, who, NewSeizure(
                case_number=c.case_number, occurred_at=when, place=st.rng.choice(_PLACES),
                seizing_officer=seizing, gps=f"{st.rng.uniform(-9.5, -8.1):.5f}, {st.rng.uniform(124.9, 127.2):.5f}",
                witnesses=st.rng.sample(_WITNESSES, 2), legal_authority=st.rng.choice(_AUTHORITIES),
                received_from=st.rng.choice(_RECEIVED), notes=st.rng.choice(_NOTES),
            ))
            st.seizures.append((z, offence.value))
    st.log(f"{len(st.cases)} cases, {len(st.seizures)} seizures")


def phase_items(st: DemoState) -> None:
    total = st.options.items
    if total <= 0 or not st.seizures:
        return
    per: list[list[NewItem]] = [[] for _ in st.seizures]
    all_categories = list(Category)
    for i in range(total):
        si = i % len(st.seizures)
        seizure, offence = st.seizures[si]
        if i < len(all_categories):
            cat = all_categories[i]  # every category at least once
        else:
            cat = st.rng.choice(_OFFENCE_CATEGORIES[offence])
        per[si].append(_make_item(st.rng, seizure.document_number, cat))
    officers = [st.session(u) for u in ("joao", "mohammed", "sarah", "helene")]
    from custody.services.labels import prepare_item_labels, record_labels_printed

    for si, reqs in enumerate(per):
        officer = officers[si % len(officers)]
        for start in range(0, len(reqs), 200):
            made = register_items(st.ctx, officer, reqs[start:start + 200])
            st.items.extend(made)
            # Labels printed at the intake desk (the samples and parts made later get none: the start page
            # and the Alerts page list them as never labelled).
            job = prepare_item_labels(st.ctx, officer, [i.item_id for i in made])
            record_labels_printed(st.ctx, officer, job, "Label printer, intake desk")
    st.log(f"{len(st.items)} items")


def phase_photos(st: DemoState) -> None:
    if not st.options.photos:
        return
    who = st.session("helene")
    for i, item in enumerate(st.items):
        data, mt, name = _photo(item, st.rng, jpeg=i % 2 == 0)
        add_attachment(st.ctx, who, item.item_id, name, data, mt)
        st.photos += 1
    st.log(f"{st.photos} photos")


def phase_corrections(st: DemoState) -> None:
    if not st.items:
        return
    requester = st.session("joao")
    approver = st.session("ivan")
    for item in st.items[:: max(1, len(st.items) // 3)][:3]:
        req = request_correction(st.ctx, requester, item.item_id, "description",
                                 item.description + " (corrected: colour is dark blue, not black)",
                                 "Colour misread under the station lights at intake")
        approve_correction_with_signer(st.ctx, requester, approver.signer, req)
        st.corrections += 1
    st.log(f"{st.corrections} corrections")


def _holder_signer(st: DemoState, custodian: AuthSession, item_id: str):
    """The holder's countersignature when the custodian samples or splits an item another officer holds."""
    holder = custody_svc.item_custody(st.ctx, item_id).custodian
    return None if holder in (None, custodian.username) else st.session(holder).signer


def phase_splits(st: DemoState) -> None:
    custodian = st.session("helene")
    drugs = [i for i in st.items if i.category == Category.DRUG.value]
    for item in drugs[:2]:
        sample_item(st.ctx, custodian, item.item_id,
                    NewPart(description=f"Sample of {item.item_id} for laboratory analysis, sealed bag",
                            quantity="1", unit="bag", sealed=True, seal_number=f"S-{st.rng.randint(10000, 99999)}",
                            fields={"package_count": 1, "gross_weight_mg": 2_500, "net_weight_mg": 2_000}),
                    reason="Sample for the laboratory", holder=_holder_signer(st, custodian, item.item_id))
        st.children += 1
    others = [i for i in st.items if i.category == Category.OTHER.value]
    if others:
        parent = others[0]
        split_item(st.ctx, custodian, parent.item_id, [
            NewPart(description=f"Part 1 of {parent.item_id}: first carton", quantity="1", unit="carton"),
            NewPart(description=f"Part 2 of {parent.item_id}: second carton", quantity="1", unit="carton"),
        ], reason="Stored separately for space", holder=_holder_signer(st, custodian, parent.item_id))
        st.children += 2
    st.log(f"{st.children} split/sample children")


# --- custody events (the scan-driven workflows) ----------------------------------------------------------


def _seal_checks(st: DemoState, item_ids: Sequence[str]) -> dict[str, SealCheck]:
    checks = {}
    for item_id in item_ids:
        seal = custody_svc.item_custody(st.ctx, item_id).seal_number
        if seal:
            checks[item_id] = SealCheck(intact=True, seal_number_seen=seal)
    return checks


def _store_for(category: str) -> str:
    return {"drug": "drugs", "firearm": "guns", "ammunition": "guns", "explosive": "guns",
            "vehicle": "yard", "currency": "drugs"}.get(category, "shelf1")


def phase_custody(st: DemoState) -> None:
    """Hand every item to the evidence room, store it, and play lab, court, seal, disposal, release and an
    inventory audit on a few, as an evidence room would over some weeks."""
    ctx = st.ctx
    helene = st.session("helene")
    ivan = st.session("ivan")
    counts = dict.fromkeys(("handovers", "stored", "lab", "court", "seals", "disposed", "released", "audited"), 0)
    # 1. Each seizing officer hands their items to the evidence custodian, who stores them.
    live = [i for i in st.items if custody_svc.item_custody(ctx, i.item_id).custodian]
    by_holder: dict[str, list[str]] = {}
    for item in live:
        holder = custody_svc.item_custody(ctx, item.item_id).custodian
        by_holder.setdefault(holder or "", []).append(item.item_id)
    # João keeps two items of his latest seizure for now (his start page lists them): items the later steps
    # below do not use.
    category = {i.item_id: i.category for i in st.items}
    used_later = {Category.DRUG.value, Category.FIREARM.value, Category.OTHER.value, Category.DOCUMENT.value}
    kept = [i for i in by_holder.get("joao", []) if category[i] not in used_later][-2:] if len(st.items) >= 10 else []
    for holder in list(by_holder):
        by_holder[holder] = [i for i in by_holder[holder] if i not in kept]
    for holder, ids in by_holder.items():
        if holder != helene.username and ids:
            for start in range(0, len(ids), 50):
                basket = ids[start:start + 50]
                custody_svc.transfer(ctx, st.session(holder), basket, helene.signer,
                                     "Delivery to the evidence room", _seal_checks(st, basket))
                counts["handovers"] += len(basket)
    by_place: dict[str, list[str]] = {}
    for ids in by_holder.values():
        for item_id in ids:
            by_place.setdefault(_store_for(category[item_id]), []).append(item_id)
    for place, ids in by_place.items():
        for start in range(0, len(ids), 100):
            custody_svc.check_in(ctx, helene, st.locations[place].code, ids[start:start + 100])
            counts["stored"] += len(ids[start:start + 100])
    # 2. Drug samples go to the laboratory (received by a named analyst) and come back weighed.
    from custody.services import people

    analyst = people.register_person(ctx, helene, "Dr Amélia Soares", "National Forensic Laboratory",
                                     "lab_analyst", "Staff card", "NFL-0457")
    clerk = people.register_person(ctx, helene, "Tomás Belo", "High Court, Dili", "court_clerk", "Court ID",
                                   "HC-118")
    drugs = [i for i in st.items if i.category == Category.DRUG.value and i.parent_id is None][:3]
    for n, item in enumerate(drugs):
        custody_svc.lab_submit(ctx, helene, [item.item_id], "National Forensic Laboratory",
                               "Identify the substance and weigh it", f"LAB-2026-{100 + n}",
                               received_by=analyst.ref)
        counts["lab"] += 1
    for n, item in enumerate(drugs[:2]):
        before = custody_svc.item_custody(ctx, item.item_id)
        net = before.net_weight_mg
        result = custody_svc.lab_return(ctx, helene, item.item_id, "Cocaine hydrochloride, purity 78 %",
                                        gross_weight_mg=before.gross_weight_mg,
                                        net_weight_mg=(net - 2_000 * (n + 1) if net else None),
                                        lab_number=f"LAB-2026-{100 + n}", consumed_mg=2_000,
                                        released_by=analyst.ref)
        for d in result.discrepancies:  # a difference the supervisor must explain before anything else
            custody_svc.acknowledge_discrepancy(ctx, ivan, item.item_id, d.seq,
                                                "Laboratory confirms extra consumption for a second test")
        custody_svc.check_in(ctx, helene, st.locations["drugs"].code, [item.item_id])
    # 3. Two weapons go to court and come back.
    guns = [i.item_id for i in st.items if i.category == Category.FIREARM.value][:2]
    if guns:
        custody_svc.check_out(ctx, helene, st.locations["guns"].code, guns, purpose="Hearing")
        custody_svc.court_out(ctx, helene, guns, "Trial hearing, Chamber 2", "HC-CR-2026-0193",
                              received_by=clerk.ref)
        counts["court"] += len(guns)
        custody_svc.court_return(ctx, helene, guns, "HC-CR-2026-0193", "Exhibits returned after the hearing",
                                 released_by=clerk.ref)
        custody_svc.check_in(ctx, helene, st.locations["guns"].code, guns)
    # 4. A seal is broken for an examination and a new one applied.
    sealed = [i for i in st.items if i.sealed and custody_svc.item_custody(ctx, i.item_id).status == "in_storage"]
    if sealed:
        target = sealed[0]
        seal = custody_svc.item_custody(ctx, target.item_id).seal_number or target.seal_number
        custody_svc.break_seal(ctx, helene, target.item_id, seal, "Opened for photographs requested by the prosecutor")
        custody_svc.apply_seal(ctx, helene, target.item_id, f"S-{st.rng.randint(100000, 999999)}")
        counts["seals"] += 1
    # 5. Smuggled cigarettes destroyed by court order, before two witnesses who never held them.
    others = [i.item_id for i in st.items if i.category == Category.OTHER.value and i.parent_id is None][:1]
    if others:
        disposal_svc.authorize_disposal(ctx, ivan, others, DisposalMethod.DESTRUCTION, "High Court",
                                        "Destruction order HC-2026-77")
        _complete_with_clean_witnesses(st, others[0], helene)
        counts["disposed"] += 1
    # 6. A passport released to its holder.
    docs = [i for i in st.items if i.category == Category.DOCUMENT.value][:1]
    for item in docs:
        state = custody_svc.item_custody(ctx, item.item_id)
        if state.status == "in_storage":
            custody_svc.check_out(ctx, helene, state.location_code, [item.item_id], purpose="Release to owner")
        disposal_svc.release_to_owner(ctx, helene, item.item_id, "Maria dos Santos",
                                      IdentityDocument("national identity card", "TL-0458812"),
                                      "Prosecutor's release order PR-2026-12")
        counts["released"] += 1
    # 7. An inventory audit of the drug safe finds everything where the ledger says it is, but one sample:
    #    it stays an alert until a supervisor resolves it.
    audit = inventory_svc.start_audit(ctx, helene, st.locations["drugs"].code)
    expected = list(audit.expected)
    for item_id in expected[:-1] if len(expected) > 2 else expected:
        inventory_svc.audit_scan(audit, item_id)
    inventory_svc.finish_audit(ctx, helene, audit, "Monthly audit of the drug safe")
    counts["audited"] = len(audit.expected)
    # 8. A case is decided: its remaining items become eligible for return to their owners; another is on appeal.
    from custody.services.case_outcome import record_case_outcome

    if st.cases:
        record_case_outcome(ctx, ivan, st.cases[-1].case_number, "acquitted", "return_to_owner",
                            "Judgment HC-2026-311 of 2 December 2026", "Items to be returned to their owners")
    if len(st.cases) > 1:
        record_case_outcome(ctx, ivan, st.cases[0].case_number, "appeal", "", "Appeal lodged 30 November 2026")
    st.log("custody: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def _complete_with_clean_witnesses(st: DemoState, item_id: str, actor: AuthSession) -> None:
    """Two witnesses who never held the item (the service refuses anyone in its history)."""
    candidates = [s for name, s in st.sessions.items() if name != actor.username]
    for a in range(len(candidates)):
        for b in range(a + 1, len(candidates)):
            try:
                disposal_svc.complete_disposal(st.ctx, actor, item_id, [candidates[a].signer, candidates[b].signer],
                                               "Incinerated at the municipal plant, furnace 2",
                                               place="Municipal incineration plant")
                return
            except Conflict:
                continue
    raise Conflict("No two officers who never held {item} are available as witnesses.", item=item_id)


def phase_checkpoint(st: DemoState) -> None:
    try:
        ledger_admin.checkpoint(st.ctx)
    except CustodyError as exc:  # the station key lives on another workstation: not fatal for a demo
        st.log(f"checkpoint skipped: {exc.message}")


PHASES: list[DemoPhase] = [
    DemoPhase("setup", phase_setup),
    DemoPhase("officers", phase_officers),
    DemoPhase("locations", phase_locations),
    DemoPhase("cases", phase_cases),
    DemoPhase("items", phase_items),
    DemoPhase("photos", phase_photos),
    DemoPhase("corrections", phase_corrections),
    DemoPhase("splits", phase_splits),
    DemoPhase("custody", phase_custody),
    DemoPhase("checkpoint", phase_checkpoint),
]


def build_demo(ctx: AppContext, options: DemoOptions = DemoOptions(), *,
               phases: Sequence[DemoPhase] | None = None,
               progress: Callable[[str], None] | None = None) -> DemoResult:
    """Fill ``ctx``'s database with demo data through the real services."""
    t0 = time.perf_counter()
    st = DemoState(ctx=ctx, options=options, rng=random.Random(options.seed))
    if progress:
        st.log = progress
    for phase in phases if phases is not None else PHASES:
        if progress:
            progress(f"{phase.name}…")
        phase.run(st)
    return DemoResult(
        admin_username=ADMIN_USERNAME, admin_password=st.admin_password, officer_password=st.officer_password,
        officers=OFFICERS, created_database=st.created_setup, cases=len(st.cases), seizures=len(st.seizures),
        items=len(st.items), photos=st.photos, corrections=st.corrections, children=st.children,
        locations=len(st.locations), seconds=time.perf_counter() - t0,
    )


# --- plausible data --------------------------------------------------------------------------------------
_PLACES = (
    "Port of Dili, container terminal, bay 4", "Rua de Comoro 17, Dili", "Checkpoint Batugade, border crossing",
    "Warehouse behind the central market, Baucau", "Route nationale 2, km 47, near Maliana",
    "Forest track north of Same village", "Bus station, Becora", "Hotel Timor, room 212",
)
_WITNESSES = ("Maria da Silva", "Jean-Pierre Dubois", "Fatima Al-Hassan", "فاطمة الزهراء", "Ольга Смирнова",
              "Tomás Ximenes", "Noor Rahman", "José Belo")
_AUTHORITIES = ("Search warrant 44/2026, Dili District Court", "Order of the Public Prosecutor PR-118",
                "Flagrante delicto (Criminal Procedure Code art. 219)", "Customs inspection order CI-2026-077")
_RECEIVED = ("", "Customs officer Rui Pereira", "Border police post Batugade", "Forestry inspector Lúcia Soares")
_NOTES = ("", "Suspect present during the search.", "Items photographed in place before removal.",
          "Owner absent; the landlord opened the premises.")

_OFFENCE_CATEGORIES: dict[str, tuple[Category, ...]] = {
    "drug_trafficking": (Category.DRUG, Category.DRUG, Category.DRUG, Category.CURRENCY, Category.ELECTRONIC,
                         Category.VEHICLE),
    "arms_trafficking": (Category.FIREARM, Category.FIREARM, Category.AMMUNITION, Category.EXPLOSIVE,
                         Category.ELECTRONIC, Category.CURRENCY),
    "human_trafficking": (Category.DOCUMENT, Category.DOCUMENT, Category.ELECTRONIC, Category.CURRENCY,
                          Category.VEHICLE),
    "natural_resources": (Category.NATURAL_RESOURCE, Category.NATURAL_RESOURCE, Category.VEHICLE,
                          Category.DOCUMENT, Category.OTHER),
    "smuggling": (Category.OTHER, Category.OTHER, Category.CURRENCY, Category.VEHICLE, Category.DOCUMENT),
}

_COLOURS = ("black", "white", "red", "blue", "green", "grey", "brown", "yellow")


def _imei(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def _vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(rng.choice(alphabet) for _ in range(17))


def _serial(rng: random.Random, prefix: str = "") -> str:
    return prefix + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + str(rng.randint(100000, 999999))


def _make_item(rng: random.Random, seizure: str, cat: Category) -> NewItem:
    colour = rng.choice(_COLOURS)
    sealed = rng.random() < 0.7
    seal = f"SEAL-{rng.randint(100000, 999999)}" if sealed else ""
    base = dict(seizure=seizure, category=cat, sealed=sealed, seal_number=seal)
    match cat:
        case Category.DRUG:
            substance, form = rng.choice((("Cocaine hydrochloride", "powder"), ("Cannabis", "plant"),
                                          ("Methamphetamine", "crystal"), ("Heroin", "powder"),
                                          ("MDMA", "tablet")))
            gross = rng.randint(50_000, 5_000_000)
            return NewItem(**base, description=f"{rng.randint(1, 12)} {colour} taped bricks wrapped in cling film, "
                                               f"marked '{rng.choice(['Ω', 'K7', 'مخدر', 'ЗВЕЗДА', 'Sol'])}'",
                           quantity=str(rng.randint(1, 12)), unit="package", biohazard=rng.random() < 0.2,
                           fields={"suspected_substance": substance, "form": form,
                                   "package_count": rng.randint(1, 12), "gross_weight_mg": gross,
                                   "net_weight_mg": gross - rng.randint(1_000, 40_000),
                                   "field_test": True, "field_test_result": "positive"})
        case Category.FIREARM:
            make, model, calibre, kind = rng.choice((("Glock", "17", "9x19mm", "pistol"),
                                                     ("Kalashnikov", "AKM", "7.62x39mm", "rifle"),
                                                     ("Taurus", "RT85", ".38 Special", "revolver"),
                                                     ("Remington", "870", "12 gauge", "shotgun")))
            return NewItem(**base, description=f"{make} {model} {kind}, {colour} finish, scratches on the left side",
                           fields={"firearm_type": kind, "make": make, "model": model, "calibre": calibre,
                                   "serial_number": _serial(rng), "country_of_manufacture": rng.choice(
                                       ["Austria", "Russia", "Brazil", "USA"]),
                                   "magazine_count": rng.randint(0, 3), "ammunition_count": rng.randint(0, 60),
                                   "rendered_safe": True, "rendered_safe_by": "Иван Петров",
                                   "rendered_safe_at": "2026-01-15 10:30"})
        case Category.AMMUNITION:
            return NewItem(**base, description=f"Cardboard box of cartridges, headstamp visible, {colour} label",
                           quantity="1", unit="box",
                           fields={"ammunition_type": "centrefire", "calibre": rng.choice(["9x19mm", "7.62x39mm"]),
                                   "make": rng.choice(["Sellier & Bellot", "PPU", "Barnaul"]),
                                   "headstamp": rng.choice(["S&B 9mm Luger", "PPU 7.62x39", "539 19"]),
                                   "round_count": rng.randint(10, 500)})
        case Category.EXPLOSIVE:
            return NewItem(**base, description=f"Hand grenade, {colour} body, pin in place, markings partly erased",
                           fields={"explosive_type": "military", "make": "Unknown", "markings": "F1 / 1978",
                                   "unit_count": 1, "rendered_safe": False})
        case Category.CURRENCY:
            cur = rng.choice(["USD", "EUR", "IDR"])
            denoms = {"USD": [(100, 1), (50, 1), (20, 1)], "EUR": [(50, 1), (20, 1)],
                      "IDR": [(100000, 1), (50000, 1)]}[cur]
            rows = [(str(d), rng.randint(1, 80)) for d, _ in denoms]
            return NewItem(**base, description=f"Bundle of {cur} banknotes held by a {colour} rubber band",
                           fields={"currency": cur, "denominations": rows,
                                   "suspected_counterfeit": rng.random() < 0.1})
        case Category.DOCUMENT:
            holder = rng.choice(["Nguyễn Văn An", "Ахмед Исмаилов", "أحمد منصور", "Lúcia Ximenes", "Ivan Horvat"])
            kind = rng.choice(["passport", "identity_card", "visa", "driving_licence"])
            return NewItem(**base, description=f"{kind.replace('_', ' ').capitalize()} in a {colour} cover, "
                                               f"photo page possibly altered",
                           fields={"document_type": kind, "issuing_country": rng.choice(["IDN", "TLS", "BGD", "RUS"]),
                                   "document_number": _serial(rng, "P"), "holder_name": holder})
        case Category.ELECTRONIC:
            make, model = rng.choice((("Samsung", "Galaxy A12"), ("Apple", "iPhone 11"), ("Nokia", "105"),
                                      ("Xiaomi", "Redmi 9")))
            return NewItem(**base, description=f"{make} {model} mobile phone, {colour}, cracked screen",
                           fields={"device_type": "phone", "make": make, "model": model, "imei": _imei(rng),
                                   "serial_number": _serial(rng, "R")})
        case Category.VEHICLE:
            make, model = rng.choice((("Toyota", "Hilux"), ("Mitsubishi", "L200"), ("Honda", "Supra X 125")))
            return NewItem(**base | {"sealed": False, "seal_number": ""},
                           description=f"{colour.capitalize()} {make} {model}, dented rear door, no spare wheel",
                           fields={"make": make, "model": model, "vin": _vin(rng),
                                   "plate": f"{rng.choice(['DL', 'BC', 'ML'])}-{rng.randint(1000, 9999)}",
                                   "colour": colour})
        case Category.NATURAL_RESOURCE:
            kind, species = rng.choice((("timber", "Pterocarpus indicus (red sandalwood)"),
                                        ("charcoal", "Mixed hardwood"), ("mineral", "Manganese ore"),
                                        ("wildlife", "Hawksbill turtle shell")))
            return NewItem(**base, description=f"Load of {species.lower()}, {colour} tarpaulin cover",
                           quantity=str(rng.randint(1, 40)), unit="piece",
                           fields={"resource_kind": kind, "species_or_mineral": species,
                                   "volume": f"{rng.randint(1, 30)}.{rng.randint(0, 999):03d}",
                                   "weight_mg": rng.randint(1, 5000) * 1_000_000,
                                   "origin": rng.choice(["Ermera forest reserve", "Lautém coast", "Mina de Manatuto"])})
    return NewItem(**base, description=f"Carton of {rng.randint(10, 50)} cigarette cartons, brand 'Fortuna', "
                                       f"{colour} tape, tax stamps missing",
                   quantity="1", unit="carton",
                   fields={"estimated_value_minor": rng.randint(1000, 900000), "currency": "USD"})


_CAT_COLOURS = {
    "drug": (230, 230, 230), "firearm": (60, 60, 70), "ammunition": (180, 140, 60), "explosive": (90, 110, 60),
    "currency": (120, 170, 120), "document": (120, 60, 60), "electronic": (40, 40, 40), "vehicle": (200, 200, 210),
    "natural_resource": (130, 90, 50), "other": (200, 170, 120),
}


def _photo(item: ItemDTO, rng: random.Random, *, jpeg: bool) -> tuple[bytes, str, str]:
    """A simple drawn 'photo': the object as a shape on a table, with the item id written on a tag."""
    img = Image.new("RGB", (320, 240), (205, 190, 165))
    d = ImageDraw.Draw(img)
    colour = _CAT_COLOURS.get(item.category, (150, 150, 150))
    x0, y0 = rng.randint(20, 80), rng.randint(30, 70)
    d.rounded_rectangle((x0, y0, x0 + 180, y0 + 110), radius=14, fill=colour, outline=(20, 20, 20), width=2)
    d.rectangle((10, 190, 310, 230), fill=(255, 255, 255), outline=(0, 0, 0))
    d.text((18, 198), item.item_id, fill=(0, 0, 0))
    d.text((18, 214), item.category_label[:40], fill=(60, 60, 60))
    out = io.BytesIO()
    if jpeg:
        img.save(out, format="JPEG", quality=80)
        return out.getvalue(), "image/jpeg", f"{item.item_id}.jpg"
    img.save(out, format="PNG")
    return out.getvalue(), "image/png", f"{item.item_id}.png"
