"""A station for real-app tests: custody init, two officers and a sealed item (CLI and services)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ADMIN_PW = "correct horse battery staple"
OLGA_PW = "Quartz-harbour 58 lanterns!"  # the officer at the counter (supervisor)
IVAN_PW = "mango;Tiber#2207 ridge"  # the receiver, badge B-1002
CHIEF_PW = "ledger Lantern 8841 wharf"  # chief and amal: every role (every page and dialog)
CHIEF_NAME = "Superintendent Maximilian Alexander Fitzgerald-Montgomery"  # long: the header must elide it
AMAL_NAME = "أمل عبد الرحمن بن سعيد الهاشمي"  # works in Arabic (right to left)
SEAL = "SEAL-0042731"
SERIAL = "SN4C7XK2291Q"
IMEI = "356938035643809"  # a valid (Luhn) 15-digit IMEI


def prepare_station(tmp: Path) -> dict[str, str]:
    """custody init; olga (supervisor, B-1001), ivan (officer, B-1002), chief (every role, B-1003) and amal
    (every role, Arabic, B-1004); a sealed item held by olga and a seizure to add items to. Made through the CLI and the services, as an administrator would."""
    data = tmp / "data"
    pw = tmp / "pw"
    pw.write_text(ADMIN_PW)
    env = {**os.environ, "CUSTODY_DATA_DIR": str(data)}
    subprocess.run([sys.executable, "-m", "custody", "--data-dir", str(data), "init", "--agency",
                    "UN Police Mission", "--station", "DIL", "--item-prefix", "UN-DIL", "--admin", "admin",
                    "--password-file", str(pw)], env=env, check=True, capture_output=True, timeout=180)
    from custody.cli.common import CliState
    from custody.domain.enums import Category, Role
    from custody.services import user_admin
    from custody.services.auth import login
    from custody.services.intake import (
        NewCase,
        NewItem,
        NewSeizure,
        open_case,
        record_seizure,
        register_items,
    )
    from custody.services.users import NewUser

    ctx = CliState(data=str(data)).context()
    try:
        admin = login(ctx, "admin", ADMIN_PW)
        user_admin.add_user(ctx, admin, NewUser("olga", "Olga Petrova", "B-1001", OLGA_PW,
                                                (Role.OFFICER, Role.SUPERVISOR)))
        user_admin.add_user(ctx, admin, NewUser("ivan", "Ivan Sokolov", "B-1002", IVAN_PW, (Role.OFFICER,)))
        every_role = tuple(Role)
        user_admin.add_user(ctx, admin, NewUser("chief", CHIEF_NAME, "B-1003", CHIEF_PW, every_role))
        user_admin.add_user(ctx, admin, NewUser("amal", AMAL_NAME, "B-1004", CHIEF_PW, every_role))
        from custody.services.auth import change_password
        from custody.services.preferences import set_officer_language

        # Each officer has chosen their own password (an administrator's is temporary and asked to be changed
        # at the first sign-in, issue 15).
        for username, pw in (("olga", OLGA_PW), ("ivan", IVAN_PW), ("chief", CHIEF_PW), ("amal", CHIEF_PW)):
            change_password(ctx, login(ctx, username, pw), pw, pw)

        set_officer_language(ctx, login(ctx, "amal", CHIEF_PW), "ar")
        from custody.services.auth import change_password

        # Each officer has chosen their own password (an administrator's one must be changed at sign-in).
        for username, pw in (("olga", OLGA_PW), ("ivan", IVAN_PW), ("chief", CHIEF_PW), ("amal", CHIEF_PW)):
            change_password(ctx, login(ctx, username, pw), pw, pw)
        olga = login(ctx, "olga", OLGA_PW)
        case = open_case(ctx, olga, NewCase("DIL/2026/0042", "drug_trafficking"))
        seizure = record_seizure(ctx, olga, NewSeizure(case.case_number, "2026-11-27 22:15", "Port, quay 4", "olga"))
        (item,) = register_items(ctx, olga, [NewItem(seizure.document_number, Category.OTHER,
                                                     "Carton of cigarettes", sealed=True, seal_number=SEAL)])
        from custody.services.locations import create_location

        room = create_location(ctx, olga, "Evidence room A", "room")
        return {"data": str(data), "item": item.item_id, "seizure": seizure.document_number, "location": room.code}
    finally:
        ctx.engine.dispose()


def go_to(app: Any, key: str) -> None:
    """Click the page's entry in the navigation, as a person would."""
    app.exec(f"main_window().nav.scrollToItem(main_window()._pages[{key!r}].item)")  # as a person scrolls
    x, y = app.eval(f"(lambda w: (lambda p: [p.x(), p.y()])(w.nav.viewport().mapToGlobal("
                    f"w.nav.visualItemRect(w._pages[{key!r}].item).center())))(main_window())")
    app.click_at(x, y)
    app.wait(f"main_window().current_page_key() == {key!r}")
