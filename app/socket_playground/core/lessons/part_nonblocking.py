"""Lessons on non-blocking sockets: connect() in progress, recv() that raises
BlockingIOError, and select() saying which socket is ready."""

from __future__ import annotations

from . import Lesson, Step

S = Step

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
            "Its timeline: setblocking(False), connect() ✗ EINPROGRESS, select() → writable, "
            "getsockopt(SO_ERROR) ✗ ECONNREFUSED. The red line under its badge (framed) "
            "explains the ECONNREFUSED.",
            "它的时间线：setblocking(False)，connect() ✗ EINPROGRESS，select() → 可写，"
            "getsockopt(SO_ERROR) ✗ ECONNREFUSED。状态标记下面的红字（已框出）解释了 "
            "ECONNREFUSED。",
            show=("refused:timeline", "refused.lastError"),
        ),
    ),
)


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
            "First client and its connection s1: the server's first Connection pane (s2 and s3 "
            "will be the next two, in the Servers column).",
            "第一个客户端，以及它的连接 s1：服务器的第一个“连接”面板（s2 和 s3 是接下来的两个，"
            "都在“服务器”栏里）。",
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
            show=("s1.recvCalls", "s1.callsInProgress", "c1"),
        ),
        S(
            "expect",
            {"pane": "s3", "prop": "recvCalls", "value": 0},
            "Neither did s3. select() tells which sockets are ready, so a program calls recv() "
            "only where it returns at once.",
            "s3 也没有。select() 告诉程序哪些套接字已经就绪，于是程序只在会立即返回的地方调用 "
            "recv()。",
            show=("s3.recvCalls", "s3.callsInProgress", "c3"),
        ),
        S(
            "show_tab",
            {"pane": "s2", "tab": "timeline"},
            "s2's timeline (the second Connection pane): recv() ✗ EAGAIN, select() → readable "
            "after the time it waited, recv() → 8, recv() ✗ EAGAIN. On the right, framed, "
            "the second client, which sent the 8 bytes.",
            "s2 的时间线（第二个“连接”面板）：recv() ✗ EAGAIN，select() → 等待若干时间后可读，"
            "recv() → 8，recv() ✗ EAGAIN。右边框出的是发送这 8 个字节的第二个客户端。",
            show=("s2:timeline", "c2.bytesSent"),
        ),
    ),
)

LESSONS = [NONBLOCKING_CONNECT, NONBLOCKING_RECV, SELECT_READINESS]
