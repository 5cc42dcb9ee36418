"""A lesson on AF_UNIX: a Unix domain stream socket next to loopback TCP."""

from __future__ import annotations

from . import Lesson
from . import Step as S

# this run's own socket file in the temporary folder (ui/lesson_widgets.py)
PATH = "{tmp}/socket-playground-{pid}.sock"

UNIX_VS_LOOPBACK = Lesson(
    name="unix-vs-loopback",
    concept=6,
    title_en="IPC on one machine: AF_UNIX next to loopback TCP",
    steps=(
        S(
            "start_server",
            {"name": "tcp"},
            "First a TCP server on 127.0.0.1, as in the loopback lesson: the kind of socket a "
            "network server uses, reachable only from this machine.",
        ),
        S(
            "connect",
            {"name": "tcpclient", "server": "tcp", "accepted": "tcpconn"},
            "A TCP client connected to it. The kernel runs TCP between the two ends "
            "(segments, acknowledgements, flow control), only without a wire.",
        ),
        S(
            "start_server",
            {"name": "unix", "family": "unix", "host": PATH},
            "Now a Unix domain server: socket(AF_UNIX, SOCK_STREAM), then bind() to a path in "
            "the temporary folder instead of an address and a port. bind() made a socket file "
            "there (its path is in the pane's header); listen() and accept() are the same calls "
            "as for TCP.",
        ),
        S(
            "connect",
            {"name": "unixclient", "server": "unix", "accepted": "unixconn", "family": "unix"},
            "A Unix client connected to the same path. There is no port and no handshake: the "
            "kernel joins the two sockets directly. The client did not bind(), so its own "
            "address is empty (unnamed).",
        ),
        S(
            "repeat",
            {"pane": "tcpclient", "text": "0123456789" * 100, "count": 1000, "interval_ms": 0},
            "The TCP client sends 1000 × 1000 bytes with no pause, as in the loopback lesson.",
        ),
        S(
            "wait_received",
            {"pane": "tcpconn", "bytes": 1_000_000},
            "All 1,000,000 bytes arrived over TCP.",
        ),
        S(
            "repeat",
            {"pane": "unixclient", "text": "0123456789" * 100, "count": 1000, "interval_ms": 0},
            "The Unix client sends the same 1000 × 1000 bytes, after the TCP transfer ended, "
            "so that the two do not compete for the processor.",
        ),
        S(
            "wait_received",
            {"pane": "unixconn", "bytes": 1_000_000},
            "All 1,000,000 bytes arrived over the Unix socket too: a stream socket is a byte "
            "stream, as TCP is, with the same send() and recv() calls.",
        ),
        S(
            "show_tab",
            {"pane": "unixconn", "tab": "socket"},
            "The Unix connection's Socket tab. SO_PEERCRED names the process at the other end "
            "(its pid, uid and gid): here this program itself. TCP_NODELAY, keepalive and the "
            "kernel's TCP state are not available: there is no TCP here.",
        ),
        S(
            "expect",
            {"pane": "tcpconn", "prop": "bytesReceived", "value": 1_000_000},
            "Checked: the TCP connection received exactly 1,000,000 bytes.",
        ),
        S(
            "expect",
            {"pane": "unixconn", "prop": "bytesReceived", "value": 1_000_000},
            "Checked: the Unix connection received exactly 1,000,000 bytes too.",
        ),
        S(
            "expect",
            {"pane": "tcpconn", "prop": "receiveRate", "min": 1},
            "Each connection's counters end with a receive rate (MB/s, from its first to its "
            "last recv() result). Checked: the TCP one measured a rate.",
        ),
        S(
            "expect",
            {"pane": "unixconn", "prop": "receiveRate", "min": 1},
            "The two receive rates, side by side. The HOWTO says AF_UNIX may be faster than "
            "loopback TCP for IPC, and it often is: the kernel skips TCP's work. But these "
            "figures measure this program as much as the kernel (every recv() is recorded, "
            "stored and shown), and a megabyte takes only a moment, so they change from run to "
            "run and either may come out ahead. Only that both transfers completed is certain; "
            "to compare transports, time a plain loop many times.",
            show=("tcpconn.receiveRate", "unixconn.receiveRate"),
        ),
        S(
            "close",
            {"pane": "unix"},
            "The Unix server is closed. close() leaves the socket file in place, so the "
            "program then removes it, as most servers do: the os.unlink() row at the end of "
            "its timeline. Without it the next bind() to this path would fail (EADDRINUSE).",
            show=("unix:timeline",),
        ),
    ),
)

LESSONS = [UNIX_VS_LOOPBACK]
