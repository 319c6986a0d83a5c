"""Alerts at a large station (issue 18, 5): items held too long and items with no label are listed the oldest first
up to ``ALERTS_LISTED``; each kind's caption and the start page give how many there are, and the panel says how many
are not listed. Under the limit the panel lists every one, as before."""

from __future__ import annotations

from custody.services import alerts as alerts_svc
from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT, wait_idle


def test_the_alerts_panel_lists_the_oldest_and_counts_the_rest(qtbot, world, open_window, monkeypatch):
    items = world.items("cora", 3)  # held by the custodian, no label printed
    whole = alerts_svc.alerts(world.ctx, limit=None)
    assert sorted(h.item_id for h in whole.unlabelled) == sorted(items)
    monkeypatch.setattr(alerts_svc, "ALERTS_LISTED", 2)

    window, _keys = open_window(world.user("cora"))
    home = window.page("home")
    qtbot.waitUntil(lambda: home.start.data is not None, timeout=TIMEOUT)
    wait_idle(qtbot, window)
    assert home.start.facts["unlabelled"].text() == "3"  # the start page counts them all
    for panel in (home.alerts, window.show_page("alerts").panel):
        qtbot.waitUntil(lambda p=panel: p.alerts is not None, timeout=TIMEOUT)
        wait_idle(qtbot, window)
        assert panel.item_ids("unlabelled") == [h.item_id for h in whole.unlabelled[:2]]  # the oldest two
        assert panel.captions["unlabelled"].text().endswith("(3)")
        more = panel.more["unlabelled"]
        assert not more.isHidden() and more.text() == "1 more not listed: the 2 oldest are shown."
        assert panel.total.text() == "3 alert(s)"
    page = window.page("alerts")

    monkeypatch.setattr(alerts_svc, "ALERTS_LISTED", 200)  # under the limit: every one, nothing "more"
    panel = page.panel
    panel.refresh()
    qtbot.waitUntil(lambda: len(panel.item_ids("unlabelled")) == 3, timeout=TIMEOUT)
    assert panel.item_ids("unlabelled") == [h.item_id for h in whole.unlabelled]
    assert panel.more["unlabelled"].isHidden() and panel.captions["unlabelled"].text().endswith("(3)")
