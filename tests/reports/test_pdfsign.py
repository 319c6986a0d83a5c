"""Station certificate, proof attachment and PAdES signature of a rendered report."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import pypdf
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12

from custody.reports.custody_report import CustodyReportRenderer
from custody.reports.pdfsign import (
    PdfSignError,
    create_station_certificate,
    embed_attachment,
    load_pkcs12,
    sign_pdf,
)


def _load(name: str, path: Path):
    """Load a sibling helper module by path (the tests folders are not packages)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


sample = _load("custody_report_sample", Path(__file__).with_name("sample_custody_report.py"))

PROOF = '{"format":"custody-proof/v1","note":"Иван محمد"}'.encode()


@pytest.fixture(scope="module")
def station_cert():
    return create_station_certificate("Evidence room LIS01", "Polícia Judiciária")


@pytest.fixture(scope="module")
def signed(station_cert):
    key_pem, cert_pem = station_cert
    pdf = CustodyReportRenderer(sample.sample_report_data(n_items=1, n_events=3)).render()
    pdf = embed_attachment(pdf, name="custody-proof.json", data=PROOF)
    return sign_pdf(pdf, key_pem, cert_pem, reason="Chain of custody report", location="Lisboa")


def test_station_certificate(station_cert):
    key_pem, cert_pem = station_cert
    cert = x509.load_pem_x509_certificate(cert_pem)
    key = serialization.load_pem_private_key(key_pem, None)
    assert isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1"
    assert cert.issuer == cert.subject
    ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert ku.digital_signature and ku.content_commitment and not ku.key_cert_sign
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
    assert 9.9 < years < 10.1
    assert cert.subject.get_attributes_for_oid(x509.NameOID.ORGANIZATION_NAME)[0].value == "Polícia Judiciária"


def test_attachment_is_extractable(signed):
    reader = pypdf.PdfReader(io.BytesIO(signed))
    assert reader.attachments["custody-proof.json"] == [PROOF]


def test_signature_validates_as_intact_and_whole_file(signed, station_cert):
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    _key_pem, cert_pem = station_cert
    [cert] = load_certs_from_pemder_data(cert_pem)
    reader = PdfFileReader(io.BytesIO(signed))
    [sig] = reader.embedded_signatures
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=[cert], allow_fetching=False))
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert sig.sig_object["/SubFilter"] == SigSeedSubFilter.PADES.value
    # the attachment was added before signing: it is covered by the signature
    assert status.bottom_line


def test_signature_breaks_when_a_byte_changes(signed, station_cert):
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    [cert] = load_certs_from_pemder_data(station_cert[1])
    bad = bytearray(signed)
    bad[len(signed) // 3] ^= 0x01
    try:
        [sig] = PdfFileReader(io.BytesIO(bytes(bad)), strict=False).embedded_signatures
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[cert], allow_fetching=False))
        intact = status.intact
    except Exception:
        intact = False  # unreadable is also a rejection
    assert not intact


def test_pkcs12_round_trip_and_wrong_password(station_cert):
    key_pem, cert_pem = station_cert
    key = serialization.load_pem_private_key(key_pem, None)
    cert = x509.load_pem_x509_certificate(cert_pem)
    p12 = pkcs12.serialize_key_and_certificates(
        b"agency", key, cert, None, serialization.BestAvailableEncryption(b"s3cret"))
    k2, c2 = load_pkcs12(p12, "s3cret")
    assert c2 == cert_pem
    assert serialization.load_pem_private_key(k2, None).private_numbers() == key.private_numbers()
    with pytest.raises(PdfSignError):
        load_pkcs12(p12, "wrong")


def test_sign_with_pkcs12_agency_certificate(station_cert):
    key_pem, cert_pem = create_station_certificate("Agency signer", "PJ")
    pdf = CustodyReportRenderer(sample.sample_report_data(n_items=1, n_events=1)).render()
    out = sign_pdf(pdf, key_pem, cert_pem, reason="r", location="l")
    assert out.startswith(pdf)  # incremental update
    with pytest.raises(PdfSignError):
        sign_pdf(pdf, b"not a key", cert_pem, reason="r", location="l")
