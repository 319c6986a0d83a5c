"""Same files, same answers: verify.html in headless Chromium and ``custody-verify`` (custody.verifier) on demo
reports made through the real services, on their tampered copies, and on the LEDGER.md 3.1 sample reports.

The two verifiers are separate implementations of LEDGER.md section 5 (JavaScript in the page, Python in the
package); a file on which they disagree is a bug in one of them."""

from __future__ import annotations

import base64
import copy
import dataclasses
import io
import json
from pathlib import Path

import pypdf
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from custody import verifier
from custody.db import migrate
from custody.db.engine import make_engine
from custody.db.models import Case, Item
from custody.db.uow import unit_of_work
from custody.domain.errors import NotFound
from custody.ledger.entry import entry_hash
from custody.ledger.signing import key_id, public_raw, sign_entry
from custody.reports.pdfsign import embed_attachment, sign_pdf
from custody.services import reports as report_svc
from custody.services.auth import login
from custody.services.certificate import ensure_certificate
from custody.services.context import AppContext
from custody.services.demo import DemoOptions, build_demo
from tests.verifier_web import spec_sample as ss

pytestmark = pytest.mark.browser

STATUS = {verifier.EXIT_OK: "VERIFIED", verifier.EXIT_UNTRUSTED: "INTACT BUT UNTRUSTED",
          verifier.EXIT_FAILED: "FAILED"}


def _bundle(pdf: bytes) -> dict:
    return json.loads(pypdf.PdfReader(io.BytesIO(pdf)).attachments["custody-proof.json"][0])


def _canonical(obj: dict) -> str:
    # LEDGER.md 2: for validated inputs this is exactly the canonical encoding.
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _resign(pdf: bytes, doc: dict, cert) -> bytes:
    """The report as first rendered (its first revision), with ``doc`` attached and signed again by the
    station's own certificate: the PDF signature is valid, so only the proof can tell."""
    rendered = pdf[: pdf.index(b"%%EOF") + len(b"%%EOF")] + b"\n"
    data = json.dumps(doc, ensure_ascii=False).encode()
    return sign_pdf(embed_attachment(rendered, name="custody-proof.json", data=data), cert.key_pem, cert.cert_pem,
                    reason="Chain of custody report", location="Dili", extra_certs_pem=cert.chain_pem)


def _item_indexes(doc: dict) -> list[int]:
    first_item = next(json.loads(e["body"])["item"] for e in doc["entries"] if json.loads(e["body"])["item"])
    return [i for i, e in enumerate(doc["entries"]) if json.loads(e["body"])["item"] == first_item]


def edited(doc: dict) -> dict:
    doc = copy.deepcopy(doc)
    i = _item_indexes(doc)[1]
    obj = json.loads(doc["entries"][i]["body"])
    obj["data"]["memo"] = "moved to the car park"
    doc["entries"][i]["body"] = _canonical(obj)
    return doc


def dropped(doc: dict) -> dict:
    doc = copy.deepcopy(doc)
    del doc["entries"][_item_indexes(doc)[1]]
    return doc


def forged(doc: dict) -> dict:
    """An item entry rewritten by someone holding no key of the ledger: signed with a key of their own."""
    doc = copy.deepcopy(doc)
    i = _item_indexes(doc)[1]
    obj = json.loads(doc["entries"][i]["body"])
    obj.update(actor="mallory", signers=["mallory"])
    body = _canonical(obj)
    rogue = Ed25519PrivateKey.generate()
    doc["entries"][i]["body"] = body
    doc["entries"][i]["signatures"] = [{
        "signer": "mallory", "key_id": key_id(public_raw(rogue)),
        "signature": base64.b64encode(sign_entry(rogue, entry_hash(body.encode()))).decode()}]
    return doc


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("demo")
    ctx = AppContext(engine=make_engine(f"sqlite:///{tmp / 'demo.db'}"), data_dir=tmp / "data")
    migrate.upgrade(ctx.engine)
    result = build_demo(ctx, DemoOptions(items=6, seed=3, photos=False))
    helene = login(ctx, "helene", result.officer_password)
    with unit_of_work(ctx.engine, read_only=True) as s:
        cases = list(s.execute(select(Case.case_number)).scalars())
        first_item = s.execute(select(Item.item_id).order_by(Item.id)).scalars().first()
    files = {}
    for number in cases:
        try:
            files[f"case report {number}"] = report_svc.produce_case_report(ctx, helene, number).pdf
        except NotFound:  # a demo case whose seizures have no items yet
            continue
    files["item report"] = report_svc.produce_item_report(ctx, helene, first_item).pdf
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        cert = ensure_certificate(ctx, s, station)
    ctx.engine.dispose()
    first_case = next(iter(files))
    good = files[first_case]
    doc = _bundle(good)
    files["changed byte"] = ss.changed_byte(good)
    files["edited event"] = _resign(good, edited(doc), cert)
    files["dropped event"] = _resign(good, dropped(doc), cert)
    files["forged entry"] = _resign(good, forged(doc), cert)
    out = {}
    for name, data in files.items():
        path = tmp / (name.replace(" ", "-").replace("/", "-") + ".pdf")
        path.write_bytes(data)
        out[name] = path
    return {"files": out, "key": station.verifier_key, "good": out[first_case]}


def _python(path: Path, keys: list[str]) -> verifier.VerifyOutcome:
    return verifier.verify_pdf(path.read_bytes(), keys)


def _compare(page, path: Path, keys: list[str]):
    py = _python(path, keys)
    [web] = page.check([path], keys)
    assert web.status == STATUS[py.exit_code], (path.name, web.codes, py.failures)
    if web.status != "FAILED":
        assert web.items == {item: [e.seq for e in events] for item, events in py.report.items.items()}
    return web, py


def test_every_demo_report_verifies_in_both(page, demo):
    reports = {n: p for n, p in demo["files"].items() if "report" in n}
    assert len(reports) >= 3
    for path in reports.values():
        web, _py = _compare(page, path, [demo["key"]])
        assert web.status == "VERIFIED", (path.name, web.codes)
    web, _py = _compare(page, demo["good"], [])
    assert web.status == "INTACT BUT UNTRUSTED"


@pytest.mark.parametrize(("name", "code"), [
    ("changed byte", "pdf_changed"),
    ("edited event", "entry_not_included"),
    ("dropped event", "item_chain_gap"),
    ("forged entry", "entry_not_included"),
    ("wrong key", "checkpoint_untrusted"),
])
def test_each_tampered_demo_copy_fails_in_both(page, demo, name, code):
    path = demo["good"] if name == "wrong key" else demo["files"][name]
    keys = [ss.other_station_key()] if name == "wrong key" else [demo["key"]]
    web, py = _compare(page, path, keys)
    assert web.status == "FAILED" and web.codes[0] == code, web.codes
    assert py.failures


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("samples")
    r = ss.build()
    forged_report = ss.build(forge=True)
    other_cert = dataclasses.replace(r, **dict(zip(("key_pem", "cert_pem"), ss.rsa_certificate(), strict=True)))
    made = {"good": (r.pdf(), r.verifier_key), "edited": (ss.edited_event(r), r.verifier_key),
            "dropped": (ss.dropped_event(r), r.verifier_key),
            "forged": (forged_report.pdf(), forged_report.verifier_key),
            "other certificate": (other_cert.pdf(), r.verifier_key)}
    out = {}
    for name, (data, key) in made.items():
        path = tmp / f"{name.replace(' ', '-')}.pdf"
        path.write_bytes(data)
        out[name] = (path, key)
    return out


@pytest.mark.parametrize("name", ["good", "edited", "dropped", "forged", "other certificate"])
def test_the_authority_samples_give_the_same_answers(page, samples, name):
    path, key = samples[name]
    web, _py = _compare(page, path, [key])
    assert web.status == ("VERIFIED" if name == "good" else "FAILED")
