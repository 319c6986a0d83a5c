"""The time an entry is recorded at (LEDGER.md 3.1.5), and the two-person clock correction.

A ledger's ``at`` never goes back, except through a ``clock.corrected`` entry. One workstation with its clock in 2099
must therefore not be able to stamp entries 2099 (every later entry would have to be 2099 too, or be refused). The
:class:`ClockGuard` is the clock services use; before each append it checks the time it is about to write:

- behind the ledger's last entry (by more than a couple of seconds): refused; either this computer's clock is wrong
  (set it right), or the last entries carry a wrong time (an administrator and a supervisor record a
  ``clock.corrected`` entry, :func:`correct_clock`);
- ahead of where it should be, by more than the station's margin (setting ``clock_jump_minutes``), given the time
  that has passed on a steady clock since the guard last saw a right time while the app was running: refused (the
  clock was changed under a running app).

A clock that was already wrong when the app started cannot be told from a long pause; on PostgreSQL the entries take
the database server's clock, so one workstation's clock cannot move a shared ledger's time at all.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from custody.domain.errors import CustodyError
from custody.domain.i18n import N_
from custody.ledger.entry import format_time, parse_time

__all__ = [
    "BEHIND_TOLERANCE",
    "ClockBehind",
    "ClockError",
    "ClockGuard",
    "ClockJumped",
    "steady_seconds",
    "system_now",
]

#: An entry may be stamped up to this much earlier than the last one (then at the last one's time): clock
#: adjustments of a few hundred milliseconds (NTP) must not stop work.
BEHIND_TOLERANCE = timedelta(seconds=2)
#: Jumps smaller than this are never refused, whatever the configured margin.
MIN_JUMP = timedelta(minutes=1)
DEFAULT_MARGIN_MINUTES = 10

MSG_BEHIND = N_("Clock", "This computer's clock shows {now} (UTC), earlier than the last entry in the ledger "
                         "({last}). Nothing was saved. If this computer's time is wrong, correct it and try again. If "
                         "the clock is right and the ledger's last entries carry a wrong time, an administrator and a "
                         "supervisor must record a clock correction (Administration > Clock correction).")
MSG_JUMPED = N_("Clock", "This computer's clock moved forward by {jump} while Custody was running: it now shows {now} "
                         "(UTC). Nothing was saved. Check the date and time of this computer; if the new time is "
                         "right, restart Custody.")


class ClockError(CustodyError):
    """An entry time that cannot be right; nothing was written."""


class ClockBehind(ClockError):
    pass


class ClockJumped(ClockError):
    pass


def system_now() -> datetime:
    """The workstation's clock (UTC)."""
    return datetime.now(UTC)


def steady_seconds() -> float:
    """Seconds on a clock that never jumps and keeps counting while the computer sleeps (where the platform has one:
    CLOCK_BOOTTIME on Linux; Windows' monotonic clock counts sleep too)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


def _span(delta: timedelta) -> str:
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {mins} min"
    return f"{mins} min"


@dataclass
class ClockGuard:
    """The clock services use (call it for the time); :meth:`entry_time` checks the time of a new entry."""

    wall: Callable[[], datetime] = system_now
    steady: Callable[[], float] = steady_seconds
    #: on PostgreSQL, entries take the database server's clock instead of ``wall`` (3.1.5)
    use_server_time: bool = True
    #: (wall time, steady seconds) when the guard last accepted a time
    _ref: tuple[datetime, float] | None = field(default=None, repr=False)

    def __call__(self) -> datetime:
        return self.wall()

    def entry_time(self, now: datetime, last_at: str | None, margin_minutes: Callable[[], int], *,
                   correction: bool = False) -> str:
        """The ``at`` for a new entry at ``now`` after an entry at ``last_at``; ClockError when it cannot be right.

        ``margin_minutes`` is asked only when a jump needs judging. ``correction``: a ``clock.corrected`` entry,
        which is stamped ``now`` even though it is earlier than the last entry.
        """
        at = format_time(now)
        steady = self.steady()
        if not correction:
            if last_at and at < last_at:
                if parse_time(last_at) - now > BEHIND_TOLERANCE:
                    raise ClockBehind(MSG_BEHIND, now=at, last=last_at)
                at = last_at
            if self._ref is not None:
                expected = self._ref[0] + timedelta(seconds=steady - self._ref[1])
                jump = now - expected
                if jump > MIN_JUMP and jump > timedelta(minutes=margin_minutes()):
                    raise ClockJumped(MSG_JUMPED, jump=_span(jump), now=at)
        self._ref = (now, steady)
        return at

    def forget(self) -> None:
        """Drop the reference (after a restart the guard cannot judge jumps until it has seen a time)."""
        self._ref = None
