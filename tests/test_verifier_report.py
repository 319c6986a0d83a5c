"""custody-verify accepts an untouched report and rejects every kind of tampering."""

from __future__ import annotations

import base64
import copy
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

import custody
from custody import verifier
from custody.ledger.canonical import canonical_bytes
from custody.ledger.entry import entry_hash
from custody.ledger.signing import key_id, public_raw, sign_entry


def _load(name: str, path: Path):
    """Load a sibling helper module by path (the tests folders are not packages)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


ls = _load("verifier_ledger_sample", Path(__file__).with_name("verifier_ledger_sample.py"))


@pytest.fixture(scope="module")
def built():
    return ls.build(n_items=2, events_per_item=4)


@pytest.fixture(scope="module")
def pdf(built) -> bytes:
    return built.report()


def test_untouched_report_verifies_with_trusted_key(built, pdf):
    out = verifier.verify_pdf(pdf, [built.verifier_key])
    assert out.failures == []
    assert out.ok and out.trusted and out.exit_code == 0
    assert out.signature.intact and out.signature.valid and out.signature.whole_file
    assert "Evidence room LIS01" in out.signature.signer
    assert set(out.report.items) == set(built.item_ids)
    for item in built.item_ids:
        kinds = [e.kind for e in out.report.items[item]]
        assert kinds[0] == "custody.seized" and kinds[-1] == "report.issued"
        assert len(kinds) == 5
    assert "EV-2024-999999" not in out.report.items
    text = verifier.format_outcome(out)
    assert "VERIFIED" in text and "custody.transferred" in text


def test_without_trust_key_intact_but_untrusted(pdf):
    out = verifier.verify_pdf(pdf, [])
    assert out.signature.ok and out.bundle_ok
    assert not out.trusted
    assert out.exit_code == verifier.EXIT_UNTRUSTED == 2
    assert "NOT INDEPENDENTLY CHECKED" in verifier.format_outcome(out)


def _flip(data: bytes, pos: int) -> bytes:
    b = bytearray(data)
    b[pos] ^= 0x01
    return bytes(b)


def _positions(pdf: bytes) -> dict[str, int]:
    contents = pdf.rindex(b"/Contents <") + len(b"/Contents <")
    end = pdf.index(b">", contents)
    attachment = pdf.index(b"/EmbeddedFile")
    return {
        "header": 2,
        "quarter": len(pdf) // 4,
        "middle": len(pdf) // 2,
        "attachment": attachment + 5,
        "signature DER": contents + 40,
        "signature padding": end - 10,
        "after signature": end + 20,
        "last byte": len(pdf) - 2,
    }


@pytest.mark.parametrize("where", ["header", "quarter", "middle", "attachment", "signature DER",
                                   "signature padding", "after signature", "last byte"])
def test_any_changed_byte_is_rejected(built, pdf, where):
    pos = _positions(pdf)[where]
    out = verifier.verify_pdf(_flip(pdf, pos), [built.verifier_key])
    assert not out.ok, f"flipped byte at {pos} ({where}) was accepted"
    assert out.exit_code == 1


def test_appended_data_is_rejected(built, pdf):
    out = verifier.verify_pdf(pdf + b"\n% appended\n", [built.verifier_key])
    assert not out.ok


def test_unsigned_report_is_rejected(built):
    from custody.reports.custody_report import CustodyReportRenderer
    from custody.reports.pdfsign import embed_attachment

    unsigned = embed_attachment(CustodyReportRenderer(ls.report_data(built, built.bundle)).render(),
                                name="custody-proof.json", data=built.bundle_bytes())
    out = verifier.verify_pdf(unsigned, [built.verifier_key])
    assert not out.ok and any("not signed" in f for f in out.failures)


# --- bundle tampering, each re-rendered and re-signed so the PDF signature itself is valid ------------------


def _item_entries(doc: dict, item: str) -> list[int]:
    return [i for i, e in enumerate(doc["entries"]) if json.loads(e["body"])["item"] == item]


def _check_rejected(built, doc, expect: str):
    pdf = built.report(doc)
    out = verifier.verify_pdf(pdf, [built.verifier_key])
    assert out.signature.ok, out.failures  # the PDF signature is fine: the bundle check must catch it
    assert not out.ok and out.exit_code == 1
    joined = " | ".join(out.failures)
    assert expect in joined, joined
    return out


def test_edited_event_is_rejected(built):
    doc = copy.deepcopy(built.bundle)
    i = _item_entries(doc, built.item_ids[0])[1]
    doc["entries"][i]["body"] = doc["entries"][i]["body"].replace("Room B, shelf 2", "Room B, shelf 9")
    assert doc["entries"][i]["body"] != built.bundle["entries"][i]["body"]
    _check_rejected(built, doc, "not included in the checkpoint")


def test_dropped_middle_event_is_rejected(built):
    doc = copy.deepcopy(built.bundle)
    del doc["entries"][_item_entries(doc, built.item_ids[0])[2]]
    _check_rejected(built, doc, "item_prev")


def test_dropped_last_event_is_rejected(built):
    doc = copy.deepcopy(built.bundle)
    last = _item_entries(doc, built.item_ids[1])[-1]
    assert json.loads(doc["entries"][last]["body"])["kind"] == "report.issued"
    del doc["entries"][last]
    _check_rejected(built, doc, "report.issued")


def test_edited_checkpoint_is_rejected(built):
    doc = copy.deepcopy(built.bundle)
    lines = doc["checkpoint"].split("\n")
    lines[1] = str(int(lines[1]) + 1)
    doc["checkpoint"] = "\n".join(lines)
    _check_rejected(built, doc, "checkpoint")


def test_untrusted_station_key_is_rejected(built, pdf):
    other = ls.build(n_items=1, events_per_item=1)
    out = verifier.verify_pdf(pdf, [other.verifier_key])
    assert out.signature.ok
    assert not out.ok and out.exit_code == 1
    assert any("checkpoint" in f for f in out.failures)


def test_a_bundle_from_another_ledger_signed_by_a_rogue_key_is_untrusted(built):
    """A forger who re-signs everything with their own keys gets at best exit 2 without --trust, 1 with it."""
    rogue = ls.build(n_items=2, events_per_item=4, cert=(built.key_pem, built.cert_pem))
    pdf = rogue.report()
    assert verifier.verify_pdf(pdf, []).exit_code == 2
    assert verifier.verify_pdf(pdf, [built.verifier_key]).exit_code == 1


def test_report_hashes_match_the_bundle(built, pdf):
    import io

    import pypdf

    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")
    for e in built.bundle["entries"]:
        obj = json.loads(e["body"])
        if obj["item"]:
            assert entry_hash(e["body"].encode()).hex() in text.replace(" ", "")


# --- the command line ---------------------------------------------------------------------------------------


def _env() -> dict:
    env = dict(os.environ)
    src = str(Path(custody.__file__).resolve().parents[1])
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_cli_exit_codes(built, pdf, tmp_path, capsys):
    f = tmp_path / "report.pdf"
    f.write_bytes(pdf)
    assert verifier.main([str(f), "--trust", built.verifier_key]) == 0
    assert "VERIFIED" in capsys.readouterr().out
    assert verifier.main([str(f)]) == 2
    assert "NOT INDEPENDENTLY CHECKED" in capsys.readouterr().out
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(_flip(pdf, len(pdf) // 2))
    assert verifier.main([str(bad), "--trust", built.verifier_key]) == 1
    assert "FAILED" in capsys.readouterr().out
    assert verifier.main([str(tmp_path / "missing.pdf")]) == 1
    assert verifier.main([str(f), "--json", "--trust", built.verifier_key]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] and doc["trusted"] and set(doc["items"]) == set(built.item_ids)


def test_verifier_runs_without_qt_and_sqlalchemy(built, pdf, tmp_path):
    f = tmp_path / "report.pdf"
    f.write_bytes(pdf)
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"
        "sys.modules['shiboken6'] = None\n"
        "sys.modules['sqlalchemy'] = None\n"
        "import custody.verifier as v\n"
        f"rc = v.main([{str(f)!r}, '--trust', {built.verifier_key!r}])\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'shiboken6')"
        " and sys.modules[m] is not None]\n"
        "assert not bad, bad\n"
        "sys.exit(rc)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "VERIFIED" in res.stdout


def _kind(entry: dict) -> str:
    return json.loads(entry["body"])["kind"]


@pytest.mark.parametrize("kind", ["station.key_registered", "user.created", "user.key_registered"])
def test_a_bundle_without_its_authority_closure_is_rejected(built, kind):
    """LEDGER.md 5: keys are accepted only through registrations that chain to the trusted station key."""
    doc = copy.deepcopy(built.bundle)
    assert any(_kind(e) == kind for e in doc["entries"])
    doc["entries"] = [e for e in doc["entries"] if _kind(e) != kind]
    out = verifier.verify_pdf(built.report(doc), [built.verifier_key])
    assert not out.ok and out.exit_code == 1 and out.report.items == {}


def test_a_self_registered_key_in_the_bundle_is_rejected(built):
    """A forger swaps in their own key for an officer, registered by itself: refused by the authority rules."""
    mallory = Ed25519PrivateKey.generate()
    kid = key_id(public_raw(mallory))
    doc = copy.deepcopy(built.bundle)
    i = next(n for n, e in enumerate(doc["entries"]) if _kind(e) == "user.key_registered"
             and json.loads(e["body"])["data"]["username"] == "ipetrov")
    body = json.loads(doc["entries"][i]["body"])
    body["data"].update(key_id=kid, public_key=base64.b64encode(public_raw(mallory)).decode())
    body["actor"], body["signers"] = "ipetrov", ["ipetrov"]
    raw = canonical_bytes(body)
    doc["entries"][i]["body"] = raw.decode()
    doc["entries"][i]["signatures"] = [{"signer": "ipetrov", "key_id": kid,
                                        "signature": base64.b64encode(sign_entry(mallory, entry_hash(raw))).decode()}]
    out = verifier.verify_pdf(built.report(doc), [built.verifier_key])
    assert not out.ok and out.exit_code == 1
    assert any("not authorised" in f for f in out.failures), out.failures


def test_a_report_re_signed_with_another_certificate_is_rejected(built):
    """The bundle is intact, but the PDF is signed with a certificate the ledger does not bind to the station."""
    from custody.reports.custody_report import CustodyReportRenderer
    from custody.reports.pdfsign import create_station_certificate, embed_attachment, sign_pdf

    other_key, other_cert = create_station_certificate("Evidence room LIS01", "Polícia Judiciária")
    pdf = CustodyReportRenderer(ls.report_data(built, built.bundle)).render()
    pdf = embed_attachment(pdf, data=built.bundle_bytes())
    pdf = sign_pdf(pdf, other_key, other_cert, reason="Chain of custody report", location="Lisboa")
    out = verifier.verify_pdf(pdf, [built.verifier_key])
    assert out.signature.intact and out.signature.valid and out.bundle_ok
    assert not out.ok and out.exit_code == 1
    assert any("re-signed" in f for f in out.failures), out.failures
    ok = verifier.verify_pdf(built.report(), [built.verifier_key])
    assert ok.ok and ok.signature.bound
