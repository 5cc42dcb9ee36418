"""A relay in the conversation view: which ``send()`` calls on one leg passed
on the bytes a ``recv()`` on the other leg got.

The relay forwards in order (``net/relay.py``): what leg A received, at
offsets [a, b) of its received stream, leg B sends at the same offsets of its
sent stream, as long as B sent nothing else before. Bytes typed into a leg's
send box go out among the forwarded ones and shift every later offset, so
the leg notes where they may begin (``RelayLeg.typed_from``: its sent total
as recorded when they were queued, which is at or before where they land),
and links stop there: a :attr:`~.sequence.Scene.unlinked` scene says so.
Links are never guessed from times or bytes.

No Qt: plain Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .capture import CaptureStore
from .capture_dir import covering
from .events import Direction
from .sequence import ARROWS_PER_CALL, Arrow, ArrowKind, Box, Kind, Scene


@dataclass(slots=True)
class Relay:
    """The lanes of a relay's two legs, and for each leg the offset of its
    sent stream from which it may have sent bytes it did not forward (the
    view keeps it current; absent: none)."""

    inside: int  # the relay-in leg's lane
    outside: int  # the relay-out leg's lane
    typed_from: dict[int, int] = field(default_factory=dict)

    def other(self, lane: int) -> int | None:
        if lane == self.inside:
            return self.outside
        return self.inside if lane == self.outside else None

    def arrows(self, sc: Scene, stores: list[CaptureStore]) -> None:
        """FORWARD arrows for the legs' recv()/send() boxes in view."""
        seen: dict[tuple[int, int, int], Arrow] = {}
        for box in sc.boxes:
            other = self.other(box.side)
            if other is None or box.chunk < 0 or not box.nbytes:
                continue
            if box.kind is Kind.RECV:
                self._links(sc, seen, box, stores[box.side], stores[other], other, True)
            elif box.kind is Kind.SEND:
                self._links(sc, seen, box, stores[box.side], stores[other], other, False)
        sc.arrows.extend(seen.values())

    def _links(
        self,
        sc: Scene,
        seen: dict[tuple[int, int, int], Arrow],
        box: Box,
        mine: CaptureStore,
        theirs: CaptureStore,
        other: int,
        received: bool,
    ) -> None:
        sender = other if received else box.side  # the leg whose send() passed them on
        lo, hi = box.offset, box.offset + box.nbytes
        bound = self.typed_from.get(sender)
        if bound is not None and hi > bound:
            sc.unlinked = True
            hi = bound
        want = Direction.OUT if received else Direction.IN
        pieces, cut = covering(theirs, want, lo, hi, ARROWS_PER_CALL)
        sc.cut = sc.cut or cut
        for chunk, s, e in pieces:
            if received:
                recv_lane, recv_chunk, send_chunk = box.side, box.chunk, chunk
                t_from, t_to = box.t_end, theirs.t_start_ns[chunk]
            else:
                recv_lane, recv_chunk, send_chunk = other, chunk, box.chunk
                t_from, t_to = theirs.t_end_ns[chunk], box.t_start
            key = (recv_lane, recv_chunk, send_chunk)
            if key not in seen:
                seen[key] = Arrow(
                    ArrowKind.FORWARD,
                    recv_lane,
                    t_from,
                    t_to,
                    send_chunk,
                    recv_chunk,
                    s,
                    e,
                    to=sender,
                )
