"""A connected socket's writer: send() in a loop, and the send jobs.

The writer takes items from the socket's send queue: bytes, or a job
(:class:`Trickle`, :class:`Repeat`, :class:`SendFile`, :class:`ShutdownJob`,
:class:`CloseJob`). Bytes go out through ``send()`` in a loop, one recorded
event per call (never ``sendall()``), so partial sends are visible, as the
socket's I/O mode makes them: a blocking ``send()`` returns once the kernel
took every byte (however long that takes: ``ctx.busy`` says it is blocked);
with a timeout it may take part, or time out (a row); a non-blocking one
takes what fits and raises BlockingIOError (a row) when nothing fits, and the
writer then waits in ``select()`` (a row), with
:class:`~..core.events.WriterBlocked` notes around the wait.
"""

from __future__ import annotations

import os
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from ..core.errors import TIMEOUT, errno_name
from ..core.events import (
    CloseRequested,
    FileError,
    JobProgress,
    Note,
    Send,
    Shutdown,
    Unsent,
    WriterBlocked,
    now_ns,
)
from . import iomode
from .context import PARK, Context, failure
from .wait import Waiter

SLOT = "send"
MSG_DONTWAIT = getattr(socket, "MSG_DONTWAIT", 0)
REPLY_SLOT = "reply"  # the reader's own sends of replies (see _send_now)
FILE_BLOCK = 64 * 1024


@dataclass(frozen=True)
class Trickle:
    data: bytes
    piece: int
    delay: float


@dataclass(frozen=True)
class Repeat:
    data: bytes
    count: int  # 0: until cancelled
    interval: float


@dataclass(frozen=True)
class SendFile:
    path: str


@dataclass(frozen=True)
class ShutdownJob:
    how: int


@dataclass(frozen=True)
class CloseJob:
    """Close after an auto-reply (the GUI thread does the close)."""


class Writer:
    def __init__(self, ctx: Context, room: Callable[[], None]) -> None:
        self.ctx = ctx
        self.room = room  # blocks while the GUI is behind by more than high water
        self.waiter: Waiter | None = None
        self.parked = False  # ended after the peer closed, with nothing queued

    def note(self, kind: type[Note], **fields: object) -> None:
        """Record one of the program's notes (no call: it starts and ends now)."""
        seq, t0 = self.ctx.begin(SLOT)
        self.ctx.done(SLOT, kind(seq, t0, t0, **fields))

    def run(self) -> None:
        ctx = self.ctx
        try:
            while not ctx.connected.is_set() or (ctx.settings.tls and not ctx.tls_ready.is_set()):
                if ctx.stop.wait(0.05):
                    return
            assert ctx.sock is not None
            self.waiter = Waiter(ctx.sock, write=True)
            self._items()
        finally:
            if not self.parked:  # whatever ended the loop, nothing more is sent
                ctx.writer_done = True
            if self.waiter is not None:
                self.waiter.close()

    def _items(self) -> None:
        ctx = self.ctx
        while True:
            item = ctx.sendq.get()
            if item is None or ctx.stop.is_set():
                return
            if item is PARK:  # the peer closed: free this thread if nothing is queued
                with ctx.park_lock:
                    if ctx.pending == 0:
                        ctx.writer_parked = self.parked = True
                        return
                continue
            try:
                ok = self._do(item)
            finally:
                ctx.item_done()
            if not ok:
                if not ctx.stop.is_set():
                    # a send() failed: what is still queued will never be sent
                    unsent = ctx.take_queued()
                    if unsent:
                        self.note(Unsent, nbytes=unsent)
                return

    def _do(self, item: object) -> bool:
        if isinstance(item, bytes):
            return self.send_all(item)
        if isinstance(item, Trickle):
            return self._trickle(item)
        if isinstance(item, Repeat):
            return self._repeat(item)
        if isinstance(item, SendFile):
            return self._file(item.path)
        if isinstance(item, ShutdownJob):
            return self._shutdown(item.how)
        if isinstance(item, CloseJob):
            self.note(CloseRequested)
            return True
        raise TypeError(f"unknown send item {item!r}")

    # -- send() --------------------------------------------------------------------------
    def send_all(self, data: bytes) -> bool:
        """send() in a loop, one recorded event per call (never sendall()),
        as the socket's I/O mode has it (:mod:`.iomode`)."""
        ctx = self.ctx
        sock, stop = ctx.sock, ctx.stop
        assert sock is not None and self.waiter is not None
        view = memoryview(data)
        t_wait = None
        while view:
            self.room()  # the GUI holds every sent chunk: keep it bounded
            if stop.is_set():
                return False
            timeout = sock.gettimeout()
            if timeout != 0:
                n = self._send_blocking(view, timeout)
                if n is None:
                    return False
                if (n == 0) != (t_wait is not None):  # timed out: the buffer stayed full
                    t_wait = 0 if n == 0 else None
                    self.note(WriterBlocked, waiting=n == 0)
                view = view[n:]
                continue
            seq, t0 = ctx.begin(SLOT)
            try:
                n = sock.send(view)
            except (BlockingIOError, ssl.SSLWantWriteError, ssl.SSLWantReadError) as e:
                # The kernel's send buffer is full (the peer is not reading):
                # the program sees the exception, then waits in select()
                # (TLS: SSLWantWriteError; SSLWantReadError when the TLS
                # library must read first, rare)
                ctx.done(SLOT, Send(seq, t0, now_ns(), offered=len(view), **failure(e)))
                if t_wait is None:
                    t_wait = t0
                    self.note(WriterBlocked, waiting=True)
                wants_read = isinstance(e, ssl.SSLWantReadError)
                waiter = Waiter(sock, write=False) if wants_read else self.waiter
                try:
                    if iomode.select_wait(ctx, waiter, SLOT, write=not wants_read) is None:
                        return False
                finally:
                    if wants_read:
                        waiter.close()
                continue
            except OSError as e:
                if stop.is_set():
                    ctx.release(SLOT)
                else:
                    ctx.done(SLOT, Send(seq, t0, now_ns(), offered=len(view), **failure(e)))
                return False
            ctx.add_queued(-n)
            ctx.sent_bytes += n
            ctx.done(
                SLOT,
                Send(seq, t0, now_ns(), offered=len(view), sent=n, data=bytes(view[:n])),
            )
            if t_wait is not None:
                t_wait = None
                self.note(WriterBlocked, waiting=False)
            view = view[n:]
        return True

    def _send_blocking(self, view: memoryview, timeout: float | None) -> int | None:
        """One send() that may block (blocking mode: until the kernel took
        every byte; timeout mode: at most ``timeout`` s, then TimeoutError,
        a row, and 0). Its number is taken when it starts: the record holds
        back what comes later until it returns (a reply's recv() then never
        comes before the send() of its request). None: stop, or it failed."""
        ctx = self.ctx
        assert ctx.sock is not None
        seq, t0 = ctx.begin(SLOT)
        try:
            with iomode.busy(ctx, SLOT, "send", len(view)):
                n = ctx.sock.send(view)
        except OSError as e:
            if ctx.stop.is_set():
                ctx.release(SLOT)
                return None
            fail = iomode.call_failure(e)
            ctx.done(SLOT, Send(seq, t0, now_ns(), offered=len(view), **fail))
            return 0 if fail["errno"] == TIMEOUT else None
        ctx.add_queued(-n)
        ctx.sent_bytes += n
        ctx.done(SLOT, Send(seq, t0, now_ns(), offered=len(view), sent=n, data=bytes(view[:n])))
        return None if ctx.stop.is_set() else n

    # -- jobs ----------------------------------------------------------------------------
    def _progress(
        self, job: str, sent: int, total: int, done: bool = False, path: str = ""
    ) -> None:
        self.note(JobProgress, job=job, sent=sent, total=total, done=done, path=path)

    def _trickle(self, job: Trickle) -> bool:
        ctx, data = self.ctx, job.data
        ctx.cancel_job.clear()
        for i in range(0, len(data), job.piece):
            if i and job.delay and ctx.stop.wait(job.delay):
                return False
            if ctx.cancel_job.is_set():
                ctx.add_queued(-(len(data) - i))
                break
            if not self.send_all(data[i : i + job.piece]):
                return False
        return True

    def _repeat(self, job: Repeat) -> bool:
        ctx, data = self.ctx, job.data
        ctx.cancel_job.clear()
        done = 0
        total = job.count * len(data)
        while job.count == 0 or done < total:
            self._progress("repeat", done, total)
            if done and job.interval and ctx.stop.wait(job.interval):
                return False
            if ctx.cancel_job.is_set():
                break
            ctx.add_queued(len(data))
            if not self.send_all(data):
                return False
            done += len(data)
        self._progress("repeat", done, max(done, 1), done=True)  # ended: the bar is full
        return True

    def _file(self, path: str) -> bool:
        ctx = self.ctx
        ctx.cancel_job.clear()
        try:
            f = open(path, "rb")  # noqa: SIM115 - closed by the with below
            total = os.fstat(f.fileno()).st_size
        except OSError as e:
            # the socket is fine: a note, not a socket error; the writer goes on
            self.note(FileError, path=path, sent=0, errno=errno_name(e), message=str(e))
            return True
        done = 0
        with f:
            self._progress("file", 0, total, path=path)
            while not ctx.cancel_job.is_set():
                try:
                    block = f.read(FILE_BLOCK)
                except OSError as e:
                    self.note(FileError, path=path, sent=done, errno=errno_name(e), message=str(e))
                    break
                if not block:
                    break
                ctx.add_queued(len(block))
                if not self.send_all(block):
                    return False
                done += len(block)
                self._progress("file", done, total, path=path)
        self._progress("file", done, max(total, done, 1) if done else 1, done=True, path=path)
        return True

    def _shutdown(self, how: int) -> bool:
        ctx = self.ctx
        assert ctx.sock is not None
        seq, t0 = ctx.begin(SLOT)
        reading = how in (socket.SHUT_RD, socket.SHUT_RDWR)
        if reading:
            ctx.shut_rd_seq = seq  # a b'' from a recv() after this is ours, not the peer's
        try:
            ctx.sock.shutdown(how)
        except OSError as e:
            if reading:
                ctx.shut_rd_seq = None
            if ctx.stop.is_set():
                ctx.release(SLOT)
            else:
                ctx.done(SLOT, Shutdown(seq, t0, now_ns(), how=how, **failure(e)))
            return False
        ctx.done(SLOT, Shutdown(seq, t0, now_ns(), how=how))
        return True


def queue_reply(ctx: Context, datas: list[bytes]) -> None:
    """Echo or the fixed auto-reply (called in the reader thread: never via
    the GUI). Sent at once by this thread when the writer has nothing queued
    (no hand-over to another thread: an echo's round trip is shorter),
    otherwise queued behind what the writer has. Replies obey the high-water
    mark: while too much waits to be sent, this thread waits before it
    queues more (and so makes no recv())."""
    for data in datas:
        if ctx.writer_done:  # send() failed: nothing more will be sent
            return
        ctx.wait_send_room()
        if ctx.stop.is_set() or ctx.reply_closing:
            return
        reply = data if ctx.echo else ctx.auto_reply
        if not reply:
            return
        tls = ctx.settings.tls  # (an SSLSocket takes no MSG_DONTWAIT: the writer sends it)
        if not ctx.close_after_reply and not tls and _send_now(ctx, reply):
            continue
        ctx.add_queued(len(reply))
        ctx.queue_item(reply)
        if ctx.close_after_reply:
            ctx.reply_closing = True
            ctx.queue_item(CloseJob())


def pass_on(ctx: Context, data: bytes) -> bool:
    """Send ``data`` on ``ctx``'s socket as a reply is sent (another socket's
    reader forwards it: the relay): at once by the calling thread when that
    socket is connected and its writer has nothing queued, otherwise behind
    the writer's items. False when nothing more will be sent there."""
    if ctx.writer_done or ctx.stop.is_set():
        return False
    ctx.wait_send_room()
    if ctx.stop.is_set():
        return False
    if ctx.connected.is_set() and _send_now(ctx, data):
        return True
    ctx.add_queued(len(data))
    ctx.queue_item(data)
    return True


def _send_now(ctx: Context, reply: bytes) -> bool:
    """One send() of the reply, without blocking, by the reader thread; what
    it did not take is queued for the writer, in order (the queue lock is held
    throughout). False when the writer has items: the reply goes behind them."""
    sock = ctx.sock
    if sock is None:
        return False
    with ctx.park_lock:
        if ctx.pending or ctx.writer_parked or ctx.stop.is_set():
            return False
        seq, t0 = ctx.begin(REPLY_SLOT)
        try:
            n = sock.send(reply, MSG_DONTWAIT)
        except BlockingIOError:
            ctx.release(REPLY_SLOT)  # the send buffer is full: the writer waits for room
            return False
        except OSError as e:
            ctx.done(REPLY_SLOT, Send(seq, t0, now_ns(), offered=len(reply), **failure(e)))
            return True
        except BaseException:
            ctx.release(REPLY_SLOT)  # a bug: the number must not hold the record back
            raise
        ctx.sent_bytes += n
        ctx.done(
            REPLY_SLOT,
            Send(seq, t0, now_ns(), offered=len(reply), sent=n, data=reply[:n], flags=MSG_DONTWAIT),
        )
        if n < len(reply):
            rest = reply[n:]
            ctx.add_queued(len(rest))
            ctx.pending += 1
            ctx.sendq.put(rest)
    return True
