"""A relay's forwarding, done by the two legs' own loops (no Qt).

Each leg's reader forwards what it receives to the other leg as an echo is
sent (``writer.pass_on``: one ``send()`` by the reader thread when the other
writer has nothing queued, else behind its items), so every ``recv()`` on one
leg and every ``send()`` on the other is a recorded call. At the end of one
leg's stream its reader queues ``shutdown(SHUT_WR)`` on the other leg, behind
the bytes already forwarded: a half-close passes through. Pausing a leg's
reading stops that direction: its bytes stay in that leg's kernel queue.
What the user gives a leg to send goes to its writer as :class:`Typed`, and
:class:`RelayWriter` notes where in the sent stream those bytes went
(``RelayTypedSent``): every other byte a leg sends was forwarded.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass

from ..core.relay_events import RelayTypedSent
from .context import Context
from .writer import ShutdownJob, Writer, pass_on


@dataclass(frozen=True)
class Typed:
    """Something the user gave a relay leg to send (bytes or a send job)."""

    item: object


class RelayWriter(Writer):
    """A leg's writer: typed items are sent as any, with a note when they
    begin and when they end (the writer sends one item at a time, and a
    forwarded reply is sent only while it has nothing queued, so the
    typed bytes are one range of the sent stream)."""

    def _do(self, item: object) -> bool:
        if not isinstance(item, Typed):
            return super()._do(item)
        start = self.ctx.sent_bytes
        self.note(RelayTypedSent, start=start)
        try:
            return super()._do(item.item)
        finally:
            self.note(RelayTypedSent, start=start, end=self.ctx.sent_bytes)


def forward(dst: Context) -> Callable[[list[bytes]], None]:
    """A reader's ``reply``: what it received, sent on ``dst``."""

    def reply(datas: list[bytes]) -> None:
        for data in datas:
            if not pass_on(dst, data):
                return

    return reply


def pass_half_close(dst: Context) -> None:
    """The other leg's peer ended its stream: ``shutdown(SHUT_WR)`` on ``dst``
    once what was forwarded before is sent."""
    if dst.writer_done or dst.stop.is_set():
        return
    dst.queue_item(ShutdownJob(socket.SHUT_WR))


def link(a: Context, b: Context) -> None:
    """The two legs pass each other their end of stream (and never park
    their writers: the other leg may still forward bytes)."""
    a.on_eof = lambda: pass_half_close(b)
    b.on_eof = lambda: pass_half_close(a)
