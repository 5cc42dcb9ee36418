<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AutoReplyEditor</name>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="46"/>
        <source>Auto-reply (runs in the connection&apos;s own thread)</source>
        <translation>自动回复（在该连接自己的线程中运行）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="48"/>
        <source>Echo</source>
        <translation>回显</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="50"/>
        <source>Send back every recv() result as it arrived</source>
        <translation>把每次 recv() 的结果按收到时的原样发回</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="54"/>
        <source>fixed reply, e.g. OK\r\n</source>
        <translation>固定回复，例如 OK\r\n</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="55"/>
        <source>Sent after every recv() result; empty = off</source>
        <translation>每次 recv() 返回结果后发送；留空 = 关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="58"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="59"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="60"/>
        <source>close() after the reply</source>
        <translation>回复后 close()</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="63"/>
        <source>Like a simple HTTP/1.0 server: answer once, then close the connection</source>
        <translation>就像简单的 HTTP/1.0 服务器：应答一次，然后关闭连接</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="107"/>
        <source>The reply is {0} bytes; at most {1} (every recv() result of any peer, even 1 byte, is answered with all of it).</source>
        <translation>回复有 {0} 字节；最多 {1} 字节（任何对端的每个 recv() 结果，哪怕只有 1 字节，都会收到整段回复）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="120"/>
        <source>Echo: every byte received is sent back once (×1).</source>
        <translation>回显：收到的每个字节原样发回一次（×1）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="123"/>
        <source>{0} bytes back for every recv() result: a 1-byte recv() gets ×{0}. Replies wait when the peer does not read (then recv() waits too).</source>
        <translation>每个 recv() 结果回复 {0} 字节：1 字节的 recv() 得到 ×{0}。对端不读时回复会等待（recv() 也随之等待）。</translation>
    </message>
</context>
<context>
    <name>Bind</name>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="219"/>
        <source>Loopback: only programs on this machine can connect.</source>
        <translation>回环地址：只有本机上的程序可以连接。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="220"/>
        <source>All interfaces: other machines on the network can connect too.</source>
        <translation>所有网络接口：网络上的其他机器也可以连接。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="221"/>
        <source>One interface: reachable at that address only.</source>
        <translation>单个网络接口：只能通过该地址访问。</translation>
    </message>
</context>
<context>
    <name>BytesTab</name>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="32"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="33"/>
        <source>Text (UTF-8)</source>
        <translation>文本（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="34"/>
        <source>Text (Latin-1)</source>
        <translation>文本（Latin-1）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="35"/>
        <source>How to show the bytes</source>
        <translation>字节的显示方式</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="41"/>
        <source>&lt;span style=&apos;color:#1d4ed8&apos;&gt;■ received&lt;/span&gt;  &lt;span style=&apos;color:#c2410c&apos;&gt;■ sent&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1d4ed8&apos;&gt;■ 已接收&lt;/span&gt;  &lt;span style=&apos;color:#c2410c&apos;&gt;■ 已发送&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="50"/>
        <source>Go to: offset or #chunk</source>
        <translation>跳转：偏移量或 #块号</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="53"/>
        <source>Enter a byte offset of the stream shown (1234 or 0x4d2) or a chunk number (#17), then Enter: its bytes are selected in the hex view</source>
        <translation>输入所显示字节流中的字节偏移量（1234 或 0x4d2）或块号（#17），然后按回车：这些字节会在十六进制视图中被选中</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="88"/>
        <source>There is no chunk #{0} (0 … {1}).</source>
        <translation>没有 #{0} 号块（0 … {1}）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="97"/>
        <source>Offset {0} is outside the stream (0 … {1}).</source>
        <translation>偏移量 {0} 超出了字节流（0 … {1}）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="103"/>
        <source>Write a byte offset (1234, 0x4d2) or #chunk (#17).</source>
        <translation>请输入字节偏移量（1234、0x4d2）或 #块号（#17）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="107"/>
        <source>Those bytes are no longer kept.</source>
        <translation>这些字节已不再保存。</translation>
    </message>
</context>
<context>
    <name>BytesView</name>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_view.py" line="300"/>
        <source>[… {0} earlier bytes not shown …]</source>
        <extracomment>(start, end) combined-stream offsets of the selection; start == end: none. qlonglong, not int: offsets pass 2**31 after 2 GiB of traffic. PySide6 accepts C++ type names here (no Python type maps to qlonglong), but its stub for Signal allows only ``type`` (Slot&apos;s allows ``type | str``).</extracomment>
        <translation>[… 之前的 {0} 字节未显示 …]</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_view.py" line="307"/>
        <source>No bytes yet</source>
        <translation>尚无字节</translation>
    </message>
</context>
<context>
    <name>CaptureMenu</name>
    <message>
        <location filename="../../app/socket_playground/ui/capture_menu.py" line="39"/>
        <source>&amp;Capture on disk</source>
        <translation>磁盘捕获(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/capture_menu.py" line="43"/>
        <source>Bytes kept on disk per connection and direction, for sockets made from now on; past it bytes are counted and hashed but not kept</source>
        <translation>每个连接每个方向在磁盘上保留的字节数，对此后新建的套接字生效；超出部分只计数并计算哈希，不保存</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/capture_menu.py" line="53"/>
        <source>Keep 64 MiB per direction</source>
        <translation>每个方向保留 64 MiB</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/capture_menu.py" line="54"/>
        <source>Keep 256 MiB per direction</source>
        <translation>每个方向保留 256 MiB</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/capture_menu.py" line="55"/>
        <source>Keep 1 GiB per direction (default)</source>
        <translation>每个方向保留 1 GiB（默认）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/capture_menu.py" line="56"/>
        <source>Keep 4 GiB per direction</source>
        <translation>每个方向保留 4 GiB</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/capture_menu.py" line="57"/>
        <source>Keep every byte (no limit)</source>
        <translation>保留所有字节（不限）</translation>
    </message>
</context>
<context>
    <name>ChunkTable</name>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="187"/>
        <source>One row per recv() result and per send() call: TCP moves bytes, not messages</source>
        <translation>每个 recv() 结果和每次 send() 调用各占一行：TCP 传输的是字节，而不是消息</translation>
    </message>
</context>
<context>
    <name>ChunkTableModel</name>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="49"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="52"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="50"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="51"/>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="55"/>
        <source>Stream offset</source>
        <translation>流偏移</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="53"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="34"/>
        <source>{0} µs</source>
        <translation>{0} µs</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="35"/>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="54"/>
        <source>Waited</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="58"/>
        <source>The call&apos;s place in this socket&apos;s chunks</source>
        <translation>该调用在本套接字数据块中的序号</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="59"/>
        <source>recv(bufsize) or send(bytes offered): what was asked</source>
        <translation>recv(bufsize) 或 send(提供的字节数)：调用时请求的量</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="61"/>
        <source>What the call returned: recv() may return fewer bytes than asked, send() may take fewer than offered</source>
        <translation>调用的返回值：recv() 可能返回比请求更少的字节，send() 可能只接收提供字节中的一部分</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="65"/>
        <source>When the call returned, in seconds on the run&apos;s one clock (from its first socket), so both ends of a connection can be compared</source>
        <translation>调用返回的时刻，以秒计，使用本次运行统一的时钟（从第一个套接字算起），所以连接两端的时间可以直接比较</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="68"/>
        <source>The first bytes, with escapes for the unprintable</source>
        <translation>开头的几个字节，不可打印的字节以转义形式显示</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="70"/>
        <source>How long the call blocked: for recv(), the wait for data plus the call; for send(), from its first attempt until it returned</source>
        <translation>调用阻塞了多久：recv() 为等待数据的时间加上调用本身；send() 为从第一次尝试到返回的时间</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="73"/>
        <source>Where the chunk starts in its direction&apos;s byte stream</source>
        <translation>该数据块在其方向的字节流中的起始偏移</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="130"/>
        <source>b&apos;&apos; — end of stream</source>
        <translation>b&apos;&apos; — 流结束</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="143"/>
        <source>recv() returned {0} bytes</source>
        <translation>recv() 返回了 {0} 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="144"/>
        <source>send() returned {0}: the kernel took {0} bytes</source>
        <translation>send() 返回 {0}：内核接收了 {0} 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="151"/>
        <source>recv() blocked {0}: waiting for data, then the call</source>
        <translation>recv() 阻塞了 {0}：先等待数据到达，再执行调用</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="153"/>
        <source>send() blocked {0}: from its first attempt until the kernel took the bytes</source>
        <translation>send() 阻塞了 {0}：从第一次尝试到内核接收这些字节</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="67"/>
        <source>Python code for socket #{0}</source>
        <translation>套接字 #{0} 的 Python 代码</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="71"/>
        <source>The same socket calls as plain Python (socket module only), generated from what this socket did. Run it against the same peer: the same bytes go on the wire (recv() may split them differently: TCP is a stream). The program shows this code; it never runs it.</source>
        <translation>根据此套接字的实际操作生成的纯 Python 代码（只用 socket 模块），包含同样的套接字调用。让它连接同一个对端运行，线路上传输的字节完全相同（recv() 可能以不同方式切分这些字节：TCP 是流）。本程序只显示这段代码，从不运行它。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="85"/>
        <source>As a teacher would write it</source>
        <translation>按老师的写法</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="86"/>
        <source>Every call as recorded</source>
        <translation>按记录逐个调用</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="89"/>
        <source>sendall() and receive loops, or each send() and recv() the program made (partial sends)</source>
        <translation>使用 sendall() 和接收循环，或列出程序所做的每次 send() 和 recv() 调用（部分发送）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="94"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="97"/>
        <source>Save as .py…</source>
        <translation>另存为 .py…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="100"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="102"/>
        <source>Generate again from everything the socket did so far</source>
        <translation>根据此套接字到目前为止的全部操作重新生成</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="104"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="126"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="131"/>
        <source>Save the script</source>
        <translation>保存脚本</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="131"/>
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="141"/>
        <source>Could not save: {0}</source>
        <translation>无法保存：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="143"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <location filename="../../app/socket_playground/ui/connection_actions.py" line="26"/>
        <source>Close selected</source>
        <translation>关闭所选</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_actions.py" line="27"/>
        <source>close() each selected connection (the peer reads EOF)</source>
        <translation>对每个所选连接调用 close()（对端读到 EOF）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_actions.py" line="32"/>
        <source>Abort selected</source>
        <translation>中止所选</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_actions.py" line="33"/>
        <source>Close each selected connection with SO_LINGER 0: the peer gets RST</source>
        <translation>以 SO_LINGER 0 关闭每个所选连接：对端收到 RST</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_actions.py" line="38"/>
        <source>Send to selected…</source>
        <translation>发送给所选……</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_actions.py" line="39"/>
        <source>Send the same bytes to each selected connection</source>
        <translation>向每个所选连接发送相同的字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_actions.py" line="82"/>
        <source>Send to selected</source>
        <translation>发送给所选</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_actions.py" line="83"/>
        <source>Bytes to send to each selected connection (escapes: \n \r \t \xNN):</source>
        <translation>要发送给每个所选连接的字节（转义：\n \r \t \xNN）：</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_actions.py" line="95"/>
        <source>Sent {0} bytes to {1} connections</source>
        <translation>已向 {1} 个连接发送 {0} 字节</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <location filename="../../app/socket_playground/ui/connection_list.py" line="31"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_list.py" line="32"/>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_list.py" line="33"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_list.py" line="34"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_list.py" line="35"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_list.py" line="36"/>
        <source>recv() calls</source>
        <translation>recv() 调用</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_list.py" line="37"/>
        <source>send() calls</source>
        <translation>send() 调用</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_list.py" line="38"/>
        <source>Rate (B/s)</source>
        <translation>速率 (B/s)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/connection_list.py" line="39"/>
        <source>Last call</source>
        <translation>最近调用</translation>
    </message>
</context>
<context>
    <name>ConnectionPane</name>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="137"/>
        <source>Client #{0}</source>
        <translation>客户端 #{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="139"/>
        <source>Connection #{0} (from server #{1})</source>
        <translation>连接 #{0}（来自服务器 #{1}）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="156"/>
        <source>Bytes and calls in each direction; queued = handed to send() but not yet taken</source>
        <translation>每个方向的字节数和调用次数；排队 = 已交给 send() 但内核尚未接收</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="171"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="172"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="175"/>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="184"/>
        <source>Send more</source>
        <translation>更多发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="190"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="199"/>
        <source>Ruler</source>
        <translation>标尺</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="202"/>
        <source>One byte axis: the sender&apos;s send() boundaries above, the receiver&apos;s recv() boundaries below</source>
        <translation>同一条字节轴：上方是发送方的 send() 边界，下方是接收方的 recv() 边界</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="193"/>
        <source>Framing: reassemble messages from the received stream (fixed length, delimiter, length prefix)</source>
        <translation>分帧：从接收到的流中重新组装出消息（固定长度、分隔符、长度前缀）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="178"/>
        <source>recv() size, pause, kernel queues, shutdown/close/abort, socket options, auto-reply</source>
        <translation>recv() 大小、暂停读取、内核队列、shutdown/close/中止、套接字选项、自动回复</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="186"/>
        <source>Trickle, repeat and file sends</source>
        <translation>涓流发送、重复发送和文件发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="349"/>
        <source>received {0} bytes in {1} recv() · sent {2} bytes in {3} send() · queued {4}</source>
        <translation>已接收 {0} 字节（{1} 次 recv()）· 已发送 {2} 字节（{3} 次 send()）· 排队 {4}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="359"/>
        <source>received at {0} MB/s</source>
        <translation>接收速率 {0} MB/s</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/socket_playground/ui/conversation.py" line="29"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/conversation.py" line="31"/>
        <source>Both ends of this connection on one clock: every call a box, the bytes in flight as arrows (the other end must be in this window)</source>
        <translation>同一时钟下这条连接的两端：每次调用一个方框，传输中的字节画成箭头（另一端须在本窗口中）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/conversation.py" line="50"/>
        <source>The other end of this connection is not in this window.</source>
        <translation>这条连接的另一端不在本窗口中。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/conversation.py" line="62"/>
        <source>Conversation: {0} ⇄ {1}</source>
        <translation>对话：{0} ⇄ {1}</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="243"/>
        <source>{0} µs</source>
        <translation>{0} µs</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="246"/>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="248"/>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/socket_playground/log.py" line="223"/>
        <source>Socket Playground: unexpected error</source>
        <translation>Socket Playground：意外错误</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/log.py" line="228"/>
        <source>The program may go on working, but something in it failed.</source>
        <translation>程序也许还能继续工作，但其中有一部分出错了。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/log.py" line="230"/>
        <source>The details are also in the log file {0}.</source>
        <translation>详细信息也记录在日志文件 {0} 中。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="89"/>
        <source>Connection refused: nothing is listening on that port (the peer answered with a reset).</source>
        <translation>连接被拒绝：该端口上没有程序在监听（对端以复位 RST 作答）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="94"/>
        <source>Connection reset by peer: the other end aborted the connection (it sent RST, not a normal FIN).</source>
        <translation>连接被对端重置：另一端中止了连接（它发送的是 RST，而不是正常的 FIN）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="99"/>
        <source>The connection was aborted on this machine.</source>
        <translation>连接在本机上被中止。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="100"/>
        <source>Address already in use: another socket is bound to this address and port.</source>
        <translation>地址已被占用：另一个套接字已绑定到此地址和端口。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="103"/>
        <source>That address does not belong to this machine, so it cannot be bound.</source>
        <translation>该地址不属于本机，因此无法绑定。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="106"/>
        <source>Permission denied: ports below 1024 are privileged; a normal user cannot bind them.</source>
        <translation>权限不足：1024 以下的端口是特权端口，普通用户无法绑定。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="110"/>
        <source>Operation not permitted.</source>
        <translation>操作不被允许。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="111"/>
        <source>BlockingIOError: the socket is non-blocking and the call could not finish at once (nothing to read, or no room to send). Nothing happened; wait with select() and call again.</source>
        <translation>BlockingIOError：套接字是非阻塞的，这个调用无法立即完成（没有可读的数据，或没有发送空间）。什么也没发生；用 select() 等待后再调用。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="117"/>
        <source>BlockingIOError: a non-blocking connect() has started; select() says when the socket is writable, then getsockopt(SO_ERROR) says whether it connected.</source>
        <translation>BlockingIOError：非阻塞的 connect() 已经开始；select() 告诉你套接字何时可写，然后 getsockopt(SO_ERROR) 告诉你是否连接成功。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="122"/>
        <source>TimeoutError: nothing happened within the socket&apos;s timeout (settimeout). The socket is fine; the program calls again.</source>
        <translation>TimeoutError：在套接字的超时时间（settimeout）内什么也没发生。套接字没有问题；程序会再次调用。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="127"/>
        <source>Timed out: no answer came in time.</source>
        <translation>超时：未能及时收到应答。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="128"/>
        <source>No route to that host.</source>
        <translation>没有通往该主机的路由。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="129"/>
        <source>That network cannot be reached.</source>
        <translation>该网络不可达。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="130"/>
        <source>Broken pipe: the connection is closed for sending.</source>
        <translation>管道已断开：该连接已不能再发送。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="131"/>
        <source>The socket is not connected.</source>
        <translation>套接字未连接。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="132"/>
        <source>Invalid argument for this socket&apos;s state.</source>
        <translation>参数对此套接字的当前状态无效。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="133"/>
        <source>Host name not found (DNS lookup failed).</source>
        <translation>找不到主机名（DNS 查询失败）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="134"/>
        <source>Host name lookup failed for now; try again.</source>
        <translation>主机名查询暂时失败，请重试。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="135"/>
        <source>Host name lookup failed.</source>
        <translation>主机名查询失败。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="136"/>
        <source>Too many open files: {0}. New connections wait in the backlog and are accepted once descriptors are free again.</source>
        <translation>打开的文件过多：{0}。新连接在 backlog 中等待，文件描述符空出后再 accept。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="141"/>
        <source>Too many open files on this machine: {0}. New connections wait in the backlog.</source>
        <translation>本机打开的文件过多：{0}。新连接在 backlog 中等待。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="160"/>
        <source>Too many open files ({0}): close some connections first. Starting another socket now could end the program.</source>
        <translation>打开的文件过多（{0}）：请先关闭一些连接。此时再启动套接字可能使程序终止。</translation>
    </message>
</context>
<context>
    <name>Framing</name>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="227"/>
        <source>With fixed-length framing the message must be exactly that many bytes.</source>
        <translation>使用固定长度分帧时，消息必须恰好是这么多字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="230"/>
        <source>The message contains the delimiter (or ends with part of it): the receiver would end it early.</source>
        <translation>消息中包含分隔符（或以分隔符的一部分结尾）：接收方会过早地认为消息已结束。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="236"/>
        <source>The message is too long for this length prefix.</source>
        <translation>消息太长，此长度前缀无法表示其长度。</translation>
    </message>
</context>
<context>
    <name>InProgress</name>
    <message>
        <location filename="../../app/socket_playground/ui/io_mode.py" line="123"/>
        <source>Calls this socket&apos;s threads are in right now, and how long they have waited</source>
        <translation>这个套接字的线程此刻正在执行的调用，以及已经等待了多久</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/io_mode.py" line="141"/>
        <source>in progress: {0}</source>
        <translation>进行中：{0}</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="170"/>
        <source>“{0}” is not a valid IPv4 address (four numbers 0–255).</source>
        <translation>“{0}”不是有效的 IPv4 地址（应为四个 0–255 之间的数字）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="169"/>
        <source>Enter a host: an IPv4 or IPv6 address, or a name.</source>
        <translation>请输入主机：IPv4 或 IPv6 地址，或主机名。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="171"/>
        <source>“{0}” is not a valid IPv6 address. With a port, put the address in brackets: [::1]:8000.</source>
        <translation>“{0}”不是有效的 IPv6 地址。带端口时请把地址放在方括号里：[::1]:8000。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="176"/>
        <source>“{0}” is not a valid scope id: after % comes an interface name or number (fe80::1%eth0).</source>
        <translation>“{0}”不是有效的作用域 ID：% 后面应是网络接口名或编号（fe80::1%eth0）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="181"/>
        <source>“{0}”: only a link-local address (fe80::…) takes a scope id (%…); leave it out.</source>
        <translation>“{0}”：只有链路本地地址（fe80::…）才带作用域 ID（%…）；请去掉它。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="185"/>
        <source>This machine has no network interface “{0}” (after %).</source>
        <translation>本机没有网络接口“{0}”（% 后面的部分）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="186"/>
        <source>“{0}” after the host is not a port: write host:port, [::1]:port.</source>
        <translation>主机后面的“{0}”不是端口：请写成 主机:端口 或 [::1]:端口。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="187"/>
        <source>“{0}” is an IPv6 address, but the family is IPv4: choose IPv6 or Auto.</source>
        <translation>“{0}”是 IPv6 地址，但地址族选的是 IPv4：请选择 IPv6 或“自动”。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="190"/>
        <source>“{0}” is an IPv4 address, but the family is IPv6: choose IPv4 or Auto.</source>
        <translation>“{0}”是 IPv4 地址，但地址族选的是 IPv6：请选择 IPv4 或“自动”。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="193"/>
        <source>Not a valid host name: “{0}”.</source>
        <translation>无效的主机名：“{0}”。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="194"/>
        <source>The host name is too long (253 characters at most).</source>
        <translation>主机名太长（最多 253 个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="195"/>
        <source>Port must be 1–65535.</source>
        <translation>端口必须在 1–65535 之间。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="202"/>
        <source>Unknown escape “{1}” at position {0}. Use \n \r \t \\ \0 or \xNN.</source>
        <translation>位置 {0} 处的转义“{1}”无法识别。请使用 \n \r \t \\ \0 或 \xNN。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="205"/>
        <source>“{1}” at position {0}: \x needs two hex digits.</source>
        <translation>位置 {0} 处的“{1}”：\x 后面需要两位十六进制数字。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="206"/>
        <source>Lone backslash at position {0} (write \\ for one backslash).</source>
        <translation>位置 {0} 处有单独的反斜杠（要表示一个反斜杠，请写 \\）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="209"/>
        <source>“{1}” at position {0} is not a hex digit.</source>
        <translation>位置 {0} 处的“{1}”不是十六进制数字。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="210"/>
        <source>Odd number of hex digits at position {0} (“{1}”): each byte is two digits.</source>
        <translation>位置 {0} 处的十六进制数字个数为奇数（“{1}”）：每个字节需要两位数字。</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="59"/>
        <source>Select bytes in the hex view to read them as numbers</source>
        <translation>在 Hex 视图中选中字节，即可把它们解读为数字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="66"/>
        <source>These bytes mix received and sent data: a number read across both directions means nothing.</source>
        <translation>这些字节混合了接收和发送的数据：跨越两个方向读出的数字没有意义。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="79"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="79"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="79"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="83"/>
        <source>Python struct format. ! = network byte order (big-endian), &lt; = little-endian. H/h 16-bit, I/i 32-bit, Q/q 64-bit integers (capital letter: unsigned); f/d 32/64-bit IEEE 754 floats.</source>
        <translation>Python struct 格式。! = 网络字节序（大端），&lt; = 小端。H/h 为 16 位、I/i 为 32 位、Q/q 为 64 位整数（大写字母：无符号）；f/d 为 32/64 位 IEEE 754 浮点数。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="135"/>
        <source>unsigned 16-bit, big-endian (network)</source>
        <translation>无符号 16 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="136"/>
        <source>unsigned 16-bit, little-endian</source>
        <translation>无符号 16 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="137"/>
        <source>signed 16-bit, big-endian (network)</source>
        <translation>有符号 16 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="138"/>
        <source>signed 16-bit, little-endian</source>
        <translation>有符号 16 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="139"/>
        <source>unsigned 32-bit, big-endian (network)</source>
        <translation>无符号 32 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="140"/>
        <source>unsigned 32-bit, little-endian</source>
        <translation>无符号 32 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="141"/>
        <source>signed 32-bit, big-endian (network)</source>
        <translation>有符号 32 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="142"/>
        <source>signed 32-bit, little-endian</source>
        <translation>有符号 32 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="143"/>
        <source>unsigned 64-bit, big-endian (network)</source>
        <translation>无符号 64 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="144"/>
        <source>unsigned 64-bit, little-endian</source>
        <translation>无符号 64 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="145"/>
        <source>signed 64-bit, big-endian (network)</source>
        <translation>有符号 64 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="146"/>
        <source>signed 64-bit, little-endian</source>
        <translation>有符号 64 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="147"/>
        <source>32-bit float, big-endian (network)</source>
        <translation>32 位浮点，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="148"/>
        <source>32-bit float, little-endian</source>
        <translation>32 位浮点，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="149"/>
        <source>64-bit float, big-endian (network)</source>
        <translation>64 位浮点，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="150"/>
        <source>64-bit float, little-endian</source>
        <translation>64 位浮点，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="151"/>
        <source>UTF-8 text</source>
        <translation>UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="157"/>
        <source>! = network byte order, which is big-endian: the most significant byte comes first. Protocols put numbers on the wire this way; socket.htons() / htonl() convert a number from host order to network order, ntohs() / ntohl() convert back.</source>
        <translation>! = 网络字节序，即大端：最高有效字节在前。网络协议就是这样在线路上传输数字的；socket.htons() / htonl() 把数字从主机字节序转换为网络字节序，ntohs() / ntohl() 则转换回来。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="164"/>
        <source>&lt; = little-endian: the least significant byte comes first, as in the memory of x86 and most ARM machines. On such a host socket.htons() swaps the two bytes of a 16-bit number; on a big-endian host it does nothing.</source>
        <translation>&lt; = 小端：最低有效字节在前，x86 和大多数 ARM 机器的内存中就是这样存放的。在这类主机上，socket.htons() 会交换 16 位数字的两个字节；在大端主机上它什么也不做。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="170"/>
        <source>The selected bytes decoded as UTF-8 (at most the first {0} bytes). TCP may split a character between two recv() calls.</source>
        <translation>选中的字节按 UTF-8 解码的结果（最多解码前 {0} 个字节）。TCP 可能把一个字符拆到两次 recv() 调用中。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="231"/>
        <source>byte {0}: {1}</source>
        <translation>字节 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="233"/>
        <source>bytes {0}–{1} ({2} selected): {3}</source>
        <translation>字节 {0}–{1}（选中 {2} 个）：{3}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="237"/>
        <source>Offsets count the bytes of both directions from the start of the connection; the hex view&apos;s left column shows them in hex (here 0x{0:x}–0x{1:x}).</source>
        <translation>偏移量从连接建立起计数，两个方向的字节都计算在内；Hex 视图的左列以十六进制显示偏移量（此处为 0x{0:x}–0x{1:x}）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="254"/>
        <source>needs {0} bytes</source>
        <translation>需要 {0} 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="261"/>
        <source>Not valid UTF-8: each � stands for bytes that are not (or not yet complete) UTF-8.</source>
        <translation>不是有效的 UTF-8：每个 � 代表不属于 UTF-8（或尚不完整）的字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="269"/>
        <source>Only the first {0} of {1} bytes are decoded.</source>
        <translation>{1} 字节中只解码了前 {0} 个。</translation>
    </message>
</context>
<context>
    <name>IntegrityRow</name>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="31"/>
        <source>Copy SHA-256</source>
        <translation>复制 SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="32"/>
        <source>Copy both SHA-256 hashes (received and sent)</source>
        <translation>复制两个 SHA-256 哈希值（已接收和已发送）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="56"/>
        <source>SHA-256: not computed (capture off)</source>
        <translation>SHA-256：未计算（捕获已关闭）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="60"/>
        <source>SHA-256 received {0}…  sent {1}…</source>
        <translation>SHA-256 已接收 {0}…  已发送 {1}…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="65"/>
        <source>SHA-256 of every byte received:
{0}
of every byte sent:
{1}</source>
        <translation>已接收的全部字节的 SHA-256：
{0}
已发送的全部字节的 SHA-256：
{1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="77"/>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="77"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="83"/>
        <source>{0} bytes after byte {1:,} are not kept on disk; they are still counted and in the SHA-256.</source>
        <translation>{0}的字节从第 {1:,} 个字节之后不再保存到磁盘；它们仍被计数，并计入 SHA-256。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="88"/>
        <source>Writing the capture failed: {0}</source>
        <translation>写入捕获文件失败：{0}</translation>
    </message>
</context>
<context>
    <name>IoModeRow</name>
    <message>
        <location filename="../../app/socket_playground/ui/io_mode.py" line="39"/>
        <source>blocking</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/io_mode.py" line="40"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/io_mode.py" line="41"/>
        <source>non-blocking</source>
        <translation>非阻塞</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/io_mode.py" line="44"/>
        <source>blocking: every call waits until it can finish (send() until the kernel took every byte). timeout: settimeout(s), a call waits at most s seconds, then TimeoutError. non-blocking: setblocking(False), a call that cannot finish at once raises BlockingIOError and the thread waits in select().</source>
        <translation>阻塞：每个调用都等到能完成为止（send() 等到内核收下全部字节）。超时：settimeout(s)，调用最多等 s 秒，然后抛出 TimeoutError。非阻塞：setblocking(False)，无法立即完成的调用抛出 BlockingIOError，线程在 select() 里等待。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/io_mode.py" line="56"/>
        <source>settimeout(seconds) for recv() and send()</source>
        <translation>recv() 和 send() 的 settimeout(秒数)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/io_mode.py" line="62"/>
        <source>I/O mode</source>
        <translation>I/O 模式</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/io_mode.py" line="107"/>
        <source>BlockingIOError ×{0} · TimeoutError ×{1}</source>
        <translation>BlockingIOError ×{0} · TimeoutError ×{1}</translation>
    </message>
</context>
<context>
    <name>LessonTranscript</name>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_transcript.py" line="27"/>
        <source>Every step carried out so far; the current one is highlighted</source>
        <translation>到目前为止执行过的每一步；当前这一步高亮显示</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="46"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="60"/>
        <source>The lessons in teaching order, following the concepts of the Socket Programming HOWTO, then its MySocket example</source>
        <translation>按教学顺序排列的课程：依次对应《套接字编程指南》（Socket Programming HOWTO）中的各个概念，最后是其中的 MySocket 示例</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="96"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="100"/>
        <source>Go back one step: a socket call cannot be undone, so every socket is closed and the lesson is carried out again, with new sockets, up to the step before</source>
        <translation>退回一步：套接字调用无法撤销，所以会关闭所有套接字，用新的套接字把课程重新执行到上一步</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="105"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="107"/>
        <source>Carry out the next step</source>
        <translation>执行下一个步骤</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="108"/>
        <source>Run all</source>
        <translation>全部运行</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="110"/>
        <source>Carry out every remaining step</source>
        <translation>执行剩余的所有步骤</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="111"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="114"/>
        <source>Close every socket, remove the panes and start the lesson again</source>
        <translation>关闭所有套接字，移除各面板，并重新开始本课程</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="128"/>
        <source>HOWTO concept {0}</source>
        <translation>HOWTO 概念 {0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="130"/>
        <source>The HOWTO&apos;s MySocket example</source>
        <translation>HOWTO 中的 MySocket 示例</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="164"/>
        <source>{0} steps</source>
        <translation>共 {0} 个步骤</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="165"/>
        <source>Press Next to carry out the first step, or Run all.</source>
        <translation>按“下一步”执行第一个步骤，或按“全部运行”。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="212"/>
        <source>Going back: steps 1 to {0} again, with new sockets…</source>
        <translation>正在退回：用新的套接字重新执行第 1 到第 {0} 步……</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="231"/>
        <source>Step {0} of {1}</source>
        <translation>步骤 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="253"/>
        <source>This step did not work as expected: {0}</source>
        <translation>此步骤未按预期完成：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="263"/>
        <source>Lesson complete. Reset runs it again.</source>
        <translation>课程完成。按“重置”可再次运行。</translation>
    </message>
</context>
<context>
    <name>ListenerPane</name>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="52"/>
        <source>Server #{0}</source>
        <translation>服务器 #{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="53"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="55"/>
        <source>close() the listening socket; accepted connections stay open</source>
        <translation>对监听套接字调用 close()；已接受的连接保持打开</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="179"/>
        <source>A server socket never sends or receives: each accept() returns a new socket, listed below; the first ones also get a pane.</source>
        <translation>服务器套接字从不发送或接收：每次 accept() 返回一个新的套接字，列在下面；最先的几个还会有自己的面板。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="89"/>
        <source>Connections accept() returned; double-click or Enter opens a pane</source>
        <translation>accept() 返回的连接；双击或按回车打开面板</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="95"/>
        <source>Filter: address, state, number…</source>
        <translation>筛选：地址、状态、编号……</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="102"/>
        <source>panes for the first </source>
        <translation>自动打开面板：前 </translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="105"/>
        <source>How many accepted connections get a pane of their own at once; every connection is live and recorded, with or without a pane</source>
        <translation>前多少个接受的连接立即获得自己的面板；无论有没有面板，每个连接都在运行并被记录</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="114"/>
        <source>at most </source>
        <translation>最多打开 </translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="115"/>
        <source> open</source>
        <translation> 个</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="118"/>
        <source>Connections this server keeps open at once; one more is accepted and closed at once (its client sees the connection end), and the timeline says so</source>
        <translation>本服务器同时保持打开的连接数；多出的连接会被 accept 后立即关闭（客户端看到连接结束），时间线会注明</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="131"/>
        <source>Accepted connections</source>
        <translation>已接受的连接</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="143"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="151"/>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="199"/>
        <source>Pause accepting</source>
        <translation>暂停接受连接</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="156"/>
        <source>Stop calling accept(): new connections wait in the kernel&apos;s accept queue (the listen() backlog); when it is full, new clients&apos; SYNs are dropped and their connect() waits and retries</source>
        <translation>停止调用 accept()：新连接在内核的接受队列（即 listen() 的积压队列 backlog）中等待；队列满后，新客户端的 SYN 会被丢弃，它们的 connect() 会等待并重试</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="168"/>
        <source>Auto-reply for connections accepted from now on</source>
        <translation>自动回复（用于此后接受的连接）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="199"/>
        <source>Resume accepting</source>
        <translation>恢复接受连接</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="38"/>
        <source>Socket Playground</source>
        <translation>Socket Playground — 套接字演练场</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="57"/>
        <source>Start a server, connect a client, then send: every send() and recv() call becomes a row.</source>
        <translation>先启动服务器，再连接客户端，然后发送：每次 send() 和 recv() 调用都会成为一行。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="208"/>
        <source>Server socket</source>
        <translation>服务器套接字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="219"/>
        <source>0 (OS chooses)</source>
        <translation>0（系统选择）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="221"/>
        <source>Port to bind(); 0 lets the OS choose a free one. Ports below 1024 are privileged.</source>
        <translation>要 bind() 的端口；0 表示由操作系统选择一个空闲端口。1024 以下的端口是特权端口。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="231"/>
        <source>listen(backlog): how many connections the kernel queues before accept()</source>
        <translation>listen(backlog)：积压队列（backlog）长度，即在 accept() 取走之前内核最多排队的连接数</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="78"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="236"/>
        <source>Backlog</source>
        <translation>积压队列</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="84"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="57"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="61"/>
        <source>The address family of socket(): Auto follows getaddrinfo (a name&apos;s first address decides); IPv4 is AF_INET, IPv6 is AF_INET6</source>
        <translation>socket() 的地址族：“自动”按 getaddrinfo 的结果（名字的第一个地址决定）；IPv4 即 AF_INET，IPv6 即 AF_INET6</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="85"/>
        <source>Family</source>
        <translation>地址族</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="149"/>
        <source>→ ? (see the host)</source>
        <translation>→ ?（请检查主机）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="157"/>
        <source>→ getaddrinfo decides…</source>
        <translation>→ 由 getaddrinfo 决定…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="164"/>
        <source>→ IPv4 (AF_INET)</source>
        <translation>→ IPv4（AF_INET）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="171"/>
        <source>→ IPv6 (AF_INET6), IPv4 clients too (dual stack)</source>
        <translation>→ IPv6（AF_INET6），也接受 IPv4 客户端（双栈）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="172"/>
        <source>→ IPv6 (AF_INET6)</source>
        <translation>→ IPv6（AF_INET6）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="181"/>
        <source>→ ? (getaddrinfo found no address)</source>
        <translation>→ ?（getaddrinfo 没有找到地址）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="184"/>
        <source>: {0}, getaddrinfo&apos;s first answer</source>
        <translation>：{0}，getaddrinfo 的第一个结果</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="187"/>
        <source>getaddrinfo&apos;s answers, in its order (the first is used): {0}</source>
        <translation>getaddrinfo 的结果，按其顺序（使用第一个）：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="211"/>
        <source>Address to bind(): 127.0.0.1 or ::1 = this machine only; 0.0.0.0 or :: = all interfaces. A port may follow: 127.0.0.1:8000, [::1]:8000</source>
        <translation>要 bind() 的地址：127.0.0.1 或 ::1 = 仅限本机；0.0.0.0 或 :: = 所有网络接口。后面可以跟端口：127.0.0.1:8000、[::1]:8000</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="238"/>
        <source>Start server</source>
        <translation>启动服务器</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="241"/>
        <source>socket(), bind(), listen(), then accept() in a loop on its own thread</source>
        <translation>依次调用 socket()、bind()、listen()，然后在独立线程中循环调用 accept()</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="256"/>
        <source>Client socket</source>
        <translation>客户端套接字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="258"/>
        <source>Host to connect() to; a port may follow: 127.0.0.1:6379, [::1]:8000</source>
        <translation>要 connect() 的主机；后面可以跟端口：127.0.0.1:6379、[::1]:8000</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="263"/>
        <source>Port to connect() to; follows the server you started last</source>
        <translation>要 connect() 的端口；自动跟随最近启动的服务器</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="265"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="268"/>
        <source>socket() then connect() on the client&apos;s own thread</source>
        <translation>在客户端自己的线程中先调用 socket()，再调用 connect()</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="276"/>
        <source>settimeout() before connect(): give up after this many seconds (ETIMEDOUT)</source>
        <translation>在 connect() 之前调用 settimeout()：超过这么多秒仍未连上就放弃（ETIMEDOUT）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="282"/>
        <source>connect() timeout</source>
        <translation>connect() 超时</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="248"/>
        <source>The I/O mode of the connections it accepts</source>
        <translation>它所接受的连接的 I/O 模式</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="95"/>
        <source>Servers and the connections they accept appear here.</source>
        <translation>服务器及其接受的连接会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="97"/>
        <source>Clients appear here.</source>
        <translation>客户端会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="100"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="101"/>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="100"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="102"/>
        <source>Socket options set before bind()/connect()</source>
        <translation>在 bind()/connect() 之前设置的套接字选项</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="116"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="118"/>
        <source>Close all sockets</source>
        <translation>关闭所有套接字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="126"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="128"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="134"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="135"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="217"/>
        <source>Server listening on {0}; the client form now points at it.</source>
        <translation>服务器正在 {0} 上监听；客户端表单已指向它。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="249"/>
        <source>About Socket Playground</source>
        <translation>关于 Socket Playground</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="251"/>
        <source>&lt;b&gt;Socket Playground&lt;/b&gt; {0}&lt;br&gt;See what TCP sockets do: every socket call, every chunk, every state.</source>
        <translation>&lt;b&gt;Socket Playground&lt;/b&gt; {0}&lt;br&gt;看看 TCP 套接字都做了什么：每一次套接字调用、每一个数据块、每一个状态。</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../../app/socket_playground/ui/messages_model.py" line="22"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages_model.py" line="25"/>
        <source>Offsets</source>
        <translation>偏移</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages_model.py" line="49"/>
        <source>(longer than the limit: skipped)</source>
        <translation>（超过上限：已跳过）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages_model.py" line="24"/>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages_model.py" line="26"/>
        <source>From recv() chunks</source>
        <translation>recv() 数据块</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages_model.py" line="23"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="62"/>
        <source>None (raw chunks)</source>
        <translation>无（原始数据块）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="63"/>
        <source>Fixed length</source>
        <translation>固定长度</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="64"/>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="65"/>
        <source>Length prefix</source>
        <translation>长度前缀</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="72"/>
        <source>How the two sides agree where a message ends: TCP itself keeps no message boundaries</source>
        <translation>双方如何约定一条消息在哪里结束：TCP 本身不保留消息边界</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="80"/>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="81"/>
        <source>Every message is exactly this long</source>
        <translation>每条消息都恰好是这个长度</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="85"/>
        <source>Bytes that end each message; escapes like \n, \r\n, \0, \xNN work</source>
        <translation>标志每条消息结束的字节；可使用 \n、\r\n、\0、\xNN 等转义</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="94"/>
        <source>struct format of the length: ! and &gt; are big-endian (network order), &lt; little-endian</source>
        <translation>长度的 struct 格式：! 和 &gt; 为大端（网络字节序），&lt; 为小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="98"/>
        <source>length counts the prefix too</source>
        <translation>长度值包含前缀本身</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="100"/>
        <source>Frame what I send the same way</source>
        <translation>我发送的内容也按同样方式分帧</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="103"/>
        <source>The send box&apos;s bytes get the length prefix or the delimiter before send()</source>
        <translation>调用 send() 之前，先给发送框中的字节加上长度前缀或分隔符</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="105"/>
        <source>Framing</source>
        <translation>分帧</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="192"/>
        <source>The delimiter is not valid: write bytes like \n or \r\n, not nothing.</source>
        <translation>分隔符无效：请填写 \n 或 \r\n 之类的字节，不能留空。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="307"/>
        <source>No framing: the chunk table shows the raw recv() results.</source>
        <translation>未分帧：数据块表格显示原始的 recv() 结果。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="287"/>
        <source>the prefix announces {0} bytes, more than the limit</source>
        <translation>前缀声明的长度为 {0} 字节，超过了上限</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="243"/>
        <source>Received bytes {0}–{1} were no longer kept when decoding reached them; fixed-length decoding went on at the next message boundary, byte {2} (message {3}).</source>
        <translation>解码到达时，已接收字节 {0}–{1} 已不再保留；定长解码在下一个消息边界（字节 {2}，消息 {3}）处继续。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="257"/>
        <source>{0} message(s) announced more than the limit of {1} bytes and were skipped (the last at received byte {2}: {3} bytes); decoding goes on after them.</source>
        <translation>{0} 条消息声明的长度超过 {1} 字节的上限，已被跳过（最后一条位于已接收字节 {2}：{3} 字节）；解码在其后继续。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="275"/>
        <source>Cannot resync after {0} bytes that were not kept (received bytes {1}–{2}): with this framing where the next message starts is unknown. {3} bytes received since the last whole message.</source>
        <translation>{0} 字节未被保留（已接收字节 {1}–{2}），之后无法重新同步：使用这种分帧方式无法知道下一条消息从哪里开始。自上一条完整消息以来已接收 {3} 字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="289"/>
        <source>the prefix announces {0} bytes, fewer than the prefix itself</source>
        <translation>前缀声明的长度为 {0} 字节，比前缀本身还短</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="292"/>
        <source>Cannot decode past received byte {0}: {1}.</source>
        <translation>无法越过接收流的偏移 {0} 继续解码：{1}。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="297"/>
        <source>No message ended in the last {0} bytes received: decoding stopped (is this the right framing?).</source>
        <translation>最近收到的 {0} 字节里没有一条消息结束：已停止解码（分帧方式选对了吗？）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="315"/>
        <source>{0} bytes received from offset {1} wait for the rest of a message (a receiver&apos;s recv() loop would keep waiting).</source>
        <translation>从偏移 {1} 起收到的 {0} 字节正在等待消息的其余部分（接收方的 recv() 循环会一直等下去）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="319"/>
        <source>Messages: {0}; no bytes waiting.</source>
        <translation>消息：{0} 条；没有等待中的字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="322"/>
        <source>Decoding… received byte {0} of {1}.</source>
        <translation>正在解码……已到接收字节 {0}（共 {1}）。</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <location filename="../../app/socket_playground/ui/options.py" line="29"/>
        <source>Kernel buffer size in bytes; 0 = leave the OS default. Linux doubles the value you ask for (the other half is for its own bookkeeping): the value shown after → is what getsockopt() reports.</source>
        <translation>内核缓冲区大小（字节）；0 = 保持操作系统默认值。Linux 会把你请求的值翻倍（多出的一半留给内核自身的簿记开销）：→ 后面显示的是 getsockopt() 报告的值。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/options.py" line="47"/>
        <source>Turn off Nagle&apos;s algorithm: small send() calls go out at once instead of being merged while an acknowledgement is outstanding.</source>
        <translation>关闭 Nagle 算法：小的 send() 调用会立即发出，而不是在等待确认（ACK）期间被合并。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/options.py" line="55"/>
        <source>Let the kernel probe an idle connection, so a vanished peer is noticed (after about two hours with Linux defaults).</source>
        <translation>让内核探测空闲的连接，以便发现已消失的对端（按 Linux 默认设置，约两小时后才开始探测）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/options.py" line="61"/>
        <source>idle </source>
        <translation>空闲 </translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/options.py" line="62"/>
        <source>every </source>
        <translation>间隔 </translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/options.py" line="63"/>
        <source>give up after </source>
        <translation>未应答 </translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/options.py" line="85"/>
        <source>An IPv6 listener: 0 (unticked) takes IPv4 clients too, their addresses shown as ::ffff:a.b.c.d (dual stack, where the OS allows); ticked: IPv6 only. Set before bind(); left out on an IPv4 socket.</source>
        <translation>IPv6 监听套接字：0（不勾选）也接受 IPv4 客户端，其地址显示为 ::ffff:a.b.c.d（双栈，操作系统允许时）；勾选：只接受 IPv6。在 bind() 之前设置；IPv4 套接字不设置此项。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/options.py" line="97"/>
        <source>Allow bind() to a port whose old connections are still in TIME_WAIT, e.g. right after restarting a server. Two listeners on one port are still refused (EADDRINUSE).</source>
        <translation>允许 bind() 到旧连接仍处于 TIME_WAIT 状态的端口，例如刚重启服务器之后。同一端口上的两个监听套接字仍会被拒绝（EADDRINUSE）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/options.py" line="110"/>
        <location filename="../../app/socket_playground/ui/options.py" line="120"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/options.py" line="123"/>
        <source>Keepalive timing (TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT): probes start after this many idle seconds, go this many seconds apart, and after this many go unanswered recv() fails with ETIMEDOUT; 0 = the OS default</source>
        <translation>保活时间（TCP_KEEPIDLE、TCP_KEEPINTVL、TCP_KEEPCNT）：空闲这么多秒后开始探测，探测间隔这么多秒，连续这么多次无应答后 recv() 以 ETIMEDOUT 失败；0 = 操作系统默认值</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/options.py" line="139"/>
        <source>The value the OS applied (getsockopt)</source>
        <translation>操作系统实际采用的值（getsockopt）</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="83"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="86"/>
        <source>Show the plain-Python code of what this socket did, to copy or save as a .py file</source>
        <translation>显示此套接字所做操作对应的纯 Python 代码，可复制或另存为 .py 文件</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="89"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="91"/>
        <source>close() this socket (its worker threads stop)</source>
        <translation>对此套接字调用 close()（其工作线程随之停止）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="95"/>
        <source>Close the socket if open and remove this pane</source>
        <translation>关闭套接字（若仍打开）并移除此面板</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../app/socket_playground/ui/presentation.py" line="72"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/presentation.py" line="77"/>
        <source>Larger fonts, the Lessons panel wide, full screen: for a projector</source>
        <translation>更大的字体、更宽的课程面板、全屏：适合投影</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../../app/socket_playground/ui/recovery_prompt.py" line="35"/>
        <location filename="../../app/socket_playground/ui/recovery_prompt.py" line="78"/>
        <source>Interrupted capture</source>
        <translation>中断的捕获</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/recovery_prompt.py" line="38"/>
        <source>A previous run ended without closing (process {0}). Its capture holds {1} socket(s) and {2} of data. Open what it captured?</source>
        <translation>上次运行未正常关闭（进程 {0}）。它的捕获包含 {1} 个套接字、{2} 数据。要打开它捕获的内容吗？</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/recovery_prompt.py" line="45"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/recovery_prompt.py" line="49"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/recovery_prompt.py" line="54"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/recovery_prompt.py" line="79"/>
        <source>The capture in {0} could not be recovered:
{1}</source>
        <translation>无法恢复 {0} 中的捕获：
{1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/recovery_prompt.py" line="87"/>
        <source>Recovered {0} sockets into {1}</source>
        <translation>已将 {0} 个套接字恢复到 {1}</translation>
    </message>
</context>
<context>
    <name>RulerCanvas</name>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="111"/>
        <source>send() calls of the sender</source>
        <translation>发送方的 send() 调用</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="112"/>
        <source>recv() results of the receiver</source>
        <translation>接收方的 recv() 结果</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="149"/>
        <source>(not in this window)</source>
        <translation>（不在此窗口中）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="151"/>
        <source>(no bytes yet)</source>
        <translation>（尚无字节）</translation>
    </message>
</context>
<context>
    <name>RulerPanel</name>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="223"/>
        <source>Bytes this socket received</source>
        <translation>此套接字接收的字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="224"/>
        <source>Bytes this socket sent</source>
        <translation>此套接字发送的字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="231"/>
        <source>Zoom in (or the mouse wheel)</source>
        <translation>放大（也可用鼠标滚轮）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="234"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="235"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="237"/>
        <source>Show the whole stream</source>
        <translation>显示整个流</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="308"/>
        <source>The other end is not in this window: only this socket&apos;s boundaries are shown.</source>
        <translation>对端不在此窗口中：只显示此套接字的边界。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="312"/>
        <source>{0} send() calls above, {1} recv() results below, one stream of {2} bytes: the boundaries need not line up.</source>
        <translation>上方 {0} 次 send() 调用，下方 {1} 个 recv() 结果，同属一个 {2} 字节的流：两边的边界不必对齐。</translation>
    </message>
</context>
<context>
    <name>SavedSession</name>
    <message>
        <location filename="../../app/socket_playground/ui/saved.py" line="56"/>
        <source>{0} — saved session (read-only)</source>
        <translation>{0} — 已保存的会话（只读）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/saved.py" line="58"/>
        <source>Opened {0}: {1} sockets, read-only</source>
        <translation>已打开 {0}：{1} 个套接字，只读</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="46"/>
        <source>A separate Python process</source>
        <translation>一个单独的 Python 进程</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="69"/>
        <source>(nothing printed yet)</source>
        <translation>（还没有输出）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="81"/>
        <source>no temporary folder for the script</source>
        <translation>没有可以存放脚本的临时文件夹</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="111"/>
        <source>the script is not running</source>
        <translation>脚本没有在运行</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="165"/>
        <source>(exit code {0})</source>
        <translation>（退出码 {0}）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="172"/>
        <source>Python could not be started: {0}</source>
        <translation>无法启动 Python：{0}</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="50"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="51"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="54"/>
        <source>Text: \n \r \t \\ \xNN escapes work. Hex: 48 65 6c 6c 6f (spaces optional).</source>
        <translation>文本：可使用 \n \r \t \\ \xNN 转义。Hex：48 65 6c 6c 6f（空格可省略）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="59"/>
        <source>Bytes to send, e.g. hello\n</source>
        <translation>要发送的字节，例如 hello\n</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="64"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="67"/>
        <source>send() in a loop; every call and its return value becomes a row</source>
        <translation>循环调用 send()；每次调用及其返回值都成为一行</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="101"/>
        <source>The Messages tab&apos;s delimiter is not valid.</source>
        <translation>“消息”标签页里的分隔符无效。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="105"/>
        <source>The send box holds at most {0} characters; send a file for more.</source>
        <translation>发送框最多容纳 {0} 个字符；更多内容请发送文件。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="111"/>
        <source>Nothing to send: type some bytes first.</source>
        <translation>没有可发送的内容：请先输入一些字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="115"/>
        <source>This socket cannot send now ({0}).</source>
        <translation>此套接字现在无法发送（{0}）。</translation>
    </message>
</context>
<context>
    <name>SendTools</name>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="39"/>
        <source>Bytes per send() call</source>
        <translation>每次 send() 调用的字节数</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="42"/>
        <source>Milliseconds between send() calls</source>
        <translation>两次 send() 调用之间的毫秒数</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="44"/>
        <source> B/send()</source>
        <translation> 字节/send()</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="45"/>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="73"/>
        <source> ms apart</source>
        <translation> 毫秒间隔</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="46"/>
        <source>Trickle</source>
        <translation>涓流发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="51"/>
        <source>Send the send box&apos;s bytes in pieces: pieces of N bytes, one send() each, T ms apart. A length prefix sent 1 byte at a time arrives split.</source>
        <translation>把发送框中的字节分成小块发送：每块 N 字节，每块一次 send()，间隔 T 毫秒。长度前缀若每次只发 1 字节，到达对端时也是被拆开的。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="66"/>
        <source>How many times; 0 = until you press Stop sending</source>
        <translation>发送次数；0 = 一直发送，直到按下“停止发送”</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="68"/>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="69"/>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="71"/>
        <source>Milliseconds between repeats</source>
        <translation>两次重复之间的毫秒数</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="74"/>
        <source>Repeat</source>
        <translation>重复发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="76"/>
        <source>Send the send box&apos;s bytes K times, T ms apart</source>
        <translation>把发送框中的字节发送 K 次，每次间隔 T 毫秒</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="82"/>
        <source>Send file…</source>
        <translation>发送文件…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="85"/>
        <source>Stream a file through send() in 64 KiB blocks; it is never loaded whole</source>
        <translation>以 64 KiB 为一块，通过 send() 流式发送文件；文件从不整个载入内存</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="88"/>
        <source>Stop sending</source>
        <translation>停止发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="91"/>
        <source>Stop a trickle, repeat or file send after the current send() call</source>
        <translation>在当前这次 send() 调用之后，停止涓流发送、重复发送或文件发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="109"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="110"/>
        <source>repeat</source>
        <translation>重复发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="111"/>
        <source>trickle</source>
        <translation>分片发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="140"/>
        <source>Send a file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="146"/>
        <source>{0} is not a regular file</source>
        <translation>{0} 不是普通文件</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="163"/>
        <source>{0}: {1} of {2} bytes</source>
        <translation>{0}：{1} / {2} 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_tools.py" line="169"/>
        <source>{0}: {1} bytes</source>
        <translation>{0}：{1} 字节</translation>
    </message>
</context>
<context>
    <name>SequenceCanvas</name>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="120"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="157"/>
        <source>{0} calls, {1} bytes</source>
        <translation>{0} 次调用，{1} 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="201"/>
        <source>send() {0}</source>
        <translation>send() {0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="203"/>
        <source>recv() {0}</source>
        <translation>recv() {0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="209"/>
        <source>close(): RST</source>
        <translation>close()：RST</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="213"/>
        <source>select(): writable</source>
        <translation>select()：可写</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="213"/>
        <source>select(): readable</source>
        <translation>select()：可读</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="266"/>
        <source>FIN (not read yet)</source>
        <translation>FIN（尚未读取）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="269"/>
        <source>{0} B</source>
        <translation>{0} 字节</translation>
    </message>
</context>
<context>
    <name>SequenceView</name>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="58"/>
        <source>Zoom in (or Ctrl+wheel)</source>
        <translation>放大（也可用 Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="59"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="60"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="60"/>
        <source>Show the whole conversation</source>
        <translation>显示整个对话</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="157"/>
        <source>Too many calls to draw one by one: zoom in to see each call and its bytes.</source>
        <translation>调用太多，无法逐个绘制：放大以查看每次调用及其字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="160"/>
        <source>Some send() calls were read by more recv() calls than are drawn.</source>
        <translation>部分 send() 的字节由更多次 recv() 读取，未全部画出。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="163"/>
        <source>Time runs down; each box is one call (its height: how long it blocked), each arrow the bytes of one send() that one recv() got.</source>
        <translation>时间向下推进；每个方框是一次调用（高度：阻塞了多久），每个箭头是一次 send() 被一次 recv() 收到的字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="246"/>
        <source>blocked {0}</source>
        <translation>阻塞 {0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="248"/>
        <source>Click: show this row in its pane</source>
        <translation>点击：在其面板中显示这一行</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="255"/>
        <source>FIN: this side will send nothing more; the other side&apos;s recv() returns b&apos;&apos;</source>
        <translation>FIN：这一端不再发送；另一端的 recv() 返回 b&apos;&apos;</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="259"/>
        <source>RST: close() with SO_LINGER 0 reset the connection; the other side&apos;s next call fails with ECONNRESET</source>
        <translation>RST：设置 SO_LINGER 0 的 close() 重置了连接；另一端的下一次调用以 ECONNRESET 失败</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="266"/>
        <source>{0} bytes (stream offsets {1}–{2}): send() #{3} → recv() #{4}</source>
        <translation>{0} 字节（流偏移 {1}–{2}）：send() #{3} → recv() #{4}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="270"/>
        <source>(these bytes are no longer kept)</source>
        <translation>（这些字节已不再保留）</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="55"/>
        <source>&amp;Save session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="59"/>
        <source>Save every socket with every call and every byte kept, in one .sps file</source>
        <translation>把每个套接字连同每次调用和保存下来的每个字节，存进一个 .sps 文件</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="62"/>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="65"/>
        <source>Open a saved session (.sps), read-only</source>
        <translation>打开已保存的会话（.sps），只读</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="68"/>
        <source>Open &amp;recent</source>
        <translation>最近的会话(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="80"/>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="101"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="82"/>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="120"/>
        <source>Socket Playground sessions (*.sps)</source>
        <translation>Socket Playground 会话 (*.sps)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="102"/>
        <source>The session could not be saved to {0}:
{1}</source>
        <translation>会话无法保存到 {0}：
{1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="110"/>
        <source>Saved {0} sockets to {1}</source>
        <translation>已把 {0} 个套接字保存到 {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="118"/>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="136"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="137"/>
        <source>{0} could not be opened:
{1}</source>
        <translation>无法打开 {0}：
{1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/session_menu.py" line="161"/>
        <source>(none yet)</source>
        <translation>（还没有）</translation>
    </message>
</context>
<context>
    <name>SocketControls</name>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="151"/>
        <source>How many bytes each recv() call asks for (1 byte … 1 MiB). recv() may return fewer; it never returns more. Takes effect from the next call.</source>
        <translation>每次 recv() 调用请求多少字节（1 字节 … 1 MiB）。recv() 可能返回更少，但绝不会返回更多。从下一次调用起生效。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="156"/>
        <location filename="../../app/socket_playground/ui/controls.py" line="278"/>
        <source>Pause reading</source>
        <translation>暂停读取</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="161"/>
        <source>Stop calling recv(): the bytes wait in this kernel&apos;s receive queue, then in the peer&apos;s send queue, and then the peer&apos;s send() blocks</source>
        <translation>停止调用 recv()：字节先在本端内核的接收队列中等待，然后在对端的发送队列中等待，最后对端的 send() 阻塞</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="166"/>
        <source>Receive:</source>
        <translation>接收：</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="177"/>
        <source>Bytes the kernel received that recv() has not taken yet (FIONREAD / SIOCINQ)</source>
        <translation>内核已收到、但 recv() 尚未取走的字节（FIONREAD / SIOCINQ）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="181"/>
        <source>Bytes handed to send() that the peer has not acknowledged yet (SIOCOUTQ)</source>
        <translation>已交给 send()、但对端尚未确认的字节（SIOCOUTQ）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="183"/>
        <source>Receive queue</source>
        <translation>接收队列</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="185"/>
        <source>Send queue</source>
        <translation>发送队列</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="194"/>
        <source>End the connection</source>
        <translation>结束连接</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="201"/>
        <source>Half-close: send FIN after the queued bytes. The peer&apos;s recv() returns b&apos;&apos; but it can still send to us, and we still receive.</source>
        <translation>半关闭：在排队的字节之后发送 FIN。对端的 recv() 返回 b&apos;&apos;，但它仍可以向我们发送，我们也仍在接收。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="208"/>
        <source>We will read no more: our recv() returns b&apos;&apos;. Nothing is sent to the peer.</source>
        <translation>我们不再读取：我们的 recv() 返回 b&apos;&apos;。不会向对端发送任何东西。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="213"/>
        <source>Close normally: the peer&apos;s recv() returns b&apos;&apos; (FIN)</source>
        <translation>正常关闭：对端的 recv() 返回 b&apos;&apos;（FIN）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="217"/>
        <source>abort (RST)</source>
        <translation>中止 (RST)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="219"/>
        <source>SO_LINGER on with 0 s, then close(): the kernel sends RST instead of FIN and the peer&apos;s recv() raises ConnectionResetError (ECONNRESET)</source>
        <translation>开启 SO_LINGER 并把超时设为 0 秒，然后 close()：内核发送 RST 而不是 FIN，对端的 recv() 抛出 ConnectionResetError（ECONNRESET）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="231"/>
        <source>Socket options (setsockopt now; → getsockopt)</source>
        <translation>套接字选项（立即 setsockopt；→ getsockopt）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="278"/>
        <source>Resume reading</source>
        <translation>恢复读取</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="298"/>
        <source>send() would block: the send buffer is full, {0} bytes wait in our queue</source>
        <translation>send() 会阻塞：发送缓冲区已满，{0} 字节在我们的队列中等待</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="301"/>
        <source>sending: {0} bytes queued</source>
        <translation>发送中：{0} 字节排队</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="322"/>
        <source>not available here</source>
        <translation>此系统不支持</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="327"/>
        <source>{0} bytes</source>
        <translation>{0} 字节</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="21"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="22"/>
        <source>listening</source>
        <translation>监听中</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="23"/>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="24"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="25"/>
        <source>peer closed</source>
        <translation>对端已关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="26"/>
        <source>half-closed</source>
        <translation>半关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="27"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="28"/>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="29"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="44"/>
        <source>socket() made the socket; nothing else happened yet.</source>
        <translation>socket() 已创建套接字；尚未进行其他操作。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="45"/>
        <source>listen() was called: the kernel queues incoming connections until accept() takes them.</source>
        <translation>已调用 listen()：内核将传入的连接排入队列，直到 accept() 取走它们。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="50"/>
        <source>connect() is waiting for the server&apos;s answer.</source>
        <translation>connect() 正在等待服务器应答。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="51"/>
        <source>Connected: both ends are equal peers and may send and receive.</source>
        <translation>已连接：两端是平等的对端，都可以发送和接收。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="54"/>
        <source>recv() returned b&apos;&apos;: the peer will send nothing more. We may still send until we close.</source>
        <translation>recv() 返回了 b&apos;&apos;：对端不会再发送任何数据。在我们关闭之前，仍然可以发送。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="59"/>
        <source>We called shutdown(SHUT_WR): we send nothing more, but can still receive.</source>
        <translation>我们调用了 shutdown(SHUT_WR)：不再发送，但仍可接收。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="62"/>
        <source>close() was called: the socket is gone.</source>
        <translation>已调用 close()：套接字已不复存在。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="63"/>
        <source>The connection was reset (RST): we aborted it (SO_LINGER 0, then close()) or the peer did (ECONNRESET). Bytes not yet read or sent are lost.</source>
        <translation>连接被重置（RST）：我们中止了它（SO_LINGER 0 后 close()），或者对端中止了它（ECONNRESET）。尚未读取或发送的字节都丢失了。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="69"/>
        <source>A socket call failed; the timeline says which and why.</source>
        <translation>某个套接字调用失败；时间线会显示是哪个调用以及失败原因。</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="58"/>
        <source>all interfaces</source>
        <translation>所有接口</translation>
    </message>
</context>
<context>
    <name>TcpStateRow</name>
    <message>
        <location filename="../../app/socket_playground/ui/tcp_state.py" line="24"/>
        <source>What the kernel says of this connection (getsockopt TCP_INFO; after close(), the kernel&apos;s connection table): ESTABLISHED while both ends are open; FIN_WAIT2 on the side that sent FIN first, CLOSE_WAIT on the other; TIME_WAIT on the side that closed first, for a minute after both closed</source>
        <translation>内核对这条连接的描述（getsockopt TCP_INFO；close() 之后取自内核的连接表）：两端都打开时为 ESTABLISHED；先发送 FIN 的一端为 FIN_WAIT2，另一端为 CLOSE_WAIT；两端都关闭后，先关闭的一端在 TIME_WAIT 中停留约一分钟</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tcp_state.py" line="55"/>
        <source>Kernel TCP state: not available here</source>
        <translation>内核 TCP 状态：此处无法获取</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tcp_state.py" line="57"/>
        <source>Kernel TCP state: gone (the kernel has forgotten the connection)</source>
        <translation>内核 TCP 状态：已消失（内核已不再记录这条连接）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tcp_state.py" line="61"/>
        <source>Kernel TCP state: {0} (from the kernel&apos;s connection table: the socket itself is closed, or reports CLOSE)</source>
        <translation>内核 TCP 状态：{0}（取自内核的连接表：套接字本身已关闭，或报告 CLOSE）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tcp_state.py" line="66"/>
        <source>Kernel TCP state: {0} · segments out {1}, in {2} · retransmitted {3} · RTT {4} ms · congestion window {5} · unacknowledged {6}</source>
        <translation>内核 TCP 状态：{0} · 发出报文段 {1}，收到 {2} · 重传 {3} · RTT {4} ms · 拥塞窗口 {5} · 未确认 {6}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="180"/>
        <source>Every socket call in order, with its result</source>
        <translation>按顺序列出每次套接字调用及其结果</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="223"/>
        <source>(waited {0})</source>
        <translation>（等待了 {0}）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="230"/>
        <source>{0} ×{1} → {2} bytes in all</source>
        <translation>{0} ×{1} → 共 {2} 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="245"/>
        <source>{0} → getsockopt() reads {1}</source>
        <translation>{0} → getsockopt() 读回 {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="249"/>
        <source>{0} → bound to {1}</source>
        <translation>{0} → 绑定到 {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="251"/>
        <source>{0} → a new socket connected to {1}</source>
        <translation>{0} → 一个连接到 {1} 的新套接字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="256"/>
        <source>{0} → nothing ready: timed out</source>
        <translation>{0} → 没有就绪的：超时</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="257"/>
        <source>writable</source>
        <translation>可写</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="257"/>
        <source>readable</source>
        <translation>可读</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="258"/>
        <source>{0} → {1} after {2}</source>
        <translation>{0} → {2} 后{1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="260"/>
        <source>{0} → connected, local address {1}</source>
        <translation>{0} → 已连接，本地地址 {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="265"/>
        <source>{0} → b&apos;&apos;  (after our own shutdown(SHUT_RD))</source>
        <translation>{0} → b&apos;&apos;  （在我们自己调用 shutdown(SHUT_RD) 之后）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="266"/>
        <source>{0} → b&apos;&apos;  (the peer closed its sending side)</source>
        <translation>{0} → b&apos;&apos;  （对端已关闭其发送方向）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="269"/>
        <source>{0}  (the program&apos;s own, to wake this socket&apos;s threads and stop them)</source>
        <translation>{0}  （程序自己调用的，用来唤醒并停止该套接字的线程）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="272"/>
        <source>{0} with SO_LINGER 0: the kernel sends RST, not FIN (abort)</source>
        <translation>{0}，且 SO_LINGER 为 0：内核发送 RST 而不是 FIN（中止）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="282"/>
        <source>(accepted from {0} and closed at once: this server already has {1} connections open, its cap)</source>
        <translation>（接受来自 {0} 的连接后立即关闭：本服务器已打开 {1} 个连接，达到上限）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="288"/>
        <source>(too many open files: {0} open, limit {1}; connections wait in the backlog, accept() is tried again after a pause)</source>
        <translation>（打开的文件过多：已打开 {0} 个，上限 {1}；连接在 backlog 中等待，稍后再次尝试 accept()）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="291"/>
        <source>(file descriptors free again: accepting goes on)</source>
        <translation>（文件描述符已空出：继续 accept）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="295"/>
        <source>(send() would block: the send buffer is full; the writer waits for room)</source>
        <translation>（send() 会阻塞：发送缓冲区已满；写线程等待空间）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="297"/>
        <source>(room in the send buffer again: sending goes on)</source>
        <translation>（发送缓冲区又有空间了：继续发送）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="300"/>
        <source>trickle</source>
        <translation>分片发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="301"/>
        <source>repeat</source>
        <translation>重复发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="302"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="305"/>
        <source>({0} send ended: {1} of {2} bytes sent)</source>
        <translation>（{0}任务结束：已发送 {1} / {2} 字节）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="308"/>
        <source>({0} send ended: {1} bytes sent)</source>
        <translation>（{0}任务结束：已发送 {1} 字节）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="310"/>
        <source>({0} queued bytes were never sent: the socket closed)</source>
        <translation>（排队中的 {0} 字节始终未发送：套接字已关闭）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="315"/>
        <source>(file {0} could not be read after {1} bytes: {2})</source>
        <translation>（文件 {0} 在读了 {1} 字节后无法继续读取：{2}）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="319"/>
        <source>(auto-reply sent: closing)</source>
        <translation>（自动回复已发送：正在关闭）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="321"/>
        <source>(the {0} thread failed: {1})</source>
        <translation>（{0} 线程出错：{1}）</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../app/socket_playground/ui/bind_question.py" line="42"/>
        <source>Listen on all interfaces?</source>
        <translation>在所有接口上监听？</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bind_question.py" line="44"/>
        <source>“{0}” means every interface: other machines on the network can connect.</source>
        <translation>“{0}”表示所有接口：网络上的其他机器也能连接。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bind_question.py" line="50"/>
        <source>Whatever they send is received and recorded, and any auto-reply answers them. Use 127.0.0.1 to keep the server to this machine.</source>
        <translation>它们发来的任何数据都会被接收和记录，自动回复也会应答它们。使用 127.0.0.1 可让服务器只对本机开放。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bind_question.py" line="54"/>
        <source>Listen on all interfaces</source>
        <translation>在所有接口上监听</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bind_question.py" line="57"/>
        <source>Don&apos;t ask again</source>
        <translation>不再询问</translation>
    </message>
</context>
</TS>
