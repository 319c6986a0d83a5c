"""Password policy, argon2id hashing and the shipped common-password list."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from custody.domain.errors import ValidationError
from custody.paths import resource
from custody.security import passwords
from custody.security.passwords import (
    HashParams,
    PasswordPolicy,
    PasswordRejected,
    check_password_policy,
    hash_password,
    is_common_password,
    load_common_passwords,
    needs_rehash,
    verify_password,
)

ARABIC_64 = ("كلمة سر طويلة جدا للاختبار " * 3)[:64]
CYRILLIC_64 = ("очень длинный пароль для проверки " * 2)[:64]
PHC = re.compile(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$")
CHEAP = HashParams(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def cheap_hashing(request, monkeypatch):
    """Tests not about the parameters hash cheaply (the parameters travel in each hash)."""
    if request.node.get_closest_marker("real_kdf") is None:
        monkeypatch.setattr(passwords, "HASH_PARAMS", CHEAP)


@pytest.mark.real_kdf
def test_production_defaults():
    assert passwords.HASH_PARAMS == HashParams(time_cost=2, memory_cost=19_456, parallelism=1)


@pytest.mark.real_kdf
def test_hash_uses_argon2id_with_at_least_owasp_parameters():
    h = hash_password("a perfectly fine passphrase")
    m = PHC.match(h)
    assert m, h
    mem, t, p = map(int, m.groups())
    assert mem >= 19_456 and t >= 2 and p >= 1
    assert (mem, t, p) == (19_456, 2, 1)
    assert not needs_rehash(h)


def test_verify_right_and_wrong():
    h = hash_password("evidence room 42")
    assert verify_password(h, "evidence room 42") is True
    assert verify_password(h, "evidence room 43") is False
    assert verify_password(h, "") is False
    assert hash_password("evidence room 42") != h  # salted


@pytest.mark.parametrize("bad_hash", ["", "not a hash", "$argon2id$v=19$m=65536,t=3,p=4$garbage", "$2b$12$abc"])
def test_verify_never_raises_on_bad_hash(bad_hash):
    assert verify_password(bad_hash, "whatever password") is False
    assert needs_rehash(bad_hash) is True


def test_verify_unknown_user_takes_the_dummy_path():
    assert verify_password(None, "anything at all") is False


def test_hashes_made_with_old_parameters_verify_and_ask_for_rehash(monkeypatch):
    old = hash_password("an older password hash")
    monkeypatch.setattr(passwords, "HASH_PARAMS", HashParams(time_cost=2, memory_cost=2048, parallelism=1))
    assert verify_password(old, "an older password hash")
    assert needs_rehash(old)
    assert not needs_rehash(hash_password("an older password hash"))


@pytest.mark.real_kdf
@pytest.mark.parametrize("password", [ARABIC_64, CYRILLIC_64], ids=["arabic", "cyrillic"])
def test_non_latin_64_character_passwords(password):
    assert len(password) == 64
    check_password_policy(password)
    h = hash_password(password)
    assert verify_password(h, password)
    assert not verify_password(h, password[:-1] + "x")


def test_nfc_and_nfd_are_the_same_password():
    nfc = unicodedata.normalize("NFC", "Café Ñandú crème brûlée")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    h = hash_password(nfd)
    assert verify_password(h, nfc)
    assert verify_password(hash_password(nfc), nfd)


def test_length_counts_characters_after_nfc():
    # 8 characters when composed, 16 code points when decomposed: allowed
    pw = unicodedata.normalize("NFD", "éééééééé")
    assert len(pw) == 16
    check_password_policy(pw)
    with pytest.raises(PasswordRejected) as exc:
        check_password_policy(unicodedata.normalize("NFD", "ééééééé"))  # 7 characters
    assert exc.value.message == "The password is too short: use at least 8 characters (this one has 7)."


def test_policy_lengths():
    with pytest.raises(PasswordRejected, match="too short"):
        check_password_policy("Xk#9pQ2")
    check_password_policy("Xk#9pQ2z")
    check_password_policy("Xk#9" * 32)  # 128
    with pytest.raises(PasswordRejected) as exc:
        check_password_policy("Xk#9" * 32 + "z")
    assert exc.value.message == "The password is too long: use at most 128 characters (this one has 129)."
    with pytest.raises(PasswordRejected, match="too short"):
        check_password_policy("Xk#9pQ2z", policy=PasswordPolicy(min_len=12))


@pytest.mark.parametrize("password", ["password", "Password", "PASSWORD1", "iloveyou", "qwertyuiop", "sunshine"])
def test_common_passwords_refused_with_reason(password):
    with pytest.raises(PasswordRejected) as exc:
        check_password_policy(password)
    assert "commonly used" in exc.value.message
    assert exc.value.field == "password"
    assert isinstance(exc.value, ValidationError)
    assert is_common_password(password)


def test_password_equal_to_username_refused():
    with pytest.raises(PasswordRejected, match="same as the user name"):
        check_password_policy("N.Okafor-1984", username="n.okafor-1984")
    check_password_policy("N.Okafor-1984", username="someone.else")


def test_control_characters_refused():
    with pytest.raises(PasswordRejected, match="control character"):
        check_password_policy("abc\x00defghij")


def test_spaces_and_case_are_significant():
    h = hash_password(" Secret Phrase ")
    assert verify_password(h, " Secret Phrase ")
    assert not verify_password(h, "Secret Phrase")
    assert not verify_password(h, " secret phrase ")


def test_shipped_common_list():
    path = resource("security", "common-passwords.txt")
    words = load_common_passwords(path)
    assert len(words) >= 10_000
    assert all(w == w.lower() and w.strip() == w for w in words)
    assert {"123456", "password", "qwerty", "dragon"} <= words
    assert resource("security", "common-passwords.LICENSE.txt").read_text().startswith("MIT License")
    assert load_common_passwords() == words  # default path is the shipped list


def test_custom_list(tmp_path: Path):
    custom = tmp_path / "list.txt"
    custom.write_text("Evidence2026\n\n  correcthorse \n", encoding="utf-8")
    assert load_common_passwords(custom) == frozenset({"evidence2026", "correcthorse"})
    with pytest.raises(PasswordRejected):
        check_password_policy("EVIDENCE2026", common_list=custom)
    check_password_policy("password-but-long-enough-and-unusual", common_list=custom)
