"""GUI of transfers (issue 19, acceptance 4): the receiving officer sees what a package proves before accepting it;
a package that fails shows its reasons and cannot be received; sending writes a package that verifies."""

from __future__ import annotations

import os
from pathlib import Path

from custody.services import custody as custody_svc
from custody.services import transfer
from custody.verifier import verify_package_bytes
from tests.conftest import make_context, setup_request
from tests.transfer.conftest import Station, seed_items
from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT

SHOT_DIR = os.environ.get("CUSTODY_SCREENSHOT_DIR")


def _lab_package(tmp_path: Path, clock) -> tuple[Station, list[str], bytes]:
    """A package from another station (the national laboratory, its own database and data folder)."""
    from custody.services.setup import initialize

    ctx = make_context("sqlite:///" + str(tmp_path / "lab.sqlite3"), tmp_path / "lab-data", clock)
    initialize(ctx, setup_request(station_code="LAB", item_prefix="NFL", agency="National Forensic Laboratory",
                                  evidence_room="Laboratory intake"))
    lab = Station(ctx, clock)
    items = seed_items(lab)
    out = transfer.transfer_out(ctx, lab.user("cora"), items, transfer.Receiver(
        "UN Police, Dili district", "Olga Petrova", "UNPOL", "B-10"), purpose="results and exhibits returned")
    return lab, items, out.package


def _shot(window, name: str) -> None:
    window.resize(1366, 768)
    path = Path(SHOT_DIR or "/tmp") / name
    window.grab().save(str(path))


def test_receive_shows_what_the_package_proves_before_accepting(qtbot, world, open_window, tmp_path, clock):
    from custody.ui import transfer_page

    lab, items, package = _lab_package(tmp_path, clock)
    olga = world.user("olga")
    window, _ = open_window(olga)
    if not window.has_page(transfer_page.PAGE_IN):
        transfer_page.register(window)
    window.resize(1366, 768)
    page = window.show_page(transfer_page.PAGE_IN)
    before = world.size()

    page.load(package, "from-lab.custody")  # the laboratory's key is not trusted here
    qtbot.waitUntil(lambda: page.check is not None, timeout=TIMEOUT)
    assert not page.check.ok and "REFUSED" in page.verdict.text()
    assert "not one you trust" in page.reasons.toPlainText() and page.reasons.isVisibleTo(page)
    assert not page.tree.isVisibleTo(page)
    assert not page.accept_button.isEnabled()
    _shot(window, "i19-transfer-in-refused.png")

    page.extra_key.setText(lab.key)  # the key the laboratory published, confirmed by telephone
    page.load(package, "from-lab.custody")
    qtbot.waitUntil(lambda: page.check is not None, timeout=TIMEOUT)
    assert page.check.ok, page.check.failures
    assert "VERIFIED" in page.verdict.text() and "National Forensic Laboratory" in page.verdict.text()
    assert page.tree.topLevelItemCount() == 3
    first = page.tree.topLevelItem(0)
    assert items[0] in first.text(0) and "White powder, bag 1" in first.text(0)
    events = [first.child(n).text(0) for n in range(first.childCount())]
    assert "Item registered" in events and "Handed to another station or agency" in events
    assert all(first.child(n).text(3) == lab.ctx.station().origin for n in range(first.childCount()))
    assert world.size() == before  # nothing recorded by looking
    _shot(window, "i19-transfer-in.png")

    page.accept_button.click()
    qtbot.waitUntil(lambda: page.received is not None, timeout=TIMEOUT)
    kinds = [(e["kind"], e["item"], e["actor"]) for e in world.entries(before)]
    assert [k for k in kinds if k[0] == "custody.transferred_in"] == [
        ("custody.transferred_in", i, "olga") for i in sorted(items)]
    assert custody_svc.item_custody(world.ctx, items[0]).custodian == "olga"
    assert "Received 3 item(s)" in page.feedback.text()
    world.verify()

    # and back again: the send page writes a package the laboratory can check
    out = window.show_page(transfer_page.PAGE_OUT)
    for item in items:
        out.scan_item(item)
    qtbot.waitUntil(lambda: out.basket.count() == 3, timeout=TIMEOUT)
    out.confirm_button.click()
    assert "receiving agency" in out.feedback.text()  # the agency is named first
    out.agency.setText("National Forensic Laboratory")
    out.receiver_name.setText("Lena Example")
    out.receiver_org.setText("NFL")
    out.receiver_id.setText("NFL-778")
    out.signature.add_stroke([(20, 90), (60, 40), (110, 100), (180, 50)])
    out.feedback.clear(out)
    _shot(window, "i19-transfer-out.png")
    target = tmp_path / "back-to-lab.custody"
    out.choose_path = lambda: str(target)
    out.confirm_button.click()
    qtbot.waitUntil(lambda: out.last is not None or "Nothing" in out.feedback.text(), timeout=TIMEOUT)
    assert out.last is not None, out.feedback.text()
    rep = verify_package_bytes(target.read_bytes(), [world.ctx.station().verifier_key, lab.key])
    assert rep.ok, rep.failures
    sent = [e for e in world.entries(before) if e["kind"] == "custody.transferred_out"]
    assert len(sent) == 3 and sent[0]["data"]["receiver"]["name"] == "Lena Example"
    assert sent[0]["data"]["receiver_signature"]  # the drawn signature travels in the package
    lab.ctx.engine.dispose()
