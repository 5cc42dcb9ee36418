"""Show the code: the comments of a generated script, in English and Chinese.

One entry per text, ``key: (English, Chinese)``, with ``str.format`` fields;
the Chinese uses the words of the program's Chinese interface (对端 peer,
内核 kernel, 发送缓冲区 send buffer, 字节流 byte stream). Plain data: no Qt.
"""

from __future__ import annotations

from .codegen_words_tls import TLS_WORDS
from .codegen_words_unix import UNIX_WORDS

LANGS = ("en", "zh")
STYLES = ("board", "calls")  # as a teacher would write it; every call as recorded

WORDS: dict[str, tuple[str, str]] = {
    # -- the socket before the first call
    "a_client": ("a client socket: {what}", "客户端套接字：{what}"),
    "a_listener": ("a listening socket: {what}", "监听套接字：{what}"),
    "conns": ("the sockets accept() returns", "accept() 返回的套接字"),
    "accepted_intro": (
        "This connection was accepted by a listening socket: make one, accept one "
        "connection, and do on it what the program did.",
        "这个连接是由监听套接字接受的：先建一个监听套接字，接受一个连接，再在这个连接上"
        "做程序做过的事。",
    ),
    "reuse": (
        "SO_REUSEADDR: bind again at once after a previous run",
        "SO_REUSEADDR：上次运行刚结束也能立即再次 bind()",
    ),
    "waits_for_client": ("waits for the client", "等待客户端连接"),
    "client_was": (
        "(in the program the client was {peer})",
        "（在程序里，客户端是 {peer}）",
    ),
    "one_is_enough": (
        "one connection is all this script needs",
        "这个脚本只需要一个连接",
    ),
    "sep": (": ", "："),  # between a call and what it does
    # -- options
    "linger0": (
        "SO_LINGER on with a 0 s timeout: close() sends RST (reset) instead of FIN: "
        "the program's Abort",
        "打开 SO_LINGER，超时为 0 秒：close() 发送 RST（复位）而不是 FIN，即程序里的“中止”",
    ),
    "linger": (
        "SO_LINGER on with a {s} s timeout: close() waits up to {s} s for unsent bytes to go out",
        "打开 SO_LINGER，超时为 {s} 秒：close() 最多等待 {s} 秒，让未发出的字节发出去",
    ),
    "linger_for_abort": (
        "SO_LINGER on with a 0 s timeout, so that close() sends RST as the program's Abort did",
        "打开 SO_LINGER，超时为 0 秒，这样 close() 会像程序里的“中止”一样发送 RST",
    ),
    "opt_SO_REUSEADDR": (
        "bind again at once after a previous run",
        "上次运行刚结束也能立即再次 bind()",
    ),
    "opt_TCP_NODELAY": (
        "no Nagle: small sends go out at once",
        "关闭 Nagle 算法：小块数据立即发出",
    ),
    "opt_SO_RCVBUF": ("the kernel's receive buffer size", "内核接收缓冲区的大小"),
    "opt_SO_SNDBUF": ("the kernel's send buffer size", "内核发送缓冲区的大小"),
    "opt_IPV6_V6ONLY": (
        "0: IPv4 clients too (as ::ffff:a.b.c.d), dual stack; 1: IPv6 only",
        "0：也接受 IPv4 客户端（显示为 ::ffff:a.b.c.d），即双栈；1：只接受 IPv6",
    ),
    "opt_SO_KEEPALIVE": (
        "probe an idle connection now and then",
        "连接空闲时定期探测对端",
    ),
    "applied": (
        "; the OS applied {applied} (getsockopt({name}))",
        "；操作系统实际设置为 {applied}（getsockopt({name})）",
    ),
    "not_translated": (
        "the program called {call} (not translated)",
        "程序调用了 {call}（未转换成代码）",
    ),
    # -- addresses and connections
    "resolve": (
        "the name looked up (bind() and connect() look a name up themselves too)",
        "查询名字对应的地址（bind() 和 connect() 自己也会查询名字）",
    ),
    "bind": ("bind({address})", "bind({address})"),
    "bound": (" got {address}", "，得到 {address}"),
    "port0": (
        "; port 0 lets the OS choose a free port",
        "；端口 0 表示由操作系统挑选空闲端口",
    ),
    "port0_kept": (
        "; the program asked for port 0 and the OS chose {port}: this script binds {port}, "
        "where the clients' scripts connect (stop the program's server first)",
        "；程序请求端口 0，操作系统选了 {port}：本脚本绑定 {port}，客户端脚本连接的就是它"
        "（请先停止程序里的服务器）",
    ),
    "setblocking_false": (
        "setblocking(False): a call that cannot finish at once raises BlockingIOError",
        "setblocking(False)：无法立即完成的调用会抛出 BlockingIOError",
    ),
    "setblocking_true": (
        "setblocking(True): calls wait until they can finish (the default)",
        "setblocking(True)：调用一直等到能够完成（默认）",
    ),
    "settimeout": (
        "settimeout({timeout}): a call waits at most {timeout} s, then raises TimeoutError",
        "settimeout({timeout})：调用最多等待 {timeout} 秒，然后抛出 TimeoutError",
    ),
    "select_read": (
        "select(): wait until the socket is readable",
        "select()：等到套接字可读",
    ),
    "select_write": (
        "select(): wait until the socket is writable",
        "select()：等到套接字可写",
    ),
    "listen": (
        "listen({backlog}): accept connections; up to the backlog may wait for accept()",
        "listen({backlog})：开始接受连接；最多 backlog 个连接可以排队等待 accept()",
    ),
    "accepted_n": (
        "the program accepted {n} connection(s) here",
        "程序在这里接受了 {n} 个连接",
    ),
    "from": (" (from {peers})", "（来自 {peers}）"),
    "accept_new_socket": (
        "accept() waits for a client and returns a NEW socket for that one connection; "
        'what each connection did is in the "accepted" scripts',
        "accept() 等待客户端，并为这一个连接返回一个新的套接字；每个连接做了什么，"
        "见各连接（accepted）的脚本",
    ),
    "connect": (
        "connect(): the three-way handshake (SYN, SYN-ACK, ACK)",
        "connect()：三次握手（SYN、SYN-ACK、ACK）",
    ),
    "ends": (" ({local} -> {peer})", "（{local} -> {peer}）"),
    "connect_timeout": (
        "the program gave connect() {s} s; after it, the socket blocks again",
        "程序给 connect() 限时 {s} 秒；之后套接字恢复为阻塞模式",
    ),
    "connect_in_progress": (
        "the socket is non-blocking: connect() raises BlockingIOError ({errno}) at once and "
        "the kernel goes on with the handshake; select() waits until the socket is writable, "
        "then getsockopt(SO_ERROR) says how it ended",
        "套接字是非阻塞的：connect() 立即抛出 BlockingIOError（{errno}），内核继续完成握手；"
        "select() 等到套接字可写，再由 getsockopt(SO_ERROR) 说明结果",
    ),
    "early": (
        "what a recv() finds where the program's found nothing (the next loop counts it)",
        "程序的 recv() 没收到数据、脚本的却收到了的字节（下一个循环会算上它们）",
    ),
    "early_wait": (
        "the script has them already when its recv() found them earlier",
        "脚本之前的 recv() 已经收到它们时，就不必等待",
    ),
    "not_yet": (
        "nothing whole to read yet: wait, then again",
        "还没有完整可读的数据：先等待再调用",
    ),
    "connect_gave_up": (
        "select() did not find the socket writable within {s} s: the program gave up on "
        "the connection (ETIMEDOUT) without asking getsockopt(SO_ERROR), and closed it",
        "select() 在 {s} 秒内没有等到套接字可写：程序放弃了这次连接（ETIMEDOUT），"
        "没有再调用 getsockopt(SO_ERROR)，并关闭了套接字",
    ),
    "connect_so_error": (
        "getsockopt(SO_ERROR): how the non-blocking connect() ended: 0 is connected, else "
        "the errno it failed with (calling connect() again would raise EISCONN)",
        "getsockopt(SO_ERROR)：非阻塞 connect() 的结果：0 表示已连接，否则是它失败时的错误号"
        "（再调用一次 connect() 会抛出 EISCONN）",
    ),
    # -- sending
    "sendall": (
        "sendall() calls send() until the kernel has taken every byte",
        "sendall() 会反复调用 send()，直到内核收下全部字节",
    ),
    "took_in_calls": (
        "the program's send() took these {n} bytes in {k} calls ({sizes})",
        "程序的 send() 分 {k} 次才收下这 {n} 个字节（{sizes}）",
    ),
    "rest_later": (
        "the last call took {rest} bytes fewer than it was offered; the rest follows below",
        "最后一次调用比提供的少收下 {rest} 个字节；剩下的在后面发送",
    ),
    "partial_loop": (
        "send() may take fewer bytes than it is offered: the same non-blocking send() "
        "calls as the program, each waiting for room and printing what it took",
        "send() 收下的字节可能比提供的少：和程序一样进行非阻塞的 send() 调用，"
        "每次先等待发送缓冲区有空间，再打印它收下了多少",
    ),
    "wait_room": ("wait for room in the send buffer", "等待发送缓冲区有空间"),
    "waited_room": (
        "(after waiting {ms} ms for room in the send buffer)",
        "（先等待了 {ms} 毫秒，直到发送缓冲区有空间）",
    ),
    "more_calls": ("... and {n} more calls", "……还有 {n} 次调用"),
    "repeat": (
        "the same {n} bytes {k} times ({calls} send() calls in the program)",
        "同样的 {n} 个字节发送 {k} 次（程序里共 {calls} 次 send() 调用）",
    ),
    "pieces": (
        "{n} bytes in {k} pieces of {piece} bytes, one after another",
        "{n} 个字节分成 {k} 块依次发送，每块 {piece} 字节",
    ),
    "pause": (
        "the program paused {ms} ms between them",
        "程序在每两次之间暂停了 {ms} 毫秒",
    ),
    "file": (
        "the file {path} ({n} bytes), read and sent in blocks of {block} bytes",
        "文件 {path}（{n} 字节），按每块 {block} 字节读出并发送",
    ),
    "file_part": (
        "the program stopped after {sent} of the {n} bytes",
        "程序发送了 {n} 字节中的 {sent} 字节后就停止了",
    ),
    "send_offered": (
        "the program's send() was offered {n} bytes",
        "程序的 send() 被提供了 {n} 个字节",
    ),
    "zeros": (
        "NOT THE ORIGINAL BYTES: the program no longer holds these {n} bytes, "
        "so zero bytes stand in for them",
        "不是原来的字节：程序已不再保存这 {n} 个字节，用零字节代替",
    ),
    "lines": (
        "{k} lines of text that differ only in their number",
        "{k} 行文字，每行只有编号不同",
    ),
    "cut": (
        "{n} bytes without a pattern: the first {kept} are written out, the other "
        "{rest} are left out and zero bytes stand in for them",
        "{n} 个没有规律的字节：只写出前 {kept} 个，其余 {rest} 个省略，用零字节代替",
    ),
    # -- receiving
    "received_in": (
        "the program received {n} bytes here in {k} {call} calls ({sizes})",
        "程序在这里用 {k} 次 {call} 调用收到了 {n} 个字节（{sizes}）",
    ),
    "received_one": (
        "the program received {n} bytes here in one {call} call",
        "程序在这里用一次 {call} 调用收到了 {n} 个字节",
    ),
    "bytes_word": ("bytes", "字节"),
    "not_held": (
        "(the program no longer holds all of these bytes)",
        "（程序已不再保存全部这些字节）",
    ),
    "it_received": ("it received {what}", "收到的是 {what}"),
    "stream": (
        "TCP is a byte stream, not messages: recv() may return the bytes in other "
        "pieces, so loop until all have come",
        "TCP 传输的是字节流，不是消息：recv() 返回的数据块大小可能不同，所以要循环，直到收齐",
    ),
    "until_eof": (
        "receive until the peer closes its sending side: then recv() returns b''",
        "一直接收，直到对端关闭其发送方向：那时 recv() 返回 b''",
    ),
    "peer_closed_short": ("the peer closed (FIN)", "对端已关闭（FIN）"),
    "peer_closed_early": ("the peer closed early", "对端提前关闭了"),
    "eof": (
        "recv({n}) returned b'': the peer closed its sending side (FIN), no more bytes will come",
        "recv({n}) 返回 b''：对端关闭了其发送方向（FIN），不会再有字节到来",
    ),
    "recv_timeouts": (
        "recv({n}) timed out {times} times in a row here (settimeout): nothing came within "
        "the timeout, the connection is fine, and the program called again",
        "recv({n}) 在这里连续超时 {times} 次（settimeout）：超时时间内什么也没到，"
        "连接没有问题，程序又调用了一次",
    ),
    "own_shut_rd": (
        " returned b'': this socket shut its own reading side",
        " 返回 b''：本套接字自己关闭了接收方向",
    ),
    "echo": (
        "echo: every byte received is sent back, until the peer closes (the program "
        "received and sent back {n} bytes: {recvs} recv(), {sends} send() calls)",
        "回显：收到的每个字节原样发回，直到对端关闭（程序收到并发回了 {n} 个字节："
        "{recvs} 次 recv()，{sends} 次 send()）",
    ),
    # -- the end
    "why_SHUT_WR": (
        "send FIN: no more bytes from us; we can still receive",
        "发送 FIN：我们不再发送字节，但仍可接收",
    ),
    "why_SHUT_RD": ("no more receiving on this socket", "本套接字不再接收"),
    "why_SHUT_RDWR": ("no more sending (FIN) or receiving", "既不再发送（FIN）也不再接收"),
    "close_listener": (
        "close() the listening socket, then each accepted connection (each is a socket of its own)",
        "关闭监听套接字，再关闭每个已接受的连接（每个连接都是单独的套接字）",
    ),
    "close_abort": (
        "close() with SO_LINGER 0: RST (reset) to the peer instead of FIN",
        "在 SO_LINGER 为 0 时 close()：向对端发送 RST（复位）而不是 FIN",
    ),
    "close": (
        "close(): FIN to the peer (RST if SO_LINGER is 0 or unread bytes are left)",
        "close()：向对端发送 FIN（若 SO_LINGER 为 0 或还有未读的字节，则发送 RST）",
    ),
    "not_closed": (
        "the program had not closed this socket yet; the script closes it (its exit would too)",
        "程序当时还没有关闭这个套接字；脚本在这里关闭它（脚本退出时也会关闭）",
    ),
    # -- failed calls
    "failed_same": (
        "the program's {name}() failed here with {what}; the script's will most likely "
        "fail the same way",
        "程序的 {name}() 在这里失败了：{what}；脚本的调用多半也会同样失败",
    ),
    "failed_here": (
        "here the program's {name}() failed with {what}",
        "程序的 {name}() 在这里失败了：{what}",
    ),
    "not_repeated": ("(the script does not repeat that call)", "（脚本不重复这次调用）"),
    "socket_at_top": (
        "(the script makes its socket at the top)",
        "（脚本在开头创建它的套接字）",
    ),
    "accept_may_wait": (
        "(it would wait for a client that may never come)",
        "（它会一直等待一个也许永远不来的客户端）",
    ),
    # -- closing notes
    "about_client": (
        "A TCP client: it connects to the same address and does what the program's "
        "client socket did. Start the same peer (server) first.",
        "TCP 客户端：连接同一个地址，做程序里客户端套接字做过的事。请先启动同一个对端（服务器）。",
    ),
    "about_listener": (
        "A TCP listening socket: it binds the same address, listens and accepts "
        "connections the way the program's listener did.",
        "TCP 监听套接字：bind() 同一个地址，像程序里的监听套接字一样 listen() 并接受连接。",
    ),
    "about_accepted": (
        "One accepted TCP connection: it listens, accepts one connection and does on "
        "it what the program did. Run this first, then connect the same client.",
        "一个已接受的 TCP 连接：先监听，接受一个连接，再在这个连接上做程序做过的事。"
        "请先运行它，再让同一个客户端连接。",
    ),
    "generated": (
        "Generated by Socket Playground from what the socket did: the same calls in the "
        "same order, the same bytes sent. Pauses are not reproduced unless a comment "
        "says so, and recv() may return the bytes in other pieces (TCP is a byte "
        "stream, not messages).",
        "由 Socket Playground 根据套接字的实际操作生成：同样的调用，同样的顺序，"
        "发送同样的字节。除非注释另有说明，调用之间的停顿不会重现；"
        "recv() 返回的数据块大小也可能不同（TCP 是字节流，不是消息）。",
    ),
    "totals": (
        "The program sent {sent} and received {received} bytes on this socket.",
        "程序在这个套接字上发送了 {sent} 字节，接收了 {received} 字节。",
    ),
    "warn_missing": (
        "WARNING: {n} of the bytes this script sends are NOT the original: the program "
        "no longer held them; zero bytes stand in for them.",
        "警告：脚本发送的字节中有 {n} 个不是原来的字节：程序已不再保存它们，用零字节代替。",
    ),
    "warn_elided": (
        "WARNING: {n} of the bytes this script sends are NOT the original: they were left "
        "out of long literals; zero bytes stand in for them.",
        "警告：脚本发送的字节中有 {n} 个不是原来的字节：它们在过长的字面量中被省略了，"
        "用零字节代替。",
    ),
    "some_failed": (
        "Some calls failed in the program; the script makes them in try/except or says "
        "so in a comment.",
        "有些调用在程序里失败了；脚本把它们放在 try/except 中执行，或在注释中说明。",
    ),
    **TLS_WORDS,
}


def say(lang: str, key: str, unix: bool = False, **values: object) -> str:
    """The text ``key`` in ``lang`` ("en" or "zh") with ``values`` filled in;
    ``unix``: a Unix domain socket's words where they differ."""
    en, zh = UNIX_WORDS[key] if unix and key in UNIX_WORDS else WORDS[key]
    return (zh if lang == "zh" else en).format(**values)


def known(key: str) -> bool:
    return key in WORDS
