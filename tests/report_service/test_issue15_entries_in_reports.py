"""Issue 15: a custody report of an item recovered from a disabled officer, and of an item whose audit finding was
resolved, states those entries and verifies offline (the new kinds need nothing more than their signatures)."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf

from custody.db.engine import make_engine
from custody.services import audit_alerts, custody, reports, user_admin
from custody.services.auth import login, unlock_signer
from custody.services.context import AppContext
from custody.services.demo import DemoOptions, build_demo
from custody.verifier import verify_pdf


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def test_reports_with_a_recovery_and_a_resolved_finding_verify(tmp_path: Path):
    from custody.db import migrate

    ctx = AppContext(engine=make_engine(f"sqlite:///{tmp_path / 'demo.db'}"), data_dir=tmp_path / "data")
    migrate.upgrade(ctx.engine)
    result = build_demo(ctx, DemoOptions(items=30, seed=3, photos=False))
    admin = login(ctx, result.admin_username, result.admin_password)
    ivan = login(ctx, "ivan", result.officer_password)
    amara = unlock_signer(ctx, "amara", result.officer_password)
    held = [i for i, holder in custody.held_by_absent(ctx, ivan, include_active=True) if holder == "joao"]
    assert held
    user_admin.set_active(ctx, admin, "joao", False)
    assert [i for i, _ in custody.held_by_absent(ctx, ivan)] == held
    custody.recover_custody(ctx, ivan, held[:1], amara, "João left the service on 30 November")
    (finding,) = audit_alerts.open_audit_alerts(ctx)
    audit_alerts.resolve_audit_alert(ctx, ivan, finding.item_id, "found", "Behind the safe", amara)

    key = [ctx.station().verifier_key]
    recovered = reports.produce_item_report(ctx, ivan, held[0]).pdf
    assert verify_pdf(recovered, key).ok
    text = _text(recovered)
    assert "Recovered from an absent officer" in text and "João left the service" in text
    resolved = reports.produce_item_report(ctx, ivan, finding.item_id).pdf
    assert verify_pdf(resolved, key).ok
    assert "Audit finding resolved" in _text(resolved)
