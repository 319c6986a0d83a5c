"""trust.added / trust.removed (docs/TRANSFER.md 6): only an administrator's key changes the trust list, and every
verifier checks it (LEDGER.md 3.1 through ledger/authority.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ledger"))

from ledger_synth import LedgerBuilder  # noqa: E402

from custody.ledger import verify_entries  # noqa: E402

OTHER_KEY = "custody.local/LAB/LAB+0a1b2c3d+AQ" + "A" * 42 + "="


def _verify(b: LedgerBuilder):
    return verify_entries(b.entries, checkpoints=b.checkpoints, trusted_keys=[b.station_vkey], workers=1)


@pytest.mark.parametrize("kind", ["trust.added", "trust.removed"])
def test_trust_list_change_signed_by_an_administrator_verifies(kind):
    b = LedgerBuilder().standard(items=1, events_per_item=1)
    b.append(kind, actor="admin", signers=["admin"], data={"verifier_key": OTHER_KEY, "name": "Lab", "reason": "MoU"})
    r = _verify(b)
    assert r.ok, r.lines()


@pytest.mark.parametrize("kind", ["trust.added", "trust.removed"])
def test_trust_list_change_by_an_officer_fails(kind):
    b = LedgerBuilder().standard(items=1, events_per_item=1)
    e = b.append(kind, actor="jdoe", signers=["jdoe"], data={"verifier_key": OTHER_KEY, "name": "Lab",
                                                           "reason": "forged"})
    r = _verify(b)
    assert any(f.seq == e.seq and "not signed by an administrator" in f.reason for f in r.failures), r.lines()


def test_trust_list_change_by_the_station_key_fails():
    from custody.ledger import STATION

    b = LedgerBuilder().standard(items=1, events_per_item=1)
    e = b.append("trust.added", actor=STATION, signers=[STATION], data={"verifier_key": OTHER_KEY})
    r = _verify(b)
    assert any(f.seq == e.seq and "written by @station" in f.reason for f in r.failures), r.lines()
