"""The kernel's own view of a TCP connection (Linux; no root needed).

While the socket is open, ``getsockopt(IPPROTO_TCP, TCP_INFO)`` gives its TCP
state (ESTABLISHED, FIN_WAIT2, CLOSE_WAIT, …) and counters: segments out and
in, retransmits, round-trip time, congestion window, bytes not yet
acknowledged. After ``close()`` the socket object is gone, but the kernel may
keep the connection a while longer (FIN_WAIT2, TIME_WAIT, LAST_ACK): its state
is then read from ``/proc/net/tcp`` by the connection's two addresses.
Elsewhere both give None ("not available here"). No Qt.
"""

from __future__ import annotations

import socket
import struct
from dataclasses import dataclass

# include/net/tcp_states.h
STATES = {
    1: "ESTABLISHED",
    2: "SYN_SENT",
    3: "SYN_RECV",
    4: "FIN_WAIT1",
    5: "FIN_WAIT2",
    6: "TIME_WAIT",
    7: "CLOSE",
    8: "CLOSE_WAIT",
    9: "LAST_ACK",
    10: "LISTEN",
    11: "CLOSING",
    12: "NEW_SYN_RECV",
}
# struct tcp_info up to tcpi_segs_in (Linux 4.2 and later): 8 bytes of small
# fields, 24 u32 (rto … total_retrans), 4 u64 (pacing rates, bytes acked and
# received), then segs_out and segs_in
_FORMAT = struct.Struct("<8B24I4Q2I")
_TCP_INFO = getattr(socket, "TCP_INFO", None)
PROC_FILES = ("/proc/net/tcp", "/proc/net/tcp6")


@dataclass(frozen=True, slots=True)
class TcpInfo:
    state: str
    segs_out: int = 0
    segs_in: int = 0
    retransmits: int = 0  # segments sent again, in all
    rtt_us: int = 0
    cwnd: int = 0  # congestion window, in segments
    unacked: int = 0  # segments sent and not acknowledged
    from_table: bool = False  # read from /proc/net/tcp: the socket was closed


def tcp_info(sock: socket.socket) -> TcpInfo | None:
    """The kernel's TCP_INFO for an open socket; None where there is none."""
    if _TCP_INFO is None:
        return None
    try:
        raw = sock.getsockopt(socket.IPPROTO_TCP, _TCP_INFO, _FORMAT.size)
    except (OSError, ValueError):  # closed, or not TCP
        return None
    if len(raw) < _FORMAT.size:
        return None
    v = _FORMAT.unpack_from(raw)
    return TcpInfo(
        state=STATES.get(v[0], str(v[0])),
        unacked=v[12],
        retransmits=v[31],
        rtt_us=v[23],
        cwnd=v[26],
        segs_out=v[36],
        segs_in=v[37],
    )


def _hex_addr(addr: tuple) -> str | None:
    """An (ip, port) as /proc/net/tcp writes it ("0100007F:1F90")."""
    host, port = addr[0], addr[1]
    try:
        if ":" in host:  # IPv6 (/proc/net/tcp6); a scope (%lo) is not in the table
            packed = socket.inet_pton(socket.AF_INET6, host.partition("%")[0])
            words = [packed[i : i + 4][::-1].hex().upper() for i in range(0, 16, 4)]
            return "".join(words) + f":{port:04X}"
        return socket.inet_aton(host)[::-1].hex().upper() + f":{port:04X}"
    except (OSError, TypeError):
        return None


def table_state(local: tuple | None, peer: tuple | None) -> TcpInfo | None:
    """The state of the connection between ``local`` and ``peer`` in the
    kernel's table (after close(): FIN_WAIT2, TIME_WAIT, …), None if it is not
    there (any more) or the table cannot be read."""
    if not local or not peer:
        return None
    key = (_hex_addr(local), _hex_addr(peer))
    if None in key:
        return None
    for path in PROC_FILES:
        try:
            with open(path, encoding="ascii") as f:
                next(f, None)  # the header
                for line in f:
                    parts = line.split()
                    if len(parts) > 3 and (parts[1], parts[2]) == key:
                        return TcpInfo(STATES.get(int(parts[3], 16), parts[3]), from_table=True)
        except OSError:
            continue
    return None
