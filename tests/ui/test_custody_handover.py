"""Handover driven by scans: basket, receiver's badge, seal check, the receiver's password, a drawn signature."""

from __future__ import annotations

from PySide6.QtCore import Qt

from custody.services import attachments
from custody.services import custody as custody_svc
from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT, password, sign, signer_dialog


def test_handover_by_scans_with_seal_check_and_signature(qtbot, world, open_window, shown):
    olga = world.user("olga")
    world.user("oscar")
    a, b = world.items("olga", 2, seal=True)  # seals S-100, S-101
    (c,) = world.items("olga", 1)
    window, keys = open_window(olga)
    page = window.show_page("handover")
    before = world.size()

    page.purpose.setFocus()
    for code in (a, b, c):
        keys.scan(code, page.purpose)  # scanned while the cursor is in the purpose field
    qtbot.waitUntil(lambda: page.basket.count() == 3, timeout=TIMEOUT)
    keys.scan(a, page.purpose)  # again, later: already in the basket
    qtbot.waitUntil(lambda: "already in the basket" in page.feedback.text(), timeout=TIMEOUT)
    keys.scan(world.badge("oscar"), page.purpose)
    qtbot.waitUntil(lambda: page.receiver.username() == "oscar", timeout=TIMEOUT)
    assert page.receiver.name.text().startswith("Oscar Mensah")
    assert page.purpose.text() == ""  # no scan landed in the field
    keys.type(page.purpose, "For the laboratory run")

    # The receiver reads the seals: a's is intact, b's number differs.
    keys.type(page.basket.seen_edit(a), "S-100")
    page.basket.intact_box(a).setChecked(True)
    keys.type(page.basket.seen_edit(b), "S-199")
    page.basket.intact_box(b).setChecked(True)
    assert page.memo_needed.isVisibleTo(page) and b in page.memo_needed.text()
    page.confirm_button.click()
    assert "memo" in page.feedback.text()
    keys.type(page.memo, "Seal on bag 2 reads S-199, not S-101.")
    page.signature.add_stroke([(20, 90), (60, 40), (110, 100), (180, 50)])
    assert page.basket.item_ids() == [a, b, c]

    page.confirm_button.click()
    dlg = signer_dialog(qtbot, page, "receiver_dialog")
    keys.type(dlg.password, "not the password")
    keys.key(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.error.isVisibleTo(dlg), timeout=TIMEOUT)
    assert dlg.error.text()  # "The username or password is not correct." (in the user's language)
    assert dlg.isVisible()
    sign(qtbot, keys, page, "receiver_dialog", "oscar")
    qtbot.waitUntil(lambda: bool(page.last_seqs), timeout=TIMEOUT)

    entries = world.entries(before)
    kinds = [(e["kind"], e.get("item")) for e in entries]
    assert ("attachment.added", a) not in kinds  # the signature belongs to the handover itself
    transferred = [e for e in entries if e["kind"] == "custody.transferred"]
    assert [e["item"] for e in transferred] == [a, b, c]
    for e in transferred:
        assert e["signers"] == ["olga", "oscar"]
        assert e["data"]["from"] == "olga" and e["data"]["to"] == "oscar"
        assert e["data"]["purpose"] == "For the laboratory run"
    sig = transferred[0]["data"]["signature_attachment"]
    assert sig and all(e["data"]["signature_attachment"] == sig for e in transferred)  # stored with the transfer
    assert transferred[0]["data"]["seal_intact"] is True and transferred[0]["data"]["seal_number_seen"] == "S-100"
    broken = [e for e in entries if e["kind"] == "seal.broken"]
    assert [e["item"] for e in broken] == [b] and broken[0]["data"]["seal_number_seen"] == "S-199"
    assert transferred[2]["data"].get("seal_intact") is None
    media, png = attachments.get_attachment_data(world.ctx, olga, sig)
    assert media == "image/png" and png.startswith(b"\x89PNG")
    assert custody_svc.item_custody(world.ctx, c).custodian == "oscar"
    assert page.basket.count() == 0 and "handed over to oscar" in page.feedback.text()
    assert not shown.errors
    world.verify()


def test_handover_refusals_are_shown_in_words(qtbot, world, open_window):
    olga = world.user("olga")
    world.user("oscar")
    (mine,) = world.items("olga", 1)
    (his,) = world.items("oscar", 1)
    window, keys = open_window(olga)
    page = window.show_page("handover")
    keys.scan(his, page.scan_box)
    qtbot.waitUntil(lambda: "held by oscar, not by you" in page.feedback.text(), timeout=TIMEOUT)
    keys.scan(world.badge("olga"), page.scan_box)
    qtbot.waitUntil(lambda: "to yourself" in page.feedback.text(), timeout=TIMEOUT)
    keys.scan(mine, page.scan_box)
    qtbot.waitUntil(lambda: page.basket.count() == 1, timeout=TIMEOUT)
    page.confirm_button.click()
    assert "receiving officer" in page.feedback.text()
    # A typed code takes the same path as a scan.
    keys.type(page.receiver.edit, "oscar")
    keys.type(page.purpose, "court")
    page.confirm_button.click()
    sign(qtbot, keys, page, "receiver_dialog", "oscar")
    qtbot.waitUntil(lambda: bool(page.last_seqs), timeout=TIMEOUT)
    assert custody_svc.item_custody(world.ctx, mine).custodian == "oscar"
    assert password("oscar")  # the receiver typed it; nothing stored
    world.verify()
