"""Encrypted backup files: a stream sealed to a backup key that only the administrator's passphrase opens.

Automatic backups must be made without anyone typing the passphrase, so backups are encrypted to a public key
(X25519, like ``age``): the administrator sets a passphrase once; Custody makes a key pair, keeps the public key in
the data folder and the private key sealed under the passphrase (scrypt, then AES-256-GCM). Every backup carries
that sealed private key in its header, so the passphrase alone opens it on a new computer.

A file is: ``MAGIC``, a 4-byte header length, the header (JSON), then chunks (4-byte length, AES-256-GCM ciphertext).
The file key comes from an ephemeral X25519 exchange with the backup key (HKDF-SHA256). Chunk ``i`` uses the nonce
``prefix || i`` and authenticates the header's SHA-256, ``i`` and whether it is the last chunk (the STREAM
construction): a changed byte, reordered, dropped or added chunks, a truncated file or a changed header all fail.
Only the ``cryptography`` library's primitives are used.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"CUSTODY BACKUP 1\n"
CHUNK = 1 << 20
MAX_HEADER = 1 << 16

#: scrypt cost of the passphrase (n = 2**17, r = 8: 128 MiB, about half a second); stored with each sealed key.
SCRYPT_N = 1 << 17
SCRYPT_R = 8
SCRYPT_P = 1

_KEY_AAD = b"custody backup key v1"
_FILE_INFO = b"custody backup file v1"


class SealError(Exception):
    """The file is not a backup, is damaged or truncated, or the passphrase is wrong (``reason`` says which)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: Any) -> bytes:
    if not isinstance(s, str):
        raise SealError("damaged")
    try:
        return base64.b64decode(s, validate=True)
    except ValueError as exc:
        raise SealError("damaged") from exc


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def new_backup_key(passphrase: str) -> dict[str, Any]:
    """A new backup key pair: the public key, and the private key sealed under ``passphrase`` (a JSON document)."""
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    sealed = AESGCM(kek).encrypt(nonce, raw, _KEY_AAD + public)
    return {"format": 1, "public": _b64(public), "kdf": "scrypt", "salt": _b64(salt), "n": SCRYPT_N, "r": SCRYPT_R,
            "p": SCRYPT_P, "nonce": _b64(nonce), "sealed": _b64(sealed)}


def open_backup_key(doc: dict[str, Any], passphrase: str) -> X25519PrivateKey:
    """The private backup key; SealError("passphrase") when the passphrase is not the one it was sealed with."""
    try:
        public = _unb64(doc["public"])
        n, r, p = int(doc["n"]), int(doc["r"]), int(doc["p"])
        salt, nonce, sealed = _unb64(doc["salt"]), _unb64(doc["nonce"]), _unb64(doc["sealed"])
    except (KeyError, TypeError, ValueError) as exc:
        raise SealError("damaged") from exc
    if doc.get("kdf") != "scrypt" or not (2 <= n <= 1 << 22 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise SealError("damaged")
    try:
        raw = AESGCM(_kek(passphrase, salt, n, r, p)).decrypt(nonce, sealed, _KEY_AAD + public)
    except (InvalidTag, ValueError) as exc:
        raise SealError("passphrase") from exc
    return X25519PrivateKey.from_private_bytes(raw)


def check_backup_key(doc: dict[str, Any]) -> None:
    """Raise SealError if ``doc`` is not a usable backup key document."""
    try:
        X25519PublicKey.from_public_bytes(_unb64(doc["public"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise SealError("damaged") from exc


def _file_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + public, info=_FILE_INFO).derive(shared)


def _aad(header_hash: bytes, index: int, last: bool) -> bytes:
    return header_hash + struct.pack(">QB", index, 1 if last else 0)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def seal(src: IO[bytes], dst: IO[bytes], key_doc: dict[str, Any], info: dict[str, Any]) -> None:
    """Encrypt ``src`` (read to its end) into ``dst`` for the backup key ``key_doc``; ``info`` is kept in the clear
    header (authenticated: what a backup holds, shown before restoring)."""
    check_backup_key(key_doc)
    public = _unb64(key_doc["public"])
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    prefix = os.urandom(8)
    header = json.dumps({"format": 1, "key": key_doc, "ephemeral": _b64(eph_pub), "nonce_prefix": _b64(prefix),
                         "chunk": CHUNK, "info": info}, sort_keys=True).encode("utf-8")
    aead = AESGCM(_file_key(eph.exchange(X25519PublicKey.from_public_bytes(public)), eph_pub, public))
    hh = hashlib.sha256(MAGIC + header).digest()
    dst.write(MAGIC + struct.pack(">I", len(header)) + header)
    index = 0
    block = src.read(CHUNK)
    while True:
        nxt = src.read(CHUNK)
        last = not nxt
        ct = aead.encrypt(_nonce(prefix, index), block, _aad(hh, index, last))
        dst.write(struct.pack(">I", len(ct)) + ct)
        if last:
            return
        block, index = nxt, index + 1
        if index >= 1 << 32:  # pragma: no cover - 4 PiB
            raise SealError("too large")


@dataclass(frozen=True)
class Header:
    key: dict[str, Any]
    info: dict[str, Any]
    raw: bytes
    ephemeral: bytes
    prefix: bytes


def read_header(src: IO[bytes]) -> Header:
    """The clear header (SealError("not a backup") or ("damaged")); leaves ``src`` at the first chunk."""
    if src.read(len(MAGIC)) != MAGIC:
        raise SealError("not a backup")
    size = src.read(4)
    if len(size) != 4:
        raise SealError("truncated")
    (n,) = struct.unpack(">I", size)
    if n > MAX_HEADER:
        raise SealError("damaged")
    raw = src.read(n)
    if len(raw) != n:
        raise SealError("truncated")
    try:
        doc = json.loads(raw)
        key, info = doc["key"], doc["info"]
        ephemeral, prefix = _unb64(doc["ephemeral"]), _unb64(doc["nonce_prefix"])
        if doc.get("format") != 1 or not isinstance(key, dict) or not isinstance(info, dict) or len(prefix) != 8:
            raise SealError("damaged")
    except (ValueError, KeyError, TypeError) as exc:
        raise SealError("damaged") from exc
    return Header(key=key, info=info, raw=raw, ephemeral=ephemeral, prefix=prefix)


def _open_chunk(aead: AESGCM, prefix: bytes, index: int, ct: bytes, hh: bytes) -> tuple[bytes, bool]:
    """Decrypt chunk ``index``: (plaintext, whether it is the last one); SealError if it is neither."""
    for last in (False, True):
        try:
            return aead.decrypt(_nonce(prefix, index), ct, _aad(hh, index, last)), last
        except InvalidTag:
            continue
    raise SealError("damaged")


def unseal(src: IO[bytes], passphrase: str) -> tuple[Header, Iterator[bytes]]:
    """The header and the decrypted chunks of a backup (each one authenticated before it is yielded; the
    iterator raises SealError on damage or truncation, so a caller must consume it to the end before trusting any
    of it)."""
    header = read_header(src)
    private = open_backup_key(header.key, passphrase)
    public = _unb64(header.key["public"])
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(header.ephemeral))
    except ValueError as exc:
        raise SealError("damaged") from exc
    aead = AESGCM(_file_key(shared, header.ephemeral, public))
    hh = hashlib.sha256(MAGIC + header.raw).digest()

    def chunks() -> Iterator[bytes]:
        index = 0
        while True:
            size = src.read(4)
            if len(size) != 4:
                raise SealError("truncated")
            (n,) = struct.unpack(">I", size)
            if n > CHUNK + 16:
                raise SealError("damaged")
            ct = src.read(n)
            if len(ct) != n:
                raise SealError("truncated")
            plain, last = _open_chunk(aead, header.prefix, index, ct, hh)
            if last and src.read(1):
                raise SealError("damaged")  # bytes after the last chunk
            yield plain
            if last:
                return
            index += 1

    return header, chunks()
