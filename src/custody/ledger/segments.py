"""History across ledgers (docs/TRANSFER.md sections 4 and 9): proof segments, their links, and one timeline.

An item that went from station A to station B and back has entries in two ledgers. Each ledger proves its part with
a proof bundle (a *segment*, LEDGER.md 5); a ``custody.transferred_in`` entry links the receiving ledger's chain to
the sender's ``custody.transferred_out`` (its entry hash, under the sender's checkpoint). :func:`link` checks every
link between already verified segments and builds, per item, the history in order: each sender's entries up to its
``custody.transferred_out``, then the receiver's from its ``custody.transferred_in``.

Pure: no database, no Qt. Segments are verified first with :func:`custody.ledger.bundle.verify_bundle`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from .bundle import BundleReport, ProvenEvent

__all__ = ["SEGMENTS_FORMAT", "TRANSFERRED_IN", "TRANSFERRED_OUT", "Segment", "TimelineEvent", "Linked", "link",
           "parse_segments_doc", "segments_doc"]

TRANSFERRED_OUT = "custody.transferred_out"
TRANSFERRED_IN = "custody.transferred_in"
SEGMENTS_FORMAT = "custody-segments/v1"


@dataclass
class Segment:
    """One verified proof bundle: ``name`` says where it came from (a package member, a report attachment)."""

    name: str
    report: BundleReport

    @property
    def origin(self) -> str:
        return self.report.checkpoint.origin if self.report.checkpoint else ""

    @property
    def size(self) -> int:
        return self.report.checkpoint.size if self.report.checkpoint else 0

    @property
    def root_hex(self) -> str:
        return self.report.checkpoint.root.hex() if self.report.checkpoint else ""


@dataclass(frozen=True)
class TimelineEvent:
    event: ProvenEvent
    origin: str  # the ledger that proves it
    checkpoint_size: int
    segment: str


@dataclass
class Linked:
    failures: list[str] = field(default_factory=list)
    #: item id -> its history across every segment, in order
    timeline: dict[str, list[TimelineEvent]] = field(default_factory=dict)


def link(segments: Sequence[Segment], main: Segment) -> Linked:
    """Check every ``custody.transferred_in`` of every segment's items against the others' ``custody.transferred_out``
    and build each of ``main``'s items' history (``main``: the report's own bundle, or a package's last segment).
    All segments must have verified (``report.ok``)."""
    out = Linked()
    everyone = [*segments] if any(s is main for s in segments) else [*segments, main]
    sent: dict[tuple[str, str], list[tuple[Segment, int]]] = {}
    for seg in everyone:
        for item, chain in seg.report.items.items():
            for n, ev in enumerate(chain):
                if ev.kind == TRANSFERRED_OUT:
                    sent.setdefault((item, ev.entry_hash_hex), []).append((seg, n))

    def target(item: str, ev: ProvenEvent) -> tuple[Segment, int] | None:
        d = ev.data
        named = (d.get("sender_origin"), d.get("sender_size"), d.get("sender_root"))
        for seg, n in sent.get((item, str(d.get("sender_entry"))), ()):
            if named == (seg.origin, seg.size, seg.root_hex):
                return seg, n
        return None

    for seg in everyone:
        for item, chain in seg.report.items.items():
            for ev in chain:
                if ev.kind == TRANSFERRED_IN and target(item, ev) is None:
                    out.failures.append(
                        f"item {item}: custody.transferred_in (seq {ev.seq} of {seg.origin}) is not linked to a "
                        "custody.transferred_out in the segments given: the sender's part of the history is missing "
                        "or does not match the sender's checkpoint")
    if out.failures:
        return out

    def expand(seg: Segment, item: str, chain: Sequence[ProvenEvent], shown: set[tuple[str, str]],
               depth: int) -> list[TimelineEvent]:
        events: list[TimelineEvent] = []
        for ev in chain:
            if ev.kind == TRANSFERRED_IN and depth < 64:
                found = target(item, ev)
                assert found is not None
                sender, n = found
                if (sender.origin, sender.report.items[item][n].entry_hash_hex) not in shown:
                    events.extend(expand(sender, item, sender.report.items[item][:n + 1], shown, depth + 1))
            if (seg.origin, ev.entry_hash_hex) not in shown:
                shown.add((seg.origin, ev.entry_hash_hex))
                events.append(TimelineEvent(ev, seg.origin, seg.size, seg.name))
        return events

    for item, chain in main.report.items.items():
        out.timeline[item] = expand(main, item, chain, set(), 0)
    return out


def segments_doc(bundles: Sequence[bytes]) -> bytes:
    """``custody-segments.json`` (docs/TRANSFER.md 9): the segments a report needs besides its own bundle."""
    doc = {"format": SEGMENTS_FORMAT, "segments": [b.decode("utf-8") for b in bundles]}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def parse_segments_doc(data: bytes) -> list[bytes]:
    """The bundles of a ``custody-segments.json``; ValueError if malformed."""
    doc = json.loads(data.decode("utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != SEGMENTS_FORMAT:
        raise ValueError(f"format is not {SEGMENTS_FORMAT!r}")
    segs = doc.get("segments")
    if not isinstance(segs, list) or not all(isinstance(s, str) for s in segs):
        raise ValueError("segments must be a list of strings")
    return [s.encode("utf-8") for s in segs]
