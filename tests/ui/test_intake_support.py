"""Shared fixtures and helpers of the intake GUI tests (imported by the test_intake_* modules; no tests here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from custody.domain.enums import Category, Role
from custody.services.auth import AuthSession, login
from custody.services.user_admin import add_user
from custody.services.users import NewUser

TIMEOUT = 30_000
PASSWORD = "evidence-room-2026"


@dataclass
class Team:
    officer: AuthSession  # joao: officer only
    custodian: AuthSession  # helene
    supervisor: AuthSession  # ivan
    supervisor2: AuthSession  # olga


@pytest.fixture(name="team")
def team_fixture(sqlite_ctx, admin) -> Team:
    people = {"joao": ("João Conceição", Role.OFFICER), "helene": ("Hélène Lefèvre", Role.CUSTODIAN),
              "ivan": ("Ivan Petrov", Role.SUPERVISOR), "olga": ("Olga Smirnova", Role.SUPERVISOR)}
    sessions = {}
    for i, (username, (name, role)) in enumerate(people.items(), start=2):
        add_user(sqlite_ctx, admin, NewUser(username, name, f"B-{i:04d}", PASSWORD, (role,)))
        sessions[username] = login(sqlite_ctx, username, PASSWORD)
    return Team(sessions["joao"], sessions["helene"], sessions["ivan"], sessions["olga"])


@pytest.fixture(name="intake_window")
def intake_window_fixture(make_window, monkeypatch):
    """A main window with the intake pages registered (as REGISTRARS will list them)."""
    from custody.ui import pages
    from custody.ui.pages import intake

    monkeypatch.setattr(pages, "REGISTRARS", [intake.register])

    def make(session, **kw):
        return make_window(session, **kw)

    return make


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def idle(qtbot, ops) -> None:
    qtbot.waitUntil(lambda: not ops.busy, timeout=TIMEOUT)


def child(widget: QWidget, cls: type, name: str) -> Any:
    found = widget.findChild(cls, name)
    assert found is not None, name
    return found


def make_png(path: Path, colour: tuple[int, int, int] = (200, 30, 30), size: tuple[int, int] = (640, 480)) -> Path:
    from PIL import Image

    Image.new("RGB", size, colour).save(path, format="PNG")
    return path


# What an officer types for one item of each category: (description, search word, {field: value}).
# Values: str for text/choice data/counts; ("3.2", "kg") for weights; [(value, count), ...] for cash; bool for boxes.
ITEMS: dict[Category, tuple[str, str, dict[str, Any]]] = {
    Category.DRUG: ("Three white taped bricks wrapped in cling film, marked with a star", "bricks",
                    {"suspected_substance": "Cocaine hydrochloride", "form": "powder", "package_count": "3",
                     "gross_weight_mg": ("3.2", "kg"), "net_weight_mg": ("3000", "g"), "field_test": True,
                     "field_test_result": "positive"}),
    Category.FIREARM: ("Black pistol with a scratched slide", "scratched",
                       {"firearm_type": "pistol", "make": "Glock", "model": "17", "calibre": "9x19mm",
                        "serial_number": "bkz123", "rendered_safe": True, "rendered_safe_by": "Ivan Petrov",
                        "rendered_safe_at": "2026-11-27 23:00"}),
    Category.AMMUNITION: ("Green cardboard box of cartridges", "cardboard",
                          {"calibre": "7.62x39mm", "round_count": "120", "headstamp": "539 19"}),
    Category.EXPLOSIVE: ("Olive hand grenade with the pin in place", "grenade",
                         {"explosive_type": "military", "markings": "F1 / 1978"}),
    Category.CURRENCY: ("Bundle of banknotes held by a red rubber band", "banknotes",
                        {"currency": "USD", "denominations": [("100", "12"), ("20", "5")]}),
    Category.DOCUMENT: ("Паспорт в синей обложке, страница с фотографией переклеена", "обложке",
                        {"document_type": "passport", "issuing_country": "RUS", "document_number": "P7734521",
                         "holder_name": "Ахмед Исмаилов"}),
    Category.ELECTRONIC: ("هاتف محمول سامسونج أسود بشاشة مكسورة", "مكسورة",
                          {"device_type": "phone", "make": "Samsung", "model": "Galaxy A12",
                           "imei": "490154203237518"}),
    Category.VEHICLE: ("White pick-up truck with a dented rear door", "dented",
                       {"make": "Toyota", "model": "Hilux", "vin": "JTFDE626X00123456", "plate": "dl-4521"}),
    Category.NATURAL_RESOURCE: ("Pile of red sandalwood logs, bark removed", "sandalwood",
                                {"resource_kind": "timber", "species_or_mineral": "Pterocarpus indicus",
                                 "volume": "2.5", "weight_mg": ("1800", "kg"), "origin": "Floresta de Ermera"}),
    Category.OTHER: ("Carton of cigarettes, tax stamps missing", "cigarettes",
                     {"estimated_value_minor": "1250.00", "currency": "USD"}),
}

# What the item page shows for some of those values afterwards.
SHOWN = {
    Category.DRUG: {"gross_weight_mg": "3.2 kg", "net_weight_mg": "3 kg", "form": "Powder",
                    "field_test_result": "Positive", "suspected_substance": "Cocaine hydrochloride"},
    Category.FIREARM: {"serial_number": "BKZ123", "make": "Glock", "firearm_type": "Pistol"},
    Category.AMMUNITION: {"round_count": "120", "calibre": "7.62x39mm"},
    Category.EXPLOSIVE: {"explosive_type": "Military explosive or munition"},
    Category.CURRENCY: {"currency": "USD", "total_minor": "1300.00 USD"},
    Category.DOCUMENT: {"document_number": "P7734521", "holder_name": "Ахмед Исмаилов"},
    Category.ELECTRONIC: {"imei": "490154203237518", "make": "Samsung"},
    Category.VEHICLE: {"vin": "JTFDE626X00123456", "plate": "DL-4521"},
    Category.NATURAL_RESOURCE: {"weight_mg": "1800 kg", "volume": "2.5"},
    Category.OTHER: {"currency": "USD"},
}


def fill_category_fields(form, values: dict[str, Any]) -> None:
    """Type the values into the category part of an ItemForm, widget by widget."""
    from custody.ui.pages.intake_editors import (
        BoolEditor,
        ChoiceEditor,
        DenominationsEditor,
        TextEditor,
        WeightEditor,
    )

    fields = form.category_fields
    assert fields is not None
    for name, value in values.items():
        ed = fields.editors[name]
        if isinstance(ed, ChoiceEditor):
            i = ed.combo.findData(value)
            assert i > 0, (name, value)
            ed.combo.setCurrentIndex(i)
        elif isinstance(ed, BoolEditor):
            ed.box.setChecked(value)
        elif isinstance(ed, WeightEditor):
            number, unit = value
            ed.number.setText(number)
            ed.unit.setCurrentIndex(ed.unit.findData(unit))
        elif isinstance(ed, DenominationsEditor):
            for i, (amount, count) in enumerate(value):
                if i >= len(ed.rows):
                    ed.add_button.click()
                ed.rows[i][0].setText(amount)
                ed.rows[i][1].setText(count)
        else:
            assert isinstance(ed, TextEditor)
            ed.set_value(value)
