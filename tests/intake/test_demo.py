"""``custody demo --db x.db --items 200`` builds a database whose ledger verifies."""

from __future__ import annotations

import time

from click.testing import CliRunner

from custody.cli.main import cli


def test_demo_builds_a_verifiable_database(tmp_path):
    db = tmp_path / "x.db"
    runner = CliRunner()
    t0 = time.perf_counter()
    result = runner.invoke(cli, ["demo", "--db", str(db), "--items", "200", "--seed", "3"], catch_exceptions=False)
    elapsed = time.perf_counter() - t0
    assert result.exit_code == 0, result.output
    assert "200 items" in result.output and "Administrator: admin / password:" in result.output
    assert elapsed < 60
    verify = runner.invoke(cli, ["--db", str(db), "ledger", "verify"], catch_exceptions=False)
    assert verify.exit_code == 0, verify.output
    assert "Ledger intact" in verify.output

    from custody.db.engine import make_engine
    from custody.domain.enums import Category
    from custody.services.auth import login
    from custody.services.context import AppContext
    from custody.services.intake import list_items
    from custody.services.search import search

    password = result.output.split("Officers (")[1].split("password: ")[1].split()[0]
    ctx = AppContext(engine=make_engine("sqlite:///" + str(db)), data_dir=tmp_path)
    s = login(ctx, "helene", password)
    items = list_items(ctx, s, limit=1000).items
    assert len(items) == 204  # 200 + 2 samples + 2 split parts
    assert {i.category for i in items} == {c.value for c in Category}
    assert search(ctx, s, "Иван") or search(ctx, s, "محمد") or search(ctx, s, "João")
    # the custody workflows are in the demo too (issue: scan-driven custody)
    with ctx.engine.connect() as conn:
        kinds = {k for (k,) in conn.exec_driver_sql("select distinct kind from ledger_entry")}
    for kind in ("custody.transferred", "storage.checked_in", "storage.checked_out", "lab.submitted", "lab.returned",
                 "court.out", "court.returned", "seal.broken", "seal.applied", "disposal.authorized",
                 "disposal.completed", "item.released", "inventory.seen", "inventory.audited"):
        assert kind in kinds, kind
    statuses = {i.status for i in items}
    assert {"in_storage", "disposed", "released"} <= statuses
    ctx.engine.dispose()


def test_demo_refuses_an_existing_database_without_the_password(tmp_path):
    db = tmp_path / "y.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["demo", "--db", str(db), "--items", "3", "--no-photos"]).exit_code == 0
    again = runner.invoke(cli, ["demo", "--db", str(db), "--items", "3"])
    assert again.exit_code == 1 and "already set up" in again.output
