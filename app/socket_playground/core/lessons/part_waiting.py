"""Lessons on waiting: a blocking send() that waits for room, a peer that
hangs (timeouts, keepalive), and the bytes left after a delimiter."""

from __future__ import annotations

from . import Lesson, Step

S = Step

BLOCKING_SEND = Lesson(
    name="blocking-send-blocks",
    concept=8,
    title_en="A blocking send() waits for room; a non-blocking one sends part",
    title_zh="阻塞的 send() 会等待空间；非阻塞的 send() 只发送一部分",
    steps=(
        S("start_server", {}, "A server.", "启动一个服务器。"),
        S("connect", {}, "A client connects (blocking, the default).", "客户端连接（默认阻塞）。"),
        S(
            "pause_reading",
            {"pane": "conn"},
            "The server's connection stops calling recv().",
            "服务器端的连接停止调用 recv()。",
        ),
        S(
            "repeat",
            {"pane": "client", "text": "x" * 65536, "count": 128, "interval_ms": 0, "wait": False},
            "The client sends 128 blocks of 65,536 bytes (8 MiB), one send(65536) each.",
            "客户端发送 128 块、每块 65,536 字节（共 8 MiB），每块调用一次 send(65536)。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "callsInProgress", "value": "recv(4096) send(65536)"},
            "A send(65536) does not return (under the chunk table: in progress, with its "
            "running time): the server's receive buffer and the client's send buffer are full, "
            "and a blocking send() waits until there is room for all of its bytes.",
            "有一次 send(65536) 一直不返回（数据块表下方：进行中，带着已经等待的时间）：服务器的"
            "接收缓冲区和客户端的发送缓冲区都满了，阻塞的 send() 要等到放得下它的全部字节。",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "partialSends", "value": 0},
            "Every send() that returned, returned 65,536: on Linux a blocking send() takes "
            "everything or waits.",
            "每一次返回了的 send() 都返回 65,536：在 Linux 上，阻塞的 send() 要么全部收下，"
            "要么等待。",
        ),
        S(
            "pause_reading",
            {"pane": "conn", "on": False},
            "The server reads again: room opens, the waiting send() returns 65,536, and the "
            "rest follow.",
            "服务器重新开始读取：空间腾出来了，等待中的 send() 返回 65,536，其余的接着发送。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 128 * 65536},
            "All 8 MiB arrived.",
            "8 MiB 全部到达。",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "partialSends", "value": 0},
            "128 send() calls, 128 full counts, no partial send.",
            "128 次 send() 调用，128 次都是全额，没有部分发送。",
        ),
        S(
            "set_io_mode",
            {"pane": "client", "mode": "nonblocking"},
            "The client's socket becomes non-blocking.",
            "客户端的套接字改为非阻塞。",
        ),
        S(
            "pause_reading",
            {"pane": "conn"},
            "The server stops reading again.",
            "服务器再次停止读取。",
        ),
        S(
            "repeat",
            {"pane": "client", "text": "y" * 65536, "count": 128, "interval_ms": 0, "wait": False},
            "The client sends another 128 blocks.",
            "客户端再发送 128 块。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "wouldBlockCount", "min": 1},
            "Non-blocking: when the buffer is full, send() takes what fits and returns that "
            "count (a partial send), and the next send() raises BlockingIOError (EAGAIN in the "
            "timeline); the program waits in select() for room and sends the rest itself, as "
            "sendall() does.",
            "非阻塞：缓冲区满时，send() 只收下放得下的部分并返回这个数（部分发送），下一次 "
            "send() 抛出 BlockingIOError（时间线里的 EAGAIN）；程序在 select() 里等待空间，"
            "再自己发送剩下的部分，就像 sendall() 做的那样。",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "partialSends", "min": 1},
            "Checked: a partial send (selected in the client's chunk table: send(65536) "
            "returned less). The client's timeline groups the full sends into one row, then "
            "send() ✗ EAGAIN; its select() is still waiting for room (in progress, under the "
            "chunk table). The client's reader is non-blocking too: its own recv() ✗ EAGAIN "
            "rows only mean nothing came back.",
            "已检查：有一次部分发送（客户端数据块表里选中的那一行：send(65536) 返回的更少）。"
            "客户端的时间线把全额发送合成一行，然后是 send() ✗ EAGAIN；它的 select() 还在等待空间"
            "（数据块表下方的“进行中”）。客户端的读线程也是非阻塞的：它自己的 recv() ✗ EAGAIN "
            "行只表示还没有数据回来。",
            show=("client.partialSends", "client:timeline"),
        ),
        S(
            "pause_reading",
            {"pane": "conn", "on": False},
            "The server reads again: room opens in the buffers.",
            "服务器重新开始读取：缓冲区里腾出了空间。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 256 * 65536},
            "All 16 MiB arrived: each time the client's select() said writable, the program "
            "sent what was left, until every block was through.",
            "16 MiB 全部到达：客户端的 select() 每次报告可写，程序就发送剩下的部分，"
            "直到每一块都发完。",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "timeline"},
            "The client's timeline now has the whole pattern: send() → a count, send() ✗ "
            "EAGAIN, select() → writable, and again; the selected chunk-table row is the "
            "partial send. The server's counters (left) show the 16 MiB.",
            "客户端的时间线现在有了完整的模式：send() → 一个数，send() ✗ EAGAIN，select() → "
            "可写，如此反复；数据块表里选中的那一行就是部分发送。服务器的计数（左边）显示 16 MiB。",
            show=("client:timeline", "client.partialSends", "conn.bytesReceived"),
        ),
    ),
)


PEER_HANGS = Lesson(
    name="peer-hangs",
    concept=14,
    title_en="When the peer hangs: settimeout() and keepalive",
    title_zh="对端不响应时：settimeout() 与 keepalive",
    steps=(
        S("start_server", {}, "A server.", "启动一个服务器。"),
        S(
            "connect",
            {"io_mode": "timeout"},
            "A client with settimeout(1.0): every recv() waits at most one second.",
            "一个设置了 settimeout(1.0) 的客户端：每次 recv() 最多等一秒。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "timeoutCount", "min": 1},
            "The server says nothing. After one second recv() raised TimeoutError (a row in "
            "the timeline: TIMEOUT). The connection is fine; the program decides: call again, "
            "or give up and close. Without a timeout, a recv() on a peer that hangs waits for "
            "ever.",
            "服务器什么也不说。一秒后 recv() 抛出 TimeoutError（时间线里的一行：TIMEOUT）。"
            "连接本身没问题；由程序决定：再调用一次，还是放弃并关闭。没有超时的话，对一个不"
            "响应的对端调用 recv() 会永远等下去。",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "state", "value": "connected"},
            "Still connected.",
            "仍然已连接。",
        ),
        S(
            "send",
            {"pane": "conn", "text": "still here"},
            "The server answers within the timeout.",
            "服务器在超时之前回应。",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": 10},
            "recv() returned the 10 bytes as usual: a timeout only bounds the wait.",
            "recv() 照常返回这 10 个字节：超时只是给等待设了上限。",
        ),
        S(
            "set_option",
            {"pane": "client", "option": "SO_KEEPALIVE", "value": 1},
            "A peer whose machine vanished sends nothing, not even RST: only the kernel's "
            "keepalive notices. SO_KEEPALIVE on: after TCP_KEEPIDLE idle seconds the kernel "
            "sends probes; after TCP_KEEPCNT unanswered ones a blocked recv() fails with "
            "ETIMEDOUT (Socket tab, options).",
            "对端机器消失时什么也不会发，连 RST 都没有：只有内核的 keepalive 能发现。打开 "
            "SO_KEEPALIVE：空闲 TCP_KEEPIDLE 秒后内核发送探测包；连续 TCP_KEEPCNT 个没有回应，"
            "阻塞中的 recv() 就以 ETIMEDOUT 失败（“套接字”页，选项）。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "timeoutCount", "min": 2},
            "Meanwhile the timeouts go on, one row a second, until the program stops asking.",
            "与此同时超时还在继续，每秒一行，直到程序不再等待。",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "timeline"},
            "The client's timeline: settimeout(1), recv() ✗ TIMEOUT, recv() → 10, "
            "setsockopt(SO_KEEPALIVE), recv() ✗ TIMEOUT.",
            "客户端的时间线：settimeout(1)，recv() ✗ TIMEOUT，recv() → 10，"
            "setsockopt(SO_KEEPALIVE)，recv() ✗ TIMEOUT。",
        ),
    ),
)


LEFTOVERS = Lesson(
    name="leftovers-after-delimiter",
    concept=10,
    title_en="After the delimiter: keep the leftover bytes",
    title_zh="分隔符之后：留住剩下的字节",
    steps=(
        S("start_server", {}, "A server.", "启动一个服务器。"),
        S("connect", {}, "A client connects.", "客户端连接。"),
        S(
            "set_framing",
            {"pane": "conn", "kind": "delimiter", "delimiter": "\\n"},
            "The server's connection reads messages that end with a newline (Messages tab).",
            "服务器端的连接按换行符分隔消息（“消息”标签页）。",
        ),
        S(
            "send",
            {"pane": "client", "text": "GET a\\nGET b\\nGET c"},
            "The client sends two whole lines and the start of a third, in one send().",
            "客户端用一次 send() 发送两整行和第三行的开头。",
        ),
        S(
            "wait_prop",
            {"pane": "conn", "prop": "messageCount", "min": 2},
            "One recv() returned all 17 bytes: two messages and 'GET c'. A program that "
            "splits on the newline and throws away the rest loses the start of the next "
            "message.",
            "一次 recv() 返回了全部 17 个字节：两条消息加上“GET c”。按换行切分后把剩下的"
            "扔掉的程序，会丢掉下一条消息的开头。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "waitingBytes", "value": 5},
            "The 5 bytes 'GET c' wait (Messages tab: bytes after the last whole message): keep "
            "them in a buffer and add what the next recv() returns.",
            "“GET c”这 5 个字节在等待（“消息”页：最后一条完整消息之后的字节）：把它们留在"
            "缓冲区里，再接上下一次 recv() 返回的数据。",
        ),
        S(
            "send",
            {"pane": "client", "text": "\\nGET d\\n"},
            "The client sends the rest of the third line and a fourth.",
            "客户端发送第三行剩下的部分和第四行。",
        ),
        S(
            "wait_prop",
            {"pane": "conn", "prop": "messageCount", "min": 4},
            "'GET c' + the newline that came in another recv() make the third message; the "
            "fourth follows. The framing is in the bytes, not in the recv() calls.",
            "“GET c”加上另一次 recv() 带来的换行符，组成了第三条消息；第四条随后。消息的边界"
            "在字节里，不在 recv() 调用里。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "waitingBytes", "value": 0},
            "Nothing left over now.",
            "现在没有剩余的字节了。",
        ),
    ),
)

LESSONS = [BLOCKING_SEND, PEER_HANGS, LEFTOVERS]
