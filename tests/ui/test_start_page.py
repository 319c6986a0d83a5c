"""Issue 15, acceptance 3 and 5: the start page of each role on a demo database shows the counts a query of the
ledger gives, in words (no status, role or kind code on any page)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QPushButton

from custody.db.engine import make_engine
from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.ledger.canonical import parse_canonical
from custody.ledger.entry import format_time, parse_time
from custody.services.auth import login
from custody.services.context import AppContext
from custody.services.start import HELD_DAYS, start_page

FINAL = {"disposed", "released", "written_off", "transferred_out"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[AppContext, Any]:
    from custody.db import migrate
    from custody.services.demo import DemoOptions, build_demo

    tmp: Path = tmp_path_factory.mktemp("demo")
    ctx = AppContext(engine=make_engine(f"sqlite:///{tmp / 'demo.db'}"), data_dir=tmp / "data")
    migrate.upgrade(ctx.engine)
    return ctx, build_demo(ctx, DemoOptions(items=30, seed=7, photos=False))


def ledger_counts(ctx: AppContext, now) -> dict[str, Any]:
    """The start page's numbers, computed from the ledger's entries alone (in seq order)."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        bodies = [parse_canonical(bytes(b)) for b in
                  s.execute(LedgerEntry.__table__.select().with_only_columns(LedgerEntry.body)
                            .order_by(LedgerEntry.seq)).scalars()]
    state: dict[str, list[Any]] = {}  # item -> [status, holder, last at, case]
    last_sent: dict[str, str] = {}
    authorised: dict[str, bool] = {}
    labelled: set[str] = set()
    findings: dict[int, str] = {}
    outcomes: dict[str, str] = {}
    for b in bodies:
        kind, d, item = b["kind"], b.get("data") or {}, b.get("item")
        if kind == "case.outcome_recorded":
            outcomes[d["case_number"]] = d["outcome"]
        if not item:
            continue
        st = state.setdefault(item, ["with_officer", d.get("custodian") or b["actor"], b["at"], b.get("case")])
        st[2] = b["at"]
        if kind in ("custody.transferred", "custody.recovered"):
            st[0], st[1] = "with_officer", d["to"]
        elif kind in ("storage.checked_in", "storage.moved"):
            st[0], st[1] = "in_storage", None
        elif kind in ("storage.checked_out", "lab.returned", "court.returned"):
            st[0], st[1] = "with_officer", d.get("to") or b["actor"]
        elif kind in ("lab.submitted", "court.out"):
            st[0], st[1] = ("at_lab" if kind == "lab.submitted" else "at_court"), None
            last_sent[item] = b["at"]
        elif kind in ("disposal.completed", "item.released"):
            st[0], st[1] = ("disposed" if kind == "disposal.completed" else "released"), None
            authorised[item] = False
        elif kind == "disposal.authorized":
            authorised[item] = True
        elif kind == "label.printed":
            labelled.add(item)
        elif kind == "inventory.missing" or (kind == "inventory.unexpected" and d.get("reason") == "misplaced"):
            findings[b["seq"]] = item
        elif kind == "inventory.resolved":
            for seq in d["alerts"]:
                findings.pop(seq, None)
            if d.get("outcome") == "written_off":
                st[0], st[1] = "written_off", None

    def older(at: str, days: int) -> bool:
        return now - parse_time(at) > timedelta(days=days)

    held = {i: st for i, st in state.items() if st[0] not in FINAL}
    decided = {c for c, o in outcomes.items() if o != "appeal"}
    return {
        "mine": {u: sorted(i for i, st in held.items() if st[0] == "with_officer" and st[1] == u)
                 for u in {st[1] for st in held.values() if st[1]}},
        "lab_overdue": sum(1 for i, st in held.items() if st[0] == "at_lab" and older(last_sent[i], 30)),
        "court_overdue": sum(1 for i, st in held.items() if st[0] == "at_court" and older(last_sent[i], 7)),
        "disposal_pending": sum(1 for i in held if authorised.get(i)),
        "disposal_eligible": sum(1 for i, st in held.items() if st[3] in decided and not authorised.get(i)),
        "audit_findings": len(findings),
        "held_too_long": sum(1 for st in held.values() if st[0] == "with_officer"
                             and format_time(now - timedelta(days=HELD_DAYS)) > st[2]),
        "unlabelled": sum(1 for i, st in held.items() if st[0] in ("with_officer", "in_storage") and i not in labelled),
    }


def test_start_page_counts_equal_a_query_of_the_ledger(demo):
    ctx, result = demo
    now = ctx.clock() + timedelta(days=40)  # far enough for the demo's laboratory trip to be overdue
    expected = ledger_counts(ctx, now)
    assert expected["lab_overdue"] >= 1 and expected["disposal_eligible"] >= 1 and expected["audit_findings"] >= 1
    for o in result.officers:
        session = login(ctx, o.username, result.officer_password)
        page = start_page(ctx, session, now)
        assert sorted(i.item_id for i in page.my_items) == expected["mine"].get(o.username, []), o.username
        if page.backlog is None:
            assert page.role in ("officer", "auditor", "prosecutor")
            continue
        got = {k: getattr(page.backlog, k) for k in expected if k != "mine"}
        assert got == {k: v for k, v in expected.items() if k != "mine"}, o.username
    assert any(expected["mine"].get(o.username) for o in result.officers if o.username == "joao")


SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
DOTTED_KIND = re.compile(r"\b(?:custody|storage|lab|court|seal|item|inventory|disposal|case|person|weight|"
                         r"discrepancy|label|report|user|auth|station|checkpoint|clock|location|attachment)"
                         r"\.[a-z_]+\b")


def widget_texts(root) -> list[str]:
    out = [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root)]
    out += [w.text() for w in root.findChildren(QPushButton) if w.isVisibleTo(root)]
    for lw in root.findChildren(QListWidget):
        out += [lw.item(i).text() for i in range(lw.count())]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or isinstance(view, QListWidget):
            continue
        for r in range(min(model.rowCount(), 200)):
            for c in range(model.columnCount()):
                value = model.index(r, c).data()
                if isinstance(value, str):
                    out.append(value)
    return out


def test_start_pages_in_words_on_the_demo(demo, qtbot, tmp_path):
    from custody.ui.mainwindow import MainWindow
    from custody.ui.operations import Operations

    ctx, result = demo
    ops = Operations(sync=True)
    for username in ("helene", "ivan", "joao"):
        session = login(ctx, username, result.officer_password)
        window = MainWindow(ctx, session, ops, ctx.station())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        home = window.show_page("home")
        panel = home.start
        qtbot.waitUntil(lambda p=panel: p.data is not None, timeout=10_000)
        page = start_page(ctx, session)
        assert panel.my_list.count() == len(page.my_items)
        if page.backlog is not None:
            for key in ("disposal_eligible", "audit_findings", "unlabelled", "disposal_pending"):
                assert panel.facts[key].text() == str(getattr(page.backlog, key))
        for text in widget_texts(home):
            assert not SNAKE.search(text) and not DOTTED_KIND.search(text), (username, text)
        window.close()


def test_no_code_on_any_page_of_the_demo(demo, qtbot):
    """Every page each role can open (and an item page) shows statuses, kinds and roles in words."""
    from custody.ui.mainwindow import MainWindow
    from custody.ui.operations import Operations
    from custody.ui.pages import custody as custody_pages

    assert SNAKE.search("with_officer") and DOTTED_KIND.search("lab.returned")  # the patterns do catch codes
    ctx, result = demo
    ops = Operations(sync=True)
    item = sorted(result_item_ids(ctx))[0]
    for username in ("helene", "ivan", "joao", result.admin_username):
        password = result.admin_password if username == result.admin_username else result.officer_password
        window = MainWindow(ctx, login(ctx, username, password), ops, ctx.station())
        qtbot.addWidget(window)
        if not window.has_page(custody_pages.PAGE_SCANNER):
            custody_pages.register(window)
        window.resize(1366, 768)
        window.show()
        seen = 0
        for key in list(window._pages):
            page = window.show_page(key)
            qtbot.wait(1)
            for text in widget_texts(page):
                seen += 1
                assert not SNAKE.search(text) and not DOTTED_KIND.search(text), (username, key, text)
        if username != result.admin_username:
            window.open_code("item", item)
            qtbot.wait(1)
            for text in widget_texts(window):
                assert not SNAKE.search(text) and not DOTTED_KIND.search(text), (username, "item page", text)
        assert seen > 20
        window.close()


def result_item_ids(ctx) -> list[str]:
    from sqlalchemy import text as sql

    with unit_of_work(ctx.engine, read_only=True) as s:
        return list(s.execute(sql("SELECT item_id FROM item_state WHERE status = 'in_storage'")).scalars())
