"""Lessons on framing a byte stream: no message boundaries, a split length
prefix, byte order, TCP_NODELAY."""

from __future__ import annotations

from . import Lesson, Step

S = Step

BOUNDARIES = Lesson(
    name="no-message-boundaries",
    concept=10,
    title_en="A stream has no message boundaries",
    title_zh="字节流没有消息边界",
    steps=(
        S(
            "start_server",
            {},
            "We start a server and, in the next step, connect a client to it.",
            "启动一个服务器，下一步让一个客户端连上它。",
        ),
        S(
            "connect",
            {},
            "Connected. The server's connection will receive three messages, each ending "
            "with a newline.",
            "已连接。服务器端的连接将收到三条消息，每条都以换行符结尾。",
        ),
        S(
            "pause_reading",
            {"pane": "conn"},
            "The server's connection stops calling recv() for a moment, like a program busy "
            "with something else. Bytes that arrive now wait in its kernel's receive queue.",
            "服务器端的连接暂时不再调用 recv()，就像一个正在忙别的事的程序。现在到达的字节会"
            "在它内核的接收队列里等着。",
        ),
        S(
            "trickle",
            {"pane": "client", "text": "cat\\ndog\\nfox\\n", "piece": 4, "delay_ms": 0},
            "The client sent three messages, cat, dog and fox, with three send() calls of "
            "4 bytes each: three rows in its chunk table.",
            "客户端用三次 send() 发送了三条消息 cat、dog 和 fox，每次 4 个字节：它的数据块表里"
            "有三行。",
        ),
        S(
            "pause_reading",
            {"pane": "conn", "on": False},
            "Reading resumes. One recv(4096) takes everything that is waiting in the receive "
            "queue, up to 4096 bytes.",
            "恢复读取。一次 recv(4096) 会取走接收队列里等着的全部数据，最多 4096 字节。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 12},
            'All 12 bytes arrived in a single recv() row: "cat\\ndog\\nfox\\n". The three '
            "send() calls left no trace: TCP delivers a stream of bytes and keeps no message "
            "boundaries. Here the messages merged; elsewhere one message can be split across "
            "recv() calls.",
            '12 个字节全部在一行 recv() 里到达："cat\\ndog\\nfox\\n"。三次 send() 没有留下'
            "任何痕迹：TCP 传送的是字节流，不保留消息边界。这里三条消息合在了一起；在别的"
            "情况下，一条消息也可能被拆到几次 recv() 里。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "recvCalls", "value": 1},
            "Checked: one recv() for three send() calls. So the two sides must agree where a "
            "message ends: a fixed length, a delimiter, a length prefix, or closing the "
            "connection after one message.",
            "已检查：三次 send() 只对应一次 recv()。所以双方必须约定消息在哪里结束：固定长度、"
            "分隔符、长度前缀，或者发完一条消息就关闭连接。",
        ),
        S(
            "set_framing",
            {"pane": "conn", "kind": "delimiter", "delimiter": "\\n"},
            'The Messages tab now splits the received bytes at each "\\n": three messages, '
            "cat, dog and fox, all from recv() chunk #0. A real receiver does the same: it "
            "keeps a buffer, appends each recv() result, and cuts off every complete message; "
            "bytes after the last delimiter wait for the rest.",
            '“消息”标签页现在按每个 "\\n" 切分收到的字节：得到三条消息 cat、dog 和 fox，都来自'
            "第 0 个 recv() 数据块。真正的接收方也是这样做的：维护一个缓冲区，把每次 recv() "
            "的结果追加进去，切出每一条完整的消息；最后一个分隔符之后的字节等待后续数据。",
        ),
    ),
)

SPLIT_PREFIX = Lesson(
    name="split-length-prefix",
    concept=11,
    title_en="A length prefix can itself arrive split",
    title_zh="长度前缀本身也可能被拆开到达",
    steps=(
        S(
            "start_server",
            {},
            "We start a server and connect a client in the next step.",
            "启动一个服务器，下一步连接一个客户端。",
        ),
        S(
            "connect",
            {"options": {"TCP_NODELAY": 1}},
            "Connected. The client will send one message framed with a length prefix: "
            "2 bytes, struct.pack('!H', 5) = 00 05, then the 5 bytes of \"hello\".",
            "已连接。客户端将发送一条带长度前缀的消息：先是 2 个字节 "
            "struct.pack('!H', 5) = 00 05，然后是 \"hello\" 的 5 个字节。",
        ),
        S(
            "set_framing",
            {"pane": "conn", "kind": "length", "prefix": "!H"},
            "The server's Messages tab now decodes a 2-byte big-endian length prefix (!H) "
            "followed by that many bytes. Nothing has arrived yet.",
            "服务器端的“消息”标签页现在按 2 字节大端长度前缀（!H）加上相应数量的字节来解码。"
            "目前还什么都没收到。",
        ),
        S(
            "trickle",
            {
                "pane": "client",
                "text": "00 05 68 65 6c 6c 6f",
                "piece": 1,
                "delay_ms": 150,
                "mode": "hex",
            },
            "The client sent the 7 bytes one at a time, 150 ms apart: seven send() calls "
            "of 1 byte each, the prefix too.",
            "客户端把这 7 个字节一个一个地发出，间隔 150 毫秒：七次 send()，每次 1 字节，"
            "长度前缀也不例外。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 7},
            "The server's recv() rows show 1-byte chunks: the first recv() returned only 00, "
            "half of the prefix. Code like struct.unpack('!H', sock.recv(2)) would fail here "
            "with struct.error, since recv(2) may return 1 byte.",
            "服务器的 recv() 行显示的都是 1 字节的数据块：第一次 recv() 只返回了 00，也就是"
            "前缀的一半。像 struct.unpack('!H', sock.recv(2)) 这样的代码在这里会抛出 "
            "struct.error，因为 recv(2) 可能只返回 1 个字节。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "recvCalls", "value": 7},
            "Checked: 7 recv() calls for 7 bytes. The 2-byte prefix itself arrived in two "
            "pieces, so a receiver cannot even know the message length after its first recv().",
            "已检查：7 个字节对应 7 次 recv()。2 字节的长度前缀本身就分两次到达，所以接收方在"
            "第一次 recv() 之后连消息长度都还不知道。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "messageCount", "value": 1},
            "Checked: the Messages tab still reassembled one message, hello, 5 bytes, from "
            "chunks #0–#6. A correct receiver loops until it has the 2 prefix bytes, then loops "
            "again until it has the 5 bytes they announce.",
            "已检查：“消息”标签页仍然拼出了一条 5 字节的消息 hello，由第 0 到第 6 个数据块组成。"
            "正确的接收方先循环读到 2 个前缀字节，再循环读到前缀所说的 5 个字节。",
        ),
    ),
)

BYTE_ORDER = Lesson(
    name="byte-order",
    concept=12,
    title_en="Binary data and byte order: struct, htons/htonl",
    title_zh="二进制数据和字节序：struct、htons/htonl",
    steps=(
        S(
            "start_server",
            {},
            "We start a server and connect a client in the next step.",
            "启动一个服务器，下一步连接一个客户端。",
        ),
        S(
            "connect",
            {},
            "Connected. The client will send a 32-bit number as 4 raw bytes, not as text.",
            "已连接。客户端将把一个 32 位整数作为 4 个原始字节发送，而不是作为文本。",
        ),
        S(
            "send",
            {"pane": "client", "text": "00 00 01 02", "mode": "hex"},
            "The client sent the bytes 00 00 01 02, exactly what struct.pack('!I', 258) "
            "returns: 258 is 0x00000102, and '!' means network byte order, which is "
            "big-endian, most significant byte first.",
            "客户端发送了字节 00 00 01 02，正是 struct.pack('!I', 258) 的返回值：258 就是 "
            "0x00000102，'!' 表示网络字节序，也就是大端序，最高位字节在前。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 4},
            "The server received the 4 bytes unchanged. TCP moves bytes; it knows nothing "
            "about numbers, so the byte order is up to the protocol.",
            "服务器原样收到了这 4 个字节。TCP 只搬运字节，对数字一无所知，所以字节序由协议来约定。",
        ),
        S(
            "show_tab",
            {"pane": "conn", "tab": "bytes"},
            "The server connection's hex view shows the 4 received bytes (blue). Under it is "
            "the byte inspector: it reads the selected bytes as numbers, in both byte orders.",
            "服务器端连接的 Hex 视图显示收到的 4 个字节（蓝色）。它下面是字节检查器：它把选中的"
            "字节按两种字节序读成数字。",
        ),
        S(
            "select_bytes",
            {"pane": "conn", "start": 0, "end": 4},
            "We select all four bytes. In the inspector's !I and <I rows (scroll its table "
            "down): !I = 258, but <I = 33619968 (0x02010000). Same bytes, a different "
            "number: both sides must agree on the byte order, and protocols use network order.",
            "选中全部四个字节。在字节检查器的 !I 和 <I 两行里（把表格往下滚）：!I = 258，"
            "而 <I = 33619968（0x02010000）。同样的字节，不同的数字：双方必须约定字节序，"
            "网络协议使用网络字节序。",
        ),
        S(
            "select_bytes",
            {"pane": "conn", "start": 2, "end": 4},
            "Now only the last two bytes, 01 02: the inspector's first rows read them as "
            "!H = 258 (big-endian) and <H = 513 (little-endian). socket.htons(258) converts "
            "a 16-bit number from host to network order: on a little-endian machine such as "
            "x86 it swaps the bytes and returns 513; on a big-endian one it changes nothing.",
            "现在只选中最后两个字节 01 02：字节检查器的前几行把它们读作 !H = 258（大端）和 "
            "<H = 513（小端）。socket.htons(258) 把 16 位整数从主机字节序转换成网络字节序："
            "在 x86 这样的小端机器上它交换两个字节，返回 513；在大端机器上它什么都不改变。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "bytesReceived", "value": 4},
            "Checked: exactly 4 bytes arrived, and the inspector still reads 01 02 both ways "
            "(!H = 258, <H = 513). In Python, write struct.pack('!H', n) or "
            "struct.pack('!I', n) to send and struct.unpack with the same format to receive, "
            "rather than calling htons()/htonl() yourself: the '!' says the byte order where "
            "the reader can see it.",
            "已检查：正好收到 4 个字节，字节检查器仍然显示 01 02 的两种读法"
            "（!H = 258，<H = 513）。在 Python 里，发送时写 struct.pack('!H', n) 或 "
            "struct.pack('!I', n)，接收时用同样的格式调用 struct.unpack，而不是自己去调用 "
            "htons()/htonl()：格式里的 '!' 让读代码的人一眼看出字节序。",
        ),
    ),
)

BURST = 100  # 1-byte send() calls in one burst
HANDSHAKE = 2  # the client's segments before it sends: SYN, and the ACK of SYN-ACK

NODELAY = Lesson(
    name="tcp-nodelay",
    concept=16,
    title_en="TCP_NODELAY (Nagle's algorithm) and small writes",
    title_zh="TCP_NODELAY（Nagle 算法）与小块写入",
    steps=(
        S(
            "start_server",
            {},
            "We start a server and connect a client in the next step.",
            "启动一个服务器，下一步连接一个客户端。",
        ),
        S(
            "connect",
            {},
            "Connected. By default Nagle's algorithm is on: while data the socket sent is "
            "still unacknowledged, TCP holds back further small pieces and sends them "
            "together when the ACK arrives. That saves tiny packets on slow links.",
            "已连接。默认情况下 Nagle 算法是开启的：只要已发出的数据还没有被确认，TCP 就把"
            "后续的小块数据先攒着，等 ACK 到了再一起发出。这样在慢速链路上可以少发很多小包。",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "socket"},
            "The client's Socket tab shows what the kernel counts for this connection "
            "(getsockopt TCP_INFO). Segments out: 2 so far, the SYN and the ACK of the "
            "handshake; no data yet.",
            "客户端的“套接字”标签页显示内核为这条连接统计的数字（getsockopt TCP_INFO）。"
            "发出的报文段：目前 2 个，即握手时的 SYN 和 ACK；还没有数据。",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "segmentsOut", "value": HANDSHAKE},
            "Checked: 2 segments out before the first send().",
            "已检查：第一次 send() 之前发出了 2 个报文段。",
        ),
        S(
            "trickle",
            {"pane": "client", "text": "x" * BURST, "piece": 1, "delay_ms": 0},
            "With Nagle on, the client made 100 1-byte send() calls in a burst. Each "
            "send() returned 1 at once: Nagle delays segments inside the kernel, never "
            "your send() call.",
            "在 Nagle 开启的情况下，客户端连续调用了 100 次 send()，每次 1 字节。每次 "
            "send() 都立即返回 1：Nagle 是在内核里推迟报文段，从不阻塞你的 send() 调用。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": BURST},
            "All 100 bytes arrived, in order. Now read the client's segments out: "
            "far fewer than 100 new ones. While a segment waited for its ACK, the "
            "next 1-byte writes were held and then sent together in one segment.",
            "100 个字节按顺序全部到达。现在看客户端发出的报文段：新增的远少于 100 个。"
            "一个报文段等待 ACK 的时候，后面的 1 字节写入被扣住，随后合并成一个报文段一起发出。",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "segmentsOut", "max": HANDSHAKE + BURST - 1},
            "Checked: fewer segments than send() calls (100). That is Nagle at work, "
            "seen in the kernel's own count. The server's recv() rows cannot show it: a "
            "reader that is a little late groups bytes the same way.",
            "已检查：报文段比 send() 调用（100 次）少。这就是 Nagle 在起作用，"
            "用的是内核自己的计数。服务器的 recv() 行证明不了这一点：读取端稍晚一点也会"
            "同样把字节合在一起。",
        ),
        S(
            "set_option",
            {"pane": "client", "option": "TCP_NODELAY", "value": 1},
            "The client called setsockopt(IPPROTO_TCP, TCP_NODELAY, 1): Nagle's algorithm is "
            "off for this socket, and getsockopt reads back 1 (see its timeline). From now "
            "on TCP no longer holds a small segment back to wait for an ACK.",
            "客户端调用了 setsockopt(IPPROTO_TCP, TCP_NODELAY, 1)：这个套接字的 Nagle 算法"
            "关闭了，getsockopt 读回的值是 1（见它的时间线）。从现在起，TCP 不会再为了等 ACK "
            "而扣住小的报文段。",
        ),
        S(
            "trickle",
            {"pane": "client", "text": "y" * BURST, "piece": 1, "delay_ms": 0},
            "The same burst of 100 1-byte send() calls, now with TCP_NODELAY.",
            "同样连续 100 次 1 字节的 send()，这次开启了 TCP_NODELAY。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 2 * BURST},
            "All 200 bytes arrived. Compare the segments out now with the count "
            "after the first burst: no byte waited for an ACK this time, yet Linux may "
            "still merge writes that queue up while earlier ones are being sent "
            "(autocorking), so the count can grow by fewer than 100.",
            "200 个字节全部到达。把现在发出的报文段数和第一轮之后的数比一比：这次没有"
            "哪个字节在等 ACK，但 Linux 仍可能把前面的数据还在发送时排起来的写入合并"
            "（这叫 autocorking），所以增加的数可能少于 100。",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "sendCalls", "value": 2 * BURST},
            "Checked: 200 send() calls of 1 byte each. Nagle really hurts with "
            "write, write, then wait for a reply: the second small write waits for an ACK "
            "that the peer delays (delayed ACK), tens of milliseconds or more. The better "
            "fix is one sendall() of the whole message; TCP_NODELAY suits protocols that "
            "already send whole messages and care about latency. Neither creates message "
            "boundaries.",
            "已检查：200 次 send()，每次 1 字节。Nagle 真正造成麻烦的场景是"
            "“写、再写、然后等回复”：第二次小块写入要等一个被对方推迟发送的 ACK（延迟确认），"
            "可能耽误几十毫秒甚至更久。更好的办法是用一次 sendall() 发出整条消息；"
            "TCP_NODELAY 适用于那些已经整条发送消息、又对延迟敏感的协议。两者都不会产生消息边界。",
        ),
    ),
)


LESSONS = [BOUNDARIES, SPLIT_PREFIX, BYTE_ORDER, NODELAY]
