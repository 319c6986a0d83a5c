"""Printing labels records label.printed with the reprint count; the CLI writes PDF and ZPL."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from click.testing import CliRunner
from sqlalchemy import select

from custody.cli.main import cli
from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.errors import ValidationError
from custody.services import auth, ledger_admin, user_admin
from custody.services import labels as label_svc
from custody.services.users import NewUser
from tests.report_service.test_report_service import _seed


def _printed(ctx, item: str) -> list[dict]:
    with unit_of_work(ctx.engine, read_only=True) as s:
        rows = s.execute(select(LedgerEntry.body).where(LedgerEntry.item == item, LedgerEntry.kind == "label.printed")
                         .order_by(LedgerEntry.seq)).scalars()
        return [json.loads(b)["data"] for b in rows]


def test_print_and_reprint_are_recorded_with_a_count(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    _, item = _seed(ctx, admin)
    ivan = auth.login(ctx, "ivan", "ivan password 22")
    job = label_svc.prepare_item_labels(ctx, ivan, [item])
    assert _printed(ctx, item) == []  # rendering alone records nothing
    page = pdfium.PdfDocument(job.data)[0].render(scale=300 / 72).to_pil()
    assert [b.text for b in zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.Code128)] == [item]
    label_svc.record_labels_printed(ctx, ivan, job, "printer:QL-800")
    label_svc.record_labels_printed(ctx, ivan, job, "printer:QL-800")
    printed = _printed(ctx, item)
    assert [p["reprint"] for p in printed] == [0, 1]
    assert printed[0]["template"] == "brother-ql-62x29"
    assert ledger_admin.verify(ctx).ok


def test_zpl_only_for_zebra_templates(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    _, item = _seed(ctx, admin)
    ivan = auth.login(ctx, "ivan", "ivan password 22")
    with pytest.raises(ValidationError, match="ZPL"):
        label_svc.prepare_item_labels(ctx, ivan, [item], "a4-3x8", "zpl")
    job = label_svc.prepare_item_labels(ctx, ivan, [item], "zebra-4x2-203", "zpl")
    assert job.data.startswith(b"^XA") and b"^BC" in job.data


def test_badge_cards_carry_the_officer_code(sqlite_ctx):
    from custody.domain.ids import classify_scan

    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    user_admin.add_user(ctx, admin, NewUser("kofi", "Kofi Mensah", "B-7", "officer password 1", (Role.OFFICER,)))
    job = label_svc.badge_cards(ctx, admin, ["kofi"], "zebra-4x2-300")
    page = pdfium.PdfDocument(job.data)[0].render(scale=300 / 72).to_pil()
    codes = [b.text for b in zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.Code128)]
    assert len(codes) == 1 and classify_scan(codes[0]).kind == "officer"


def test_cli_labels_pdf_and_zpl(sqlite_ctx, tmp_path: Path):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    _, item = _seed(ctx, admin)
    pw = tmp_path / "pw"
    pw.write_text("ivan password 22")
    db = ctx.engine.url.database
    runner = CliRunner()
    res = runner.invoke(cli, ["--db", db, "labels", item, "--out", str(tmp_path / "l.pdf"), "--as", "ivan",
                              "--password-file", str(pw)])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "l.pdf").read_bytes().startswith(b"%PDF")
    res = runner.invoke(cli, ["--db", db, "labels", item, "--template", "zebra-4x6-203", "--out",
                              str(tmp_path / "l.zpl"), "--as", "ivan", "--password-file", str(pw)])
    assert res.exit_code == 0, res.output
    assert "^FD" in (tmp_path / "l.zpl").read_text()
    assert [p["format"] for p in _printed(ctx, item)] == ["pdf", "zpl"]
    res = runner.invoke(cli, ["--db", db, "labels", item, "--template", "nope", "--out", str(tmp_path / "x.pdf"),
                              "--as", "ivan", "--password-file", str(pw)])
    assert res.exit_code == 1 and "Unknown label template" in res.output


def test_station_label_template_is_configurable(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    _, item = _seed(ctx, admin)
    label_svc.set_station_template(ctx, admin, "zebra-4x6-203")
    assert ctx.station().label_template == "zebra-4x6-203"
    ivan = auth.login(ctx, "ivan", "ivan password 22")
    job = label_svc.prepare_item_labels(ctx, ivan, [item])  # no template given: the station's
    assert job.template == "zebra-4x6-203"
    with pytest.raises(ValidationError, match="Unknown label template"):
        label_svc.set_station_template(ctx, admin, "no-such-template")
    with pytest.raises(Exception, match="do not allow"):
        label_svc.set_station_template(ctx, ivan, "a4-3x8")  # a custodian does not configure the station
    assert ledger_admin.verify(ctx).ok


def test_cli_labels_help_lists_every_template_with_what_it_prints_on():
    from custody.reports.labels import list_templates

    res = CliRunner().invoke(cli, ["labels", "--help"])
    assert res.exit_code == 0, res.output
    listing = res.output.split("Templates (--template NAME):", 1)[1]
    lines = {line.split()[0]: line for line in listing.strip().splitlines()}
    infos = list_templates()
    assert list(lines) == [t.name for t in infos]  # every template, in the app's order
    for t in infos:
        assert t.title in lines[t.name]
        assert lines[t.name].rstrip().endswith("PDF or ZPL" if t.zpl else "; PDF")
