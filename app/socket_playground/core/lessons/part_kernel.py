"""Lessons on what the kernel keeps of a connection: its TCP states (read with
getsockopt TCP_INFO, and from the kernel's table after close())."""

from __future__ import annotations

from . import Lesson, Step

S = Step

TIME_WAIT = Lesson(
    name="time-wait",
    concept=14,
    title_en="TIME_WAIT: the side that closes first waits; an abort does not",
    steps=(
        S(
            "start_server",
            {},
            "We start a server on 127.0.0.1; the OS picks the port.",
        ),
        S(
            "connect",
            {},
            "A client connects; the server's accept() returns the connection's other end.",
        ),
        S(
            "show_tab",
            {"pane": "conn", "tab": "socket"},
            "The server's connection shows its Socket tab: at the bottom of the queues, the "
            "kernel's own word on the connection (getsockopt TCP_INFO).",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "socket"},
            "So does the client.",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "tcpState", "value": "ESTABLISHED"},
            "Both ends are ESTABLISHED: the handshake is done and either may send.",
        ),
        S(
            "shutdown",
            {"pane": "client", "how": "SHUT_WR"},
            'The client ends first: shutdown(SHUT_WR) sends FIN ("I am done sending").',
        ),
        S(
            "wait_prop",
            {"pane": "conn", "prop": "tcpState", "value": "CLOSE_WAIT"},
            "The server's kernel received the FIN and acknowledged it. Its side is now "
            "CLOSE_WAIT: waiting for its own program to close. A server with many CLOSE_WAIT "
            "connections has a program that forgets to close().",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "tcpState", "value": "FIN_WAIT2"},
            "The client's side is FIN_WAIT2: its FIN was acknowledged, and it waits for "
            "the server's.",
        ),
        S(
            "close",
            {"pane": "conn"},
            "The server closes too: its FIN goes out, and the client's kernel acknowledges it.",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "tcpState", "value": "TIME_WAIT"},
            "The side that closed first, the client, is now in TIME_WAIT, read from the "
            "kernel's table: the kernel keeps the connection's addresses and ports for a "
            "while (60 s on Linux), so that a late segment of this connection is not taken "
            "for part of a new one with the same four numbers, and so that its last ACK can "
            "be sent again if it was lost. The server's side is gone. (This is why a server "
            "that closes first and restarts at once needs SO_REUSEADDR.)",
            show=("client:socket.tcpState", "conn.state"),
        ),
        S(
            "connect",
            {"name": "c2", "accepted": "conn2"},
            "A second connection, to end the other way.",
        ),
        S(
            "show_tab",
            {"pane": "conn2", "tab": "socket"},
            "Its server side's Socket tab: ESTABLISHED, as every open connection.",
        ),
        S(
            "abort",
            {"pane": "conn2"},
            "The server aborts it: SO_LINGER on with 0 s, then close(). The kernel sends "
            "RST instead of FIN.",
        ),
        S(
            "wait_prop",
            {"pane": "conn2", "prop": "tcpState", "value": ""},
            "No TIME_WAIT after an abort: the kernel forgot the connection at once (the "
            "Socket tab says it is gone). That frees the port at once, and is why some "
            "servers abort on purpose; but late segments are then not guarded against, and "
            "the client's recv() raises ECONNRESET instead of seeing an orderly end.",
            show=("conn2:socket.tcpState", "c2.lastError"),
        ),
        S(
            "expect",
            {"pane": "client", "prop": "tcpState", "value": "TIME_WAIT"},
            "Both ends of the story at once, framed: on the right, the first client, which "
            "closed first, is still in TIME_WAIT; on the left, the aborted connection is gone "
            "from the kernel's table. (The second client, below the first, was reset: "
            "ECONNRESET.)",
            show=("client:socket.tcpState", "conn2:socket.tcpState"),
        ),
    ),
)

LESSONS = [TIME_WAIT]
