"""What a user asks a connected socket to send: bytes and send jobs, put on
the writer's queue (the writer in ``net/writer.py`` makes the calls)."""

from __future__ import annotations

import os
import socket

from ..net.context import Context
from ..net.descriptors import budget
from ..net.writer import Repeat, SendFile, ShutdownJob, Trickle


class Sending:
    """Mixed into Session: needs ``ctx`` and ``can_send``."""

    ctx: Context

    @property
    def can_send(self) -> bool:
        raise NotImplementedError

    def _queue(self, item: object, nbytes: int = 0) -> bool:
        if not self.can_send:
            return False
        # a writer that ended after the peer closed needs a new thread, and a
        # thread a descriptor: none left would end the program (descriptors.py)
        if self.ctx.writer_parked and budget.shortage(need=1):
            return False
        if nbytes:
            self.ctx.add_queued(nbytes)
        if self.ctx.queue_item(item):
            self._wake_writer()  # it had ended after the peer closed
        return True

    def _wake_writer(self) -> None:
        raise NotImplementedError

    def send(self, data: bytes) -> bool:
        """Queue bytes for the writer thread. False if the socket cannot send."""
        return bool(data) and self._queue(bytes(data), len(data))

    def send_trickle(self, data: bytes, piece: int, delay_ms: int) -> bool:
        """Pieces of ``piece`` bytes, one send() each, ``delay_ms`` apart."""
        if not data or piece < 1:
            return False
        return self._queue(Trickle(bytes(data), int(piece), max(0, delay_ms) / 1000), len(data))

    def send_repeat(self, data: bytes, count: int, interval_ms: int) -> bool:
        """``count`` times (0: until cancelled), ``interval_ms`` apart."""
        if not data or count < 0:
            return False
        return self._queue(Repeat(bytes(data), int(count), max(0, interval_ms) / 1000))

    def send_file(self, path: str) -> bool:
        """Stream a file through send() in blocks; it never loads whole.
        Only regular files: a FIFO or device could block open() forever."""
        return os.path.isfile(path) and self._queue(SendFile(str(path)))

    def cancel_job(self) -> None:
        """Stop a trickle, repeat or file send after the current send() call."""
        self.ctx.cancel_job.set()

    def shutdown(self, how: int) -> bool:
        """shutdown(SHUT_WR) or shutdown(SHUT_RD), after the bytes already queued."""
        if how not in (socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR):
            return False
        return self._queue(ShutdownJob(how))
