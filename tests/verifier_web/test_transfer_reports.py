"""Reports with history from other stations (docs/TRANSFER.md 9): verify.html and ``custody-verify`` give the same
answers on the same files.

Three items go from station A to the laboratory B (its own database) and back, as tests/transfer/test_round_trip.py
does; A's report then embeds custody-segments.json with A's earlier segment and B's. The page must prove every segment
with its station's key, the link between them, and show the history across stations in order with the station that
proves each line; without B's key, with a tampered B segment or with a missing segment it must say what custody-verify
says. A second report at A carries the newest entry kinds (custody.transferred_out/in, person.registered,
case.outcome_recorded, inventory.resolved, custody.recovered), checked by the page's authority rules."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pypdf
import pytest

from custody import verifier
from custody.db.uow import unit_of_work
from custody.domain.enums import LocationKind, Role
from custody.reports.pdfsign import embed_attachment, sign_pdf
from custody.services import audit_alerts, case_outcome, people, reports, user_admin
from custody.services import custody as custody_svc
from custody.services import inventory as inventory_svc
from custody.services.certificate import ensure_certificate
from custody.services.locations import create_location
from tests.conftest import FakeClock
from tests.transfer.conftest import _station
from tests.transfer.test_round_trip import run_round_trip


def shots(tmp: Path) -> Path:  # where screenshots go to be looked at (CUSTODY_SCREENSHOT_DIR, or tmp)
    return Path(os.environ.get("CUSTODY_SCREENSHOT_DIR") or tmp)

pytestmark = pytest.mark.browser

STATUS = {verifier.EXIT_OK: "VERIFIED", verifier.EXIT_UNTRUSTED: "INTACT BUT UNTRUSTED",
          verifier.EXIT_FAILED: "FAILED"}
NEWEST = {"custody.transferred_out", "custody.transferred_in", "person.registered", "case.outcome_recorded",
          "inventory.resolved", "custody.recovered"}


def _attachment(pdf: bytes, name: str) -> bytes:
    return pypdf.PdfReader(io.BytesIO(pdf)).attachments[name][0]


def _resign(pdf: bytes, segments: dict, cert) -> bytes:
    """A's report as first rendered, with its own proof unchanged and ``segments`` as custody-segments.json, signed
    again by A's own certificate: the PDF signature and A's bundle are valid, so only the segments can tell."""
    rendered = pdf[: pdf.index(b"%%EOF") + len(b"%%EOF")] + b"\n"
    out = embed_attachment(rendered, data=_attachment(pdf, "custody-proof.json"))
    out = embed_attachment(out, "custody-segments.json", json.dumps(segments, ensure_ascii=False).encode())
    return sign_pdf(out, cert.key_pem, cert.cert_pem, reason="Chain of custody report", location="Dili",
                    extra_certs_pem=cert.chain_pem or None)


def _edit_lab_result(segments: dict, origin: str) -> dict:
    """B's segment with one laboratory result reworded (its signatures and inclusion proof left as they were)."""
    out = json.loads(json.dumps(segments))
    for n, text in enumerate(out["segments"]):
        seg = json.loads(text)
        if not seg["checkpoint"].startswith(origin + "\n"):
            continue
        for e in seg["entries"]:
            body = json.loads(e["body"])
            if body["kind"] == "lab.returned":
                body["data"]["results"] = "Sugar, no controlled substance"
                e["body"] = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                out["segments"][n] = json.dumps(seg, ensure_ascii=False)
                return out
    raise AssertionError("no lab.returned entry in the laboratory's segment")


def _newest_kinds(a, items: list[str]) -> None:
    """At A, after the round trip: an outside person receives an item at the laboratory counter, an audit misses an
    item and a supervisor with a second signer resolves it, the case outcome is recorded, and the items held by an
    officer who left are recovered by two supervisors."""
    cora = a.user("cora")
    sven = a.user("sven", roles=(Role.SUPERVISOR,))
    a.user("sara", roles=(Role.SUPERVISOR,))
    analyst = people.register_person(a.ctx, cora, "Dr. Ana Soares", "National Forensic Laboratory", "lab_analyst",
                                     "Staff card", "NFL-0042")
    a.clock.advance(minutes=5)
    custody_svc.lab_submit(a.ctx, cora, [items[0]], "National Forensic Laboratory", "Weigh again", "LAB-26-0100",
                           received_by=analyst.ref)
    a.clock.advance(minutes=30)
    custody_svc.lab_return(a.ctx, cora, items[0], "Weight confirmed", lab_number="LAB-26-0100",
                           released_by=analyst.ref)
    room = create_location(a.ctx, sven, "Drug safe", LocationKind.DRUG_SAFE)
    custody_svc.check_in(a.ctx, cora, room.code, [items[1], items[2]])
    audit = inventory_svc.start_audit(a.ctx, sven, room.code)
    inventory_svc.audit_scan(audit, items[1])
    inventory_svc.finish_audit(a.ctx, sven, audit, "Monthly audit")
    a.clock.advance(minutes=5)
    audit_alerts.resolve_audit_alert(a.ctx, sven, items[2], "found", "Behind the safe", a.signer("sara"),
                                     found_location="Drug safe, bottom shelf")
    case_outcome.record_case_outcome(a.ctx, sven, "DIL/2026/0042", "convicted", "destruction", "Judgment 12/2026")
    user_admin.set_active(a.ctx, a.admin(), "cora", False)
    a.clock.advance(minutes=5)
    custody_svc.recover_custody(a.ctx, sven, [items[0]], a.signer("sara"), "Cora left the service")


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from custody.security import passwords

    tmp = tmp_path_factory.mktemp("trip")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(passwords, "HASH_PARAMS", passwords.HashParams(time_cost=1, memory_cost=1024, parallelism=1))
        clock = FakeClock()
        a = _station("sqlite:///" + str(tmp / "a.sqlite3"), tmp / "a-data", clock)
        b = _station("sqlite:///" + str(tmp / "b.sqlite3"), tmp / "b-data", clock, station_code="LAB",
                     item_prefix="NFL", agency="National Forensic Laboratory", evidence_room="Laboratory intake")
        try:
            items, _, _ = run_round_trip(a, b, tmp)
            good = reports.produce_case_report(a.ctx, a.user("cora"), "DIL/2026/0042").pdf
            with unit_of_work(a.ctx.engine) as s:
                cert = ensure_certificate(a.ctx, s, a.ctx.station())
            segments = json.loads(_attachment(good, "custody-segments.json"))
            b_origin = b.ctx.station().origin
            files = {
                "round trip": good,
                "edited lab result": _resign(good, _edit_lab_result(segments, b_origin), cert),
                "laboratory segment only": _resign(good, {**segments, "segments": segments["segments"][1:]}, cert),
            }
            _newest_kinds(a, items)
            files["newest kinds"] = reports.produce_case_report(a.ctx, a.user("sven"), "DIL/2026/0042").pdf
            keys = {"A": a.key, "B": b.key}
            codes = {"A": a.ctx.station().code, "B": b.ctx.station().code}
            origins = {"A": a.ctx.station().origin, "B": b_origin}
        finally:
            a.ctx.engine.dispose()
            b.ctx.engine.dispose()
    paths = {}
    for name, data in files.items():
        paths[name] = tmp / (name.replace(" ", "-") + ".pdf")
        paths[name].write_bytes(data)
    return {"files": paths, "keys": keys, "origins": origins, "codes": codes, "items": items}


def _compare(page, path: Path, keys: list[str], lang: str = "en"):
    py = verifier.verify_pdf(path.read_bytes(), keys)
    [web] = page.check([path], keys, lang=lang)
    assert web.status == STATUS[py.exit_code], (path.name, web.codes, py.failures)
    return web, py


def test_round_trip_report_verified_with_both_keys_in_page_and_custody_verify(page, trip):
    keys, origins = trip["keys"], trip["origins"]
    web, py = _compare(page, trip["files"]["round trip"], [keys["A"], keys["B"]])
    assert web.status == "VERIFIED", web.reasons
    assert py.timeline is not None
    # the same history across stations, in the same order, each line with the ledger that proves it
    expected = {item: [(t.origin, t.event.seq) for t in tl] for item, tl in py.timeline.items()}
    assert web.history == expected
    for item in trip["items"]:
        assert {o for o, _ in web.history[item]} == {origins["A"], origins["B"]}
    # each key says which station it opened
    assert page.key_matches() == {keys["A"]: trip["codes"]["A"], keys["B"]: "LAB"}
    assert "Proven by" in page.text("#results .result table thead")


def test_keys_separated_by_a_comma_on_one_line_work_the_same(page, trip):
    keys = trip["keys"]
    page.open()
    page.type_keys([f"{keys['B']}, {keys['A']}"])
    page.driver.find_element("id", "file").send_keys(str(trip["files"]["round trip"]))
    page._wait_done(1)
    [web] = page.read()
    assert web.status == "VERIFIED", web.reasons


def test_without_the_laboratory_key_the_page_says_what_custody_verify_says(page, trip):
    keys, origins = trip["keys"], trip["origins"]
    web, py = _compare(page, trip["files"]["round trip"], [keys["A"]])
    assert web.status == "FAILED"
    # custody-verify: the laboratory's segment is refused because its first station key is not trusted
    assert any("segment" in f and keys["B"] in f for f in py.failures), py.failures
    missing = [r for r, c in zip(web.reasons, web.codes, strict=True) if c == "anchor_untrusted"]
    assert len(missing) == 1 and "LAB" in missing[0] and origins["B"] in missing[0] and keys["B"] in missing[0]
    # the station's own part is fine: nothing else is reported
    assert set(web.codes) == {"anchor_untrusted"}, web.codes


def test_without_any_key_intact_but_untrusted_in_both(page, trip):
    web, _py = _compare(page, trip["files"]["round trip"], [])
    assert web.status == "INTACT BUT UNTRUSTED"


def test_only_the_laboratory_key_fails_in_both(page, trip):
    web, _py = _compare(page, trip["files"]["round trip"], [trip["keys"]["B"]])
    assert web.status == "FAILED" and web.codes[0] == "checkpoint_untrusted", web.codes


def test_an_edited_entry_in_the_laboratory_segment_fails_in_both_with_the_same_reason(page, trip):
    keys, origins = trip["keys"], trip["origins"]
    web, py = _compare(page, trip["files"]["edited lab result"], [keys["A"], keys["B"]])
    assert web.status == "FAILED"
    # custody-verify: "custody-segments.json segment 2: seq N: not included in the checkpoint", "...: invalid
    # signature by ...", "...: item X: seq M does not follow seq N": the same reasons, on the same entries
    assert py.failures and all(f.startswith("custody-segments.json segment 2: ") for f in py.failures), py.failures
    words = {"not included": "entry_not_included", "invalid signature": "signature_invalid",
             "does not follow": "item_chain_gap"}
    py_reasons = set()
    for f in py.failures:
        [code] = [c for w, c in words.items() if w in f]
        py_reasons.add((code, int(f.split("seq ")[1].split(" ")[0].rstrip(":"))))
    web_reasons = set(zip(web.codes, web.seqs, strict=True))
    # the page also checks each entry's `prev` against the entry before it in the segment (LEDGER.md 1), which
    # custody-verify does not do on a bundle: that one extra reason is the only difference
    assert {r for r in web_reasons if r[0] != "prev_link"} == py_reasons, (web_reasons, py.failures)
    assert web.codes[0] == "entry_not_included" and set(web.segments) == {2}
    assert all(origins["B"] in r for r in web.reasons), web.reasons


def test_a_missing_segment_breaks_the_link_in_both(page, trip):
    keys, origins = trip["keys"], trip["origins"]
    web, py = _compare(page, trip["files"]["laboratory segment only"], [keys["A"], keys["B"]])
    assert web.status == "FAILED"
    assert py.failures and all("is not linked" in f for f in py.failures), py.failures
    assert set(web.codes) == {"segment_not_linked"} and len(web.codes) == len(py.failures), web.codes
    # the laboratory's receipts no longer link to A's hand-over, A's own receipts still link to the laboratory's
    assert all(origins["B"] in r for r in web.reasons), web.reasons


def test_newest_entry_kinds_verify_in_both(page, trip):
    keys = trip["keys"]
    path = trip["files"]["newest kinds"]
    web, py = _compare(page, path, [keys["A"], keys["B"]])
    assert web.status == "VERIFIED", web.reasons
    kinds = {t.event.kind for tl in py.timeline.values() for t in tl}
    # person.registered and case.outcome_recorded concern no item and are no authority entry: a report's bundle
    # does not carry them (the items' entries copy the person's facts); test/authority.test.mjs covers their rules
    assert NEWEST - {"person.registered", "case.outcome_recorded"} <= kinds, NEWEST - kinds
    expected = {item: [(t.origin, t.event.seq) for t in tl] for item, tl in py.timeline.items()}
    assert web.history == expected
    # each kind has words in the page's five languages (not the raw kind)
    shown = page.driver.execute_script(
        "return [...document.querySelectorAll('#results td.event')].map(td => [td.title, td.textContent]);")
    for kind, label in shown:
        if kind in NEWEST:
            assert label != kind


def test_arabic_page_shows_the_stations_and_the_missing_key(page, trip, tmp_path):
    keys = trip["keys"]
    [web] = page.check([trip["files"]["round trip"]], [keys["A"]], lang="ar")
    assert web.status == "FAILED"
    assert "المحطة" in web.reasons[0] and "LAB" in web.reasons[0]
    page.screenshot(shots(tmp_path) / "transfer-missing-key-ar.png")
    [web] = page.check([trip["files"]["round trip"]], [keys["A"], keys["B"]], lang="ar")
    assert web.status == "VERIFIED"
    page.screenshot(shots(tmp_path) / "transfer-verified-ar.png")
