"""Lessons on framing a byte stream: no message boundaries, a split length
prefix, byte order, TCP_NODELAY."""

from __future__ import annotations

from . import Lesson, Step

S = Step

BOUNDARIES = Lesson(
    name="no-message-boundaries",
    concept=10,
    title_en="A stream has no message boundaries",
    steps=(
        S(
            "start_server",
            {},
            "We start a server and, in the next step, connect a client to it.",
        ),
        S(
            "connect",
            {},
            "Connected. The server's connection will receive three messages, each ending "
            "with a newline.",
        ),
        S(
            "pause_reading",
            {"pane": "conn"},
            "The server's connection stops calling recv() for a moment, like a program busy "
            "with something else. Bytes that arrive now wait in its kernel's receive queue.",
        ),
        S(
            "trickle",
            {"pane": "client", "text": "cat\\ndog\\nfox\\n", "piece": 4, "delay_ms": 0},
            "The client sent three messages, cat, dog and fox, with three send() calls of "
            "4 bytes each: three rows in its chunk table.",
        ),
        S(
            "pause_reading",
            {"pane": "conn", "on": False},
            "Reading resumes. One recv(4096) takes everything that is waiting in the receive "
            "queue, up to 4096 bytes.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 12},
            'All 12 bytes arrived in a single recv() row: "cat\\ndog\\nfox\\n". The three '
            "send() calls left no trace: TCP delivers a stream of bytes and keeps no message "
            "boundaries. Here the messages merged; elsewhere one message can be split across "
            "recv() calls.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "recvCalls", "value": 1},
            "Checked: one recv() for three send() calls. So the two sides must agree where a "
            "message ends: a fixed length, a delimiter, a length prefix, or closing the "
            "connection after one message.",
        ),
        S(
            "set_framing",
            {"pane": "conn", "kind": "delimiter", "delimiter": "\\n"},
            'The Messages tab now splits the received bytes at each "\\n": three messages, '
            "cat, dog and fox, all from recv() chunk #0. A real receiver does the same: it "
            "keeps a buffer, appends each recv() result, and cuts off every complete message; "
            "bytes after the last delimiter wait for the rest.",
        ),
    ),
)

SPLIT_PREFIX = Lesson(
    name="split-length-prefix",
    concept=11,
    title_en="A length prefix can itself arrive split",
    steps=(
        S(
            "start_server",
            {},
            "We start a server and connect a client in the next step.",
        ),
        S(
            "connect",
            {"options": {"TCP_NODELAY": 1}},
            "Connected. The client will send one message framed with a length prefix: "
            "2 bytes, struct.pack('!H', 5) = 00 05, then the 5 bytes of \"hello\".",
        ),
        S(
            "set_framing",
            {"pane": "conn", "kind": "length", "prefix": "!H"},
            "The server's Messages tab now decodes a 2-byte big-endian length prefix (!H) "
            "followed by that many bytes. Nothing has arrived yet.",
        ),
        S(
            "trickle",
            {
                "pane": "client",
                "text": "00 05 68 65 6c 6c 6f",
                "piece": 1,
                "delay_ms": 150,
                "mode": "hex",
            },
            "The client sent the 7 bytes one at a time, 150 ms apart: seven send() calls "
            "of 1 byte each, the prefix too.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 7},
            "The server's recv() rows show 1-byte chunks: the first recv() returned only 00, "
            "half of the prefix. Code like struct.unpack('!H', sock.recv(2)) would fail here "
            "with struct.error, since recv(2) may return 1 byte.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "recvCalls", "value": 7},
            "Checked: 7 recv() calls for 7 bytes. The 2-byte prefix itself arrived in two "
            "pieces, so a receiver cannot even know the message length after its first recv().",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "messageCount", "value": 1},
            "Checked: the Messages tab still reassembled one message, hello, 5 bytes, from "
            "chunks #0–#6. A correct receiver loops until it has the 2 prefix bytes, then loops "
            "again until it has the 5 bytes they announce.",
        ),
    ),
)

BYTE_ORDER = Lesson(
    name="byte-order",
    concept=12,
    title_en="Binary data and byte order: struct, htons/htonl",
    steps=(
        S(
            "start_server",
            {},
            "We start a server and connect a client in the next step.",
        ),
        S(
            "connect",
            {},
            "Connected. The client will send a 32-bit number as 4 raw bytes, not as text.",
        ),
        S(
            "send",
            {"pane": "client", "text": "00 00 01 02", "mode": "hex"},
            "The client sent the bytes 00 00 01 02, exactly what struct.pack('!I', 258) "
            "returns: 258 is 0x00000102, and '!' means network byte order, which is "
            "big-endian, most significant byte first.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 4},
            "The server received the 4 bytes unchanged. TCP moves bytes; it knows nothing "
            "about numbers, so the byte order is up to the protocol.",
        ),
        S(
            "show_tab",
            {"pane": "conn", "tab": "bytes"},
            "The server connection's hex view shows the 4 received bytes (blue). Under it is "
            "the byte inspector: it reads the selected bytes as numbers, in both byte orders.",
        ),
        S(
            "select_bytes",
            {"pane": "conn", "start": 0, "end": 4},
            "We select all four bytes. In the inspector's !I and <I rows (scroll its table "
            "down): !I = 258, but <I = 33619968 (0x02010000). Same bytes, a different "
            "number: both sides must agree on the byte order, and protocols use network order.",
        ),
        S(
            "select_bytes",
            {"pane": "conn", "start": 2, "end": 4},
            "Now only the last two bytes, 01 02: the inspector's first rows read them as "
            "!H = 258 (big-endian) and <H = 513 (little-endian). socket.htons(258) converts "
            "a 16-bit number from host to network order: on a little-endian machine such as "
            "x86 it swaps the bytes and returns 513; on a big-endian one it changes nothing.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "bytesReceived", "value": 4},
            "Checked: exactly 4 bytes arrived, and the inspector still reads 01 02 both ways "
            "(!H = 258, <H = 513). In Python, write struct.pack('!H', n) or "
            "struct.pack('!I', n) to send and struct.unpack with the same format to receive, "
            "rather than calling htons()/htonl() yourself: the '!' says the byte order where "
            "the reader can see it.",
        ),
    ),
)

BURST = 100  # 1-byte send() calls in one burst
HANDSHAKE = 2  # the client's segments before it sends: SYN, and the ACK of SYN-ACK

NODELAY = Lesson(
    name="tcp-nodelay",
    concept=16,
    title_en="TCP_NODELAY (Nagle's algorithm) and small writes",
    steps=(
        S(
            "start_server",
            {},
            "We start a server and connect a client in the next step.",
        ),
        S(
            "connect",
            {},
            "Connected. By default Nagle's algorithm is on: while data the socket sent is "
            "still unacknowledged, TCP holds back further small pieces and sends them "
            "together when the ACK arrives. That saves tiny packets on slow links.",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "socket"},
            "The client's Socket tab shows what the kernel counts for this connection "
            "(getsockopt TCP_INFO). Segments out: 2 so far, the SYN and the ACK of the "
            "handshake; no data yet.",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "segmentsOut", "value": HANDSHAKE},
            "Checked: 2 segments out before the first send().",
        ),
        S(
            "trickle",
            {"pane": "client", "text": "x" * BURST, "piece": 1, "delay_ms": 0},
            "With Nagle on, the client made 100 1-byte send() calls in a burst. Each "
            "send() returned 1 at once: Nagle delays segments inside the kernel, never "
            "your send() call.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": BURST},
            "All 100 bytes arrived, in order. Now read the client's segments out: "
            "far fewer than 100 new ones. While a segment waited for its ACK, the "
            "next 1-byte writes were held and then sent together in one segment.",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "segmentsOut", "max": HANDSHAKE + BURST - 1},
            "Checked: fewer segments than send() calls (100). That is Nagle at work, "
            "seen in the kernel's own count. The server's recv() rows cannot show it: a "
            "reader that is a little late groups bytes the same way.",
        ),
        S(
            "set_option",
            {"pane": "client", "option": "TCP_NODELAY", "value": 1},
            "The client called setsockopt(IPPROTO_TCP, TCP_NODELAY, 1): Nagle's algorithm is "
            "off for this socket, and getsockopt reads back 1 (see its timeline). From now "
            "on TCP no longer holds a small segment back to wait for an ACK.",
        ),
        S(
            "trickle",
            {"pane": "client", "text": "y" * BURST, "piece": 1, "delay_ms": 0},
            "The same burst of 100 1-byte send() calls, now with TCP_NODELAY.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 2 * BURST},
            "All 200 bytes arrived. Compare the segments out now with the count "
            "after the first burst: no byte waited for an ACK this time, yet Linux may "
            "still merge writes that queue up while earlier ones are being sent "
            "(autocorking), so the count can grow by fewer than 100.",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "sendCalls", "value": 2 * BURST},
            "Checked: 200 send() calls of 1 byte each. Nagle really hurts with "
            "write, write, then wait for a reply: the second small write waits for an ACK "
            "that the peer delays (delayed ACK), tens of milliseconds or more. The better "
            "fix is one sendall() of the whole message; TCP_NODELAY suits protocols that "
            "already send whole messages and care about latency. Neither creates message "
            "boundaries.",
        ),
    ),
)


LESSONS = [BOUNDARIES, SPLIT_PREFIX, BYTE_ORDER, NODELAY]
