"""The start page finds the items an officer holds through an index, at any number of items (issue 18, 5).

"The items I hold, the oldest first" and their count were answered through the ``status`` index: every item held by
any officer was read and sorted (0.37 s at 10^6 items, after every change). The statements are captured from
``services.start.start_page`` itself; ``item_state`` is then grown to 50,000 rows (a few officers holding most of
them, as a counter where one custodian receives every seizure) and each statement on it is explained, before and
after ANALYZE: the held items must be read through ``ix_item_state_holder`` on both the custodian and the status,
in its order (no sort of everything held), and their count through an index on the custodian.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import event, text

from tests.ledger_db.test_query_plans import _pg_plan, _sqlite_plan

HOLDER_INDEX = "ix_item_state_holder"
ROWS = 50_000
STATUSES = ("with_officer", "in_storage", "at_lab", "at_court")


def _capture_start_page(ctx, officer, monkeypatch) -> dict[str, object]:
    from custody.services import start

    seen: dict[str, object] = {}

    def capture(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        low = " ".join(statement.lower().split())
        if low.startswith("select") and "item_state.custodian = " in low:
            seen.setdefault(statement, parameters)

    event.listen(ctx.engine, "before_cursor_execute", capture)
    try:
        start.start_page(ctx, officer)  # the list (its statement is kept with these parameters)
        monkeypatch.setattr(start, "MY_ITEMS_LISTED", 0)  # the count runs when the list is full (these items
        start.start_page(ctx, officer)                     # have no item row for the list to join)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", capture)
    return seen


def _grow_item_state(ctx) -> None:
    rows = [{"id": f"UN-DIL-26-{n:06d}-Y", "status": STATUSES[n % 7 % 4],
             "custodian": ("joao", "helene", "ivan")[n % 3] if n % 7 % 4 == 0 else None, "seq": n,
             "at": f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00.000Z"} for n in range(1, ROWS + 1)]
    with ctx.engine.begin() as conn:
        seizure = conn.execute(text("SELECT min(id) FROM seizure")).scalar_one()
        conn.execute(text("INSERT INTO item (item_id, seizure_id, item_number, category, description, quantity, unit,"
                          " sealed, seal_number, biohazard, parent_id, fields_json, registered_at)"
                          " VALUES (:id, :seizure, :number, 'other', 'a box', '1', 'item', false, '', false, NULL,"
                          " '{}', :at)"), [{**r, "seizure": seizure, "number": 1000 + i} for i, r in enumerate(rows)])
        conn.execute(text("INSERT INTO item_state (item_id, status, custodian, location_code, last_seq, updated_at)"
                          " VALUES (:id, :status, :custodian, NULL, :seq, :at)"), rows)


def _check(conn, dialect: str, queries: dict[str, object]) -> list[str]:
    """The list: through the holder index on custodian and status, in its order (no sort of everything held). The
    count: through an index whose condition is on the custodian (PostgreSQL may prefer a bitmap scan of it: only
    held items have a custodian), never the whole table."""
    problems = []
    for statement, params in queries.items():
        short = " ".join(statement.split())[:240]
        ordered = " order by " in " ".join(statement.lower().split())
        if dialect == "postgresql":
            nodes = _pg_plan(conn, statement, params)
            conds = [(n.get("Index Name") or "", n.get("Index Cond", "")) for n in nodes if n.get("Index Name")]
            if any(n["Node Type"] == "Seq Scan" and n.get("Relation Name") == "item_state" for n in nodes):
                problems.append(f"reads every item: {short}")
            if ordered:
                if not any(name == HOLDER_INDEX and "custodian" in c and "status" in c for name, c in conds):
                    problems.append(f"not through {HOLDER_INDEX} on custodian and status: {short}\n    {conds}")
                if any(n["Node Type"] in ("Sort", "Incremental Sort") for n in nodes):
                    problems.append(f"sorts what the officer holds: {short}")
            elif not any(name.startswith("ix_item_state_") and "custodian" in c for name, c in conds):
                problems.append(f"not through an index on the custodian: {short}\n    {conds}")
        else:
            plan = _sqlite_plan(conn, statement, params)
            if any(step.startswith("SCAN item_state") for step in plan):
                problems.append(f"reads every item: {short}\n    {plan}")
            if ordered:
                if not any(f"INDEX {HOLDER_INDEX} (custodian=? AND status=?)" in step for step in plan):
                    problems.append(f"not through {HOLDER_INDEX} on custodian and status: {short}\n    {plan}")
                if any("TEMP B-TREE" in step for step in plan):
                    problems.append(f"sorts what the officer holds: {short}\n    {plan}")
            elif not any(re.search(r"INDEX ix_item_state_\w+ \(custodian=\?", step) for step in plan):
                problems.append(f"not through an index on the custodian: {short}\n    {plan}")
    return problems


@pytest.mark.slow
def test_the_start_page_reads_an_officers_items_through_an_index(db_url: str, _isolated_data_dir: Path,
                                                                  monkeypatch) -> None:
    from custody.services.auth import login
    from custody.services.demo import DemoOptions, build_demo
    from tests.conftest import make_context

    ctx = make_context(db_url, _isolated_data_dir)
    try:
        result = build_demo(ctx, DemoOptions(items=12, seed=5, admin_password="admin password 1234",
                                             officer_password="officer password 1234"))
        _grow_item_state(ctx)
        queries = _capture_start_page(ctx, login(ctx, "joao", result.officer_password), monkeypatch)
        joined = "\n".join(" ".join(q.lower().split()) for q in queries)
        assert "order by item_state.updated_at" in joined and "count(" in joined, joined  # the list and its count
        dialect = ctx.engine.dialect.name
        with ctx.engine.connect() as conn:
            before = _check(conn, dialect, queries)
        with ctx.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        with ctx.engine.connect() as conn:
            after = _check(conn, dialect, queries)
        assert not before, "without statistics:\n" + "\n".join(before)
        assert not after, "after ANALYZE:\n" + "\n".join(after)
    finally:
        ctx.engine.dispose()
