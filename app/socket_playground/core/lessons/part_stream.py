"""Lessons on TCP as a byte stream: loopback, equal peers, partial send/recv."""

from __future__ import annotations

from . import Lesson, Step

S = Step

PARTIAL = Lesson(
    name="partial-send-recv",
    concept=8,
    title_en="send() and recv() may move fewer bytes than you asked",
    title_zh="send() 和 recv() 处理的字节可能比你要求的少",
    steps=(
        S(
            "start_server",
            {},
            "We start a server: socket(), bind() to 127.0.0.1 with port 0 "
            "(the OS picks a free port), listen(5). Its pane shows each call in the timeline.",
            "启动一个服务器：socket()，bind() 到 127.0.0.1 的 0 号端口（由操作系统挑选空闲端口），"
            "listen(5)。它的面板在时间线里列出每一次调用。",
        ),
        S(
            "connect",
            {},
            "A client connects. accept() on the server returns a new socket for "
            "this connection; it appears as its own pane, the connection's other end.",
            "一个客户端连接上来。服务器上的 accept() 为这个连接返回一个新的套接字；"
            "它作为单独的面板出现，是这个连接的另一端。",
        ),
        S(
            "set_recv_size",
            {"pane": "conn", "size": 10},
            "The server's connection will now call recv(10): it asks for at most 10 bytes "
            "per call.",
            "服务器端的连接现在调用 recv(10)：每次调用最多只要 10 个字节。",
        ),
        S(
            "send",
            {"pane": "client", "text": "The quick brown fox jumps over the lazy dog"},
            "The client sends 43 bytes with one send() call. The kernel took them all, so "
            "send() returned 43: see the client's chunk table.",
            "客户端用一次 send() 调用发送 43 个字节。内核全部接收了，所以 send() 返回 43："
            "看客户端的数据块表。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 43},
            "One send() arrived as several recv() results of at most 10 bytes: 10, 10, 10, "
            "10, 3. TCP moves a stream of bytes, not messages; recv(n) returns whatever is "
            "there, up to n.",
            "一次 send() 到达时变成了若干个最多 10 字节的 recv() 结果：10、10、10、10、3。"
            "TCP 传输的是字节流，不是消息；recv(n) 返回已到达的数据，最多 n 个字节。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "recvCalls", "min": 5},
            "Five recv() calls for one send(): a program that assumes one recv() per send() "
            "is wrong. It must loop until it has the whole message.",
            "一次 send() 对应了五次 recv()：假设一次 send() 对应一次 recv() 的程序是错的。"
            "它必须循环，直到收齐整条消息。",
        ),
        S(
            "set_option",
            {"pane": "client", "option": "SO_SNDBUF", "value": 16384},
            "The pieces above are 10 bytes because we asked recv() for 10. Now the other "
            "half: the client's kernel send buffer is made small (SO_SNDBUF 16384; Linux "
            "doubles it).",
            "上面的数据块是 10 字节，因为我们让 recv() 只要 10 个字节。现在看另一半："
            "把客户端内核的发送缓冲区调小（SO_SNDBUF 16384；Linux 会把它翻倍）。",
        ),
        S(
            "set_io_mode",
            {"pane": "client", "mode": "nonblocking"},
            "The client's socket becomes non-blocking (Socket tab, I/O mode: "
            "setblocking(False), see its timeline). A blocking send() on Linux waits until "
            "it has taken every byte; a non-blocking one takes what fits and returns at once.",
            "客户端的套接字改为非阻塞（“套接字”页的 I/O 模式：setblocking(False)，见它的时间线）。"
            "在 Linux 上，阻塞的 send() 会一直等到收下全部字节；"
            "非阻塞的 send() 只收下放得下的部分，立即返回。",
        ),
        S(
            "pause_reading",
            {"pane": "conn"},
            "The server's connection stops calling recv(): bytes will pile up in its "
            "kernel, then in the client's, and the client's send() calls will find less "
            "and less room.",
            "服务器端的连接停止调用 recv()：字节先堆在它的内核里，再堆在客户端的内核里，"
            "客户端的 send() 调用能用的空间越来越少。",
        ),
        S(
            "repeat",
            {"pane": "client", "text": "x" * 65536, "count": 64, "interval_ms": 0, "wait": False},
            "The client sends 64 blocks of 65,536 bytes, one send(65536) call each.",
            "客户端发送 64 块、每块 65,536 字节的数据，每块调用一次 send(65536)。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "wouldBlockCount", "min": 1},
            "There it is: a send() of 65,536 bytes returned less (see the client's chunk "
            "table: Bytes is smaller than the call asked), and once the buffer was full the "
            "next send() raised BlockingIOError (the timeline's EAGAIN rows); the program "
            "then waits in select() until there is room and sends the rest, which is what "
            "sendall() does for you. Code that ignores send()'s return value loses bytes.",
            "出现了：某次发送 65,536 字节的 send() 返回的值更小（看客户端数据块表：“字节数”比调用"
            "要求的少）；缓冲区满了以后，下一次 send() 抛出 BlockingIOError"
            "（时间线里的 EAGAIN 行）；"
            "程序随后在 select() 里等到有空间，再发送剩下的部分，这正是 sendall() 替你做的事。"
            "忽略 send() 返回值的代码会丢数据。",
            show=("client.partialSends", "client:timeline"),
        ),
        S(
            "expect",
            {"pane": "client", "prop": "partialSends", "min": 1},
            "Checked: at least one partial send (its row selected in the client's chunk table).",
            "已检查：至少有一次部分发送（客户端数据块表里选中的那一行）。",
            show=("client.partialSends", "client:timeline"),
        ),
        S(
            "set_recv_size",
            {"pane": "conn", "size": 65536},
            "Before reading again, the server's connection asks for up to 65,536 bytes per "
            "recv() call instead of 10, so the 4 MB do not take 400,000 calls.",
            "恢复读取之前，服务器端的连接把每次 recv() 的上限从 10 改成 65,536 字节，"
            "免得这 4 MB 要调用 40 万次。",
        ),
        S(
            "pause_reading",
            {"pane": "conn", "on": False},
            "Reading resumes: the queued bytes flow again and every block arrives, in order.",
            "恢复读取：排队的字节重新流动，每一块都按顺序到达。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 43 + 64 * 65536},
            "All 4,194,347 bytes arrived (the server's counters, framed): one stream, however "
            "send() and recv() cut it. On the right, the client's partial send() is still "
            "selected.",
            "全部 4,194,347 个字节都到了（服务器的计数，已框出）：无论 send() 和 recv() 怎么切分，"
            "它都是同一个字节流。"
            "右边客户端那次部分发送的 send() 仍然是选中的。",
            show=("conn.bytesReceived", "client.partialSends"),
        ),
    ),
)

LOOPBACK = Lesson(
    name="loopback-ipc",
    concept=6,
    title_en="IPC on one machine: TCP over loopback",
    title_zh="同一台机器上的进程间通信：走回环地址的 TCP",
    steps=(
        S(
            "start_server",
            {},
            "The server is bound to 127.0.0.1, the loopback address: only programs on this "
            "machine can reach it. This is the HOWTO's advice for IPC with AF_INET sockets: "
            "bind the server socket to 'localhost'.",
            "服务器绑定在回环地址 127.0.0.1 上：只有本机上的程序能连到它。这正是 HOWTO 对"
            "用 AF_INET 套接字做进程间通信（IPC）的建议：把服务器套接字绑定到 'localhost'。",
        ),
        S(
            "connect",
            {},
            "The client connected to it. Both addresses in the pane headers start with 127.0.0.1: "
            "both ends of this TCP connection live on this machine.",
            "客户端连上了它。两个面板标题里的地址都以 127.0.0.1 开头：这条 TCP 连接的两端都在"
            "本机上。",
        ),
        S(
            "repeat",
            {"pane": "client", "text": "0123456789" * 100, "count": 1000, "interval_ms": 0},
            "The client called send() 1000 times with 1000 bytes each, with no pause: "
            "1,000,000 bytes. Every call is a row in the client's chunk table, and the counter "
            "line above it adds them up.",
            "客户端不停顿地调用了 1000 次 send()，每次 1000 字节：一共 1,000,000 字节。"
            "每次调用都是客户端数据块表里的一行，表格上方的计数行给出总数。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 1_000_000},
            "All 1,000,000 bytes have arrived. On loopback no network card is involved: the "
            "kernel copies the bytes in memory from one socket's send buffer to the other's "
            "receive buffer. It is still complete TCP (segments, ACKs, flow control), only "
            "without a wire.",
            "1,000,000 字节全部到达。走回环地址时不经过任何网卡：内核在内存里把字节从一个"
            "套接字的发送缓冲区复制到另一个的接收缓冲区。这仍然是完整的 TCP（报文段、ACK、"
            "流量控制），只是没有网线。",
        ),
        S(
            "show_tab",
            {"pane": "conn", "tab": "timeline"},
            "The server connection's timeline groups its recv(4096) calls. Each returned whatever "
            "had arrived, at most 4096 bytes, so the recv() calls do not line up with the 1000 "
            "send() calls. How long it all took depends on this machine and its load: compare "
            "the first and last times, but don't treat one run as a benchmark.",
            "服务器端连接的时间线把 recv(4096) 调用归并显示。每次调用返回当时已到达的数据，"
            "最多 4096 字节，所以 recv() 调用和那 1000 次 send() 对不上。整个过程花了多少时间"
            "取决于这台机器和它当时的负载：可以比较第一行和最后一行的时间，但别把一次运行"
            "当作性能测试。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "recvCalls", "min": 245},
            "Checked: at least 245 recv() calls, because each takes at most 4096 bytes. Two "
            "notes on the HOWTO: pipes, shared memory or AF_UNIX sockets can be faster still "
            "for IPC (multiprocessing wraps them), and on Linux even a connection to the "
            "machine's own network address is delivered internally like this. Binding to "
            "127.0.0.1 mainly makes sure no other machine can connect.",
            "已检查：至少 245 次 recv()，因为每次最多取 4096 字节。关于 HOWTO 的两点补充："
            "做 IPC 时，管道、共享内存或 AF_UNIX 套接字可能更快（multiprocessing 封装了它们）；"
            "而且在 Linux 上，即使连接的是本机自己的网络地址，数据也会像这样在内核内部投递。"
            "绑定到 127.0.0.1 主要是为了保证别的机器连不进来。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "receiveRate", "min": 1},
            "The connection's counters end with a throughput figure (MB/s, from its first to "
            "its last recv() result). Here it measures this program as much as loopback: "
            "every recv() is recorded and shown. A plain Python receive loop goes faster, and "
            "the figure changes from run to run.",
            "连接的计数行末尾有一个吞吐量数字（MB/s，从第一次到最后一次 recv() 结果计算）。"
            "这里它测到的既是回环地址，也是这个程序本身：每次 recv() 都被记录和显示。"
            "一个普通的 Python 接收循环会更快，而且这个数字每次运行都不一样。",
        ),
    ),
)

PEERS = Lesson(
    name="equal-peers",
    concept=7,
    title_en="Both ends are equal peers; someone must speak first",
    title_zh="连接的两端是平等的；总得有一方先开口",
    steps=(
        S(
            "start_server",
            {},
            "We start a server: socket(), bind(), listen(). Its listening socket will only "
            "produce connections; it never sends or receives.",
            "启动一个服务器：socket()、bind()、listen()。它的监听套接字只负责产生连接，"
            "自己从不收发数据。",
        ),
        S(
            "connect",
            {},
            "A client connected, and accept() gave the server a socket for this connection. "
            "From now on the two ends are equal: each has a send box and reads with recv(). "
            '"Client" and "server" only said who called connect() and who called accept().',
            "一个客户端连上来，accept() 为这个连接给了服务器一个套接字。从现在起两端是平等的："
            "各有一个发送框，都用 recv() 读数据。“客户端”和“服务器”只说明了谁调用了 "
            "connect()、谁调用了 accept()。",
        ),
        S(
            "wait_ms",
            {"ms": 1000},
            "A second passed and nothing happened. Each side's reader is blocked waiting for "
            "data that will never come: two polite listeners, a deadlock. Only the "
            "background threads keep this window alive; a one-thread program would hang.",
            "过去了一秒，什么也没发生。两端的读取线程都阻塞着，等待永远不会来的数据："
            "两个都在礼貌地听，结果是死锁。只是因为有后台线程，这个窗口才没有卡住；单线程程序会挂住。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "callsInProgress", "value": "recv(4096)"},
            "The client is in recv(4096) and has received nothing (under its chunk table: in "
            "progress: recv(4096), with the time it has waited so far).",
            "客户端正在 recv(4096) 里等待，什么也没收到（它的数据块表下方：进行中：recv(4096)，"
            "以及已经等了多久）。",
        ),
        S(
            "wait_prop",
            {"pane": "conn", "prop": "callsInProgress", "value": "recv(4096)"},
            "So is the server's connection: both ends are in recv(4096) at the same time.",
            "服务器端的连接也是：两端同时都在 recv(4096) 里等待。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "bytesReceived", "value": 0},
            "Checked: the server's connection has received 0 bytes too. Neither side can "
            'tell the other is waiting: TCP carries no "your turn" signal.',
            "已检查：服务器端的连接也收到 0 字节。哪一端都不知道对方也在等：TCP 里没有"
            "“轮到你了”这样的信号。",
        ),
        S(
            "send",
            {"pane": "conn", "text": "220 ready\\r\\n"},
            "The server spoke first: it sent an 11-byte greeting, the way an SMTP or FTP "
            "server greets every new client. The row in its chunk table shows send() "
            "returned 11.",
            "服务器先开口：它发送了 11 字节的问候语，就像 SMTP 或 FTP 服务器问候每个新客户端"
            "那样。它的数据块表里那一行显示 send() 返回了 11。",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": 11},
            "The client's recv() returned the greeting, and the client could now answer. A "
            "protocol must define who speaks first: in HTTP the client sends its request "
            "first, in SMTP the server greets first. If both sides wait, nothing ever happens.",
            "客户端的 recv() 返回了这句问候，现在客户端可以回应了。协议必须规定谁先说话："
            "HTTP 里客户端先发请求，SMTP 里服务器先打招呼。如果双方都在等，就什么也不会发生。",
        ),
    ),
)

LESSONS = [LOOPBACK, PEERS, PARTIAL]
