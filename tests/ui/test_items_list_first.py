"""What the officer opens comes first (issue 18): the items list opened while the start page is still being read
(at 10^6 items its queries took ~0.5 s, and the list waited behind them) is shown at once; the start page follows."""

from __future__ import annotations

import threading

from custody.domain.enums import Category
from custody.services import intake
from custody.services import start as start_svc
from custody.services.intake import NewCase, NewItem, NewSeizure
from custody.ui.pages.intake import PAGE_ITEMS
from tests.ui.test_intake_support import (  # noqa: F401 - fixtures
    ITEMS,
    TIMEOUT,
    intake_window_fixture,
    team_fixture,
)


def _register_three(ctx, s) -> list[str]:
    intake.open_case(ctx, s, NewCase("DIL/2026/0042", "drug_trafficking", "Operação Maré"))
    z = intake.record_seizure(ctx, s, NewSeizure("DIL/2026/0042", "2026-11-27 22:15", "Porto de Díli", "joao"))
    ids = []
    for cat in (Category.DRUG, Category.FIREARM, Category.VEHICLE):
        desc, _word, values = ITEMS[cat]
        fields = {k: (" ".join(v) if isinstance(v, tuple) else v) for k, v in values.items()}
        ids.append(intake.register_item(ctx, s, NewItem(z.document_number, cat, desc, quantity="3",
                                                        fields=fields)).item_id)
    return ids


def test_items_opened_while_the_start_page_loads_are_listed_first(qtbot, intake_window, team, sqlite_ctx, ops,
                                                                  monkeypatch):
    ctx = sqlite_ctx
    ids = _register_three(ctx, team.custodian)
    release = threading.Event()
    real = start_svc.start_page

    def slow_start_page(*args, **kwargs):  # the start page's queries, still running
        release.wait(TIMEOUT / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(start_svc, "start_page", slow_start_page)
    try:
        window = intake_window(team.custodian)  # opens on the start page, which starts reading
        panel = window.page("home").start
        page = window.show_page(PAGE_ITEMS)
        qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.model.complete, timeout=TIMEOUT)
        assert {r.item_id for r in page.model.rows()} == set(ids)
        assert panel.data is None  # the start page is still being read: the list did not wait for it
    finally:
        release.set()
    qtbot.waitUntil(lambda: panel.data is not None, timeout=TIMEOUT)
    assert panel.my_list.count() == 0  # read while the list is shown: not filled in behind it
    window.show_page("home")
    assert panel.data.my_items_total == 3  # and the start page still shows what it shows, once shown
    assert panel.my_list.count() == 3 and panel.my_caption.text() == "You hold 3 item(s)."


def test_the_start_page_reads_once_after_changes_made_while_it_was_hidden(qtbot, intake_window, team, sqlite_ctx,
                                                                           ops, monkeypatch):
    """Items registered on another page: the start page (and its alerts) is read again when the officer comes back
    to it, once, and shows them; not after every change while the officer works elsewhere. A custodian's alerts are
    read with the start page, not a second time by the alerts panel under it."""
    from custody.services import alerts as alerts_svc

    ctx = sqlite_ctx
    calls, alert_reads = [], []
    real, real_alerts = start_svc.start_page, alerts_svc.alerts
    monkeypatch.setattr(start_svc, "start_page", lambda *a, **k: calls.append(1) or real(*a, **k))
    monkeypatch.setattr(alerts_svc, "alerts", lambda *a, **k: alert_reads.append(1) or real_alerts(*a, **k))
    window = intake_window(team.custodian)
    panel = window.page("home").start
    qtbot.waitUntil(lambda: panel.data is not None and not ops.busy, timeout=TIMEOUT)
    assert panel.data.my_items_total == 0
    assert window.page("home").alerts.alerts is not None
    window.show_page(PAGE_ITEMS)
    read, alerts_read = len(calls), len(alert_reads)
    _register_three(ctx, team.custodian)
    from custody.ui.operations import Change

    for _ in range(3):  # three changes announced while the start page is hidden
        ops.changed.emit(frozenset({Change.LEDGER}))
    qtbot.waitUntil(lambda: not ops.busy, timeout=TIMEOUT)
    assert len(calls) == read and len(alert_reads) == alerts_read
    window.show_page("home")
    qtbot.waitUntil(lambda: panel.data.my_items_total == 3, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not ops.busy, timeout=TIMEOUT)
    assert len(calls) == read + 1 and len(alert_reads) == alerts_read == 0
    unlabelled = {a.item_id for a in window.page("home").alerts.alerts.unlabelled}
    assert len(unlabelled) == 3 and unlabelled == {i.item_id for i in panel.data.my_items}  # shown, not labelled
