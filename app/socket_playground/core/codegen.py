"""Show the code: a socket's recorded calls as a plain-Python script.

:func:`generate` turns the typed events of one socket, in sequence order as
:meth:`~.record.SocketLog.ordered` yields them, into a runnable script that
uses only the standard library's ``socket`` (and ``struct`` for SO_LINGER).
Run against the same peer it puts the same bytes on the wire, in the same
order relative to what it waits for. The program only shows the text; it
never runs it.

Everything comes from the events' fields (sizes, bytes, option names and
values, errno names); the order is the events' order (by ``seq``, never by
time). Notes (the program's own facts) are not calls: they make no code.

The pieces: :mod:`.codegen_text` (literals, comment text, helper functions),
:mod:`.codegen_script` (the script being written), :mod:`.codegen_calls`
(one call as a step). No Qt here: plain Python.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable, Sequence

from .codegen_calls import (
    accept_loop_step,
    bind_step,
    close_step,
    connect_step,
    eof_step,
    failed_send_step,
    linger_abort_step,
    listen_step,
    recv_call_step,
    recv_group_step,
    resolve_step,
    send_step,
    setopt_code,
    setopt_comment,
    setopt_step,
    shutdown_step,
)
from .codegen_script import ROLES, Script, Step
from .codegen_text import (
    FAMILY_WORDS,
    LITERAL_MAX,
    address_text,
    bytes_literal,
    comment_lines,
    family_name,
    type_name,
)
from .events import (
    Accept,
    Bind,
    Call,
    Close,
    Connect,
    Event,
    Listen,
    Recv,
    RecvRun,
    Resolve,
    Send,
    SetOption,
    Shutdown,
    SocketCall,
)

__all__ = ["LITERAL_MAX", "ROLES", "bytes_literal", "generate", "suggested_filename"]

_VARS = {"client": "s", "listener": "srv", "accepted": "conn"}

_CALL_NAMES: dict[type[Call], str] = {
    SocketCall: "socket",
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
}
_READING_ENDS = frozenset({socket.SHUT_RD, socket.SHUT_RDWR})


def suggested_filename(role: str, session_id: int) -> str:
    """``client_3.py``: a name for saving a generated script."""
    if role not in ROLES:
        raise ValueError(role)
    return f"{role}_{int(session_id)}.py"


def generate(
    role: str,
    events: Iterable[Event],
    *,
    host: str,
    port: int,
    listener_events: Iterable[Event] | None = None,
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
    listener pick a free port; it prints the port.
    """
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")
    events = list(events)
    script = Script(role, host, int(port), events[0].t_start if events else 0)
    _Generator(script, _calls(events)).run(list(listener_events or ()))
    return script.render()


def _calls(events: Iterable[Event]) -> list[Call]:
    """The socket calls, in the given order (notes left out; a RecvRun, which
    ``ordered()`` never yields, as its single calls)."""
    out: list[Call] = []
    for ev in events:
        if isinstance(ev, RecvRun):
            out.extend(ev.calls())
        elif isinstance(ev, Call):
            out.append(ev)
    return out


def _with_data(ev: Call) -> Recv | None:
    """``ev`` if it is a recv() that returned bytes."""
    return ev if isinstance(ev, Recv) and not ev.failed and ev.nbytes > 0 else None


def _socket_line(var: str, first: SocketCall | None) -> tuple[str, str]:
    """(what, code): ``IPv4 (AF_INET), TCP (SOCK_STREAM)`` and the socket() call."""
    fam = family_name(first.family) if first is not None else "AF_INET"
    kind = type_name(first.type) if first is not None else "SOCK_STREAM"
    what = f"{FAMILY_WORDS.get(fam, fam)}, " + (
        "TCP (SOCK_STREAM)" if kind == "SOCK_STREAM" else kind
    )
    return what, f"{var} = socket.socket(socket.{fam}, socket.{kind})"


def _first_socket(events: Iterable[Event]) -> SocketCall | None:
    return next((ev for ev in events if isinstance(ev, SocketCall) and not ev.failed), None)


class _Generator:
    """Walks one socket's calls and writes them into a :class:`Script`."""

    def __init__(self, script: Script, calls: list[Call]) -> None:
        self.w = script
        self.role = script.role
        self.var = _VARS[script.role]
        self.calls = calls
        self.closed = False
        self.shut_rd = False  # the script shut its own reading side
        self.linger0 = False  # the script set SO_LINGER 0 (close() sends RST)
        self.accepts: list[Accept] = []

    def run(self, listener_events: Sequence[Event]) -> None:
        w, calls = self.w, self.calls
        w.setup = (
            self._accepted_setup(listener_events) if self.role == "accepted" else self._own_setup()
        )
        i = 0
        while i < len(calls):
            ev = calls[i]
            if self.accepts and not (isinstance(ev, Accept) and not ev.failed):
                self._flush_accepts()
            first = _with_data(ev)
            if first is None:
                self._call(ev)
                i += 1
                continue
            group = [first]  # consecutive recv(bufsize) calls with bytes
            i += 1
            while i < len(calls):
                more = _with_data(calls[i])
                if more is None or more.bufsize != first.bufsize:
                    break
                group.append(more)
                i += 1
            w.add(recv_group_step(w, group, self.var))
        self._flush_accepts()
        if not self.closed:
            step = close_step(w, None, self.var, self.role)
            step.comments.insert(
                0,
                "the program had not closed this socket yet; the "
                "script closes it (its exit would too)",
            )
            w.add(step)

    def _flush_accepts(self) -> None:
        if self.accepts:
            self.w.add(accept_loop_step(self.w, self.accepts))
            self.accepts = []

    def _call(self, ev: Call) -> None:
        """One call (not a recv() with bytes): its step, in try/except if it failed."""
        step = self._step(ev)
        if step is None:
            return
        if ev.failed:
            unrepeated = ""
            if isinstance(ev, SocketCall):
                unrepeated = "the script makes its socket at the top"
            elif isinstance(ev, Accept):
                unrepeated = "it would wait for a client that may never come"
            self.w.add_failed(
                step, _CALL_NAMES.get(type(ev), "call"), ev.errno, ev.message, unrepeated
            )
        else:
            self.w.add(step)

    def _step(self, ev: Call) -> Step | None:
        """What ``ev`` becomes in the script; None: nothing."""
        w, var, role = self.w, self.var, self.role
        if isinstance(ev, SocketCall):
            if not ev.failed:
                return None  # the setup made the socket
            return Step([f"{w.at(ev)} socket({family_name(ev.family)}, {type_name(ev.type)})"])
        if isinstance(ev, SetOption):
            step = setopt_step(w, ev, var)
            if not ev.failed and ev.name == "SO_LINGER" and step.code:
                self.linger0 = ev.value == 0
            return step
        if isinstance(ev, Resolve):
            return resolve_step(w, ev)
        if isinstance(ev, Bind):
            return bind_step(w, ev, var, own=role == "listener")
        if isinstance(ev, Listen):
            return listen_step(w, ev, var)
        if isinstance(ev, Accept):
            if role != "listener":
                return None  # accepted: the setup accepted this connection
            if not ev.failed:
                self.accepts.append(ev)
                return None
            return Step([f"{w.at(ev)} accept()"])
        if isinstance(ev, Connect):
            return connect_step(w, ev, var) if role == "client" else None
        if isinstance(ev, Recv):
            return self._recv_step(ev)
        if isinstance(ev, Send):
            return failed_send_step(w, ev, var) if ev.failed else send_step(w, ev, var)
        if isinstance(ev, Shutdown):
            if ev.wake:
                return None  # the program's own way to stop its threads
            if not ev.failed and ev.how in _READING_ENDS:
                self.shut_rd = True
            return shutdown_step(w, ev, var)
        if isinstance(ev, Close):
            self.closed = True
            if ev.abort and not self.linger0 and role != "listener":
                w.add(linger_abort_step(w, var))
                self.linger0 = True
            return close_step(w, ev, var, role)
        return None

    def _recv_step(self, ev: Recv) -> Step | None:
        """A recv() that failed or returned b''."""
        w, var = self.w, self.var
        if ev.failed:
            return recv_call_step(w, ev, var, "")
        if ev.own_shutdown:
            if not self.shut_rd:
                return None  # the b'' of the program's own stop (wake)
            return recv_call_step(
                w, ev, var, " returned b'': this socket shut its own reading side"
            )
        return eof_step(w, ev, var)

    # -- the socket before the first recorded call -------------------------------------
    def _own_setup(self) -> list[str]:
        what, code = _socket_line(self.var, _first_socket(self.calls))
        who = "a client" if self.role == "client" else "a listening"
        lines = [f"# {who} socket: {what}", code]
        if self.role == "listener":
            lines.append("conns = []   # the sockets accept() returns")
        return lines

    def _accepted_setup(self, listener_events: Sequence[Event]) -> list[str]:
        w = self.w
        _, code = _socket_line("srv", _first_socket(listener_events))
        lines = [
            "# This connection was accepted by a listening socket: make one, accept",
            "# one connection, and replay what the program did on it.",
            code,
        ]
        reuse = False
        for ev in listener_events:
            if isinstance(ev, Listen):
                break
            if isinstance(ev, SetOption) and not ev.failed:
                opt = setopt_code(w, ev, "srv")
                if opt:
                    reuse = reuse or ev.name == "SO_REUSEADDR"
                    lines += comment_lines(setopt_comment(ev)) + opt
        if not reuse:
            lines += [
                "# SO_REUSEADDR: bind again at once after a previous run",
                "srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
            ]
        lines += [
            "srv.bind((HOST, PORT))",
            "srv.listen(1)",
            "print('listening on', srv.getsockname(), flush=True)",
            "conn, addr = srv.accept()   # waits for the client",
        ]
        peer = next((ev.peer for ev in self.calls if isinstance(ev, Accept) and ev.peer), None)
        if peer is not None:
            lines += comment_lines(f"(in the program the client was {address_text(peer)})")
        lines += [
            "print('accepted', addr)",
            "srv.close()   # one connection is all this script needs",
        ]
        return lines
