<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../app/socket_playground/ui/about.py" line="36"/>
        <source>See what TCP sockets do: every socket call, every chunk, every state.</source>
        <translation>看看 TCP 套接字在做什么：每一次套接字调用、每一块数据、每一个状态。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/about.py" line="44"/>
        <source>MIT licence</source>
        <translation>MIT 许可证</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/about.py" line="46"/>
        <source>PSF licence</source>
        <translation>PSF 许可证</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/about.py" line="48"/>
        <source>LGPLv3 or GPL</source>
        <translation>LGPLv3 或 GPL</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/about.py" line="54"/>
        <source>Qt and PySide6 are used under the LGPLv3: you may replace the Qt and PySide6 libraries this program runs with.</source>
        <translation>Qt 和 PySide6 依据 LGPLv3 使用：您可以替换本程序运行所用的 Qt 和 PySide6 库。</translation>
    </message>
</context>
<context>
    <name>AutoReplyEditor</name>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="47"/>
        <source>Auto-reply (runs in the connection&apos;s own thread)</source>
        <translation>自动回复（在该连接自己的线程中运行）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="49"/>
        <source>Echo</source>
        <translation>回显</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="51"/>
        <source>Send back every recv() result as it arrived</source>
        <translation>把每次 recv() 的结果按收到时的原样发回</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="55"/>
        <source>fixed reply, e.g. OK\r\n</source>
        <translation>固定回复，例如 OK\r\n</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="56"/>
        <source>Sent after every recv() result; empty = off</source>
        <translation>每次 recv() 返回结果后发送；留空 = 关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="59"/>
        <source>Auto-reply format</source>
        <translation>自动回复的格式</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="60"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="61"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="62"/>
        <source>close() after the reply</source>
        <translation>回复后 close()</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="65"/>
        <source>Like a simple HTTP/1.0 server: answer once, then close the connection</source>
        <translation>就像简单的 HTTP/1.0 服务器：应答一次，然后关闭连接</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="109"/>
        <source>The reply is {0} bytes; at most {1} (every recv() result of any peer, even 1 byte, is answered with all of it).</source>
        <translation>回复有 {0} 字节；最多 {1} 字节（任何对端的每个 recv() 结果，哪怕只有 1 字节，都会收到整段回复）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="122"/>
        <source>Echo: every byte received is sent back once (×1).</source>
        <translation>回显：收到的每个字节原样发回一次（×1）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="125"/>
        <source>{0} bytes back for every recv() result: a 1-byte recv() gets ×{0}. Replies wait when the peer does not read (then recv() waits too).</source>
        <translation>每个 recv() 结果回复 {0} 字节：1 字节的 recv() 得到 ×{0}。对端不读时回复会等待（recv() 也随之等待）。</translation>
    </message>
</context>
<context>
    <name>Bind</name>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="201"/>
        <source>Loopback: only programs on this machine can connect.</source>
        <translation>回环地址：只有本机上的程序可以连接。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="202"/>
        <source>All interfaces: other machines on the network can connect too.</source>
        <translation>所有网络接口：网络上的其他机器也可以连接。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="203"/>
        <source>One interface: reachable at that address only.</source>
        <translation>单个网络接口：只能通过该地址访问。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="204"/>
        <source>Unix socket: only programs on this machine that may open the path can connect; its socket file is removed when the server closes.</source>
        <translation>Unix 套接字：只有本机上有权访问该路径的程序才能连接；服务器关闭时会删除它的套接字文件。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="209"/>
        <source>Abstract Unix socket: only programs on this machine (in its network namespace) can connect; no file, the name goes when the server closes.</source>
        <translation>抽象 Unix 套接字：只有本机（同一网络命名空间）的程序才能连接；没有文件，服务器关闭时名字随之消失。</translation>
    </message>
</context>
<context>
    <name>BytesTab</name>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="36"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="37"/>
        <source>Text (UTF-8)</source>
        <translation>文本（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="38"/>
        <source>Text (Latin-1)</source>
        <translation>文本（Latin-1）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="39"/>
        <source>How to show the bytes</source>
        <translation>字节的显示方式</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="46"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;■ received&lt;/span&gt;  &lt;span style=&apos;color:{1}&apos;&gt;■ sent&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;■ 已接收&lt;/span&gt;  &lt;span style=&apos;color:{1}&apos;&gt;■ 已发送&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="54"/>
        <source>Go to: offset or #chunk</source>
        <translation>跳转：偏移量或 #块号</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="57"/>
        <source>Enter a byte offset of the stream shown (1234 or 0x4d2) or a chunk number (#17), then Enter: its bytes are selected in the hex view</source>
        <translation>输入所显示字节流中的字节偏移量（1234 或 0x4d2）或块号（#17），然后按回车：这些字节会在十六进制视图中被选中</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="98"/>
        <source>There is no chunk #{0} (0 … {1}).</source>
        <translation>没有 #{0} 号块（0 … {1}）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="107"/>
        <source>Offset {0} is outside the stream (0 … {1}).</source>
        <translation>偏移量 {0} 超出了字节流（0 … {1}）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="113"/>
        <source>Write a byte offset (1234, 0x4d2) or #chunk (#17).</source>
        <translation>请输入字节偏移量（1234、0x4d2）或 #块号（#17）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_tab.py" line="117"/>
        <source>Those bytes are no longer kept.</source>
        <translation>这些字节已不再保存。</translation>
    </message>
</context>
<context>
    <name>BytesView</name>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_view.py" line="310"/>
        <source>[… {0} earlier bytes not shown …]</source>
        <extracomment>(start, end) combined-stream offsets of the selection; start == end: none. qlonglong, not int: offsets pass 2**31 after 2 GiB of traffic. PySide6 accepts C++ type names here (no Python type maps to qlonglong), but its stub for Signal allows only ``type`` (Slot&apos;s allows ``type | str``).</extracomment>
        <translation>[… 之前的 {0} 字节未显示 …]</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/bytes_view.py" line="317"/>
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
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="221"/>
        <source>One row per recv() result and per send() call: TCP moves bytes, not messages</source>
        <translation>每个 recv() 结果和每次 send() 调用各占一行：TCP 传输的是字节，而不是消息</translation>
    </message>
</context>
<context>
    <name>ChunkTableModel</name>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="50"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="53"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="51"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="52"/>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="56"/>
        <source>Stream offset</source>
        <translation>流偏移</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="54"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="32"/>
        <source>{0} µs</source>
        <translation>{0} µs</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="33"/>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="55"/>
        <source>Waited</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="59"/>
        <source>The call&apos;s place in this socket&apos;s chunks</source>
        <translation>该调用在本套接字数据块中的序号</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="60"/>
        <source>recv(bufsize) or send(bytes offered): what was asked</source>
        <translation>recv(bufsize) 或 send(提供的字节数)：调用时请求的量</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="62"/>
        <source>What the call returned: recv() may return fewer bytes than asked, send() may take fewer than offered</source>
        <translation>调用的返回值：recv() 可能返回比请求更少的字节，send() 可能只接收提供字节中的一部分</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="66"/>
        <source>When the call returned, in seconds on the run&apos;s one clock (from its first socket), so both ends of a connection can be compared</source>
        <translation>调用返回的时刻，以秒计，使用本次运行统一的时钟（从第一个套接字算起），所以连接两端的时间可以直接比较</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="69"/>
        <source>The first bytes, with escapes for the unprintable</source>
        <translation>开头的几个字节，不可打印的字节以转义形式显示</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="71"/>
        <source>How long the call blocked: for recv(), the wait for data plus the call; for send(), from its first attempt until it returned</source>
        <translation>调用阻塞了多久：recv() 为等待数据的时间加上调用本身；send() 为从第一次尝试到返回的时间</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="74"/>
        <source>Where the chunk starts in its direction&apos;s byte stream</source>
        <translation>该数据块在其方向的字节流中的起始偏移</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="161"/>
        <source>b&apos;&apos; — end of stream</source>
        <translation>b&apos;&apos; — 流结束</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="174"/>
        <source>recv() returned {0} bytes</source>
        <translation>recv() 返回了 {0} 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="175"/>
        <source>send() returned {0}: the kernel took {0} bytes</source>
        <translation>send() 返回 {0}：内核接收了 {0} 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="182"/>
        <source>recv() blocked {0}: waiting for data, then the call</source>
        <translation>recv() 阻塞了 {0}：先等待数据到达，再执行调用</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/chunk_model.py" line="184"/>
        <source>send() blocked {0}: from its first attempt until the kernel took the bytes</source>
        <translation>send() 阻塞了 {0}：从第一次尝试到内核接收这些字节</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="90"/>
        <source>Python code for socket #{0}</source>
        <translation>套接字 #{0} 的 Python 代码</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="94"/>
        <source>The same socket calls as plain Python (socket module only), generated from what this socket did. Run it against the same peer: the same bytes go on the wire (recv() may split them differently: TCP is a stream). The program shows this code; it never runs it.</source>
        <translation>根据此套接字的实际操作生成的纯 Python 代码（只用 socket 模块），包含同样的套接字调用。让它连接同一个对端运行，线路上传输的字节完全相同（recv() 可能以不同方式切分这些字节：TCP 是流）。本程序只显示这段代码，从不运行它。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="108"/>
        <source>As a teacher would write it</source>
        <translation>按老师的写法</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="109"/>
        <source>Every call as recorded</source>
        <translation>按记录逐个调用</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="112"/>
        <source>sendall() and receive loops, or each send() and recv() the program made (partial sends)</source>
        <translation>使用 sendall() 和接收循环，或列出程序所做的每次 send() 和 recv() 调用（部分发送）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="118"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="121"/>
        <source>Save as .py…</source>
        <translation>另存为 .py…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="124"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="126"/>
        <source>Generate again from everything the socket did so far</source>
        <translation>根据此套接字到目前为止的全部操作重新生成</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="128"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="150"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="156"/>
        <source>Save the script</source>
        <translation>保存脚本</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="156"/>
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="166"/>
        <source>Could not save: {0}</source>
        <translation>无法保存：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/code_view.py" line="168"/>
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
        <location filename="../../app/socket_playground/ui/pane.py" line="139"/>
        <source>Client #{0}</source>
        <translation>客户端 #{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="141"/>
        <source>Connection #{0} (from server #{1})</source>
        <translation>连接 #{0}（来自服务器 #{1}）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="158"/>
        <source>Bytes and calls in each direction; queued = handed to send() but not yet taken</source>
        <translation>每个方向的字节数和调用次数；排队 = 已交给 send() 但内核尚未接收</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="173"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="174"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="177"/>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="186"/>
        <source>Send more</source>
        <translation>更多发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="192"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="201"/>
        <source>Ruler</source>
        <translation>标尺</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="204"/>
        <source>One byte axis: the sender&apos;s send() boundaries above, the receiver&apos;s recv() boundaries below</source>
        <translation>同一条字节轴：上方是发送方的 send() 边界，下方是接收方的 recv() 边界</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="383"/>
        <source>Queued behind the repeat that runs until stopped: sent once you press Stop sending (Send more).</source>
        <translation>已排在持续运行的重复发送之后：按下“停止发送”（更多发送）后才会发出。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="195"/>
        <source>Framing: reassemble messages from the received stream (fixed length, delimiter, length prefix)</source>
        <translation>分帧：从接收到的流中重新组装出消息（固定长度、分隔符、长度前缀）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="180"/>
        <source>recv() size, pause, kernel queues, shutdown/close/abort, socket options, auto-reply</source>
        <translation>recv() 大小、暂停读取、内核队列、shutdown/close/中止、套接字选项、自动回复</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="188"/>
        <source>Trickle, repeat and file sends</source>
        <translation>涓流发送、重复发送和文件发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="330"/>
        <source>received {0} bytes in {1} recv() · sent {2} bytes in {3} send() · queued {4}</source>
        <translation>已接收 {0} 字节（{1} 次 recv()）· 已发送 {2} 字节（{3} 次 send()）· 排队 {4}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane.py" line="340"/>
        <source>received at {0} MB/s</source>
        <translation>接收速率 {0} MB/s</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/socket_playground/ui/conversation.py" line="33"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/conversation.py" line="35"/>
        <source>The relay on one clock: its client, both legs and the target (those in this window), every call a box, what the relay passed on as dotted arrows</source>
        <translation>同一时钟下的中继：它的客户端、两个连接段和目标（在本窗口中的），每次调用一个方框，中继转发的字节画成虚线箭头</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/conversation.py" line="41"/>
        <source>Both ends of this connection on one clock: every call a box, the bytes in flight as arrows (the other end must be in this window)</source>
        <translation>同一时钟下这条连接的两端：每次调用一个方框，传输中的字节画成箭头（另一端须在本窗口中）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/conversation.py" line="62"/>
        <source>The other end of this connection is not in this window.</source>
        <translation>这条连接的另一端不在本窗口中。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/conversation.py" line="73"/>
        <source>Conversation: {0} ⇄ {1}</source>
        <translation>对话：{0} ⇄ {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/conversation.py" line="101"/>
        <source>Connection #{0}</source>
        <translation>连接 #{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/conversation.py" line="115"/>
        <source>Relay #{0}: {1}</source>
        <translation>中继 #{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_words.py" line="18"/>
        <source>Bytes typed into a relay leg are queued among the forwarded ones and not yet placed: what the leg sends from where they may begin is not linked until they are.</source>
        <translation>输入到中继连接段的字节已排在转发的字节中间，但还没有发出：从它们可能开始的位置起，这个连接段发送的内容要等它们发出后才能关联。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_words.py" line="23"/>
        <source>Time runs down; each box is one call. Solid arrows: bytes in flight between the two ends of a connection. Dotted arrows: bytes the relay got by recv() on one leg and passed on by send() on the other.</source>
        <translation>时间向下推进；每个方框是一次调用。实线箭头：一条连接两端之间传输中的字节。虚线箭头：中继在一个连接段上用 recv() 收到、在另一段上用 send() 转发出去的字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_words.py" line="39"/>
        <source>{0} bytes (stream offsets {1}–{2}) passed on by the relay: recv() #{3} on {4} → send() #{5} on {6}</source>
        <translation>中继转发了 {0} 字节（流偏移 {1}–{2}）：{4} 上的 recv() #{3} → {6} 上的 send() #{5}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_words.py" line="53"/>
        <source>(these bytes are no longer kept)</source>
        <translation>（这些字节已不再保留）</translation>
    </message>
</context>
<context>
    <name>CopyActions</name>
    <message>
        <location filename="../../app/socket_playground/ui/copy_actions.py" line="38"/>
        <source>Copy as hex</source>
        <translation>复制为十六进制</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/copy_actions.py" line="39"/>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/copy_actions.py" line="40"/>
        <source>Copy as Python bytes</source>
        <translation>复制为 Python bytes 字面量</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/copy_actions.py" line="41"/>
        <source>Copy as C array</source>
        <translation>复制为 C 数组</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/copy_actions.py" line="52"/>
        <source>Nothing to copy: select bytes or rows first.</source>
        <translation>没有可复制的内容：请先选择字节或行。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/copy_actions.py" line="57"/>
        <source>Copied the first {0} of {1} bytes selected (at most {0} at a time).</source>
        <translation>已复制所选 {1} 字节中的前 {0} 字节（每次最多 {0} 字节）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/copy_actions.py" line="61"/>
        <source>Copied {0} bytes.</source>
        <translation>已复制 {0} 字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/copy_actions.py" line="63"/>
        <source>{0} of them are no longer kept and were left out.</source>
        <translation>其中 {0} 字节已不再保留，未包含在内。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/copy_actions.py" line="90"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="235"/>
        <source>{0} µs</source>
        <translation>{0} µs</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="238"/>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="240"/>
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
        <location filename="../../app/socket_playground/ui/errors_words.py" line="24"/>
        <source>Connection refused: the socket file exists but no program is listening on it (a stale file left by a server that ended?).</source>
        <translation>连接被拒绝：套接字文件存在，但没有程序在它上面监听（是已结束的服务器留下的陈旧文件吗？）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="29"/>
        <source>No socket file at that path: is the server running, is the path right?</source>
        <translation>该路径上没有套接字文件：服务器在运行吗？路径对吗？</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="32"/>
        <source>Permission denied: this user may not open that socket file (its permissions, or its folder&apos;s).</source>
        <translation>权限不足：当前用户不能打开该套接字文件（它的权限，或其所在文件夹的权限）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="46"/>
        <source>Connection refused: nothing is listening on that port (the peer answered with a reset).</source>
        <translation>连接被拒绝：该端口上没有程序在监听（对端以复位 RST 作答）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="51"/>
        <source>Connection reset by peer: the other end aborted the connection (it sent RST, not a normal FIN).</source>
        <translation>连接被对端重置：另一端中止了连接（它发送的是 RST，而不是正常的 FIN）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="56"/>
        <source>The connection was aborted on this machine.</source>
        <translation>连接在本机上被中止。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="57"/>
        <source>Address already in use: another socket is bound to this address and port.</source>
        <translation>地址已被占用：另一个套接字已绑定到此地址和端口。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="60"/>
        <source>That address does not belong to this machine, so it cannot be bound.</source>
        <translation>该地址不属于本机，因此无法绑定。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="63"/>
        <source>Permission denied: ports below 1024 are privileged; a normal user cannot bind them.</source>
        <translation>权限不足：1024 以下的端口是特权端口，普通用户无法绑定。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="67"/>
        <source>Operation not permitted.</source>
        <translation>操作不被允许。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="68"/>
        <source>BlockingIOError: the socket is non-blocking and the call could not finish at once (nothing to read, or no room to send). Nothing happened; wait with select() and call again.</source>
        <translation>BlockingIOError：套接字是非阻塞的，这个调用无法立即完成（没有可读的数据，或没有发送空间）。什么也没发生；用 select() 等待后再调用。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="74"/>
        <source>SSLWantReadError: a non-blocking TLS socket needs more bytes from the peer first (a TLS record is not complete). Nothing happened; wait until the socket is readable (select()) and call again.</source>
        <translation>SSLWantReadError：非阻塞的 TLS 套接字需要先从对端收到更多字节（一个 TLS 记录还不完整）。什么也没发生；等到套接字可读（select()）后再调用一次。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="80"/>
        <source>SSLWantWriteError: a non-blocking TLS socket cannot send its record now (the send buffer is full). Nothing happened; wait until the socket is writable (select()) and call again.</source>
        <translation>SSLWantWriteError：非阻塞的 TLS 套接字现在发不出它的记录（发送缓冲区已满）。什么也没发生；等到套接字可写（select()）后再调用一次。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="86"/>
        <source>BlockingIOError: a non-blocking connect() has started; select() says when the socket is writable, then getsockopt(SO_ERROR) says whether it connected.</source>
        <translation>BlockingIOError：非阻塞的 connect() 已经开始；select() 告诉你套接字何时可写，然后 getsockopt(SO_ERROR) 告诉你是否连接成功。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="91"/>
        <source>TimeoutError: nothing happened within the socket&apos;s timeout (settimeout). The socket is fine; the program calls again.</source>
        <translation>TimeoutError：在套接字的超时时间（settimeout）内什么也没发生。套接字没有问题；程序会再次调用。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="96"/>
        <source>Timed out: no answer came in time.</source>
        <translation>超时：未能及时收到应答。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="97"/>
        <source>No route to that host.</source>
        <translation>没有通往该主机的路由。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="98"/>
        <source>That network cannot be reached.</source>
        <translation>该网络不可达。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="99"/>
        <source>Broken pipe: the connection is closed for sending.</source>
        <translation>管道已断开：该连接已不能再发送。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="100"/>
        <source>The socket is not connected.</source>
        <translation>套接字未连接。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="101"/>
        <source>Invalid argument for this socket&apos;s state.</source>
        <translation>参数对此套接字的当前状态无效。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="102"/>
        <source>Host name not found (DNS lookup failed).</source>
        <translation>找不到主机名（DNS 查询失败）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="103"/>
        <source>Host name lookup failed for now; try again.</source>
        <translation>主机名查询暂时失败，请重试。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="104"/>
        <source>Host name lookup failed.</source>
        <translation>主机名查询失败。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="105"/>
        <source>Too many open files: {0}. New connections wait in the backlog and are accepted once descriptors are free again.</source>
        <translation>打开的文件过多：{0}。新连接在 backlog 中等待，文件描述符空出后再 accept。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="110"/>
        <source>Too many open files on this machine: {0}. New connections wait in the backlog.</source>
        <translation>本机打开的文件过多：{0}。新连接在 backlog 中等待。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="124"/>
        <source>“{0}” has no IPv6 address here (the name exists, with IPv4 addresses only): choose IPv4 or Auto.</source>
        <translation>“{0}”在本机没有 IPv6 地址（这个名字存在，但只有 IPv4 地址）：请选择 IPv4 或“自动”。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="130"/>
        <source>“{0}” has no IPv4 address here (the name exists, with IPv6 addresses only): choose IPv6 or Auto.</source>
        <translation>“{0}”在本机没有 IPv4 地址（这个名字存在，但只有 IPv6 地址）：请选择 IPv6 或“自动”。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/errors_words.py" line="150"/>
        <source>select() did not find the socket writable within {0} s: the program gave up on connect() (no getsockopt(SO_ERROR) was made) and closed the socket.</source>
        <translation>select() 在 {0} 秒内没有等到套接字可写：程序放弃了 connect()（没有调用 getsockopt(SO_ERROR)），并关闭了套接字。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="95"/>
        <source>Too many open files ({0}): close some connections first. Starting another socket now could end the program.</source>
        <translation>打开的文件过多（{0}）：请先关闭一些连接。此时再启动套接字可能使程序终止。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="38"/>
        <source>Find bytes</source>
        <translation>查找字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="41"/>
        <source>Enter: next match, Shift+Enter: previous, Esc: close</source>
        <translation>Enter：下一个匹配，Shift+Enter：上一个，Esc：关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="45"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="46"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="47"/>
        <source>Escapes</source>
        <translation>转义</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="49"/>
        <source>Text: as typed (UTF-8). Hex: 48 65 6c. Escapes: text with \n \r \t \xNN.</source>
        <translation>文本：按输入内容（UTF-8）。十六进制：48 65 6c。转义：可使用 \n \r \t \xNN 的文本。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="51"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="52"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="59"/>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="192"/>
        <source>{0} matches so far…</source>
        <translation>目前已找到 {0} 个匹配…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="195"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="200"/>
        <source>{0} of {1}</source>
        <translation>第 {0} 个，共 {1} 个</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/find_bar.py" line="202"/>
        <source>{0} matches</source>
        <translation>{0} 个匹配</translation>
    </message>
</context>
<context>
    <name>Framing</name>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="219"/>
        <source>With fixed-length framing the message must be exactly that many bytes.</source>
        <translation>使用固定长度分帧时，消息必须恰好是这么多字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="222"/>
        <source>The message contains the delimiter (or ends with part of it): the receiver would end it early.</source>
        <translation>消息中包含分隔符（或以分隔符的一部分结尾）：接收方会过早地认为消息已结束。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="228"/>
        <source>The message is too long for this length prefix.</source>
        <translation>消息太长，此长度前缀无法表示其长度。</translation>
    </message>
</context>
<context>
    <name>HostHistory</name>
    <message>
        <location filename="../../app/socket_playground/ui/window_memory.py" line="76"/>
        <source>Addresses used before</source>
        <translation>用过的地址</translation>
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
    <message>
        <location filename="../../app/socket_playground/ui/io_mode.py" line="145"/>
        <source>{0} bytes that came meanwhile are shown once it returns (calls stay in order)</source>
        <translation>其间到达的 {0} 字节要等它返回后才显示（调用保持原有顺序）</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="105"/>
        <source>“{0}” is not a valid IPv4 address (four numbers 0–255).</source>
        <translation>“{0}”不是有效的 IPv4 地址（应为四个 0–255 之间的数字）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="104"/>
        <source>Enter a host: an IPv4 or IPv6 address, or a name.</source>
        <translation>请输入主机：IPv4 或 IPv6 地址，或主机名。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="106"/>
        <source>“{0}” is not a valid IPv6 address. With a port, put the address in brackets: [::1]:8000.</source>
        <translation>“{0}”不是有效的 IPv6 地址。带端口时请把地址放在方括号里：[::1]:8000。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="111"/>
        <source>“{0}” is not a valid scope id: after % comes an interface name or number (fe80::1%eth0).</source>
        <translation>“{0}”不是有效的作用域 ID：% 后面应是网络接口名或编号（fe80::1%eth0）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="116"/>
        <source>“{0}”: only a link-local address (fe80::…) takes a scope id (%…); leave it out.</source>
        <translation>“{0}”：只有链路本地地址（fe80::…）才带作用域 ID（%…）；请去掉它。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="120"/>
        <source>This machine has no network interface “{0}” (after %).</source>
        <translation>本机没有网络接口“{0}”（% 后面的部分）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="121"/>
        <source>“{0}” after the host is not a port: write host:port, [::1]:port.</source>
        <translation>主机后面的“{0}”不是端口：请写成 主机:端口 或 [::1]:端口。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="122"/>
        <source>“{0}” is an IPv6 address, but the family is IPv4: choose IPv6 or Auto.</source>
        <translation>“{0}”是 IPv6 地址，但地址族选的是 IPv4：请选择 IPv6 或“自动”。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="125"/>
        <source>“{0}” is an IPv4 address, but the family is IPv6: choose IPv4 or Auto.</source>
        <translation>“{0}”是 IPv4 地址，但地址族选的是 IPv6：请选择 IPv4 或“自动”。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="128"/>
        <source>Not a valid host name: “{0}”.</source>
        <translation>无效的主机名：“{0}”。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="129"/>
        <source>The host name is too long (253 characters at most).</source>
        <translation>主机名太长（最多 253 个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="130"/>
        <source>Port must be 1–65535.</source>
        <translation>端口必须在 1–65535 之间。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="131"/>
        <source>Enter the socket file&apos;s path (/tmp/sp.sock), or @name for an abstract name.</source>
        <translation>请输入套接字文件的路径（/tmp/sp.sock），或用 @name 表示抽象名字。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="134"/>
        <source>“{0}” is a path: choose the Unix family for a Unix domain socket.</source>
        <translation>“{0}”是一个路径：Unix 域套接字请选择 Unix 地址族。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="137"/>
        <source>“{0}”: write the socket file&apos;s full path, from / (/tmp/sp.sock), or @name for an abstract name.</source>
        <translation>“{0}”：请写出套接字文件的完整路径，从 / 开始（/tmp/sp.sock），或用 @name 表示抽象名字。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="142"/>
        <source>A Unix socket&apos;s path cannot contain a NUL byte (\0).</source>
        <translation>Unix 套接字的路径不能包含 NUL 字节（\0）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="143"/>
        <source>“{0}” ends with /: that is a directory, not a socket file.</source>
        <translation>“{0}”以 / 结尾：那是目录，不是套接字文件。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="144"/>
        <source>The path is {0} bytes: a Unix socket address (sun_path) holds 108 bytes, so at most 107 and the closing NUL. Choose a shorter path.</source>
        <translation>路径长 {0} 字节：Unix 套接字地址（sun_path）只能容纳 108 字节，即最多 107 字节再加结尾的 NUL。请选一个更短的路径。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="156"/>
        <source>a regular file</source>
        <translation>普通文件</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="157"/>
        <source>a directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="160"/>
        <source>The folder “{1}” does not exist: no socket file can be made there.</source>
        <translation>文件夹“{1}”不存在：无法在那里创建套接字文件。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="161"/>
        <source>Permission denied: “{1}” cannot be used (write and search rights needed).</source>
        <translation>权限不足：无法使用“{1}”（需要写入和搜索权限）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="164"/>
        <source>“{0}” is {1}, not a socket file: choose another path (it will not be removed).</source>
        <translation>“{0}”是{1}，不是套接字文件：请选择其他路径（它不会被删除）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="168"/>
        <source>A server is listening on “{0}” already (connect() answered).</source>
        <translation>已有服务器在“{0}”上监听（connect() 得到了应答）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="169"/>
        <source>Server #{1} of this window is listening on “{0}” already.</source>
        <translation>本窗口的服务器 #{1} 已经在“{0}”上监听。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="170"/>
        <source>“{0}” is a socket file that no server listens on (stale): bind() would fail with EADDRINUSE until it is removed.</source>
        <translation>“{0}”是一个没有服务器监听的套接字文件（陈旧的）：删除它之前，bind() 会因 EADDRINUSE 而失败。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="177"/>
        <source>another kind of file</source>
        <translation>其他类型的文件</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="184"/>
        <source>Unknown escape “{1}” at position {0}. Use \n \r \t \\ \0 or \xNN.</source>
        <translation>位置 {0} 处的转义“{1}”无法识别。请使用 \n \r \t \\ \0 或 \xNN。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="187"/>
        <source>“{1}” at position {0}: \x needs two hex digits.</source>
        <translation>位置 {0} 处的“{1}”：\x 后面需要两位十六进制数字。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="188"/>
        <source>Lone backslash at position {0} (write \\ for one backslash).</source>
        <translation>位置 {0} 处有单独的反斜杠（要表示一个反斜杠，请写 \\）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="191"/>
        <source>“{1}” at position {0} is not a hex digit.</source>
        <translation>位置 {0} 处的“{1}”不是十六进制数字。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="192"/>
        <source>Odd number of hex digits at position {0} (“{1}”): each byte is two digits.</source>
        <translation>位置 {0} 处的十六进制数字个数为奇数（“{1}”）：每个字节需要两位数字。</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="58"/>
        <source>Select bytes in the hex view to read them as numbers</source>
        <translation>在 Hex 视图中选中字节，即可把它们解读为数字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="65"/>
        <source>These bytes mix received and sent data: a number read across both directions means nothing.</source>
        <translation>这些字节混合了接收和发送的数据：跨越两个方向读出的数字没有意义。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="78"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="78"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="78"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="82"/>
        <source>Python struct format. ! = network byte order (big-endian), &lt; = little-endian. H/h 16-bit, I/i 32-bit, Q/q 64-bit integers (capital letter: unsigned); f/d 32/64-bit IEEE 754 floats.</source>
        <translation>Python struct 格式。! = 网络字节序（大端），&lt; = 小端。H/h 为 16 位、I/i 为 32 位、Q/q 为 64 位整数（大写字母：无符号）；f/d 为 32/64 位 IEEE 754 浮点数。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="134"/>
        <source>unsigned 16-bit, big-endian (network)</source>
        <translation>无符号 16 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="135"/>
        <source>unsigned 16-bit, little-endian</source>
        <translation>无符号 16 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="136"/>
        <source>signed 16-bit, big-endian (network)</source>
        <translation>有符号 16 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="137"/>
        <source>signed 16-bit, little-endian</source>
        <translation>有符号 16 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="138"/>
        <source>unsigned 32-bit, big-endian (network)</source>
        <translation>无符号 32 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="139"/>
        <source>unsigned 32-bit, little-endian</source>
        <translation>无符号 32 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="140"/>
        <source>signed 32-bit, big-endian (network)</source>
        <translation>有符号 32 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="141"/>
        <source>signed 32-bit, little-endian</source>
        <translation>有符号 32 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="142"/>
        <source>unsigned 64-bit, big-endian (network)</source>
        <translation>无符号 64 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="143"/>
        <source>unsigned 64-bit, little-endian</source>
        <translation>无符号 64 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="144"/>
        <source>signed 64-bit, big-endian (network)</source>
        <translation>有符号 64 位，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="145"/>
        <source>signed 64-bit, little-endian</source>
        <translation>有符号 64 位，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="146"/>
        <source>32-bit float, big-endian (network)</source>
        <translation>32 位浮点，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="147"/>
        <source>32-bit float, little-endian</source>
        <translation>32 位浮点，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="148"/>
        <source>64-bit float, big-endian (network)</source>
        <translation>64 位浮点，大端（网络）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="149"/>
        <source>64-bit float, little-endian</source>
        <translation>64 位浮点，小端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="150"/>
        <source>UTF-8 text</source>
        <translation>UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="156"/>
        <source>! = network byte order, which is big-endian: the most significant byte comes first. Protocols put numbers on the wire this way; socket.htons() / htonl() convert a number from host order to network order, ntohs() / ntohl() convert back.</source>
        <translation>! = 网络字节序，即大端：最高有效字节在前。网络协议就是这样在线路上传输数字的；socket.htons() / htonl() 把数字从主机字节序转换为网络字节序，ntohs() / ntohl() 则转换回来。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="163"/>
        <source>&lt; = little-endian: the least significant byte comes first, as in the memory of x86 and most ARM machines. On such a host socket.htons() swaps the two bytes of a 16-bit number; on a big-endian host it does nothing.</source>
        <translation>&lt; = 小端：最低有效字节在前，x86 和大多数 ARM 机器的内存中就是这样存放的。在这类主机上，socket.htons() 会交换 16 位数字的两个字节；在大端主机上它什么也不做。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="169"/>
        <source>The selected bytes decoded as UTF-8 (at most the first {0} bytes). TCP may split a character between two recv() calls.</source>
        <translation>选中的字节按 UTF-8 解码的结果（最多解码前 {0} 个字节）。TCP 可能把一个字符拆到两次 recv() 调用中。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="230"/>
        <source>byte {0}: {1}</source>
        <translation>字节 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="232"/>
        <source>bytes {0}–{1} ({2} selected): {3}</source>
        <translation>字节 {0}–{1}（选中 {2} 个）：{3}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="236"/>
        <source>Offsets count the bytes of both directions from the start of the connection; the hex view&apos;s left column shows them in hex (here 0x{0:x}–0x{1:x}).</source>
        <translation>偏移量从连接建立起计数，两个方向的字节都计算在内；Hex 视图的左列以十六进制显示偏移量（此处为 0x{0:x}–0x{1:x}）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="253"/>
        <source>needs {0} bytes</source>
        <translation>需要 {0} 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="260"/>
        <source>Not valid UTF-8: each � stands for bytes that are not (or not yet complete) UTF-8.</source>
        <translation>不是有效的 UTF-8：每个 � 代表不属于 UTF-8（或尚不完整）的字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/inspector.py" line="268"/>
        <source>Only the first {0} of {1} bytes are decoded.</source>
        <translation>{1} 字节中只解码了前 {0} 个。</translation>
    </message>
</context>
<context>
    <name>IntegrityRow</name>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="32"/>
        <source>Copy SHA-256</source>
        <translation>复制 SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="33"/>
        <source>Copy both SHA-256 hashes (received and sent)</source>
        <translation>复制两个 SHA-256 哈希值（已接收和已发送）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="57"/>
        <source>SHA-256: not computed (capture off)</source>
        <translation>SHA-256：未计算（捕获已关闭）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="61"/>
        <source>SHA-256 received {0}…  sent {1}…</source>
        <translation>SHA-256 已接收 {0}…  已发送 {1}…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="66"/>
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
        <location filename="../../app/socket_playground/ui/integrity.py" line="78"/>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="78"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="84"/>
        <source>{0} bytes after byte {1:,} are not kept on disk; they are still counted and in the SHA-256.</source>
        <translation>{0}的字节从第 {1:,} 个字节之后不再保存到磁盘；它们仍被计数，并计入 SHA-256。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/integrity.py" line="89"/>
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
    <name>Lesson</name>
    <message>
        <source>recv() returning b&apos;&apos; means the peer closed</source>
        <translation>recv() 返回 b&apos;&apos; 表示对方已关闭</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): &quot;I am done sending&quot;, but still listening</source>
        <translation>shutdown(SHUT_WR)：“我不再发送了”，但仍然可以接收</translation>
    </message>
    <message>
        <source>When sockets die: close() sends FIN, abort sends RST</source>
        <translation>套接字的终结：close() 发送 FIN，abort 发送 RST</translation>
    </message>
    <message>
        <source>We start a server: socket(), bind() to 127.0.0.1, listen(5).</source>
        <translation>启动一个服务器：socket()、bind() 到 127.0.0.1、listen(5)。</translation>
    </message>
    <message>
        <source>A client connects; accept() gives the server its own socket for the connection.</source>
        <translation>一个客户端连接上来；accept() 为这个连接给了服务器一个单独的套接字。</translation>
    </message>
    <message>
        <source>The client sends 10 bytes: send() returned 10.</source>
        <translation>客户端发送 10 个字节：send() 返回 10。</translation>
    </message>
    <message>
        <source>The client called close(). Its kernel sends a FIN after the bytes already sent: &quot;I will send nothing more&quot;. (The program first calls shutdown(SHUT_RD) to wake its own reader thread; that sends nothing to the peer.)</source>
        <translation>客户端调用了 close()。它的内核在已发送的字节之后发出 FIN：“我不会再发送任何东西了”。（程序先调用 shutdown(SHUT_RD) 来唤醒自己的读线程；这一步不会向对方发送任何东西。）</translation>
    </message>
    <message>
        <source>On the server, recv() first returned the 10 bytes, then returned b&apos;&apos; (0 bytes): the end-of-stream row in its chunk table. That is how TCP tells you the peer closed. It never means &quot;no data yet&quot;: a blocking recv() waits for data, and b&apos;&apos; only comes at the end.</source>
        <translation>在服务器端，recv() 先返回了那 10 个字节，接着返回 b&apos;&apos;（0 字节）：就是数据块表里表示流结束的那一行。TCP 正是这样告诉你对方已经关闭。它绝不表示“暂时没有数据”：阻塞的 recv() 会一直等数据，只有到了结尾才返回 b&apos;&apos;。</translation>
    </message>
    <message>
        <source>Checked: the connection&apos;s badge reads peer closed. A receive loop must stop at b&apos;&apos; (if not chunk: break); a loop that ignores it spins forever, since every further recv() returns b&apos;&apos; at once. The HOWTO&apos;s myreceive raises &quot;socket connection broken&quot; here, which is right when a fixed-length message was cut short.</source>
        <translation>已检查：连接的状态标记显示“对端已关闭”。接收循环必须在遇到 b&apos;&apos; 时停下（if not chunk: break）；忽略它的循环会空转下去，因为之后每次 recv() 都会立即返回 b&apos;&apos;。HOWTO 的 myreceive 在这里抛出 “socket connection broken”，如果一条定长消息被截断，这样做是对的。</translation>
    </message>
    <message>
        <source>The server could still call send(), and it returned 3: the kernel took the bytes. Nobody will read them: the client&apos;s socket is gone, so its kernel answers with RST. The next send() would fail with BrokenPipeError (EPIPE) on Linux, or ECONNRESET on some systems.</source>
        <translation>服务器仍然可以调用 send()，而且它返回了 3：内核收下了这些字节。但没有人会读到它们：客户端的套接字已经不存在了，所以它的内核回了一个 RST。下一次 send() 就会失败：在 Linux 上是 BrokenPipeError（EPIPE），在某些系统上是 ECONNRESET。</translation>
    </message>
    <message>
        <source>And so it does: this send() raised an error, shown in red under the badge (EPIPE, broken pipe, on Linux). A program that keeps writing after the peer closed gets this error, or the SIGPIPE signal in C; Python ignores SIGPIPE and raises BrokenPipeError instead.</source>
        <translation>果然如此：这次 send() 出错了，错误用红字显示在状态标记下面（在 Linux 上是 EPIPE，管道已断开）。对方关闭后还继续写的程序会得到这个错误，在 C 里则会收到 SIGPIPE 信号；Python 忽略 SIGPIPE，改为抛出 BrokenPipeError。</translation>
    </message>
    <message>
        <source>The connection&apos;s timeline tells the whole story: recv() returned 10 bytes, then b&apos;&apos; (the peer closed), then send(3) returned 3, then a send() failed. send() succeeding only means the kernel accepted the bytes, not that the peer read them. After b&apos;&apos;, close your socket too. A peer that wants to stop sending but still hear a reply uses shutdown(SHUT_WR) instead of close().</source>
        <translation>连接的时间线讲清了整个过程：recv() 先返回 10 个字节，然后返回 b&apos;&apos;（对方已关闭），接着 send(3) 返回了 3，然后一次 send() 失败了。send() 成功只说明内核接收了这些字节，并不说明对方读到了。收到 b&apos;&apos; 之后，你也应该关闭自己的套接字。如果一方只想停止发送、但还要听对方的回复，应该用 shutdown(SHUT_WR) 而不是 close()。</translation>
    </message>
    <message>
        <source>We start a server: socket(), bind() to 127.0.0.1 with port 0 (the OS picks a free port), listen(5).</source>
        <translation>启动一个服务器：socket()，bind() 到 127.0.0.1 的 0 号端口（由操作系统挑选空闲端口），listen(5)。</translation>
    </message>
    <message>
        <source>A client connects and accept() gives the server a new socket for this connection (the Connection pane). From now on the two ends are equal peers.</source>
        <translation>一个客户端连接上来，accept() 为这个连接给服务器返回一个新的套接字（“连接”面板）。从现在起，两端是对等的。</translation>
    </message>
    <message>
        <source>The client sends an 11-byte request. The bytes alone cannot tell the server whether more will follow: a TCP stream has no message boundaries.</source>
        <translation>客户端发送一个 11 字节的请求。仅凭这些字节，服务器无法知道后面是否还有数据：TCP 字节流没有消息边界。</translation>
    </message>
    <message>
        <source>The client calls shutdown(SHUT_WR): &quot;I will send nothing more&quot;. Its kernel sends a FIN after the bytes already queued. The socket stays open: its badge reads half-closed, and it can still receive.</source>
        <translation>客户端调用 shutdown(SHUT_WR)：“我不会再发送了”。它的内核在已排队的字节之后发出 FIN。套接字仍然打开：状态显示 half-closed（半关闭），它仍然可以接收。</translation>
    </message>
    <message>
        <source>On the server, recv() returned the request, then b&apos;&apos;: end of stream, so the request is complete. b&apos;&apos; only means the peer will send no more; the server&apos;s own sending direction is still open.</source>
        <translation>在服务器端，recv() 先返回了请求，然后返回 b&apos;&apos;：流结束了，所以请求已经完整。b&apos;&apos; 只表示对方不会再发送数据；服务器自己的发送方向仍然是打开的。</translation>
    </message>
    <message>
        <source>The server replies on the same socket, and send() succeeds: a peer that shut down its sending side can still be sent to.</source>
        <translation>服务器在同一个套接字上回复，send() 成功了：对方关闭的只是它自己的发送方向，仍然可以向它发送数据。</translation>
    </message>
    <message>
        <source>The half-closed client receives the reply. shutdown(SHUT_WR) closed one direction of the connection only; data still flows the other way.</source>
        <translation>处于半关闭状态的客户端收到了回复。shutdown(SHUT_WR) 只关闭了连接的一个方向；另一个方向的数据照常流动。</translation>
    </message>
    <message>
        <source>The client is still half-closed, and could now close() its socket. Had it called close() instead of shutdown(SHUT_WR), it would have given up the socket in both directions: no recv() of the reply, and its kernel would answer the reply&apos;s arrival with RST.</source>
        <translation>客户端仍处于半关闭状态，现在可以 close() 它的套接字了。如果它当初调用的是 close() 而不是 shutdown(SHUT_WR)，就等于在两个方向上都放弃了这个套接字：无法再用 recv() 读取回复，而且回复到达时它的内核会用 RST 回应。</translation>
    </message>
    <message>
        <source>We start a server on 127.0.0.1; the OS picks the port.</source>
        <translation>在 127.0.0.1 上启动一个服务器；端口由操作系统挑选。</translation>
    </message>
    <message>
        <source>First connection: the client and, on the server, the connection that accept() returned.</source>
        <translation>第一个连接：客户端，以及服务器端由 accept() 返回的连接。</translation>
    </message>
    <message>
        <source>A second client connects: a second, independent connection to the same server. The server will end the two connections in different ways; watch the two client panes.</source>
        <translation>第二个客户端连接上来：这是到同一个服务器的第二个独立连接。服务器将用不同的方式结束这两个连接；请观察两个客户端面板。</translation>
    </message>
    <message>
        <source>The server ends the first connection with close(). (The program first calls shutdown(SHUT_RD) to wake its own reader thread; that sends nothing to the peer.) With nothing left unread, the kernel sends FIN: an orderly end.</source>
        <translation>服务器用 close() 结束第一个连接。（程序先调用 shutdown(SHUT_RD) 唤醒自己的读取线程，这不会向对方发送任何东西。）没有未读的数据，所以内核发送 FIN：正常结束。</translation>
    </message>
    <message>
        <source>The first client&apos;s recv() returned b&apos;&apos;: end of stream. That is the normal way to learn that the peer closed; it is not an error.</source>
        <translation>第一个客户端的 recv() 返回了 b&apos;&apos;：流结束。这是得知对方已关闭的正常方式，并不是错误。</translation>
    </message>
    <message>
        <source>The server aborts the second connection: setsockopt(SO_LINGER) on with 0 seconds, then close(). With a zero linger time the kernel throws away anything unsent and sends RST (reset) instead of FIN.</source>
        <translation>服务器中止第二个连接：setsockopt(SO_LINGER) 开启且时间为 0 秒，然后 close()。延迟时间为 0 时，内核丢弃所有未发送的数据，发送 RST（复位）而不是 FIN。</translation>
    </message>
    <message>
        <source>The second client&apos;s recv() raised ConnectionResetError (ECONNRESET): the connection was reset, not ended in order. Its badge reads aborted, and it stays so: a reset connection never later looks closed in order.</source>
        <translation>第二个客户端的 recv() 抛出了 ConnectionResetError（ECONNRESET）：连接被复位，而不是正常结束。它的状态标记显示“已中止”，并且一直如此：被复位的连接之后不会显示为正常关闭。</translation>
    </message>
    <message>
        <source>FIN gives b&apos;&apos;, RST gives ECONNRESET. A peer that vanishes with neither (cable pulled, power lost) sends nothing, so a blocked recv() just waits; only a timeout (settimeout()) or SO_KEEPALIVE probes (on Linux after 2 idle hours by default) eventually notice it. If we send to it, TCP retransmits and finally fails with ETIMEDOUT (about 15 minutes with Linux defaults).</source>
        <translation>FIN 带来 b&apos;&apos;，RST 带来 ECONNRESET。如果对方既没发 FIN 也没发 RST 就消失了（网线被拔、断电），它什么也不会发送，阻塞的 recv() 只会一直等待；只有超时（settimeout()）或 SO_KEEPALIVE 探测（Linux 默认空闲 2 小时后才开始）最终才能发现。如果我们向它发送数据，TCP 会不断重传，最后以 ETIMEDOUT 失败（Linux 默认约 15 分钟）。</translation>
    </message>
    <message>
        <source>Side by side in the Clients column (both framed): the first client reads peer closed (FIN: recv() returned b&apos;&apos;), the second aborted: ECONNRESET (RST), with the reason in red. On the server&apos;s side, the first connection is closed, the second aborted.</source>
        <translation>在“客户端”栏里并排（都已框出）：第一个客户端显示“对端已关闭”（FIN：recv() 返回 b&apos;&apos;），第二个显示“已中止: ECONNRESET”（RST），红字写明了原因。在服务器那边，第一个连接是“已关闭”，第二个是“已中止”。</translation>
    </message>
    <message>
        <source>A stream has no message boundaries</source>
        <translation>字节流没有消息边界</translation>
    </message>
    <message>
        <source>A length prefix can itself arrive split</source>
        <translation>长度前缀本身也可能被拆开到达</translation>
    </message>
    <message>
        <source>Binary data and byte order: struct, htons/htonl</source>
        <translation>二进制数据和字节序：struct、htons/htonl</translation>
    </message>
    <message>
        <source>TCP_NODELAY (Nagle&apos;s algorithm) and small writes</source>
        <translation>TCP_NODELAY（Nagle 算法）与小块写入</translation>
    </message>
    <message>
        <source>We start a server and, in the next step, connect a client to it.</source>
        <translation>启动一个服务器，下一步让一个客户端连上它。</translation>
    </message>
    <message>
        <source>Checked: EACCES, no listening socket.</source>
        <translation>已检查：EACCES，没有监听套接字。</translation>
    </message>
    <message>
        <source>Checked: the server on port 1023 is listening.</source>
        <translation>已检查：端口 1023 上的服务器正在监听。</translation>
    </message>
    <message>
        <source>For comparison, a plain Python program (in the client column) makes the same transfer on loopback with both ends in itself and nothing recorded: 1000 send() calls of 1000 bytes read with recv(4096), then 100 sendall() calls of 64 KiB read with recv(65536). Its output gives both figures in MB/s.</source>
        <translation>作为对比，一个普通的 Python 程序（在客户端一栏里）在回环地址上做同样的传输，两端都在它自己里面，什么也不记录：先是 1000 次 1000 字节的 send()，用 recv(4096) 读取；再是 100 次 64 KiB 的 sendall()，用 recv(65536) 读取。它的输出给出这两个以 MB/s 计的数字。</translation>
    </message>
    <message>
        <source>Checked: it ran to the end. Compare its first figure with the connection&apos;s counters: the difference is what recording and showing every call costs here. Its second figure shows what fewer, larger calls do: each send() and recv() is a system call, and loopback copies memory, so 64 KiB at a time moves several times more per second.</source>
        <translation>已检查：它运行到了结束。把它的第一个数字和连接计数行里的数字比一比：差距就是这里记录并显示每一次调用的代价。它的第二个数字说明调用次数少、每次数据多的效果：每次 send() 和 recv() 都是一次系统调用，而回环地址是在内存里复制，所以一次 64 KiB 每秒能搬运的数据要多好几倍。</translation>
    </message>
    <message>
        <source>IPC on one machine: AF_UNIX next to loopback TCP</source>
        <translation>同一台机器上的进程间通信：AF_UNIX 与走回环地址的 TCP 并排比较</translation>
    </message>
    <message>
        <source>First a TCP server on 127.0.0.1, as in the loopback lesson: the kind of socket a network server uses, reachable only from this machine.</source>
        <translation>先在 127.0.0.1 上启动一个 TCP 服务器，和回环地址那一课一样：这是网络服务器所用的那种套接字，只有本机能连到它。</translation>
    </message>
    <message>
        <source>A TCP client connected to it. The kernel runs TCP between the two ends (segments, acknowledgements, flow control), only without a wire.</source>
        <translation>一个 TCP 客户端连上了它。内核在两端之间运行 TCP（报文段、确认、流量控制），只是没有线路。</translation>
    </message>
    <message>
        <source>Now a Unix domain server: socket(AF_UNIX, SOCK_STREAM), then bind() to a path in the temporary folder instead of an address and a port. bind() made a socket file there (its path is in the pane&apos;s header); listen() and accept() are the same calls as for TCP.</source>
        <translation>现在启动一个 Unix 域服务器：socket(AF_UNIX, SOCK_STREAM)，然后 bind() 到临时文件夹中的一个路径，而不是地址和端口。bind() 在那里创建了一个套接字文件（路径显示在面板标题里）；listen() 和 accept() 与 TCP 的调用完全相同。</translation>
    </message>
    <message>
        <source>A Unix client connected to the same path. There is no port and no handshake: the kernel joins the two sockets directly. The client did not bind(), so its own address is empty (unnamed).</source>
        <translation>一个 Unix 客户端连接到同一个路径。没有端口，也没有握手：内核直接把两个套接字连起来。客户端没有 bind()，所以它自己的地址是空的（未命名）。</translation>
    </message>
    <message>
        <source>The TCP client sends 1000 × 1000 bytes with no pause, as in the loopback lesson.</source>
        <translation>TCP 客户端不停顿地发送 1000 × 1000 字节，和回环地址那一课一样。</translation>
    </message>
    <message>
        <source>All 1,000,000 bytes arrived over TCP.</source>
        <translation>1,000,000 个字节全部经 TCP 到达。</translation>
    </message>
    <message>
        <source>The Unix client sends the same 1000 × 1000 bytes, after the TCP transfer ended, so that the two do not compete for the processor.</source>
        <translation>Unix 客户端发送同样的 1000 × 1000 字节，在 TCP 传输结束之后才开始，这样两者不会争抢处理器。</translation>
    </message>
    <message>
        <source>All 1,000,000 bytes arrived over the Unix socket too: a stream socket is a byte stream, as TCP is, with the same send() and recv() calls.</source>
        <translation>1,000,000 个字节也全部经 Unix 套接字到达：流式套接字和 TCP 一样是字节流，使用同样的 send() 和 recv() 调用。</translation>
    </message>
    <message>
        <source>The Unix connection&apos;s Socket tab. SO_PEERCRED names the process at the other end (its pid, uid and gid): here this program itself. TCP_NODELAY, keepalive and the kernel&apos;s TCP state are not available: there is no TCP here.</source>
        <translation>Unix 连接的“套接字”标签页。SO_PEERCRED 给出对端进程（它的 pid、uid 和 gid）：这里就是本程序自己。TCP_NODELAY、保活和内核的 TCP 状态都不可用：这里没有 TCP。</translation>
    </message>
    <message>
        <source>Checked: the TCP connection received exactly 1,000,000 bytes.</source>
        <translation>已检查：TCP 连接恰好收到 1,000,000 个字节。</translation>
    </message>
    <message>
        <source>Checked: the Unix connection received exactly 1,000,000 bytes too.</source>
        <translation>已检查：Unix 连接也恰好收到 1,000,000 个字节。</translation>
    </message>
    <message>
        <source>Each connection&apos;s counters end with a receive rate (MB/s, from its first to its last recv() result). Checked: the TCP one measured a rate.</source>
        <translation>每个连接的计数行末尾都有接收速率（MB/s，从第一次到最后一次 recv() 的结果）。已检查：TCP 连接测到了速率。</translation>
    </message>
    <message>
        <source>The two receive rates, side by side. The HOWTO says AF_UNIX may be faster than loopback TCP for IPC, and it often is: the kernel skips TCP&apos;s work. But these figures measure this program as much as the kernel (every recv() is recorded, stored and shown), and a megabyte takes only a moment, so they change from run to run and either may come out ahead. Only that both transfers completed is certain; to compare transports, time a plain loop many times.</source>
        <translation>两个接收速率并排在这里。HOWTO 说做进程间通信时 AF_UNIX 可能比回环 TCP 更快，实际也常常如此：内核省去了 TCP 的工作。但这些数字测的既是内核也是本程序（每次 recv() 都被记录、保存并显示），而且一兆字节转眼就传完，所以每次运行结果都不同，哪一个领先都有可能。唯一确定的是两次传输都完成了；要比较传输方式，请用一个简单的循环多次计时。</translation>
    </message>
    <message>
        <source>The Unix server is closed. close() leaves the socket file in place, so the program then removes it, as most servers do: the os.unlink() row at the end of its timeline. Without it the next bind() to this path would fail (EADDRINUSE).</source>
        <translation>Unix 服务器已关闭。close() 会把套接字文件留在原处，所以程序随后删除它，大多数服务器都这样做：见其时间线末尾的 os.unlink() 行。否则下一次 bind() 这个路径会失败（EADDRINUSE）。</translation>
    </message>
    <message>
        <source>Connected. The server&apos;s connection will receive three messages, each ending with a newline.</source>
        <translation>已连接。服务器端的连接将收到三条消息，每条都以换行符结尾。</translation>
    </message>
    <message>
        <source>The server&apos;s connection stops calling recv() for a moment, like a program busy with something else. Bytes that arrive now wait in its kernel&apos;s receive queue.</source>
        <translation>服务器端的连接暂时不再调用 recv()，就像一个正在忙别的事的程序。现在到达的字节会在它内核的接收队列里等着。</translation>
    </message>
    <message>
        <source>The client sent three messages, cat, dog and fox, with three send() calls of 4 bytes each: three rows in its chunk table.</source>
        <translation>客户端用三次 send() 发送了三条消息 cat、dog 和 fox，每次 4 个字节：它的数据块表里有三行。</translation>
    </message>
    <message>
        <source>Reading resumes. One recv(4096) takes everything that is waiting in the receive queue, up to 4096 bytes.</source>
        <translation>恢复读取。一次 recv(4096) 会取走接收队列里等着的全部数据，最多 4096 字节。</translation>
    </message>
    <message>
        <source>All 12 bytes arrived in a single recv() row: &quot;cat\ndog\nfox\n&quot;. The three send() calls left no trace: TCP delivers a stream of bytes and keeps no message boundaries. Here the messages merged; elsewhere one message can be split across recv() calls.</source>
        <translation>12 个字节全部在一行 recv() 里到达：&quot;cat\ndog\nfox\n&quot;。三次 send() 没有留下任何痕迹：TCP 传送的是字节流，不保留消息边界。这里三条消息合在了一起；在别的情况下，一条消息也可能被拆到几次 recv() 里。</translation>
    </message>
    <message>
        <source>Checked: one recv() for three send() calls. So the two sides must agree where a message ends: a fixed length, a delimiter, a length prefix, or closing the connection after one message.</source>
        <translation>已检查：三次 send() 只对应一次 recv()。所以双方必须约定消息在哪里结束：固定长度、分隔符、长度前缀，或者发完一条消息就关闭连接。</translation>
    </message>
    <message>
        <source>The Messages tab now splits the received bytes at each &quot;\n&quot;: three messages, cat, dog and fox, all from recv() chunk #0. A real receiver does the same: it keeps a buffer, appends each recv() result, and cuts off every complete message; bytes after the last delimiter wait for the rest.</source>
        <translation>“消息”标签页现在按每个 &quot;\n&quot; 切分收到的字节：得到三条消息 cat、dog 和 fox，都来自第 0 个 recv() 数据块。真正的接收方也是这样做的：维护一个缓冲区，把每次 recv() 的结果追加进去，切出每一条完整的消息；最后一个分隔符之后的字节等待后续数据。</translation>
    </message>
    <message>
        <source>UDP keeps message boundaries</source>
        <translation>UDP 保留消息边界</translation>
    </message>
    <message>
        <source>We start a UDP server: socket(AF_INET, SOCK_DGRAM), then bind(). There is no listen() and no accept(): this one socket will receive from every peer with recvfrom().</source>
        <translation>我们启动一个 UDP 服务器：socket(AF_INET, SOCK_DGRAM)，然后 bind()。没有 listen()，也没有 accept()：这一个套接字将用 recvfrom() 接收所有对端的数据。</translation>
    </message>
    <message>
        <source>A UDP client: a datagram socket that will sendto() the server&apos;s address. There is no connection to make: no handshake, and nothing has been sent yet.</source>
        <translation>一个 UDP 客户端：一个将向服务器地址 sendto() 的数据报套接字。不需要建立连接：没有握手，目前也还没有发送任何东西。</translation>
    </message>
    <message>
        <source>The client sends &quot;cat&quot; with one sendto(): one datagram of 3 bytes. Its first sendto() also bound it to a free port.</source>
        <translation>客户端用一次 sendto() 发送“cat”：一个 3 字节的数据报。它的第一次 sendto() 同时把它绑定到一个空闲端口。</translation>
    </message>
    <message>
        <source>A second sendto(): &quot;dog&quot;, a second datagram.</source>
        <translation>第二次 sendto()：“dog”，第二个数据报。</translation>
    </message>
    <message>
        <source>A third: &quot;fox&quot;. Three sendto() calls, three rows in the client&apos;s table.</source>
        <translation>第三次：“fox”。三次 sendto() 调用，客户端表格中三行。</translation>
    </message>
    <message>
        <source>The server made three recvfrom() calls, and each returned exactly one datagram of 3 bytes, with the client&apos;s address: cat, dog and fox. TCP would have let them merge into one recv(); UDP keeps the boundaries where the sender put them.</source>
        <translation>服务器调用了三次 recvfrom()，每次正好返回一个 3 字节的数据报，并带有客户端的地址：cat、dog 和 fox。TCP 可能把它们合并进一次 recv()；UDP 则保留发送方划定的边界。</translation>
    </message>
    <message>
        <source>Checked: three datagrams received for three sendto() calls.</source>
        <translation>已检查：三次 sendto() 调用，收到三个数据报。</translation>
    </message>
    <message>
        <source>So the Messages tab needs no framing here: each datagram is one message.</source>
        <translation>所以这里的“消息”页不需要分帧：每个数据报就是一条消息。</translation>
    </message>
    <message>
        <source>Now the server asks for less: each recvfrom() takes at most 2 bytes.</source>
        <translation>现在服务器请求得更少：每次 recvfrom() 最多取 2 字节。</translation>
    </message>
    <message>
        <source>The client sends &quot;wolf&quot;: one datagram of 4 bytes.</source>
        <translation>客户端发送“wolf”：一个 4 字节的数据报。</translation>
    </message>
    <message>
        <source>recvfrom(2) returned &quot;wo&quot;, the first 2 bytes of the 4-byte datagram; the row says 2 of 4 (MSG_TRUNC reports the real size). The other 2 bytes are lost: the next recvfrom() does not continue the datagram, as a TCP recv() would continue the stream.</source>
        <translation>recvfrom(2) 返回了“wo”，即这个 4 字节数据报的前 2 字节；该行显示“4 中的 2”（MSG_TRUNC 报告真实大小）。另外 2 字节丢失了：下一次 recvfrom() 不会接着读这个数据报，而 TCP 的 recv() 会接着读字节流。</translation>
    </message>
    <message>
        <source>Checked: 3 + 3 + 3 + 2 = 11 bytes reached the program. A UDP receiver must ask for as much as the largest datagram it expects (up to 65,507 bytes).</source>
        <translation>已检查：3 + 3 + 3 + 2 = 11 字节到达了程序。UDP 接收方请求的大小必须不小于它预期的最大数据报（最多 65,507 字节）。</translation>
    </message>
    <message>
        <source>We start a server and connect a client in the next step.</source>
        <translation>启动一个服务器，下一步连接一个客户端。</translation>
    </message>
    <message>
        <source>Connected. The client will send one message framed with a length prefix: 2 bytes, struct.pack(&apos;!H&apos;, 5) = 00 05, then the 5 bytes of &quot;hello&quot;.</source>
        <translation>已连接。客户端将发送一条带长度前缀的消息：先是 2 个字节 struct.pack(&apos;!H&apos;, 5) = 00 05，然后是 &quot;hello&quot; 的 5 个字节。</translation>
    </message>
    <message>
        <source>The server&apos;s Messages tab now decodes a 2-byte big-endian length prefix (!H) followed by that many bytes. Nothing has arrived yet.</source>
        <translation>服务器端的“消息”标签页现在按 2 字节大端长度前缀（!H）加上相应数量的字节来解码。目前还什么都没收到。</translation>
    </message>
    <message>
        <source>The client sent the 7 bytes one at a time, 150 ms apart: seven send() calls of 1 byte each, the prefix too.</source>
        <translation>客户端把这 7 个字节一个一个地发出，间隔 150 毫秒：七次 send()，每次 1 字节，长度前缀也不例外。</translation>
    </message>
    <message>
        <source>The server&apos;s recv() rows show 1-byte chunks: the first recv() returned only 00, half of the prefix. Code like struct.unpack(&apos;!H&apos;, sock.recv(2)) would fail here with struct.error, since recv(2) may return 1 byte.</source>
        <translation>服务器的 recv() 行显示的都是 1 字节的数据块：第一次 recv() 只返回了 00，也就是前缀的一半。像 struct.unpack(&apos;!H&apos;, sock.recv(2)) 这样的代码在这里会抛出 struct.error，因为 recv(2) 可能只返回 1 个字节。</translation>
    </message>
    <message>
        <source>Checked: 7 recv() calls for 7 bytes. The 2-byte prefix itself arrived in two pieces, so a receiver cannot even know the message length after its first recv().</source>
        <translation>已检查：7 个字节对应 7 次 recv()。2 字节的长度前缀本身就分两次到达，所以接收方在第一次 recv() 之后连消息长度都还不知道。</translation>
    </message>
    <message>
        <source>Checked: the Messages tab still reassembled one message, hello, 5 bytes, from chunks #0–#6. A correct receiver loops until it has the 2 prefix bytes, then loops again until it has the 5 bytes they announce.</source>
        <translation>已检查：“消息”标签页仍然拼出了一条 5 字节的消息 hello，由第 0 到第 6 个数据块组成。正确的接收方先循环读到 2 个前缀字节，再循环读到前缀所说的 5 个字节。</translation>
    </message>
    <message>
        <source>Connected. The client will send a 32-bit number as 4 raw bytes, not as text.</source>
        <translation>已连接。客户端将把一个 32 位整数作为 4 个原始字节发送，而不是作为文本。</translation>
    </message>
    <message>
        <source>The client sent the bytes 00 00 01 02, exactly what struct.pack(&apos;!I&apos;, 258) returns: 258 is 0x00000102, and &apos;!&apos; means network byte order, which is big-endian, most significant byte first.</source>
        <translation>客户端发送了字节 00 00 01 02，正是 struct.pack(&apos;!I&apos;, 258) 的返回值：258 就是 0x00000102，&apos;!&apos; 表示网络字节序，也就是大端序，最高位字节在前。</translation>
    </message>
    <message>
        <source>The server received the 4 bytes unchanged. TCP moves bytes; it knows nothing about numbers, so the byte order is up to the protocol.</source>
        <translation>服务器原样收到了这 4 个字节。TCP 只搬运字节，对数字一无所知，所以字节序由协议来约定。</translation>
    </message>
    <message>
        <source>The server connection&apos;s hex view shows the 4 received bytes (blue). Under it is the byte inspector: it reads the selected bytes as numbers, in both byte orders.</source>
        <translation>服务器端连接的 Hex 视图显示收到的 4 个字节（蓝色）。它下面是字节检查器：它把选中的字节按两种字节序读成数字。</translation>
    </message>
    <message>
        <source>We select all four bytes. In the inspector&apos;s !I and &lt;I rows (scroll its table down): !I = 258, but &lt;I = 33619968 (0x02010000). Same bytes, a different number: both sides must agree on the byte order, and protocols use network order.</source>
        <translation>选中全部四个字节。在字节检查器的 !I 和 &lt;I 两行里（把表格往下滚）：!I = 258，而 &lt;I = 33619968（0x02010000）。同样的字节，不同的数字：双方必须约定字节序，网络协议使用网络字节序。</translation>
    </message>
    <message>
        <source>Now only the last two bytes, 01 02: the inspector&apos;s first rows read them as !H = 258 (big-endian) and &lt;H = 513 (little-endian). socket.htons(258) converts a 16-bit number from host to network order: on a little-endian machine such as x86 it swaps the bytes and returns 513; on a big-endian one it changes nothing.</source>
        <translation>现在只选中最后两个字节 01 02：字节检查器的前几行把它们读作 !H = 258（大端）和 &lt;H = 513（小端）。socket.htons(258) 把 16 位整数从主机字节序转换成网络字节序：在 x86 这样的小端机器上它交换两个字节，返回 513；在大端机器上它什么都不改变。</translation>
    </message>
    <message>
        <source>Checked: exactly 4 bytes arrived, and the inspector still reads 01 02 both ways (!H = 258, &lt;H = 513). In Python, write struct.pack(&apos;!H&apos;, n) or struct.pack(&apos;!I&apos;, n) to send and struct.unpack with the same format to receive, rather than calling htons()/htonl() yourself: the &apos;!&apos; says the byte order where the reader can see it.</source>
        <translation>已检查：正好收到 4 个字节，字节检查器仍然显示 01 02 的两种读法（!H = 258，&lt;H = 513）。在 Python 里，发送时写 struct.pack(&apos;!H&apos;, n) 或 struct.pack(&apos;!I&apos;, n)，接收时用同样的格式调用 struct.unpack，而不是自己去调用 htons()/htonl()：格式里的 &apos;!&apos; 让读代码的人一眼看出字节序。</translation>
    </message>
    <message>
        <source>Connected. By default Nagle&apos;s algorithm is on: while data the socket sent is still unacknowledged, TCP holds back further small pieces and sends them together when the ACK arrives. That saves tiny packets on slow links.</source>
        <translation>已连接。默认情况下 Nagle 算法是开启的：只要已发出的数据还没有被确认，TCP 就把后续的小块数据先攒着，等 ACK 到了再一起发出。这样在慢速链路上可以少发很多小包。</translation>
    </message>
    <message>
        <source>The client&apos;s Socket tab shows what the kernel counts for this connection (getsockopt TCP_INFO). Segments out: 2 so far, the SYN and the ACK of the handshake; no data yet.</source>
        <translation>客户端的“套接字”标签页显示内核为这条连接统计的数字（getsockopt TCP_INFO）。发出的报文段：目前 2 个，即握手时的 SYN 和 ACK；还没有数据。</translation>
    </message>
    <message>
        <source>Checked: 2 segments out before the first send().</source>
        <translation>已检查：第一次 send() 之前发出了 2 个报文段。</translation>
    </message>
    <message>
        <source>With Nagle on, the client made 100 1-byte send() calls in a burst. Each send() returned 1 at once: Nagle delays segments inside the kernel, never your send() call.</source>
        <translation>在 Nagle 开启的情况下，客户端连续调用了 100 次 send()，每次 1 字节。每次 send() 都立即返回 1：Nagle 是在内核里推迟报文段，从不阻塞你的 send() 调用。</translation>
    </message>
    <message>
        <source>All 100 bytes arrived, in order. Now read the client&apos;s segments out: far fewer than 100 new ones. While a segment waited for its ACK, the next 1-byte writes were held and then sent together in one segment.</source>
        <translation>100 个字节按顺序全部到达。现在看客户端发出的报文段：新增的远少于 100 个。一个报文段等待 ACK 的时候，后面的 1 字节写入被扣住，随后合并成一个报文段一起发出。</translation>
    </message>
    <message>
        <source>Checked: fewer segments than send() calls (100). That is Nagle at work, seen in the kernel&apos;s own count. The server&apos;s recv() rows cannot show it: a reader that is a little late groups bytes the same way.</source>
        <translation>已检查：报文段比 send() 调用（100 次）少。这就是 Nagle 在起作用，用的是内核自己的计数。服务器的 recv() 行证明不了这一点：读取端稍晚一点也会同样把字节合在一起。</translation>
    </message>
    <message>
        <source>The client called setsockopt(IPPROTO_TCP, TCP_NODELAY, 1): Nagle&apos;s algorithm is off for this socket, and getsockopt reads back 1 (see its timeline). From now on TCP no longer holds a small segment back to wait for an ACK.</source>
        <translation>客户端调用了 setsockopt(IPPROTO_TCP, TCP_NODELAY, 1)：这个套接字的 Nagle 算法关闭了，getsockopt 读回的值是 1（见它的时间线）。从现在起，TCP 不会再为了等 ACK 而扣住小的报文段。</translation>
    </message>
    <message>
        <source>The same burst of 100 1-byte send() calls, now with TCP_NODELAY.</source>
        <translation>同样连续 100 次 1 字节的 send()，这次开启了 TCP_NODELAY。</translation>
    </message>
    <message>
        <source>All 200 bytes arrived. Compare the segments out now with the count after the first burst: no byte waited for an ACK this time, yet Linux may still merge writes that queue up while earlier ones are being sent (autocorking), so the count can grow by fewer than 100.</source>
        <translation>200 个字节全部到达。把现在发出的报文段数和第一轮之后的数比一比：这次没有哪个字节在等 ACK，但 Linux 仍可能把前面的数据还在发送时排起来的写入合并（这叫 autocorking），所以增加的数可能少于 100。</translation>
    </message>
    <message>
        <source>Checked: 200 send() calls of 1 byte each. Nagle really hurts with write, write, then wait for a reply: the second small write waits for an ACK that the peer delays (delayed ACK), tens of milliseconds or more. The better fix is one sendall() of the whole message; TCP_NODELAY suits protocols that already send whole messages and care about latency. Neither creates message boundaries.</source>
        <translation>已检查：200 次 send()，每次 1 字节。Nagle 真正造成麻烦的场景是“写、再写、然后等回复”：第二次小块写入要等一个被对方推迟发送的 ACK（延迟确认），可能耽误几十毫秒甚至更久。更好的办法是用一次 sendall() 发出整条消息；TCP_NODELAY 适用于那些已经整条发送消息、又对延迟敏感的协议。两者都不会产生消息边界。</translation>
    </message>
    <message>
        <source>TIME_WAIT: the side that closes first waits; an abort does not</source>
        <translation>TIME_WAIT：先关闭的一端要等待；abort 则不会</translation>
    </message>
    <message>
        <source>A client connects; the server&apos;s accept() returns the connection&apos;s other end.</source>
        <translation>一个客户端连接上来；服务器的 accept() 返回这个连接的另一端。</translation>
    </message>
    <message>
        <source>The server&apos;s connection shows its Socket tab: at the bottom of the queues, the kernel&apos;s own word on the connection (getsockopt TCP_INFO).</source>
        <translation>服务器端的连接打开“套接字”标签页：在队列下方是内核自己对这条连接的描述（getsockopt TCP_INFO）。</translation>
    </message>
    <message>
        <source>So does the client.</source>
        <translation>客户端也一样。</translation>
    </message>
    <message>
        <source>Both ends are ESTABLISHED: the handshake is done and either may send.</source>
        <translation>两端都是 ESTABLISHED：握手已完成，双方都可以发送。</translation>
    </message>
    <message>
        <source>The client ends first: shutdown(SHUT_WR) sends FIN (&quot;I am done sending&quot;).</source>
        <translation>客户端先结束：shutdown(SHUT_WR) 发送 FIN（“我不再发送了”）。</translation>
    </message>
    <message>
        <source>The server&apos;s kernel received the FIN and acknowledged it. Its side is now CLOSE_WAIT: waiting for its own program to close. A server with many CLOSE_WAIT connections has a program that forgets to close().</source>
        <translation>服务器的内核收到了 FIN 并确认了它。它这一端现在是 CLOSE_WAIT：等待自己的程序关闭。如果服务器上有很多 CLOSE_WAIT 连接，说明它的程序忘了调用 close()。</translation>
    </message>
    <message>
        <source>The client&apos;s side is FIN_WAIT2: its FIN was acknowledged, and it waits for the server&apos;s.</source>
        <translation>客户端这一端是 FIN_WAIT2：它的 FIN 已被确认，正在等待服务器的 FIN。</translation>
    </message>
    <message>
        <source>The server closes too: its FIN goes out, and the client&apos;s kernel acknowledges it.</source>
        <translation>服务器也关闭：它的 FIN 发出，客户端的内核确认了它。</translation>
    </message>
    <message>
        <source>The side that closed first, the client, is now in TIME_WAIT, read from the kernel&apos;s table: the kernel keeps the connection&apos;s addresses and ports for a while (60 s on Linux), so that a late segment of this connection is not taken for part of a new one with the same four numbers, and so that its last ACK can be sent again if it was lost. The server&apos;s side is gone. (This is why a server that closes first and restarts at once needs SO_REUSEADDR.)</source>
        <translation>先关闭的一端，即客户端，现在处于 TIME_WAIT（取自内核的连接表）：内核会把这个连接的地址和端口保留一段时间（Linux 上为 60 秒），这样这个连接迟到的报文段不会被当成使用相同四元组的新连接的一部分，而且最后的 ACK 丢失时还能重发。服务器那一端已经消失。（所以先关闭连接、又立即重启的服务器需要 SO_REUSEADDR。）</translation>
    </message>
    <message>
        <source>A second connection, to end the other way.</source>
        <translation>第二个连接，用另一种方式结束。</translation>
    </message>
    <message>
        <source>Its server side&apos;s Socket tab: ESTABLISHED, as every open connection.</source>
        <translation>它服务器端的“套接字”标签页：ESTABLISHED，和所有打开的连接一样。</translation>
    </message>
    <message>
        <source>The server aborts it: SO_LINGER on with 0 s, then close(). The kernel sends RST instead of FIN.</source>
        <translation>服务器中止它：SO_LINGER 开启且为 0 秒，然后 close()。内核发送 RST 而不是 FIN。</translation>
    </message>
    <message>
        <source>No TIME_WAIT after an abort: the kernel forgot the connection at once (the Socket tab says it is gone). That frees the port at once, and is why some servers abort on purpose; but late segments are then not guarded against, and the client&apos;s recv() raises ECONNRESET instead of seeing an orderly end.</source>
        <translation>中止之后没有 TIME_WAIT：内核立即忘掉了这个连接（“套接字”标签页显示它已消失）。这样端口立即空出，所以有些服务器会故意中止连接；但这样就不再防备迟到的报文段，客户端的 recv() 也会抛出 ECONNRESET，而不是看到正常结束。</translation>
    </message>
    <message>
        <source>Both ends of the story at once, framed: on the right, the first client, which closed first, is still in TIME_WAIT; on the left, the aborted connection is gone from the kernel&apos;s table. (The second client, below the first, was reset: ECONNRESET.)</source>
        <translation>两种结局同时可见，都已框出：右边是先关闭的第一个客户端，仍处于 TIME_WAIT；左边是被中止的连接，已经从内核的连接表里消失。（第二个客户端在第一个下面，它被复位了：ECONNRESET。）</translation>
    </message>
    <message>
        <source>The HOWTO&apos;s MySocket: its bugs, and a fixed-length version that works</source>
        <translation>HOWTO 中的 MySocket：它的错误，以及一个能正确工作的定长版本</translation>
    </message>
    <message>
        <source>MySocket run for real: the HOWTO&apos;s version fails, the corrected one works</source>
        <translation>真正运行 MySocket：HOWTO 的版本失败，修正后的版本能工作</translation>
    </message>
    <message>
        <source>The HOWTO&apos;s MySocket sends fixed-length messages, but MSGLEN is never defined: the first mysend() or myreceive() call raises NameError. Our corrected version sets MSGLEN = 16, and this server and its client will exchange such messages.</source>
        <translation>HOWTO 中的 MySocket 发送定长消息，但 MSGLEN 从未定义：第一次调用 mysend() 或 myreceive() 就会抛出 NameError。我们修正后的版本设定 MSGLEN = 16，这个服务器和它的客户端将交换这样的消息。</translation>
    </message>
    <message>
        <source>A client connects. The HOWTO&apos;s main loop calls ct.run(), which runs the thread&apos;s code in the accepting thread itself: one client is served to the end before the next accept(). It must be ct.start() (fixed in later versions of the HOWTO); this program gives every socket its own threads.</source>
        <translation>一个客户端连接上来。HOWTO 的主循环调用的是 ct.run()，它在接受连接的线程里直接运行线程的代码：必须把一个客户端服务完，才会进行下一次 accept()。应该是 ct.start()（HOWTO 的后续版本已修正）；本程序为每个套接字开自己的线程。</translation>
    </message>
    <message>
        <source>The client will receive: its Messages tab now cuts the stream into 16-byte messages, as a corrected myreceive() does with recv(MSGLEN - bytes_recd) in a loop. The Chinese translation&apos;s myreceive does not even run (the official HOWTO has &quot;while bytes_recd &lt; MSGLEN&quot;): &quot;while bytes_read = MSGLEN&quot; is a syntax error (an assignment where a comparison belongs), and it mixes bytes_read, btytes_read and bytes_recd.</source>
        <translation>客户端负责接收：它的“消息”标签页现在把字节流切成 16 字节的消息，正如修正后的 myreceive() 循环调用 recv(MSGLEN - bytes_recd) 所做的那样。中文译本里的 myreceive 根本无法运行（官方原文是 while bytes_recd &lt; MSGLEN）：“while bytes_read = MSGLEN” 是语法错误（该写比较的地方写成了赋值），而且混用了 bytes_read、btytes_read 和 bytes_recd 三个名字。</translation>
    </message>
    <message>
        <source>The server&apos;s connection sends a short message: 8 bytes. The HOWTO&apos;s mysend() loops until totalsent reaches MSGLEN, so next it would call send(b&apos;&apos;), which returns 0, and raise &quot;socket connection broken&quot; on a healthy connection. The corrected mysend() checks len(msg) == MSGLEN first.</source>
        <translation>服务器端的连接发送一条短消息：8 个字节。HOWTO 的 mysend() 一直循环到 totalsent 达到 MSGLEN，所以接下来它会调用 send(b&apos;&apos;)，返回 0，于是在一个完好的连接上抛出“socket connection broken”。修正后的 mysend() 先检查 len(msg) == MSGLEN。</translation>
    </message>
    <message>
        <source>The 8 bytes arrived, but a message is 16: the Messages tab shows no message yet and 8 bytes waiting for the rest. The client&apos;s myreceive() would now block in recv(), waiting for 8 more bytes.</source>
        <translation>这 8 个字节到达了，但一条消息是 16 字节：“消息”标签页里还没有消息，只有 8 个字节在等待剩下的部分。客户端的 myreceive() 此时会阻塞在 recv() 中，等待另外 8 个字节。</translation>
    </message>
    <message>
        <source>The server sends the other 8 bytes. The HOWTO&apos;s &quot;sent == 0&quot; test never fires for a TCP socket: send() returns 0 only when given no bytes. A broken connection makes Python&apos;s send() raise OSError (BrokenPipeError, ConnectionResetError), as C&apos;s send() returns -1 with errno EPIPE or ECONNRESET (not 0 either); and sendall() already loops until every byte is sent.</source>
        <translation>服务器发送另外 8 个字节。HOWTO 里“sent == 0”的检查对 TCP 套接字永远不会成立：send() 只有在没有字节可发时才返回 0。连接断开时，Python 的 send() 会抛出 OSError（BrokenPipeError、ConnectionResetError），C 的 send() 则返回 -1 并把 errno 设为 EPIPE 或 ECONNRESET（也不是 0）；而 sendall() 本身就会循环，直到每个字节都发出去。</translation>
    </message>
    <message>
        <source>Now 16 bytes are in: the Messages tab shows one 16-byte message, &quot;hi there, world!&quot;, and no bytes waiting. myreceive() would return it now.</source>
        <translation>现在收齐了 16 个字节：“消息”标签页显示一条 16 字节的消息 “hi there, world!”，没有字节在等待。myreceive() 此时就会返回它。</translation>
    </message>
    <message>
        <source>The client&apos;s Code button opens the same conversation as a plain Python script (socket module only). Its recv_exactly() is the corrected myreceive(): recv(min(bufsize, n - len(data))) in a loop, b&apos;&apos; taken as &quot;the peer closed&quot;, until all 16 bytes are in.</source>
        <translation>客户端的“代码”按钮打开同一段通信对应的纯 Python 脚本（只用 socket 模块）。其中的 recv_exactly() 就是修正后的 myreceive()：循环调用 recv(min(bufsize, n - len(data)))，把 b&apos;&apos; 当作“对方已关闭”，直到收齐 16 个字节。</translation>
    </message>
    <message>
        <source>One message, two recv() calls (chunks #0 and #1 in the client&apos;s table). Only a loop that counts bytes up to MSGLEN finds the message; one recv() per message would have returned half of it. The corrected MySocket: MSGLEN defined, mysend() checks the length and calls sendall(), myreceive() loops until bytes_recd reaches MSGLEN.</source>
        <translation>一条消息，两次 recv() 调用（客户端表格中的数据块 #0 和 #1）。只有把字节数累计到 MSGLEN 的循环才能找出这条消息；每条消息只调用一次 recv() 只会得到半条。修正后的 MySocket：定义了 MSGLEN，mysend() 检查长度后调用 sendall()，myreceive() 一直循环到 bytes_recd 达到 MSGLEN。</translation>
    </message>
    <message>
        <source>We start a server. Its clients will be three versions of the HOWTO&apos;s MySocket class, each run as a plain Python program against it.</source>
        <translation>启动一个服务器。它的客户端是 HOWTO 中 MySocket 类的三个版本，每个都作为普通的 Python 程序来连接它。</translation>
    </message>
    <message>
        <source>Real programs, under the lesson text, each a separate Python process. First the Chinese translation&apos;s MySocket, as printed (only MSGLEN = 16 added): Python refuses to run it. SyntaxError at &apos;while bytes_read = MSGLEN:&apos;, before a single line ran.</source>
        <translation>运行真正的程序，显示在课程文字下方，每个都是单独的 Python 进程。先运行中文译本里的 MySocket，原样照抄（只加了 MSGLEN = 16）：Python 拒绝运行它。在 &apos;while bytes_read = MSGLEN:&apos; 处报 SyntaxError，一行代码都还没执行。</translation>
    </message>
    <message>
        <source>Checked: exit code 1, SyntaxError.</source>
        <translation>已检查：退出码 1，SyntaxError。</translation>
    </message>
    <message>
        <source>Next the English HOWTO&apos;s MySocket, as printed (MSGLEN = 16 added), sending the 8-byte message b&apos;hi there&apos; with mysend(). Its output ends in RuntimeError: socket connection broken. Yet the connection is healthy: the first send() took all 8 bytes, then send(b&apos;&apos;) returned 0.</source>
        <translation>接着运行英文 HOWTO 里的 MySocket，原样照抄（加了 MSGLEN = 16），用 mysend() 发送8 字节的消息 b&apos;hi there&apos;。它的输出以 RuntimeError: socket connection broken 结束。可连接是好的：第一次 send() 收下了全部 8 个字节，之后 send(b&apos;&apos;) 返回了 0。</translation>
    </message>
    <message>
        <source>Checked: the server&apos;s pane of that connection received the 8 bytes. The &quot;broken&quot; connection delivered everything; only mysend()&apos;s loop was wrong.</source>
        <translation>已检查：服务器端这条连接的面板收到了这 8 个字节。“断开”的连接其实把数据全送到了；错的只是 mysend() 的循环。</translation>
    </message>
    <message>
        <source>Checked: exit code 1, RuntimeError: socket connection broken.</source>
        <translation>已检查：退出码 1，RuntimeError: socket connection broken。</translation>
    </message>
    <message>
        <source>Last the corrected MySocket: MSGLEN defined, mysend() checks the length and calls sendall(), myreceive() loops until MSGLEN bytes are in. It sent one 16-byte message and now waits in myreceive() for the server&apos;s.</source>
        <translation>最后运行修正后的 MySocket：定义了 MSGLEN，mysend() 检查长度后调用 sendall()，myreceive() 循环到收齐 MSGLEN 个字节。它发出了一条 16 字节的消息，现在在 myreceive() 里等服务器的消息。</translation>
    </message>
    <message>
        <source>The server&apos;s pane shows the 16 bytes: b&apos;hi there, world!&apos;.</source>
        <translation>服务器的面板显示收到了这 16 个字节：b&apos;hi there, world!&apos;。</translation>
    </message>
    <message>
        <source>The server answers with one 16-byte message.</source>
        <translation>服务器回复一条 16 字节的消息。</translation>
    </message>
    <message>
        <source>Checked: the corrected MySocket received the whole message and ended normally (exit code 0). Side by side in the script output (framed), each run under its command line: the Chinese text&apos;s version does not even start (SyntaxError), the English HOWTO&apos;s fails on a healthy connection (RuntimeError), the corrected one works.</source>
        <translation>已检查：修正后的 MySocket 收到了整条消息并正常结束（退出码 0）。在脚本输出里（已框出）两相对照，每次运行都在它自己的命令行下面：中文译本的版本根本无法启动（SyntaxError），英文 HOWTO 的版本在完好的连接上失败（RuntimeError），修正后的版本能正常工作。</translation>
    </message>
    <message>
        <source>A non-blocking connect(): EINPROGRESS, select(), SO_ERROR</source>
        <translation>非阻塞的 connect()：EINPROGRESS、select()、SO_ERROR</translation>
    </message>
    <message>
        <source>Non-blocking recv(): BlockingIOError instead of waiting</source>
        <translation>非阻塞的 recv()：不等待，而是抛出 BlockingIOError</translation>
    </message>
    <message>
        <source>select() says which socket is ready</source>
        <translation>select() 告诉你哪个套接字已经就绪</translation>
    </message>
    <message>
        <source>A server.</source>
        <translation>启动一个服务器。</translation>
    </message>
    <message>
        <source>A non-blocking client: setblocking(False), then connect(). connect() raised BlockingIOError (EINPROGRESS) at once: the handshake goes on in the kernel. select() waited until the socket was writable, and getsockopt(SO_ERROR) returned 0: connected.</source>
        <translation>一个非阻塞的客户端：先 setblocking(False)，再 connect()。connect() 立即抛出 BlockingIOError（EINPROGRESS）：握手在内核里继续进行。select() 等到套接字可写，getsockopt(SO_ERROR) 返回 0：连接成功。</translation>
    </message>
    <message>
        <source>The client&apos;s timeline: connect() ✗ EINPROGRESS, select() → writable, getsockopt(SO_ERROR) → connected.</source>
        <translation>客户端的时间线：connect() ✗ EINPROGRESS，select() → 可写，getsockopt(SO_ERROR) → 已连接。</translation>
    </message>
    <message>
        <source>The EINPROGRESS counts as a would-block: not an error.</source>
        <translation>EINPROGRESS 算作一次“会阻塞”：不是错误。</translation>
    </message>
    <message>
        <source>A second server, only to have a port that will soon be free.</source>
        <translation>再启动一个服务器，只是为了得到一个马上就会空出来的端口。</translation>
    </message>
    <message>
        <source>It closes: nothing listens on that port now.</source>
        <translation>它关闭了：现在那个端口上没有人监听。</translation>
    </message>
    <message>
        <source>A non-blocking client connects to that port. connect() raised EINPROGRESS again: a non-blocking connect() never says at once whether it worked. select() said writable (writable also means the attempt ended), and getsockopt(SO_ERROR) returned ECONNREFUSED.</source>
        <translation>一个非阻塞的客户端连接那个端口。connect() 同样抛出 EINPROGRESS：非阻塞的 connect() 从不立即告诉你成功与否。select() 报告可写（可写也表示这次尝试已经结束），getsockopt(SO_ERROR) 返回 ECONNREFUSED。</translation>
    </message>
    <message>
        <source>The error came from SO_ERROR, not from connect().</source>
        <translation>这个错误来自 SO_ERROR，而不是来自 connect()。</translation>
    </message>
    <message>
        <source>Its timeline: setblocking(False), connect() ✗ EINPROGRESS, select() → writable, getsockopt(SO_ERROR) ✗ ECONNREFUSED. The red line under its badge (framed) explains the ECONNREFUSED.</source>
        <translation>它的时间线：setblocking(False)，connect() ✗ EINPROGRESS，select() → 可写，getsockopt(SO_ERROR) ✗ ECONNREFUSED。状态标记下面的红字（已框出）解释了 ECONNREFUSED。</translation>
    </message>
    <message>
        <source>A client whose socket is non-blocking: setblocking(False) before connect(). connect() raised BlockingIOError (EINPROGRESS) at once, select() waited until the socket was writable, and getsockopt(SO_ERROR) returned 0: connected.</source>
        <translation>一个非阻塞的客户端：connect() 之前先 setblocking(False)。connect() 立即抛出 BlockingIOError（EINPROGRESS），select() 等到套接字可写，getsockopt(SO_ERROR) 返回 0：连接成功。</translation>
    </message>
    <message>
        <source>The client&apos;s timeline lists these calls in order.</source>
        <translation>客户端的时间线按顺序列出了这些调用。</translation>
    </message>
    <message>
        <source>The client&apos;s thread called recv(4096) at once. Nothing had arrived, so instead of waiting it raised BlockingIOError (EAGAIN, a row in the timeline): nothing was received and nothing changed. Now the thread waits in select() (under the chunk table: in progress: select()).</source>
        <translation>客户端的线程立即调用了 recv(4096)。数据还没到，所以它不等待，而是抛出 BlockingIOError（EAGAIN，时间线里的一行）：什么也没收到，什么也没改变。现在线程在 select() 里等待（数据块表下方：进行中：select()）。</translation>
    </message>
    <message>
        <source>The server&apos;s connection sends 4 bytes.</source>
        <translation>服务器端的连接发送 4 个字节。</translation>
    </message>
    <message>
        <source>select() returned (readable, after how long it waited); recv() returned the 4 bytes; the next recv() raised BlockingIOError again. A non-blocking program reads until EAGAIN, then goes back to select().</source>
        <translation>select() 返回了（可读，并写明等了多久）；recv() 返回这 4 个字节；下一次 recv() 又抛出 BlockingIOError。非阻塞的程序一直读到 EAGAIN，然后回到 select()。</translation>
    </message>
    <message>
        <source>Three BlockingIOErrors so far (the connect() and two recv() calls), and the client is still connected: a would-block is no error, it means &apos;not now&apos;.</source>
        <translation>到目前为止有三次 BlockingIOError（一次 connect()，两次 recv()），客户端仍然处于已连接状态：“会阻塞”不是错误，意思是“现在还不行”。</translation>
    </message>
    <message>
        <source>Still connected.</source>
        <translation>仍然已连接。</translation>
    </message>
    <message>
        <source>Back to blocking (Socket tab, I/O mode: setblocking(True)).</source>
        <translation>改回阻塞模式（“套接字”页的 I/O 模式：setblocking(True)）。</translation>
    </message>
    <message>
        <source>Now the call itself waits: in progress: recv(4096), and no more BlockingIOError. Same socket, same recv(): the mode decides whether &apos;nothing yet&apos; means waiting or an exception.</source>
        <translation>现在是调用本身在等待：进行中：recv(4096)，不再有 BlockingIOError。同一个套接字，同一个 recv()：模式决定了“还没有数据”是等待还是异常。</translation>
    </message>
    <message>
        <source>A server whose accepted connections are non-blocking.</source>
        <translation>启动一个服务器，它接受的连接都是非阻塞的。</translation>
    </message>
    <message>
        <source>First client and its connection s1: the server&apos;s first Connection pane (s2 and s3 will be the next two, in the Servers column).</source>
        <translation>第一个客户端，以及它的连接 s1：服务器的第一个“连接”面板（s2 和 s3 是接下来的两个，都在“服务器”栏里）。</translation>
    </message>
    <message>
        <source>Second client and s2.</source>
        <translation>第二个客户端，以及 s2。</translation>
    </message>
    <message>
        <source>Third client and s3.</source>
        <translation>第三个客户端，以及 s3。</translation>
    </message>
    <message>
        <source>Each server-side connection called recv(), got BlockingIOError, and now waits in select(). (This program gives every socket its own thread, so there are three select() calls of one socket each; a single-threaded server passes all three sockets to one select() call.)</source>
        <translation>服务器端的每个连接都调用了 recv()，得到 BlockingIOError，现在在 select() 里等待。（本程序给每个套接字一个自己的线程，所以这里是三个各管一个套接字的 select()；单线程的服务器会把三个套接字交给同一个 select() 调用。）</translation>
    </message>
    <message>
        <source>Only the second client sends.</source>
        <translation>只有第二个客户端发送数据。</translation>
    </message>
    <message>
        <source>s2&apos;s select() returned: readable. recv() got the 8 bytes, then BlockingIOError again.</source>
        <translation>s2 的 select() 返回了：可读。recv() 取到 8 个字节，随后又是 BlockingIOError。</translation>
    </message>
    <message>
        <source>s1 got nothing: no recv() result, its select() still waits.</source>
        <translation>s1 什么也没收到：没有 recv() 结果，它的 select() 还在等待。</translation>
    </message>
    <message>
        <source>Neither did s3. select() tells which sockets are ready, so a program calls recv() only where it returns at once.</source>
        <translation>s3 也没有。select() 告诉程序哪些套接字已经就绪，于是程序只在会立即返回的地方调用 recv()。</translation>
    </message>
    <message>
        <source>s2&apos;s timeline (the second Connection pane): recv() ✗ EAGAIN, select() → readable after the time it waited, recv() → 8, recv() ✗ EAGAIN. On the right, framed, the second client, which sent the 8 bytes.</source>
        <translation>s2 的时间线（第二个“连接”面板）：recv() ✗ EAGAIN，select() → 等待若干时间后可读，recv() → 8，recv() ✗ EAGAIN。右边框出的是发送这 8 个字节的第二个客户端。</translation>
    </message>
    <message>
        <source>A server socket only produces connections; it never sends or receives</source>
        <translation>服务器套接字只产生连接，从不收发数据</translation>
    </message>
    <message>
        <source>bind(): the address decides who can connect</source>
        <translation>bind()：绑定的地址决定谁能连进来</translation>
    </message>
    <message>
        <source>Ports below 1024 are privileged</source>
        <translation>1024 以下的端口是特权端口</translation>
    </message>
    <message>
        <source>listen(backlog): connections wait in a queue until accept()</source>
        <translation>listen(backlog)：连接在队列中等待 accept()</translation>
    </message>
    <message>
        <source>We start a server: socket(), bind(), listen(5), then accept() in a loop on its own thread. Look at its pane: no send box and no bytes view, only the accepted connections and a timeline (its Auto-reply settings only configure the sockets accept() will return). A server socket never sends or receives data.</source>
        <translation>启动一个服务器：socket()、bind()、listen(5)，然后在它自己的线程里循环调用 accept()。看它的面板：没有发送框，也没有字节视图，只有“已接受的连接”列表和时间线（其中的自动回复设置只作用于 accept() 将返回的套接字）。服务器套接字从不发送、也从不接收数据。</translation>
    </message>
    <message>
        <source>A client connects. accept() returned a new socket for this connection, shown as its own pane, &quot;Connection … (from server …)&quot;. That child socket, not the server socket, is the server&apos;s end of the conversation: it has a send box.</source>
        <translation>一个客户端连接上来。accept() 为这个连接返回了一个新的套接字，显示为单独的面板“连接 #…（来自服务器 #…）”。服务器这一端的对话由这个子套接字负责，而不是服务器套接字：它有发送框。</translation>
    </message>
    <message>
        <source>A second client connects to the same port; a second accept() returns a second child socket. Both children have the server&apos;s port as their local port, but their peers differ: the server&apos;s list of accepted connections shows two peer ports, the ephemeral ports the clients&apos; connect() got (compare the client panes&apos; headers). TCP tells connections apart by all four numbers: both addresses, both ports.</source>
        <translation>第二个客户端连接到同一个端口；第二次 accept() 返回第二个子套接字。两个子套接字的本地端口都是服务器的端口，但对端不同：服务器的“已接受的连接”列表里有两个不同的对端端口，就是两个客户端的 connect() 分到的临时端口（对照客户端面板的标题栏）。TCP 靠四个数字区分连接：双方的地址和双方的端口。</translation>
    </message>
    <message>
        <source>The first client sends 5 bytes to the server&apos;s port.</source>
        <translation>第一个客户端向服务器的端口发送 5 个字节。</translation>
    </message>
    <message>
        <source>They arrive at the first accepted socket: its recv() returned them. The HOWTO says both &quot;clients&quot; use a dynamically allocated port; in fact only the client end does: the accepted socket keeps the server&apos;s port.</source>
        <translation>这些字节到达了第一个被接受的套接字：是它的 recv() 返回了它们。HOWTO 说两个“client”都使用动态分配的端口；实际上只有客户端那一头是这样：被接受的套接字沿用服务器的端口。</translation>
    </message>
    <message>
        <source>The second connection received nothing: each conversation has its own socket, its own bytes and its own recv() calls.</source>
        <translation>第二个连接什么也没收到：每个对话都有自己的套接字、自己的字节和自己的 recv() 调用。</translation>
    </message>
    <message>
        <source>And the server socket made no recv() call and holds no bytes. It only produced the two client sockets and went back to accept(): its list of accepted connections (framed) holds both, with the clients&apos; ports as peers; the second client, framed on the right, is one of them. Stop on it would close only the listening socket, and both connections would stay open.</source>
        <translation>而服务器套接字一次 recv() 也没调用过，也没有任何字节。它只负责产生这两个客户端套接字，然后回到 accept()：它的“已接受的连接”列表（已框出）里有这两个连接，对端就是两个客户端的端口；右边框出的第二个客户端就是其中之一。对它按“停止”只会关闭监听套接字，两个连接仍然保持打开。</translation>
    </message>
    <message>
        <source>Checked: the server&apos;s list holds two accepted connections, and the server socket itself neither sent nor received a byte.</source>
        <translation>已检查：服务器的列表里有两个已接受的连接，而服务器套接字本身没有发送、也没有接收过一个字节。</translation>
    </message>
    <message>
        <source>The server called bind((&apos;127.0.0.1&apos;, 0)) with the form&apos;s default host; see its timeline. The note under its title says what that means: loopback, only programs on this machine can connect. bind((&apos;localhost&apos;, port)) is the same here: the name localhost resolves to 127.0.0.1.</source>
        <translation>服务器用表单默认的主机调用了 bind((&apos;127.0.0.1&apos;, 0))，见它的时间线。标题下方的说明指出了这意味着什么：回环地址，只有本机上的程序可以连接。bind((&apos;localhost&apos;, port)) 在这里也一样：localhost 这个名字解析为 127.0.0.1。</translation>
    </message>
    <message>
        <source>A client on this machine connects to 127.0.0.1 and is accepted. Loopback works for every program on the same computer, whatever it is written in.</source>
        <translation>本机上的一个客户端连接到 127.0.0.1，并被接受。对同一台计算机上的任何程序来说，回环地址都可以用，不论它是用什么语言写的。</translation>
    </message>
    <message>
        <source>The client&apos;s timeline shows connect((&apos;127.0.0.1&apos;, …)), and its header shows its own address: 127.0.0.1 too. Loopback packets never leave the machine, and packets from the network addressed to 127.0.0.1 are dropped, so no other machine can connect.</source>
        <translation>客户端的时间线里是 connect((&apos;127.0.0.1&apos;, …))，标题栏里是它自己的地址：也是 127.0.0.1。回环数据包从不离开本机，而从网络上发往 127.0.0.1 的数据包会被丢弃，所以别的机器连不进来。</translation>
    </message>
    <message>
        <source>A second server binds to 0.0.0.0, the form&apos;s way of writing bind((&apos;&apos;, port)): INADDR_ANY, every interface of this machine. Its note now says other machines can connect (if no firewall blocks the port).</source>
        <translation>第二个服务器绑定到 0.0.0.0，这是表单对 bind((&apos;&apos;, port)) 的写法：INADDR_ANY，即本机的所有网络接口。它的说明现在写着网络上的其他机器也可以连接（前提是没有防火墙挡住这个端口）。</translation>
    </message>
    <message>
        <source>Every interface includes loopback: a client on this machine reaches the 0.0.0.0 server at 127.0.0.1 too. Only the first server is limited to this machine.</source>
        <translation>“所有接口”也包括回环接口：本机的客户端同样可以通过 127.0.0.1 连上 0.0.0.0 的服务器。只有第一个服务器只限本机访问。</translation>
    </message>
    <message>
        <source>Both servers accepted a client of this machine. The second server&apos;s note (framed) says other machines can connect to it too; the first server&apos;s note, further up in the Servers column, says only programs on this machine can. On the right, the second client&apos;s timeline: connect((&apos;127.0.0.1&apos;, …)) to the 0.0.0.0 server. The HOWTO binds to socket.gethostname() &quot;so the socket is visible to the outside world&quot;. That binds one address only, whichever the host name resolves to, and it may not be a network address: Debian and Ubuntu map the host name to 127.0.1.1, a loopback address. Check socket.gethostbyname(socket.gethostname()); for a server others must reach, &apos;&apos; is the usual choice.</source>
        <translation>两个服务器都接受了本机的客户端。第二个服务器的说明（已框出）写着其他机器也能连接它；第一个服务器的说明（在“服务器”栏更上面）写着只有本机上的程序可以连接。右边是第二个客户端的时间线：connect((&apos;127.0.0.1&apos;, …)) 连到 0.0.0.0 的服务器。HOWTO 绑定到 socket.gethostname()，“这样外界就能看到这个套接字”。但这只绑定一个地址，也就是主机名解析出来的那个，而它未必是网络地址：Debian 和 Ubuntu 把主机名映射到 127.0.1.1，这是一个回环地址。可以用 socket.gethostbyname(socket.gethostname()) 查一查；要让别人访问的服务器，通常用 &apos;&apos;。</translation>
    </message>
    <message>
        <source>The server tried bind((&apos;127.0.0.1&apos;, 1023)). On Linux, ports 1–1023 are privileged: as a normal user the call fails with EACCES (Permission denied), and the pane shows the error in red. If this pane is listening instead, the program runs as root (or in a container), with CAP_NET_BIND_SERVICE, or where net.ipv4.ip_unprivileged_port_start was lowered (some containers), it succeeds and the server is listening.</source>
        <translation>服务器尝试 bind((&apos;127.0.0.1&apos;, 1023))。在 Linux 上，1–1023 号端口是特权端口：普通用户调用会以 EACCES（权限不足）失败，面板用红字显示这个错误。如果这个面板反而在监听，说明程序以 root 身份运行（或在容器里）、拥有 CAP_NET_BIND_SERVICE 权限，或者系统调低了 net.ipv4.ip_unprivileged_port_start（有些容器会这样），调用就会成功，服务器处于监听状态。</translation>
    </message>
    <message>
        <source>The server asked for bind((&apos;127.0.0.1&apos;, 1023)), and it is listening: this program may bind ports below 1024 here, because it runs as root, holds CAP_NET_BIND_SERVICE, or net.ipv4.ip_unprivileged_port_start was lowered (common in containers and classroom machines). For a normal user on a normal Linux machine the same call fails with EACCES (Permission denied): ports 1–1023 are privileged, so that a program on them can be trusted to be the system&apos;s. Try it as a normal user: python3 -c &quot;import socket; socket.socket().bind((&apos;127.0.0.1&apos;, 1023))&quot;.</source>
        <translation>服务器请求 bind((&apos;127.0.0.1&apos;, 1023))，而且它正在监听：本程序在这里可以绑定 1024 以下的端口，因为它以 root 身份运行、拥有 CAP_NET_BIND_SERVICE 权限，或者系统调低了 net.ipv4.ip_unprivileged_port_start（容器和教学机器上很常见）。在普通的 Linux 机器上，普通用户做同样的调用会以 EACCES（权限不足）失败：1–1023 号端口是特权端口，这样占用它们的程序才能被信任是系统自己的。请以普通用户身份试试：python3 -c &quot;import socket; socket.socket().bind((&apos;127.0.0.1&apos;, 1023))&quot;。</translation>
    </message>
    <message>
        <source>Either way, bind() never quietly picks another port for you: you get exactly port 1023, or an error and no listening socket. (EADDRINUSE instead would mean another program already has port 1023.)</source>
        <translation>无论哪种结果，bind() 都不会悄悄替你换一个端口：要么正好得到 1023 号端口，要么得到一个错误、没有监听套接字。（如果看到的是 EADDRINUSE，说明另一个程序已经占用了 1023 号端口。）</translation>
    </message>
    <message>
        <source>The HOWTO&apos;s advice for experiments: use a high port (it says four digits). A second server asks for port 0, and the OS picks a free port from its ephemeral range, which normally starts far above 1023.</source>
        <translation>HOWTO 建议做实验时使用较大的端口号（它说用四位数）。第二个服务器请求 0 号端口，由操作系统从它的临时端口范围里挑一个空闲端口，这个范围通常远高于 1023。</translation>
    </message>
    <message>
        <source>The second server is listening, whoever runs the program: no privilege is needed for such a port.</source>
        <translation>第二个服务器处于监听状态，不论是谁在运行这个程序：这样的端口不需要任何特权。</translation>
    </message>
    <message>
        <source>Its port, in the pane&apos;s header (framed), is above 1023; the first server&apos;s header, just above, shows port 1023, or its pane the bind() error. Clients need no privilege either: their connect() gets an ephemeral port the same way.</source>
        <translation>它的端口（在面板标题栏里，已框出）大于 1023；紧挨在上面的第一个服务器的标题栏里是 1023 号端口，或者它的面板显示 bind() 的错误。客户端同样不需要特权：它们的 connect() 也是这样分到临时端口的。</translation>
    </message>
    <message>
        <source>A server calls listen(1): a backlog of 1 (the HOWTO uses 5). The backlog sizes the kernel&apos;s accept queue: connections that are complete but not yet taken by accept().</source>
        <translation>服务器调用 listen(1)：积压队列为 1（HOWTO 用的是 5）。backlog 决定内核中“接受队列”的大小：队列里是已经建立、但还没有被 accept() 取走的连接。</translation>
    </message>
    <message>
        <source>We press Pause accepting: the server&apos;s thread stops calling accept(). The listening socket is still open, so the kernel still answers new clients on its own.</source>
        <translation>按下“暂停接受连接”（Pause accepting）：服务器的线程不再调用 accept()。监听套接字仍然打开，所以内核仍会自行应答新的客户端。</translation>
    </message>
    <message>
        <source>A client connects, and its connect() returns: connected. The kernel completed the TCP handshake by itself and put the connection in the accept queue; no accept() was called, so the server shows no pane for it yet.</source>
        <translation>一个客户端发起连接，它的 connect() 返回了：已连接。内核自己完成了 TCP 三次握手，并把连接放进接受队列；没有调用过 accept()，所以服务器这边还没有它的面板。</translation>
    </message>
    <message>
        <source>A second client is connected too, although the backlog is 1: Linux lets backlog + 1 connections wait in the accept queue. Other systems count differently, and Linux caps the backlog at net.core.somaxconn.</source>
        <translation>第二个客户端也连上了，尽管 backlog 是 1：Linux 允许 backlog + 1 个连接在接受队列中等待。其他系统的算法不同，而且 Linux 会把 backlog 限制在 net.core.somaxconn 以内。</translation>
    </message>
    <message>
        <source>The third client stays &quot;connecting&quot;: the queue is full, so Linux silently drops its SYN, and the client&apos;s kernel retries after about a second, then after longer waits. The HOWTO says further connections are &quot;refused&quot;; on Linux they are not (no RST, no ECONNREFUSED), they wait. Windows does refuse them.</source>
        <translation>第三个客户端停在“连接中”：队列已满，Linux 悄悄丢弃了它的 SYN，客户端的内核大约一秒后重试，之后间隔越来越长。HOWTO 说多出来的连接会被“拒绝”；在 Linux 上并不会（没有 RST，也没有 ECONNREFUSED），它们只是等待。Windows 才会拒绝它们。</translation>
    </message>
    <message>
        <source>Resume accepting: accept() takes the two waiting connections, and each gets its own pane. They had been connected all along; accept() only hands a finished connection to the program.</source>
        <translation>恢复接受连接：accept() 取走了两个等待中的连接，每个都有了自己的面板。它们其实早就连接好了；accept() 只是把已经建立的连接交给程序。</translation>
    </message>
    <message>
        <source>The third client&apos;s retried SYN found room in the queue: its connect() returned, and accept() took it too. A slow accept() loop makes clients wait; they fail only if connect() gives up first (its timeout, or the kernel&apos;s last SYN retry).</source>
        <translation>第三个客户端重试的 SYN 在队列里找到了空位：它的 connect() 返回了，accept() 也把它取走了。accept() 循环慢了，客户端只会等待；只有 connect() 先放弃了（超时，或者内核的 SYN 重试次数用完），才会失败。</translation>
    </message>
    <message>
        <source>A fourth client is accepted at once: the queue is empty again. accept() takes connections in the order they completed, so the three earlier ones were accepted before it: the server&apos;s list shows all four, in that order.</source>
        <translation>第四个客户端立刻被接受：队列又空了。accept() 按连接建立的先后顺序取走连接，所以前面三个都在它之前被接受了：服务器的“已接受的连接”列表按这个顺序列出了全部四个。</translation>
    </message>
    <message>
        <source>Checked: the server&apos;s list (framed) holds four connections, in the order accept() took them; the last peer port is the fourth client&apos;s, framed on the right. The queue only delayed the first three: none was lost.</source>
        <translation>已检查：服务器的列表（已框出）里有四个连接，按 accept() 取走它们的顺序排列；最后一个对端端口就是右边框出的第四个客户端的端口。队列只是让前三个等了一会儿：一个也没丢。</translation>
    </message>
    <message>
        <source>Serving many clients: a thread each, a process each, or select()</source>
        <translation>同时服务多个客户端：每个一个线程、每个一个进程，或者 select()</translation>
    </message>
    <message>
        <source>Blocking, non-blocking and select(): waiting until a socket is readable</source>
        <translation>阻塞、非阻塞与 select()：等到套接字可读</translation>
    </message>
    <message>
        <source>The server&apos;s accept() loop runs on a thread of its own. This program serves the HOWTO&apos;s first way: every socket it accepts gets threads of its own.</source>
        <translation>服务器的 accept() 循环运行在它自己的线程上。这个程序采用 HOWTO 说的第一种方式：每个被接受的套接字都有自己的线程。</translation>
    </message>
    <message>
        <source>A first client: accept() returned its socket, and the program started two threads for that connection, one calling recv(), one calling send(). The client pane has its own pair of threads too.</source>
        <translation>第一个客户端：accept() 返回了它的套接字，程序为这个连接启动了两个线程，一个调用 recv()，一个调用 send()。客户端面板也有自己的一对线程。</translation>
    </message>
    <message>
        <source>A second client, a second pair of threads; the accept loop went straight back to accept(). Note the HOWTO&apos;s loop calls ct.run(): that runs the handler in the accept loop&apos;s own thread, so clients would be served one after another. It must be ct.start().</source>
        <translation>第二个客户端，又一对线程；accept 循环立刻回到了 accept()。注意 HOWTO 的循环里调用的是 ct.run()：这会在 accept 循环自己的线程里运行处理函数，于是客户端只能一个接一个地被服务。应该用 ct.start()。</translation>
    </message>
    <message>
        <source>We pause the first connection&apos;s reader (its Socket tab, Pause reading, framed): its thread stops calling recv(), like a handler busy with slow work.</source>
        <translation>暂停第一个连接的读取（它的“套接字”标签页里的“暂停读取”，已框出）：它的线程不再调用 recv()，就像一个正忙于耗时工作的处理函数。</translation>
    </message>
    <message>
        <source>The first client sends 5 bytes. They wait in the kernel, because nobody on that connection calls recv() now.</source>
        <translation>第一个客户端发送 5 个字节。它们停在内核里，因为这个连接上现在没有人调用 recv()。</translation>
    </message>
    <message>
        <source>The second client sends 6 bytes.</source>
        <translation>第二个客户端发送 6 个字节。</translation>
    </message>
    <message>
        <source>The second connection received its bytes at once: its thread is not held up by the first one. Threads keep the code simple (plain blocking calls), but each costs memory, thousands get expensive, and shared data needs locks.</source>
        <translation>第二个连接立刻收到了它的字节：它的线程不受第一个连接拖累。线程让代码保持简单（普通的阻塞调用），但每个线程都要占内存，成千上万个就很昂贵，共享数据还需要加锁。</translation>
    </message>
    <message>
        <source>The first connection still has 0 bytes (framed, and below it the second connection&apos;s 6), although its client sent 5 (framed on the right). The other two ways: a process per client (fork(), socketserver.ForkingMixIn) isolates clients, so one crash does not take the server down, but costs more and shares data only through IPC. select() (selectors, asyncio) serves all sockets from one thread with non-blocking sockets: it scales to many connections, but no handler may ever block.</source>
        <translation>第一个连接仍然是 0 字节（已框出；它下面是第二个连接的 6 字节），尽管它的客户端发送了 5 个字节（右边已框出）。另外两种方式：每个客户端一个进程（fork()、socketserver.ForkingMixIn）把客户端相互隔离，一个崩溃不会拖垮整个服务器，但开销更大，数据只能通过 IPC 共享。select()（selectors、asyncio）用一个线程和非阻塞套接字服务所有套接字：能扩展到大量连接，但任何处理函数都绝不能阻塞。</translation>
    </message>
    <message>
        <source>A server. Every socket in this program has threads of its own: a call that cannot finish yet waits in its thread, and the window stays responsive.</source>
        <translation>启动一个服务器。这个程序里的每个套接字都有自己的线程：暂时无法完成的调用就在自己的线程里等待，窗口照样能响应。</translation>
    </message>
    <message>
        <source>A client connects. The server&apos;s connection has a reader thread that works like a tiny select() loop: it waits with poll() until the socket is readable, and only then calls recv().</source>
        <translation>一个客户端连接上来。服务器端连接的读线程就像一个小小的 select() 循环：它先用 poll() 等到套接字可读，然后才调用 recv()。</translation>
    </message>
    <message>
        <source>We pause reading on the server&apos;s connection: from now on, when poll() reports the socket readable, the thread does not call recv().</source>
        <translation>暂停服务器端连接的读取：从现在起，即使 poll() 报告套接字可读，这个线程也不调用 recv()。</translation>
    </message>
    <message>
        <source>The client sends 15 bytes. The server&apos;s connection became readable, but nobody calls recv(), so the bytes stay in its kernel.</source>
        <translation>客户端发送 15 个字节。服务器端的连接变得可读了，但没有人调用 recv()，所以这些字节留在它的内核里。</translation>
    </message>
    <message>
        <source>The Socket tab: the receive-queue gauge shows the 15 bytes waiting in the kernel. &quot;Readable&quot; means a recv() would return at once; it does not mean anyone read the data.</source>
        <translation>“套接字”标签页：接收队列指示条显示有 15 个字节在内核里等待。“可读”的意思是此时调用 recv() 会立即返回，并不代表已经有人读取了数据。</translation>
    </message>
    <message>
        <source>No recv() call yet. After setblocking(False), recv() never waits: here it would return the 15 bytes at once, and on an empty socket it raises BlockingIOError (EAGAIN) instead. select() tells a single thread which of many sockets are ready.</source>
        <translation>还没有任何 recv() 调用。调用 setblocking(False) 之后，recv() 永远不会等待：此刻它会立即返回这 15 个字节，而在没有数据的套接字上它会抛出 BlockingIOError（EAGAIN），而不是等待。select() 告诉单个线程，许多套接字中哪些已经就绪。</translation>
    </message>
    <message>
        <source>Resume reading: the thread calls recv(), which returns at once, because the data was already there.</source>
        <translation>恢复读取：线程调用 recv()，它立即返回，因为数据早已在那里。</translation>
    </message>
    <message>
        <source>Received, and the gauge is back to 0. Here the socket was blocking (the default I/O mode): its thread waits for readability, then recv() returns at once. The lessons &quot;Non-blocking recv(): BlockingIOError instead of waiting&quot; and &quot;select() says which socket is ready&quot; switch a socket to non-blocking (Socket tab, I/O mode) and show BlockingIOError and select() as rows of their own.</source>
        <translation>收到了，指示条回到 0。这里的套接字是阻塞的（默认的 I/O 模式）：它的线程先等到可读，然后 recv() 立即返回。课程“非阻塞的 recv()：不等待，而是抛出 BlockingIOError”和“select() 告诉你哪个套接字已经就绪”把套接字改为非阻塞（“套接字”页的 I/O 模式），把 BlockingIOError 和 select() 作为单独的行显示出来。</translation>
    </message>
    <message>
        <source>send() and recv() may move fewer bytes than you asked</source>
        <translation>send() 和 recv() 处理的字节可能比你要求的少</translation>
    </message>
    <message>
        <source>IPC on one machine: TCP over loopback</source>
        <translation>同一台机器上的进程间通信：走回环地址的 TCP</translation>
    </message>
    <message>
        <source>Both ends are equal peers; someone must speak first</source>
        <translation>连接的两端是平等的；总得有一方先开口</translation>
    </message>
    <message>
        <source>We start a server: socket(), bind() to 127.0.0.1 with port 0 (the OS picks a free port), listen(5). Its pane shows each call in the timeline.</source>
        <translation>启动一个服务器：socket()，bind() 到 127.0.0.1 的 0 号端口（由操作系统挑选空闲端口），listen(5)。它的面板在时间线里列出每一次调用。</translation>
    </message>
    <message>
        <source>A client connects. accept() on the server returns a new socket for this connection; it appears as its own pane, the connection&apos;s other end.</source>
        <translation>一个客户端连接上来。服务器上的 accept() 为这个连接返回一个新的套接字；它作为单独的面板出现，是这个连接的另一端。</translation>
    </message>
    <message>
        <source>The server&apos;s connection will now call recv(10): it asks for at most 10 bytes per call.</source>
        <translation>服务器端的连接现在调用 recv(10)：每次调用最多只要 10 个字节。</translation>
    </message>
    <message>
        <source>The client sends 43 bytes with one send() call. The kernel took them all, so send() returned 43: see the client&apos;s chunk table.</source>
        <translation>客户端用一次 send() 调用发送 43 个字节。内核全部接收了，所以 send() 返回 43：看客户端的数据块表。</translation>
    </message>
    <message>
        <source>One send() arrived as several recv() results of at most 10 bytes: 10, 10, 10, 10, 3. TCP moves a stream of bytes, not messages; recv(n) returns whatever is there, up to n.</source>
        <translation>一次 send() 到达时变成了若干个最多 10 字节的 recv() 结果：10、10、10、10、3。TCP 传输的是字节流，不是消息；recv(n) 返回已到达的数据，最多 n 个字节。</translation>
    </message>
    <message>
        <source>Five recv() calls for one send(): a program that assumes one recv() per send() is wrong. It must loop until it has the whole message.</source>
        <translation>一次 send() 对应了五次 recv()：假设一次 send() 对应一次 recv() 的程序是错的。它必须循环，直到收齐整条消息。</translation>
    </message>
    <message>
        <source>The pieces above are 10 bytes because we asked recv() for 10. Now the other half: the client&apos;s kernel send buffer is made small (SO_SNDBUF 16384; Linux doubles it).</source>
        <translation>上面的数据块是 10 字节，因为我们让 recv() 只要 10 个字节。现在看另一半：把客户端内核的发送缓冲区调小（SO_SNDBUF 16384；Linux 会把它翻倍）。</translation>
    </message>
    <message>
        <source>The client&apos;s socket becomes non-blocking (Socket tab, I/O mode: setblocking(False), see its timeline). A blocking send() on Linux waits until it has taken every byte; a non-blocking one takes what fits and returns at once.</source>
        <translation>客户端的套接字改为非阻塞（“套接字”页的 I/O 模式：setblocking(False)，见它的时间线）。在 Linux 上，阻塞的 send() 会一直等到收下全部字节；非阻塞的 send() 只收下放得下的部分，立即返回。</translation>
    </message>
    <message>
        <source>The server&apos;s connection stops calling recv(): bytes will pile up in its kernel, then in the client&apos;s, and the client&apos;s send() calls will find less and less room.</source>
        <translation>服务器端的连接停止调用 recv()：字节先堆在它的内核里，再堆在客户端的内核里，客户端的 send() 调用能用的空间越来越少。</translation>
    </message>
    <message>
        <source>The client sends 64 blocks of 65,536 bytes, one send(65536) call each.</source>
        <translation>客户端发送 64 块、每块 65,536 字节的数据，每块调用一次 send(65536)。</translation>
    </message>
    <message>
        <source>There it is: a send() of 65,536 bytes returned less (see the client&apos;s chunk table: Bytes is smaller than the call asked), and once the buffer was full the next send() raised BlockingIOError (the timeline&apos;s EAGAIN rows); the program then waits in select() until there is room and sends the rest, which is what sendall() does for you. Code that ignores send()&apos;s return value loses bytes.</source>
        <translation>出现了：某次发送 65,536 字节的 send() 返回的值更小（看客户端数据块表：“字节数”比调用要求的少）；缓冲区满了以后，下一次 send() 抛出 BlockingIOError（时间线里的 EAGAIN 行）；程序随后在 select() 里等到有空间，再发送剩下的部分，这正是 sendall() 替你做的事。忽略 send() 返回值的代码会丢数据。</translation>
    </message>
    <message>
        <source>Checked: at least one partial send (its row selected in the client&apos;s chunk table).</source>
        <translation>已检查：至少有一次部分发送（客户端数据块表里选中的那一行）。</translation>
    </message>
    <message>
        <source>Before reading again, the server&apos;s connection asks for up to 65,536 bytes per recv() call instead of 10, so the 4 MB do not take 400,000 calls.</source>
        <translation>恢复读取之前，服务器端的连接把每次 recv() 的上限从 10 改成 65,536 字节，免得这 4 MB 要调用 40 万次。</translation>
    </message>
    <message>
        <source>Reading resumes: the queued bytes flow again and every block arrives, in order.</source>
        <translation>恢复读取：排队的字节重新流动，每一块都按顺序到达。</translation>
    </message>
    <message>
        <source>All 4,194,347 bytes arrived (the server&apos;s counters, framed): one stream, however send() and recv() cut it. On the right, the client&apos;s partial send() is still selected.</source>
        <translation>全部 4,194,347 个字节都到了（服务器的计数，已框出）：无论 send() 和 recv() 怎么切分，它都是同一个字节流。右边客户端那次部分发送的 send() 仍然是选中的。</translation>
    </message>
    <message>
        <source>The server is bound to 127.0.0.1, the loopback address: only programs on this machine can reach it. This is the HOWTO&apos;s advice for IPC with AF_INET sockets: bind the server socket to &apos;localhost&apos;.</source>
        <translation>服务器绑定在回环地址 127.0.0.1 上：只有本机上的程序能连到它。这正是 HOWTO 对用 AF_INET 套接字做进程间通信（IPC）的建议：把服务器套接字绑定到 &apos;localhost&apos;。</translation>
    </message>
    <message>
        <source>The client connected to it. Both addresses in the pane headers start with 127.0.0.1: both ends of this TCP connection live on this machine.</source>
        <translation>客户端连上了它。两个面板标题里的地址都以 127.0.0.1 开头：这条 TCP 连接的两端都在本机上。</translation>
    </message>
    <message>
        <source>The client called send() 1000 times with 1000 bytes each, with no pause: 1,000,000 bytes. Every call is a row in the client&apos;s chunk table, and the counter line above it adds them up.</source>
        <translation>客户端不停顿地调用了 1000 次 send()，每次 1000 字节：一共 1,000,000 字节。每次调用都是客户端数据块表里的一行，表格上方的计数行给出总数。</translation>
    </message>
    <message>
        <source>All 1,000,000 bytes have arrived. On loopback no network card is involved: the kernel copies the bytes in memory from one socket&apos;s send buffer to the other&apos;s receive buffer. It is still complete TCP (segments, ACKs, flow control), only without a wire.</source>
        <translation>1,000,000 字节全部到达。走回环地址时不经过任何网卡：内核在内存里把字节从一个套接字的发送缓冲区复制到另一个的接收缓冲区。这仍然是完整的 TCP（报文段、ACK、流量控制），只是没有网线。</translation>
    </message>
    <message>
        <source>The server connection&apos;s timeline groups its recv(4096) calls. Each returned whatever had arrived, at most 4096 bytes, so the recv() calls do not line up with the 1000 send() calls. How long it all took depends on this machine and its load: compare the first and last times, but don&apos;t treat one run as a benchmark.</source>
        <translation>服务器端连接的时间线把 recv(4096) 调用归并显示。每次调用返回当时已到达的数据，最多 4096 字节，所以 recv() 调用和那 1000 次 send() 对不上。整个过程花了多少时间取决于这台机器和它当时的负载：可以比较第一行和最后一行的时间，但别把一次运行当作性能测试。</translation>
    </message>
    <message>
        <source>Checked: at least 245 recv() calls, because each takes at most 4096 bytes. Two notes on the HOWTO: pipes, shared memory or AF_UNIX sockets can be faster still for IPC (multiprocessing wraps them), and on Linux even a connection to the machine&apos;s own network address is delivered internally like this. Binding to 127.0.0.1 mainly makes sure no other machine can connect.</source>
        <translation>已检查：至少 245 次 recv()，因为每次最多取 4096 字节。关于 HOWTO 的两点补充：做 IPC 时，管道、共享内存或 AF_UNIX 套接字可能更快（multiprocessing 封装了它们）；而且在 Linux 上，即使连接的是本机自己的网络地址，数据也会像这样在内核内部投递。绑定到 127.0.0.1 主要是为了保证别的机器连不进来。</translation>
    </message>
    <message>
        <source>The connection&apos;s counters end with a throughput figure (MB/s, from its first to its last recv() result). Here it measures this program as much as loopback: every recv() is recorded and shown. A plain Python receive loop goes faster, and the figure changes from run to run.</source>
        <translation>连接的计数行末尾有一个吞吐量数字（MB/s，从第一次到最后一次 recv() 结果计算）。这里它测到的既是回环地址，也是这个程序本身：每次 recv() 都被记录和显示。一个普通的 Python 接收循环会更快，而且这个数字每次运行都不一样。</translation>
    </message>
    <message>
        <source>We start a server: socket(), bind(), listen(). Its listening socket will only produce connections; it never sends or receives.</source>
        <translation>启动一个服务器：socket()、bind()、listen()。它的监听套接字只负责产生连接，自己从不收发数据。</translation>
    </message>
    <message>
        <source>A client connected, and accept() gave the server a socket for this connection. From now on the two ends are equal: each has a send box and reads with recv(). &quot;Client&quot; and &quot;server&quot; only said who called connect() and who called accept().</source>
        <translation>一个客户端连上来，accept() 为这个连接给了服务器一个套接字。从现在起两端是平等的：各有一个发送框，都用 recv() 读数据。“客户端”和“服务器”只说明了谁调用了 connect()、谁调用了 accept()。</translation>
    </message>
    <message>
        <source>A second passed and nothing happened. Each side&apos;s reader is blocked waiting for data that will never come: two polite listeners, a deadlock. Only the background threads keep this window alive; a one-thread program would hang.</source>
        <translation>过去了一秒，什么也没发生。两端的读取线程都阻塞着，等待永远不会来的数据：两个都在礼貌地听，结果是死锁。只是因为有后台线程，这个窗口才没有卡住；单线程程序会挂住。</translation>
    </message>
    <message>
        <source>The client is in recv(4096) and has received nothing (under its chunk table: in progress: recv(4096), with the time it has waited so far).</source>
        <translation>客户端正在 recv(4096) 里等待，什么也没收到（它的数据块表下方：进行中：recv(4096)，以及已经等了多久）。</translation>
    </message>
    <message>
        <source>So is the server&apos;s connection: both ends are in recv(4096) at the same time.</source>
        <translation>服务器端的连接也是：两端同时都在 recv(4096) 里等待。</translation>
    </message>
    <message>
        <source>Checked: the server&apos;s connection has received 0 bytes too. Neither side can tell the other is waiting: TCP carries no &quot;your turn&quot; signal.</source>
        <translation>已检查：服务器端的连接也收到 0 字节。哪一端都不知道对方也在等：TCP 里没有“轮到你了”这样的信号。</translation>
    </message>
    <message>
        <source>The server spoke first: it sent an 11-byte greeting, the way an SMTP or FTP server greets every new client. The row in its chunk table shows send() returned 11.</source>
        <translation>服务器先开口：它发送了 11 字节的问候语，就像 SMTP 或 FTP 服务器问候每个新客户端那样。它的数据块表里那一行显示 send() 返回了 11。</translation>
    </message>
    <message>
        <source>The client&apos;s recv() returned the greeting, and the client could now answer. A protocol must define who speaks first: in HTTP the client sends its request first, in SMTP the server greets first. If both sides wait, nothing ever happens.</source>
        <translation>客户端的 recv() 返回了这句问候，现在客户端可以回应了。协议必须规定谁先说话：HTTP 里客户端先发请求，SMTP 里服务器先打招呼。如果双方都在等，就什么也不会发生。</translation>
    </message>
    <message>
        <source>A blocking send() waits for room; a non-blocking one sends part</source>
        <translation>阻塞的 send() 会等待空间；非阻塞的 send() 只发送一部分</translation>
    </message>
    <message>
        <source>When the peer hangs: settimeout() and keepalive</source>
        <translation>对端不响应时：settimeout() 与 keepalive</translation>
    </message>
    <message>
        <source>After the delimiter: keep the leftover bytes</source>
        <translation>分隔符之后：留住剩下的字节</translation>
    </message>
    <message>
        <source>A client connects (blocking, the default).</source>
        <translation>客户端连接（默认阻塞）。</translation>
    </message>
    <message>
        <source>The server&apos;s connection stops calling recv().</source>
        <translation>服务器端的连接停止调用 recv()。</translation>
    </message>
    <message>
        <source>The client sends 128 blocks of 65,536 bytes (8 MiB), one send(65536) each.</source>
        <translation>客户端发送 128 块、每块 65,536 字节（共 8 MiB），每块调用一次 send(65536)。</translation>
    </message>
    <message>
        <source>A send(65536) does not return (under the chunk table: in progress, with its running time): the server&apos;s receive buffer and the client&apos;s send buffer are full, and a blocking send() waits until there is room for all of its bytes.</source>
        <translation>有一次 send(65536) 一直不返回（数据块表下方：进行中，带着已经等待的时间）：服务器的接收缓冲区和客户端的发送缓冲区都满了，阻塞的 send() 要等到放得下它的全部字节。</translation>
    </message>
    <message>
        <source>Every send() that returned, returned 65,536: on Linux a blocking send() takes everything or waits.</source>
        <translation>每一次返回了的 send() 都返回 65,536：在 Linux 上，阻塞的 send() 要么全部收下，要么等待。</translation>
    </message>
    <message>
        <source>The server reads again: room opens, the waiting send() returns 65,536, and the rest follow.</source>
        <translation>服务器重新开始读取：空间腾出来了，等待中的 send() 返回 65,536，其余的接着发送。</translation>
    </message>
    <message>
        <source>All 8 MiB arrived.</source>
        <translation>8 MiB 全部到达。</translation>
    </message>
    <message>
        <source>128 send() calls, 128 full counts, no partial send.</source>
        <translation>128 次 send() 调用，128 次都是全额，没有部分发送。</translation>
    </message>
    <message>
        <source>The client&apos;s socket becomes non-blocking.</source>
        <translation>客户端的套接字改为非阻塞。</translation>
    </message>
    <message>
        <source>The server stops reading again.</source>
        <translation>服务器再次停止读取。</translation>
    </message>
    <message>
        <source>The client sends another 128 blocks.</source>
        <translation>客户端再发送 128 块。</translation>
    </message>
    <message>
        <source>Non-blocking: when the buffer is full, send() takes what fits and returns that count (a partial send), and the next send() raises BlockingIOError (EAGAIN in the timeline); the program waits in select() for room and sends the rest itself, as sendall() does.</source>
        <translation>非阻塞：缓冲区满时，send() 只收下放得下的部分并返回这个数（部分发送），下一次 send() 抛出 BlockingIOError（时间线里的 EAGAIN）；程序在 select() 里等待空间，再自己发送剩下的部分，就像 sendall() 做的那样。</translation>
    </message>
    <message>
        <source>Checked: a partial send (selected in the client&apos;s chunk table: send(65536) returned less). The client&apos;s timeline groups the full sends into one row, then send() ✗ EAGAIN; its select() is still waiting for room (in progress, under the chunk table). The client&apos;s reader is non-blocking too: its own recv() ✗ EAGAIN rows only mean nothing came back.</source>
        <translation>已检查：有一次部分发送（客户端数据块表里选中的那一行：send(65536) 返回的更少）。客户端的时间线把全额发送合成一行，然后是 send() ✗ EAGAIN；它的 select() 还在等待空间（数据块表下方的“进行中”）。客户端的读线程也是非阻塞的：它自己的 recv() ✗ EAGAIN 行只表示还没有数据回来。</translation>
    </message>
    <message>
        <source>The server reads again: room opens in the buffers.</source>
        <translation>服务器重新开始读取：缓冲区里腾出了空间。</translation>
    </message>
    <message>
        <source>All 16 MiB arrived: each time the client&apos;s select() said writable, the program sent what was left, until every block was through.</source>
        <translation>16 MiB 全部到达：客户端的 select() 每次报告可写，程序就发送剩下的部分，直到每一块都发完。</translation>
    </message>
    <message>
        <source>The client&apos;s timeline now has the whole pattern: send() → a count, send() ✗ EAGAIN, select() → writable, and again; the selected chunk-table row is the partial send. The server&apos;s counters (left) show the 16 MiB.</source>
        <translation>客户端的时间线现在有了完整的模式：send() → 一个数，send() ✗ EAGAIN，select() → 可写，如此反复；数据块表里选中的那一行就是部分发送。服务器的计数（左边）显示 16 MiB。</translation>
    </message>
    <message>
        <source>A client with settimeout(1.0): every recv() waits at most one second.</source>
        <translation>一个设置了 settimeout(1.0) 的客户端：每次 recv() 最多等一秒。</translation>
    </message>
    <message>
        <source>The server says nothing. After one second recv() raised TimeoutError (a row in the timeline: TIMEOUT). The connection is fine; the program decides: call again, or give up and close. Without a timeout, a recv() on a peer that hangs waits for ever.</source>
        <translation>服务器什么也不说。一秒后 recv() 抛出 TimeoutError（时间线里的一行：TIMEOUT）。连接本身没问题；由程序决定：再调用一次，还是放弃并关闭。没有超时的话，对一个不响应的对端调用 recv() 会永远等下去。</translation>
    </message>
    <message>
        <source>The server answers within the timeout.</source>
        <translation>服务器在超时之前回应。</translation>
    </message>
    <message>
        <source>recv() returned the 10 bytes as usual: a timeout only bounds the wait.</source>
        <translation>recv() 照常返回这 10 个字节：超时只是给等待设了上限。</translation>
    </message>
    <message>
        <source>A peer whose machine vanished sends nothing, not even RST: only the kernel&apos;s keepalive notices. SO_KEEPALIVE on: after TCP_KEEPIDLE idle seconds the kernel sends probes; after TCP_KEEPCNT unanswered ones a blocked recv() fails with ETIMEDOUT (Socket tab, options).</source>
        <translation>对端机器消失时什么也不会发，连 RST 都没有：只有内核的 keepalive 能发现。打开 SO_KEEPALIVE：空闲 TCP_KEEPIDLE 秒后内核发送探测包；连续 TCP_KEEPCNT 个没有回应，阻塞中的 recv() 就以 ETIMEDOUT 失败（“套接字”页，选项）。</translation>
    </message>
    <message>
        <source>Meanwhile the timeouts go on, one row a second, until the program stops asking.</source>
        <translation>与此同时超时还在继续，每秒一行，直到程序不再等待。</translation>
    </message>
    <message>
        <source>The client&apos;s timeline: settimeout(1), recv() ✗ TIMEOUT, recv() → 10, setsockopt(SO_KEEPALIVE), recv() ✗ TIMEOUT.</source>
        <translation>客户端的时间线：settimeout(1)，recv() ✗ TIMEOUT，recv() → 10，setsockopt(SO_KEEPALIVE)，recv() ✗ TIMEOUT。</translation>
    </message>
    <message>
        <source>A client connects.</source>
        <translation>客户端连接。</translation>
    </message>
    <message>
        <source>The server&apos;s connection reads messages that end with a newline (Messages tab).</source>
        <translation>服务器端的连接按换行符分隔消息（“消息”标签页）。</translation>
    </message>
    <message>
        <source>The client sends two whole lines and the start of a third, in one send().</source>
        <translation>客户端用一次 send() 发送两整行和第三行的开头。</translation>
    </message>
    <message>
        <source>One recv() returned all 17 bytes: two messages and &apos;GET c&apos;. A program that splits on the newline and throws away the rest loses the start of the next message.</source>
        <translation>一次 recv() 返回了全部 17 个字节：两条消息加上“GET c”。按换行切分后把剩下的扔掉的程序，会丢掉下一条消息的开头。</translation>
    </message>
    <message>
        <source>The 5 bytes &apos;GET c&apos; wait (Messages tab: bytes after the last whole message): keep them in a buffer and add what the next recv() returns.</source>
        <translation>“GET c”这 5 个字节在等待（“消息”页：最后一条完整消息之后的字节）：把它们留在缓冲区里，再接上下一次 recv() 返回的数据。</translation>
    </message>
    <message>
        <source>The client sends the rest of the third line and a fourth.</source>
        <translation>客户端发送第三行剩下的部分和第四行。</translation>
    </message>
    <message>
        <source>&apos;GET c&apos; + the newline that came in another recv() make the third message; the fourth follows. The framing is in the bytes, not in the recv() calls.</source>
        <translation>“GET c”加上另一次 recv() 带来的换行符，组成了第三条消息；第四条随后。消息的边界在字节里，不在 recv() 调用里。</translation>
    </message>
    <message>
        <source>Nothing left over now.</source>
        <translation>现在没有剩余的字节了。</translation>
    </message>
    <message>
        <source>makefile(): a buffered write sends nothing until flush()</source>
        <translation>makefile()：缓冲的写入在 flush() 之前什么也不发送</translation>
    </message>
    <message>
        <source>We start a server. Its client this time is a separate Python program, shown under the lesson text: it wraps its socket in two file objects with sock.makefile(&quot;wb&quot;) and sock.makefile(&quot;rb&quot;), to use write() and readline() instead of send() and recv().</source>
        <translation>启动一个服务器。这次它的客户端是一个单独的 Python 程序，显示在课程文字下方：它用 sock.makefile(&quot;wb&quot;) 和 sock.makefile(&quot;rb&quot;) 把套接字包成两个文件对象，用 write() 和 readline() 代替 send() 和 recv()。</translation>
    </message>
    <message>
        <source>The client wrote its request with wfile.write(b&apos;GET /time\n&apos;) and waited for the reply with rfile.readline(). No reply came: after 3 s its readline() timed out (a timeout the script set, or it would wait forever). The server never answered because it never got the request.</source>
        <translation>客户端用 wfile.write(b&apos;GET /time\n&apos;) 写出请求，再用 rfile.readline() 等待回复。回复没有来：3 秒后它的 readline() 超时了（超时是脚本自己设的，否则它会永远等下去）。服务器没有回答，是因为它根本没收到请求。</translation>
    </message>
    <message>
        <source>Checked: the server&apos;s connection received 0 bytes. The 10 bytes are still in wfile&apos;s buffer (8192 bytes, inside the client process): write() on a buffered file copies into memory and calls send() only when the buffer is full or flush() is called. Both sides wait for each other: the flush trap.</source>
        <translation>已检查：服务器端的连接收到了 0 个字节。那 10 个字节还在 wfile 的缓冲区里（8192 字节，在客户端进程内部）：对缓冲文件调用 write() 只是复制到内存，只有缓冲区满了或调用 flush() 时才会调用 send()。双方都在等对方：这就是 flush 陷阱。</translation>
    </message>
    <message>
        <source>Now the client calls wfile.flush(): the buffered bytes go to send().</source>
        <translation>现在客户端调用 wfile.flush()：缓冲的字节交给了 send()。</translation>
    </message>
    <message>
        <source>The request arrived: the server&apos;s first recv() row holds all 10 bytes, &apos;GET /time\n&apos;. A file object on a socket needs flush() after each request (or a file opened with buffering=0, where each write() is one send()).</source>
        <translation>请求到了：服务器的第一行 recv() 拿到了全部 10 个字节 &apos;GET /time\n&apos;。套接字上的文件对象在每个请求之后都需要 flush()（或者用 buffering=0 打开，那样每次 write() 就是一次 send()）。</translation>
    </message>
    <message>
        <source>The server replies with one send(): a whole line &apos;12:00\n&apos; and the start of the next one, &apos;next &apos;. The client&apos;s readline() returns just the first line (see its output); &apos;next &apos; stays in rfile&apos;s buffer: its recv() took both.</source>
        <translation>服务器用一次 send() 回复：完整的一行 &apos;12:00\n&apos;，加上下一行的开头 &apos;next &apos;。客户端的 readline() 只返回第一行（见它的输出）；&apos;next &apos; 留在 rfile 的缓冲区里：它的 recv() 把两部分一起收下了。</translation>
    </message>
    <message>
        <source>The server sends the rest of the second line. readline() returns b&apos;next line\n&apos;: the leftover &apos;next &apos; from the buffer and the new bytes, joined. makefile(&apos;rb&apos;) is a receive loop with a buffer, written for you.</source>
        <translation>服务器发出第二行的剩余部分。readline() 返回 b&apos;next line\n&apos;：缓冲区里剩下的 &apos;next &apos; 和新到的字节拼在一起。makefile(&apos;rb&apos;) 就是一个别人替你写好的、带缓冲区的接收循环。</translation>
    </message>
    <message>
        <source>Checked: the client printed both lines and ended normally (exit code 0). Remember: write() + flush() on the sending side; readline() keeps what it received past the line end for the next call.</source>
        <translation>已检查：客户端打印了两行并正常结束（退出码 0）。记住：发送一方要 write() 加 flush()；readline() 会把收到的、行尾之后的字节留给下一次调用。</translation>
    </message>
</context>
<context>
    <name>LessonTranscript</name>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_transcript.py" line="29"/>
        <source>Every step carried out so far; the current one is highlighted</source>
        <translation>到目前为止执行过的每一步；当前这一步高亮显示</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="53"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="66"/>
        <source>The lessons in teaching order, following the concepts of the Socket Programming HOWTO, then its MySocket example</source>
        <translation>按教学顺序排列的课程：依次对应《套接字编程指南》（Socket Programming HOWTO）中的各个概念，最后是其中的 MySocket 示例</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="104"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="108"/>
        <source>Go back one step: a socket call cannot be undone, so every socket is closed and the lesson is carried out again, with new sockets, up to the step before</source>
        <translation>退回一步：套接字调用无法撤销，所以会关闭所有套接字，用新的套接字把课程重新执行到上一步</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="113"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="115"/>
        <source>Carry out the next step</source>
        <translation>执行下一个步骤</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="116"/>
        <source>Run all</source>
        <translation>全部运行</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="118"/>
        <source>Carry out every remaining step</source>
        <translation>执行剩余的所有步骤</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="119"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="122"/>
        <source>Close every socket, remove the panes and start the lesson again</source>
        <translation>关闭所有套接字，移除各面板，并重新开始本课程</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="136"/>
        <source>HOWTO concept {0}</source>
        <translation>HOWTO 概念 {0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="138"/>
        <source>The HOWTO&apos;s MySocket example</source>
        <translation>HOWTO 中的 MySocket 示例</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="172"/>
        <source>{0} steps</source>
        <translation>共 {0} 个步骤</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="173"/>
        <source>Press Next to carry out the first step, or Run all.</source>
        <translation>按“下一步”执行第一个步骤，或按“全部运行”。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="220"/>
        <source>Going back: steps 1 to {0} again, with new sockets…</source>
        <translation>正在退回：用新的套接字重新执行第 1 到第 {0} 步……</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="239"/>
        <source>Step {0} of {1}</source>
        <translation>步骤 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="261"/>
        <source>This step did not work as expected: {0}</source>
        <translation>此步骤未按预期完成：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lessons.py" line="271"/>
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
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="200"/>
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
        <location filename="../../app/socket_playground/ui/listener_pane.py" line="200"/>
        <source>Resume accepting</source>
        <translation>恢复接受连接</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="43"/>
        <source>Socket Playground</source>
        <translation>Socket Playground — 套接字演练场</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="64"/>
        <source>Start a server, connect a client, then send: every send() and recv() call becomes a row.</source>
        <translation>先启动服务器，再连接客户端，然后发送：每次 send() 和 recv() 调用都会成为一行。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="217"/>
        <source>Server socket</source>
        <translation>服务器套接字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="228"/>
        <source>0 (OS chooses)</source>
        <translation>0（系统选择）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="230"/>
        <source>Port to bind(); 0 lets the OS choose a free one. Ports below 1024 are privileged.</source>
        <translation>要 bind() 的端口；0 表示由操作系统选择一个空闲端口。1024 以下的端口是特权端口。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="240"/>
        <source>listen(backlog): how many connections the kernel queues before accept()</source>
        <translation>listen(backlog)：积压队列（backlog）长度，即在 accept() 取走之前内核最多排队的连接数</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="81"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="245"/>
        <source>Backlog</source>
        <translation>积压队列</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="87"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="56"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="61"/>
        <source>The address family of socket(): Auto follows getaddrinfo (a name&apos;s first address decides); IPv4 is AF_INET, IPv6 is AF_INET6</source>
        <translation>socket() 的地址族：“自动”按 getaddrinfo 的结果（名字的第一个地址决定）；IPv4 即 AF_INET，IPv6 即 AF_INET6</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="88"/>
        <source>Family</source>
        <translation>地址族</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="158"/>
        <source>→ ? (see the host)</source>
        <translation>→ ?（请检查主机）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="166"/>
        <source>→ getaddrinfo decides…</source>
        <translation>→ 由 getaddrinfo 决定…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="173"/>
        <source>→ IPv4 (AF_INET)</source>
        <translation>→ IPv4（AF_INET）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="180"/>
        <source>→ IPv6 (AF_INET6), IPv4 clients too (dual stack)</source>
        <translation>→ IPv6（AF_INET6），也接受 IPv4 客户端（双栈）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="181"/>
        <source>→ IPv6 (AF_INET6)</source>
        <translation>→ IPv6（AF_INET6）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="190"/>
        <source>→ ? (getaddrinfo found no address)</source>
        <translation>→ ?（getaddrinfo 没有找到地址）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="193"/>
        <source>: {0}, getaddrinfo&apos;s first answer</source>
        <translation>：{0}，getaddrinfo 的第一个结果</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="196"/>
        <source>getaddrinfo&apos;s answers, in its order (the first is used): {0}</source>
        <translation>getaddrinfo 的结果，按其顺序（使用第一个）：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="220"/>
        <source>Address to bind(): 127.0.0.1 or ::1 = this machine only; 0.0.0.0 or :: = all interfaces. A port may follow: 127.0.0.1:8000, [::1]:8000</source>
        <translation>要 bind() 的地址：127.0.0.1 或 ::1 = 仅限本机；0.0.0.0 或 :: = 所有网络接口。后面可以跟端口：127.0.0.1:8000、[::1]:8000</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="247"/>
        <source>Start server</source>
        <translation>启动服务器</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="250"/>
        <source>socket(), bind(), listen(), then accept() in a loop on its own thread</source>
        <translation>依次调用 socket()、bind()、listen()，然后在独立线程中循环调用 accept()</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="265"/>
        <source>Client socket</source>
        <translation>客户端套接字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="267"/>
        <source>Host to connect() to; a port may follow: 127.0.0.1:6379, [::1]:8000</source>
        <translation>要 connect() 的主机；后面可以跟端口：127.0.0.1:6379、[::1]:8000</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="272"/>
        <source>Port to connect() to; follows the server you started last</source>
        <translation>要 connect() 的端口；自动跟随最近启动的服务器</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="274"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="277"/>
        <source>socket() then connect() on the client&apos;s own thread</source>
        <translation>在客户端自己的线程中先调用 socket()，再调用 connect()</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="285"/>
        <source>settimeout() before connect(): give up after this many seconds (ETIMEDOUT)</source>
        <translation>在 connect() 之前调用 settimeout()：超过这么多秒仍未连上就放弃（ETIMEDOUT）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="291"/>
        <source>connect() timeout</source>
        <translation>connect() 超时</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="257"/>
        <source>The I/O mode of the connections it accepts</source>
        <translation>它所接受的连接的 I/O 模式</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="102"/>
        <source>Servers and the connections they accept appear here.</source>
        <translation>服务器及其接受的连接会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="104"/>
        <source>Clients appear here.</source>
        <translation>客户端会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="107"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="108"/>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="105"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/forms.py" line="107"/>
        <source>Socket options set before bind()/connect()</source>
        <translation>在 bind()/connect() 之前设置的套接字选项</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="125"/>
        <source>New &amp;relay…</source>
        <translation>新建中继(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="129"/>
        <source>Close all sockets</source>
        <translation>关闭所有套接字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="133"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="142"/>
        <source>S&amp;ocket</source>
        <translation>套接字(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="145"/>
        <source>Start &amp;server</source>
        <translation>启动服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="146"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="155"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="157"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="164"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="165"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="169"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="290"/>
        <source>UDP server bound to {0}; the client form now points at it.</source>
        <translation>UDP 服务器已绑定到 {0}；客户端表单已指向它。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/main_window.py" line="292"/>
        <source>Server listening on {0}; the client form now points at it.</source>
        <translation>服务器正在 {0} 上监听；客户端表单已指向它。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/about.py" line="30"/>
        <source>About Socket Playground</source>
        <translation>关于 Socket Playground</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/unix_form.py" line="32"/>
        <source>AF_UNIX: a Unix domain socket between programs of this machine; its address is a socket file&apos;s path (/tmp/sp.sock) or, on Linux, an abstract name (@name); there is no port</source>
        <translation>AF_UNIX：本机程序之间的 Unix 域套接字；它的地址是套接字文件的路径（/tmp/sp.sock），在 Linux 上也可以是抽象名字（@name）；没有端口</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/unix_form.py" line="60"/>
        <source>→ ? (see the path)</source>
        <translation>→ ?（请检查路径）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/unix_form.py" line="61"/>
        <source>The port is not used: a Unix socket&apos;s address is a path in the file system, or an abstract name</source>
        <translation>不使用端口：Unix 套接字的地址是文件系统中的路径，或一个抽象名字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/unix_form.py" line="67"/>
        <source>→ Unix (AF_UNIX), abstract name {0}: no file (Linux); no port</source>
        <translation>→ Unix（AF_UNIX），抽象名字 {0}：没有文件（Linux）；没有端口</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/unix_form.py" line="69"/>
        <source>→ Unix (AF_UNIX): bind() makes the socket file {0}; no port</source>
        <translation>→ Unix（AF_UNIX）：bind() 会创建套接字文件 {0}；没有端口</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/unix_form.py" line="71"/>
        <source>→ Unix (AF_UNIX): connect() to the socket file {0}; no port</source>
        <translation>→ Unix（AF_UNIX）：connect() 到套接字文件 {0}；没有端口</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/transport.py" line="32"/>
        <source>TCP (SOCK_STREAM): a connection, a byte stream. UDP (SOCK_DGRAM): no connection, each sendto() one datagram, boundaries kept, nothing resent</source>
        <translation>TCP（SOCK_STREAM）：有连接，字节流。UDP（SOCK_DGRAM）：无连接，每次 sendto() 一个数据报，保留边界，不重传</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/transport.py" line="42"/>
        <source>connected UDP</source>
        <translation>已连接的 UDP</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/transport.py" line="45"/>
        <source>connect() the UDP socket first (no packet is sent): send() goes to that peer, datagrams from others are dropped, and an ICMP error (nothing on that port) comes back as ECONNREFUSED on a later call</source>
        <translation>先对 UDP 套接字调用 connect()（不发送任何包）：send() 发往该对端，来自其他地址的数据报被丢弃，ICMP 错误（该端口无人监听）会在之后的调用中以 ECONNREFUSED 报告</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/transport.py" line="59"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/transport.py" line="93"/>
        <source>Start UDP server</source>
        <translation>启动 UDP 服务器</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/transport.py" line="95"/>
        <source>socket(SOCK_DGRAM), bind(), then recvfrom() in a loop</source>
        <translation>socket(SOCK_DGRAM)、bind()，然后循环调用 recvfrom()</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/transport.py" line="98"/>
        <source>Start UDP client</source>
        <translation>启动 UDP 客户端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/transport.py" line="100"/>
        <source>socket(SOCK_DGRAM) (and connect() when connected UDP), then recvfrom() in a loop; Send makes one sendto()</source>
        <translation>socket(SOCK_DGRAM)（已连接的 UDP 还会 connect()），然后循环调用 recvfrom()；每次“发送”调用一次 sendto()</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_window.py" line="49"/>
        <source>UDP is for IPv4 and IPv6: choose TCP for a Unix socket.</source>
        <translation>UDP 用于 IPv4 和 IPv6：Unix 套接字请选择 TCP。</translation>
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
        <location filename="../../app/socket_playground/ui/messages.py" line="117"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="193"/>
        <source>The delimiter is not valid: write bytes like \n or \r\n, not nothing.</source>
        <translation>分隔符无效：请填写 \n 或 \r\n 之类的字节，不能留空。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="308"/>
        <source>No framing: the chunk table shows the raw recv() results.</source>
        <translation>未分帧：数据块表格显示原始的 recv() 结果。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="288"/>
        <source>the prefix announces {0} bytes, more than the limit</source>
        <translation>前缀声明的长度为 {0} 字节，超过了上限</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="244"/>
        <source>Received bytes {0}–{1} were no longer kept when decoding reached them; fixed-length decoding went on at the next message boundary, byte {2} (message {3}).</source>
        <translation>解码到达时，已接收字节 {0}–{1} 已不再保留；定长解码在下一个消息边界（字节 {2}，消息 {3}）处继续。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="258"/>
        <source>{0} message(s) announced more than the limit of {1} bytes and were skipped (the last at received byte {2}: {3} bytes); decoding goes on after them.</source>
        <translation>{0} 条消息声明的长度超过 {1} 字节的上限，已被跳过（最后一条位于已接收字节 {2}：{3} 字节）；解码在其后继续。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="276"/>
        <source>Cannot resync after {0} bytes that were not kept (received bytes {1}–{2}): with this framing where the next message starts is unknown. {3} bytes received since the last whole message.</source>
        <translation>{0} 字节未被保留（已接收字节 {1}–{2}），之后无法重新同步：使用这种分帧方式无法知道下一条消息从哪里开始。自上一条完整消息以来已接收 {3} 字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="290"/>
        <source>the prefix announces {0} bytes, fewer than the prefix itself</source>
        <translation>前缀声明的长度为 {0} 字节，比前缀本身还短</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="293"/>
        <source>Cannot decode past received byte {0}: {1}.</source>
        <translation>无法越过接收流的偏移 {0} 继续解码：{1}。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="298"/>
        <source>No message ended in the last {0} bytes received: decoding stopped (is this the right framing?).</source>
        <translation>最近收到的 {0} 字节里没有一条消息结束：已停止解码（分帧方式选对了吗？）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="316"/>
        <source>{0} bytes received from offset {1} wait for the rest of a message (a receiver&apos;s recv() loop would keep waiting).</source>
        <translation>从偏移 {1} 起收到的 {0} 字节正在等待消息的其余部分（接收方的 recv() 循环会一直等下去）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="320"/>
        <source>Messages: {0}; no bytes waiting.</source>
        <translation>消息：{0} 条；没有等待中的字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/messages.py" line="323"/>
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
    <message>
        <location filename="../../app/socket_playground/ui/unix_pane.py" line="62"/>
        <source>TCP_NODELAY, SO_KEEPALIVE and keepalive timing: not available here (a Unix socket has no TCP)</source>
        <translation>TCP_NODELAY、SO_KEEPALIVE 和保活时间：此处不可用（Unix 套接字没有 TCP）</translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <location filename="../../app/socket_playground/ui/connection_list.py" line="104"/>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="209"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>PaneHabits</name>
    <message>
        <location filename="../../app/socket_playground/ui/pane_habits.py" line="40"/>
        <source>Find in bytes…</source>
        <translation>在字节中查找…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_habits.py" line="43"/>
        <source>Find bytes in this connection&apos;s capture (Ctrl+F)</source>
        <translation>在此连接的捕获中查找字节（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_habits.py" line="46"/>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_habits.py" line="49"/>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_habits.py" line="52"/>
        <source>Clear views</source>
        <translation>清空视图</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_habits.py" line="55"/>
        <source>Empty the chunk table, the bytes and the timeline from now on (Ctrl+L). Only the views: the capture, the counters, the SHA-256, Messages, Ruler and saved sessions keep every call and byte.</source>
        <translation>从现在起清空数据块表、字节视图和时间线（Ctrl+L）。只清空视图：捕获、计数、SHA-256、消息、标尺和保存的会话仍保留每个调用和每个字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_habits.py" line="136"/>
        <source>Views cleared: the capture and the counters still hold every call and byte.</source>
        <translation>视图已清空：捕获和计数仍保留每个调用和每个字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_habits.py" line="148"/>
        <source>This socket cannot send now: the file was not sent.</source>
        <translation>此套接字现在无法发送：文件未发送。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_habits.py" line="154"/>
        <source>Sending the file {0}…</source>
        <translation>正在发送文件 {0}…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_habits.py" line="158"/>
        <source>{0} was not sent: it is not a regular file.</source>
        <translation>{0} 未发送：它不是普通文件。</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="84"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="87"/>
        <source>Show the plain-Python code of what this socket did, to copy or save as a .py file</source>
        <translation>显示此套接字所做操作对应的纯 Python 代码，可复制或另存为 .py 文件</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="90"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="92"/>
        <source>close() this socket (its worker threads stop)</source>
        <translation>对此套接字调用 close()（其工作线程随之停止）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="96"/>
        <source>Close the socket if open and remove this pane</source>
        <translation>关闭套接字（若仍打开）并移除此面板</translation>
    </message>
</context>
<context>
    <name>PeerCredRow</name>
    <message>
        <location filename="../../app/socket_playground/ui/unix_pane.py" line="26"/>
        <source>getsockopt(SOL_SOCKET, SO_PEERCRED): the process id, user id and group id of the program at the other end, as the kernel recorded them when it connected (or listened). Only a Unix socket can tell: over TCP the peer is just an address.</source>
        <translation>getsockopt(SOL_SOCKET, SO_PEERCRED)：对端程序的进程号、用户号和组号，由内核在它连接（或监听）时记录。只有 Unix 套接字能告诉你这些：在 TCP 上，对端只是一个地址。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/unix_pane.py" line="45"/>
        <source>Peer (SO_PEERCRED): not known yet</source>
        <translation>对端（SO_PEERCRED）：尚不知道</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/unix_pane.py" line="47"/>
        <source>Peer (SO_PEERCRED): pid {0}, uid {1}, gid {2}</source>
        <translation>对端（SO_PEERCRED）：pid {0}，uid {1}，gid {2}</translation>
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
    <name>Relay</name>
    <message>
        <location filename="../../app/socket_playground/ui/relay_window.py" line="54"/>
        <source>Relay #{0} → {1}</source>
        <translation>中继 #{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_window.py" line="117"/>
        <source>Relay leg relay-in: the relay could not connect to the target {0} ({1}: {2}), so this connection was reset (RST), as a connection to the target would be.</source>
        <translation>中继连接段 relay-in：中继无法连接到目标 {0}（{1}：{2}），所以这条连接被重置（RST），就像直接连接目标时一样。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_window.py" line="123"/>
        <source>Relay leg relay-in (from the client); its other leg: {0} (relay-out, to {1}).</source>
        <translation>中继连接段 relay-in（来自客户端）；另一段：{0}（relay-out，通往 {1}）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_window.py" line="126"/>
        <source>Relay leg relay-out (to the target {0}); its other leg: {1} (relay-in).</source>
        <translation>中继连接段 relay-out（通往目标 {0}）；另一段：{1}（relay-in）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_window.py" line="132"/>
        <source>Stop calling recv() on this relay leg: nothing more is forwarded from it to {0} (the bytes wait in this leg&apos;s kernel queue); the other direction still flows.</source>
        <translation>停止在这一中继连接段上调用 recv()：不再从这里向 {0} 转发任何字节（字节留在这一段的内核队列里）；另一个方向照常流动。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="53"/>
        <source>The address the relay listens on: 127.0.0.1 (this machine only), 0.0.0.0 or :: (every interface), ::1, or a name</source>
        <translation>中继监听的地址：127.0.0.1（仅限本机）、0.0.0.0 或 ::（所有网络接口）、::1，或一个名称</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="63"/>
        <source>The port the relay listens on</source>
        <translation>中继监听的端口</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="69"/>
        <source>Listen on host:</source>
        <translation>监听主机：</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="101"/>
        <source>Listen on host: {0}</source>
        <translation>监听主机：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="114"/>
        <source>No relay started: it would have listened on every interface.</source>
        <translation>未启动中继：它将监听所有网络接口。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="136"/>
        <source>The name {0} to listen on does not resolve: no relay started.</source>
        <translation>要监听的名称 {0} 无法解析：未启动中继。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_texts.py" line="14"/>
        <source>(relay leg relay-in: what it receives is sent on by #{0} to {1})</source>
        <translation>（中继连接段 relay-in：它收到的字节由 #{0} 转发给 {1}）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_texts.py" line="17"/>
        <source>(relay leg relay-out to {1}: what it receives is sent on by #{0})</source>
        <translation>（通往 {1} 的中继连接段 relay-out：它收到的字节由 #{0} 转发）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_texts.py" line="21"/>
        <source>(bytes typed into this leg are queued: they go out among the forwarded ones, from byte {0} of its sent stream on)</source>
        <translation>（输入到这个连接段的字节已排队：它们夹在转发的字节中发出，从其发送流的第 {0} 字节起）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_texts.py" line="28"/>
        <source>(typed bytes go out from byte {0} of its sent stream)</source>
        <translation>（输入的字节从它发送流的第 {0} 字节开始发出）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_texts.py" line="31"/>
        <source>(typed bytes sent: bytes {0}–{1} of its sent stream; every other byte it sends was forwarded)</source>
        <translation>（输入的字节已发出：它发送流的第 {0}–{1} 字节；它发送的其余字节都是转发的）</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="38"/>
        <source>New relay</source>
        <translation>新建中继</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="42"/>
        <source>Listen on a port; each client that connects gets a connection of its own to the target, and the relay&apos;s own recv() and send() calls pass the bytes on both ways.</source>
        <translation>在一个端口上监听；每个连上来的客户端都会得到一条通往目标的独立连接，由中继自己的 recv() 和 send() 调用双向转发字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="62"/>
        <source>0 (the OS picks)</source>
        <translation>0（由操作系统选择）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="70"/>
        <source>Listen on port:</source>
        <translation>监听端口：</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="71"/>
        <source>Target host:</source>
        <translation>目标主机：</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="72"/>
        <source>Target port:</source>
        <translation>目标端口：</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="81"/>
        <source>Start relay</source>
        <translation>启动中继</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="108"/>
        <source>Enter the target&apos;s host name or address.</source>
        <translation>请输入目标的主机名或地址。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="111"/>
        <source>Choose the target&apos;s port (1–65535): nothing can connect to port 0.</source>
        <translation>请选择目标端口（1–65535）：无法连接到端口 0。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="125"/>
        <source>Looking up {0}…</source>
        <translation>正在查询 {0}…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/relay_dialog.py" line="144"/>
        <source>The target&apos;s name {0} does not resolve: no relay started.</source>
        <translation>目标名称 {0} 无法解析：未启动中继。</translation>
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
        <location filename="../../app/socket_playground/ui/ruler.py" line="222"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="224"/>
        <source>Bytes this socket received</source>
        <translation>此套接字接收的字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="225"/>
        <source>Bytes this socket sent</source>
        <translation>此套接字发送的字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="232"/>
        <source>Zoom in (or the mouse wheel)</source>
        <translation>放大（也可用鼠标滚轮）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="235"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="236"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="238"/>
        <source>Show the whole stream</source>
        <translation>显示整个流</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="309"/>
        <source>The other end is not in this window: only this socket&apos;s boundaries are shown.</source>
        <translation>对端不在此窗口中：只显示此套接字的边界。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/ruler.py" line="313"/>
        <source>{0} send() calls above, {1} recv() results below, one stream of {2} bytes: the boundaries need not line up.</source>
        <translation>上方 {0} 次 send() 调用，下方 {1} 个 recv() 结果，同属一个 {2} 字节的流：两边的边界不必对齐。</translation>
    </message>
</context>
<context>
    <name>SavedSession</name>
    <message>
        <location filename="../../app/socket_playground/ui/saved.py" line="72"/>
        <source>{0} — saved session (read-only)</source>
        <translation>{0} — 已保存的会话（只读）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/saved.py" line="74"/>
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
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="62"/>
        <source>The script&apos;s source</source>
        <translation>脚本的源代码</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="68"/>
        <source>What the script printed</source>
        <translation>脚本输出的内容</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="71"/>
        <source>(nothing printed yet)</source>
        <translation>（还没有输出）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="87"/>
        <source>no temporary folder for the script</source>
        <translation>没有可以存放脚本的临时文件夹</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="119"/>
        <source>the script is not running</source>
        <translation>脚本没有在运行</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="175"/>
        <source>(exit code {0})</source>
        <translation>（退出码 {0}）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/lesson_script.py" line="182"/>
        <source>Python could not be started: {0}</source>
        <translation>无法启动 Python：{0}</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="54"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="55"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="58"/>
        <source>Text: \n \r \t \\ \xNN escapes work. Hex: 48 65 6c 6c 6f (spaces optional).</source>
        <translation>文本：可使用 \n \r \t \\ \xNN 转义。Hex：48 65 6c 6c 6f（空格可省略）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="63"/>
        <source>Bytes to send, e.g. hello\n</source>
        <translation>要发送的字节，例如 hello\n</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="68"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="71"/>
        <source>send() in a loop; every call and its return value becomes a row</source>
        <translation>循环调用 send()；每次调用及其返回值都成为一行</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="111"/>
        <source>The Messages tab&apos;s delimiter is not valid.</source>
        <translation>“消息”标签页里的分隔符无效。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="115"/>
        <source>The send box holds at most {0} characters; send a file for more.</source>
        <translation>发送框最多容纳 {0} 个字符；更多内容请发送文件。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="121"/>
        <source>Nothing to send: type some bytes first.</source>
        <translation>没有可发送的内容：请先输入一些字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_box.py" line="125"/>
        <source>This socket cannot send now ({0}).</source>
        <translation>此套接字现在无法发送（{0}）。</translation>
    </message>
</context>
<context>
    <name>SendExtras</name>
    <message>
        <location filename="../../app/socket_playground/ui/send_extras.py" line="55"/>
        <source>&amp;Payloads</source>
        <translation>载荷(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_extras.py" line="57"/>
        <source>Save the payload under a name, or put a saved one in the box (Alt+P)</source>
        <translation>以名称保存载荷，或把已保存的载荷放入发送框（Alt+P）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_extras.py" line="66"/>
        <source>&amp;Editor…</source>
        <translation>编辑器(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_extras.py" line="68"/>
        <source>Edit a long or multi-line payload; a line break is \n (Alt+E)</source>
        <translation>编辑较长或多行的载荷；换行即 \n（Alt+E）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_extras.py" line="163"/>
        <source>Nothing to save: type some bytes first.</source>
        <translation>没有可保存的内容：请先输入一些字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_extras.py" line="166"/>
        <source>Save payload</source>
        <translation>保存载荷</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_extras.py" line="166"/>
        <source>Name for this payload:</source>
        <translation>此载荷的名称：</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_extras.py" line="169"/>
        <source>A saved payload needs a name.</source>
        <translation>保存的载荷需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_extras.py" line="175"/>
        <source>Save current payload…</source>
        <translation>保存当前载荷…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_extras.py" line="188"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/send_extras.py" line="202"/>
        <source>Payload</source>
        <translation>载荷</translation>
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
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="154"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="190"/>
        <source>{0} calls, {1} bytes</source>
        <translation>{0} 次调用，{1} 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="239"/>
        <source>send() {0}</source>
        <translation>send() {0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="241"/>
        <source>recv() {0}</source>
        <translation>recv() {0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="247"/>
        <source>close(): RST</source>
        <translation>close()：RST</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="251"/>
        <source>select(): writable</source>
        <translation>select()：可写</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="251"/>
        <source>select(): readable</source>
        <translation>select()：可读</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="304"/>
        <source>FIN (not read yet)</source>
        <translation>FIN（尚未读取）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_canvas.py" line="307"/>
        <source>{0} B</source>
        <translation>{0} 字节</translation>
    </message>
</context>
<context>
    <name>SequenceView</name>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="73"/>
        <source>Zoom in (or Ctrl+wheel)</source>
        <translation>放大（也可用 Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="74"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="75"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="75"/>
        <source>Show the whole conversation</source>
        <translation>显示整个对话</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="180"/>
        <source>Too many calls to draw one by one: zoom in to see each call and its bytes.</source>
        <translation>调用太多，无法逐个绘制：放大以查看每次调用及其字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="185"/>
        <source>Some send() calls were read by more recv() calls than are drawn.</source>
        <translation>部分 send() 的字节由更多次 recv() 读取，未全部画出。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="188"/>
        <source>Time runs down; each box is one call (its height: how long it blocked), each arrow the bytes of one send() that one recv() got.</source>
        <translation>时间向下推进；每个方框是一次调用（高度：阻塞了多久），每个箭头是一次 send() 被一次 recv() 收到的字节。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="271"/>
        <source>blocked {0}</source>
        <translation>阻塞 {0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="273"/>
        <source>Click: show this row in its pane</source>
        <translation>点击：在其面板中显示这一行</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="280"/>
        <source>FIN: this side will send nothing more; the other side&apos;s recv() returns b&apos;&apos;</source>
        <translation>FIN：这一端不再发送；另一端的 recv() 返回 b&apos;&apos;</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="284"/>
        <source>RST: close() with SO_LINGER 0 reset the connection; the other side&apos;s next call fails with ECONNRESET</source>
        <translation>RST：设置 SO_LINGER 0 的 close() 重置了连接；另一端的下一次调用以 ECONNRESET 失败</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="293"/>
        <source>{0} bytes (stream offsets {1}–{2}): send() #{3} → recv() #{4}</source>
        <translation>{0} 字节（流偏移 {1}–{2}）：send() #{3} → recv() #{4}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/sequence_view.py" line="297"/>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="67"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="72"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="74"/>
        <source>The language changes when Socket Playground starts again.</source>
        <translation>语言将在 Socket Playground 下次启动时更改。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="85"/>
        <source>How many bytes each recv() call asks for in sockets made from now on (lessons keep 4096); the Socket tab changes it for one socket</source>
        <translation>此后新建的套接字每次 recv() 调用请求的字节数（课程保持 4096）；“套接字”标签页可为单个套接字更改</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="92"/>
        <source>Bytes kept on disk per connection and direction (File → Capture on disk)</source>
        <translation>每个连接每个方向在磁盘上保留的字节数（文件 → 磁盘捕获）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="97"/>
        <source>Ask before a server listens on all interfaces</source>
        <translation>服务器监听所有接口前先询问</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="99"/>
        <source>Reset settings…</source>
        <translation>重置设置…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="101"/>
        <source>Forget every setting (asks first)</source>
        <translation>清除所有设置（会先询问）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="110"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="112"/>
        <source>recv() size</source>
        <translation>recv() 大小</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="113"/>
        <source>Capture on disk</source>
        <translation>磁盘捕获</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="155"/>
        <source>Settings reset to their defaults.</source>
        <translation>设置已恢复为默认值。</translation>
    </message>
</context>
<context>
    <name>SocketControls</name>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="153"/>
        <source>How many bytes each recv() call asks for (1 byte … 1 MiB). recv() may return fewer; it never returns more. Takes effect from the next call.</source>
        <translation>每次 recv() 调用请求多少字节（1 字节 … 1 MiB）。recv() 可能返回更少，但绝不会返回更多。从下一次调用起生效。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="158"/>
        <location filename="../../app/socket_playground/ui/controls.py" line="281"/>
        <source>Pause reading</source>
        <translation>暂停读取</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="163"/>
        <source>Stop calling recv(): the bytes wait in this kernel&apos;s receive queue, then in the peer&apos;s send queue, and then the peer&apos;s send() blocks</source>
        <translation>停止调用 recv()：字节先在本端内核的接收队列中等待，然后在对端的发送队列中等待，最后对端的 send() 阻塞</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="168"/>
        <source>Receive:</source>
        <translation>接收：</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="179"/>
        <source>Bytes the kernel received that recv() has not taken yet (FIONREAD / SIOCINQ)</source>
        <translation>内核已收到、但 recv() 尚未取走的字节（FIONREAD / SIOCINQ）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="183"/>
        <source>Bytes handed to send() that the peer has not acknowledged yet (SIOCOUTQ)</source>
        <translation>已交给 send()、但对端尚未确认的字节（SIOCOUTQ）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="185"/>
        <source>Receive queue</source>
        <translation>接收队列</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="187"/>
        <source>Send queue</source>
        <translation>发送队列</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="196"/>
        <source>End the connection</source>
        <translation>结束连接</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="203"/>
        <source>Half-close: send FIN after the queued bytes. The peer&apos;s recv() returns b&apos;&apos; but it can still send to us, and we still receive.</source>
        <translation>半关闭：在排队的字节之后发送 FIN。对端的 recv() 返回 b&apos;&apos;，但它仍可以向我们发送，我们也仍在接收。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="210"/>
        <source>We will read no more: our recv() returns b&apos;&apos;. Nothing is sent to the peer.</source>
        <translation>我们不再读取：我们的 recv() 返回 b&apos;&apos;。不会向对端发送任何东西。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="215"/>
        <source>Close normally: the peer&apos;s recv() returns b&apos;&apos; (FIN)</source>
        <translation>正常关闭：对端的 recv() 返回 b&apos;&apos;（FIN）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="219"/>
        <source>abort (RST)</source>
        <translation>中止 (RST)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="221"/>
        <source>SO_LINGER on with 0 s, then close(): the kernel sends RST instead of FIN and the peer&apos;s recv() raises ConnectionResetError (ECONNRESET)</source>
        <translation>开启 SO_LINGER 并把超时设为 0 秒，然后 close()：内核发送 RST 而不是 FIN，对端的 recv() 抛出 ConnectionResetError（ECONNRESET）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="233"/>
        <source>Socket options (setsockopt now; → getsockopt)</source>
        <translation>套接字选项（立即 setsockopt；→ getsockopt）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="281"/>
        <source>Resume reading</source>
        <translation>恢复读取</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="301"/>
        <source>send() would block: the send buffer is full, {0} bytes wait in our queue</source>
        <translation>send() 会阻塞：发送缓冲区已满，{0} 字节在我们的队列中等待</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="304"/>
        <source>sending: {0} bytes queued</source>
        <translation>发送中：{0} 字节排队</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="325"/>
        <source>not available here</source>
        <translation>此系统不支持</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/controls.py" line="330"/>
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
        <source>bound</source>
        <translation>已绑定</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="23"/>
        <source>listening</source>
        <translation>监听中</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="24"/>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="25"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="26"/>
        <source>peer closed</source>
        <translation>对端已关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="27"/>
        <source>half-closed</source>
        <translation>半关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="28"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="29"/>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="30"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="45"/>
        <source>socket() made the socket; nothing else happened yet.</source>
        <translation>socket() 已创建套接字；尚未进行其他操作。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="46"/>
        <source>The UDP socket has an address (bind(), or its first sendto()): datagrams sent to it are queued until recvfrom() takes them.</source>
        <translation>这个 UDP 套接字已有地址（bind()，或第一次 sendto()）：发给它的数据报排队等待 recvfrom() 取走。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="51"/>
        <source>listen() was called: the kernel queues incoming connections until accept() takes them.</source>
        <translation>已调用 listen()：内核将传入的连接排入队列，直到 accept() 取走它们。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="56"/>
        <source>connect() is waiting for the server&apos;s answer.</source>
        <translation>connect() 正在等待服务器应答。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="57"/>
        <source>Connected: both ends are equal peers and may send and receive.</source>
        <translation>已连接：两端是平等的对端，都可以发送和接收。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="60"/>
        <source>recv() returned b&apos;&apos;: the peer will send nothing more. We may still send until we close.</source>
        <translation>recv() 返回了 b&apos;&apos;：对端不会再发送任何数据。在我们关闭之前，仍然可以发送。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="65"/>
        <source>We called shutdown(SHUT_WR): we send nothing more, but can still receive.</source>
        <translation>我们调用了 shutdown(SHUT_WR)：不再发送，但仍可接收。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="68"/>
        <source>close() was called: the socket is gone.</source>
        <translation>已调用 close()：套接字已不复存在。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="69"/>
        <source>The connection was reset (RST): we aborted it (SO_LINGER 0, then close()) or the peer did (ECONNRESET). Bytes not yet read or sent are lost.</source>
        <translation>连接被重置（RST）：我们中止了它（SO_LINGER 0 后 close()），或者对端中止了它（ECONNRESET）。尚未读取或发送的字节都丢失了。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/texts.py" line="75"/>
        <source>A socket call failed; the timeline says which and why.</source>
        <translation>某个套接字调用失败；时间线会显示是哪个调用以及失败原因。</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../../app/socket_playground/ui/pane_header.py" line="59"/>
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
        <source>Kernel TCP state: not available here (a Unix socket has no TCP)</source>
        <translation>内核 TCP 状态：此处不可用（Unix 套接字没有 TCP）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tcp_state.py" line="58"/>
        <source>Kernel TCP state: not available here</source>
        <translation>内核 TCP 状态：此处无法获取</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tcp_state.py" line="60"/>
        <source>Kernel TCP state: gone (the kernel has forgotten the connection)</source>
        <translation>内核 TCP 状态：已消失（内核已不再记录这条连接）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tcp_state.py" line="64"/>
        <source>Kernel TCP state: {0} (from the kernel&apos;s connection table: the socket itself is closed, or reports CLOSE)</source>
        <translation>内核 TCP 状态：{0}（取自内核的连接表：套接字本身已关闭，或报告 CLOSE）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tcp_state.py" line="69"/>
        <source>Kernel TCP state: {0} · segments out {1}, in {2} · retransmitted {3} · RTT {4} ms · congestion window {5} · unacknowledged {6}</source>
        <translation>内核 TCP 状态：{0} · 发出报文段 {1}，收到 {2} · 重传 {3} · RTT {4} ms · 拥塞窗口 {5} · 未确认 {6}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="207"/>
        <source>Every socket call in order, with its result</source>
        <translation>按顺序列出每次套接字调用及其结果</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="289"/>
        <source>(waited {0})</source>
        <translation>（等待了 {0}）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="296"/>
        <source>{0} ×{1} → {2} bytes in all</source>
        <translation>{0} ×{1} → 共 {2} 字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="313"/>
        <source>{0} → getsockopt() reads {1}</source>
        <translation>{0} → getsockopt() 读回 {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="317"/>
        <source>{0} → bound to {1}</source>
        <translation>{0} → 绑定到 {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="319"/>
        <source>{0} → a new socket connected to {1}</source>
        <translation>{0} → 一个连接到 {1} 的新套接字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="322"/>
        <source>{0} → the stale socket file is removed, before bind()</source>
        <translation>{0} → 在 bind() 之前删除陈旧的套接字文件</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="323"/>
        <source>{0} → the socket file is removed (close() leaves it)</source>
        <translation>{0} → 删除套接字文件（close() 不会删除它）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="326"/>
        <source>{0} → nothing ready: timed out</source>
        <translation>{0} → 没有就绪的：超时</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="327"/>
        <source>writable</source>
        <translation>可写</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="327"/>
        <source>readable</source>
        <translation>可读</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="328"/>
        <source>{0} → {1} after {2}</source>
        <translation>{0} → {2} 后{1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="330"/>
        <source>{0} → connected, local address {1}</source>
        <translation>{0} → 已连接，本地地址 {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="333"/>
        <source>{0} → b&apos;&apos;  (after our own shutdown(SHUT_RD))</source>
        <translation>{0} → b&apos;&apos;  （在我们自己调用 shutdown(SHUT_RD) 之后）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="334"/>
        <source>{0} → b&apos;&apos;  (the peer closed its sending side)</source>
        <translation>{0} → b&apos;&apos;  （对端已关闭其发送方向）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="337"/>
        <source>{0}  (the program&apos;s own, to wake this socket&apos;s threads and stop them)</source>
        <translation>{0}  （程序自己调用的，用来唤醒并停止该套接字的线程）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="340"/>
        <source>{0} with SO_LINGER 0: the kernel sends RST, not FIN (abort)</source>
        <translation>{0}，且 SO_LINGER 为 0：内核发送 RST 而不是 FIN（中止）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="347"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="355"/>
        <source>(accepted from {0} and closed at once: this server already has {1} connections open, its cap)</source>
        <translation>（接受来自 {0} 的连接后立即关闭：本服务器已打开 {1} 个连接，达到上限）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="361"/>
        <source>(too many open files: {0} open, limit {1}; connections wait in the backlog, accept() is tried again after a pause)</source>
        <translation>（打开的文件过多：已打开 {0} 个，上限 {1}；连接在 backlog 中等待，稍后再次尝试 accept()）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="364"/>
        <source>(file descriptors free again: accepting goes on)</source>
        <translation>（文件描述符已空出：继续 accept）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="368"/>
        <source>(send() would block: the send buffer is full; the writer waits for room)</source>
        <translation>（send() 会阻塞：发送缓冲区已满；写线程等待空间）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="370"/>
        <source>(room in the send buffer again: sending goes on)</source>
        <translation>（发送缓冲区又有空间了：继续发送）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="373"/>
        <source>trickle</source>
        <translation>分片发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="374"/>
        <source>repeat</source>
        <translation>重复发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="375"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="378"/>
        <source>({0} send ended: {1} of {2} bytes sent)</source>
        <translation>（{0}任务结束：已发送 {1} / {2} 字节）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="381"/>
        <source>({0} send ended: {1} bytes sent)</source>
        <translation>（{0}任务结束：已发送 {1} 字节）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="383"/>
        <source>({0} queued bytes were never sent: the socket closed)</source>
        <translation>（排队中的 {0} 字节始终未发送：套接字已关闭）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="388"/>
        <source>(file {0} could not be read after {1} bytes: {2})</source>
        <translation>（文件 {0} 在读了 {1} 字节后无法继续读取：{2}）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="392"/>
        <source>(auto-reply sent: closing)</source>
        <translation>（自动回复已发送：正在关闭）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/timeline.py" line="394"/>
        <source>(the {0} thread failed: {1})</source>
        <translation>（{0} 线程出错：{1}）</translation>
    </message>
</context>
<context>
    <name>Timestamps</name>
    <message>
        <location filename="../../app/socket_playground/ui/times.py" line="66"/>
        <source>This session file was saved by an older version, which did not record the real time of its start: its wall-clock times show as --:--:--.---</source>
        <translation>此会话文件由旧版本保存，未记录其开始时的实际时间：其实际时间显示为 --:--:--.---</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/times.py" line="77"/>
        <source>No wall clock</source>
        <translation>无实际时间</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/times.py" line="78"/>
        <source>Wall clock</source>
        <translation>实际时间</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/times.py" line="79"/>
        <source>Since socket (s)</source>
        <translation>自套接字创建（秒）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/times.py" line="86"/>
        <source>When the call returned, by the wall clock (hh:mm:ss.mmm, local time)</source>
        <translation>调用返回的时刻，按实际时间（hh:mm:ss.mmm，本地时区）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/times.py" line="89"/>
        <source>When the call returned, in seconds since this socket was created (its socket() call, or the accept() that returned it)</source>
        <translation>调用返回的时刻：自该套接字创建（它的 socket() 调用，或返回它的 accept()）以来的秒数</translation>
    </message>
</context>
<context>
    <name>TimestampsMenu</name>
    <message>
        <location filename="../../app/socket_playground/ui/times.py" line="147"/>
        <source>&amp;Timestamps</source>
        <translation>时间戳(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/times.py" line="152"/>
        <source>Since the session started</source>
        <translation>自会话开始</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/times.py" line="153"/>
        <source>Since the socket was created</source>
        <translation>自套接字创建</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/times.py" line="154"/>
        <source>Wall clock (hh:mm:ss.mmm)</source>
        <translation>实际时间（hh:mm:ss.mmm）</translation>
    </message>
</context>
<context>
    <name>Tls</name>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="39"/>
        <source>TLS: no such file: {0}</source>
        <translation>TLS：没有这个文件：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="40"/>
        <source>TLS: the file cannot be read: {0}</source>
        <translation>TLS：无法读取该文件：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="41"/>
        <source>TLS: the key does not belong to the certificate ({0})</source>
        <translation>TLS：私钥与证书不匹配（{0}）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="42"/>
        <source>TLS: not a PEM certificate and key that can be used ({0})</source>
        <translation>TLS：不是可用的 PEM 证书和私钥（{0}）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="52"/>
        <source>Encrypt (ssl)</source>
        <translation>加密（ssl）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="55"/>
        <source>TLS (ssl module) on top of TCP: the handshake after connect()</source>
        <translation>在 TCP 之上加 TLS（ssl 模块）：connect() 之后进行握手</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="60"/>
        <source>Certificate…</source>
        <translation>证书…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="62"/>
        <source>A certificate and key (PEM)</source>
        <translation>证书和私钥（PEM）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="64"/>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="190"/>
        <source>self-signed for localhost</source>
        <translation>为 localhost 自签名</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="69"/>
        <source>Verify the certificate</source>
        <translation>验证证书</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="73"/>
        <source>Check the server&apos;s certificate against this system&apos;s</source>
        <translation>用本系统信任的证书检查服务器的证书</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="75"/>
        <source>not verified: anyone could be the server</source>
        <translation>未验证：任何人都可能冒充服务器</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="80"/>
        <source>server name: the host</source>
        <translation>服务器名：默认为主机</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="81"/>
        <source>The name sent (SNI) and checked in the certificate</source>
        <translation>发送（SNI）并在证书中核对的名字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="83"/>
        <source>Trust…</source>
        <translation>信任…</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="86"/>
        <source>Trust a certificate (PEM) besides this system&apos;s: a server&apos;s self-signed one (this program&apos;s: its server form&apos;s tooltip names the file) or a test CA</source>
        <translation>除本系统的证书外再信任一个证书（PEM）：服务器的自签名证书（本程序的：服务器表单的提示中写有文件路径）或测试用的 CA</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="100"/>
        <source>ALPN: h2, http/1.1</source>
        <translation>ALPN：h2, http/1.1</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="102"/>
        <source>ALPN: the application protocols offered in the handshake (a client) or accepted, in order of preference (a server), separated by commas; empty: none</source>
        <translation>ALPN：握手中提供的应用层协议（客户端），或按优先顺序接受的协议（服务器），用逗号分隔；留空表示不用</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="109"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="155"/>
        <source>Certificates to trust (PEM)</source>
        <translation>要信任的证书（PEM）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="172"/>
        <source>Certificate (PEM)</source>
        <translation>证书（PEM）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="220"/>
        <source>Made by this program for localhost, 127.0.0.1 and ::1: {0}</source>
        <translation>由本程序为 localhost、127.0.0.1 和 ::1 生成：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="157"/>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="174"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="180"/>
        <source>Its private key (PEM)</source>
        <translation>它的私钥（PEM）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="182"/>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="200"/>
        <source>TLS: {0} cannot be an ALPN protocol name</source>
        <translation>TLS：{0} 不能作为 ALPN 协议名</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_form.py" line="217"/>
        <source>TLS: the cryptography package is missing; choose a certificate</source>
        <translation>TLS：缺少 cryptography 包；请选择一个证书</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="27"/>
        <source>the client does not trust this server&apos;s certificate (it does not know who issued it)</source>
        <translation>客户端不信任本服务器的证书（它不知道证书是谁签发的）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="32"/>
        <source>the server does not trust our certificate (it does not know who issued it)</source>
        <translation>服务器不信任我们的证书（它不知道证书是谁签发的）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="37"/>
        <source>the client refused this server&apos;s certificate as bad (malformed, or its signature does not check)</source>
        <translation>客户端认为本服务器的证书有问题而拒绝了它（格式不对，或签名验证不通过）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="42"/>
        <source>the server refused our certificate as bad (malformed, or its signature does not check)</source>
        <translation>服务器认为我们的证书有问题而拒绝了它（格式不对，或签名验证不通过）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="49"/>
        <source>the client refused this server&apos;s certificate without saying why (often: not trusted, or made for another name)</source>
        <translation>客户端拒绝了本服务器的证书，但没有说明原因（常见原因：不受信任，或证书是给另一个名字的）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="54"/>
        <source>the server refused our certificate without saying why (often: not trusted)</source>
        <translation>服务器拒绝了我们的证书，但没有说明原因（常见原因：不受信任）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="59"/>
        <source>the peer has none of the ALPN protocols offered</source>
        <translation>对端不支持所提供的任何一个 ALPN 协议</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="60"/>
        <source>the peer does not accept the TLS version offered (one side requires a newer or an older one)</source>
        <translation>对端不接受所提供的 TLS 版本（一方要求更新或更旧的版本）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="65"/>
        <source>the peer found nothing both sides accept (no common cipher or group, or a certificate it requires was not sent)</source>
        <translation>对端找不到双方都接受的选项（没有共同的加密套件或密钥交换组，或者它要求的证书没有发送）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="70"/>
        <source>the peer could not check a signature of the handshake (a key that does not match its certificate?)</source>
        <translation>对端无法验证握手中的签名（密钥与其证书不匹配？）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="75"/>
        <source>the server requires a certificate from the client, and none was sent</source>
        <translation>服务器要求客户端提供证书，但客户端没有发送</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="90"/>
        <source>the server&apos;s certificate is self-signed: nobody vouches for it, so anyone could have made it</source>
        <translation>服务器的证书是自签名的：没有人为它担保，所以任何人都可能做出它</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="96"/>
        <source>the certificate is for another name than the one checked</source>
        <translation>证书是给另一个名字的，不是所核对的名字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="98"/>
        <source>the certificate is not valid at this date</source>
        <translation>证书在当前日期无效</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="100"/>
        <source>the certificate&apos;s issuer is not among the trusted ones of this system</source>
        <translation>证书的签发者不在本系统信任的签发者之中</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="103"/>
        <source>Certificate verify failed: {0}.</source>
        <translation>证书验证失败：{0}。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="110"/>
        <source>The peer refused the handshake (a TLS alert): {0}</source>
        <translation>对端拒绝了握手（TLS 警报）：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="112"/>
        <source>The handshake did not finish within the socket&apos;s timeout (settimeout): the program gave up and closed the socket.</source>
        <translation>握手没有在套接字的超时时间（settimeout）内完成：程序放弃并关闭了套接字。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="118"/>
        <source>The connection has ended: the peer closed it (without TLS&apos;s close_notify, or while we were still sending). The handshake had succeeded; nothing more can be sent or received.</source>
        <translation>连接已结束：对端关闭了它（没有发送 TLS 的 close_notify，或在我们仍在发送时关闭）。握手此前已成功；之后不能再发送或接收任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="125"/>
        <source>The peer closed the connection during the handshake (is it a TLS server?).</source>
        <translation>对端在握手期间关闭了连接（它是 TLS 服务器吗？）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="129"/>
        <source>No TLS handshake: the other end may not speak TLS ({0}).</source>
        <translation>没有完成 TLS 握手：另一端可能不讲 TLS（{0}）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="135"/>
        <source>The peer ended the connection with a TLS alert (the handshake had succeeded): {0}</source>
        <translation>对端用一个 TLS 警报结束了连接（握手当时已成功）：{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="139"/>
        <source>A TLS peer such as OpenSSL takes a TCP FIN without TLS&apos;s close_notify for a cut-off stream and answers it so: shutdown(SHUT_WR) on a TLS socket ends the TCP stream, not the TLS one.</source>
        <translation>像 OpenSSL 这样的 TLS 对端会把没有 TLS close_notify 的 TCP FIN 当作被截断的流，并这样回应：对 TLS 套接字调用 shutdown(SHUT_WR) 结束的是 TCP 流，而不是 TLS 流。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="153"/>
        <source>{0} → {1}, {2}</source>
        <translation>{0} → {1}，{2}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="155"/>
        <source>, the peer is {0}</source>
        <translation>，对端是 {0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="157"/>
        <source>, not verified: anyone could be the server</source>
        <translation>，未验证：任何人都可能冒充服务器</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/tls_texts.py" line="159"/>
        <source>, ALPN {0}</source>
        <translation>，ALPN {0}</translation>
    </message>
</context>
<context>
    <name>UdpChunkModel</name>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="50"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="51"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="52"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="53"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="54"/>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="55"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="56"/>
        <source>Waited</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="59"/>
        <source>The datagram&apos;s place in this socket&apos;s calls</source>
        <translation>该数据报在本套接字调用中的序号</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="60"/>
        <source>recvfrom(bufsize) or sendto(bytes): one call, one datagram</source>
        <translation>recvfrom(bufsize) 或 sendto(bytes)：一次调用，一个数据报</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="61"/>
        <source>The datagram&apos;s bytes: recvfrom() returns one whole datagram, or its first bufsize bytes when it is larger (the rest is lost)</source>
        <translation>数据报的字节：recvfrom() 返回一个完整数据报；数据报更大时只返回前 bufsize 字节（其余丢失）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="66"/>
        <source>When the call returned, in seconds on the run&apos;s one clock</source>
        <translation>调用返回的时刻，以本次运行统一时钟计的秒数</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="67"/>
        <source>Whom the datagram came from (recvfrom) or went to (sendto)</source>
        <translation>数据报来自谁（recvfrom）或发往谁（sendto）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="68"/>
        <source>The first bytes, with escapes for the unprintable</source>
        <translation>开头的字节，不可打印字符以转义显示</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="69"/>
        <source>How long recvfrom() waited for a datagram</source>
        <translation>recvfrom() 等待数据报的时长</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="90"/>
        <source>{0} of {1}</source>
        <translation>{1} 中的 {0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="98"/>
        <source>(an empty datagram)</source>
        <translation>（空数据报）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="116"/>
        <source>sendto() sent one datagram of {0} bytes</source>
        <translation>sendto() 发送了一个 {0} 字节的数据报</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="118"/>
        <source>recvfrom({0}) returned {1} bytes of a {2}-byte datagram: the other {3} bytes are lost (MSG_TRUNC)</source>
        <translation>recvfrom({0}) 返回了 {2} 字节数据报中的 {1} 字节：其余 {3} 字节丢失（MSG_TRUNC）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_model.py" line="123"/>
        <source>recvfrom() returned one whole datagram of {0} bytes</source>
        <translation>recvfrom() 返回了一个完整的 {0} 字节数据报</translation>
    </message>
</context>
<context>
    <name>UdpControls</name>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="48"/>
        <source>How many bytes each recvfrom() asks for. A datagram larger than this is cut: the call returns the first bytes and the rest is lost.</source>
        <translation>每次 recvfrom() 请求的字节数。比它大的数据报会被截断：调用只返回开头的字节，其余丢失。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="53"/>
        <source>Pause reading</source>
        <translation>暂停读取</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="58"/>
        <source>Stop calling recvfrom(): datagrams wait in the kernel&apos;s receive queue; when it is full, new ones are dropped (UDP has no flow control)</source>
        <translation>停止调用 recvfrom()：数据报在内核接收队列中等待；队列满后新数据报被丢弃（UDP 没有流量控制）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="63"/>
        <source>SO_BROADCAST (may send to a broadcast address)</source>
        <translation>SO_BROADCAST（允许发送到广播地址）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="68"/>
        <source>Off by default: sendto() to a broadcast address (255.255.255.255, 192.168.1.255) then fails with EACCES</source>
        <translation>默认关闭：此时 sendto() 发往广播地址（255.255.255.255、192.168.1.255）会以 EACCES 失败</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="73"/>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="77"/>
        <source>Receive:</source>
        <translation>接收：</translation>
    </message>
</context>
<context>
    <name>UdpMessages</name>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="112"/>
        <source>UDP keeps message boundaries: each recvfrom() returns exactly one datagram, so each datagram is one message, no framing needed.</source>
        <translation>UDP 保留消息边界：每次 recvfrom() 正好返回一个数据报，所以每个数据报就是一条消息，无需分帧。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="120"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="120"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="120"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="120"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="151"/>
        <source>(cut: {0} of {1} bytes)</source>
        <translation>（截断：{1} 字节中的 {0} 字节）</translation>
    </message>
</context>
<context>
    <name>UdpPane</name>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="36"/>
        <source>UDP server #{0}</source>
        <translation>UDP 服务器 #{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="37"/>
        <source>UDP client #{0}</source>
        <translation>UDP 客户端 #{0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="54"/>
        <source>One row per recvfrom() and sendto(): each is one whole datagram</source>
        <translation>每次 recvfrom() 和 sendto() 一行：每行是一个完整数据报</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="59"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="60"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="63"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="65"/>
        <source>Each datagram received is one message</source>
        <translation>收到的每个数据报是一条消息</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="69"/>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="71"/>
        <source>recvfrom() size, pause, SO_BROADCAST, close()</source>
        <translation>recvfrom() 大小、暂停、SO_BROADCAST、close()</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="83"/>
        <source>To:</source>
        <translation>发往：</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="86"/>
        <source>Connected UDP: send() goes to the connected peer</source>
        <translation>已连接的 UDP：send() 发往已连接的对端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="88"/>
        <source>the last peer heard from</source>
        <translation>最近一次收到数据的对端</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="91"/>
        <source>Where Send&apos;s datagram goes: host:port ([::1]:port); empty = the peer the last datagram came from</source>
        <translation>“发送”的数据报发往哪里：主机:端口（[::1]:端口）；留空 = 最近一个数据报的来源</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="97"/>
        <source>Where Send&apos;s datagram goes (sendto): host:port</source>
        <translation>“发送”的数据报发往哪里（sendto）：主机:端口</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="103"/>
        <source>One sendto(): the bytes go as one datagram</source>
        <translation>一次 sendto()：这些字节作为一个数据报发出</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="171"/>
        <source>datagrams received: {0} ({1} bytes) · sent: {2} ({3} bytes)</source>
        <translation>数据报：收到 {0} 个（{1} 字节）· 发出 {2} 个（{3} 字节）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="179"/>
        <source>{0} cut short (bytes lost)</source>
        <translation>{0} 个被截断（字节丢失）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="192"/>
        <source>bound to {0} · last peer {1}</source>
        <translation>绑定在 {0} · 最近对端 {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="193"/>
        <source>bound to {0}</source>
        <translation>绑定在 {0}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="196"/>
        <source>{0} ⇄ {1} (connected UDP)</source>
        <translation>{0} ⇄ {1}（已连接的 UDP）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="197"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_pane.py" line="221"/>
        <source>No peer yet: no datagram has come in. Type an address in the To field, e.g. 127.0.0.1:5000.</source>
        <translation>还没有对端：尚未收到任何数据报。请在“发往”栏输入地址，例如 127.0.0.1:5000。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="171"/>
        <source>Type the peer as numbers, e.g. 127.0.0.1:5000 or [::1]:5000.</source>
        <translation>请用数字地址输入对端，例如 127.0.0.1:5000 或 [::1]:5000。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="173"/>
        <source>Add the peer&apos;s port: {0}:5000.</source>
        <translation>请加上对端端口：{0}:5000。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_parts.py" line="175"/>
        <source>This socket is {0}: the peer must be an {0} address.</source>
        <translation>这个套接字是 {0}：对端必须是 {0} 地址。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_timeline.py" line="48"/>
        <source>Nothing is listening on that UDP port: the peer&apos;s kernel answered an earlier datagram with ICMP &quot;port unreachable&quot;, and a connected UDP socket reports it on its next call.</source>
        <translation>那个 UDP 端口上没有程序在监听：对端内核用 ICMP“端口不可达”回应了先前的数据报，已连接的 UDP 套接字在下一次调用时报告它。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_timeline.py" line="55"/>
        <source>Sending to a broadcast address needs SO_BROADCAST (Socket tab).</source>
        <translation>发送到广播地址需要 SO_BROADCAST（套接字页）。</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_timeline.py" line="59"/>
        <source>Too large for one datagram (at most 65,507 bytes over IPv4).</source>
        <translation>超出单个数据报的大小（IPv4 上最多 65,507 字节）。</translation>
    </message>
</context>
<context>
    <name>UdpTimelineView</name>
    <message>
        <location filename="../../app/socket_playground/ui/udp_timeline.py" line="31"/>
        <source>(the socket stays usable)</source>
        <translation>（套接字仍可使用）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_timeline.py" line="33"/>
        <source>{0} → {1}: one datagram to {2}</source>
        <translation>{0} → {1}：一个数据报发往 {2}</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_timeline.py" line="38"/>
        <source>{0} → {1} bytes from {2}: the datagram had {3}, {4} lost (MSG_TRUNC)</source>
        <translation>{0} → 来自 {2} 的 {1} 字节：数据报有 {3} 字节，丢失 {4} 字节（MSG_TRUNC）</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/udp_timeline.py" line="40"/>
        <source>{0} → {1} bytes from {2}: one whole datagram</source>
        <translation>{0} → 来自 {2} 的 {1} 字节：一个完整数据报</translation>
    </message>
</context>
<context>
    <name>UnixCheck</name>
    <message>
        <location filename="../../app/socket_playground/ui/unix_check.py" line="49"/>
        <source>Remove the stale socket file?</source>
        <translation>删除陈旧的套接字文件？</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/unix_check.py" line="52"/>
        <source>It is a socket file (nothing else would be removed) that a server which is gone left behind: connect() to it was refused. Remove it, then bind()?</source>
        <translation>这是一个已退出的服务器留下的套接字文件（其他类型的文件绝不会被删除）：connect() 到它被拒绝了。要删除它，然后 bind() 吗？</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/unix_check.py" line="58"/>
        <source>Remove and bind()</source>
        <translation>删除并 bind()</translation>
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
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="42"/>
        <source>Reset settings?</source>
        <translation>重置设置？</translation>
    </message>
    <message>
        <location filename="../../app/socket_playground/ui/settings_dialog.py" line="45"/>
        <source>Forget every setting: the language, the defaults, the window&apos;s size and layout, the addresses used and the recent sessions?</source>
        <translation>清除所有设置：语言、默认值、窗口大小和布局、用过的地址以及最近的会话？</translation>
    </message>
</context>
</TS>
