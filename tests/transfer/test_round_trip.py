"""Acceptance 1 (issue 19): three items out of station A, into the laboratory B (its own database), a handover and a
lab result at B, back to A; A's report verifies with both stations' keys and shows every event of both, in order."""

from __future__ import annotations

import io
import json

import pypdf

from custody.services import custody, reports, transfer
from custody.services.transfer import Receiver
from custody.verifier import main as verify_main
from custody.verifier import verify_pdf
from tests.transfer.conftest import seed_items


def run_round_trip(a, b, tmp_path):
    items = seed_items(a)
    transfer.add_trust(a.ctx, a.admin(), b.key, "National Forensic Laboratory", "MoU 2026/3")
    transfer.add_trust(b.ctx, b.admin(), a.key, "UN Police, Dili district", "MoU 2026/3")
    cora = a.user("cora")
    a.clock.advance(minutes=5)
    out1 = transfer.transfer_out(a.ctx, cora, items, Receiver("National Forensic Laboratory", "Lena Example",
                                                             "NFL", "NFL-778"),
                                 purpose="analysis", out_path=tmp_path / "to-lab.custody")
    b.clock.advance(hours=3)
    lena = b.user("lena")
    transfer.transfer_in(b.ctx, lena, (tmp_path / "to-lab.custody").read_bytes())
    b.clock.advance(minutes=10)
    custody.transfer(b.ctx, lena, items, b.signer("ahmed"), "chemical analysis")
    ahmed = b.user("ahmed")
    custody.lab_submit(b.ctx, ahmed, items, "Chemistry bench 2", "Identify the substance", "LAB-26-0099")
    for item in items:
        b.clock.advance(minutes=30)
        custody.lab_return(b.ctx, ahmed, item, f"Cocaine hydrochloride, 84 % purity ({item})",
                           lab_number="LAB-26-0099")
    b.clock.advance(hours=1)
    out2 = transfer.transfer_out(b.ctx, ahmed, items, Receiver("UN Police, Dili district", "Cora Example", "UNPOL",
                                                              "B-10"), out_path=tmp_path / "back.custody")
    a.clock.advance(hours=2)
    transfer.transfer_in(a.ctx, cora, (tmp_path / "back.custody").read_bytes())
    return items, out1, out2


def test_three_items_to_the_lab_and_back_report_proves_both_stations(stations, tmp_path, capsys):
    a, b = stations
    items, _, _ = run_round_trip(a, b, tmp_path)
    cora = a.user("cora")
    rep = reports.produce_case_report(a.ctx, cora, "DIL/2026/0042")
    pdf_path = tmp_path / "report-at-A.pdf"
    pdf_path.write_bytes(rep.pdf)

    # the prosecutor's check, with both stations' published keys
    code = verify_main([str(pdf_path), "--trust", a.key, "--trust", b.key])
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "RESULT: VERIFIED" in printed
    outcome = verify_pdf(rep.pdf, [a.key, b.key])
    assert outcome.ok and outcome.timeline is not None
    a_origin, b_origin = a.ctx.station().origin, b.ctx.station().origin
    for item in items:
        events = outcome.timeline[item]
        kinds = [(t.origin, t.event.kind) for t in events]
        expected = [
            (a_origin, "item.registered"), (a_origin, "attachment.added"), (a_origin, "custody.transferred_out"),
            (a_origin, "report.issued"),
            (b_origin, "custody.transferred_in"), (b_origin, "custody.transferred"), (b_origin, "lab.submitted"),
            (b_origin, "lab.returned"), (b_origin, "custody.transferred_out"),
            (a_origin, "custody.transferred_in"), (a_origin, "report.issued"),
        ]
        assert [k for k in kinds if k[1] != "label.printed"] == expected, kinds
        times = [t.event.at for t in events]
        assert times == sorted(times)  # one clock: the history reads in time order across both stations
        assert item in printed and b_origin in printed
    # printed in order too: A's hand-over comes before B's lab result, which comes before A's receipt
    block = printed[printed.index(f"Item {items[0]}"):]
    block = block[:block.index("report.issued", block.index(f"{a_origin:<26}", block.index("lab.returned")))]
    assert block.index("custody.transferred_out") < block.index("lab.returned") < block.rindex(
        "custody.transferred_in")

    # the PDF itself states the laboratory's events
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(rep.pdf)).pages)
    flat = " ".join(text.split())
    assert "hydrochloride, 84 % purity" in flat and "Returned from the laboratory" in flat
    assert "Handed to another station or agency" in flat and "Received from another station or agency" in flat
    segs = json.loads(pypdf.PdfReader(io.BytesIO(rep.pdf)).attachments["custody-segments.json"][0])
    assert segs["format"] == "custody-segments/v1" and segs["segments"]

    # without the laboratory's key, the laboratory's part is not proven: verification fails
    code = verify_main([str(pdf_path), "--trust", a.key])
    assert code == 1, capsys.readouterr().out


def test_package_verifies_on_any_machine_with_custody_verify(stations, tmp_path, capsys):
    a, b = stations
    items = seed_items(a)
    cora = a.user("cora")
    out = transfer.transfer_out(a.ctx, cora, items, Receiver("National Forensic Laboratory", "Lena Example", "NFL",
                                                            "NFL-778"), out_path=tmp_path / "p.custody")
    assert out.path and (tmp_path / "p.custody").read_bytes() == out.package
    assert verify_main([str(tmp_path / "p.custody"), "--trust", a.key]) == 0
    printed = capsys.readouterr().out
    assert "RESULT: VERIFIED" in printed and out.package_sha256 in printed
    assert verify_main([str(tmp_path / "p.custody"), "--trust", b.key]) == 1
    assert "not one you trust" in capsys.readouterr().out
    # the items left A's custody: A can do nothing more with them
    st = custody.item_custody(a.ctx, items[0])
    assert st.status == "transferred_out"


def test_a_receiving_officer_of_the_same_ledger_signs_the_hand_over_too(stations, tmp_path):
    a, b = stations
    items = seed_items(a, 1)
    courier = a.signer("carl")  # a mission courier, officer of station A's ledger
    out = transfer.transfer_out(a.ctx, a.user("cora"), items, Receiver("National Forensic Laboratory", "Carl Example",
                                                                      "UNPOL courier", "B-12"), co_signer=courier)
    from custody.verifier import verify_package_bytes

    rep = verify_package_bytes(out.package, [a.key])
    assert rep.ok, rep.failures
    handed = [t.event for t in rep.timeline[items[0]] if t.event.kind == "custody.transferred_out"]
    assert handed and handed[0].signers == ["carl", "cora"]
