"""TLS with real peers on 127.0.0.1: a stdlib ``ssl`` server thread, our own
TLS listener, and ``openssl s_server``/``s_client`` when the system has them."""

from __future__ import annotations

import contextlib
import shutil
import socket
import ssl
import subprocess
import threading

import pytest

from socket_playground.core.errors import SSL_WANT_READ, SSL_WANT_WRITE
from socket_playground.core.events import Direction, Recv, Select, Send, SetBlocking, State
from socket_playground.core.tls_events import CERT_VERIFY, VERIFY_SELF_SIGNED, TlsHandshake
from socket_playground.workers.tls import (
    TlsSettings,
    handshake_of,
    make_self_signed,
    tls_version,
    use_tls,
)

from .conftest import live_qthreads

OPENSSL = shutil.which("openssl")


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    return make_self_signed(str(tmp_path_factory.mktemp("tls")))


@contextlib.contextmanager
def running(args: list[str]):
    """A program with its stdin and stdout piped; always killed, its pipes closed."""
    proc = subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    try:
        yield proc
    finally:
        proc.kill()
        proc.wait(10)
        for f in (proc.stdin, proc.stdout):
            if f:
                f.close()


@contextlib.contextmanager
def openssl_server(qtbot, cert, *extra: str):
    """``openssl s_server`` on a free loopback port with the certificate,
    ready for a client (waited for); (process, port). Always killed."""
    assert OPENSSL is not None
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    args = [OPENSSL, "s_server", "-accept", f"127.0.0.1:{port}"]
    with running([*args, "-cert", cert.certfile, "-key", cert.keyfile, *extra, "-quiet"]) as proc:

        def ready() -> bool:
            with socket.socket() as s:
                return s.connect_ex(("127.0.0.1", port)) == 0

        qtbot.waitUntil(ready, timeout=10000)  # (s_server goes on after a probe)
        yield proc, port


class StdlibServer:
    """One TLS connection: reads until it has ``expect`` bytes, replies, keeps
    what it read; the thread always ends (timeouts)."""

    def __init__(
        self, cert, reply: bytes, expect: int, gate: threading.Event | None = None
    ) -> None:
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert.certfile, cert.keyfile)
        self.ls = socket.create_server(("127.0.0.1", 0))
        self.ls.settimeout(10)
        self.port = self.ls.getsockname()[1]
        self.got = b""
        self.error: BaseException | None = None
        self.reply, self.expect = reply, expect
        self.gate = gate  # accept() only once it is set (the connection waits in the backlog)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            if self.gate is not None and not self.gate.wait(10):
                return
            conn, _ = self.ls.accept()
            conn.settimeout(10)
            with self.ctx.wrap_socket(conn, server_side=True) as tls:
                while len(self.got) < self.expect:
                    data = tls.recv(4096)
                    if not data:
                        break
                    self.got += data
                tls.sendall(self.reply)
                tls.recv(1)  # until the client closes
        except (OSError, ssl.SSLError) as e:
            self.error = e

    def close(self) -> None:
        if self.gate is not None:
            self.gate.set()
        self.ls.close()
        self.thread.join(10)
        assert not self.thread.is_alive()


def read_into(sock: socket.socket, got: bytearray, total: int) -> None:
    """recv() into ``got`` until it holds ``total`` bytes or the stream ends."""
    for _ in range(100000):  # bounded: each recv() returns a byte or more
        if len(got) >= total:
            return
        data = sock.recv(65536)
        if not data:
            return
        got.extend(data)


def client(sessions, port, **tls):
    s = sessions("client", host="127.0.0.1", port=port)
    use_tls(s, TlsSettings(**tls))
    s.start()
    return s


def test_client_against_stdlib_server(qtbot, sessions, cert):
    srv = StdlibServer(cert, b"world", expect=5)
    try:
        c = client(sessions, srv.port, cafile=cert.certfile, server_name="localhost")
        qtbot.waitUntil(lambda: tls_version(c) != "", timeout=10000)
        assert tls_version(c) == "TLSv1.3"
        ev = handshake_of(c)
        assert ev is not None and ev.verify and ev.server_name == "localhost"
        assert "CN=localhost" in ev.peer_subject and ev.cipher
        c.send(b"hello")
        qtbot.waitUntil(lambda: c.bytes_received == 5, timeout=10000)
        assert srv.got == b"hello"
        assert c.store.retained(0, 10) in (b"helloworld",)
        assert c.state is State.CONNECTED
    finally:
        c.stop()
        srv.close()


def wants(session, kind, errno: str) -> list:
    return [e for e in session.log.events if isinstance(e, kind) and e.errno == errno]


def test_nonblocking_client_shows_ssl_want_read(qtbot, sessions, cert):
    """Non-blocking: the first do_handshake() cannot finish (the server has
    not even accepted: SSLWantReadError, a row, then select()); once it has,
    the handshake ends; a recv() before the reply is SSLWantReadError too."""
    gate = threading.Event()
    srv = StdlibServer(cert, b"world", expect=5, gate=gate)
    try:
        s = sessions("client", host="127.0.0.1", port=srv.port)
        use_tls(s, TlsSettings(cafile=cert.certfile, server_name="localhost"))
        s.set_io_mode(0)
        s.start()
        qtbot.waitUntil(lambda: bool(wants(s, TlsHandshake, SSL_WANT_READ)), timeout=10000)
        assert tls_version(s) == "" and s.state is State.CONNECTED  # it did nothing
        gate.set()
        qtbot.waitUntil(lambda: tls_version(s) == "TLSv1.3", timeout=10000)
        assert any(isinstance(e, SetBlocking) and e.timeout == 0 for e in s.log.events)
        assert any(isinstance(e, Select) and not e.write for e in s.log.events)
        qtbot.waitUntil(lambda: bool(wants(s, Recv, SSL_WANT_READ)), timeout=10000)
        s.send(b"hello")
        qtbot.waitUntil(lambda: s.bytes_received == 5, timeout=10000)
        assert srv.got == b"hello"
        assert s.store.retained(0, 10) == b"helloworld"
        assert s.state is State.CONNECTED and not s.last_error
    finally:
        s.stop()
        srv.close()


def test_nonblocking_server_echoes_over_tls(qtbot, sessions, cert):
    """Our listener, non-blocking, echoing to a stdlib TLS client: the echo
    goes through the writer (an SSLSocket takes no MSG_DONTWAIT)."""
    ls = sessions("listener", host="127.0.0.1", port=0)
    use_tls(ls, TlsSettings(server_side=True, certfile=cert.certfile, keyfile=cert.keyfile))
    ls.set_io_mode(0)
    ls.echo = True
    ls.start()
    qtbot.waitUntil(lambda: ls.local_port != 0, timeout=10000)
    ctx = ssl.create_default_context(cafile=cert.certfile)
    payload = bytes(range(256)) * 400  # 100 KiB: several records, both ways
    got: list[bytes] = []

    def peer() -> None:  # (a thread: the accepted socket is adopted in the GUI thread)
        raw = socket.create_connection(("127.0.0.1", ls.local_port), timeout=10)
        with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
            tls.sendall(payload)
            for _ in range(10000):  # bounded: each recv() returns at least a byte
                if sum(map(len, got)) >= len(payload):
                    break
                data = tls.recv(65536)
                if not data:
                    break
                got.append(data)

    thread = threading.Thread(target=peer, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=20000)
    got = [b"".join(got)]
    assert got[0] == payload
    server = ls.children[0]
    qtbot.waitUntil(lambda: tls_version(server) == "TLSv1.3", timeout=10000)  # (the record)
    qtbot.waitUntil(lambda: server.bytes_sent == len(payload), timeout=10000)
    assert server.bytes_received == len(payload)
    assert any(isinstance(e, SetBlocking) and e.timeout == 0 for e in server.log.events)


def test_verify_fails_against_self_signed(qtbot, sessions, cert):
    srv = StdlibServer(cert, b"", expect=1)
    try:
        c = client(sessions, srv.port, server_name="localhost")  # the system's store only
        qtbot.waitUntil(lambda: c.state is State.ERROR, timeout=10000)
        ev = handshake_of(c)
        assert ev is not None and ev.errno == CERT_VERIFY
        assert ev.verify_code == VERIFY_SELF_SIGNED
        assert "self-signed" in ev.message
        assert tls_version(c) == ""
        qtbot.waitUntil(lambda: not c.alive, timeout=10000)
        assert all(t.isFinished() for t in c._threads)
        assert live_qthreads() == 0
    finally:
        srv.close()


def test_unverified_client_and_our_server(qtbot, sessions, cert):
    ls = sessions("listener", host="127.0.0.1", port=0)
    use_tls(ls, TlsSettings(server_side=True, certfile=cert.certfile, keyfile=cert.keyfile))
    ls.start()
    qtbot.waitUntil(lambda: ls.local_port != 0, timeout=10000)
    c = client(sessions, ls.local_port, verify=False)
    qtbot.waitUntil(lambda: bool(ls.children) and tls_version(ls.children[0]) != "", timeout=10000)
    server = ls.children[0]
    qtbot.waitUntil(lambda: tls_version(c) != "", timeout=10000)
    assert handshake_of(server).server_side and handshake_of(c).peer_subject == ""
    c.send(b"ping")
    qtbot.waitUntil(lambda: server.bytes_received == 4, timeout=10000)
    server.send(b"pong!")
    qtbot.waitUntil(lambda: c.bytes_received == 5, timeout=10000)
    qtbot.waitUntil(lambda: server.bytes_sent == 5, timeout=10000)  # (its record, too)
    assert server.store.retained(0, 9) == b"pingpong!"
    assert c.store.retained(0, 9) == b"pingpong!"
    assert c.store.total[Direction.OUT] == server.store.total[Direction.IN] == 4


@pytest.mark.skipif(OPENSSL is None, reason="no openssl program")
def test_client_against_openssl_s_server(qtbot, sessions, cert):
    with openssl_server(qtbot, cert) as (proc, port):
        c = client(sessions, port, cafile=cert.certfile, server_name="localhost")
        qtbot.waitUntil(lambda: tls_version(c) != "", timeout=10000)
        assert tls_version(c).startswith("TLSv1.")
        c.send(b"from us\n")
        assert proc.stdout is not None
        assert proc.stdout.readline() == b"from us\n"
        assert proc.stdin is not None
        proc.stdin.write(b"from openssl\n")
        proc.stdin.flush()
        qtbot.waitUntil(lambda: c.bytes_received == 13, timeout=10000)
        assert c.store.retained(8, 21) == b"from openssl\n"
        assert any(isinstance(e, TlsHandshake) for e in c.log.events)


@pytest.mark.skipif(OPENSSL is None, reason="no openssl program")
def test_openssl_s_client_against_our_server(qtbot, sessions, cert):
    ls = sessions("listener", host="127.0.0.1", port=0)
    use_tls(ls, TlsSettings(server_side=True, certfile=cert.certfile, keyfile=cert.keyfile))
    ls.start()
    qtbot.waitUntil(lambda: ls.local_port != 0, timeout=10000)
    args = [OPENSSL, "s_client", "-connect", f"127.0.0.1:{ls.local_port}", "-quiet"]
    args += ["-CAfile", cert.certfile, "-verify_return_error", "-servername", "localhost"]
    with running(args) as proc:
        qtbot.waitUntil(
            lambda: bool(ls.children) and tls_version(ls.children[0]) != "", timeout=10000
        )
        server = ls.children[0]
        assert tls_version(server) == "TLSv1.3"
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(b"hi there\n")
        proc.stdin.flush()
        qtbot.waitUntil(lambda: server.bytes_received == 9, timeout=10000)
        server.send(b"welcome\n")
        assert proc.stdout.readline() == b"welcome\n"
        qtbot.waitUntil(lambda: server.bytes_sent == 8, timeout=10000)
        assert server.store.retained(0, 17) == b"hi there\nwelcome\n"


def test_alpn_agreed_both_ways(qtbot, sessions, cert):
    """Our server accepts h2 and http/1.1 (its order); our client offers
    http/1.1 and h2: the server's first that the client offers is chosen, and
    both handshakes say so. The script of each sets the protocol."""
    from socket_playground.core.codegen import generate

    ls = sessions("listener", host="127.0.0.1", port=0)
    use_tls(
        ls,
        TlsSettings(
            server_side=True, certfile=cert.certfile, keyfile=cert.keyfile, alpn=("h2", "http/1.1")
        ),
    )
    ls.start()
    qtbot.waitUntil(lambda: ls.local_port != 0, timeout=10000)
    c = client(sessions, ls.local_port, verify=False, alpn=("http/1.1", "h2"))
    qtbot.waitUntil(lambda: bool(ls.children) and tls_version(ls.children[0]) != "", timeout=10000)
    qtbot.waitUntil(lambda: tls_version(c) != "", timeout=10000)
    assert handshake_of(c).alpn == handshake_of(ls.children[0]).alpn == "h2"
    code = generate("client", list(c.log.ordered()), host="127.0.0.1", port=1)
    assert "context.set_alpn_protocols(['h2'])" in code
    compile(code, "client.py", "exec")


def test_no_common_alpn_is_no_alpn(qtbot, sessions, cert):
    srv = StdlibServer(cert, b"", expect=1)
    srv.ctx.set_alpn_protocols(["imap"])
    try:
        c = client(sessions, srv.port, cafile=cert.certfile, server_name="localhost", alpn=("h2",))
        qtbot.waitUntil(lambda: tls_version(c) != "", timeout=10000)
        assert handshake_of(c).alpn == ""
    finally:
        c.stop()
        srv.close()


@pytest.mark.skipif(OPENSSL is None, reason="no openssl program")
def test_alpn_from_openssl_s_client(qtbot, sessions, cert):
    ls = sessions("listener", host="127.0.0.1", port=0)
    use_tls(
        ls,
        TlsSettings(server_side=True, certfile=cert.certfile, keyfile=cert.keyfile, alpn=("h2",)),
    )
    ls.start()
    qtbot.waitUntil(lambda: ls.local_port != 0, timeout=10000)
    with running([OPENSSL, "s_client", "-connect", f"127.0.0.1:{ls.local_port}", "-alpn", "h2"]):
        qtbot.waitUntil(
            lambda: bool(ls.children) and tls_version(ls.children[0]) != "", timeout=10000
        )
        assert handshake_of(ls.children[0]).alpn == "h2"


def test_nonblocking_send_shows_ssl_want_write(qtbot, sessions, cert):
    """A peer that does not read: the non-blocking TLS send() meets a full
    send buffer (SSLWantWriteError, a row), waits in select() for writable,
    and goes on once the peer reads; every byte arrives, in order."""
    gate, done = threading.Event(), threading.Event()
    got = bytearray()
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert.certfile, cert.keyfile)
    ls = socket.create_server(("127.0.0.1", 0))
    ls.settimeout(10)
    payload = bytes(range(256)) * 16384  # 4 MiB: more than the buffers hold

    def peer() -> None:
        try:
            conn, _ = ls.accept()
            conn.settimeout(10)
            with sctx.wrap_socket(conn, server_side=True) as tls:
                if not gate.wait(10):
                    return
                read_into(tls, got, len(payload))
        except OSError:
            pass
        finally:
            done.set()

    thread = threading.Thread(target=peer, daemon=True)
    thread.start()
    try:
        # a small send buffer: the kernel's autotuning could otherwise take
        # 4 MiB in flight (tcp_wmem's maximum), and no send() would wait
        c = sessions(
            "client", host="127.0.0.1", port=ls.getsockname()[1], options={"SO_SNDBUF": 16384}
        )
        use_tls(c, TlsSettings(verify=False))
        c.set_io_mode(0)
        c.start()
        qtbot.waitUntil(lambda: tls_version(c) != "", timeout=10000)
        c.send(payload)
        qtbot.waitUntil(lambda: bool(wants(c, Send, SSL_WANT_WRITE)), timeout=20000)
        gate.set()
        qtbot.waitUntil(done.is_set, timeout=30000)
        assert bytes(got) == payload
        qtbot.waitUntil(lambda: c.bytes_sent == len(payload), timeout=10000)
        assert any(isinstance(e, Select) and e.write for e in c.log.events)
        assert not c.last_error  # (the peer may have closed by now: peer-closed, no error)
    finally:
        gate.set()
        ls.close()
        thread.join(10)


def test_a_waiting_handshake_is_in_progress(qtbot, sessions, raw_listener):
    """A TLS client to a TCP server that never answers: do_handshake() waits,
    and the socket says so (calls in progress), until it is stopped."""
    c = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1])
    use_tls(c, TlsSettings(verify=False))
    c.start()
    qtbot.waitUntil(
        lambda: any(call == "do_handshake" for call, _n, _t in c.calls_in_progress()),
        timeout=10000,
    )
    assert tls_version(c) == "" and c.state is State.CONNECTED
    c.stop()
    qtbot.waitUntil(lambda: not c.alive, timeout=10000)


@pytest.mark.skipif(OPENSSL is None, reason="no openssl program")
def test_no_common_alpn_with_openssl_is_an_alert_in_plain_words(qtbot, sessions, cert):
    """openssl s_server -alpn h2,http/1.1 refuses a client offering spdy/3
    with the no_application_protocol alert (Python gives no reason, only
    the text): TLS_ALERT, in words about ALPN, OpenSSL's text kept."""
    from socket_playground.core.tls_events import TLS_ALERT
    from socket_playground.ui.errors_words import error_line

    with openssl_server(qtbot, cert, "-alpn", "h2,http/1.1") as (
        _proc,
        port,
    ):
        c = client(sessions, port, verify=False, alpn=("spdy/3",))
        qtbot.waitUntil(lambda: c.state is State.ERROR, timeout=10000)
        ev = handshake_of(c)
        assert ev is not None and ev.errno == TLS_ALERT, ev
        line = error_line(c.last_error, c.last_error_detail, failed=c.log.machine.failed)
        assert "none of the ALPN protocols offered" in line
        assert "no application protocol" in line and "may not speak TLS" not in line


def test_our_server_refused_by_a_client_that_does_not_know_its_issuer(qtbot, sessions, cert):
    """A client that verifies against the system's store refuses our
    self-signed certificate with an alert: the accepted socket's words say
    the client does not trust this server's certificate."""
    from socket_playground.core.tls_events import TLS_ALERT
    from socket_playground.ui.errors_words import error_line

    ls = sessions("listener", host="127.0.0.1", port=0)
    use_tls(ls, TlsSettings(server_side=True, certfile=cert.certfile, keyfile=cert.keyfile))
    ls.start()
    qtbot.waitUntil(lambda: ls.local_port != 0, timeout=10000)
    refused: list[BaseException] = []

    def peer() -> None:
        ctx = ssl.create_default_context()  # the system's store: our certificate is unknown
        with socket.create_connection(("127.0.0.1", ls.local_port), timeout=10) as raw:
            try:
                ctx.wrap_socket(raw, server_hostname="localhost")
            except ssl.SSLError as e:
                refused.append(e)

    thread = threading.Thread(target=peer, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=20000)  # (adoption: GUI thread)
    assert refused and isinstance(refused[0], ssl.SSLCertVerificationError)
    qtbot.waitUntil(
        lambda: bool(ls.children) and ls.children[0].state is State.ERROR, timeout=10000
    )
    server = ls.children[0]
    ev = handshake_of(server)
    assert ev is not None and ev.errno == TLS_ALERT and ev.server_side
    failed = server.log.machine.failed
    line = error_line(server.last_error, server.last_error_detail, server_side=True, failed=failed)
    assert "the client does not trust this server's certificate" in line, line
    assert "unknown ca" in line  # OpenSSL's text as detail


def test_a_send_after_the_peer_closed_is_tls_closed(qtbot, sessions, cert):
    """After a handshake and bytes both ways the peer closes its TCP
    connection without close_notify (as curl does): recv() sees the end
    (peer closed); a send() then (TCP may take the first: the peer answers it
    with a reset) fails with TLS_CLOSED, an error as EPIPE is for plain TCP,
    in words about the connection's end, not the handshake."""
    from socket_playground.core.tls_events import TLS_CLOSED
    from socket_playground.ui.errors_words import error_line

    ls = sessions("listener", host="127.0.0.1", port=0)
    use_tls(ls, TlsSettings(server_side=True, certfile=cert.certfile, keyfile=cert.keyfile))
    ls.echo = True
    ls.start()
    qtbot.waitUntil(lambda: ls.local_port != 0, timeout=10000)
    got: list[bytes] = []

    def peer() -> None:
        ctx = ssl.create_default_context(cafile=cert.certfile)
        raw = socket.create_connection(("127.0.0.1", ls.local_port), timeout=10)
        tls = ctx.wrap_socket(raw, server_hostname="localhost")
        tls.sendall(b"GET / HTTP/1.1\r\n\r\n")
        while sum(map(len, got)) < 18:
            data = tls.recv(100)
            if not data:
                break
            got.append(data)
        tls.shutdown(socket.SHUT_RDWR)  # no close_notify (no unwrap()): the TCP connection ends
        tls.close()

    thread = threading.Thread(target=peer, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=20000)  # (adoption: GUI thread)
    assert b"".join(got) == b"GET / HTTP/1.1\r\n\r\n"
    qtbot.waitUntil(lambda: bool(ls.children), timeout=10000)
    server = ls.children[0]
    qtbot.waitUntil(lambda: server.state is State.PEER_CLOSED, timeout=10000)
    sent = server.bytes_sent
    for k in range(1, 6):  # the first send() may still go out (TCP takes it; the peer resets)
        server.send(b"late")
        qtbot.waitUntil(
            lambda k=k: server.state is State.ERROR or server.bytes_sent >= sent + 4 * k,
            timeout=10000,
        )
        if server.state is State.ERROR:
            break
    assert server.last_error == TLS_CLOSED
    assert [e.errno for e in server.log.events if isinstance(e, Send) and e.errno] == [TLS_CLOSED]
    line = error_line(server.last_error, server.last_error_detail, server_side=True)
    assert "during the handshake" not in line and "The handshake had succeeded" in line


def test_a_handshake_that_times_out_closes_the_socket(qtbot, sessions, raw_listener):
    """Timeout mode against a TCP server that never speaks TLS nor closes:
    do_handshake() times out once, TLS_TIMEOUT, the socket closed, the state
    error; the words say it did not finish in time, not "calls again"."""
    from socket_playground.core.events import Close
    from socket_playground.core.tls_events import TLS_TIMEOUT
    from socket_playground.ui.tls_texts import handshake_line

    s = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1])
    use_tls(s, TlsSettings(verify=False))
    s.set_io_mode(0.3)
    s.start()
    conn, _ = raw_listener.accept()
    try:
        qtbot.waitUntil(lambda: s.state is State.ERROR, timeout=10000)
        assert s.last_error == TLS_TIMEOUT
        ev = handshake_of(s)
        assert ev is not None and ev.errno == TLS_TIMEOUT
        qtbot.waitUntil(lambda: any(isinstance(e, Close) for e in s.log.events), timeout=10000)
        row = handshake_line(ev, "do_handshake()")
        assert "did not finish" in row and "closed the socket" in row
        assert "calls again" not in row
    finally:
        conn.close()
