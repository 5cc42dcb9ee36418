"""Lessons on what the kernel keeps of a connection: its TCP states (read with
getsockopt TCP_INFO, and from the kernel's table after close())."""

from __future__ import annotations

from . import Lesson, Step

S = Step

TIME_WAIT = Lesson(
    name="time-wait",
    concept=14,
    title_en="TIME_WAIT: the side that closes first waits; an abort does not",
    title_zh="TIME_WAIT：先关闭的一端要等待；abort 则不会",
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
            "A client connects; the server's accept() returns the connection's other end.",
            "一个客户端连接上来；服务器的 accept() 返回这个连接的另一端。",
        ),
        S(
            "show_tab",
            {"pane": "conn", "tab": "socket"},
            "The server's connection shows its Socket tab: at the bottom of the queues, the "
            "kernel's own word on the connection (getsockopt TCP_INFO).",
            "服务器端的连接打开“套接字”标签页：在队列下方是内核自己对这条连接的描述"
            "（getsockopt TCP_INFO）。",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "socket"},
            "So does the client.",
            "客户端也一样。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "tcpState", "value": "ESTABLISHED"},
            "Both ends are ESTABLISHED: the handshake is done and either may send.",
            "两端都是 ESTABLISHED：握手已完成，双方都可以发送。",
        ),
        S(
            "shutdown",
            {"pane": "client", "how": "SHUT_WR"},
            'The client ends first: shutdown(SHUT_WR) sends FIN ("I am done sending").',
            "客户端先结束：shutdown(SHUT_WR) 发送 FIN（“我不再发送了”）。",
        ),
        S(
            "wait_prop",
            {"pane": "conn", "prop": "tcpState", "value": "CLOSE_WAIT"},
            "The server's kernel received the FIN and acknowledged it. Its side is now "
            "CLOSE_WAIT: waiting for its own program to close. A server with many CLOSE_WAIT "
            "connections has a program that forgets to close().",
            "服务器的内核收到了 FIN 并确认了它。它这一端现在是 CLOSE_WAIT：等待自己的程序"
            "关闭。如果服务器上有很多 CLOSE_WAIT 连接，说明它的程序忘了调用 close()。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "tcpState", "value": "FIN_WAIT2"},
            "The client's side is FIN_WAIT2: its FIN was acknowledged, and it waits for "
            "the server's.",
            "客户端这一端是 FIN_WAIT2：它的 FIN 已被确认，正在等待服务器的 FIN。",
        ),
        S(
            "close",
            {"pane": "conn"},
            "The server closes too: its FIN goes out, and the client's kernel acknowledges it.",
            "服务器也关闭：它的 FIN 发出，客户端的内核确认了它。",
        ),
        S(
            "wait_prop",
            {"pane": "client", "prop": "tcpState", "value": "TIME_WAIT"},
            "The side that closed first, the client, is now in TIME_WAIT, read from the "
            "kernel's table: the kernel keeps the connection's addresses and ports for a "
            "while (60 s on Linux), so that a late segment of this connection is not taken "
            "for part of a new one with the same four numbers, and so that its last ACK can "
            "be sent again if it was lost. The server's side is gone. (This is why a server "
            "that closes first and restarts at once needs SO_REUSEADDR.)",
            "先关闭的一端，即客户端，现在处于 TIME_WAIT（取自内核的连接表）：内核会把这个连接的"
            "地址和端口保留一段时间（Linux 上为 60 秒），这样这个连接迟到的报文段不会被当成"
            "使用相同四元组的新连接的一部分，而且最后的 ACK 丢失时还能重发。服务器那一端已经"
            "消失。（所以先关闭连接、又立即重启的服务器需要 SO_REUSEADDR。）",
            show=("client:socket.tcpState", "conn.state"),
        ),
        S(
            "connect",
            {"name": "c2", "accepted": "conn2"},
            "A second connection, to end the other way.",
            "第二个连接，用另一种方式结束。",
        ),
        S(
            "show_tab",
            {"pane": "conn2", "tab": "socket"},
            "Its server side's Socket tab: ESTABLISHED, as every open connection.",
            "它服务器端的“套接字”标签页：ESTABLISHED，和所有打开的连接一样。",
        ),
        S(
            "abort",
            {"pane": "conn2"},
            "The server aborts it: SO_LINGER on with 0 s, then close(). The kernel sends "
            "RST instead of FIN.",
            "服务器中止它：SO_LINGER 开启且为 0 秒，然后 close()。内核发送 RST 而不是 FIN。",
        ),
        S(
            "wait_prop",
            {"pane": "conn2", "prop": "tcpState", "value": ""},
            "No TIME_WAIT after an abort: the kernel forgot the connection at once (the "
            "Socket tab says it is gone). That frees the port at once, and is why some "
            "servers abort on purpose; but late segments are then not guarded against, and "
            "the client's recv() raises ECONNRESET instead of seeing an orderly end.",
            "中止之后没有 TIME_WAIT：内核立即忘掉了这个连接（“套接字”标签页显示它已消失）。"
            "这样端口立即空出，所以有些服务器会故意中止连接；但这样就不再防备迟到的报文段，"
            "客户端的 recv() 也会抛出 ECONNRESET，而不是看到正常结束。",
            show=("conn2:socket.tcpState", "c2.lastError"),
        ),
        S(
            "expect",
            {"pane": "client", "prop": "tcpState", "value": "TIME_WAIT"},
            "Both ends of the story at once, framed: on the right, the first client, which "
            "closed first, is still in TIME_WAIT; on the left, the aborted connection is gone "
            "from the kernel's table. (The second client, below the first, was reset: "
            "ECONNRESET.)",
            "两种结局同时可见，都已框出：右边是先关闭的第一个客户端，仍处于 TIME_WAIT；左边是被"
            "中止的连接，已经从内核的连接表里消失。（第二个客户端在第一个下面，它被复位了："
            "ECONNRESET。）",
            show=("client:socket.tcpState", "conn2:socket.tcpState"),
        ),
    ),
)

LESSONS = [TIME_WAIT]
