"""Acceptance 2 (issue 19): a package with a changed byte, a missing photo, an entry removed, a forged entry, or from
an untrusted station is refused on import, with the reason, and nothing is written (the receiving database is
byte-for-byte the same).

Tampering is done twice where it matters: by someone without any key (the manifest no longer matches its signature)
and by someone holding the sending station's key who re-signs the manifest (the proofs inside must still refuse it).
"""

from __future__ import annotations

import base64
import io
import json
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from custody.ledger.canonical import canonical_bytes
from custody.ledger.entry import entry_hash
from custody.ledger.signing import key_id, public_raw, sign_entry
from custody.ledger.transfer_package import MANIFEST, SIGNATURE, build_package
from custody.services import transfer
from custody.services.transfer import PackageRefused, Receiver
from tests.transfer.conftest import seed_items


@pytest.fixture
def sent(stations, tmp_path):
    a, b = stations
    items = seed_items(a)
    out = transfer.transfer_out(a.ctx, a.user("cora"), items, Receiver("National Forensic Laboratory", "Lena Example",
                                                                      "NFL", "NFL-778"))
    return a, b, items, out.package


def _members(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, d in members.items():
            zf.writestr(n, d)
    return buf.getvalue()


def _resign(a, members: dict[str, bytes]) -> bytes:
    """What someone holding the sending station's key could make: the changed members, a fresh signed manifest."""
    manifest = json.loads(members[MANIFEST])
    manifest.pop("files")
    others = {n: d for n, d in members.items() if n not in (MANIFEST, SIGNATURE)}
    return build_package(manifest, others, a.ctx.load_station_key(a.ctx.station()))


def _last_segment(members):
    name = json.loads(members[MANIFEST])["segments"][-1]
    return name, json.loads(members[name])


def _refused(b, package: bytes, *, trust=(), expect: str) -> None:
    lena = b.user("lena")
    before = b.db_hash()
    check = transfer.check_package(b.ctx, lena, package, trust)
    assert not check.ok and any(expect in f for f in check.failures), check.failures
    with pytest.raises(PackageRefused) as err:
        transfer.transfer_in(b.ctx, lena, package, trust)
    assert any(expect in f for f in err.value.failures), err.value.failures
    assert "Nothing was recorded" in err.value.message
    assert b.db_hash() == before  # nothing written


def test_intact_package_is_accepted(sent):
    a, b, items, package = sent
    lena = b.user("lena")
    check = transfer.check_package(b.ctx, lena, package, [a.key])
    assert check.ok, check.failures
    assert set(check.item_ids) == set(items)
    res = transfer.transfer_in(b.ctx, lena, package, [a.key])
    assert set(res.item_ids) == set(items)


def test_changed_byte_is_refused(sent):
    a, b, _, package = sent
    m = _members(package)
    pdf = bytearray(m["report.pdf"])
    pdf[len(pdf) // 2] ^= 0x01
    m["report.pdf"] = bytes(pdf)
    _refused(b, _zip(m), trust=[a.key], expect="not the file the manifest lists")
    # and a byte changed in the file as it travelled (the archive itself)
    raw = bytearray(package)
    raw[len(raw) // 3] ^= 0x40
    lena = b.user("lena")
    before = b.db_hash()
    with pytest.raises(PackageRefused):
        transfer.transfer_in(b.ctx, lena, bytes(raw), [a.key])
    assert b.db_hash() == before


def test_missing_photo_is_refused(sent):
    a, b, _, package = sent
    m = _members(package)
    photo = next(n for n in m if n.startswith("attachments/"))
    del m[photo]
    _refused(b, _zip(m), trust=[a.key], expect="missing from the package")
    _refused(b, _resign(a, m), trust=[a.key], expect="is missing")  # re-signed: the entry still names the photo


def test_entry_removed_is_refused(sent):
    a, b, items, package = sent
    m = _members(package)
    name, seg = _last_segment(m)
    seg["entries"] = [e for e in seg["entries"] if json.loads(e["body"])["kind"] != "attachment.added"
                      or json.loads(e["body"])["item"] != items[0]]
    m[name] = json.dumps(seg).encode()
    _refused(b, _zip(m), trust=[a.key], expect="not the file the manifest lists")
    _refused(b, _resign(a, m), trust=[a.key], expect="events are missing")


def test_forged_entry_is_refused(sent):
    a, b, items, package = sent
    m = _members(package)
    name, seg = _last_segment(m)
    bodies = [json.loads(e["body"]) for e in seg["entries"]]
    last = max((x for x in bodies if x["item"] == items[0]), key=lambda x: x["seq"])
    mallory = Ed25519PrivateKey.generate()
    forged = dict(last, kind="custody.transferred", actor="cora", signers=["cora"], seq=last["seq"] + 1,
                  data={"from": "cora", "to": "mallory", "purpose": "kept it"})
    fb = canonical_bytes(forged)
    seg["entries"].append({"body": fb.decode(), "signatures": [{
        "signer": "cora", "key_id": key_id(public_raw(mallory)),
        "signature": base64.b64encode(sign_entry(mallory, entry_hash(fb))).decode()}], "inclusion": []})
    m[name] = json.dumps(seg).encode()
    _refused(b, _zip(m), trust=[a.key], expect="not the file the manifest lists")
    _refused(b, _resign(a, m), trust=[a.key], expect=f"seq {forged['seq']}")


def test_untrusted_station_is_refused(sent):
    a, b, _, package = sent
    _refused(b, package, expect="not one you trust")
    # a stranger who made a station key of their own and signed a copy with it
    stranger = Ed25519PrivateKey.generate()
    m = _members(package)
    manifest = json.loads(m[MANIFEST])
    manifest.pop("files")
    from custody.ledger.note import verifier_key

    manifest["sender"]["verifier_key"] = verifier_key("custody.local/DIL/DIL", public_raw(stranger))
    forged = build_package(manifest, {n: d for n, d in m.items() if n not in (MANIFEST, SIGNATURE)}, stranger)
    _refused(b, forged, trust=[a.key], expect="not one you trust")


def test_trust_list_makes_the_sender_trusted_and_is_an_admin_ledger_entry(sent):
    a, b, items, package = sent
    admin = b.admin()
    seq = transfer.add_trust(b.ctx, admin, a.key, "UN Police, Dili district", "MoU 2026/3")
    assert [t.verifier_key for t in transfer.list_trust(b.ctx, admin)] == [a.key]
    lena = b.user("lena")
    assert transfer.check_package(b.ctx, lena, package).ok
    with pytest.raises(Exception) as err:  # an officer cannot change the trust list
        transfer.remove_trust(b.ctx, lena, a.key, "no")
    assert "do not allow" in str(err.value)
    transfer.remove_trust(b.ctx, admin, a.key, "MoU ended")
    assert transfer.list_trust(b.ctx, admin) == []
    assert seq > 0
    _refused(b, package, expect="not one you trust")


def test_an_old_package_cannot_bring_items_back_twice(stations, tmp_path):
    """Replay: B returns the items to A; A sends them away again; B's old package must not bring them back."""
    from tests.transfer.test_round_trip import run_round_trip

    a, b = stations
    items, _, _ = run_round_trip(a, b, tmp_path)
    old = (tmp_path / "back.custody").read_bytes()
    cora = a.user("cora")
    from custody.domain.errors import Conflict

    with pytest.raises(Conflict) as conflict:  # the same package again, while A holds the items
        transfer.transfer_in(a.ctx, cora, old)
    assert "already in this station's custody" in conflict.value.message
    transfer.transfer_out(a.ctx, cora, items, Receiver("National Prosecutor", "P. Example", "NPO", "P-1"))
    before = a.db_hash()
    with pytest.raises(PackageRefused) as err:  # the items left again: the old package must not bring them back
        transfer.transfer_in(a.ctx, cora, old)
    assert "already received" in err.value.message
    assert a.db_hash() == before
