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


def test_same_username_at_both_stations_is_never_confused_in_a_report(stations, tmp_path):
    """Each ledger has its own officers: 'cora' at A (Cora Example) is not 'cora' at B (Cora Mbeki)."""
    import io

    import pypdf

    a, b = stations
    items = seed_items(a, 1)
    out = transfer.transfer_out(a.ctx, a.user("cora"), items, Receiver("National Forensic Laboratory", "Cora Mbeki",
                                                                      "NFL", "NFL-9"))
    cora_b = b.user("cora", full_name="Cora Mbeki")
    transfer.transfer_in(b.ctx, cora_b, out.package, [a.key])
    rep = reports.produce_item_report(b.ctx, cora_b, items[0])
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(rep.pdf)).pages).split())
    registered = text[text.index("Item registered"):][:120]
    assert "Cora Example" in registered and "Cora Mbeki" not in registered  # A's officer for A's registration
    received = text[text.index("Received from another station or agency"):][:160]
    assert "Cora Mbeki" in received  # B's officer for B's receipt
