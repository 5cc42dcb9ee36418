"""Lessons on server sockets: accept(), bind addresses, privileged ports, the
listen() backlog, ways to serve many clients, and blocking vs non-blocking."""

from __future__ import annotations

from . import Lesson, Step

S = Step

# The backlog lesson names its port: while accepting is paused, the runner
# cannot wait for an accepted pane, so its clients connect to a port given by
# number (server=None). Below Linux's ephemeral range (32768-60999), so no
# outgoing connection holds it; the server form sets SO_REUSEADDR, so a rerun
# is not refused because of old connections in TIME_WAIT.
BACKLOG_PORT = 29517
PRIVILEGED_PORT = 1023

SERVER_SOCKET = Lesson(
    name="server-socket-accepts",
    concept=1,
    title_en="A server socket only produces connections; it never sends or receives",
    title_zh="服务器套接字只产生连接，从不收发数据",
    steps=(
        S(
            "start_server",
            {},
            "We start a server: socket(), bind(), listen(5), then accept() in a loop on its own "
            "thread. Look at its pane: no send box and no bytes view, only the accepted "
            "connections and a timeline (its Auto-reply settings only configure the sockets "
            "accept() will return). A server socket never sends or receives data.",
            "启动一个服务器：socket()、bind()、listen(5)，然后在它自己的线程里循环调用 accept()。"
            "看它的面板：没有发送框，也没有字节视图，只有“已接受的连接”列表和时间线"
            "（其中的自动回复设置只作用于 accept() 将返回的套接字）。"
            "服务器套接字从不发送、也从不接收数据。",
        ),
        S(
            "connect",
            {},
            "A client connects. accept() returned a new socket for this connection, shown as its "
            'own pane, "Connection … (from server …)". That child socket, not the server '
            "socket, is the server's end of the conversation: it has a send box.",
            "一个客户端连接上来。accept() 为这个连接返回了一个新的套接字，显示为单独的面板"
            "“连接 #…（来自服务器 #…）”。服务器这一端的对话由这个子套接字负责，而不是服务器套接字："
            "它有发送框。",
        ),
        # Connecting to the accepted socket's local port checks that it is the
        # server's port: anything else would be refused.
        S(
            "connect",
            {"name": "c2", "server": "conn", "accepted": "conn2"},
            "A second client connects to the same port; a second accept() returns a second "
            "child socket. Both children have the server's port as their local port, but their "
            "peers differ: the server's list of accepted connections shows two peer ports, the "
            "ephemeral ports the clients' connect() got (compare the client panes' headers). "
            "TCP tells connections apart by all four numbers: both addresses, both ports.",
            "第二个客户端连接到同一个端口；第二次 accept() 返回第二个子套接字。两个子套接字的"
            "本地端口都是服务器的端口，但对端不同：服务器的“已接受的连接”列表里有两个不同的对端"
            "端口，就是两个客户端的 connect() 分到的临时端口（对照客户端面板的标题栏）。TCP 靠"
            "四个数字区分连接：双方的地址和双方的端口。",
            show=("server.acceptedCount", "client.localPort", "c2.localPort"),
        ),
        S(
            "send",
            {"pane": "client", "text": "hello"},
            "The first client sends 5 bytes to the server's port.",
            "第一个客户端向服务器的端口发送 5 个字节。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 5},
            "They arrive at the first accepted socket: its recv() returned them. The HOWTO says "
            'both "clients" use a dynamically allocated port; in fact only the client end does: '
            "the accepted socket keeps the server's port.",
            "这些字节到达了第一个被接受的套接字：是它的 recv() 返回了它们。HOWTO 说两个"
            "“client”都使用动态分配的端口；实际上只有客户端那一头是这样：被接受的套接字沿用"
            "服务器的端口。",
        ),
        S(
            "expect",
            {"pane": "conn2", "prop": "bytesReceived", "value": 0},
            "The second connection received nothing: each conversation has its own socket, "
            "its own bytes and its own recv() calls.",
            "第二个连接什么也没收到：每个对话都有自己的套接字、自己的字节和自己的 recv() 调用。",
            show=("conn2.bytesReceived", "c2"),
        ),
        S(
            "expect",
            {"pane": "server", "prop": "recvCalls", "value": 0},
            "And the server socket made no recv() call and holds no bytes. It only produced the "
            "two client sockets and went back to accept(): its list of accepted connections "
            "(framed) holds both, with the clients' ports as peers; the second client, framed on "
            "the right, is one of them. Stop on it would close only the listening socket, and "
            "both connections would stay open.",
            "而服务器套接字一次 recv() 也没调用过，也没有任何字节。它只负责产生这两个客户端"
            "套接字，然后回到 accept()：它的“已接受的连接”列表（已框出）里有这两个连接，对端就是"
            "两个客户端的端口；右边框出的第二个客户端就是其中之一。对它按“停止”只会关闭监听套接字，"
            "两个连接仍然保持打开。",
            show=("server.acceptedCount", "c2.localPort"),
        ),
        S(
            "expect",
            {"pane": "server", "prop": "acceptedCount", "value": 2},
            "Checked: the server's list holds two accepted connections, and the server socket "
            "itself neither sent nor received a byte.",
            "已检查：服务器的列表里有两个已接受的连接，而服务器套接字本身没有发送、"
            "也没有接收过一个字节。",
            show=("server.acceptedCount", "c2.localPort"),
        ),
    ),
)

BIND_ADDRESS = Lesson(
    name="bind-address",
    concept=2,
    title_en="bind(): the address decides who can connect",
    title_zh="bind()：绑定的地址决定谁能连进来",
    steps=(
        S(
            "start_server",
            {},
            "The server called bind(('127.0.0.1', 0)) with the form's default host; see its "
            "timeline. The note under its title says what that means: loopback, only programs "
            "on this machine can connect. bind(('localhost', port)) is the same here: the name "
            "localhost resolves to 127.0.0.1.",
            "服务器用表单默认的主机调用了 bind(('127.0.0.1', 0))，见它的时间线。标题下方的说明"
            "指出了这意味着什么：回环地址，只有本机上的程序可以连接。bind(('localhost', port)) "
            "在这里也一样：localhost 这个名字解析为 127.0.0.1。",
        ),
        S(
            "connect",
            {},
            "A client on this machine connects to 127.0.0.1 and is accepted. Loopback works "
            "for every program on the same computer, whatever it is written in.",
            "本机上的一个客户端连接到 127.0.0.1，并被接受。对同一台计算机上的任何程序来说，"
            "回环地址都可以用，不论它是用什么语言写的。",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "timeline"},
            "The client's timeline shows connect(('127.0.0.1', …)), and its header shows its own "
            "address: 127.0.0.1 too. Loopback packets never leave the machine, and packets "
            "from the network addressed to 127.0.0.1 are dropped, so no other machine can connect.",
            "客户端的时间线里是 connect(('127.0.0.1', …))，标题栏里是它自己的地址：也是 "
            "127.0.0.1。回环数据包从不离开本机，而从网络上发往 127.0.0.1 的数据包会被丢弃，"
            "所以别的机器连不进来。",
        ),
        S(
            "start_server",
            {"name": "any", "host": "0.0.0.0"},
            "A second server binds to 0.0.0.0, the form's way of writing bind(('', port)): "
            "INADDR_ANY, every interface of this machine. Its note now says other machines "
            "can connect (if no firewall blocks the port).",
            "第二个服务器绑定到 0.0.0.0，这是表单对 bind(('', port)) 的写法：INADDR_ANY，"
            "即本机的所有网络接口。它的说明现在写着网络上的其他机器也可以连接"
            "（前提是没有防火墙挡住这个端口）。",
        ),
        S(
            "connect",
            {"name": "c2", "server": "any", "accepted": "conn2"},
            "Every interface includes loopback: a client on this machine reaches the 0.0.0.0 "
            "server at 127.0.0.1 too. Only the first server is limited to this machine.",
            "“所有接口”也包括回环接口：本机的客户端同样可以通过 127.0.0.1 连上 0.0.0.0 的"
            "服务器。只有第一个服务器只限本机访问。",
        ),
        S(
            "expect",
            {"pane": "conn2", "prop": "state", "value": "connected"},
            "Both servers accepted a client of this machine. The second server's note (framed) "
            "says other machines can connect to it too; the first server's note, further up in "
            "the Servers column, says only programs on this machine can. On the right, the "
            "second client's timeline: connect(('127.0.0.1', …)) to the 0.0.0.0 server. "
            'The HOWTO binds to socket.gethostname() "so the socket is visible to the outside '
            'world". That binds one address only, whichever the host name resolves to, and it '
            "may not be a network address: Debian and Ubuntu map the host name to 127.0.1.1, a "
            "loopback address. Check socket.gethostbyname(socket.gethostname()); for a server "
            "others must reach, '' is the usual choice.",
            "两个服务器都接受了本机的客户端。第二个服务器的说明（已框出）写着其他机器也能连接它；"
            "第一个服务器的说明（在“服务器”栏更上面）写着只有本机上的程序可以连接。右边是第二个"
            "客户端的时间线：connect(('127.0.0.1', …)) 连到 0.0.0.0 的服务器。"
            "HOWTO 绑定到 socket.gethostname()，“这样外界就能看到这个套接字”。但这只绑定一个"
            "地址，也就是主机名解析出来的那个，而它未必是网络地址：Debian 和 Ubuntu 把主机名"
            "映射到 127.0.1.1，这是一个回环地址。可以用 "
            "socket.gethostbyname(socket.gethostname()) 查一查；要让别人访问的服务器，"
            "通常用 ''。",
            show=("any.bindNote", "c2:timeline"),
        ),
    ),
)

PRIVILEGED = Lesson(
    name="privileged-ports",
    concept=3,
    title_en="Ports below 1024 are privileged",
    title_zh="1024 以下的端口是特权端口",
    steps=(
        S(
            "start_server",
            {"port": PRIVILEGED_PORT},
            "The server tried bind(('127.0.0.1', 1023)). On Linux, ports 1–1023 are privileged: "
            "as a normal user the call fails with EACCES (Permission denied), and the pane "
            "shows the "
            "error in red. If this pane is listening instead, the program runs as root (or in a "
            "container), with CAP_NET_BIND_SERVICE, or where "
            "net.ipv4.ip_unprivileged_port_start was lowered (some containers), it succeeds and "
            "the server is listening.",
            "服务器尝试 bind(('127.0.0.1', 1023))。"
            "在 Linux 上，1–1023 号端口是特权端口：普通用户调用会以 "
            "EACCES（权限不足）失败，面板用红字显示这个错误。如果这个面板反而在监听，说明程序以 "
            "root 身份运行（或在容器里）、拥有 CAP_NET_BIND_SERVICE 权限，或者系统调低了 "
            "net.ipv4.ip_unprivileged_port_start（有些容器会这样），调用就会成功，服务器处于"
            "监听状态。",
            en_privileged="The server asked for bind(('127.0.0.1', 1023)), and it is listening: "
            "this program may bind ports below 1024 here, because it runs as root, holds "
            "CAP_NET_BIND_SERVICE, or net.ipv4.ip_unprivileged_port_start was lowered (common "
            "in containers and classroom machines). For a normal user on a normal Linux "
            "machine the same call fails with EACCES (Permission denied): ports 1–1023 are "
            "privileged, so that a program on them can be trusted to be the system's. Try it "
            'as a normal user: python3 -c "import socket; '
            "socket.socket().bind(('127.0.0.1', 1023))\".",
            zh_privileged="服务器请求 bind(('127.0.0.1', 1023))，而且它正在监听：本程序在这里可以"
            "绑定 1024 以下的端口，因为它以 root 身份运行、拥有 CAP_NET_BIND_SERVICE 权限，或者"
            "系统调低了 net.ipv4.ip_unprivileged_port_start（容器和教学机器上很常见）。在普通的 "
            "Linux 机器上，普通用户做同样的调用会以 EACCES（权限不足）失败：1–1023 号端口是"
            "特权端口，这样占用它们的程序才能被信任是系统自己的。请以普通用户身份试试："
            "python3 -c \"import socket; socket.socket().bind(('127.0.0.1', 1023))\"。",
        ),
        S(
            "expect",
            {"pane": "server", "prop": "localPort", "max": PRIVILEGED_PORT},
            "Either way, bind() never quietly picks another port for you: you get exactly port "
            "1023, or an error and no listening socket. (EADDRINUSE instead would mean another "
            "program already has port 1023.)",
            "无论哪种结果，bind() 都不会悄悄替你换一个端口：要么正好得到 1023 号端口，要么得到"
            "一个错误、没有监听套接字。（如果看到的是 EADDRINUSE，说明另一个程序已经占用了 "
            "1023 号端口。）",
        ),
        S(
            "start_server",
            {"name": "high", "port": 0},
            "The HOWTO's advice for experiments: use a high port (it says four digits). A second "
            "server asks for port 0, and the OS picks a free port from its ephemeral range, "
            "which normally starts far above 1023.",
            "HOWTO 建议做实验时使用较大的端口号（它说用四位数）。第二个服务器请求 0 号端口，"
            "由操作系统从它的临时端口范围里挑一个空闲端口，这个范围通常远高于 1023。",
        ),
        S(
            "expect",
            {"pane": "high", "prop": "state", "value": "listening"},
            "The second server is listening, whoever runs the program: no privilege is needed "
            "for such a port.",
            "第二个服务器处于监听状态，不论是谁在运行这个程序：这样的端口不需要任何特权。",
        ),
        S(
            "expect",
            {"pane": "high", "prop": "localPort", "min": 1024},
            "Its port, in the pane's header (framed), is above 1023; the first server's header, "
            "just above, shows port 1023, or its pane the bind() error. Clients need no "
            "privilege either: their connect() gets an ephemeral port the same way.",
            "它的端口（在面板标题栏里，已框出）大于 1023；紧挨在上面的第一个服务器的标题栏里是 "
            "1023 号端口，或者它的面板显示 bind() 的错误。客户端同样不需要特权：它们的 "
            "connect() 也是这样分到临时端口的。",
            show=("high.localPort", "server.localPort", "server.lastError"),
        ),
    ),
)

BACKLOG = Lesson(
    name="listen-backlog",
    concept=4,
    title_en="listen(backlog): connections wait in a queue until accept()",
    title_zh="listen(backlog)：连接在队列中等待 accept()",
    steps=(
        S(
            "start_server",
            {"port": BACKLOG_PORT, "backlog": 1, "options": {"SO_REUSEADDR": 1}},
            "A server calls listen(1): a backlog of 1 (the HOWTO uses 5). The backlog sizes the "
            "kernel's accept queue: connections that are complete but not yet taken by "
            "accept().",
            "服务器调用 listen(1)：积压队列为 1（HOWTO 用的是 5）。backlog 决定内核中"
            "“接受队列”的大小：队列里是已经建立、但还没有被 accept() 取走的连接。",
        ),
        S(
            "pause_accepting",
            {"pane": "server"},
            "We press Pause accepting: the server's thread stops calling accept(). The listening "
            "socket is still open, so the kernel still answers new clients on its own.",
            "按下“暂停接受连接”（Pause accepting）：服务器的线程不再调用 accept()。监听套接字"
            "仍然打开，所以内核仍会自行应答新的客户端。",
        ),
        S(
            "connect",
            {"name": "c1", "server": None, "port": BACKLOG_PORT, "timeout": 120},
            "A client connects, and its connect() returns: connected. The kernel completed the "
            "TCP handshake by itself and put the connection in the accept queue; no accept() "
            "was called, so the server shows no pane for it yet.",
            "一个客户端发起连接，它的 connect() 返回了：已连接。内核自己完成了 TCP 三次握手，"
            "并把连接放进接受队列；没有调用过 accept()，所以服务器这边还没有它的面板。",
        ),
        S(
            "connect",
            {"name": "c2", "server": None, "port": BACKLOG_PORT, "timeout": 120},
            "A second client is connected too, although the backlog is 1: Linux lets "
            "backlog + 1 connections wait in the accept queue. Other systems count differently, "
            "and Linux caps the backlog at net.core.somaxconn.",
            "第二个客户端也连上了，尽管 backlog 是 1：Linux 允许 backlog + 1 个连接在接受队列"
            "中等待。其他系统的算法不同，而且 Linux 会把 backlog 限制在 net.core.somaxconn 以内。",
        ),
        S(
            "connect",
            {
                "name": "c3",
                "server": None,
                "port": BACKLOG_PORT,
                "timeout": 120,
                "expect": "connecting",
            },
            'The third client stays "connecting": the queue is full, so Linux silently drops '
            "its SYN, and the client's kernel retries after about a second, then after longer "
            'waits. The HOWTO says further connections are "refused"; on Linux they are not '
            "(no RST, no ECONNREFUSED), they wait. Windows does refuse them.",
            "第三个客户端停在“连接中”：队列已满，Linux 悄悄丢弃了它的 SYN，客户端的内核大约"
            "一秒后重试，之后间隔越来越长。HOWTO 说多出来的连接会被“拒绝”；在 Linux 上并不会"
            "（没有 RST，也没有 ECONNREFUSED），它们只是等待。Windows 才会拒绝它们。",
        ),
        S(
            "pause_accepting",
            {"pane": "server", "on": False},
            "Resume accepting: accept() takes the two waiting connections, and each gets its own "
            "pane. They had been connected all along; accept() only hands a finished connection "
            "to the program.",
            "恢复接受连接：accept() 取走了两个等待中的连接，每个都有了自己的面板。它们其实早就"
            "连接好了；accept() 只是把已经建立的连接交给程序。",
        ),
        S(
            "wait_state",
            {"pane": "c3", "state": "connected"},
            "The third client's retried SYN found room in the queue: its connect() returned, "
            "and accept() took it too. A slow accept() loop makes clients wait; they fail only "
            "if connect() gives up first (its timeout, or the kernel's last SYN retry).",
            "第三个客户端重试的 SYN 在队列里找到了空位：它的 connect() 返回了，accept() 也把它"
            "取走了。accept() 循环慢了，客户端只会等待；只有 connect() 先放弃了（超时，或者内核"
            "的 SYN 重试次数用完），才会失败。",
        ),
        S(
            "connect",
            {"name": "c4", "accepted": "conn4"},
            "A fourth client is accepted at once: the queue is empty again. accept() takes "
            "connections in the order they completed, so the three earlier ones were accepted "
            "before it: the server's list shows all four, in that order.",
            "第四个客户端立刻被接受：队列又空了。accept() 按连接建立的先后顺序取走连接，所以"
            "前面三个都在它之前被接受了：服务器的“已接受的连接”列表按这个顺序列出了全部四个。",
            show=("server.acceptedCount", "c4.localPort"),
        ),
        S(
            "expect",
            {"pane": "server", "prop": "acceptedCount", "value": 4},
            "Checked: the server's list (framed) holds four connections, in the order accept() "
            "took them; the last peer port is the fourth client's, framed on the right. The "
            "queue only delayed the first three: none was lost.",
            "已检查：服务器的列表（已框出）里有四个连接，按 accept() 取走它们的顺序排列；最后一个"
            "对端端口就是右边框出的第四个客户端的端口。队列只是让前三个等了一会儿：一个也没丢。",
            show=("server.acceptedCount", "c4.localPort"),
        ),
    ),
)


LESSONS = [SERVER_SOCKET, BIND_ADDRESS, PRIVILEGED, BACKLOG]
