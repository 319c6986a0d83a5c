"""Checkpoints as C2SP signed notes (c2sp.org/tlog-checkpoint, c2sp.org/signed-note), Ed25519 keys only.

A checkpoint note::

    <origin>
    <tree size>
    <base64 root hash>

    — <key name> <base64(4-byte key ID || Ed25519 signature over the note text)>

Key ID = ``SHA-256(key name || 0x0A || 0x01 || public key)[:4]``; verifier key =
``<key name>+<hex key ID>+<base64(0x01 || public key)>``.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable
from dataclasses import dataclass
from hashlib import sha256

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

__all__ = [
    "Checkpoint",
    "NoteError",
    "NoteSignature",
    "checkpoint_text",
    "note_key_id",
    "open_note",
    "parse_checkpoint",
    "parse_checkpoint_text",
    "parse_verifier_key",
    "sign_checkpoint",
    "verifier_key",
    "verify_checkpoint",
]

_ALG_ED25519 = b"\x01"
_SIG_PREFIX = "\u2014 "  # em dash, space
_MAX_SIGNATURES = 100
_SIZE_RE = re.compile(r"0|[1-9][0-9]{0,18}")
_HEX8_RE = re.compile(r"[0-9a-f]{8}")


class NoteError(ValueError):
    """A note, checkpoint or verifier key is malformed, or its signature does not verify."""


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes


@dataclass(frozen=True)
class NoteSignature:
    """One signature line of a note (not verified)."""

    name: str
    key_id: bytes
    signature: bytes


def _b64decode(s: str, what: str) -> bytes:
    try:
        raw = base64.b64decode(s.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise NoteError(f"{what} is not valid base64") from None
    if base64.b64encode(raw).decode("ascii") != s:
        raise NoteError(f"{what} is not canonical base64")
    return raw


def _check_key_name(name: str) -> None:
    if not isinstance(name, str) or not name:
        raise NoteError("key name must be a non-empty string")
    if "+" in name or any(ch.isspace() for ch in name) or any(ord(ch) < 0x20 for ch in name):
        raise NoteError(f"key name {name!r} must not contain '+' or white space")


def note_key_id(key_name: str, public_raw: bytes) -> bytes:
    """4-byte key ID: ``SHA-256(name || 0x0A || 0x01 || public key)[:4]``."""
    return sha256(key_name.encode("utf-8") + b"\n" + _ALG_ED25519 + bytes(public_raw)).digest()[:4]


def verifier_key(key_name: str, public_raw: bytes) -> str:
    """``<name>+<8 hex key id>+<base64(0x01 || public key)>``."""
    _check_key_name(key_name)
    if len(public_raw) != 32:
        raise NoteError("an Ed25519 public key is 32 bytes")
    kid = note_key_id(key_name, public_raw).hex()
    return f"{key_name}+{kid}+{base64.b64encode(_ALG_ED25519 + bytes(public_raw)).decode('ascii')}"


def parse_verifier_key(s: str) -> tuple[str, bytes, bytes]:
    """Parse a verifier key: ``(name, 4-byte key id, 32-byte public key)``; NoteError if malformed."""
    if not isinstance(s, str):
        raise NoteError("verifier key must be a string")
    parts = s.split("+", 2)
    if len(parts) != 3:
        raise NoteError("verifier key must be <name>+<hex key id>+<base64 key>")
    name, kid_hex, key_b64 = parts
    _check_key_name(name)
    if not _HEX8_RE.fullmatch(kid_hex):
        raise NoteError("verifier key id must be 8 lower-case hex digits")
    key = _b64decode(key_b64, "verifier key")
    if len(key) != 33 or key[:1] != _ALG_ED25519:
        raise NoteError("verifier key is not an Ed25519 key (0x01 || 32 bytes)")
    public = key[1:]
    kid = bytes.fromhex(kid_hex)
    if note_key_id(name, public) != kid:
        raise NoteError("verifier key id does not match the key name and public key")
    return name, kid, public


def checkpoint_text(cp: Checkpoint) -> str:
    """The note text of a checkpoint: ``origin\\nsize\\nbase64(root)\\n``."""
    if not isinstance(cp.origin, str) or not cp.origin or "\n" in cp.origin:
        raise NoteError("checkpoint origin must be a non-empty single line")
    if any(ord(ch) < 0x20 or ch == "\x7f" for ch in cp.origin):
        raise NoteError("checkpoint origin contains a control character")
    if type(cp.size) is not int or not 0 <= cp.size < 2**63:
        raise NoteError("checkpoint size must be a non-negative integer")
    if not isinstance(cp.root, bytes) or len(cp.root) != 32:
        raise NoteError("checkpoint root must be 32 bytes")
    return f"{cp.origin}\n{cp.size}\n{base64.b64encode(cp.root).decode('ascii')}\n"


def parse_checkpoint_text(text: str) -> Checkpoint:
    """Parse checkpoint note text (extension lines after the root are allowed and ignored)."""
    if not text.endswith("\n"):
        raise NoteError("checkpoint text must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        raise NoteError("checkpoint needs origin, size and root lines")
    origin, size_s, root_s = lines[:3]
    if not origin:
        raise NoteError("checkpoint origin is empty")
    if not _SIZE_RE.fullmatch(size_s) or int(size_s) >= 2**63:
        raise NoteError(f"checkpoint size {size_s!r} is not a decimal integer")
    root = _b64decode(root_s, "checkpoint root")
    if len(root) != 32:
        raise NoteError("checkpoint root is not 32 bytes")
    if any(not line for line in lines[3:]):
        raise NoteError("checkpoint extension lines must not be empty")
    return Checkpoint(origin, int(size_s), root)


def sign_checkpoint(cp: Checkpoint, key_name: str, private_key: Ed25519PrivateKey) -> str:
    """The full signed note: text, blank line, one signature line; ends with a newline."""
    _check_key_name(key_name)
    text = checkpoint_text(cp)
    public = private_key.public_key().public_bytes_raw()
    sig = private_key.sign(text.encode("utf-8"))
    blob = base64.b64encode(note_key_id(key_name, public) + sig).decode("ascii")
    return f"{text}\n{_SIG_PREFIX}{key_name} {blob}\n"


def open_note(note: str) -> tuple[str, list[NoteSignature]]:
    """Split a signed note into its text and (unverified) signature lines; NoteError if malformed."""
    if isinstance(note, bytes | bytearray):
        try:
            note = bytes(note).decode("utf-8")
        except UnicodeDecodeError:
            raise NoteError("note is not valid UTF-8") from None
    if not isinstance(note, str):
        raise NoteError("note must be text")
    if any((ord(ch) < 0x20 and ch != "\n") or ch == "\x7f" for ch in note):
        raise NoteError("note contains a control character")
    try:
        note.encode("utf-8")
    except UnicodeEncodeError:
        raise NoteError("note contains a lone surrogate") from None
    split = note.rfind("\n\n")
    if split < 0:
        raise NoteError("note has no blank line before its signatures")
    text, block = note[: split + 1], note[split + 2 :]
    if not block.endswith("\n"):
        raise NoteError("note must end with a newline")
    sigs: list[NoteSignature] = []
    for line in block[:-1].split("\n"):
        if not line.startswith(_SIG_PREFIX):
            raise NoteError("signature line must start with an em dash and a space")
        fields = line[len(_SIG_PREFIX) :].split(" ")
        if len(fields) != 2:
            raise NoteError("signature line must be '— <key name> <base64 signature>'")
        name, blob_s = fields
        _check_key_name(name)
        blob = _b64decode(blob_s, "signature")
        if len(blob) < 5:
            raise NoteError("signature too short")
        sigs.append(NoteSignature(name, blob[:4], blob[4:]))
        if len(sigs) > _MAX_SIGNATURES:
            raise NoteError("too many signatures")
    return text, sigs


def parse_checkpoint(note: str) -> Checkpoint:
    """Parse a signed checkpoint note WITHOUT verifying its signatures."""
    text, _ = open_note(note)
    return parse_checkpoint_text(text)


def verify_checkpoint(note: str, verifier_keys: Iterable[str]) -> Checkpoint:
    """Verify a signed checkpoint note; return its checkpoint.

    Needs at least one valid signature by one of ``verifier_keys``. Signature lines by unknown keys are ignored; a
    line by a known key (same name and key ID) whose signature does not verify is an error.
    """
    known: dict[tuple[str, bytes], Ed25519PublicKey] = {}
    for vk in verifier_keys:
        name, kid, public = parse_verifier_key(vk)
        known[(name, kid)] = Ed25519PublicKey.from_public_bytes(public)
    text, sigs = open_note(note)
    message = text.encode("utf-8")
    verified: list[str] = []
    for sig in sigs:
        key = known.get((sig.name, sig.key_id))
        if key is None:
            continue
        try:
            if len(sig.signature) != 64:
                raise InvalidSignature
            key.verify(sig.signature, message)
        except InvalidSignature:
            raise NoteError(f"invalid signature by {sig.name}") from None
        verified.append(sig.name)
    if not verified:
        names = ", ".join(sorted({s.name for s in sigs})) or "nobody"
        raise NoteError(f"no signature by a trusted key (signed by: {names})")
    return parse_checkpoint_text(text)
