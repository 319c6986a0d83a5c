"""Random appends always verify and rebuild finds nothing; the export verifies on its own."""

from __future__ import annotations

import base64
import json
import unicodedata
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custody.cli.main import cli
from custody.db.uow import unit_of_work
from custody.ledger.verify import Signature, StoredEntry, verify_entries
from custody.services import ledger as ledger_svc
from custody.services import ledger_admin
from custody.services.auth import login
from custody.services.ledger import NewEvent
from tests.conftest import ADMIN_PASSWORD

KINDS = ["item.registered", "custody.transferred", "storage.checked_in", "storage.moved", "storage.checked_out",
         "lab.submitted", "lab.returned", "court.out", "court.returned", "seal.broken", "weight.recorded",
         "label.printed", "disposal.completed", "item.released"]
ITEMS = [f"UN-DIL-26-{n:06d}-X" for n in range(1, 6)]

event = st.tuples(st.sampled_from(KINDS), st.sampled_from(ITEMS),
                  st.sampled_from(["admin", "jdoe"]), st.sampled_from(["LOC-000001-A", "LOC-000002-B"]),
                  st.text(max_size=12))
action = st.lists(event, min_size=1, max_size=4)  # one user action = one transaction, 1-4 entries


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(action, min_size=1, max_size=6))
def test_random_appends_always_verify_and_rebuild_finds_nothing(sqlite_ctx, actions):
    ctx = sqlite_ctx
    admin_session = login(ctx, "admin", ADMIN_PASSWORD)
    for act in actions:
        with unit_of_work(ctx.engine) as s:
            ledger_svc.append(
                s,
                [NewEvent(kind, {"to": to, "location": loc, "to_location": loc,
                                 "note": unicodedata.normalize("NFC", note)}, item=item,
                          case="CASE-1") for kind, item, to, loc, note in act],
                station="DIL", actor="admin", signers=[admin_session.signer], clock=ctx.clock,
            )
        ctx.clock.advance(seconds=1)
    result = ledger_admin.verify(ctx)
    assert result.ok, result.failures[:3]
    assert ledger_admin.rebuild(ctx) == []


def _read_export(path: Path) -> tuple[list[StoredEntry], list[str]]:
    entries, notes = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        if "checkpoint" in obj:
            notes.append(obj["checkpoint"])
            continue
        body = obj["body"].encode("utf-8")
        sigs = tuple(Signature(s["signer"], s["key_id"], base64.b64decode(s["signature"])) for s in obj["signatures"])
        entries.append(StoredEntry(seq=json.loads(body)["seq"], body=body, signatures=sigs))
    return entries, notes


def test_export_verifies_with_the_ledger_rules_alone(sqlite_ctx, tmp_path: Path):
    ctx = sqlite_ctx
    admin_session = login(ctx, "admin", ADMIN_PASSWORD)
    with unit_of_work(ctx.engine) as s:
        ledger_svc.append(s, [NewEvent("item.registered", {"note": "Ünïcode — دليل"}, item=ITEMS[0])],
                          station="DIL", actor="admin", signers=[admin_session.signer], clock=ctx.clock)
    ledger_admin.checkpoint(ctx)
    out = tmp_path / "ledger.jsonl"
    res = CliRunner().invoke(cli, ["--db", ctx.engine.url.database, "ledger", "export", "--out", str(out)])
    assert res.exit_code == 0, res.output
    entries, notes = _read_export(out)
    assert [e.seq for e in entries] == list(range(1, ledger_admin.total_entries(ctx) + 1))
    assert len(notes) >= 2
    report = verify_entries(entries, checkpoints=notes, trusted_keys=[ctx.station().verifier_key], workers=1)
    assert report.ok and report.trusted, report.failures[:3]
    # one changed character in one exported body is caught, at its seq
    lines = out.read_text(encoding="utf-8").splitlines()
    n = next(i for i, text in enumerate(lines) if '"actor":"admin"' in json.loads(text).get("body", ""))
    line = json.loads(lines[n])
    line["body"] = line["body"].replace('"actor":"admin"', '"actor":"mallo"', 1)
    lines[n] = json.dumps(line, ensure_ascii=False)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    entries, notes = _read_export(out)
    bad = verify_entries(entries, checkpoints=notes, workers=1)
    assert not bad.ok and bad.failures[0].seq == n + 1


def test_cli_verify_reports_seq_lines_and_exit_1(sqlite_ctx):
    ctx = sqlite_ctx
    with ctx.engine.connect() as conn:
        for name in [r[0] for r in conn.exec_driver_sql("select name from sqlite_master where type='trigger'")]:
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        conn.exec_driver_sql("update ledger_entry set kind = 'item.disposed' where seq = 3")
        conn.commit()
    res = CliRunner().invoke(cli, ["--db", ctx.engine.url.database, "ledger", "verify"])
    assert res.exit_code == 1
    lines = [ln for ln in res.output.splitlines() if ln.startswith("seq ")]
    assert lines and lines[0].startswith("seq 3: ")
    assert "failure(s) in" in res.output
    assert ADMIN_PASSWORD not in res.output
