"""Lessons on ending a connection: recv() returning b'', half-close, close() and
abort (RST)."""

from __future__ import annotations

from . import Lesson, Step

S = Step

REQUEST = "time please"  # 11 bytes
REPLY = "It is 10:30"  # 11 bytes

EOF_LESSON = Lesson(
    name="recv-returns-empty",
    concept=9,
    title_en="recv() returning b'' means the peer closed",
    steps=(
        S(
            "start_server",
            {},
            "We start a server: socket(), bind() to 127.0.0.1, listen(5).",
        ),
        S(
            "connect",
            {},
            "A client connects; accept() gives the server its own socket for the connection.",
        ),
        S(
            "send",
            {"pane": "client", "text": "last words"},
            "The client sends 10 bytes: send() returned 10.",
        ),
        S(
            "close",
            {"pane": "client"},
            "The client called close(). Its kernel sends a FIN after the bytes already sent: "
            '"I will send nothing more". (The program first calls shutdown(SHUT_RD) to wake '
            "its own reader thread; that sends nothing to the peer.)",
        ),
        S(
            "wait_state",
            {"pane": "conn", "state": "peer-closed"},
            "On the server, recv() first returned the 10 bytes, then returned b'' (0 bytes): "
            "the end-of-stream row in its chunk table. That is how TCP tells you the peer "
            'closed. It never means "no data yet": a blocking recv() waits for data, and '
            "b'' only comes at the end.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "state", "value": "peer-closed"},
            "Checked: the connection's badge reads peer closed. A receive loop must stop at b'' "
            "(if not chunk: break); a loop that ignores it spins forever, since every "
            "further recv() returns b'' at once. The HOWTO's myreceive raises \"socket "
            'connection broken" here, which is right when a fixed-length message was cut short.',
        ),
        S(
            "send",
            {"pane": "conn", "text": "bye"},
            "The server could still call send(), and it returned 3: the kernel took the bytes. "
            "Nobody will read them: the client's socket is gone, so its kernel answers with "
            "RST. The next send() would fail with BrokenPipeError (EPIPE) on Linux, or "
            "ECONNRESET on some systems.",
        ),
        S(
            "send",
            {"pane": "conn", "text": "again", "expect": "error"},
            "And so it does: this send() raised an error, shown in red under the badge "
            "(EPIPE, broken pipe, on Linux). A program that keeps writing after the peer "
            "closed gets this error, or the SIGPIPE signal in C; Python ignores SIGPIPE and "
            "raises BrokenPipeError instead.",
        ),
        S(
            "show_tab",
            {"pane": "conn", "tab": "timeline"},
            "The connection's timeline tells the whole story: recv() returned 10 bytes, then "
            "b'' (the peer closed), then send(3) returned 3, then a send() failed. send() "
            "succeeding only means the "
            "kernel accepted the bytes, not that the peer read them. After b'', close your "
            "socket too. A peer that wants to stop "
            "sending but still hear a reply uses shutdown(SHUT_WR) instead of close().",
        ),
    ),
)


HALF_CLOSE = Lesson(
    name="half-close",
    concept=13,
    title_en='shutdown(SHUT_WR): "I am done sending", but still listening',
    steps=(
        S(
            "start_server",
            {},
            "We start a server: socket(), bind() to 127.0.0.1 with port 0 "
            "(the OS picks a free port), listen(5).",
        ),
        S(
            "connect",
            {},
            "A client connects and accept() gives the server a new socket for "
            "this connection (the Connection pane). From now on the two ends are equal peers.",
        ),
        S(
            "send",
            {"pane": "client", "text": REQUEST},
            "The client sends an 11-byte request. The bytes alone cannot tell the server "
            "whether more will follow: a TCP stream has no message boundaries.",
        ),
        S(
            "shutdown",
            {"pane": "client", "how": "SHUT_WR"},
            'The client calls shutdown(SHUT_WR): "I will send nothing more". Its kernel '
            "sends a FIN after the bytes already queued. The socket stays open: its badge "
            "reads half-closed, and it can still receive.",
        ),
        S(
            "wait_state",
            {"pane": "conn", "state": "peer-closed"},
            "On the server, recv() returned the request, then b'': end of stream, so the "
            "request is complete. b'' only means the peer will send no more; the server's "
            "own sending direction is still open.",
        ),
        S(
            "send",
            {"pane": "conn", "text": REPLY},
            "The server replies on the same socket, and send() succeeds: a peer that "
            "shut down its sending side can still be sent to.",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": len(REPLY)},
            "The half-closed client receives the reply. shutdown(SHUT_WR) closed one "
            "direction of the connection only; data still flows the other way.",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "state", "value": "half-closed"},
            "The client is still half-closed, and could now close() its socket. Had it "
            "called close() instead of shutdown(SHUT_WR), it would have given up the socket "
            "in both directions: no recv() of the reply, and its kernel would answer the "
            "reply's arrival with RST.",
        ),
    ),
)

CLOSE_ABORT = Lesson(
    name="close-vs-abort",
    concept=14,
    title_en="When sockets die: close() sends FIN, abort sends RST",
    steps=(
        S(
            "start_server",
            {},
            "We start a server on 127.0.0.1; the OS picks the port.",
        ),
        S(
            "connect",
            {},
            "First connection: the client and, on the server, the "
            "connection that accept() returned.",
        ),
        S(
            "connect",
            {"name": "c2", "accepted": "conn2"},
            "A second client connects: a second, independent connection to the same "
            "server. The server will end the two connections in different ways; watch "
            "the two client panes.",
        ),
        S(
            "close",
            {"pane": "conn"},
            "The server ends the first connection with close(). (The program first calls "
            "shutdown(SHUT_RD) to wake its own reader thread; that sends nothing to the "
            "peer.) With nothing left unread, the kernel sends FIN: an orderly end.",
        ),
        S(
            "wait_state",
            {"pane": "client", "state": "peer-closed"},
            "The first client's recv() returned b'': end of stream. That is the normal way "
            "to learn that the peer closed; it is not an error.",
        ),
        S(
            "abort",
            {"pane": "conn2"},
            "The server aborts the second connection: setsockopt(SO_LINGER) on with "
            "0 seconds, then close(). With a zero linger time the kernel throws away "
            "anything unsent and sends RST (reset) instead of FIN.",
        ),
        S(
            "wait_state",
            {"pane": "c2", "state": "aborted"},
            "The second client's recv() raised ConnectionResetError (ECONNRESET): the "
            "connection was reset, not ended in order. Its badge reads aborted, and it stays "
            "so: a reset connection never later looks closed in order.",
        ),
        S(
            "expect",
            {"pane": "c2", "prop": "lastError", "value": "ECONNRESET"},
            "FIN gives b'', RST gives ECONNRESET. A peer that vanishes with neither (cable "
            "pulled, power lost) sends nothing, so a blocked recv() just waits; only a "
            "timeout (settimeout()) or SO_KEEPALIVE probes (on Linux after 2 idle hours by "
            "default) eventually notice it. If we send to it, TCP retransmits and finally "
            "fails with ETIMEDOUT (about 15 minutes with Linux defaults).",
            show=("c2.lastError", "conn2.state"),
        ),
        S(
            "expect",
            {"pane": "client", "prop": "state", "value": "peer-closed"},
            "Side by side in the Clients column (both framed): the first client reads peer "
            "closed (FIN: recv() returned b''), the second aborted: ECONNRESET (RST), with the "
            "reason in red. On the server's side, the first connection is closed, the second "
            "aborted.",
            show=("client.state", "c2.lastError", "conn.state", "conn2.state"),
        ),
    ),
)

LESSONS = [EOF_LESSON, HALF_CLOSE, CLOSE_ABORT]
