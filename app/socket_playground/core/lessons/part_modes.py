"""Lessons on the I/O modes: non-blocking recv(), a blocking send() that
waits, select() readiness, timeouts, and the leftovers after a delimiter."""

from __future__ import annotations

from . import Lesson, Step

S = Step

NONBLOCKING_RECV = Lesson(
    name="nonblocking-recv",
    concept=15,
    title_en="Non-blocking recv(): BlockingIOError instead of waiting",
    title_zh="非阻塞的 recv()：不等待，而是抛出 BlockingIOError",
    steps=(
        S("start_server", {}, "A server.", "启动一个服务器。"),
        S(
            "connect",
            {"io_mode": "nonblocking"},
            "A client whose socket is non-blocking: setblocking(False) before connect(). "
            "connect() raised BlockingIOError (EINPROGRESS) at once, select() waited until the "
            "socket was writable, and getsockopt(SO_ERROR) returned 0: connected.",
            "一个非阻塞的客户端：connect() 之前先 setblocking(False)。connect() 立即抛出 "
            "BlockingIOError（EINPROGRESS），select() 等到套接字可写，getsockopt(SO_ERROR) "
            "返回 0：连接成功。",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "timeline"},
            "The client's timeline lists these calls in order.",
            "客户端的时间线按顺序列出了这些调用。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "callsInProgress", "value": "select()"},
            "The client's thread called recv(4096) at once. Nothing had arrived, so instead of "
            "waiting it raised BlockingIOError (EAGAIN, a row in the timeline): nothing was "
            "received and nothing changed. Now the thread waits in select() (under the chunk "
            "table: in progress: select()).",
            "客户端的线程立即调用了 recv(4096)。数据还没到，所以它不等待，而是抛出 "
            "BlockingIOError（EAGAIN，时间线里的一行）：什么也没收到，什么也没改变。现在线程在 "
            "select() 里等待（数据块表下方：进行中：select()）。",
        ),
        S(
            "send",
            {"pane": "conn", "text": "ping"},
            "The server's connection sends 4 bytes.",
            "服务器端的连接发送 4 个字节。",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": 4},
            "select() returned (readable, after how long it waited); recv() returned the 4 "
            "bytes; the next recv() raised BlockingIOError again. A non-blocking program reads "
            "until EAGAIN, then goes back to select().",
            "select() 返回了（可读，并写明等了多久）；recv() 返回这 4 个字节；下一次 recv() 又"
            "抛出 BlockingIOError。非阻塞的程序一直读到 EAGAIN，然后回到 select()。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "wouldBlockCount", "min": 3},
            "Three BlockingIOErrors so far (the connect() and two recv() calls), and the "
            "client is still connected: a would-block is no error, it means 'not now'.",
            "到目前为止有三次 BlockingIOError（一次 connect()，两次 recv()），客户端仍然处于"
            "已连接状态：“会阻塞”不是错误，意思是“现在还不行”。",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "state", "value": "connected"},
            "Still connected.",
            "仍然已连接。",
        ),
        S(
            "set_io_mode",
            {"pane": "client", "mode": "blocking"},
            "Back to blocking (Socket tab, I/O mode: setblocking(True)).",
            "改回阻塞模式（“套接字”页的 I/O 模式：setblocking(True)）。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "callsInProgress", "value": "recv(4096)"},
            "Now the call itself waits: in progress: recv(4096), and no more BlockingIOError. "
            "Same socket, same recv(): the mode decides whether 'nothing yet' means waiting "
            "or an exception.",
            "现在是调用本身在等待：进行中：recv(4096)，不再有 BlockingIOError。同一个套接字，"
            "同一个 recv()：模式决定了“还没有数据”是等待还是异常。",
        ),
    ),
)

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
            "show_tab",
            {"pane": "client", "tab": "timeline"},
            "The client's timeline: send() → a count, send() ✗ EAGAIN, select() → writable.",
            "客户端的时间线：send() → 一个数，send() ✗ EAGAIN，select() → 可写。",
        ),
    ),
)

SELECT_READINESS = Lesson(
    name="select-readiness",
    concept=15,
    title_en="select() says which socket is ready",
    title_zh="select() 告诉你哪个套接字已经就绪",
    steps=(
        S(
            "start_server",
            {"io_mode": "nonblocking"},
            "A server whose accepted connections are non-blocking.",
            "启动一个服务器，它接受的连接都是非阻塞的。",
        ),
        S(
            "connect",
            {"name": "c1", "accepted": "s1"},
            "First client and its connection s1.",
            "第一个客户端，以及它的连接 s1。",
        ),
        S(
            "connect",
            {"name": "c2", "accepted": "s2"},
            "Second client and s2.",
            "第二个客户端，以及 s2。",
        ),
        S(
            "connect",
            {"name": "c3", "accepted": "s3"},
            "Third client and s3.",
            "第三个客户端，以及 s3。",
        ),
        S(
            "wait_prop",
            {"pane": "s1", "prop": "callsInProgress", "value": "select()"},
            "Each server-side connection called recv(), got BlockingIOError, and now waits in "
            "select(). (This program gives every socket its own thread, so there are three "
            "select() calls of one socket each; a single-threaded server passes all three "
            "sockets to one select() call.)",
            "服务器端的每个连接都调用了 recv()，得到 BlockingIOError，现在在 select() 里等待。"
            "（本程序给每个套接字一个自己的线程，所以这里是三个各管一个套接字的 select()；"
            "单线程的服务器会把三个套接字交给同一个 select() 调用。）",
        ),
        S(
            "send",
            {"pane": "c2", "text": "only you"},
            "Only the second client sends.",
            "只有第二个客户端发送数据。",
        ),
        S(
            "wait_received",
            {"pane": "s2", "bytes": 8},
            "s2's select() returned: readable. recv() got the 8 bytes, then BlockingIOError again.",
            "s2 的 select() 返回了：可读。recv() 取到 8 个字节，随后又是 BlockingIOError。",
        ),
        S(
            "expect",
            {"pane": "s1", "prop": "recvCalls", "value": 0},
            "s1 got nothing: no recv() result, its select() still waits.",
            "s1 什么也没收到：没有 recv() 结果，它的 select() 还在等待。",
        ),
        S(
            "expect",
            {"pane": "s3", "prop": "recvCalls", "value": 0},
            "Neither did s3. select() tells which sockets are ready, so a program calls recv() "
            "only where it returns at once.",
            "s3 也没有。select() 告诉程序哪些套接字已经就绪，于是程序只在会立即返回的地方调用 "
            "recv()。",
        ),
        S(
            "show_tab",
            {"pane": "s2", "tab": "timeline"},
            "s2's timeline: recv() ✗ EAGAIN, select() → readable after the time it waited, "
            "recv() → 8, recv() ✗ EAGAIN.",
            "s2 的时间线：recv() ✗ EAGAIN，select() → 等待若干时间后可读，recv() → 8，"
            "recv() ✗ EAGAIN。",
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

NONBLOCKING_CONNECT = Lesson(
    name="nonblocking-connect",
    concept=15,
    title_en="A non-blocking connect(): EINPROGRESS, select(), SO_ERROR",
    title_zh="非阻塞的 connect()：EINPROGRESS、select()、SO_ERROR",
    steps=(
        S("start_server", {}, "A server.", "启动一个服务器。"),
        S(
            "connect",
            {"io_mode": "nonblocking"},
            "A non-blocking client: setblocking(False), then connect(). connect() raised "
            "BlockingIOError (EINPROGRESS) at once: the handshake goes on in the kernel. "
            "select() waited until the socket was writable, and getsockopt(SO_ERROR) "
            "returned 0: connected.",
            "一个非阻塞的客户端：先 setblocking(False)，再 connect()。connect() 立即抛出 "
            "BlockingIOError（EINPROGRESS）：握手在内核里继续进行。select() 等到套接字可写，"
            "getsockopt(SO_ERROR) 返回 0：连接成功。",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "timeline"},
            "The client's timeline: connect() ✗ EINPROGRESS, select() → writable, "
            "getsockopt(SO_ERROR) → connected.",
            "客户端的时间线：connect() ✗ EINPROGRESS，select() → 可写，"
            "getsockopt(SO_ERROR) → 已连接。",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "wouldBlockCount", "min": 1},
            "The EINPROGRESS counts as a would-block: not an error.",
            "EINPROGRESS 算作一次“会阻塞”：不是错误。",
        ),
        S(
            "start_server",
            {"name": "gone"},
            "A second server, only to have a port that will soon be free.",
            "再启动一个服务器，只是为了得到一个马上就会空出来的端口。",
        ),
        S(
            "close",
            {"pane": "gone"},
            "It closes: nothing listens on that port now.",
            "它关闭了：现在那个端口上没有人监听。",
        ),
        S(
            "connect",
            {"name": "refused", "server": "gone", "io_mode": "nonblocking", "expect": "error"},
            "A non-blocking client connects to that port. connect() raised EINPROGRESS again: "
            "a non-blocking connect() never says at once whether it worked. select() said "
            "writable (writable also means the attempt ended), and getsockopt(SO_ERROR) "
            "returned ECONNREFUSED.",
            "一个非阻塞的客户端连接那个端口。connect() 同样抛出 EINPROGRESS：非阻塞的 connect() "
            "从不立即告诉你成功与否。select() 报告可写（可写也表示这次尝试已经结束），"
            "getsockopt(SO_ERROR) 返回 ECONNREFUSED。",
        ),
        S(
            "expect",
            {"pane": "refused", "prop": "lastError", "value": "ECONNREFUSED"},
            "The error came from SO_ERROR, not from connect().",
            "这个错误来自 SO_ERROR，而不是来自 connect()。",
        ),
        S(
            "show_tab",
            {"pane": "refused", "tab": "timeline"},
            "Its timeline: connect() ✗ EINPROGRESS, select() → writable, "
            "getsockopt(SO_ERROR) ✗ ECONNREFUSED.",
            "它的时间线：connect() ✗ EINPROGRESS，select() → 可写，"
            "getsockopt(SO_ERROR) ✗ ECONNREFUSED。",
        ),
    ),
)

LESSONS = [
    NONBLOCKING_CONNECT,
    NONBLOCKING_RECV,
    BLOCKING_SEND,
    SELECT_READINESS,
    PEER_HANGS,
    LEFTOVERS,
]
