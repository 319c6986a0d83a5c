"""Encrypted private keys: blob format, round trip, wrong password, tampering."""

from __future__ import annotations

import struct
import unicodedata

import pytest

from custody.domain.errors import AuthError
from custody.security import keys
from custody.security.keys import (
    HEADER_LEN,
    KdfParams,
    KeyBlobError,
    WrongPassword,
    blob_params,
    decrypt_private_key,
    encrypt_private_key,
    generate_keypair,
    public_key_of,
    reencrypt_private_key,
)

CHEAP = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def cheap(monkeypatch):
    monkeypatch.setattr(keys, "KDF_PARAMS", CHEAP)


def test_generate_keypair():
    private, public = generate_keypair()
    assert len(private) == 32 and len(public) == 32
    assert public_key_of(private) == public
    assert generate_keypair()[0] != private


def test_round_trip():
    private, _ = generate_keypair()
    blob = encrypt_private_key(private, "a long passphrase")
    assert decrypt_private_key(blob, "a long passphrase") == private
    assert len(blob) == HEADER_LEN + 32 + 16
    assert encrypt_private_key(private, "a long passphrase") != blob  # fresh salt and nonce


def test_blob_layout_and_params_stored():
    blob = encrypt_private_key(b"k" * 32, "pw-pw-pw-pw")
    magic, version, kdf, t, m, p = struct.unpack_from(">4sBBIII", blob)
    assert (magic, version, kdf) == (b"CKEY", 1, 1)
    assert (t, m, p) == (1, 1024, 1)
    assert blob_params(blob) == CHEAP


@pytest.mark.real_kdf
def test_production_params_are_rfc9106_low_memory(monkeypatch):
    monkeypatch.setattr(keys, "KDF_PARAMS", KdfParams())
    assert KdfParams() == KdfParams(time_cost=3, memory_cost=64 * 1024, parallelism=4)
    blob = encrypt_private_key(b"k" * 32, "production cost")
    assert blob_params(blob) == KdfParams(3, 65_536, 4)
    assert decrypt_private_key(blob, "production cost") == b"k" * 32


def test_old_params_still_decrypt_after_params_change(monkeypatch):
    blob = encrypt_private_key(b"s" * 32, "pw")
    monkeypatch.setattr(keys, "KDF_PARAMS", KdfParams(time_cost=2, memory_cost=2048, parallelism=2))
    assert decrypt_private_key(blob, "pw") == b"s" * 32
    assert blob_params(encrypt_private_key(b"s" * 32, "pw")) == KdfParams(2, 2048, 2)


def test_wrong_password():
    blob = encrypt_private_key(b"x" * 32, "right password")
    with pytest.raises(WrongPassword) as exc:
        decrypt_private_key(blob, "wrong password")
    assert isinstance(exc.value, AuthError)
    assert "does not unlock" in exc.value.message


def test_password_is_nfc_normalised():
    nfd = unicodedata.normalize("NFD", "clé privée")
    blob = encrypt_private_key(b"x" * 32, nfd)
    assert decrypt_private_key(blob, unicodedata.normalize("NFC", nfd)) == b"x" * 32


def test_every_tampered_byte_is_detected():
    blob = encrypt_private_key(b"y" * 32, "pw")
    for i in range(len(blob)):
        tampered = bytearray(blob)
        tampered[i] ^= 0x01
        with pytest.raises((WrongPassword, KeyBlobError)):
            decrypt_private_key(bytes(tampered), "pw")


def test_malformed_blobs():
    blob = encrypt_private_key(b"z" * 32, "pw")
    for bad in [b"", blob[:HEADER_LEN], b"XKEY" + blob[4:], blob[:4] + b"\x02" + blob[5:]]:
        with pytest.raises(KeyBlobError):
            decrypt_private_key(bad, "pw")
    # absurd parameters are refused before any work is done
    huge = blob[:10] + struct.pack(">I", 2**31) + blob[14:]
    with pytest.raises(KeyBlobError):
        decrypt_private_key(huge, "pw")
    zero_t = blob[:6] + struct.pack(">I", 0) + blob[10:]
    with pytest.raises(KeyBlobError):
        decrypt_private_key(zero_t, "pw")


def test_truncated_or_extended_ciphertext():
    blob = encrypt_private_key(b"w" * 32, "pw")
    with pytest.raises(WrongPassword):
        decrypt_private_key(blob[:-1], "pw")
    with pytest.raises(WrongPassword):
        decrypt_private_key(blob + b"\x00", "pw")


def test_reencrypt_for_password_change():
    private, _ = generate_keypair()
    old = encrypt_private_key(private, "old password")
    new = reencrypt_private_key(old, "old password", "new password")
    assert decrypt_private_key(new, "new password") == private
    with pytest.raises(WrongPassword):
        decrypt_private_key(new, "old password")
    with pytest.raises(WrongPassword):
        reencrypt_private_key(old, "not the old one", "x")


def test_empty_key_refused():
    with pytest.raises(ValueError):
        encrypt_private_key(b"", "pw")
