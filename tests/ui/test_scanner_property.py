"""Property: random interleavings of scans and a person typing in a focused field, across the workflows,
never type a scan into the field, never lose or invent a scanned item, and record exactly the scanned items."""

from __future__ import annotations

import shiboken6
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT, password

HUMAN = "abcxyzABCXYZ0189- ./"
WORKFLOWS = ("handover", "lab", "court")

actions = st.lists(st.one_of(st.tuples(st.just("scan"), st.integers(0, 3)),
                             st.tuples(st.just("type"), st.sampled_from(HUMAN))), min_size=1, max_size=14)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(workflow=st.sampled_from(WORKFLOWS), steps=actions)
def test_scans_and_typing_interleaved(qtbot, world, open_window, workflow, steps):
    cache = test_scans_and_typing_interleaved.__dict__.setdefault("cache", {})
    if cache.get("world") is not world:  # a new test run: a new window
        cora = world.user("cora")
        world.user("oscar")
        cache.clear()
        cache["world"] = world
        cache["window"] = open_window(cora)
    window, keys = cache["window"]
    pool = world.items("cora", 4)
    page = window.show_page(workflow)
    if workflow == "handover":
        basket, field = page.basket, page.purpose
    elif workflow == "lab":
        page.tabs.setCurrentIndex(page.TAB_SEND)
        basket, field = page.send_basket, page.lab_name
    else:
        page.tabs.setCurrentIndex(page.TAB_OUT)
        basket, field = page.out_basket, page.hearing
    field.clear()
    field.setFocus()

    typed, scanned = "", []
    for kind, value in steps:
        if kind == "scan":
            keys.scan(pool[value], field)
            if pool[value] not in scanned:
                scanned.append(pool[value])
        else:
            keys.clock.t += keys.human_gap
            keys.type(field, value)
            typed += value
    keys.clock.t += 1
    keys.scanner.poll()
    qtbot.waitUntil(lambda: not window.ops.busy and basket.count() == len(scanned), timeout=TIMEOUT)

    assert field.text() == typed  # not one scanned character in the field, not one typed character lost
    assert basket.item_ids() == scanned  # every scanned item once, in scan order, nothing else
    if not scanned:
        return

    before = world.size()
    if not field.text().strip():
        field.setText("by hand")
    if workflow == "handover":
        page.receiver.edit.setText("oscar")
        page.confirm_button.click()
        qtbot.waitUntil(lambda: page.dialog is not None and shiboken6.isValid(page.dialog)
                        and page.dialog.isVisible(), timeout=TIMEOUT)
        page.dialog.password.setText(password("oscar"))
        page.dialog.submit()
        kind = "custody.transferred"
    elif workflow == "lab":
        page.request.setPlainText("identify")
        page.send_button.click()
        kind = "lab.submitted"
    else:
        page.court_reference.setText("HC-1")
        page.out_button.click()
        kind = "court.out"
    qtbot.waitUntil(lambda: basket.count() == 0, timeout=TIMEOUT)
    written = [e["item"] for e in world.entries(before) if e["kind"] == kind]
    assert written == scanned  # zero transfers of a wrong item
    assert [e for e in world.entries(before) if e.get("item") and e["item"] not in scanned] == []
    world.verify()
