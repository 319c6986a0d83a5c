"""The alerts read items held too long and items with no label a page at a time, through an index (issue 18, 5).

At 10^6 items the start page of custodians and supervisors (and the Alerts page) read every one of them: ~250,000
held too long and ~750,000 with no label, each found by a ``NOT IN`` over every ``label.printed`` entry and sorted
(~10 s of CPU). The statements are captured from ``services.alerts.alerts`` itself, ``item_state`` grown to 50,000
rows (nearly all held or stored, long ago; none at the laboratory: the filler bodies are placeholders) and the ledger to 10^5 entries; each is explained before and after ANALYZE:
- the lists: through ``ix_item_state_status_age`` on the status, in its order and cut by LIMIT (the only sort is
  of the rows a LIMIT kept: the two statuses of "no label" merged), never a scan of ``item_state`` or
  ``ledger_entry``; "has a label" is a probe of ``ix_ledger_entry_item_kind`` on the item and the kind;
- the counts: no sort, no scan of the ledger; on SQLite a range of ``ix_item_state_status_age``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, text

from tests.ledger_db.test_query_plans import ITEMS, _grow_ledger, _pg_plan, _sqlite_plan

AGE_INDEX = "ix_item_state_status_age"
LABEL_INDEX = "ix_ledger_entry_item_kind"
ROWS = 50_000
ROWS_PG = 400_000
STATUSES = ("in_storage", "with_officer", "in_storage", "released", "in_storage", "with_officer", "released")


def _capture_alerts(ctx) -> dict[str, object]:
    from custody.services import alerts

    seen: dict[str, object] = {}

    def capture(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        low = " ".join(statement.lower().split())
        if low.startswith("select") and "item_state" in low and ("updated_at" in low or "exists" in low):
            seen.setdefault(statement, parameters)

    event.listen(ctx.engine, "before_cursor_execute", capture)
    try:
        a = alerts.alerts(ctx)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", capture)
    assert len(a.held_too_long) == len(a.unlabelled) == alerts.ALERTS_LISTED  # lists full: counted too
    assert a.total("held_too_long") > alerts.ALERTS_LISTED and a.total("unlabelled") > alerts.ALERTS_LISTED
    return seen


def _grow_item_state(ctx) -> None:
    """Item ids as the filler ledger's (some have label.printed entries), all last changed in 2025. PostgreSQL gets
    more of them: with no statistics its planner takes a status for 0.5% of the rows, and for a few hundred rows a
    sort looks cheaper than the index's order (at 10^6 items it is 5,000 and the index is taken)."""
    rows_wanted = ROWS_PG if ctx.engine.dialect.name == "postgresql" else ROWS
    with ctx.engine.begin() as conn:
        seizure = conn.execute(text("SELECT min(id) FROM seizure")).scalar_one()
        if ctx.engine.dialect.name == "postgresql":
            statuses = " ".join(f"WHEN {i} THEN '{st}'" for i, st in enumerate(STATUSES))
            conn.execute(text(
                "CREATE TEMP TABLE grown AS SELECT 'UN-DIL-26-' || lpad(n::text, 6, '0') || '-X' AS id, n,"
                f" CASE n % 7 {statuses} END AS status,"
                " '2025-' || lpad((1 + n % 12)::text, 2, '0') || '-' || lpad((1 + n % 28)::text, 2, '0') || 'T'"
                " || lpad((n % 24)::text, 2, '0') || ':00:00.000Z' AS at FROM generate_series(0, :rows - 1) AS n"),
                {"rows": rows_wanted})
            conn.execute(text(
                "INSERT INTO item (item_id, seizure_id, item_number, category, description, quantity, unit, sealed,"
                " seal_number, biohazard, parent_id, fields_json, registered_at) SELECT id, :seizure, 1000 + n,"
                " 'other', 'a box', '1', 'item', false, '', false, NULL, '{}', at FROM grown"), {"seizure": seizure})
            conn.execute(text(
                "INSERT INTO item_state (item_id, status, custodian, location_code, last_seq, updated_at)"
                " SELECT id, status, CASE WHEN status = 'with_officer' THEN (ARRAY['joao', 'helene', 'ivan'])"
                "[1 + n % 3] END, CASE WHEN status = 'in_storage' THEN 'LOC-000001-A' END, n, at FROM grown"))
            conn.execute(text("DROP TABLE grown"))
            return
        rows = [{"id": f"UN-DIL-26-{n:06d}-X", "status": STATUSES[n % 7],
                 "custodian": ("joao", "helene", "ivan")[n % 3] if STATUSES[n % 7] == "with_officer" else None,
                 "location": "LOC-000001-A" if STATUSES[n % 7] == "in_storage" else None, "seq": n,
                 "at": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00.000Z"} for n in range(ROWS)]
        conn.execute(text("INSERT INTO item (item_id, seizure_id, item_number, category, description, quantity, unit,"
                          " sealed, seal_number, biohazard, parent_id, fields_json, registered_at)"
                          " VALUES (:id, :seizure, :number, 'other', 'a box', '1', 'item', false, '', false, NULL,"
                          " '{}', :at)"), [{**r, "seizure": seizure, "number": 1000 + i} for i, r in enumerate(rows)])
        conn.execute(text("INSERT INTO item_state (item_id, status, custodian, location_code, last_seq, updated_at)"
                          " VALUES (:id, :status, :custodian, :location, :seq, :at)"), rows)


def _pg_problems(statement: str, nodes: list[dict], listed: bool) -> list[str]:
    short = " ".join(statement.split())[:200]
    problems = []
    for n in nodes:
        if n["Node Type"] == "Seq Scan" and n.get("Relation Name") == "ledger_entry":
            problems.append(f"reads the whole ledger: {short}")
        if listed and n["Node Type"] == "Seq Scan" and n.get("Relation Name") == "item_state":
            problems.append(f"reads every item: {short}")
    if listed:
        if not any(n.get("Index Name") == AGE_INDEX and "status" in n.get("Index Cond", "") for n in nodes):
            problems.append(f"not through {AGE_INDEX} on the status: {short}\n    "
                            f"{[(n['Node Type'], n.get('Index Name')) for n in nodes]}")
        for n in nodes:  # a sort only of what a LIMIT kept
            if n["Node Type"] in ("Sort", "Incremental Sort") and not _limited(n):
                problems.append(f"sorts every row: {short}\n    {_tree(nodes[0])}")
    elif any(n["Node Type"] in ("Sort", "Incremental Sort") for n in nodes):
        problems.append(f"sorts before counting: {short}")
    return problems


def _tree(node: dict) -> str:
    name = node["Node Type"] + (f" {node['Index Name']}" if node.get("Index Name") else "") + (
        f" {node['Relation Name']}" if node.get("Relation Name") else "")
    kids = node.get("Plans", [])
    return name + (" (" + ", ".join(_tree(k) for k in kids) + ")" if kids else "")


def _limited(node: dict) -> bool:
    """Every table read below ``node`` is read under a Limit."""
    if node["Node Type"] == "Limit":
        return True
    if "Relation Name" in node:
        return False
    return all(_limited(c) for c in node.get("Plans", []))


def _sqlite_problems(statement: str, plan: list[str], listed: bool) -> list[str]:
    short = " ".join(statement.split())[:200]
    problems = []
    if any(step.startswith(("SCAN item_state", "SCAN ledger_entry")) for step in plan):
        problems.append(f"reads every item or the whole ledger: {short}\n    {plan}")
    if not any(f"INDEX {AGE_INDEX} (status=?" in step for step in plan):
        problems.append(f"not through {AGE_INDEX} on the status: {short}\n    {plan}")
    if "exists" in statement.lower() and not any(f"INDEX {LABEL_INDEX} (item=? AND kind=?)" in s for s in plan):
        problems.append(f"the label not probed through {LABEL_INDEX}: {short}\n    {plan}")
    for i, step in enumerate(plan):  # a sort only of a LIMITed subquery's rows (the merge of the two statuses)
        if "TEMP B-TREE" in step and not (listed and i and plan[i - 1].startswith("SCAN anon_")):
            problems.append(f"sorts every row: {short}\n    {plan}")
    return problems


def _check(conn, dialect: str, queries: dict[str, object]) -> list[str]:
    problems = []
    for statement, params in queries.items():
        listed = " limit " in " ".join(statement.lower().split())
        if dialect == "postgresql":
            problems += _pg_problems(statement, _pg_plan(conn, statement, params), listed)
        else:
            problems += _sqlite_problems(statement, _sqlite_plan(conn, statement, params), listed)
    return problems


@pytest.mark.slow
def test_alerts_read_a_page_of_each_kind_through_an_index_and_count_the_rest(db_url: str,
                                                                              _isolated_data_dir: Path) -> None:
    from custody.services.demo import DemoOptions, build_demo
    from tests.conftest import make_context

    assert ITEMS < ROWS
    ctx = make_context(db_url, _isolated_data_dir)
    try:
        build_demo(ctx, DemoOptions(items=12, seed=5, admin_password="admin password 1234",
                                    officer_password="officer password 1234"))
        _grow_ledger(ctx)
        _grow_item_state(ctx)
        queries = _capture_alerts(ctx)
        flat = [" ".join(q.lower().split()) for q in queries]
        assert sorted(q.startswith("select count(") for q in flat) == [False, False, True, True], flat  # 2 lists,
        assert sum(" limit " in q for q in flat) == 2, flat                                              # 2 counts
        dialect = ctx.engine.dialect.name
        with ctx.engine.connect() as conn:
            before = _check(conn, dialect, queries)
        with ctx.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        with ctx.engine.connect() as conn:
            after = _check(conn, dialect, queries)
        assert not before + after, "\n".join(["without statistics:", *before, "after ANALYZE:", *after])
    finally:
        ctx.engine.dispose()
