"""makefile(): a socket read and written as a file, and the flush trap."""

from __future__ import annotations

from . import Lesson, Step

S = Step

MAKEFILE_FLUSH = Lesson(
    name="makefile-flush",
    concept=17,
    title_en="makefile(): a buffered write sends nothing until flush()",
    title_zh="makefile()：缓冲的写入在 flush() 之前什么也不发送",
    steps=(
        S(
            "start_server",
            {},
            "We start a server. Its client this time is a separate Python program, shown "
            "under the lesson text: it wraps its socket in two file objects with "
            'sock.makefile("wb") and sock.makefile("rb"), to use write() and readline() '
            "instead of send() and recv().",
            "启动一个服务器。这次它的客户端是一个单独的 Python 程序，显示在课程文字下方："
            '它用 sock.makefile("wb") 和 sock.makefile("rb") 把套接字包成两个文件对象，'
            "用 write() 和 readline() 代替 send() 和 recv()。",
        ),
        S(
            "run_script",
            {"script": "makefile", "accepted": "conn", "wait": "timed out"},
            "The client wrote its request with wfile.write(b'GET /time\\n') and waited "
            "for the reply with rfile.readline(). No reply came: after 3 s its readline() "
            "timed out (a timeout the script set, or it would wait forever). The server "
            "never answered because it never got the request.",
            "客户端用 wfile.write(b'GET /time\\n') 写出请求，再用 rfile.readline() 等待回复。"
            "回复没有来：3 秒后它的 readline() 超时了（超时是脚本自己设的，否则它会永远等下去）。"
            "服务器没有回答，是因为它根本没收到请求。",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "bytesReceived", "value": 0},
            "Checked: the server's connection received 0 bytes. The 10 bytes are still in "
            "wfile's buffer (8192 bytes, inside the client process): write() on a buffered "
            "file copies into memory and calls send() only when the buffer is full or "
            "flush() is called. Both sides wait for each other: the flush trap.",
            "已检查：服务器端的连接收到了 0 个字节。那 10 个字节还在 wfile 的缓冲区里"
            "（8192 字节，在客户端进程内部）：对缓冲文件调用 write() 只是复制到内存，"
            "只有缓冲区满了或调用 flush() 时才会调用 send()。双方都在等对方：这就是 flush 陷阱。",
        ),
        S(
            "script_input",
            {"wait": "flushed"},
            "Now the client calls wfile.flush(): the buffered bytes go to send().",
            "现在客户端调用 wfile.flush()：缓冲的字节交给了 send()。",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 10},
            "The request arrived: the server's first recv() row holds all 10 bytes, "
            "'GET /time\\n'. A file object on a socket needs flush() after each request "
            "(or a file opened with buffering=0, where each write() is one send()).",
            "请求到了：服务器的第一行 recv() 拿到了全部 10 个字节 'GET /time\\n'。"
            "套接字上的文件对象在每个请求之后都需要 flush()"
            "（或者用 buffering=0 打开，那样每次 write() 就是一次 send()）。",
        ),
        S(
            "send",
            {"pane": "conn", "text": "12:00\\nnext "},
            "The server replies with one send(): a whole line '12:00\\n' and the start of "
            "the next one, 'next '. The client's readline() returns just the first line "
            "(see its output); 'next ' stays in rfile's buffer: its recv() took both.",
            "服务器用一次 send() 回复：完整的一行 '12:00\\n'，加上下一行的开头 'next '。"
            "客户端的 readline() 只返回第一行（见它的输出）；'next ' 留在 rfile 的缓冲区里："
            "它的 recv() 把两部分一起收下了。",
        ),
        S(
            "send",
            {"pane": "conn", "text": "line\\n"},
            "The server sends the rest of the second line. readline() returns "
            "b'next line\\n': the leftover 'next ' from the buffer and the new bytes, "
            "joined. makefile('rb') is a receive loop with a buffer, written for you.",
            "服务器发出第二行的剩余部分。readline() 返回 b'next line\\n'：缓冲区里剩下的 "
            "'next ' 和新到的字节拼在一起。makefile('rb') 就是一个别人替你写好的、"
            "带缓冲区的接收循环。",
        ),
        S(
            "expect_script",
            {"exit_code": 0, "contains": "reply: b'next line\\n'"},
            "Checked: the client printed both lines and ended normally (exit code 0). "
            "Remember: write() + flush() on the sending side; readline() keeps what it "
            "received past the line end for the next call.",
            "已检查：客户端打印了两行并正常结束（退出码 0）。记住：发送一方要 write() 加 "
            "flush()；readline() 会把收到的、行尾之后的字节留给下一次调用。",
        ),
    ),
)

LESSONS = [MAKEFILE_FLUSH]
