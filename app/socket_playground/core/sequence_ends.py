"""How a connection ended, per end, for the conversation view: the call that
sent our FIN, the ``recv()`` that returned the peer's FIN (``b''``), the
``close()`` that sent RST, and the first call that met the peer's RST.

:class:`Ends` reads a log's other events (never its chunks) once each: every
:meth:`Ends.update` looks only at the events added since the last one.

No Qt: plain Python.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

from .events import Call, Close, Recv, Shutdown
from .record import SocketLog
from .state import RESET_ERRNOS

# what a call meets after the peer's RST: the reset itself, or (a send() after
# it) the broken pipe
PEER_RESET_ERRNOS = RESET_ERRNOS | {"EPIPE"}


@dataclass(frozen=True, slots=True)
class Mark:
    """One call of an end: its number and times (ns)."""

    seq: int
    t_start: int
    t_end: int


def _mark(ev: Call) -> Mark:
    return Mark(ev.seq, ev.t_start, ev.t_end)


class Ends:
    """The FIN and RST facts of one socket's log, found incrementally."""

    def __init__(self, log: SocketLog) -> None:
        self.log = log
        self._seen = 0  # events of log.events looked at
        self.fin_sent: Mark | None = None  # shutdown(SHUT_WR/SHUT_RDWR) or close()
        self.eof: Mark | None = None  # recv() → b'' from the peer (not our own SHUT_RD)
        self.abort: Mark | None = None  # close() with SO_LINGER 0: RST
        self.reset_met: Mark | None = None  # a call failed with ECONNRESET/EPIPE

    def update(self) -> None:
        events = self.log.events
        for ev in events[self._seen :]:  # bounded: each event once, ever
            if not isinstance(ev, Call):
                continue
            if ev.errno:
                if ev.errno in PEER_RESET_ERRNOS and self.reset_met is None:
                    self.reset_met = _mark(ev)
                continue
            if isinstance(ev, Shutdown) and ev.how in (socket.SHUT_WR, socket.SHUT_RDWR):
                if self.fin_sent is None and self.abort is None:
                    self.fin_sent = _mark(ev)
            elif isinstance(ev, Close):
                if ev.abort:
                    if self.abort is None:  # (RST, after our FIN too)
                        self.abort = _mark(ev)
                elif self.fin_sent is None and self.abort is None:
                    self.fin_sent = _mark(ev)
            elif isinstance(ev, Recv) and ev.eof and not ev.own_shutdown and self.eof is None:
                self.eof = _mark(ev)
        self._seen = len(events)
