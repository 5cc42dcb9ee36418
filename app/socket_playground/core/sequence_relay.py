"""A relay in the conversation view: which ``send()`` calls on one leg passed
on the bytes a ``recv()`` on the other leg got.

The relay forwards in order (``net/relay.py``): what leg A received, at
offsets [a, b) of its received stream, leg B sends at the same offsets of its
sent stream, shifted by the bytes typed into B's send box that went out
before them. Each leg's notes say where typed bytes went
(:class:`~.relay_events.TypedRanges`); typed bytes link to no ``recv()``.
While typed bytes are queued and not yet placed, links stop where they may
begin: a :attr:`~.sequence.Scene.unlinked` scene says so. Links are never
guessed from times or bytes.

No Qt: plain Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .capture import CaptureStore
from .capture_dir import covering
from .events import Direction
from .relay_events import TypedRanges
from .sequence import ARROWS_PER_CALL, Arrow, ArrowKind, Box, Kind, Scene


@dataclass(slots=True)
class Relay:
    """The lanes of a relay's two legs, and for each leg where its sent
    stream holds typed bytes (the view keeps it current; absent: none)."""

    inside: int  # the relay-in leg's lane
    outside: int  # the relay-out leg's lane
    typed: dict[int, TypedRanges] = field(default_factory=dict)

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
        typed = self.typed.get(sender, TypedRanges())
        lo, hi = box.offset, box.offset + box.nbytes
        if received:  # forwarded offsets: where the sender sent them
            spans = typed.to_sent(lo, hi)
        elif typed.typed_at(lo, hi):
            return  # typed into this leg: received by no recv() on the other
        else:
            spans = [typed.to_forwarded(lo, hi)]
        bound = typed.bound
        want = Direction.OUT if received else Direction.IN
        pieces: list[tuple[int, int, int]] = []
        for a, b in spans:
            if received and bound is not None and b > bound:
                sc.unlinked = True
                b = bound
            elif not received and bound is not None and hi > bound:
                sc.unlinked = True
                return
            found, cut = covering(theirs, want, a, b, ARROWS_PER_CALL - len(pieces))
            sc.cut = sc.cut or cut
            if received:  # (an arrow's offsets are the received stream's)
                found = [(c, *typed.to_forwarded(x, y)) for c, x, y in found]
            pieces += found
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
