"""Lessons on ways to serve: a thread per socket vs processes vs select, and
readable vs read (non-blocking)."""

from __future__ import annotations

from . import Lesson, Step

S = Step


THREE_WAYS = Lesson(
    name="three-ways-to-serve",
    concept=5,
    title_en="Serving many clients: a thread each, a process each, or select()",
    title_zh="同时服务多个客户端：每个一个线程、每个一个进程，或者 select()",
    steps=(
        S(
            "start_server",
            {},
            "The server's accept() loop runs on a thread of its own. This program serves the "
            "HOWTO's first way: every socket it accepts gets threads of its own.",
            "服务器的 accept() 循环运行在它自己的线程上。这个程序采用 HOWTO 说的第一种方式："
            "每个被接受的套接字都有自己的线程。",
        ),
        S(
            "connect",
            {},
            "A first client: accept() returned its socket, and the program started two threads "
            "for that connection, one calling recv(), one calling send(). The client pane has "
            "its own pair of threads too.",
            "第一个客户端：accept() 返回了它的套接字，程序为这个连接启动了两个线程，一个调用 "
            "recv()，一个调用 send()。客户端面板也有自己的一对线程。",
        ),
        S(
            "connect",
            {"name": "c2", "accepted": "conn2"},
            "A second client, a second pair of threads; the accept loop went straight back to "
            "accept(). Note the HOWTO's loop calls ct.run(): that runs the handler in the accept "
            "loop's own thread, so clients would be served one after another. It must be "
            "ct.start().",
            "第二个客户端，又一对线程；accept 循环立刻回到了 accept()。注意 HOWTO 的循环里调用"
            "的是 ct.run()：这会在 accept 循环自己的线程里运行处理函数，于是客户端只能一个接一个"
            "地被服务。应该用 ct.start()。",
        ),
        S(
            "pause_reading",
            {"pane": "conn"},
            "We pause the first connection's reader (its Socket tab, Pause reading, framed): "
            "its thread stops calling recv(), like a handler busy with slow work.",
            "暂停第一个连接的读取（它的“套接字”标签页里的“暂停读取”，已框出）：它的线程不再调用 "
            "recv()，就像一个正忙于耗时工作的处理函数。",
            show=("conn:socket.pauseReadingButton",),
        ),
        S(
            "send",
            {"pane": "client", "text": "first"},
            "The first client sends 5 bytes. They wait in the kernel, because nobody on that "
            "connection calls recv() now.",
            "第一个客户端发送 5 个字节。它们停在内核里，因为这个连接上现在没有人调用 recv()。",
        ),
        S(
            "send",
            {"pane": "c2", "text": "second"},
            "The second client sends 6 bytes.",
            "第二个客户端发送 6 个字节。",
        ),
        S(
            "wait_received",
            {"pane": "conn2", "bytes": 6},
            "The second connection received its bytes at once: its thread is not held up by "
            "the first one. Threads keep the code simple (plain blocking calls), but each costs "
            "memory, thousands get expensive, and shared data needs locks.",
            "第二个连接立刻收到了它的字节：它的线程不受第一个连接拖累。线程让代码保持简单"
            "（普通的阻塞调用），但每个线程都要占内存，成千上万个就很昂贵，共享数据还需要加锁。",
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
            "第一个连接仍然是 0 字节（已框出；它下面是第二个连接的 6 字节），尽管它的客户端"
            "发送了 5 个字节（右边已框出）。另外两种方式：每个客户端一个进程（fork()、"
            "socketserver.ForkingMixIn）把客户端相互隔离，一个崩溃不会拖垮整个服务器，但开销"
            "更大，数据只能通过 IPC 共享。select()（selectors、asyncio）用一个线程和非阻塞"
            "套接字服务所有套接字：能扩展到大量连接，但任何处理函数都绝不能阻塞。",
            show=("conn.bytesReceived", "conn2.bytesReceived", "client.bytesSent"),
        ),
    ),
)

NONBLOCKING = Lesson(
    name="nonblocking-select",
    concept=15,
    title_en="Blocking, non-blocking and select(): waiting until a socket is readable",
    title_zh="阻塞、非阻塞与 select()：等到套接字可读",
    steps=(
        S(
            "start_server",
            {},
            "A server. Every socket in this program has threads of its own: a call that "
            "cannot finish yet waits in its thread, and the window stays responsive.",
            "启动一个服务器。这个程序里的每个套接字都有自己的线程：暂时无法完成的调用就在"
            "自己的线程里等待，窗口照样能响应。",
        ),
        S(
            "connect",
            {},
            "A client connects. The server's connection has a reader thread that works like a "
            "tiny select() loop: it waits with poll() until the socket is readable, and only "
            "then calls recv().",
            "一个客户端连接上来。服务器端连接的读线程就像一个小小的 select() 循环：它先用 poll() "
            "等到套接字可读，然后才调用 recv()。",
        ),
        S(
            "pause_reading",
            {"pane": "conn"},
            "We pause reading on the server's connection: from now on, when poll() reports the "
            "socket readable, the thread does not call recv().",
            "暂停服务器端连接的读取：从现在起，即使 poll() 报告套接字可读，这个线程也不调用 "
            "recv()。",
        ),
        S(
            "send",
            {"pane": "client", "text": "hello, select()"},
            "The client sends 15 bytes. The server's connection became readable, but nobody "
            "calls recv(), so the bytes stay in its kernel.",
            "客户端发送 15 个字节。服务器端的连接变得可读了，但没有人调用 recv()，所以这些字节"
            "留在它的内核里。",
        ),
        S(
            "show_tab",
            {"pane": "conn", "tab": "socket"},
            "The Socket tab: the receive-queue gauge shows the 15 bytes waiting in the kernel. "
            '"Readable" means a recv() would return at once; it does not mean anyone read the '
            "data.",
            "“套接字”标签页：接收队列指示条显示有 15 个字节在内核里等待。“可读”的意思是此时"
            "调用 recv() 会立即返回，并不代表已经有人读取了数据。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "recvCalls", "value": 0},
            "No recv() call yet. After setblocking(False), recv() never waits: here it would "
            "return the 15 bytes at once, and on an empty socket it raises BlockingIOError "
            "(EAGAIN) instead. select() tells a single thread which of many sockets are ready.",
            "还没有任何 recv() 调用。调用 setblocking(False) 之后，recv() 永远不会等待：此刻它会"
            "立即返回这 15 个字节，而在没有数据的套接字上它会抛出 BlockingIOError（EAGAIN），"
            "而不是等待。select() 告诉单个线程，许多套接字中哪些已经就绪。",
        ),
        S(
            "pause_reading",
            {"pane": "conn", "on": False},
            "Resume reading: the thread calls recv(), which returns at once, because the data "
            "was already there.",
            "恢复读取：线程调用 recv()，它立即返回，因为数据早已在那里。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 15},
            "Received, and the gauge is back to 0. Here the socket was blocking (the "
            "default I/O mode): its thread waits for readability, then recv() returns at "
            'once. The lessons "Non-blocking recv(): BlockingIOError instead of waiting" and '
            '"select() says which socket is ready" switch a socket to non-blocking (Socket '
            "tab, I/O mode) and show BlockingIOError and select() as rows of their own.",
            "收到了，指示条回到 0。这里的套接字是阻塞的（默认的 I/O 模式）：它的线程先等到可读，"
            "然后 recv() 立即返回。课程“非阻塞的 recv()：不等待，而是抛出 BlockingIOError”和"
            "“select() 告诉你哪个套接字已经就绪”把套接字改为非阻塞（“套接字”页的 I/O 模式），"
            "把 BlockingIOError 和 select() 作为单独的行显示出来。",
        ),
    ),
)


LESSONS = [THREE_WAYS, NONBLOCKING]
