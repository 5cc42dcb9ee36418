"""Lessons on ways to serve: a thread per socket vs processes vs select, and
readable vs read (non-blocking)."""

from __future__ import annotations

from . import Lesson, Step

S = Step


THREE_WAYS = Lesson(
    name="three-ways-to-serve",
    concept=5,
    title_en="Serving many clients: a thread each, a process each, or select()",
    steps=(
        S(
            "start_server",
            {},
            "The server's accept() loop runs on a thread of its own. This program serves the "
            "HOWTO's first way: every socket it accepts gets threads of its own.",
        ),
        S(
            "connect",
            {},
            "A first client: accept() returned its socket, and the program started two threads "
            "for that connection, one calling recv(), one calling send(). The client pane has "
            "its own pair of threads too.",
        ),
        S(
            "connect",
            {"name": "c2", "accepted": "conn2"},
            "A second client, a second pair of threads; the accept loop went straight back to "
            "accept(). Note the HOWTO's loop calls ct.run(): that runs the handler in the accept "
            "loop's own thread, so clients would be served one after another. It must be "
            "ct.start().",
        ),
        S(
            "pause_reading",
            {"pane": "conn"},
            "We pause the first connection's reader (its Socket tab, Pause reading, framed): "
            "its thread stops calling recv(), like a handler busy with slow work.",
            show=("conn:socket.pauseReadingButton",),
        ),
        S(
            "send",
            {"pane": "client", "text": "first"},
            "The first client sends 5 bytes. They wait in the kernel, because nobody on that "
            "connection calls recv() now.",
        ),
        S(
            "send",
            {"pane": "c2", "text": "second"},
            "The second client sends 6 bytes.",
        ),
        S(
            "wait_received",
            {"pane": "conn2", "bytes": 6},
            "The second connection received its bytes at once: its thread is not held up by "
            "the first one. Threads keep the code simple (plain blocking calls), but each costs "
            "memory, thousands get expensive, and shared data needs locks.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "bytesReceived", "value": 0},
            "The first connection still has 0 bytes (framed, and below it the second "
            "connection's 6), although its client sent 5 (framed on the right). The other two "
            "ways: a process per client "
            "(fork(), socketserver.ForkingMixIn) isolates clients, so one crash does not take "
            "the server down, but costs more and shares data only through IPC. select() "
            "(selectors, asyncio) serves all sockets from one thread with non-blocking sockets: "
            "it scales to many connections, but no handler may ever block.",
            show=("conn.bytesReceived", "conn2.bytesReceived", "client.bytesSent"),
        ),
    ),
)

NONBLOCKING = Lesson(
    name="nonblocking-select",
    concept=15,
    title_en="Blocking, non-blocking and select(): waiting until a socket is readable",
    steps=(
        S(
            "start_server",
            {},
            "A server. Every socket in this program has threads of its own: a call that "
            "cannot finish yet waits in its thread, and the window stays responsive.",
        ),
        S(
            "connect",
            {},
            "A client connects. The server's connection has a reader thread that works like a "
            "tiny select() loop: it waits with poll() until the socket is readable, and only "
            "then calls recv().",
        ),
        S(
            "pause_reading",
            {"pane": "conn"},
            "We pause reading on the server's connection: from now on, when poll() reports the "
            "socket readable, the thread does not call recv().",
        ),
        S(
            "send",
            {"pane": "client", "text": "hello, select()"},
            "The client sends 15 bytes. The server's connection became readable, but nobody "
            "calls recv(), so the bytes stay in its kernel.",
        ),
        S(
            "show_tab",
            {"pane": "conn", "tab": "socket"},
            "The Socket tab: the receive-queue gauge shows the 15 bytes waiting in the kernel. "
            '"Readable" means a recv() would return at once; it does not mean anyone read the '
            "data.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "recvCalls", "value": 0},
            "No recv() call yet. After setblocking(False), recv() never waits: here it would "
            "return the 15 bytes at once, and on an empty socket it raises BlockingIOError "
            "(EAGAIN) instead. select() tells a single thread which of many sockets are ready.",
        ),
        S(
            "pause_reading",
            {"pane": "conn", "on": False},
            "Resume reading: the thread calls recv(), which returns at once, because the data "
            "was already there.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 15},
            "Received, and the gauge is back to 0. Here the socket was blocking (the "
            "default I/O mode): its thread waits for readability, then recv() returns at "
            'once. The lessons "Non-blocking recv(): BlockingIOError instead of waiting" and '
            '"select() says which socket is ready" switch a socket to non-blocking (Socket '
            "tab, I/O mode) and show BlockingIOError and select() as rows of their own.",
        ),
    ),
)


LESSONS = [THREE_WAYS, NONBLOCKING]
