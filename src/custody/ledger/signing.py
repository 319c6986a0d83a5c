"""Ed25519 entry signatures (LEDGER.md section 3)."""

from __future__ import annotations

from hashlib import sha256

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

__all__ = [
    "ENTRY_SIG_CONTEXT",
    "entry_signature_message",
    "key_id",
    "load_private",
    "load_public",
    "private_raw",
    "public_raw",
    "sign_entry",
    "verify_entry_signature",
]

ENTRY_SIG_CONTEXT = b"custody-entry-v1\n"


def key_id(public_raw: bytes) -> str:
    """First 16 hex digits of SHA-256 of the 32-byte raw public key."""
    if len(public_raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return sha256(bytes(public_raw)).hexdigest()[:16]


def public_raw(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """32-byte raw public key of a private or public key."""
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    return key.public_bytes_raw()


def private_raw(key: Ed25519PrivateKey) -> bytes:
    """32-byte raw private key (seed). Keep it encrypted at rest."""
    return key.private_bytes_raw()


def load_private(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes(raw))


def load_public(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(bytes(raw))


def entry_signature_message(entry_hash: bytes) -> bytes:
    if len(entry_hash) != 32:
        raise ValueError("entry hash must be 32 raw bytes")
    return ENTRY_SIG_CONTEXT + bytes(entry_hash)


def sign_entry(private_key: Ed25519PrivateKey, entry_hash: bytes) -> bytes:
    """``Ed25519(private_key, b"custody-entry-v1\\n" + entry_hash)``: 64 bytes."""
    return private_key.sign(entry_signature_message(entry_hash))


def verify_entry_signature(public_raw: bytes, entry_hash: bytes, signature: bytes) -> bool:
    """True if ``signature`` is a valid entry signature; False for any invalid input."""
    try:
        if len(signature) != 64:
            return False
        key = Ed25519PublicKey.from_public_bytes(bytes(public_raw))
        key.verify(bytes(signature), entry_signature_message(entry_hash))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
