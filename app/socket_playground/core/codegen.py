"""Show the code: a socket's recorded calls as a plain-Python script.

:func:`generate` turns the typed events of one socket, in sequence order as
:meth:`~.record.SocketLog.ordered` yields them, into a runnable script that
uses only the standard library (``socket``; ``struct``, ``select``, ``time``
where needed). Run against the same peer it puts the same bytes on the wire,
in the same order relative to what it waits for. The program only shows the
text; it never runs it.

Two styles: ``"board"`` (the default), the code a teacher would write:
``sendall()`` for what the program sent in several ``send()`` calls, a
receive loop that uses what it receives, loops for repeated blocks and
files; ``"calls"``: every call as recorded, with times, each call's result
listed and printed. Comments are in ``lang`` (``"en"`` or ``"zh"``).

Everything comes from the events' fields (sizes, bytes, option names and
values, errno names); the order is the events' order (by ``seq``, never by
time). Notes (the program's own facts) make no code, except that a file
job's notes name the file the script reads.

A kind of call is one entry of :data:`STEPS` (the function that makes its
step) and one of :data:`CALL_NAMES` (its name when it failed); recv() and
send() with bytes are walked in runs (:mod:`.codegen_recv`,
:mod:`.codegen_send`). No Qt here: plain Python.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterable, Sequence

from .codegen_calls import (
    accept_loop_step,
    bind_step,
    close_step,
    connect_step,
    linger_abort_step,
    listen_step,
    nonblocking_connect_step,
    recv_call_step,
    resolve_step,
    select_step,
    set_blocking_step,
    setopt_step,
    shutdown_step,
)
from .codegen_recv import (
    echo_span,
    echo_step,
    eof_step,
    is_peer_eof,
    receive_step,
    take_group,
    timeouts_span,
    timeouts_step,
    with_data,
)
from .codegen_script import ROLES, Script, Step, suggested_filename
from .codegen_send import (
    failed_send_step,
    file_span,
    file_step,
    is_sent,
    run_steps,
    take_messages,
    would_block,
)
from .codegen_setup import accepted_setup, own_setup
from .codegen_text import LITERAL_MAX, bytes_literal, family_name, type_name
from .codegen_tls import tls_call
from .codegen_unix import unlink_step
from .codegen_words import LANGS, STYLES
from .events import (
    Accept,
    Bind,
    Call,
    Close,
    Connect,
    Event,
    JobProgress,
    Listen,
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
)
from .tls_events import TlsHandshake

__all__ = [
    "LANGS",
    "LITERAL_MAX",
    "ROLES",
    "STYLES",
    "bytes_literal",
    "generate",
    "suggested_filename",
]

_READING_ENDS = frozenset({socket.SHUT_RD, socket.SHUT_RDWR})


def generate(
    role: str,
    events: Iterable[Event],
    *,
    host: str,
    port: int,
    listener_events: Iterable[Event] | None = None,
    lang: str = "en",
    style: str = "board",
    accepted_tls: bool = False,
) -> str:
    """A runnable plain-Python script equivalent to one socket's events.

    ``events``: the socket's events in sequence order, each recv()/send()
    chunk a single :class:`Recv`/:class:`Send` (as ``SocketLog.ordered()``
    yields them). ``role`` is ``"client"``, ``"listener"`` or ``"accepted"``.
    ``host``/``port``: where a client connects; where a listener binds; for an
    accepted socket, the address of the listener that accepted it (the script
    listens there, accepts one connection and replays this socket's calls on
    it). ``listener_events`` (accepted only, optional): the listener's events
    (``SocketLog.events``), whose setsockopt calls before listen() the script
    repeats (an accepted socket inherits them). Port 0 makes the script's
    listener pick a free port; it prints the port. ``lang``: the comments'
    language, ``"en"`` or ``"zh"``; ``style``: ``"board"`` or ``"calls"``
    (see the module doc). ``accepted_tls`` (listener only): its accepted
    connections made TLS handshakes (its own events do not say; a comment does).
    """
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")
    events = list(events)
    script = Script(role, host, int(port), events[0].t_start if events else 0, lang, style)
    script.accepted_tls = accepted_tls
    _Generator(script, _items(events)).run(list(listener_events or ()))
    return script.render()


def _items(events: Iterable[Event]) -> list[Event]:
    """The socket calls and the send jobs' notes, in the given order (other
    notes left out; a RecvRun, which ``ordered()`` never yields, as its
    single calls)."""
    out: list[Event] = []
    for ev in events:
        if isinstance(ev, RecvRun):
            out.extend(ev.calls())
        elif isinstance(ev, Call | JobProgress):
            out.append(ev)
    return out


# -- one step per kind of call -----------------------------------------------------------
StepFn = Callable[["_Generator", Call], Step | None]


def _socket(g: _Generator, ev: Call) -> Step | None:
    assert isinstance(ev, SocketCall)
    if not ev.failed:
        return None  # the setup made the socket
    return Step([f"{g.w.at(ev)}socket({family_name(ev.family)}, {type_name(ev.type)})"])


def _setopt(g: _Generator, ev: Call) -> Step | None:
    assert isinstance(ev, SetOption)
    step = setopt_step(g.w, ev)
    if not ev.failed and ev.name == "SO_LINGER" and step.code:
        g.linger0 = ev.value == 0
    return step


def _accept(g: _Generator, ev: Call) -> Step | None:
    if g.w.role != "listener":
        return None  # accepted: the setup accepted this connection
    if not ev.failed:
        assert isinstance(ev, Accept)
        g.accepts.append(ev)
        return None
    return Step([f"{g.w.at(ev)}accept()"])


def _connect(g: _Generator, ev: Call) -> Step | None:
    assert isinstance(ev, Connect)
    if g.w.role != "client":
        return None
    if g.w.calls and (would_block(ev) or ev.completed):  # no failure: as the program made it
        g.w.add(nonblocking_connect_step(g.w, ev))
        return None
    return connect_step(g.w, ev)  # the teacher's: one blocking connect() (no attempt)


def _recv(g: _Generator, ev: Call) -> Step | None:
    """A recv() that failed or returned b'' (those with bytes are walked in runs)."""
    assert isinstance(ev, Recv)
    w = g.w
    if ev.failed:
        return recv_call_step(w, ev, "")
    if ev.own_shutdown:
        if not g.shut_rd:
            return None  # the b'' of the program's own stop (wake)
        return recv_call_step(w, ev, w.t("own_shut_rd"))
    return eof_step(w, ev)


def _send(g: _Generator, ev: Call) -> Step | None:
    """A send() that failed (those that sent are walked in runs)."""
    assert isinstance(ev, Send)
    return failed_send_step(g.w, ev)


def _shutdown(g: _Generator, ev: Call) -> Step | None:
    assert isinstance(ev, Shutdown)
    if ev.wake:
        return None  # the program's own way to stop its threads
    if not ev.failed and ev.how in _READING_ENDS:
        g.shut_rd = True
    return shutdown_step(g.w, ev, g.tls_wrapped)


def _close(g: _Generator, ev: Call) -> Step | None:
    assert isinstance(ev, Close)
    g.closed = True
    if ev.abort and not g.linger0 and g.w.role != "listener":
        g.w.add(linger_abort_step(g.w))
        g.linger0 = True
    return close_step(g.w, ev)


def _resolve(g: _Generator, ev: Call) -> Step | None:
    assert isinstance(ev, Resolve)
    return resolve_step(g.w, ev)


def _bind(g: _Generator, ev: Call) -> Step | None:
    assert isinstance(ev, Bind)
    return bind_step(g.w, ev)


def _unlink(g: _Generator, ev: Call) -> Step | None:
    assert isinstance(ev, Unlink)
    g.unlinked = g.unlinked or not ev.stale
    return unlink_step(g.w, ev)


def _listen(g: _Generator, ev: Call) -> Step | None:
    assert isinstance(ev, Listen)
    return listen_step(g.w, ev)


def _set_blocking(g: _Generator, ev: Call) -> Step | None:
    assert isinstance(ev, SetBlocking)
    return set_blocking_step(g.w, ev)


def _select(g: _Generator, ev: Call) -> Step | None:
    assert isinstance(ev, Select)
    return select_step(g.w, ev)


STEPS: dict[type[Call], StepFn] = {
    SocketCall: _socket,
    SetBlocking: _set_blocking,
    Select: _select,
    SetOption: _setopt,
    Resolve: _resolve,
    Bind: _bind,
    Listen: _listen,
    Accept: _accept,
    Connect: _connect,
    Recv: _recv,
    Send: _send,
    Shutdown: _shutdown,
    Close: _close,
    Unlink: _unlink,
    TlsHandshake: tls_call,
}
"""What each kind of call becomes: a new kind of event is one entry here."""

CALL_NAMES: dict[type[Call], str] = {
    SocketCall: "socket",
    SetBlocking: "settimeout",
    Select: "select",
    SetOption: "setsockopt",
    Resolve: "getaddrinfo",
    Bind: "bind",
    Listen: "listen",
    Accept: "accept",
    Connect: "connect",
    Recv: "recv",
    Send: "send",
    Shutdown: "shutdown",
    Close: "close",
    Unlink: "os.unlink",
    TlsHandshake: "do_handshake",
}
"""A call's name in the comment and the message of a call that failed."""


class _Generator:
    """Walks one socket's calls and writes them into a :class:`Script`."""

    def __init__(self, script: Script, items: list[Event]) -> None:
        self.w = script
        self.items = items
        self.closed = False
        self.shut_rd = False  # the script shut its own reading side
        self.linger0 = False  # the script set SO_LINGER 0 (close() sends RST)
        self.accepts: list[Accept] = []
        self.unlinked = False  # a Unix listener's socket file removed
        self.tls_wrapped = False  # the socket is an SSLSocket from here on (codegen_tls)

    def run(self, listener_events: Sequence[Event]) -> None:
        w, items = self.w, self.items
        if w.role == "accepted":
            w.setup = accepted_setup(w, listener_events, items)
        else:
            w.setup = own_setup(w, items)
        i = 0
        while i < len(items):
            ev = items[i]
            if self.accepts and not (isinstance(ev, Accept) and not ev.failed):
                self._flush_accepts()
            i = self._at(i, ev)
        self._flush_accepts()
        if not self.closed:
            step = close_step(w, None)
            step.comments.insert(0, w.t("not_closed"))
            w.add(step)
        if w.role == "listener" and w.host.startswith("/") and not self.unlinked:
            t = self.items[-1].t_end if self.items else w.t_first_ns
            w.add(unlink_step(w, Unlink(0, t, t, path=w.host)))  # as the program does

    def _at(self, i: int, ev: Event) -> int:
        """Write what starts at ``items[i]``; the index after it."""
        w, items = self.w, self.items
        if isinstance(ev, JobProgress):
            end = file_span(items, i)
            if end is not None:
                w.add(file_step(w, items[i:end]))
                return end
            return i + 1
        if not w.calls and with_data(ev) is not None:
            echo = echo_span(items, i)
            if echo is not None:
                end, nbytes, bufsize = echo
                w.add(echo_step(w, items[i:end], nbytes, bufsize))
                return end
        if with_data(ev) is not None:
            group, j = take_group(items, i, not w.calls)
            until_eof = j < len(items) and is_peer_eof(items[j])
            later = any(with_data(x) is not None for x in items[j:])
            w.add(receive_step(w, group, until_eof, later))
            return j + 1 if until_eof else j
        if is_sent(ev):
            messages, j, _ = take_messages(items, i, skip_would_block=not w.calls)
            for step in run_steps(w, messages):
                w.add(step)
            return j
        if not w.calls:
            j = timeouts_span(items, i)
            if j > i:
                assert isinstance(ev, Recv)
                w.add(timeouts_step(w, ev, j - i))
                return j
        assert isinstance(ev, Call)
        self._call(ev)
        return i + 1

    def _flush_accepts(self) -> None:
        if self.accepts:
            self.w.add(accept_loop_step(self.w, self.accepts))
            self.accepts = []

    def _call(self, ev: Call) -> None:
        """One call (not a recv() or send() with bytes): its step, in
        try/except if it failed."""
        if would_block(ev) and not self.w.calls:
            return  # the teacher's script blocks: sendall() and recv() wait instead
        make = next((fn for cls, fn in STEPS.items() if isinstance(ev, cls)), None)
        step = make(self, ev) if make is not None else None
        if step is None:
            return
        if not ev.failed:
            self.w.add(step)
            return
        unrepeated = ""
        if isinstance(ev, SocketCall):
            unrepeated = self.w.t("socket_at_top")
        elif isinstance(ev, Accept):
            unrepeated = self.w.t("accept_may_wait")
        name = next((n for cls, n in CALL_NAMES.items() if isinstance(ev, cls)), "call")
        self.w.add_failed(step, name, ev.errno, ev.message, unrepeated)
