"""Lessons on non-blocking sockets: connect() in progress, recv() that raises
BlockingIOError, and select() saying which socket is ready."""

from __future__ import annotations

from . import Lesson, Step

S = Step

NONBLOCKING_CONNECT = Lesson(
    name="nonblocking-connect",
    concept=15,
    title_en="A non-blocking connect(): EINPROGRESS, select(), SO_ERROR",
    steps=(
        S("start_server", {}, "A server."),
        S(
            "connect",
            {"io_mode": "nonblocking"},
            "A non-blocking client: setblocking(False), then connect(). connect() raised "
            "BlockingIOError (EINPROGRESS) at once: the handshake goes on in the kernel. "
            "select() waited until the socket was writable, and getsockopt(SO_ERROR) "
            "returned 0: connected.",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "timeline"},
            "The client's timeline: connect() ✗ EINPROGRESS, select() → writable, "
            "getsockopt(SO_ERROR) → connected.",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "wouldBlockCount", "min": 1},
            "The EINPROGRESS counts as a would-block: not an error.",
        ),
        S(
            "start_server",
            {"name": "gone"},
            "A second server, only to have a port that will soon be free.",
        ),
        S(
            "close",
            {"pane": "gone"},
            "It closes: nothing listens on that port now.",
        ),
        S(
            "connect",
            {"name": "refused", "server": "gone", "io_mode": "nonblocking", "expect": "error"},
            "A non-blocking client connects to that port. connect() raised EINPROGRESS again: "
            "a non-blocking connect() never says at once whether it worked. select() said "
            "writable (writable also means the attempt ended), and getsockopt(SO_ERROR) "
            "returned ECONNREFUSED.",
        ),
        S(
            "expect",
            {"pane": "refused", "prop": "lastError", "value": "ECONNREFUSED"},
            "The error came from SO_ERROR, not from connect().",
        ),
        S(
            "show_tab",
            {"pane": "refused", "tab": "timeline"},
            "Its timeline: setblocking(False), connect() ✗ EINPROGRESS, select() → writable, "
            "getsockopt(SO_ERROR) ✗ ECONNREFUSED. The red line under its badge (framed) "
            "explains the ECONNREFUSED.",
            show=("refused:timeline", "refused.lastError"),
        ),
    ),
)


NONBLOCKING_RECV = Lesson(
    name="nonblocking-recv",
    concept=15,
    title_en="Non-blocking recv(): BlockingIOError instead of waiting",
    steps=(
        S("start_server", {}, "A server."),
        S(
            "connect",
            {"io_mode": "nonblocking"},
            "A client whose socket is non-blocking: setblocking(False) before connect(). "
            "connect() raised BlockingIOError (EINPROGRESS) at once, select() waited until the "
            "socket was writable, and getsockopt(SO_ERROR) returned 0: connected.",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "timeline"},
            "The client's timeline lists these calls in order.",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "callsInProgress", "value": "select()"},
            "The client's thread called recv(4096) at once. Nothing had arrived, so instead of "
            "waiting it raised BlockingIOError (EAGAIN, a row in the timeline): nothing was "
            "received and nothing changed. Now the thread waits in select() (under the chunk "
            "table: in progress: select()).",
        ),
        S(
            "send",
            {"pane": "conn", "text": "ping"},
            "The server's connection sends 4 bytes.",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": 4},
            "select() returned (readable, after how long it waited); recv() returned the 4 "
            "bytes; the next recv() raised BlockingIOError again. A non-blocking program reads "
            "until EAGAIN, then goes back to select().",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "wouldBlockCount", "min": 3},
            "Three BlockingIOErrors so far (the connect() and two recv() calls), and the "
            "client is still connected: a would-block is no error, it means 'not now'.",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "state", "value": "connected"},
            "Still connected.",
        ),
        S(
            "set_io_mode",
            {"pane": "client", "mode": "blocking"},
            "Back to blocking (Socket tab, I/O mode: setblocking(True)).",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "callsInProgress", "value": "recv(4096)"},
            "Now the call itself waits: in progress: recv(4096), and no more BlockingIOError. "
            "Same socket, same recv(): the mode decides whether 'nothing yet' means waiting "
            "or an exception.",
        ),
    ),
)


SELECT_READINESS = Lesson(
    name="select-readiness",
    concept=15,
    title_en="select() says which socket is ready",
    steps=(
        S(
            "start_server",
            {"io_mode": "nonblocking"},
            "A server whose accepted connections are non-blocking.",
        ),
        S(
            "connect",
            {"name": "c1", "accepted": "s1"},
            "First client and its connection s1: the server's first Connection pane (s2 and s3 "
            "will be the next two, in the Servers column).",
        ),
        S(
            "connect",
            {"name": "c2", "accepted": "s2"},
            "Second client and s2.",
        ),
        S(
            "connect",
            {"name": "c3", "accepted": "s3"},
            "Third client and s3.",
        ),
        S(
            "wait_prop",
            {"pane": "s1", "prop": "callsInProgress", "value": "select()"},
            "Each server-side connection called recv(), got BlockingIOError, and now waits in "
            "select(). (This program gives every socket its own thread, so there are three "
            "select() calls of one socket each; a single-threaded server passes all three "
            "sockets to one select() call.)",
        ),
        S(
            "send",
            {"pane": "c2", "text": "only you"},
            "Only the second client sends.",
        ),
        S(
            "wait_received",
            {"pane": "s2", "bytes": 8},
            "s2's select() returned: readable. recv() got the 8 bytes, then BlockingIOError again.",
        ),
        S(
            "expect",
            {"pane": "s1", "prop": "recvCalls", "value": 0},
            "s1 got nothing: no recv() result, its select() still waits.",
            show=("s1.recvCalls", "s1.callsInProgress", "c1"),
        ),
        S(
            "expect",
            {"pane": "s3", "prop": "recvCalls", "value": 0},
            "Neither did s3. select() tells which sockets are ready, so a program calls recv() "
            "only where it returns at once.",
            show=("s3.recvCalls", "s3.callsInProgress", "c3"),
        ),
        S(
            "show_tab",
            {"pane": "s2", "tab": "timeline"},
            "s2's timeline (the second Connection pane): recv() ✗ EAGAIN, select() → readable "
            "after the time it waited, recv() → 8, recv() ✗ EAGAIN. On the right, framed, "
            "the second client, which sent the 8 bytes.",
            show=("s2:timeline", "c2.bytesSent"),
        ),
    ),
)

LESSONS = [NONBLOCKING_CONNECT, NONBLOCKING_RECV, SELECT_READINESS]
