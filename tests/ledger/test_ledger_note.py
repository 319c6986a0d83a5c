"""C2SP signed-note checkpoints."""

from __future__ import annotations

import base64
from hashlib import sha256

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from custody.ledger import (
    Checkpoint,
    NoteError,
    checkpoint_text,
    note_key_id,
    parse_checkpoint,
    parse_verifier_key,
    public_raw,
    sign_checkpoint,
    verifier_key,
    verify_checkpoint,
)

NAME = "custody.local/DIL/DIL"
ROOT = sha256(b"root").digest()


@pytest.fixture(scope="module")
def key():
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def vkey(key):
    return verifier_key(NAME, public_raw(key))


def test_key_id_and_verifier_key_format(key, vkey):
    pub = public_raw(key)
    kid = note_key_id(NAME, pub)
    assert kid == sha256(NAME.encode() + b"\n\x01" + pub).digest()[:4]
    encoded = base64.b64encode(b"\x01" + pub).decode()
    assert vkey == f"{NAME}+{kid.hex()}+{encoded}"
    assert parse_verifier_key(vkey) == (NAME, kid, pub)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda v: v.replace("+", "-", 1),
        lambda v: v.split("+", 1)[0],
        lambda v: "bad name" + v[v.index("+"):],
        lambda v: v[: v.index("+") + 1] + "00000000" + v[v.index("+") + 9:],
        lambda v: v[:-4] + "AAA=",
        lambda v: v[: v.rindex("+") + 1] + base64.b64encode(b"\x02" + b"\x00" * 32).decode(),
        lambda v: v[: v.rindex("+") + 1] + "!!!",
    ],
)
def test_parse_verifier_key_rejects(vkey, mangle):
    with pytest.raises(NoteError):
        parse_verifier_key(mangle(vkey))


def test_round_trip(key, vkey):
    cp = Checkpoint("custody.local/DIL", 42, ROOT)
    note = sign_checkpoint(cp, NAME, key)
    text = checkpoint_text(cp)
    assert text == f"custody.local/DIL\n42\n{base64.b64encode(ROOT).decode()}\n"
    assert note.startswith(text + "\n\u2014 " + NAME + " ")
    assert note.endswith("\n")
    blob = base64.b64decode(note.rstrip("\n").rsplit(" ", 1)[1])
    assert blob[:4] == note_key_id(NAME, public_raw(key)) and len(blob) == 68
    assert verify_checkpoint(note, [vkey]) == cp
    assert parse_checkpoint(note) == cp


def test_unknown_signers_ignored_and_cosignatures(key, vkey):
    other = Ed25519PrivateKey.generate()
    cp = Checkpoint("custody.local/DIL", 7, ROOT)
    mine = sign_checkpoint(cp, NAME, key)
    theirs = sign_checkpoint(cp, "witness.example/w1", other)
    both = mine + theirs.split("\n\n", 1)[1]
    assert verify_checkpoint(both, [vkey]) == cp
    assert verify_checkpoint(both, [verifier_key("witness.example/w1", public_raw(other))]) == cp
    with pytest.raises(NoteError, match="no signature by a trusted key"):
        verify_checkpoint(theirs, [vkey])


def _tamper_line(note, index, new):
    lines = note.split("\n")
    lines[index] = new
    return "\n".join(lines)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda n: _tamper_line(n, 1, "43"),  # changed size
        lambda n: _tamper_line(n, 2, base64.b64encode(sha256(b"other").digest()).decode()),  # changed root
        lambda n: _tamper_line(n, 0, "custody.local/OTHER"),
        lambda n: n[:-6] + ("A" if n[-6] != "A" else "B") + n[-5:],  # changed signature
        lambda n: n.replace("\n\n", "\n"),
        lambda n: n.rstrip("\n"),
        lambda n: n.replace("\u2014", "-"),
        lambda n: n.replace("\n42\n", "\n042\n"),
        lambda n: n + "garbage\n",
        lambda n: n.replace("\n42\n", "\n4\x002\n"),
    ],
)
def test_tampering_rejected(key, vkey, tamper):
    note = sign_checkpoint(Checkpoint("custody.local/DIL", 42, ROOT), NAME, key)
    with pytest.raises(NoteError):
        verify_checkpoint(tamper(note), [vkey])


def test_wrong_key_rejected(key):
    note = sign_checkpoint(Checkpoint("custody.local/DIL", 1, ROOT), NAME, key)
    impostor = verifier_key(NAME, public_raw(Ed25519PrivateKey.generate()))
    with pytest.raises(NoteError, match="no signature by a trusted key"):
        verify_checkpoint(note, [impostor])
    with pytest.raises(NoteError, match="no signature by a trusted key"):
        verify_checkpoint(note, [])


def test_known_key_with_bad_signature_is_an_error(key, vkey):
    good = sign_checkpoint(Checkpoint("custody.local/DIL", 1, ROOT), NAME, key)
    forged = sign_checkpoint(Checkpoint("custody.local/DIL", 2, ROOT), NAME, key)
    mixed = good.split("\n\n")[0] + "\n\n" + forged.split("\n\n")[1] + good.split("\n\n")[1]
    with pytest.raises(NoteError, match="invalid signature"):
        verify_checkpoint(mixed, [vkey])


def test_checkpoint_text_validation(key):
    for cp in (Checkpoint("", 1, ROOT), Checkpoint("a\nb", 1, ROOT), Checkpoint("o", -1, ROOT),
               Checkpoint("o", 1, b"short")):
        with pytest.raises(NoteError):
            sign_checkpoint(cp, NAME, key)
    with pytest.raises(NoteError):
        sign_checkpoint(Checkpoint("o", 1, ROOT), "has space", key)
    # extension lines are allowed by C2SP and ignored
    text = checkpoint_text(Checkpoint("o", 1, ROOT)) + "ext line\n"
    from custody.ledger.note import parse_checkpoint_text

    assert parse_checkpoint_text(text) == Checkpoint("o", 1, ROOT)
