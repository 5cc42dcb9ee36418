"""Lessons on waiting: a blocking send() that waits for room, a peer that
hangs (timeouts, keepalive), and the bytes left after a delimiter."""

from __future__ import annotations

from . import Lesson, Step

S = Step

BLOCKING_SEND = Lesson(
    name="blocking-send-blocks",
    concept=8,
    title_en="A blocking send() waits for room; a non-blocking one sends part",
    steps=(
        S("start_server", {}, "A server."),
        S("connect", {}, "A client connects (blocking, the default)."),
        S(
            "pause_reading",
            {"pane": "conn"},
            "The server's connection stops calling recv().",
        ),
        S(
            "repeat",
            {"pane": "client", "text": "x" * 65536, "count": 128, "interval_ms": 0, "wait": False},
            "The client sends 128 blocks of 65,536 bytes (8 MiB), one send(65536) each.",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "callsInProgress", "value": "recv(4096) send(65536)"},
            "A send(65536) does not return (under the chunk table: in progress, with its "
            "running time): the server's receive buffer and the client's send buffer are full, "
            "and a blocking send() waits until there is room for all of its bytes.",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "partialSends", "value": 0},
            "Every send() that returned, returned 65,536: on Linux a blocking send() takes "
            "everything or waits.",
        ),
        S(
            "pause_reading",
            {"pane": "conn", "on": False},
            "The server reads again: room opens, the waiting send() returns 65,536, and the "
            "rest follow.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 128 * 65536},
            "All 8 MiB arrived.",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "partialSends", "value": 0},
            "128 send() calls, 128 full counts, no partial send.",
        ),
        S(
            "set_io_mode",
            {"pane": "client", "mode": "nonblocking"},
            "The client's socket becomes non-blocking.",
        ),
        S(
            "pause_reading",
            {"pane": "conn"},
            "The server stops reading again.",
        ),
        S(
            "repeat",
            {"pane": "client", "text": "y" * 65536, "count": 128, "interval_ms": 0, "wait": False},
            "The client sends another 128 blocks.",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "wouldBlockCount", "min": 1},
            "Non-blocking: when the buffer is full, send() takes what fits and returns that "
            "count (a partial send), and the next send() raises BlockingIOError (EAGAIN in the "
            "timeline); the program waits in select() for room and sends the rest itself, as "
            "sendall() does.",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "partialSends", "min": 1},
            "Checked: a partial send (selected in the client's chunk table: send(65536) "
            "returned less). The client's timeline groups the full sends into one row, then "
            "send() ✗ EAGAIN; its select() is still waiting for room (in progress, under the "
            "chunk table). The client's reader is non-blocking too: its own recv() ✗ EAGAIN "
            "rows only mean nothing came back.",
            show=("client.partialSends", "client:timeline"),
        ),
        S(
            "pause_reading",
            {"pane": "conn", "on": False},
            "The server reads again: room opens in the buffers.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 256 * 65536},
            "All 16 MiB arrived: each time the client's select() said writable, the program "
            "sent what was left, until every block was through.",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "timeline"},
            "The client's timeline now has the whole pattern: send() → a count, send() ✗ "
            "EAGAIN, select() → writable, and again; the selected chunk-table row is the "
            "partial send. The server's counters (left) show the 16 MiB.",
            show=("client:timeline", "client.partialSends", "conn.bytesReceived"),
        ),
    ),
)


PEER_HANGS = Lesson(
    name="peer-hangs",
    concept=14,
    title_en="When the peer hangs: settimeout() and keepalive",
    steps=(
        S("start_server", {}, "A server."),
        S(
            "connect",
            {"io_mode": "timeout"},
            "A client with settimeout(1.0): every recv() waits at most one second.",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "timeoutCount", "min": 1},
            "The server says nothing. After one second recv() raised TimeoutError (a row in "
            "the timeline: TIMEOUT). The connection is fine; the program decides: call again, "
            "or give up and close. Without a timeout, a recv() on a peer that hangs waits for "
            "ever.",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "state", "value": "connected"},
            "Still connected.",
        ),
        S(
            "send",
            {"pane": "conn", "text": "still here"},
            "The server answers within the timeout.",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": 10},
            "recv() returned the 10 bytes as usual: a timeout only bounds the wait.",
        ),
        S(
            "set_option",
            {"pane": "client", "option": "SO_KEEPALIVE", "value": 1},
            "A peer whose machine vanished sends nothing, not even RST: only the kernel's "
            "keepalive notices. SO_KEEPALIVE on: after TCP_KEEPIDLE idle seconds the kernel "
            "sends probes; after TCP_KEEPCNT unanswered ones a blocked recv() fails with "
            "ETIMEDOUT (Socket tab, options).",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "timeoutCount", "min": 2},
            "Meanwhile the timeouts go on, one row a second, until the program stops asking.",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "timeline"},
            "The client's timeline: settimeout(1), recv() ✗ TIMEOUT, recv() → 10, "
            "setsockopt(SO_KEEPALIVE), recv() ✗ TIMEOUT.",
        ),
    ),
)


LEFTOVERS = Lesson(
    name="leftovers-after-delimiter",
    concept=10,
    title_en="After the delimiter: keep the leftover bytes",
    steps=(
        S("start_server", {}, "A server."),
        S("connect", {}, "A client connects."),
        S(
            "set_framing",
            {"pane": "conn", "kind": "delimiter", "delimiter": "\\n"},
            "The server's connection reads messages that end with a newline (Messages tab).",
        ),
        S(
            "send",
            {"pane": "client", "text": "GET a\\nGET b\\nGET c"},
            "The client sends two whole lines and the start of a third, in one send().",
        ),
        S(
            "wait_prop",
            {"pane": "conn", "prop": "messageCount", "min": 2},
            "One recv() returned all 17 bytes: two messages and 'GET c'. A program that "
            "splits on the newline and throws away the rest loses the start of the next "
            "message.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "waitingBytes", "value": 5},
            "The 5 bytes 'GET c' wait (Messages tab: bytes after the last whole message): keep "
            "them in a buffer and add what the next recv() returns.",
        ),
        S(
            "send",
            {"pane": "client", "text": "\\nGET d\\n"},
            "The client sends the rest of the third line and a fourth.",
        ),
        S(
            "wait_prop",
            {"pane": "conn", "prop": "messageCount", "min": 4},
            "'GET c' + the newline that came in another recv() make the third message; the "
            "fourth follows. The framing is in the bytes, not in the recv() calls.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "waitingBytes", "value": 0},
            "Nothing left over now.",
        ),
    ),
)

LESSONS = [BLOCKING_SEND, PEER_HANGS, LEFTOVERS]
