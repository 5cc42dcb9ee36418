"""A saved socket as a live one's record: the SocketLog every view reads,
rebuilt from a session file (``core/sessionfile.py``) without reading its
bytes. The bytes stay in the file and are read when a view shows them,
through :class:`StoredBytes`, which stands where a live socket's spool does.
"""

from __future__ import annotations

from .events import Direction, Event
from .record import SocketLog
from .sessionfile import SessionFile
from .sessionfile_rows import Chunk, SocketInfo


class StoredBytes:
    """Read-only bytes of one saved socket (the spool's reading side)."""

    def __init__(self, sf: SessionFile, info: SocketInfo) -> None:
        self.sf, self.info = sf, info
        self.cap = info.cap
        self.error = ""

    def append(self, direction: int, datas: list[bytes]) -> None:
        raise ValueError("a saved session is read-only")

    def read(self, direction: int, offset: int, n: int) -> bytes:
        n = max(0, min(n, self.readable(direction) - offset))
        return self.sf.read(self.info.id, direction, offset, n) if n else b""

    def readable(self, direction: int) -> int:
        return self.info.kept(direction)

    def kept_limit(self, direction: int) -> int | None:
        kept = self.info.kept(direction)
        return None if kept >= self.info.total(direction) else kept

    def sha256(self, direction: int) -> str:
        return self.info.sha256_out if direction else self.info.sha256_in

    def caught_up(self) -> bool:
        return True

    def flush(self) -> None:
        pass


def load_log(sf: SessionFile, socket_id: int) -> SocketLog:
    """The saved socket's SocketLog: its events, its chunks (a segment per
    run of one direction and one size asked) and its state."""
    info = sf.socket(socket_id)
    spool = StoredBytes(sf, info)
    log = SocketLog(info.role, t0_ns=info.t0_ns, spool=spool)  # type: ignore[arg-type]
    events: list[Event] = sf.events(socket_id)
    log.events.extend(events)
    log.machine.feed_all(events)
    if events:
        log.last_seq = events[-1].seq
    store = log.store
    run: list[Chunk] = []

    def flush() -> None:
        if run:
            first = run[0]
            store.add_stored(
                first.direction,
                first.asked,
                [c.seq for c in run],
                [c.t_start for c in run],
                [c.t_end for c in run],
                [c.size for c in run],
                info.t0_ns,
                first.waited_ns - (first.t_end - first.t_start),
            )
            run.clear()

    for c in sf.iter_chunks(socket_id):
        waited_before = c.waited_ns > c.t_end - c.t_start  # only a run's first may wait
        if run and (c.direction != run[0].direction or c.asked != run[0].asked or waited_before):
            flush()
        run.append(c)
        if c.direction == Direction.OUT and c.size < c.asked:
            log.partial_sends += 1
        if c.direction == Direction.IN and c.size:
            if log._first_in is None:
                log._first_in = c.index
            log._last_in = c.index
        log.last_seq = max(log.last_seq, c.seq)
    flush()
    return log
