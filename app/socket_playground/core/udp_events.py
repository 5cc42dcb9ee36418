"""UDP's calls as typed events: one datagram per ``recvfrom()`` and ``sendto()``.

A datagram socket keeps message boundaries: each :class:`RecvFrom` is exactly
one datagram, whole or cut (``recvfrom(n)`` with ``n`` smaller than the
datagram returns ``n`` bytes and the rest is lost: ``size`` is the
datagram's own size, as ``MSG_TRUNC`` reports it on Linux). Each
:class:`SendTo` is one datagram put on the wire whole (or not at all).
``peer`` is whom the datagram came from or went to.

The other calls of a UDP socket (``socket(AF_INET, SOCK_DGRAM)``,
``setsockopt``, ``bind``, ``connect``, ``close``) are the events of
:mod:`.events`. A failed ``recvfrom()``/``sendto()`` is its event with
``errno`` set (ECONNREFUSED: an ICMP "port unreachable" a connected UDP
socket heard about); the socket stays usable.

In a socket's record a datagram is both a chunk of the capture (its bytes)
and an event kept without its bytes (its peer, its size, whether it was
cut): :meth:`~.record.SocketLog.ordered` gives it back whole. No Qt, no
sockets here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .events import Address, Call

MAX_DATAGRAM = 65535  # the largest a UDP datagram can be (65,507 bytes of payload over IPv4)


@dataclass(frozen=True, slots=True)
class RecvFrom(Call):
    """``recvfrom(bufsize)`` → one datagram: ``nbytes`` bytes returned,
    ``size`` the datagram's own size (``size > nbytes``: truncated, the rest
    lost). ``connected``: the socket was connect()ed (the program called
    ``recv()``; the peer is the connected one). ``waited_ns``: the wait for a
    datagram before the call. ``kept`` as for :class:`~.events.Recv`."""

    bufsize: int = 65535
    data: bytes = b""
    nbytes: int = 0
    size: int = 0
    peer: Address | None = None
    connected: bool = False
    waited_ns: int = 0
    kept: bool = True

    @property
    def truncated(self) -> bool:
        return self.size > self.nbytes

    @property
    def lost(self) -> int:
        """Bytes of the datagram that the call did not return."""
        return max(0, self.size - self.nbytes)


@dataclass(frozen=True, slots=True)
class SendTo(Call):
    """``sendto(data, peer)`` → ``sent`` (a datagram goes whole: ``sent`` is
    ``offered``, or the call fails). ``connected``: ``send(data)`` on a
    connect()ed socket (``peer`` is then the connected address). ``local``:
    the address the socket has after the call (the first ``sendto()`` of an
    unbound socket binds it to a free port)."""

    offered: int = 0
    sent: int = 0
    data: bytes = b""
    peer: Address | None = None
    connected: bool = False
    kept: bool = True
    local: Address | None = None  # the socket's own address (getsockname()) after the call


DATAGRAM_KINDS = (RecvFrom, SendTo)
