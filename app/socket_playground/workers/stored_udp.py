"""A saved UDP socket in the window: what the UDP pane reads, from a session
file, read-only. Whether it was a server (it called ``bind()``) or a
connected client (``connect()``) is read from its own calls."""

from __future__ import annotations

from ..core.events import Bind, Connect, Direction
from ..core.sessionfile import SessionFile
from ..core.udp_events import RecvFrom
from .stored import StoredSession


class StoredUdp(StoredSession):
    def __init__(self, sf: SessionFile, socket_id: int) -> None:
        super().__init__(sf, socket_id)
        events = self.log.events
        self.server = any(isinstance(ev, Bind) and not ev.errno for ev in events)
        self.connect_udp = any(isinstance(ev, Connect) and not ev.errno for ev in events)
        received = [d for d in self.log.datagrams if isinstance(d, RecvFrom)]
        self.last_peer = received[-1].peer if received else None
        self.broadcast = False
        self.bufsize = received[-1].bufsize if received else 65535

    datagrams_received = property(lambda self: self.store.calls[Direction.IN])
    datagrams_sent = property(lambda self: self.store.calls[Direction.OUT])

    @property
    def truncated(self) -> int:
        return sum(1 for d in self.log.datagrams if isinstance(d, RecvFrom) and d.truncated)

    def default_peer(self) -> None:
        return None

    def send(self, data: bytes, peer: object = None) -> bool:
        return False

    def set_broadcast(self, on: bool) -> bool:
        return False
