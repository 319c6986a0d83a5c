"""Fixtures for intake tests: officers with each role, a case with a seizure, one item of every category."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from custody.domain.enums import Category, Role
from custody.services.auth import AuthSession, login
from custody.services.intake import NewCase, NewItem, NewSeizure, open_case, record_seizure
from custody.services.user_admin import add_user
from custody.services.users import NewUser

PASSWORD = "evidence-room-2026"

OFFICERS = {
    "joao": ("João Conceição", (Role.OFFICER,)),
    "helene": ("Hélène Lefèvre", (Role.CUSTODIAN,)),
    "ivan": ("Иван Петров", (Role.SUPERVISOR,)),
    "olga": ("Ольга Смирнова", (Role.SUPERVISOR,)),
    "mohammed": ("محمد عبد الله", (Role.OFFICER,)),
    "audrey": ("Audrey Martin", (Role.AUDITOR,)),
}


@dataclass
class Team:
    admin: AuthSession
    officer: AuthSession  # joao
    custodian: AuthSession  # helene
    supervisor: AuthSession  # ivan
    supervisor2: AuthSession  # olga
    arabic: AuthSession  # mohammed
    auditor: AuthSession


@pytest.fixture
def team(ctx, admin_session) -> Team:
    sessions = {}
    for i, (username, (name, roles)) in enumerate(OFFICERS.items(), start=2):
        add_user(ctx, admin_session, NewUser(username, name, f"B-{1000 + i}", PASSWORD, roles))
        sessions[username] = login(ctx, username, PASSWORD)
    return Team(admin_session, sessions["joao"], sessions["helene"], sessions["ivan"], sessions["olga"],
                sessions["mohammed"], sessions["audrey"])


@pytest.fixture
def case_and_seizure(ctx, team):
    case = open_case(ctx, team.officer, NewCase("DIL/2026/0042", "drug_trafficking", "Operação Maré",
                                                "CID-2026-17", "PR 12/2026", "HC-CR-7-26"))
    seizure = record_seizure(ctx, team.officer, NewSeizure(
        case_number=case.case_number, occurred_at="2026-11-27 22:15", place="Porto de Díli, cais 4",
        seizing_officer="mohammed", gps="-8.5536, 125.5783", witnesses=["Maria da Silva", "فاطمة الزهراء"],
        legal_authority="Mandado de busca 44/2026", received_from="", notes="Suspect present.",
    ))
    return case, seizure


def item_fields(cat: Category) -> tuple[str, dict[str, Any]]:
    """(description, category fields) for one plausible item of ``cat``."""
    match cat:
        case Category.DRUG:
            return ("Three white taped bricks wrapped in cling film, marked with a star",
                    {"suspected_substance": "Cocaine hydrochloride", "form": "powder", "package_count": 3,
                     "gross_weight_mg": "3.2 kg", "net_weight_mg": "3000 g", "field_test": "yes",
                     "field_test_result": "positive"})
        case Category.FIREARM:
            return ("Black Glock 17 pistol with scratched slide",
                    {"firearm_type": "pistol", "make": "Glock", "model": "17", "calibre": "9x19mm",
                     "serial_number": "bkz123", "rendered_safe": True, "rendered_safe_by": "Иван Петров",
                     "rendered_safe_at": "2026-11-27 23:00"})
        case Category.AMMUNITION:
            return ("Green cardboard box of cartridges", {"calibre": "7.62x39mm", "round_count": 120,
                                                         "headstamp": "539 19"})
        case Category.EXPLOSIVE:
            return ("Olive hand grenade with pin in place", {"explosive_type": "military", "markings": "F1 / 1978"})
        case Category.CURRENCY:
            return ("Bundle of banknotes held by a red rubber band",
                    {"currency": "USD", "denominations": [("100", 12), ("20", 5)]})
        case Category.DOCUMENT:
            return ("Паспорт в синей обложке, страница с фотографией переклеена",
                    {"document_type": "passport", "issuing_country": "RUS", "document_number": "P7734521",
                     "holder_name": "Ахмед Исмаилов"})
        case Category.ELECTRONIC:
            return ("هاتف محمول سامسونج أسود بشاشة مكسورة",
                    {"device_type": "phone", "make": "Samsung", "model": "Galaxy A12", "imei": "490154203237518"})
        case Category.VEHICLE:
            return ("White Toyota Hilux pick-up, dented rear door",
                    {"make": "Toyota", "model": "Hilux", "vin": "JTFDE626X00123456", "plate": "dl-4521"})
        case Category.NATURAL_RESOURCE:
            return ("Pile of red sandalwood logs (bois de santal rouge), bark removed",
                    {"resource_kind": "timber", "species_or_mineral": "Pterocarpus indicus", "volume": "2.5",
                     "weight_mg": "1800 kg", "origin": "Floresta de Ermera"})
        case Category.OTHER:
            return ("Carton of Fortuna cigarettes, tax stamps missing, Hélène's initials on the tape",
                    {"estimated_value_minor": "1250.00", "currency": "USD"})
    raise AssertionError(cat)


def new_item(seizure: str, cat: Category, **over: Any) -> NewItem:
    desc, fields = item_fields(cat)
    kw: dict[str, Any] = dict(seizure=seizure, category=cat, description=desc, quantity="1", unit="item",
                              sealed=True, seal_number=f"S-{cat.value[:4].upper()}-1", biohazard=cat is Category.DRUG,
                              fields=fields)
    kw.update(over)
    return NewItem(**kw)
