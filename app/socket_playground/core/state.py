"""The connection state machine, sans-IO: events in, state out.

No sockets, no threads, no Qt (as h11's ``_state.py``): :meth:`StateMachine.feed`
takes the events of one socket in sequence order and returns the state the
pane shows. Rules:

- ``listen()`` → listening; ``connect()`` started → connecting; connected
  (``connect()`` returned, or the socket came from ``accept()``) → connected;
- ``shutdown(SHUT_WR/SHUT_RDWR)`` from connected → half-closed;
- ``recv()`` returned ``b''`` (not after our own ``SHUT_RD``) → peer-closed;
- ``close()`` → closed (aborted when SO_LINGER 0 made it send RST);
- a call that raised ECONNRESET → aborted; any other failed call, or a
  worker loop that failed → error, except an accept() failure that concerns
  one connection or a passing shortage (ECONNABORTED, EMFILE, …): the
  listener keeps listening, and shows the error until an accept() succeeds
  (too few file descriptors: until there are enough again);
- UDP (role ``udp``): ``bind()`` (or the first ``sendto()``) → bound;
  ``connect()`` → connected; a failed ``recvfrom()``/``sendto()`` (an ICMP
  error: ECONNREFUSED) is shown but changes no state;
- a call that would block on a non-blocking socket (EAGAIN, EINPROGRESS) and
  a recv()/send()/accept() that timed out (``settimeout``) change nothing:
  the program calls again (a connect() that timed out is an error, and so is
  a TLS handshake: TLS_TIMEOUT, the socket closed).

Aborted and error are final: nothing after them makes the socket look healthy
again (a socket that saw ECONNRESET never later shows peer-closed); only an
error may still turn into aborted (a reset is the more exact word).
"""

from __future__ import annotations

import socket

from .errors import TIMEOUT, WOULD_BLOCK
from .events import (
    Accept,
    Bind,
    Call,
    Close,
    Connect,
    ConnectStarted,
    Event,
    Listen,
    LoopFailed,
    NoDescriptors,
    Recv,
    RecvRun,
    Send,
    Shutdown,
    State,
)
from .udp_events import DATAGRAM_KINDS

RESET_ERRNOS = frozenset({"ECONNRESET"})
# accept() failures that concern one connection or a passing shortage: the
# listener records them and keeps listening (as production servers do)
TRANSIENT_ACCEPT_ERRNOS = frozenset(
    {"ECONNABORTED", "EMFILE", "ENFILE", "ENOBUFS", "ENOMEM", "EPROTO", "EPERM", "EINTR"}
)
FINAL = frozenset({State.ABORTED, State.ERROR})
ROLES = ("listener", "client", "accepted", "udp")


class StateMachine:
    def __init__(self, role: str) -> None:
        if role not in ROLES:
            raise ValueError(role)
        self.role = role
        self.state = State.CONNECTED if role == "accepted" else State.CREATED
        self.errno = ""  # the errno that made the state error/aborted
        self.message = ""
        self.failed: Call | None = None  # the call that failed with it (its words' fields)

    def feed(self, ev: Event) -> State:
        """Apply one event; returns the state after it."""
        if self.role == "udp" and isinstance(ev, DATAGRAM_KINDS):
            return self._datagram(ev)
        if self.role == "listener" and self.state is State.LISTENING:
            self._passing(ev)
        new = self._next(ev)
        if new is not None:
            self._set(new, ev)
        return self.state

    def feed_all(self, events: list[Event]) -> State:
        for ev in events:
            self.feed(ev)
        return self.state

    def _passing(self, ev: Event) -> None:
        """A listening socket's passing shortage: shown while it lasts."""
        if isinstance(ev, NoDescriptors):
            if ev.waiting:
                self.errno, self.message = "EMFILE", f"{ev.open} open, limit {ev.limit}"
                self.failed = None
            elif self.errno == "EMFILE":
                self.errno = self.message = ""
        elif isinstance(ev, Accept):
            if ev.errno in TRANSIENT_ACCEPT_ERRNOS:
                self.errno, self.message, self.failed = ev.errno, ev.message, ev
            elif not ev.errno and self.errno in TRANSIENT_ACCEPT_ERRNOS:
                self.errno = self.message = ""
                self.failed = None

    def _datagram(self, ev: Event) -> State:
        """UDP: a recvfrom()/sendto() that failed (ECONNREFUSED: an ICMP
        error) is shown (``errno``) and changes no state, the socket stays
        usable; the first sendto() binds an unbound socket."""
        assert isinstance(ev, Call)
        if ev.errno:
            if ev.errno not in WOULD_BLOCK and ev.errno != TIMEOUT:
                self.errno, self.message, self.failed = ev.errno, ev.message, ev
        elif self.state is State.CREATED:
            self.state = State.BOUND
        return self.state

    # -- rules ------------------------------------------------------------------
    def _next(self, ev: Event) -> State | None:
        if isinstance(ev, RecvRun | Send) and not getattr(ev, "errno", ""):
            return None  # bytes moved: no change
        if isinstance(ev, LoopFailed):
            return State.ERROR
        if isinstance(ev, Call) and (
            ev.errno in WOULD_BLOCK or (ev.errno == TIMEOUT and not isinstance(ev, Connect))
        ):
            return None  # nothing happened: the program calls again
        if (
            isinstance(ev, Accept)
            and self.role == "listener"
            and (ev.errno in TRANSIENT_ACCEPT_ERRNOS)
        ):
            return None  # the listener keeps listening
        if isinstance(ev, Call) and ev.errno:
            return State.ABORTED if ev.errno in RESET_ERRNOS else State.ERROR
        if isinstance(ev, Listen):
            return State.LISTENING
        if isinstance(ev, Bind) and self.role == "udp":
            return State.BOUND if self.state is State.CREATED else None
        if isinstance(ev, ConnectStarted):
            return State.CONNECTING if self.state is State.CREATED else None
        if isinstance(ev, Connect):
            return State.CONNECTED
        if isinstance(ev, Accept):
            return None if self.role == "listener" else State.CONNECTED
        if isinstance(ev, Shutdown):
            if ev.wake or ev.how == socket.SHUT_RD:  # nothing the peer sees
                return None
            return State.HALF_CLOSED if self.state is State.CONNECTED else None
        if isinstance(ev, Recv):
            if ev.eof and not ev.own_shutdown:
                return State.PEER_CLOSED
            return None
        if isinstance(ev, Close):
            return State.ABORTED if ev.abort else State.CLOSED
        return None

    def _set(self, new: State, ev: Event) -> None:
        old = self.state
        if old is State.ABORTED:
            return  # final
        if old is State.ERROR and new is not State.ABORTED:
            return  # final, but a reset is the more exact word
        if old is State.CLOSED and new not in FINAL:
            return  # nothing reopens a closed socket
        self.state = new
        if isinstance(ev, Call) and ev.errno:
            self.errno, self.message, self.failed = ev.errno, ev.message, ev
        elif isinstance(ev, LoopFailed):
            self.errno, self.message, self.failed = "ERROR", ev.message, None
