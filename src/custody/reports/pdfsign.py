"""Station certificate, proof-bundle attachment and PAdES signing of report PDFs.

Order: render -> ``embed_attachment`` -> ``sign_pdf`` (the signature then covers the attachment).
The PDF signature uses an X.509 key (ECDSA P-256 here, or an agency RSA/EC key from PKCS#12),
separate from the station's Ed25519 ledger key: PDF readers do not validate Ed25519 signatures.
"""

from __future__ import annotations

import datetime as dt
import io

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PROOF_NAME = "custody-proof.json"


class PdfSignError(Exception):
    """A certificate or key could not be used to sign (wrong password, unsupported key...)."""


def create_station_certificate(common_name: str, organisation: str, *, years: int = 10) -> tuple[bytes, bytes]:
    """A self-signed ECDSA P-256 certificate for signing report PDFs -> (key_pem, cert_pem).

    The key PEM is unencrypted PKCS#8: the caller stores it protected (see custody.security).
    """
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
    ])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * years + years // 4))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=True,  # content_commitment = nonRepudiation
                key_encipherment=False, data_encipherment=False, key_agreement=False,
                key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return key_pem, cert.public_bytes(serialization.Encoding.PEM)


def _name(common_name: str, organisation: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation)])


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def create_station_certificate_chain(common_name: str, organisation: str, *,
                                     years: int = 10) -> tuple[bytes, bytes, bytes]:
    """A station root CA and the report-signing certificate it issues -> (signing key_pem, cert_pem, root_pem).

    PDF validators (NSS/pdfsig, Adobe, pyHanko) accept a trust root only if it is a CA: the root (CA, may sign
    certificates only, path length 0) is what a court imports as trust anchor; the signing certificate (ECDSA
    P-256, digital signature and non-repudiation, no extended key usage, which NSS would check against e-mail)
    signs the reports, with the root embedded in each signature. The root's private key is discarded: it has
    issued its one certificate, and a replacement comes with a new root, registered in the ledger.
    """
    now = dt.datetime.now(dt.UTC)
    until = now + dt.timedelta(days=365 * years + years // 4)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name(f"{common_name} (root)"[:64], organisation)
    root = (
        x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name).public_key(root_key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(until)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder().subject_name(_name(common_name, organisation)).issuer_name(root_name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(until)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return key_pem, _pem(cert), _pem(root)


def load_pkcs12(data: bytes, password: bytes | str | None) -> tuple[bytes, bytes]:
    """An agency certificate (.p12/.pfx) -> (key_pem, cert_pem). Raises PdfSignError in words."""
    key_pem, cert_pem, _chain = load_pkcs12_chain(data, password)
    return key_pem, cert_pem


def load_pkcs12_chain(data: bytes, password: bytes | str | None) -> tuple[bytes, bytes, bytes]:
    """An agency certificate (.p12/.pfx) -> (key_pem, cert_pem, chain_pem: the other certificates, maybe empty)."""
    if isinstance(password, str):
        password = password.encode("utf-8")
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError as exc:
        raise PdfSignError("The certificate file could not be opened: wrong password or not a PKCS#12 file.") \
            from exc
    if key is None or cert is None:
        raise PdfSignError("The certificate file holds no private key and certificate.")
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return key_pem, _pem(cert), b"".join(_pem(c) for c in extra or ())


def certificate_fingerprint(cert_pem: bytes) -> str:
    """SHA-256 fingerprint of a PEM certificate, as colon-free lower-case hex."""
    cert = x509.load_pem_x509_certificate(cert_pem)
    return cert.fingerprint(hashes.SHA256()).hex()


def embed_attachment(pdf_bytes: bytes, name: str = PROOF_NAME, data: bytes = b"", *,
                     description: str = "Custody proof bundle (custody-proof/v1)",
                     mime_type: str | None = "application/json") -> bytes:
    """Attach ``data`` as an embedded file called ``name`` (incremental update, pyHanko)."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    ef = embed.EmbeddedFileObject.from_file_data(
        writer, data, compress=True, mime_type=mime_type,
        params=embed.EmbeddedFileParams(embed_size=True, embed_checksum=True),
    )
    embed.embed_file(writer, embed.FileSpec(file_spec_string=name, file_name=name, embedded_data=ef,
                                            description=description))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def sign_pdf(pdf_bytes: bytes, key_pem: bytes, cert_pem: bytes, *, reason: str, location: str,
             field_name: str = "CustodySignature", extra_certs_pem: bytes | None = None) -> bytes:
    """PAdES B-B signature over the whole document (invisible signature field)."""
    from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        signing_key = load_private_key_from_pemder_data(key_pem, passphrase=None)
        certs = list(load_certs_from_pemder_data(cert_pem))
    except Exception as exc:  # malformed PEM
        raise PdfSignError("The signing key or certificate could not be read.") from exc
    if not certs:
        raise PdfSignError("No certificate given for signing.")
    others = list(load_certs_from_pemder_data(extra_certs_pem)) if extra_certs_pem else []
    signer = signers.SimpleSigner(
        signing_cert=certs[0], signing_key=signing_key,
        cert_registry=SimpleCertificateStore.from_certs(certs + others),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, reason=reason, location=location,
        subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = io.BytesIO()
    signers.sign_pdf(writer, meta, signer=signer, output=out)
    return out.getvalue()
