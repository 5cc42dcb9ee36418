"""Show the code's words for TLS (``ssl`` on top of the TCP socket)."""

from __future__ import annotations

TLS_WORDS: dict[str, tuple[str, str]] = {
    "tls_client": (
        "TLS (ssl): the system's trusted certificates; the server's must be valid for {name}",
        "TLS（ssl）：使用本系统信任的证书；服务器的证书必须对 {name} 有效",
    ),
    "tls_client_unverified": (
        "TLS (ssl) WITHOUT verification: anyone could be the server (as the program was told)",
        "TLS（ssl），不验证证书：任何人都可能冒充服务器（程序里就是这样选的）",
    ),
    "tls_server": (
        "TLS (ssl), the server's side: its certificate and key (PEM files; the program "
        "made a self-signed pair for localhost or used the files chosen)",
        "TLS（ssl），服务器一方：它的证书和私钥（PEM 文件；程序为 localhost 自签名了一对，"
        "或用了所选的文件）",
    ),
    "tls_make_cert": (
        "a pair for a test: openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem "
        "-out cert.pem -days 30 -subj /CN=localhost",
        "测试用的一对：openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem "
        "-out cert.pem -days 30 -subj /CN=localhost",
    ),
    "tls_accepted": (
        "the program's accepted connections then made a TLS handshake (ssl) each: that is in "
        'their "accepted" scripts; the connections this script accepts stay plain TCP',
        "程序接受的连接随后各自做了 TLS 握手（ssl）：见各连接（accepted）的脚本；"
        "本脚本接受的连接仍是普通 TCP",
    ),
    "tls_wrap": (
        "wrap_socket(): from here on recv() and send() move plaintext; the handshake is "
        "made by do_handshake()",
        "wrap_socket()：此后 recv() 和 send() 收发的是明文；握手由 do_handshake() 完成",
    ),
    "tls_alpn": (
        "ALPN: {alpn}, the protocol the program's handshake agreed on (it may have offered more)",
        "ALPN：{alpn}，程序里握手商定的协议（程序可能还提供了别的）",
    ),
    "tls_handshake": (
        "do_handshake(): the program's ended with {version}, {cipher}",
        "do_handshake()：程序里的握手结果是 {version}，{cipher}",
    ),
    "tls_want": (
        "do_handshake() raised {error}: the peer's part has not arrived yet; nothing "
        "happened, select() waits, then it is called again",
        "do_handshake() 抛出 {error}：对端的那一部分还没到；什么也没发生，先用 select() 等待，"
        "再调用一次",
    ),
    "tls_shutdown": (
        "the TCP socket's shutdown(), as the program calls it: SSLSocket.shutdown() would "
        "drop TLS, and a recv() after it would return the peer's TLS records undecrypted",
        "TCP 套接字自己的 shutdown()，与程序的调用相同：SSLSocket.shutdown() 会丢掉 TLS，"
        "之后的 recv() 会收到对端未解密的 TLS 记录",
    ),
    "tls_again": (
        "the program's call found the peer's part there; the script's may be earlier",
        "程序的调用时对端的那一部分已经到了；脚本的调用可能更早",
    ),
    "tls_trusted": (
        "and ca.pem: the program also trusted {file} (Trust…); copy that file here as "
        "ca.pem (for the program's self-signed server, its certificate)",
        "以及 ca.pem：程序还信任了 {file}（“信任…”）；把该文件复制到这里并命名为 ca.pem"
        "（程序自签名的服务器：就是它的证书）",
    ),
}
