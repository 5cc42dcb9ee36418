"""The Timeline: every call of one socket, in call order, in words.

The pane hands each drain's typed events to :func:`group`, which makes
timeline *lines*: consecutive ``recv()`` results (or ``send()`` calls) of one
size asked become one :class:`Run` line ("recv(4096) ×12 → 48,000 bytes in
all"); every other event is a line of its own. Lines are data (no bytes, no
words), so the pane keeps the newest ones even while the Timeline tab was
never shown; :class:`TimelineView`, built when the tab is first shown, makes
the translated words from their fields, and says how long a call blocked when
that is notable ("accept() … (waited 12 s)").
"""

from __future__ import annotations

import operator
import socket
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..core.endpoint import unix_sockaddr
from ..core.errors import TIMEOUT
from ..core.events import (
    SHUT_NAMES,
    Accept,
    Bind,
    Call,
    Close,
    CloseRequested,
    Connect,
    ConnectStarted,
    Direction,
    Event,
    FileError,
    JobProgress,
    Listen,
    LoopFailed,
    NoDescriptors,
    OverCap,
    Recv,
    RecvRun,
    Resolve,
    Select,
    Send,
    SetBlocking,
    SetOption,
    Shutdown,
    SocketCall,
    Unlink,
    Unsent,
    WriterBlocked,
)
from ..core.record import ChunkRun, SocketLog
from ..core.tls_events import TlsHandshake
from ..workers.session import fmt_addr
from . import plain, texts, times, tls_texts
from .errors_words import call_words, explain_errno
from .relay_texts import relay_note
from .timeline_rows import SPLIT, TimelineDelegate, split_row

AF_UNIX = getattr(socket, "AF_UNIX", -1)
TIMELINE_MAX = 5000  # lines kept and shown; older ones are dropped
NOTABLE_WAIT_NS = 1_000_000  # a call that blocked at least this long says so
LONG_LINE = 60  # longer lines get a tooltip with the whole text
LINE_MAX = 2000  # characters of one line at most (a longer one is cut, with "…")


@dataclass(slots=True)
class Run:
    """Consecutive successful recv() (or send()) calls with the same size asked."""

    direction: int
    asked: int
    t_start: int
    calls: int = 0
    nbytes: int = 0
    blocked_ns: int = 0  # the calls' blocked times added up


Line = Run | Event


def blocked_ns(ev: Event) -> int:
    """How long a call blocked: for recv() the wait for data plus the call, for
    send() the wait for room in the send buffer plus the call, for others
    (accept(), connect()) the call; 0 for the program's notes."""
    if isinstance(ev, RecvRun):
        return ev.waited_ns + sum(map(operator.sub, ev.ends, ev.starts))
    if isinstance(ev, Recv | Send):
        return ev.waited_ns + ev.duration_ns
    if isinstance(ev, Select):
        return 0  # its line says how long it waited
    if isinstance(ev, Call):
        return ev.duration_ns
    return 0


def shown_ns(line: Line) -> int:
    """The time a row shows: when the call started, but when a wait ended for
    an accept(), a select() and a recv() that timed out (their place in the
    record is taken then, so the times read in order: a timeout shows when it
    struck, a connection when accept() returned it)."""
    if isinstance(line, Accept | Select) or (isinstance(line, Recv) and line.errno == TIMEOUT):
        return line.t_end
    return line.t_start


def _piece(ev: Event | ChunkRun) -> Run | None:
    """The event as a run of calls, or None if it is a line of its own."""
    if isinstance(ev, ChunkRun):
        return Run(ev.direction, ev.asked, ev.t_start, ev.calls, ev.nbytes, ev.blocked_ns)
    if isinstance(ev, RecvRun):
        return Run(Direction.IN, ev.bufsize, ev.t_start, len(ev), ev.nbytes, blocked_ns(ev))
    if isinstance(ev, Recv) and not ev.errno and ev.nbytes:
        return Run(Direction.IN, ev.bufsize, ev.t_start, 1, ev.nbytes, blocked_ns(ev))
    if isinstance(ev, Send) and not ev.errno:
        return Run(Direction.OUT, ev.offered, ev.t_start, 1, ev.sent, blocked_ns(ev))
    return None


def group(events: Iterable[Event | ChunkRun], lines: list[Line]) -> None:
    """Append ``events`` to ``lines``, growing the last run where they continue it."""
    for ev in events:
        if isinstance(ev, JobProgress) and not ev.done:
            continue  # progress shows in the Send more tab
        piece = _piece(ev)
        if piece is None:
            assert not isinstance(ev, ChunkRun)  # a run of chunks is always a piece
            lines.append(ev)
            continue
        last = lines[-1] if lines else None
        if (
            isinstance(last, Run)
            and last.direction == piece.direction
            and last.asked == piece.asked
        ):
            last.calls += piece.calls
            last.nbytes += piece.nbytes
            last.blocked_ns += piece.blocked_ns
        else:
            lines.append(piece)


def call_text(ev: Event) -> str:
    """The call as code (never translated)."""
    if isinstance(ev, SocketCall):
        family = getattr(socket.AddressFamily(ev.family), "name", ev.family)
        kind = getattr(socket.SocketKind(ev.type), "name", ev.type)
        return f"socket({family}, {kind})"
    if isinstance(ev, SetOption):
        if ev.name == "SO_LINGER":
            return f"setsockopt({ev.level}, SO_LINGER, struct.pack('ii', 1, {ev.value}))"
        return f"setsockopt({ev.level}, {ev.name}, {ev.value})"
    if isinstance(ev, Resolve):
        return f"getaddrinfo({ev.host!r}, {ev.port})"
    if isinstance(ev, Bind | Connect | ConnectStarted) and ev.host.startswith(("/", "@")):
        name = "bind" if isinstance(ev, Bind) else "connect"  # a Unix socket: its path
        return f"{name}({unix_sockaddr(ev.host)!r})"
    if isinstance(ev, Unlink):
        return f"os.unlink({ev.path!r})"
    if isinstance(ev, Bind):
        return f"bind(({ev.host!r}, {ev.port}))"  # (the address as Python writes it)
    if isinstance(ev, Listen):
        return f"listen({ev.backlog})"
    if isinstance(ev, Accept):
        return "accept()"
    if isinstance(ev, Connect) and ev.completed and not ev.gave_up:
        return "getsockopt(SOL_SOCKET, SO_ERROR)"
    if isinstance(ev, Connect | ConnectStarted):
        return f"connect(({ev.host!r}, {ev.port}))"
    if isinstance(ev, SetBlocking):
        if ev.timeout is None or ev.timeout == 0:
            return f"setblocking({ev.timeout is None})"
        return f"settimeout({ev.timeout:g})"
    if isinstance(ev, Select):
        lists = "[], [sock]" if ev.write else "[sock], []"
        timeout = "" if ev.timeout is None else f", {ev.timeout:g}"
        return f"select({lists}, []{timeout})"
    if isinstance(ev, Recv):
        return f"recv({ev.bufsize})"
    if isinstance(ev, Send):
        return f"send({ev.offered})"
    if isinstance(ev, Shutdown):
        return f"shutdown({SHUT_NAMES.get(ev.how, ev.how)})"
    if isinstance(ev, Close):
        return "close()"
    if isinstance(ev, TlsHandshake):
        return tls_texts.call_of(ev)
    return type(ev).__name__


class TimelineView(QListWidget):
    """The lines, one item each, newest last; follows the end unless scrolled up."""

    def __init__(self, source: SocketLog | int, lines: Iterable[Line] = (), parent=None) -> None:
        """``source``: the socket's record (its times read as View → Timestamps
        says), or only its run's t0 (since the session, no wall clock of its own)."""
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setUniformItemSizes(True)
        # a long row is shortened so that its result stays in view (timeline_rows)
        self.setItemDelegate(TimelineDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(self.tr("Every socket call in order, with its result"))
        log = source if isinstance(source, SocketLog) else None
        self.t0_ns = source if isinstance(source, int) else source.t0_ns
        self.times = times.ViewTimes(self.t0_ns, log)  # View → Timestamps
        self._shown: deque[Line] = deque(maxlen=TIMELINE_MAX)  # the lines of the rows
        self._drawn = self.times.stamps()  # how the rows' times were written
        self.family = ""  # "unix" once its socket(AF_UNIX) is seen: a failed call's words
        times.notifier().changed.connect(self.set_time_mode)
        self.append(lines)

    def _row(self, line: Line) -> tuple[str, str]:
        # a line may hold outside text (a host, a file name, an errno message,
        # a session file's): one line, invisible characters as escapes, bounded
        return plain.clean(self.line_text(line), LINE_MAX), self.call_of(line)

    def append(self, lines: Iterable[Line]) -> None:
        lines = list(lines)
        if not lines:
            return
        if self.times.stamps() != self._drawn:  # the socket was created since: its origin
            self.rewrite()
        if any(isinstance(x, SocketCall) and x.family == AF_UNIX for x in lines):
            self.family = "unix"
        rows = [self._row(line) for line in lines]
        self._shown.extend(lines)
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum()
        for text, call in rows[-TIMELINE_MAX:]:
            item = QListWidgetItem(text)
            item.setData(SPLIT, split_row(text, call))
            if len(text) > LONG_LINE:
                item.setToolTip(plain.tooltip(text))
            self.addItem(item)
        for _ in range(max(0, self.count() - TIMELINE_MAX)):
            self.takeItem(0)
        if at_end:
            self.scrollToBottom()

    def lines(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def clear(self) -> None:
        self._shown.clear()
        super().clear()

    @Slot(str)
    def set_time_mode(self, mode: str) -> None:
        self.times.set_mode(mode)
        self.rewrite()

    def rewrite(self) -> None:
        """Every row's text again, its time read as chosen now (at most
        TIMELINE_MAX rows; the scroll position stays)."""
        self._drawn = self.times.stamps()
        self.setUpdatesEnabled(False)
        try:
            for i, line in enumerate(self._shown):
                text, call = self._row(line)
                item = self.item(i)
                item.setText(text)
                item.setData(SPLIT, split_row(text, call))
                item.setToolTip(plain.tooltip(text) if len(text) > LONG_LINE else "")
        finally:
            self.setUpdatesEnabled(True)

    @staticmethod
    def call_of(line: Line) -> str:
        """The call a row begins with (what comes after it is its result)."""
        if isinstance(line, Run):
            return f"{'recv' if line.direction == Direction.IN else 'send'}({line.asked})"
        if isinstance(line, Call | ConnectStarted):
            return call_text(line)
        return ""

    # -- words -------------------------------------------------------------------------
    def line_text(self, line: Line) -> str:
        t = self.times.stamps().text(shown_ns(line))
        if isinstance(line, Run):
            body, waited = self.run_text(line), line.blocked_ns
        else:
            body, waited = self.event_text(line), blocked_ns(line)
        if waited >= NOTABLE_WAIT_NS:
            body += "  " + self.tr("(waited {0})").format(texts.duration(waited))
        return f"{t}  {body}"  # (+0.123456: an accept() may start before its socket's t0)

    def run_text(self, run: Run) -> str:
        call = f"{'recv' if run.direction == Direction.IN else 'send'}({run.asked})"
        if run.calls == 1:
            return f"{call} → {run.nbytes}"
        return self.tr("{0} ×{1} → {2} bytes in all").format(call, run.calls, f"{run.nbytes:,}")

    def event_text(self, ev: Event) -> str:
        if isinstance(ev, TlsHandshake):
            return tls_texts.handshake_line(ev, call_text(ev))
        if isinstance(ev, Call) and ev.errno:
            why = call_words(ev, self.family)
            return f"{call_text(ev)} ✗ {ev.errno}" + (
                f" — {why}" if why else f" ({ev.message})" if ev.message else ""
            )
        if isinstance(ev, Call):
            return self.call_result(ev)
        return relay_note(ev) or self.note_text(ev)

    def call_result(self, ev: Call) -> str:
        call = call_text(ev)
        if isinstance(ev, SetOption) and ev.applied is not None:
            return self.tr("{0} → getsockopt() reads {1}").format(call, f"{ev.applied:,}")
        if isinstance(ev, Resolve) and ev.address:
            return f"{call} → {ev.address}"
        if isinstance(ev, Bind) and ev.address:
            return self.tr("{0} → bound to {1}").format(call, fmt_addr(ev.address))
        if isinstance(ev, Accept):
            return self.tr("{0} → a new socket connected to {1}").format(call, self._addr(ev.peer))
        if isinstance(ev, Unlink):
            if ev.stale:
                return self.tr("{0} → the stale socket file is removed, before bind()").format(call)
            return self.tr("{0} → the socket file is removed (close() leaves it)").format(call)
        if isinstance(ev, Select):
            if not ev.ready:
                return self.tr("{0} → nothing ready: timed out").format(call)
            what = self.tr("writable") if ev.write else self.tr("readable")
            return self.tr("{0} → {1} after {2}").format(call, what, texts.duration(ev.duration_ns))
        if isinstance(ev, Connect):
            return self.tr("{0} → connected, local address {1}").format(call, self._addr(ev.local))
        if isinstance(ev, Recv) and ev.nbytes == 0:
            if ev.own_shutdown:
                return self.tr("{0} → b''  (after our own shutdown(SHUT_RD))").format(call)
            return self.tr("{0} → b''  (the peer closed its sending side)").format(call)
        if isinstance(ev, Shutdown) and ev.wake:
            return self.tr(
                "{0}  (the program's own, to wake this socket's threads and stop them)"
            ).format(call)
        if isinstance(ev, Close) and ev.abort:
            return self.tr("{0} with SO_LINGER 0: the kernel sends RST, not FIN (abort)").format(
                call
            )
        return call

    def _addr(self, addr) -> str:
        if addr == "":  # a Unix socket that did not bind()
            return self.tr("(unnamed)")
        return fmt_addr(addr) if addr else "?"

    def note_text(self, ev: Event) -> str:
        if isinstance(ev, ConnectStarted):
            return f"{call_text(ev)} …"
        if isinstance(ev, OverCap):
            return self.tr(
                "(accepted from {0} and closed at once: this server already has {1} "
                "connections open, its cap)"
            ).format(fmt_addr(ev.peer) if ev.peer else "?", f"{ev.cap:,}")
        if isinstance(ev, NoDescriptors):
            if ev.waiting:
                return self.tr(
                    "(too many open files: {0} open, limit {1}; connections wait in the "
                    "backlog, accept() is tried again after a pause)"
                ).format(ev.open, ev.limit)
            return self.tr("(file descriptors free again: accepting goes on)")
        if isinstance(ev, WriterBlocked):
            if ev.waiting:
                return self.tr(
                    "(send() would block: the send buffer is full; the writer waits for room)"
                )
            return self.tr("(room in the send buffer again: sending goes on)")
        if isinstance(ev, JobProgress):
            kind = {
                "trickle": self.tr("trickle"),
                "repeat": self.tr("repeat"),
                "file": self.tr("file"),
            }.get(ev.job, ev.job)
            if ev.total:
                return self.tr("({0} send ended: {1} of {2} bytes sent)").format(
                    kind, f"{ev.sent:,}", f"{ev.total:,}"
                )
            return self.tr("({0} send ended: {1} bytes sent)").format(kind, f"{ev.sent:,}")
        if isinstance(ev, Unsent):
            return self.tr("({0} queued bytes were never sent: the socket closed)").format(
                f"{ev.nbytes:,}"
            )
        if isinstance(ev, FileError):
            why = explain_errno(ev.errno) or ev.message or ev.errno
            return self.tr("(file {0} could not be read after {1} bytes: {2})").format(
                ev.path, f"{ev.sent:,}", why
            )
        if isinstance(ev, CloseRequested):
            return self.tr("(auto-reply sent: closing)")
        if isinstance(ev, LoopFailed):
            return self.tr("(the {0} thread failed: {1})").format(ev.thread, ev.message)
        return type(ev).__name__
