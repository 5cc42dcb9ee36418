"""Lessons on ending a connection: recv() returning b'', half-close, close() and
abort (RST)."""

from __future__ import annotations

from . import Lesson, Step

S = Step

REQUEST = "time please"  # 11 bytes
REPLY = "It is 10:30"  # 11 bytes

EOF_LESSON = Lesson(
    name="recv-returns-empty",
    concept=9,
    title_en="recv() returning b'' means the peer closed",
    title_zh="recv() 返回 b'' 表示对方已关闭",
    steps=(
        S(
            "start_server",
            {},
            "We start a server: socket(), bind() to 127.0.0.1, listen(5).",
            "启动一个服务器：socket()、bind() 到 127.0.0.1、listen(5)。",
        ),
        S(
            "connect",
            {},
            "A client connects; accept() gives the server its own socket for the connection.",
            "一个客户端连接上来；accept() 为这个连接给了服务器一个单独的套接字。",
        ),
        S(
            "send",
            {"pane": "client", "text": "last words"},
            "The client sends 10 bytes: send() returned 10.",
            "客户端发送 10 个字节：send() 返回 10。",
        ),
        S(
            "close",
            {"pane": "client"},
            "The client called close(). Its kernel sends a FIN after the bytes already sent: "
            '"I will send nothing more". (The program first calls shutdown(SHUT_RD) to wake '
            "its own reader thread; that sends nothing to the peer.)",
            "客户端调用了 close()。它的内核在已发送的字节之后发出 FIN：“我不会再发送任何"
            "东西了”。（程序先调用 shutdown(SHUT_RD) 来唤醒自己的读线程；这一步不会向对方"
            "发送任何东西。）",
        ),
        S(
            "wait_state",
            {"pane": "conn", "state": "peer-closed"},
            "On the server, recv() first returned the 10 bytes, then returned b'' (0 bytes): "
            "the end-of-stream row in its chunk table. That is how TCP tells you the peer "
            'closed. It never means "no data yet": a blocking recv() waits for data, and '
            "b'' only comes at the end.",
            "在服务器端，recv() 先返回了那 10 个字节，接着返回 b''（0 字节）：就是数据块表里"
            "表示流结束的那一行。TCP 正是这样告诉你对方已经关闭。它绝不表示“暂时没有数据”："
            "阻塞的 recv() 会一直等数据，只有到了结尾才返回 b''。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "state", "value": "peer-closed"},
            "Checked: the connection's badge reads peer closed. A receive loop must stop at b'' "
            "(if not chunk: break); a loop that ignores it spins forever, since every "
            "further recv() returns b'' at once. The HOWTO's myreceive raises \"socket "
            'connection broken" here, which is right when a fixed-length message was cut short.',
            "已检查：连接的状态标记显示“对端已关闭”。接收循环必须在遇到 b'' 时停下"
            "（if not chunk: break）；忽略它的循环会空转下去，因为之后每次 recv() 都会立即"
            "返回 b''。HOWTO 的 myreceive 在这里抛出 “socket connection broken”，如果一条定长"
            "消息被截断，这样做是对的。",
        ),
        S(
            "send",
            {"pane": "conn", "text": "bye"},
            "The server could still call send(), and it returned 3: the kernel took the bytes. "
            "Nobody will read them: the client's socket is gone, so its kernel answers with "
            "RST. The next send() would fail with BrokenPipeError (EPIPE) on Linux, or "
            "ECONNRESET on some systems.",
            "服务器仍然可以调用 send()，而且它返回了 3：内核收下了这些字节。但没有人会读到它们："
            "客户端的套接字已经不存在了，所以它的内核回了一个 RST。下一次 send() 就会失败："
            "在 Linux 上是 BrokenPipeError（EPIPE），在某些系统上是 ECONNRESET。",
        ),
        S(
            "send",
            {"pane": "conn", "text": "again", "expect": "error"},
            "And so it does: this send() raised an error, shown in red under the badge "
            "(EPIPE, broken pipe, on Linux). A program that keeps writing after the peer "
            "closed gets this error, or the SIGPIPE signal in C; Python ignores SIGPIPE and "
            "raises BrokenPipeError instead.",
            "果然如此：这次 send() 出错了，错误用红字显示在状态标记下面（在 Linux 上是 EPIPE，"
            "管道已断开）。对方关闭后还继续写的程序会得到这个错误，在 C 里则会收到 SIGPIPE 信号；"
            "Python 忽略 SIGPIPE，改为抛出 BrokenPipeError。",
        ),
        S(
            "show_tab",
            {"pane": "conn", "tab": "timeline"},
            "The connection's timeline tells the whole story: recv() returned 10 bytes, then "
            "b'' (the peer closed), then send(3) returned 3, then a send() failed. send() "
            "succeeding only means the "
            "kernel accepted the bytes, not that the peer read them. After b'', close your "
            "socket too. A peer that wants to stop "
            "sending but still hear a reply uses shutdown(SHUT_WR) instead of close().",
            "连接的时间线讲清了整个过程：recv() 先返回 10 个字节，然后返回 b''（对方已关闭），"
            "接着 send(3) 返回了 3，然后一次 send() 失败了。send() 成功只说明内核接收了这些字节，"
            "并不说明对方读到了。"
            "收到 b'' 之后，"
            "你也应该关闭自己的套接字。如果一方只想停止发送、但还要听对方的回复，应该用 "
            "shutdown(SHUT_WR) 而不是 close()。",
        ),
    ),
)


HALF_CLOSE = Lesson(
    name="half-close",
    concept=13,
    title_en='shutdown(SHUT_WR): "I am done sending", but still listening',
    title_zh="shutdown(SHUT_WR)：“我不再发送了”，但仍然可以接收",
    steps=(
        S(
            "start_server",
            {},
            "We start a server: socket(), bind() to 127.0.0.1 with port 0 "
            "(the OS picks a free port), listen(5).",
            "启动一个服务器：socket()，bind() 到 127.0.0.1 的 0 号端口（由操作系统挑选空闲端口），"
            "listen(5)。",
        ),
        S(
            "connect",
            {},
            "A client connects and accept() gives the server a new socket for "
            "this connection (the Connection pane). From now on the two ends are equal peers.",
            "一个客户端连接上来，accept() 为这个连接给服务器返回一个新的套接字（“连接”面板）。"
            "从现在起，两端是对等的。",
        ),
        S(
            "send",
            {"pane": "client", "text": REQUEST},
            "The client sends an 11-byte request. The bytes alone cannot tell the server "
            "whether more will follow: a TCP stream has no message boundaries.",
            "客户端发送一个 11 字节的请求。仅凭这些字节，服务器无法知道后面是否还有数据："
            "TCP 字节流没有消息边界。",
        ),
        S(
            "shutdown",
            {"pane": "client", "how": "SHUT_WR"},
            'The client calls shutdown(SHUT_WR): "I will send nothing more". Its kernel '
            "sends a FIN after the bytes already queued. The socket stays open: its badge "
            "reads half-closed, and it can still receive.",
            "客户端调用 shutdown(SHUT_WR)：“我不会再发送了”。它的内核在已排队的字节之后发出 FIN。"
            "套接字仍然打开：状态显示 half-closed（半关闭），它仍然可以接收。",
        ),
        S(
            "wait_state",
            {"pane": "conn", "state": "peer-closed"},
            "On the server, recv() returned the request, then b'': end of stream, so the "
            "request is complete. b'' only means the peer will send no more; the server's "
            "own sending direction is still open.",
            "在服务器端，recv() 先返回了请求，然后返回 b''：流结束了，所以请求已经完整。"
            "b'' 只表示对方不会再发送数据；服务器自己的发送方向仍然是打开的。",
        ),
        S(
            "send",
            {"pane": "conn", "text": REPLY},
            "The server replies on the same socket, and send() succeeds: a peer that "
            "shut down its sending side can still be sent to.",
            "服务器在同一个套接字上回复，send() 成功了：对方关闭的只是它自己的发送方向，"
            "仍然可以向它发送数据。",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": len(REPLY)},
            "The half-closed client receives the reply. shutdown(SHUT_WR) closed one "
            "direction of the connection only; data still flows the other way.",
            "处于半关闭状态的客户端收到了回复。shutdown(SHUT_WR) 只关闭了连接的一个方向；"
            "另一个方向的数据照常流动。",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "state", "value": "half-closed"},
            "The client is still half-closed, and could now close() its socket. Had it "
            "called close() instead of shutdown(SHUT_WR), it would have given up the socket "
            "in both directions: no recv() of the reply, and its kernel would answer the "
            "reply's arrival with RST.",
            "客户端仍处于半关闭状态，现在可以 close() 它的套接字了。如果它当初调用的是 close() "
            "而不是 shutdown(SHUT_WR)，就等于在两个方向上都放弃了这个套接字：无法再用 recv() "
            "读取回复，而且回复到达时它的内核会用 RST 回应。",
        ),
    ),
)

CLOSE_ABORT = Lesson(
    name="close-vs-abort",
    concept=14,
    title_en="When sockets die: close() sends FIN, abort sends RST",
    title_zh="套接字的终结：close() 发送 FIN，abort 发送 RST",
    steps=(
        S(
            "start_server",
            {},
            "We start a server on 127.0.0.1; the OS picks the port.",
            "在 127.0.0.1 上启动一个服务器；端口由操作系统挑选。",
        ),
        S(
            "connect",
            {},
            "First connection: the client and, on the server, the "
            "connection that accept() returned.",
            "第一个连接：客户端，以及服务器端由 accept() 返回的连接。",
        ),
        S(
            "connect",
            {"name": "c2", "accepted": "conn2"},
            "A second client connects: a second, independent connection to the same "
            "server. The server will end the two connections in different ways; watch "
            "the two client panes.",
            "第二个客户端连接上来：这是到同一个服务器的第二个独立连接。"
            "服务器将用不同的方式结束这两个连接；请观察两个客户端面板。",
        ),
        S(
            "close",
            {"pane": "conn"},
            "The server ends the first connection with close(). (The program first calls "
            "shutdown(SHUT_RD) to wake its own reader thread; that sends nothing to the "
            "peer.) With nothing left unread, the kernel sends FIN: an orderly end.",
            "服务器用 close() 结束第一个连接。（程序先调用 shutdown(SHUT_RD) 唤醒自己的读取线程，"
            "这不会向对方发送任何东西。）没有未读的数据，所以内核发送 FIN：正常结束。",
        ),
        S(
            "wait_state",
            {"pane": "client", "state": "peer-closed"},
            "The first client's recv() returned b'': end of stream. That is the normal way "
            "to learn that the peer closed; it is not an error.",
            "第一个客户端的 recv() 返回了 b''：流结束。这是得知对方已关闭的正常方式，并不是错误。",
        ),
        S(
            "abort",
            {"pane": "conn2"},
            "The server aborts the second connection: setsockopt(SO_LINGER) on with "
            "0 seconds, then close(). With a zero linger time the kernel throws away "
            "anything unsent and sends RST (reset) instead of FIN.",
            "服务器中止第二个连接：setsockopt(SO_LINGER) 开启且时间为 0 秒，然后 close()。"
            "延迟时间为 0 时，内核丢弃所有未发送的数据，发送 RST（复位）而不是 FIN。",
        ),
        S(
            "wait_state",
            {"pane": "c2", "state": "aborted"},
            "The second client's recv() raised ConnectionResetError (ECONNRESET): the "
            "connection was reset, not ended in order. Its badge reads aborted, and it stays "
            "so: a reset connection never later looks closed in order.",
            "第二个客户端的 recv() 抛出了 ConnectionResetError（ECONNRESET）：连接被复位，"
            "而不是正常结束。它的状态标记显示“已中止”，并且一直如此：被复位的连接之后"
            "不会显示为正常关闭。",
        ),
        S(
            "expect",
            {"pane": "c2", "prop": "lastError", "value": "ECONNRESET"},
            "FIN gives b'', RST gives ECONNRESET. A peer that vanishes with neither (cable "
            "pulled, power lost) sends nothing, so a blocked recv() just waits; only a "
            "timeout (settimeout()) or SO_KEEPALIVE probes (on Linux after 2 idle hours by "
            "default) eventually notice it. If we send to it, TCP retransmits and finally "
            "fails with ETIMEDOUT (about 15 minutes with Linux defaults).",
            "FIN 带来 b''，RST 带来 ECONNRESET。如果对方既没发 FIN 也没发 RST 就消失了"
            "（网线被拔、断电），它什么也不会发送，阻塞的 recv() 只会一直等待；"
            "只有超时（settimeout()）或 SO_KEEPALIVE 探测（Linux 默认空闲 2 小时后才开始）"
            "最终才能发现。如果我们向它发送数据，TCP 会不断重传，最后以 ETIMEDOUT 失败"
            "（Linux 默认约 15 分钟）。",
            show=("c2.lastError", "conn2.state"),
        ),
        S(
            "expect",
            {"pane": "client", "prop": "state", "value": "peer-closed"},
            "Side by side in the Clients column (both framed): the first client reads peer "
            "closed (FIN: recv() returned b''), the second aborted: ECONNRESET (RST), with the "
            "reason in red. On the server's side, the first connection is closed, the second "
            "aborted.",
            "在“客户端”栏里并排（都已框出）：第一个客户端显示“对端已关闭”（FIN：recv() 返回 "
            "b''），第二个显示“已中止: ECONNRESET”（RST），红字写明了原因。在服务器那边，"
            "第一个连接是“已关闭”，第二个是“已中止”。",
            show=("client.state", "c2.lastError", "conn.state", "conn2.state"),
        ),
    ),
)

LESSONS = [EOF_LESSON, HALF_CLOSE, CLOSE_ABORT]
