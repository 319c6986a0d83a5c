"""At the receiving station the items are ordinary items: found by their ids (another station's prefix), by the
words of their description, and their reports state and prove the sender's history (issue 19)."""

from __future__ import annotations

from custody.services import intake, reports, search, transfer
from custody.services.transfer import Receiver
from custody.verifier import verify_pdf
from tests.transfer.conftest import seed_items


def test_received_items_are_found_and_reported_with_the_senders_history(stations, tmp_path):
    a, b = stations
    items = seed_items(a)
    out = transfer.transfer_out(a.ctx, a.user("cora"), items, Receiver("National Forensic Laboratory", "Lena Example",
                                                                      "NFL", "NFL-778"))
    transfer.add_trust(b.ctx, b.admin(), a.key, "UN Police, Dili district")
    lena = b.user("lena")
    transfer.transfer_in(b.ctx, lena, out.package)

    found = intake.find_by_scan(b.ctx, lena, items[0].lower())  # typed, another station's prefix
    assert found[0] == "item" and found[1].item_id == items[0]
    assert found[1].description == "White powder, bag 1"
    hits = search.search(b.ctx, lena, "powder")
    assert {h.item_id for h in hits} == set(items)

    rep = reports.produce_item_report(b.ctx, lena, items[0])
    outcome = verify_pdf(rep.pdf, [a.key, b.key])
    assert outcome.ok, outcome.failures
    kinds = [(t.origin, t.event.kind) for t in outcome.timeline[items[0]]]
    assert kinds[0] == (a.ctx.station().origin, "item.registered")
    assert (b.ctx.station().origin, "custody.transferred_in") in kinds
    assert kinds[-1] == (b.ctx.station().origin, "report.issued")
    assert not verify_pdf(rep.pdf, [b.key]).ok  # the sender's part needs the sender's key
