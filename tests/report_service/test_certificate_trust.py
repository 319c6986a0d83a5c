"""One trust anchor for the PDF signature: the station's certificate is bound to the ledger and exportable, so
pdfsig (NSS) and pyHanko validate a report with it as trust root (issue 13, acceptance 2)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from custody.cli.main import cli
from custody.services import auth, certificate, intake
from custody.services import reports as report_svc
from tests.conftest import ADMIN_PASSWORD
from tests.support.report_seed import seed_item


@pytest.fixture
def report(sqlite_ctx, tmp_path: Path) -> tuple[object, Path]:
    session, item_id = seed_item(sqlite_ctx)
    path = tmp_path / "report.pdf"
    path.write_bytes(report_svc.produce_item_report(sqlite_ctx, session, item_id).pdf)
    return sqlite_ctx, path


def _export(ctx, tmp_path: Path) -> Path:
    out = tmp_path / "station.crt"
    res = CliRunner().invoke(cli, ["--db", ctx.engine.url.render_as_string(hide_password=False), "station",
                                   "certificate", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert certificate.export_certificate(ctx).sha256 in res.output
    return out


def test_the_report_prints_the_bound_fingerprint(report):
    import pypdf

    ctx, path = report
    fp = certificate.export_certificate(ctx).sha256
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert fp[:32] in "".join(text.split())


def test_pdfsig_trusts_the_exported_certificate(report, tmp_path: Path):
    ctx, path = report
    crt = _export(ctx, tmp_path)
    nss = tmp_path / "nss"
    nss.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
    before = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(path)], capture_output=True, text=True)
    assert "Signature is Valid" in before.stdout and "Certificate is Trusted" not in before.stdout
    subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "custody-station", "-t", "C,C,C", "-i",
                    str(crt)], check=True)
    after = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(path)], capture_output=True, text=True)
    assert "Signature is Valid" in after.stdout, after.stdout
    assert "Certificate is Trusted" in after.stdout, after.stdout


def test_pyhanko_validates_with_the_exported_certificate_as_trust_root(report, tmp_path: Path):
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    ctx, path = report
    crt = _export(ctx, tmp_path)
    sig = PdfFileReader(io.BytesIO(path.read_bytes())).embedded_signatures[0]
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=[load_cert_from_pemder(str(crt))]))
    assert status.intact and status.valid and status.trusted and status.bottom_line
    untrusted = validate_pdf_signature(sig, ValidationContext(trust_roots=[]))
    assert not untrusted.trusted


def test_report_states_its_real_creation_date(report):
    import datetime as dt

    import pypdf

    _ctx, path = report
    meta = pypdf.PdfReader(io.BytesIO(path.read_bytes())).metadata
    created = meta.creation_date
    assert created is not None and abs(dt.datetime.now(created.tzinfo) - created) < dt.timedelta(hours=1)
    assert meta.modification_date is not None and meta.modification_date.year >= 2026


def test_an_agency_pkcs12_can_be_imported_and_signs_later_reports(report, tmp_path: Path):
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        load_pem_private_key,
        pkcs12,
    )

    from custody.reports.pdfsign import certificate_fingerprint, create_station_certificate_chain
    from custody.verifier import verify_pdf

    ctx, _path = report
    key_pem, cert_pem, root_pem = create_station_certificate_chain("Agency signing", "Polícia Nacional")
    p12 = pkcs12.serialize_key_and_certificates(
        b"agency", load_pem_private_key(key_pem, None), x509.load_pem_x509_certificate(cert_pem),
        [x509.load_pem_x509_certificate(root_pem)], BestAvailableEncryption(b"p12 secret"))
    (tmp_path / "agency.p12").write_bytes(p12)
    (tmp_path / "pw").write_text(ADMIN_PASSWORD + "\n")
    (tmp_path / "p12pw").write_text("p12 secret\n")
    url = ctx.engine.url.render_as_string(hide_password=False)
    res = CliRunner().invoke(cli, ["--db", url, "station", "import-certificate", str(tmp_path / "agency.p12"),
                                   "--as", "admin", "--password-file", str(tmp_path / "pw"),
                                   "--p12-password-file", str(tmp_path / "p12pw")])
    assert res.exit_code == 0, res.output
    assert certificate_fingerprint(cert_pem) in res.output
    ivan = auth.login(ctx, "ivan", "ivan password 22")
    item = intake.list_items(ctx, ivan).items[0].item_id
    later = report_svc.produce_item_report(ctx, ivan, item)
    out = verify_pdf(later.pdf, [ctx.station().verifier_key])
    assert out.exit_code == 0 and out.signature.cert_sha256 == certificate_fingerprint(cert_pem)
    # a wrong certificate password is refused in words, nothing changes
    (tmp_path / "p12pw").write_text("wrong\n")
    res = CliRunner().invoke(cli, ["--db", url, "station", "import-certificate", str(tmp_path / "agency.p12"),
                                   "--as", "admin", "--password-file", str(tmp_path / "pw"),
                                   "--p12-password-file", str(tmp_path / "p12pw")])
    assert res.exit_code == 1 and "wrong password" in res.output and "Traceback" not in res.output
    assert certificate.export_certificate(ctx).sha256 == certificate_fingerprint(cert_pem)
