"""Lessons on TCP as a byte stream: loopback, equal peers, partial send/recv."""

from __future__ import annotations

from . import Lesson, Step

S = Step

PARTIAL = Lesson(
    name="partial-send-recv",
    concept=8,
    title_en="send() and recv() may move fewer bytes than you asked",
    steps=(
        S(
            "start_server",
            {},
            "We start a server: socket(), bind() to 127.0.0.1 with port 0 "
            "(the OS picks a free port), listen(5). Its pane shows each call in the timeline.",
        ),
        S(
            "connect",
            {},
            "A client connects. accept() on the server returns a new socket for "
            "this connection; it appears as its own pane, the connection's other end.",
        ),
        S(
            "set_recv_size",
            {"pane": "conn", "size": 10},
            "The server's connection will now call recv(10): it asks for at most 10 bytes "
            "per call.",
        ),
        S(
            "send",
            {"pane": "client", "text": "The quick brown fox jumps over the lazy dog"},
            "The client sends 43 bytes with one send() call. The kernel took them all, so "
            "send() returned 43: see the client's chunk table.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 43},
            "One send() arrived as several recv() results of at most 10 bytes: 10, 10, 10, "
            "10, 3. TCP moves a stream of bytes, not messages; recv(n) returns whatever is "
            "there, up to n.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "recvCalls", "min": 5},
            "Five recv() calls for one send(): a program that assumes one recv() per send() "
            "is wrong. It must loop until it has the whole message.",
        ),
        S(
            "set_option",
            {"pane": "client", "option": "SO_SNDBUF", "value": 16384},
            "The pieces above are 10 bytes because we asked recv() for 10. Now the other "
            "half: the client's kernel send buffer is made small (SO_SNDBUF 16384; Linux "
            "doubles it).",
        ),
        S(
            "set_io_mode",
            {"pane": "client", "mode": "nonblocking"},
            "The client's socket becomes non-blocking (Socket tab, I/O mode: "
            "setblocking(False), see its timeline). A blocking send() on Linux waits until "
            "it has taken every byte; a non-blocking one takes what fits and returns at once.",
        ),
        S(
            "pause_reading",
            {"pane": "conn"},
            "The server's connection stops calling recv(): bytes will pile up in its "
            "kernel, then in the client's, and the client's send() calls will find less "
            "and less room.",
        ),
        S(
            "repeat",
            {"pane": "client", "text": "x" * 65536, "count": 64, "interval_ms": 0, "wait": False},
            "The client sends 64 blocks of 65,536 bytes, one send(65536) call each.",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "wouldBlockCount", "min": 1},
            "There it is: a send() of 65,536 bytes returned less (see the client's chunk "
            "table: Bytes is smaller than the call asked), and once the buffer was full the "
            "next send() raised BlockingIOError (the timeline's EAGAIN rows); the program "
            "then waits in select() until there is room and sends the rest, which is what "
            "sendall() does for you. Code that ignores send()'s return value loses bytes.",
            show=("client.partialSends", "client:timeline"),
        ),
        S(
            "expect",
            {"pane": "client", "prop": "partialSends", "min": 1},
            "Checked: at least one partial send (its row selected in the client's chunk table).",
            show=("client.partialSends", "client:timeline"),
        ),
        S(
            "set_recv_size",
            {"pane": "conn", "size": 65536},
            "Before reading again, the server's connection asks for up to 65,536 bytes per "
            "recv() call instead of 10, so the 4 MB do not take 400,000 calls.",
        ),
        S(
            "pause_reading",
            {"pane": "conn", "on": False},
            "Reading resumes: the queued bytes flow again and every block arrives, in order.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 43 + 64 * 65536},
            "All 4,194,347 bytes arrived (the server's counters, framed): one stream, however "
            "send() and recv() cut it. On the right, the client's partial send() is still "
            "selected.",
            show=("conn.bytesReceived", "client.partialSends"),
        ),
    ),
)

LOOPBACK = Lesson(
    name="loopback-ipc",
    concept=6,
    title_en="IPC on one machine: TCP over loopback",
    steps=(
        S(
            "start_server",
            {},
            "The server is bound to 127.0.0.1, the loopback address: only programs on this "
            "machine can reach it. This is the HOWTO's advice for IPC with AF_INET sockets: "
            "bind the server socket to 'localhost'.",
        ),
        S(
            "connect",
            {},
            "The client connected to it. Both addresses in the pane headers start with 127.0.0.1: "
            "both ends of this TCP connection live on this machine.",
        ),
        S(
            "repeat",
            {"pane": "client", "text": "0123456789" * 100, "count": 1000, "interval_ms": 0},
            "The client called send() 1000 times with 1000 bytes each, with no pause: "
            "1,000,000 bytes. Every call is a row in the client's chunk table, and the counter "
            "line above it adds them up.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 1_000_000},
            "All 1,000,000 bytes have arrived. On loopback no network card is involved: the "
            "kernel copies the bytes in memory from one socket's send buffer to the other's "
            "receive buffer. It is still complete TCP (segments, ACKs, flow control), only "
            "without a wire.",
        ),
        S(
            "show_tab",
            {"pane": "conn", "tab": "timeline"},
            "The server connection's timeline groups its recv(4096) calls. Each returned whatever "
            "had arrived, at most 4096 bytes, so the recv() calls do not line up with the 1000 "
            "send() calls. How long it all took depends on this machine and its load: compare "
            "the first and last times, but don't treat one run as a benchmark.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "recvCalls", "min": 245},
            "Checked: at least 245 recv() calls, because each takes at most 4096 bytes. Two "
            "notes on the HOWTO: pipes, shared memory or AF_UNIX sockets can be faster still "
            "for IPC (multiprocessing wraps them), and on Linux even a connection to the "
            "machine's own network address is delivered internally like this. Binding to "
            "127.0.0.1 mainly makes sure no other machine can connect.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "receiveRate", "min": 1},
            "The connection's counters end with a throughput figure (MB/s, from its first to "
            "its last recv() result). Here it measures this program as much as loopback: "
            "every recv() is recorded and shown. A plain Python receive loop goes faster, and "
            "the figure changes from run to run.",
        ),
        S(
            "run_script",
            {"script": "loopback_speed"},
            "For comparison, a plain Python program (in the client column) makes the same "
            "transfer on loopback with both ends in itself and nothing recorded: 1000 "
            "send() calls of 1000 bytes read with recv(4096), then 100 sendall() calls of "
            "64 KiB read with recv(65536). Its output gives both figures in MB/s.",
        ),
        S(
            "expect_script",
            {"exit_code": 0, "contains": "MB/s"},
            "Checked: it ran to the end. Compare its first figure with the connection's "
            "counters: the difference is what recording and showing every call costs "
            "here. Its second figure shows what fewer, larger calls do: each send() and "
            "recv() is a system call, and loopback copies memory, so 64 KiB at a time "
            "moves several times more per second.",
            show=("script", "conn.receiveRate"),
        ),
    ),
)

PEERS = Lesson(
    name="equal-peers",
    concept=7,
    title_en="Both ends are equal peers; someone must speak first",
    steps=(
        S(
            "start_server",
            {},
            "We start a server: socket(), bind(), listen(). Its listening socket will only "
            "produce connections; it never sends or receives.",
        ),
        S(
            "connect",
            {},
            "A client connected, and accept() gave the server a socket for this connection. "
            "From now on the two ends are equal: each has a send box and reads with recv(). "
            '"Client" and "server" only said who called connect() and who called accept().',
        ),
        S(
            "wait_ms",
            {"ms": 1000},
            "A second passed and nothing happened. Each side's reader is blocked waiting for "
            "data that will never come: two polite listeners, a deadlock. Only the "
            "background threads keep this window alive; a one-thread program would hang.",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "callsInProgress", "value": "recv(4096)"},
            "The client is in recv(4096) and has received nothing (under its chunk table: in "
            "progress: recv(4096), with the time it has waited so far).",
        ),
        S(
            "wait_prop",
            {"pane": "conn", "prop": "callsInProgress", "value": "recv(4096)"},
            "So is the server's connection: both ends are in recv(4096) at the same time.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "bytesReceived", "value": 0},
            "Checked: the server's connection has received 0 bytes too. Neither side can "
            'tell the other is waiting: TCP carries no "your turn" signal.',
        ),
        S(
            "send",
            {"pane": "conn", "text": "220 ready\\r\\n"},
            "The server spoke first: it sent an 11-byte greeting, the way an SMTP or FTP "
            "server greets every new client. The row in its chunk table shows send() "
            "returned 11.",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": 11},
            "The client's recv() returned the greeting, and the client could now answer. A "
            "protocol must define who speaks first: in HTTP the client sends its request "
            "first, in SMTP the server greets first. If both sides wait, nothing ever happens.",
        ),
    ),
)

LESSONS = [LOOPBACK, PEERS, PARTIAL]
