"""A relay's facts as events (notes: the program's, not socket calls), kept
in each leg's record so that a saved relay opens as one.

:class:`RelayLegStarted` is the first thing a leg's record says of the relay:
which leg it is (``relay-in``, accepted from the client; ``relay-out``,
connected to the target), the socket number of its other leg and the
target. :class:`RelayTyped` says where bytes the user typed into a leg may
begin in its sent stream (its sent total when they were queued): below that
offset every byte sent is forwarded, which is what links a leg's ``recv()``
to the other leg's ``send()`` in the conversation view. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

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
