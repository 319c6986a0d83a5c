"""Password policy and password hashing (argon2id).

Passwords are NFC-normalised before they are checked, hashed or verified, so the same password typed on
keyboards that produce composed or decomposed accents matches. Length is counted in characters (code points
after NFC), not bytes. Nothing else is changed: spaces and case are significant.

Hashing parameters follow the OWASP minimum for argon2id (m = 19 MiB, t = 2, p = 1). Hashes made with other
parameters still verify; :func:`needs_rehash` says when to re-hash at the next successful sign-in.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from custody.domain.errors import ValidationError
from custody.domain.i18n import N_

MSG_TOO_SHORT = N_("Passwords", "The password is too short: use at least {min} characters (this one has {count}).")
MSG_TOO_LONG = N_("Passwords", "The password is too long: use at most {max} characters (this one has {count}).")
MSG_COMMON = N_(
    "Passwords",
    "This password is on a list of commonly used passwords that attackers try first. Choose another one.",
)
MSG_USERNAME = N_("Passwords", "The password cannot be the same as the user name.")
MSG_CONTROL = N_(
    "Passwords", "The password contains an invisible control character that cannot be typed reliably."
)

@dataclass(frozen=True, slots=True)
class HashParams:
    time_cost: int = 2
    memory_cost: int = 19_456  # KiB
    parallelism: int = 1


HASH_PARAMS = HashParams()  # used for new hashes; tests may replace it with cheaper values


@cache
def _hasher_for(params: HashParams) -> PasswordHasher:
    return PasswordHasher(
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=32,
        salt_len=16,
        type=Type.ID,
    )


def _hasher() -> PasswordHasher:
    return _hasher_for(HASH_PARAMS)


class PasswordRejected(ValidationError):
    """The password does not meet the policy; ``.message`` says why."""

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__("password", message, **params)


@dataclass(frozen=True, slots=True)
class PasswordPolicy:
    min_len: int = 8
    max_len: int = 128


DEFAULT_POLICY = PasswordPolicy()


def normalise_password(password: str) -> str:
    """NFC; the form every password is checked, hashed and verified in."""
    return unicodedata.normalize("NFC", password)


# --- common passwords -------------------------------------------------------------------------------------
def _default_list_path() -> Path:
    from custody.paths import resource

    return resource("security", "common-passwords.txt")


@cache
def load_common_passwords(path: Path | None = None) -> frozenset[str]:
    """The lower-cased common-password list, one per line (loaded once per path)."""
    p = path if path is not None else _default_list_path()
    with open(p, encoding="utf-8") as fh:
        return frozenset(line.strip().casefold() for line in fh if line.strip())


def is_common_password(password: str, *, path: Path | None = None) -> bool:
    return normalise_password(password).casefold() in load_common_passwords(path)


def check_password_policy(
    password: str,
    *,
    username: str | None = None,
    policy: PasswordPolicy = DEFAULT_POLICY,
    common_list: Path | None = None,
) -> None:
    """Raise :class:`PasswordRejected` if ``password`` may not be used; return None if it may."""
    pw = normalise_password(password)
    count = len(pw)
    if count < policy.min_len:
        raise PasswordRejected(MSG_TOO_SHORT, min=policy.min_len, count=count)
    if count > policy.max_len:
        raise PasswordRejected(MSG_TOO_LONG, max=policy.max_len, count=count)
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in pw):
        raise PasswordRejected(MSG_CONTROL)
    folded = pw.casefold()
    if username and folded == normalise_password(username).strip().casefold():
        raise PasswordRejected(MSG_USERNAME)
    if folded in load_common_passwords(common_list):
        raise PasswordRejected(MSG_COMMON)


# --- hashing ----------------------------------------------------------------------------------------------
def hash_password(password: str) -> str:
    """argon2id PHC string (``$argon2id$v=19$m=19456,t=2,p=1$...``) of the NFC-normalised password."""
    return _hasher().hash(normalise_password(password))


@cache
def _dummy_hash(params: HashParams) -> str:
    return _hasher_for(params).hash("custody-dummy-password-for-timing")


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if ``password`` matches ``password_hash``. Never raises for a wrong password or a bad hash.

    Pass ``None`` as the hash for an unknown user: a dummy hash is verified so the answer takes as long as
    for a real user (no user-name probing by timing).
    """
    pw = normalise_password(password)
    if password_hash is None:
        try:
            _hasher().verify(_dummy_hash(HASH_PARAMS), pw)
        except VerificationError:
            pass
        return False
    try:
        return _hasher().verify(password_hash, pw)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    except (ValueError, TypeError):  # malformed input that argon2 rejects outright
        return False


def needs_rehash(password_hash: str) -> bool:
    """True if the hash was made with other parameters than today's (or cannot be read)."""
    try:
        return _hasher().check_needs_rehash(password_hash)
    except (InvalidHashError, ValueError):
        return True
