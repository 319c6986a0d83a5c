"""``custody report item ID --language pt``: a report for a Portuguese court from any officer's workstation."""

from __future__ import annotations

import io
import re

import pypdf
from click.testing import CliRunner

from custody import translations
from custody.cli.main import cli
from tests.report_service.test_report_languages import PW, item  # noqa: F401 - fixture


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))


def run(ctx, tmp_path, *args: str):
    pw = tmp_path / "pw.txt"
    pw.write_text(PW + "\n", encoding="utf-8")
    db = ctx.engine.url.database
    return CliRunner().invoke(cli, ["--db", db, "--data-dir", str(ctx.data_dir), "report", *args,
                                    "--as", "helene", "--password-file", str(pw)])


def test_report_in_the_language_asked(item, tmp_path):  # noqa: F811
    ctx, _helene, item_id = item
    out = tmp_path / "report.pdf"
    res = run(ctx, tmp_path, "item", item_id, "--out", str(out), "--language", "pt")
    assert res.exit_code == 0, res.output
    text = flat(out.read_bytes())
    assert re.sub(r"\s+", " ", translations.translate("pt", "Report", "How to check this report")) in text
    assert item_id in text


def test_an_unknown_language_is_a_usage_error_and_writes_nothing(item, tmp_path):  # noqa: F811
    ctx, _helene, item_id = item
    out = tmp_path / "report.pdf"
    res = run(ctx, tmp_path, "item", item_id, "--out", str(out), "--language", "de")
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert "--language" in res.output and not out.exists()
