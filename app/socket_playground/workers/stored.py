"""A saved socket in the window: what a pane reads of a Session, from a
session file, read-only (no socket, no thread; nothing can be sent)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.events import Direction, JobProgress, State
from ..core.record import SocketLog
from ..core.relay_events import RELAY_IN, RelayLegStarted, TypedRanges
from ..core.sessionfile import SessionFile
from ..core.stored import family_of, load_log


class StoredSession(QObject):
    """Duck-types :class:`~.session.Session` for the views."""

    changed = Signal(object)  # never emitted: a saved socket does not change
    accepted = Signal(object)

    def __init__(self, sf: SessionFile, socket_id: int) -> None:
        super().__init__()
        info = sf.socket(socket_id)
        self.file = sf
        self.id = info.id
        self.role = info.role
        self.host, self.port = info.host, info.port
        self.local_addr = _addr(info.local_addr)
        self.peer_addr = _addr(info.peer_addr)
        self.parent_id = info.parent_id
        self.parent_session: StoredSession | None = None  # set by the opener
        self.children: list[StoredSession] = []  # type: ignore[assignment]
        self.log: SocketLog = load_log(sf, socket_id)
        self.t0_ns = self.log.t0_ns
        self.family = family_of(self.log.events, self.local_addr, self.peer_addr, self.host)
        self.spool = self.log.spool
        self.job: JobProgress | None = None
        self.writer_waiting = False
        self.queued = 0
        self.bufsize = 4096
        self.options: dict[str, int] = {}
        self.connect_timeout = 0.0
        self.echo, self.auto_reply, self.close_after_reply = False, b"", False
        self.alive = False
        self.can_send = False
        self.reading_paused = False
        self.read_only = True
        # a relay's leg (its notes): which leg, and where typed bytes went;
        # the opener links the two legs (``other_leg``, ``pair``)
        started = next((e for e in self.log.events if isinstance(e, RelayLegStarted)), None)
        self.relay_leg = started.leg if started is not None else ""
        self.relay_other = started.other if started is not None else 0
        self.relay_target = started.target if started is not None else ""
        self.typed = TypedRanges()
        for e in self.log.events:
            self.typed.add(e)
        self.other_leg: StoredSession | None = None
        self.pair: StoredRelayPair | None = None

    store = property(lambda self: self.log.store)
    events = property(lambda self: self.log.events)
    last_error = property(lambda self: self.log.machine.errno)
    last_error_detail = property(lambda self: self.log.machine.message)
    partial_sends = property(lambda self: self.log.partial_sends)
    would_block = property(lambda self: self.log.would_block)
    timeouts = property(lambda self: self.log.timeouts)
    io_mode = "blocking"  # (what a saved socket did is in its SetBlocking events)

    def calls_in_progress(self) -> list[tuple[str, int, int]]:
        return []  # a saved socket makes no calls

    @property
    def state(self) -> State:
        return self.log.state

    bytes_received = property(lambda self: self.store.total[Direction.IN])
    bytes_sent = property(lambda self: self.store.total[Direction.OUT])
    recv_calls = property(lambda self: self.store.calls[Direction.IN])
    send_calls = property(lambda self: self.store.calls[Direction.OUT])

    @property
    def local_port(self) -> int:
        return int(self.local_addr[1]) if isinstance(self.local_addr, tuple) else 0

    @property
    def peer_port(self) -> int:
        peer = self.peer_addr
        return int(peer[1]) if isinstance(peer, tuple) and self.role != "listener" else 0

    def peer_cred(self) -> None:
        return None  # (not saved)

    def receive_rate(self) -> int:
        return self.log.receive_rate()

    def kernel_queues(self) -> tuple[int | None, int | None]:
        return None, None

    def option_values(self) -> dict[str, int]:
        return {}

    def tcp_state(self) -> None:
        return None  # a saved socket: the kernel has nothing to say

    # what a live socket does, a saved one refuses (nothing to act on)
    def send(self, data: bytes) -> bool:
        return False

    send_trickle = send_repeat = send_file = shutdown = lambda self, *a, **k: False

    def set_bufsize(self, n: int) -> int:
        return self.bufsize

    def set_option(self, name: str, value: int) -> int | None:
        return None

    def pause_reading(self, paused: bool) -> None:
        pass

    pause_accepting = pause_reading

    def cancel_job(self) -> None:
        pass

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def abort(self) -> None:
        pass

    def request_stop(self, abort: bool = False) -> None:
        pass

    def finish_stop(self, deadline_ms: int = 0) -> None:
        pass

    def dispose(self) -> None:
        pass


class StoredRelayPair(QObject):
    """The two legs of a saved relayed connection (what the views read of a
    :class:`~.relay.RelayPair`)."""

    changed = Signal()  # never emitted: a saved relay does not change

    def __init__(self, inside: StoredSession, outside: StoredSession) -> None:
        super().__init__()
        self.inside, self.outside = inside, outside
        inside.other_leg, outside.other_leg = outside, inside
        inside.pair = outside.pair = self
        self.target_text = inside.relay_target
        self.failure: tuple[str, str] | None = None  # (a refused target: in relay-out's rows)


def link_relays(stored: dict[int, StoredSession]) -> None:
    """Pair the saved relay legs whose notes name each other."""
    for s in stored.values():
        other = stored.get(s.relay_other)
        if s.relay_leg == RELAY_IN and other is not None and other.relay_other == s.id:
            StoredRelayPair(s, other)


def _addr(a: tuple | str | None) -> tuple | str | None:
    """A saved address: a tuple, or a Unix socket's text ("" is kept: unnamed)."""
    if isinstance(a, str):
        return a
    return tuple(a) if a else None
