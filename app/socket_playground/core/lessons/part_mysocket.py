"""The HOWTO's MySocket example: its bugs, and a corrected fixed-length version.

The corrected version the steps describe::

    MSGLEN = 16


    def mysend(self, msg):
        if len(msg) != MSGLEN:
            raise ValueError(f"a message is exactly {MSGLEN} bytes")
        self.sock.sendall(msg)  # loops over send(); raises OSError on failure


    def myreceive(self):
        chunks = []
        bytes_recd = 0
        while bytes_recd < MSGLEN:
            chunk = self.sock.recv(min(MSGLEN - bytes_recd, 2048))
            if chunk == b"":
                raise RuntimeError("socket connection broken")
            chunks.append(chunk)
            bytes_recd += len(chunk)
        return b"".join(chunks)
"""

from __future__ import annotations

from . import Lesson, Step

S = Step

MSGLEN = 16
FIRST = "hi there"  # 8 bytes: half a message
REST = ", world!"  # 8 more: "hi there, world!" is 16

MYSOCKET = Lesson(
    name="mysocket",
    concept=0,
    title_en="The HOWTO's MySocket: its bugs, and a fixed-length version that works",
    title_zh="HOWTO 中的 MySocket：它的错误，以及一个能正确工作的定长版本",
    steps=(
        S(
            "start_server",
            {},
            "The HOWTO's MySocket sends fixed-length messages, but MSGLEN is never defined: "
            "the first mysend() or myreceive() call raises NameError. Our corrected version "
            "sets MSGLEN = 16, and this server and its client will exchange such messages.",
            "HOWTO 中的 MySocket 发送定长消息，但 MSGLEN 从未定义：第一次调用 mysend() 或 "
            "myreceive() 就会抛出 NameError。我们修正后的版本设定 MSGLEN = 16，"
            "这个服务器和它的客户端将交换这样的消息。",
        ),
        S(
            "connect",
            {},
            "A client connects. The HOWTO's main loop calls ct.run(), which runs the "
            "thread's code in the accepting thread itself: one client is served to the end "
            "before the next accept(). It must be ct.start() (fixed in later versions of "
            "the HOWTO); this program gives every socket its own threads.",
            "一个客户端连接上来。HOWTO 的主循环调用的是 ct.run()，它在接受连接的线程里直接运行"
            "线程的代码：必须把一个客户端服务完，才会进行下一次 accept()。应该是 ct.start()"
            "（HOWTO 的后续版本已修正）；本程序为每个套接字开自己的线程。",
        ),
        S(
            "set_framing",
            {"pane": "client", "kind": "fixed", "size": MSGLEN},
            "The client will receive: its Messages tab now cuts the stream into 16-byte "
            "messages, as a corrected myreceive() does with recv(MSGLEN - bytes_recd) in a "
            "loop. The Chinese translation's myreceive does not even run (the official HOWTO "
            'has "while bytes_recd < MSGLEN"): "while bytes_read = MSGLEN" is a '
            "syntax error (an assignment where a comparison belongs), and it mixes "
            "bytes_read, btytes_read and bytes_recd.",
            "客户端负责接收：它的“消息”标签页现在把字节流切成 16 字节的消息，"
            "正如修正后的 myreceive() 循环调用 recv(MSGLEN - bytes_recd) 所做的那样。"
            "中文译本里的 myreceive 根本无法运行（官方原文是 while bytes_recd < MSGLEN）："
            "“while bytes_read = MSGLEN” 是语法错误"
            "（该写比较的地方写成了赋值），而且混用了 bytes_read、btytes_read 和 bytes_recd "
            "三个名字。",
        ),
        S(
            "send",
            {"pane": "conn", "text": FIRST},
            "The server's connection sends a short message: 8 bytes. The HOWTO's mysend() "
            "loops until totalsent reaches MSGLEN, so next it would call send(b''), which "
            'returns 0, and raise "socket connection broken" on a healthy connection. '
            "The corrected mysend() checks len(msg) == MSGLEN first.",
            "服务器端的连接发送一条短消息：8 个字节。HOWTO 的 mysend() 一直循环到 totalsent "
            "达到 MSGLEN，所以接下来它会调用 send(b'')，返回 0，于是在一个完好的连接上抛出"
            "“socket connection broken”。修正后的 mysend() 先检查 len(msg) == MSGLEN。",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": len(FIRST)},
            "The 8 bytes arrived, but a message is 16: the Messages tab shows no message yet "
            "and 8 bytes waiting for the rest. The client's myreceive() would now block in "
            "recv(), waiting for 8 more bytes.",
            "这 8 个字节到达了，但一条消息是 16 字节：“消息”标签页里还没有消息，"
            "只有 8 个字节在等待剩下的部分。客户端的 myreceive() 此时会阻塞在 recv() 中，"
            "等待另外 8 个字节。",
        ),
        S(
            "send",
            {"pane": "conn", "text": REST},
            'The server sends the other 8 bytes. The HOWTO\'s "sent == 0" test never fires '
            "for a TCP socket: send() returns 0 only when given no bytes. A broken connection "
            "makes Python's send() raise OSError (BrokenPipeError, ConnectionResetError), as "
            "C's send() returns -1 with errno EPIPE or ECONNRESET (not 0 either); and "
            "sendall() already loops until every byte is sent.",
            "服务器发送另外 8 个字节。HOWTO 里“sent == 0”的检查对 TCP 套接字永远不会成立："
            "send() 只有在没有字节可发时才返回 0。连接断开时，Python 的 send() 会抛出 OSError"
            "（BrokenPipeError、ConnectionResetError），C 的 send() 则返回 -1 并把 errno 设为 "
            "EPIPE 或 ECONNRESET（也不是 0）；而 sendall() 本身就会循环，直到每个字节都发出去。",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": MSGLEN},
            "Now 16 bytes are in: the Messages tab shows one 16-byte message, "
            '"hi there, world!", and no bytes waiting. myreceive() would return it now.',
            "现在收齐了 16 个字节：“消息”标签页显示一条 16 字节的消息 “hi there, world!”，"
            "没有字节在等待。myreceive() 此时就会返回它。",
        ),
        S(
            "show_code",
            {"pane": "client"},
            "The client's Code button opens the same conversation as a plain Python script "
            "(socket module only). Its recv_exactly() is the corrected myreceive(): "
            "recv(min(bufsize, n - len(data))) in a loop, b'' taken as \"the peer closed\", "
            "until all 16 bytes are in.",
            "客户端的“代码”按钮打开同一段通信对应的纯 Python 脚本（只用 socket 模块）。"
            "其中的 recv_exactly() 就是修正后的 myreceive()：循环调用 "
            "recv(min(bufsize, n - len(data)))，把 b'' 当作“对方已关闭”，直到收齐 16 个字节。",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "recvCalls", "value": 2},
            "One message, two recv() calls (chunks #0 and #1 in the client's table). Only a "
            "loop that counts bytes up to MSGLEN finds the message; one recv() per message "
            "would have returned half of it. The corrected MySocket: MSGLEN defined, "
            "mysend() checks the length and calls sendall(), myreceive() loops until "
            "bytes_recd reaches MSGLEN.",
            "一条消息，两次 recv() 调用（客户端表格中的数据块 #0 和 #1）。只有把字节数累计到 "
            "MSGLEN 的循环才能找出这条消息；每条消息只调用一次 recv() 只会得到半条。"
            "修正后的 MySocket：定义了 MSGLEN，mysend() 检查长度后调用 sendall()，"
            "myreceive() 一直循环到 bytes_recd 达到 MSGLEN。",
        ),
    ),
)

MYSOCKET_RUN = Lesson(
    name="mysocket-run",
    concept=0,
    title_en="MySocket run for real: the HOWTO's version fails, the corrected one works",
    title_zh="真正运行 MySocket：HOWTO 的版本失败，修正后的版本能工作",
    steps=(
        S(
            "start_server",
            {},
            "We start a server. Its clients will be three versions of the HOWTO's MySocket "
            "class, each run as a plain Python program against it.",
            "启动一个服务器。它的客户端是 HOWTO 中 MySocket 类的三个版本，"
            "每个都作为普通的 Python 程序来连接它。",
        ),
        S(
            "run_script",
            {"script": "howto_zh"},
            "Real programs, under the lesson text, each a separate Python process. "
            "First the Chinese translation's MySocket, as printed (only MSGLEN = 16 added): "
            "Python refuses to run it. SyntaxError at 'while bytes_read = MSGLEN:', "
            "before a single line ran.",
            "运行真正的程序，显示在课程文字下方，每个都是单独的 Python 进程。"
            "先运行中文译本里的 MySocket，原样照抄（只加了 MSGLEN = 16）：Python 拒绝运行它。"
            "在 'while bytes_read = MSGLEN:' 处报 SyntaxError，一行代码都还没执行。",
        ),
        S(
            "expect_script",
            {"exit_code": 1, "contains": "SyntaxError"},
            "Checked: exit code 1, SyntaxError.",
            "已检查：退出码 1，SyntaxError。",
        ),
        S(
            "run_script",
            {"script": "howto", "accepted": "howto_conn"},
            "Next the English HOWTO's MySocket, as printed (MSGLEN = 16 added), sending "
            "the 8-byte message b'hi there' with mysend(). Its output ends in "
            "RuntimeError: socket connection broken. Yet the connection is healthy: the "
            "first send() took all 8 bytes, then send(b'') returned 0.",
            "接着运行英文 HOWTO 里的 MySocket，原样照抄（加了 MSGLEN = 16），用 mysend() 发送"
            "8 字节的消息 b'hi there'。它的输出以 RuntimeError: socket connection broken 结束。"
            "可连接是好的：第一次 send() 收下了全部 8 个字节，之后 send(b'') 返回了 0。",
        ),
        S(
            "wait_prop",  # (the script may end before the pane has applied its recv())
            {"pane": "howto_conn", "prop": "bytesReceived", "value": 8},
            "Checked: the server's pane of that connection received the 8 bytes. The "
            '"broken" connection delivered everything; only mysend()\'s loop was wrong.',
            "已检查：服务器端这条连接的面板收到了这 8 个字节。“断开”的连接其实把数据全送到了；"
            "错的只是 mysend() 的循环。",
        ),
        S(
            "expect_script",
            {"exit_code": 1, "contains": "RuntimeError: socket connection broken"},
            "Checked: exit code 1, RuntimeError: socket connection broken.",
            "已检查：退出码 1，RuntimeError: socket connection broken。",
        ),
        S(
            "run_script",
            {"script": "fixed", "accepted": "fixed_conn", "wait": "sent one message"},
            "Last the corrected MySocket: MSGLEN defined, mysend() checks the length and "
            "calls sendall(), myreceive() loops until MSGLEN bytes are in. It sent one "
            "16-byte message and now waits in myreceive() for the server's.",
            "最后运行修正后的 MySocket：定义了 MSGLEN，mysend() 检查长度后调用 sendall()，"
            "myreceive() 循环到收齐 MSGLEN 个字节。它发出了一条 16 字节的消息，"
            "现在在 myreceive() 里等服务器的消息。",
        ),
        S(
            "wait_received",
            {"pane": "fixed_conn", "bytes": MSGLEN},
            "The server's pane shows the 16 bytes: b'hi there, world!'.",
            "服务器的面板显示收到了这 16 个字节：b'hi there, world!'。",
        ),
        S(
            "send",
            {"pane": "fixed_conn", "text": "hello, client!!!"},
            "The server answers with one 16-byte message.",
            "服务器回复一条 16 字节的消息。",
        ),
        S(
            "expect_script",
            {"exit_code": 0, "contains": "received b'hello, client!!!'"},
            "Checked: the corrected MySocket received the whole message and ended "
            "normally (exit code 0). Side by side in the script output (framed), each run "
            "under its command line: the Chinese text's version does not even start "
            "(SyntaxError), the English HOWTO's fails on a healthy connection (RuntimeError), "
            "the corrected one works.",
            "已检查：修正后的 MySocket 收到了整条消息并正常结束（退出码 0）。在脚本输出里"
            "（已框出）两相对照，每次运行都在它自己的命令行下面：中文译本的版本根本无法启动"
            "（SyntaxError），英文 HOWTO 的版本在完好的连接上失败（RuntimeError），"
            "修正后的版本能正常工作。",
            show=("script", "fixed_conn.bytesReceived"),
        ),
    ),
)

LESSONS = [MYSOCKET, MYSOCKET_RUN]
