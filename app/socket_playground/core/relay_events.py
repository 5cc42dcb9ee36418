"""A relay's facts as events (notes: the program's, not socket calls), kept
in each leg's record so that a saved relay opens as one.

:class:`RelayLegStarted` is the first thing a leg's record says of the relay:
which leg it is (``relay-in``, accepted from the client; ``relay-out``,
connected to the target), the socket number of its other leg and the
target. :class:`RelayTyped` says that bytes the user typed into a leg were
queued (its sent total then: they go out there or later);
:class:`RelayTypedSent` says where in its sent stream they went, once the
writer begins them and once it is done. Every other byte a leg sends is
forwarded, in order: :class:`TypedRanges` reads the notes, which is what
links a leg's ``recv()`` to the other leg's ``send()`` calls in the
conversation view, before typed bytes and after them. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .events import Note

RELAY_IN, RELAY_OUT = "relay-in", "relay-out"


@dataclass(frozen=True, slots=True)
class RelayLegStarted(Note):
    """This socket is one leg of a relayed connection."""

    leg: str = RELAY_IN
    other: int = 0  # the other leg's socket number
    target: str = ""  # "127.0.0.1:8000"


@dataclass(frozen=True, slots=True)
class RelayTyped(Note):
    """Bytes the user gave this leg were queued when it had sent ``sent``
    bytes: they go out there or later."""

    sent: int = 0


@dataclass(frozen=True, slots=True)
class RelayTypedSent(Note):
    """The writer began sending typed bytes at offset ``start`` of the
    leg's sent stream (``end`` -1), or has sent them: [start, end)."""

    start: int = 0
    end: int = -1


@dataclass(slots=True)
class TypedRanges:
    """Where a leg's sent stream holds typed bytes, from its notes in order:
    ``done``, the ranges placed; ``bound``, where typed bytes not yet placed
    may begin (None: none are waiting). Links stop at ``bound``."""

    done: list[tuple[int, int]] = field(default_factory=list)
    bound: int | None = None
    waiting: int = 0

    def add(self, ev: object) -> None:
        """Read one event of the leg's record (other kinds change nothing)."""
        if isinstance(ev, RelayTyped):
            self.waiting += 1
            if self.bound is None:
                self.bound = ev.sent
        elif isinstance(ev, RelayTypedSent):
            if ev.end < 0:
                self.bound = ev.start  # exact now
                return
            if ev.end > ev.start:
                self.done.append((ev.start, ev.end))
            self.waiting = max(0, self.waiting - 1)
            self.bound = ev.end if self.waiting else None

    def to_sent(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Forwarded offsets [lo, hi) (the other leg's received stream) as
        pieces of this leg's sent stream, around the typed ranges."""
        out: list[tuple[int, int]] = []
        shift = 0  # typed bytes before the piece
        for a, b in self.done:
            if a >= hi + shift:
                break
            if a > lo + shift:
                out.append((lo + shift, a))
                lo = a - shift
            shift += b - a
        if hi > lo:
            out.append((lo + shift, hi + shift))
        return out

    def to_forwarded(self, lo: int, hi: int) -> tuple[int, int]:
        """Sent offsets [lo, hi) (none of them typed: a send() is all typed
        or all forwarded) as offsets of the forwarded stream."""
        shift = sum(b - a for a, b in self.done if b <= lo)
        return lo - shift, hi - shift

    def typed_at(self, lo: int, hi: int) -> bool:
        """Whether sent offsets [lo, hi) are typed bytes."""
        return any(a < hi and lo < b for a, b in self.done)
