"""Lessons on TCP as a byte stream: partial send/recv, end of stream."""

from __future__ import annotations

from . import Lesson, Step

S = Step

PARTIAL = Lesson(
    name="partial-send-recv",
    concept=8,
    title_en="send() and recv() may move fewer bytes than you asked",
    title_zh="send() 和 recv() 处理的字节可能比你要求的少",
    steps=(
        S("start_server", {}, "We start a server: socket(), bind() to 127.0.0.1 with port 0 "
          "(the OS picks a free port), listen(5). Its pane shows each call in the timeline.",
          "启动一个服务器：socket()，bind() 到 127.0.0.1 的 0 号端口（由操作系统挑选空闲端口），"
          "listen(5)。它的面板在时间线里列出每一次调用。"),
        S("connect", {}, "A client connects. accept() on the server returns a new socket for "
          "this connection; it appears as its own pane, the connection's other end.",
          "一个客户端连接上来。服务器上的 accept() 为这个连接返回一个新的套接字；"
          "它作为单独的面板出现，是这个连接的另一端。"),
        S("set_recv_size", {"pane": "conn", "size": 10},
          "The server's connection will now call recv(10): it asks for at most 10 bytes "
          "per call.",
          "服务器端的连接现在调用 recv(10)：每次调用最多只要 10 个字节。"),
        S("send", {"pane": "client", "text": "The quick brown fox jumps over the lazy dog"},
          "The client sends 43 bytes with one send() call. The kernel took them all, so "
          "send() returned 43: see the client's chunk table.",
          "客户端用一次 send() 调用发送 43 个字节。内核全部接收了，所以 send() 返回 43："
          "看客户端的数据块表。"),
        S("wait_received", {"pane": "conn", "bytes": 43},
          "One send() arrived as several recv() results of at most 10 bytes: 10, 10, 10, "
          "10, 3. TCP moves a stream of bytes, not messages; recv(n) returns whatever is "
          "there, up to n.",
          "一次 send() 到达时变成了若干个最多 10 字节的 recv() 结果：10、10、10、10、3。"
          "TCP 传输的是字节流，不是消息；recv(n) 返回已到达的数据，最多 n 个字节。"),
        S("expect", {"pane": "conn", "prop": "recvCalls", "min": 5},
          "Five recv() calls for one send(): a program that assumes one recv() per send() "
          "is wrong. It must loop until it has the whole message.",
          "一次 send() 对应了五次 recv()：假设一次 send() 对应一次 recv() 的程序是错的。"
          "它必须循环，直到收齐整条消息。"),
    ),
)

LESSONS = [PARTIAL]
