"""Users' (and the station's) Ed25519 private keys, stored encrypted under a password.

Blob layout (all integers big-endian); the whole header is the AES-GCM associated data, so changing any of
it (the KDF parameters included) makes decryption fail::

    offset size  field
    0      4     magic  b"CKEY"
    4      1     format version (1)
    5      1     KDF id (1 = argon2id, version 0x13)
    6      4     argon2 time cost t
    10     4     argon2 memory cost m in KiB
    14     4     argon2 parallelism p
    18     16    salt
    34     12    AES-GCM nonce
    46     ...   AES-256-GCM ciphertext + 16-byte tag

New blobs use :data:`KDF_PARAMS` (RFC 9106 second recommended option: t=3, p=4, m=64 MiB). The parameters
travel in the blob, so blobs made with other parameters still decrypt. The password is NFC-normalised.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from custody.domain.errors import AuthError, CustodyError
from custody.domain.i18n import N_
from custody.security.passwords import normalise_password

MSG_WRONG_PASSWORD = N_(
    "Keys", "The password does not unlock this signing key (wrong password, or the stored key is damaged)."
)
MSG_BAD_BLOB = N_("Keys", "The stored signing key is damaged or in an unknown format.")

MAGIC = b"CKEY"
VERSION = 1
KDF_ARGON2ID = 1
_HEADER = struct.Struct(">4sBBIII16s12s")
HEADER_LEN = _HEADER.size  # 46
SALT_LEN = 16
NONCE_LEN = 12
TAG_LEN = 16
KEY_LEN = 32

# Refuse blobs whose parameters would take unreasonable time or memory (a damaged or hostile blob).
_MAX_TIME = 64
_MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
_MAX_PARALLELISM = 64


class WrongPassword(AuthError):
    def __init__(self) -> None:
        super().__init__(MSG_WRONG_PASSWORD)


class KeyBlobError(CustodyError):
    def __init__(self) -> None:
        super().__init__(MSG_BAD_BLOB)


@dataclass(frozen=True, slots=True)
class KdfParams:
    time_cost: int = 3
    memory_cost: int = 65_536  # KiB
    parallelism: int = 4


KDF_PARAMS = KdfParams()  # used by new encryptions; tests may replace it with cheaper values


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=normalise_password(password).encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
        version=19,
    )


def encrypt_private_key(private_raw: bytes, password: str, *, params: KdfParams | None = None) -> bytes:
    """Encrypt raw private-key bytes under ``password``; returns the versioned blob described above."""
    if not isinstance(private_raw, bytes | bytearray) or not private_raw:
        raise ValueError("private_raw must be non-empty bytes")
    p = params if params is not None else KDF_PARAMS
    salt = os.urandom(SALT_LEN)
    nonce = os.urandom(NONCE_LEN)
    header = _HEADER.pack(MAGIC, VERSION, KDF_ARGON2ID, p.time_cost, p.memory_cost, p.parallelism, salt, nonce)
    key = _derive(password, salt, p)
    return header + AESGCM(key).encrypt(nonce, bytes(private_raw), header)


def blob_params(blob: bytes) -> KdfParams:
    """The KDF parameters a blob was made with (to decide whether to re-encrypt with today's)."""
    return _parse(blob)[1]


def _parse(blob: bytes) -> tuple[bytes, KdfParams, bytes, bytes, bytes]:
    if not isinstance(blob, bytes | bytearray) or len(blob) < HEADER_LEN + TAG_LEN + 1:
        raise KeyBlobError()
    blob = bytes(blob)
    magic, version, kdf, t, m, par, salt, nonce = _HEADER.unpack_from(blob)
    if magic != MAGIC or version != VERSION or kdf != KDF_ARGON2ID:
        raise KeyBlobError()
    if not (1 <= t <= _MAX_TIME and 1 <= par <= _MAX_PARALLELISM and 8 * par <= m <= _MAX_MEMORY_KIB):
        raise KeyBlobError()
    return blob[:HEADER_LEN], KdfParams(t, m, par), salt, nonce, blob[HEADER_LEN:]


def decrypt_private_key(blob: bytes, password: str) -> bytes:
    """Raw private-key bytes. Raises WrongPassword (also for a tampered blob), KeyBlobError if unreadable."""
    header, params, salt, nonce, ciphertext = _parse(blob)
    key = _derive(password, salt, params)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, header)
    except InvalidTag:
        raise WrongPassword() from None


def reencrypt_private_key(blob: bytes, old_password: str, new_password: str) -> bytes:
    """For a password change: decrypt with the old password, encrypt with the new one and today's params."""
    return encrypt_private_key(decrypt_private_key(blob, old_password), new_password)


def generate_keypair() -> tuple[bytes, bytes]:
    """A new Ed25519 key pair as raw bytes: (32-byte private seed, 32-byte public key)."""
    sk = Ed25519PrivateKey.generate()
    private_raw = sk.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public_raw = sk.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return private_raw, public_raw


def public_key_of(private_raw: bytes) -> bytes:
    """The raw Ed25519 public key belonging to a raw private key."""
    sk = Ed25519PrivateKey.from_private_bytes(private_raw)
    return sk.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
