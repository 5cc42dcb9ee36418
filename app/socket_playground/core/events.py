"""The records that flow from a socket's worker threads to the GUI.

Every socket API call a worker makes becomes one immutable :class:`Event`.
Events are the single source for the chunk table, the state badge, the
timeline and the counters. They are plain tuples (``NamedTuple``) because a
flood creates tens of thousands of them a second.
"""

from __future__ import annotations

import enum
import time
from typing import NamedTuple


class Kind(enum.IntEnum):
    """What a socket call (or a state change) was."""

    SOCKET = 1      # socket() created
    SETOPT = 2      # setsockopt(...)
    BIND = 3        # bind(addr)
    LISTEN = 4      # listen(backlog)
    ACCEPT = 5      # accept() -> peer  (payload: the accepted socket, on a listener)
    CONNECTING = 6  # connect() started
    CONNECT = 7     # connect() returned
    RECV = 8        # recv(n) -> data (data non-empty)
    EOF = 9         # recv(n) -> b''
    SEND = 10       # send(data) -> n
    SHUTDOWN = 11   # shutdown(how)
    CLOSE = 12      # close()
    ERROR = 13      # a call raised; errno holds its name
    NOTE = 14       # not a socket call: something the program did (obj: code, value)
    RESOLVE = 15    # getaddrinfo(host, port) -> address (connect/bind do it for a name)


class State(str, enum.Enum):
    """The words the state badge and the ``state`` property use."""

    CREATED = "created"
    LISTENING = "listening"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    PEER_CLOSED = "peer-closed"
    HALF_CLOSED = "half-closed"
    CLOSED = "closed"
    ERROR = "error"


class Direction(enum.IntEnum):
    IN = 0   # received
    OUT = 1  # sent


class Event(NamedTuple):
    """One socket call, as it happened.

    ``t_ns`` is ``time.monotonic_ns()`` when the call returned. ``call`` is the
    call as Python code would write it (``"recv(4096)"``). ``size`` is the
    return value for recv/send (bytes moved); ``data`` the bytes moved;
    ``errno`` the errno name of an ERROR; ``detail`` extra text that is not
    translated (an address, the exception's own message); ``obj`` an object
    handed over with the event (an accepted socket); ``asked`` the byte
    count a recv()/send() call asked for.
    """

    kind: Kind
    t_ns: int
    call: str = ""
    size: int = 0
    data: bytes = b""
    errno: str = ""
    detail: str = ""
    obj: object = None
    asked: int = 0   # recv(n)/send(n): the n asked for


now_ns = time.monotonic_ns   # the clock every event is stamped with (ns)


SHUT_NAMES = {0: "SHUT_RD", 1: "SHUT_WR", 2: "SHUT_RDWR"}
