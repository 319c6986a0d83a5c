"""Verification derives the projections in its parallel pass (issue 18): same answer as replaying the ledger.

The workers fold runs of entries into summaries (services/projection_fold.fold); the main process merges them in
seq order (services/projection_check.ProjectionCheck). Whatever the split into runs, the merged states must be
exactly what replaying every entry through projections.next_state gives; and ``custody ledger verify`` (the
service, with its worker processes) must still report a stored projection that disagrees with the ledger.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from custody.db.models import ItemState
from custody.db.uow import unit_of_work
from custody.services import ledger_admin
from custody.services.projection_check import ProjectionCheck
from custody.services.projection_fold import fold
from custody.services.projections import next_state, ref_of

KINDS = ("item.registered", "custody.transferred", "storage.checked_in", "storage.moved", "storage.checked_out",
         "lab.submitted", "lab.returned", "court.out", "court.returned", "label.printed", "disposal.completed",
         "custody.transferred_out", "custody.transferred_in", "item.released", "custody.recovered",
         "case.opened", "user.created")
PEOPLE = ("ana", "joao", None)
PLACES = ("B-01-1", "C-02-3", None)

entry = st.tuples(st.sampled_from(KINDS), st.sampled_from(("A", "B", "C", "D", None)), st.sampled_from(PEOPLE),
                  st.sampled_from(PLACES), st.sampled_from(("ana", "joao", "ivan")))


def bodies(entries):
    out = []
    for seq, (kind, item, person, place, actor) in enumerate(entries, 1):
        data = {"to": person, "location": place, "to_location": place, "custodian": person,
                "case_number": f"C{seq % 3}", "username": actor}
        out.append({"seq": seq, "at": f"2026-01-01T00:00:{seq % 60:02d}.000Z", "kind": kind, "item": item,
                    "actor": actor, "data": data, "station": "DIL"})
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(entry, max_size=60), st.lists(st.integers(0, 60), max_size=6))
def test_merged_run_summaries_equal_a_replay_of_every_entry(entries, cuts) -> None:
    ledger = bodies(entries)
    replay: dict = {}
    refs: dict = {}
    for body in ledger:
        if body["item"]:
            replay[body["item"]] = next_state(replay.get(body["item"]), body)
        ref = ref_of(body)
        if ref:
            refs[ref] = body["seq"]
    check = ProjectionCheck()
    bounds = sorted({0, len(ledger), *(c for c in cuts if c <= len(ledger))})
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        acc: dict = {}
        for body in ledger[lo:hi]:
            fold(acc, SimpleNamespace(**body))
        fold(acc, None)  # the end of the run, as the verifier calls it
        check.merge(acc)
    assert check.refs == refs
    assert check.items == {i: (v.status, v.custodian, v.location_code, v.last_seq, v.updated_at)
                           for i, v in replay.items()}


def test_verify_reports_a_stored_projection_that_disagrees_with_the_ledger(ctx, admin_session, officer,
                                                                           monkeypatch) -> None:
    from custody.services import ledger as ledger_svc
    from tests.ledger_db.conftest import append_custody_events

    monkeypatch.setattr(ledger_svc, "PARALLEL_MIN_ENTRIES", 1)  # worker processes and ranges even for a few entries
    append_custody_events(ctx, admin_session, 40, items=5, second=officer)
    assert ledger_admin.verify(ctx).ok
    with unit_of_work(ctx.engine) as s:
        s.execute(update(ItemState).where(ItemState.item_id == "UN-DIL-26-000003-X").values(custodian="mallory"))
    result = ledger_admin.verify(ctx)
    assert not result.ok
    (diff,) = result.extra
    assert diff.reason.startswith("projection of item UN-DIL-26-000003-X differs: stored status=with_officer, "
                                  "custodian=mallory,")
    assert "ledger says status=with_officer, custodian=jdoe," in diff.reason
