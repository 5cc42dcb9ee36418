"""What a socket's times count from, and the real time of a monotonic stamp.

Events are stamped with ``now_ns()`` (``time.monotonic_ns()``): it never
jumps, but it counts from an unspecified moment (the machine's boot), so it
tells no time of day by itself. One pair ``(time.time_ns(), now_ns())`` read
at the same moment maps any stamp of that clock to the real time:
:data:`START` is this run's, taken when this module is first imported; a
session file keeps the pair of the run that recorded it (meta rows
``clock_wall_ns`` and ``clock_monotonic_ns``); a file saved before those rows
existed has none, and its times have no wall clock (:data:`NO_WALL`).

Three ways to read a time (:data:`MODES`): since the session started (the
run's one clock, ``t0_ns``: both ends of a connection compare), since the
socket was created (:func:`created_ns`), and the wall clock
(``hh:mm:ss.mmm`` in the local time zone).

No Qt: plain Python.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import islice

from .events import Accept, Event, SocketCall, now_ns

MODES = ("session", "socket", "wall")
NO_WALL = "--:--:--.---"  # a time whose real time is not known (an older session file)
WALL_KEYS = ("clock_wall_ns", "clock_monotonic_ns")  # the session file's meta rows
SCAN = 64  # events looked at for the socket's creation: it is among the first few
MAX_NS = (1 << 63) - 1


@dataclass(frozen=True, slots=True)
class WallClock:
    """One moment read on both clocks: the real time and the monotonic one."""

    wall_ns: int  # time.time_ns(): nanoseconds since the epoch (UTC)
    mono_ns: int  # now_ns() at the same moment

    @classmethod
    def now(cls) -> WallClock:
        return cls(time.time_ns(), now_ns())

    def wall(self, mono_ns: int) -> int:
        """The real time (ns since the epoch) of a monotonic stamp."""
        return self.wall_ns + (mono_ns - self.mono_ns)

    def meta(self) -> list[tuple[str, str]]:
        """The session file's meta rows for this pair."""
        return [(WALL_KEYS[0], str(self.wall_ns)), (WALL_KEYS[1], str(self.mono_ns))]

    @classmethod
    def from_meta(cls, meta: Mapping[str, object]) -> WallClock | None:
        """The pair a session file (or a capture's meta) keeps; None when it
        has none (written by an older version) or its values are no numbers."""
        values = []
        for key in WALL_KEYS:
            value = meta.get(key)
            if isinstance(value, bool) or not isinstance(value, int | str):
                return None
            try:
                n = int(value)
            except ValueError:
                return None
            if not 0 <= n <= MAX_NS:
                return None
            values.append(n)
        return cls(values[0], values[1])


START = WallClock.now()  # this run's pair: every live socket's stamps map through it


@functools.lru_cache(maxsize=1024)
def _hms(second: int) -> str:
    return time.strftime("%H:%M:%S", time.localtime(second))


def wall_text(wall_ns: int) -> str:
    """``hh:mm:ss.mmm`` in the local time zone (milliseconds cut, not rounded:
    a time never reads later than it was)."""
    second, ms = divmod(wall_ns // 1_000_000, 1000)
    return f"{_hms(second)}.{ms:03d}"


def created_ns(events: Sequence[Event], role: str) -> int | None:
    """When the socket was created: the start of its ``socket()`` call, or,
    for an accepted socket, when ``accept()`` returned it. None while the
    record has neither (a name still being looked up, a lookup that failed,
    a file saved before socket() was recorded)."""
    for ev in islice(events, SCAN):
        if role == "accepted" and isinstance(ev, Accept):
            return ev.t_end
        if isinstance(ev, SocketCall):
            return ev.t_start
    return None


@dataclass(frozen=True, slots=True)
class Stamps:
    """How one socket's times read for one choice of :data:`MODES`."""

    mode: str
    origin_ns: int  # what "session" and "socket" times count from
    clock: WallClock | None  # "wall": the record's clock pair; None: not known
    settled: bool = True  # False: the origin is a stand-in until the socket exists

    @property
    def available(self) -> bool:
        return self.mode != "wall" or self.clock is not None

    def text(self, ns: int, signed: bool = True) -> str:
        """A monotonic stamp as this choice reads it: ``+0.001234`` (seconds,
        ``signed`` with its sign), or ``12:34:56.789``."""
        if self.mode == "wall":
            return NO_WALL if self.clock is None else wall_text(self.clock.wall(ns))
        t = (ns - self.origin_ns) / 1e9
        return f"{t:+.6f}" if signed else f"{t:.6f}"


def stamps(
    mode: str,
    t0_ns: int,
    events: Sequence[Event] = (),
    role: str = "",
    clock: WallClock | None = START,
) -> Stamps:
    """The :class:`Stamps` of a socket whose run started at ``t0_ns``. For
    "socket" before the socket exists, its first event stands in (not
    ``settled``: ask again once more is recorded)."""
    if mode == "wall":
        return Stamps(mode, t0_ns, clock)
    if mode == "socket":
        made = created_ns(events, role)
        if made is not None:
            return Stamps(mode, made, clock)
        first = events[0].t_start if events else t0_ns
        return Stamps(mode, first, clock, settled=False)
    return Stamps("session", t0_ns, clock)
