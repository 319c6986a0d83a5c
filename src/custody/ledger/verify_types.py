"""The public types of whole-ledger verification (:mod:`custody.ledger.verify`, which re-exports them)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .authority import Authority
from .entry import ZERO_HASH
from .merkle import Frontier

__all__ = ["Failure", "Signature", "StartState", "StoredEntry", "VerifyReport", "format_failure"]


# ------------------------------------------------------------------------------------------------ public types


@dataclass(frozen=True)
class Signature:
    signer: str
    key_id: str
    signature: bytes


@dataclass(frozen=True)
class StoredEntry:
    """One stored entry as read from the database (or an export).

    ``columns`` holds the index-column copies to cross-check against the body: a key that is a body member must
    equal the body's value (bytes compare as lower-case hex, datetimes via ``format_time``); ``"data.<name>"``
    compares with ``body["data"].get(name)``; ``"entry_hash"`` compares with the recomputed hash (bytes or hex);
    other keys are ignored.
    """

    seq: int
    body: bytes
    entry_hash: bytes | None = None
    signatures: tuple[Signature, ...] = ()
    columns: Mapping[str, object] | None = None


@dataclass(frozen=True)
class Failure:
    seq: int
    reason: str

    def __str__(self) -> str:
        return format_failure(self)


def format_failure(failure: Failure) -> str:
    """``seq N: reason``."""
    return f"seq {failure.seq}: {failure.reason}"


@dataclass
class VerifyReport:
    entries: int
    failures: list[Failure]
    root: bytes
    size: int
    checkpoints_checked: int = 0
    signatures_checked: int = 0
    #: worker processes actually used (1 = everything ran in the calling process)
    workers: int = 1
    #: CPU seconds spent in worker processes reading and checking ranges (verify_ranges; 0 otherwise)
    worker_cpu: float = 0.0
    #: the ledger's first station key is one the caller trusts (False: no trusted key was given, or it failed)
    trusted: bool = False
    #: verifier key registered by the ledger's first station.key_registered (its trust anchor)
    anchor: str | None = None
    #: the state at the end (to verify later entries from here: see StartState)
    authority: Authority | None = field(default=None, repr=False)
    frontier: Frontier | None = field(default=None, repr=False)
    last_hash: str = ZERO_HASH
    last_at: str = ""

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def first(self) -> Failure | None:
        return self.failures[0] if self.failures else None

    def lines(self) -> list[str]:
        return [format_failure(f) for f in self.failures]


@dataclass
class StartState:
    """Where a verification starts when the first ``size`` entries were verified before (see :func:`verify_blocks`).

    Everything here must come from a trusted place (what the station verified earlier and kept outside the
    database): ``frontier`` and ``last_hash`` (hex entry hash of entry ``size``) of the verified tree, ``last_at``,
    and the :class:`Authority` state after entry ``size``. ``item_head(item)`` returns the item's last entry up to
    ``size`` as ``(hex entry hash, seq)`` (or None), and ``root_at(n)`` the tree root at an earlier size ``n``; both
    must prove what they return against the verified tree (inclusion and consistency proofs).
    """

    size: int
    frontier: Frontier
    last_hash: str
    last_at: str
    authority: Authority
    item_head: Callable[[str], tuple[str, int] | None] | None = None
    root_at: Callable[[int], bytes | None] | None = None
