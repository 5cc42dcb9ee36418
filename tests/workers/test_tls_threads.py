"""A TLS socket shared by its reader and writer threads: one TLS call at a
time (net/tls_socket.py), in each I/O mode, and a half-close that keeps TLS.
Real TLS peers on 127.0.0.1: stdlib ``ssl`` threads and our own ends."""

from __future__ import annotations

import contextlib
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator

import pytest

from socket_playground.core.codegen import generate
from socket_playground.core.errors import TIMEOUT
from socket_playground.core.events import Direction, Recv, State
from socket_playground.net.tls_socket import SerialTls
from socket_playground.workers.tls import TlsSettings, make_self_signed, tls_version, use_tls

from .test_tls import read_into


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    return make_self_signed(str(tmp_path_factory.mktemp("tls")))


def received(session) -> bytes:
    """The bytes a session's recv() calls returned, in order (its record)."""
    store = session.store
    runs = store.runs_in(0, store.combined_total)
    return b"".join(store.retained(a, b) for a, b, d in runs if d == Direction.IN)


def pump(tls: ssl.SSLSocket, payload: bytes, errors: list[BaseException]) -> bytes:
    """Send ``payload`` from one thread while this one receives as much:
    what was received (the two threads use the one socket at once)."""
    got = bytearray()

    def write() -> None:
        try:
            tls.sendall(payload)
        except (OSError, ssl.SSLError) as e:
            errors.append(e)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        read_into(tls, got, len(payload))
    except (OSError, ssl.SSLError) as e:
        errors.append(e)
    writer.join(20)
    assert not writer.is_alive()
    return bytes(got)


def test_serial_tls_reads_and_writes_at_once_from_two_threads(cert):
    """Both ends send 1 MiB while they receive, right after the handshake,
    where OpenSSL's own state is busiest (TLS 1.3 session tickets): with one
    SSL object used by two threads at once, about 1 connection in 100 broke
    ("[SSL] internal error", "wrong version number"); serialized, none may."""
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert.certfile, cert.keyfile)
    cctx = ssl.create_default_context(cafile=cert.certfile)
    for c in (sctx, cctx):
        c.sslsocket_class = SerialTls
    payload = bytes(range(256)) * 4096
    errors: list[BaseException] = []
    with socket.create_server(("127.0.0.1", 0)) as ls:
        ls.settimeout(10)
        for _ in range(20):
            served: list[bytes] = []

            def serve(served: list[bytes]) -> None:
                conn, _ = ls.accept()
                conn.settimeout(20)
                with sctx.wrap_socket(conn, server_side=True) as tls:
                    assert isinstance(tls, SerialTls)
                    tls.serialize()
                    served.append(pump(tls, payload, errors))

            server = threading.Thread(target=serve, args=(served,), daemon=True)
            server.start()
            raw = socket.create_connection(ls.getsockname(), timeout=20)
            with cctx.wrap_socket(raw, server_hostname="localhost") as tls:
                assert isinstance(tls, SerialTls)
                tls.serialize()
                got = pump(tls, payload, errors)
                server.join(30)
            assert not server.is_alive()
            assert not errors, errors
            assert got == payload and served == [payload]


def test_serial_tls_keeps_the_chosen_io_mode(cert):
    """gettimeout() still says the mode chosen (the socket underneath is
    non-blocking); a recv() in timeout mode times out as a socket does, in
    non-blocking mode raises SSLWantReadError, and blocking waits for data."""
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert.certfile, cert.keyfile)
    sctx.sslsocket_class = SerialTls
    cctx = ssl.create_default_context(cafile=cert.certfile)
    with socket.create_server(("127.0.0.1", 0)) as ls:
        raw = socket.create_connection(ls.getsockname(), timeout=10)
        conn, _ = ls.accept()
        accepted: list[ssl.SSLSocket] = []
        t = threading.Thread(
            target=lambda: accepted.append(sctx.wrap_socket(conn, server_side=True)), daemon=True
        )
        t.start()
        with cctx.wrap_socket(raw, server_hostname="localhost") as peer:
            t.join(10)
            tls = accepted[0]
            assert isinstance(tls, SerialTls)
            tls.settimeout(0.2)
            tls.serialize()
            assert tls.gettimeout() == 0.2
            with pytest.raises(TimeoutError):
                tls.recv(10)
            tls.setblocking(False)
            assert tls.gettimeout() == 0.0
            with pytest.raises(ssl.SSLWantReadError):
                tls.recv(10)
            tls.setblocking(True)
            assert tls.gettimeout() is None
            sender = threading.Timer(0.1, lambda: peer.sendall(b"late"))
            sender.start()
            assert tls.recv(10) == b"late"  # (waited: it was sent after the call began)
            sender.join(10)
            tls.close()


def test_both_of_our_ends_send_at_once_over_tls(qtbot, sessions, cert):
    """Our TLS listener and our TLS client each send 1 MiB at once, right
    after the handshake (each end's reader and writer busy together): every
    byte arrives, in order, on both, and nothing fails."""
    ls = sessions("listener", host="127.0.0.1", port=0)
    use_tls(ls, TlsSettings(server_side=True, certfile=cert.certfile, keyfile=cert.keyfile))
    ls.start()
    qtbot.waitUntil(lambda: ls.local_port != 0, timeout=10000)
    one, two = bytes(range(256)) * 4096, bytes(range(255, -1, -1)) * 4096
    for i in range(3):
        c = sessions("client", host="127.0.0.1", port=ls.local_port)
        use_tls(c, TlsSettings(cafile=cert.certfile, server_name="localhost"))
        c.start()
        qtbot.waitUntil(lambda i=i: len(ls.children) > i, timeout=10000)
        both_ways(qtbot, c, ls.children[i], one, two)
        c.stop()


def both_ways(qtbot, c, server, one: bytes, two: bytes) -> None:
    """Once both have made the handshake, ``c`` sends ``one`` while
    ``server`` sends ``two``; each receives all of the other's."""
    qtbot.waitUntil(lambda: tls_version(c) != "" and tls_version(server) != "", timeout=10000)
    c.send(one)
    server.send(two)
    qtbot.waitUntil(
        lambda: server.bytes_received == len(one) and c.bytes_received == len(two),
        timeout=30000,
    )
    qtbot.waitUntil(
        lambda: server.bytes_sent == len(two) and c.bytes_sent == len(one), timeout=10000
    )
    assert received(server) == one and received(c) == two
    assert c.state is server.state is State.CONNECTED
    assert not c.last_error and not server.last_error


@contextlib.contextmanager
def serving(sctx: ssl.SSLContext, body: Callable[[ssl.SSLSocket], None]) -> Iterator[int]:
    """One TLS connection served by a thread on a loopback listener:
    ``body(tls)`` once accepted; yields the port; the thread is joined."""
    with socket.create_server(("127.0.0.1", 0)) as ls:
        ls.settimeout(10)

        def serve() -> None:
            try:
                conn, _ = ls.accept()
                conn.settimeout(10)
                with sctx.wrap_socket(conn, server_side=True) as tls:
                    body(tls)
            except OSError:
                pass  # (the test says what went wrong)

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        try:
            yield ls.getsockname()[1]
        finally:
            thread.join(15)
            assert not thread.is_alive()


def test_a_tls_recv_in_timeout_mode_times_out_and_the_connection_stays(qtbot, sessions, cert):
    """settimeout(0.3) on a TLS client whose server says nothing yet: recv()
    rows with TIMEOUT, the socket still connected; then the reply arrives."""
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert.certfile, cert.keyfile)
    gate = threading.Event()

    def reply_late(tls: ssl.SSLSocket) -> None:
        if gate.wait(20):
            tls.sendall(b"at last")
            tls.recv(1)  # until the client closes

    with serving(sctx, reply_late) as port:
        c = sessions("client", host="127.0.0.1", port=port)
        use_tls(c, TlsSettings(cafile=cert.certfile, server_name="localhost"))
        c.set_io_mode(0.3)
        try:
            c.start()
            timeouts = lambda: [  # noqa: E731
                e for e in c.log.events if isinstance(e, Recv) and e.errno == TIMEOUT
            ]
            qtbot.waitUntil(lambda: len(timeouts()) >= 2, timeout=10000)
            assert c.state is State.CONNECTED and tls_version(c) != ""
            gate.set()
            qtbot.waitUntil(lambda: c.bytes_received == 7, timeout=10000)
            assert received(c) == b"at last"
            assert c.state is State.CONNECTED
        finally:
            gate.set()
            c.stop()


def half_closing_server(cert, lenient: bool):
    """A stdlib TLS server context; ``lenient``: a TCP FIN without
    close_notify is the end (as OP_IGNORE_UNEXPECTED_EOF, curl and our own
    ends have it), else a fatal error that OpenSSL answers with a
    decode_error alert."""
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert.certfile, cert.keyfile)
    if lenient:
        sctx.options |= ssl.OP_IGNORE_UNEXPECTED_EOF
    return sctx


class ReplyAfterEnd:
    """One TLS connection: read until the end of the stream, keep it, then
    reply; the thread always ends (timeouts)."""

    REPLY = b"reply after your FIN"

    def __init__(self, cert) -> None:
        self.sctx = half_closing_server(cert, lenient=True)
        self.ls = socket.create_server(("127.0.0.1", 0))
        self.ls.settimeout(10)
        self.port = self.ls.getsockname()[1]
        self.heard: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.ls.accept()
            conn.settimeout(10)
            with self.sctx.wrap_socket(conn, server_side=True) as tls:
                data = b""
                for _ in range(100):  # bounded: until the end of the stream
                    chunk = tls.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                self.heard.append(data)
                tls.sendall(self.REPLY)
        except OSError:  # (nobody came: the test has failed already)
            pass

    def close(self) -> None:
        self.thread.join(15)  # (an accept() that nobody answers ends in 10 s)
        self.ls.close()
        assert not self.thread.is_alive()


def test_a_tls_half_close_still_reads_plaintext(qtbot, sessions, cert, tmp_path):
    """shutdown(SHUT_WR) on our TLS client: the server reads the end of the
    stream, then replies; the reply arrives decrypted. (Python's own
    SSLSocket.shutdown() drops TLS: the reply's records came as bytes.) The
    client's script does the same against the same kind of server."""
    srv = ReplyAfterEnd(cert)
    c = sessions("client", host="127.0.0.1", port=srv.port)
    use_tls(c, TlsSettings(verify=False))
    try:
        c.start()
        qtbot.waitUntil(lambda: tls_version(c) != "", timeout=10000)
        c.send(b"question")
        qtbot.waitUntil(lambda: c.bytes_sent == 8, timeout=10000)
        c.shutdown(socket.SHUT_WR)
        qtbot.waitUntil(lambda: c.bytes_received >= len(srv.REPLY), timeout=10000)
        assert srv.heard == [b"question"]
        assert received(c) == srv.REPLY
    finally:
        c.stop()
        srv.close()
    again = ReplyAfterEnd(cert)
    try:
        code = generate("client", list(c.log.ordered()), host="127.0.0.1", port=again.port)
        assert "socket.socket.shutdown(s, socket.SHUT_WR)" in code
        (tmp_path / "client.py").write_text(code)
        out = subprocess.run(
            [sys.executable, "client.py"], capture_output=True, text=True, timeout=20, cwd=tmp_path
        )
        assert out.returncode == 0, out.stderr
        assert srv.REPLY.decode() in out.stdout  # decrypted
        assert again.heard == [b"question"]
    finally:
        again.close()


def test_a_strict_peer_answers_a_tls_half_close_with_an_alert(qtbot, sessions, cert):
    """A server that takes a FIN without close_notify for an attack (a
    stdlib server by default) answers it with a decode_error alert: our
    client shows that alert by name, not the alert's record as data."""
    from socket_playground.core.tls_events import TLS_ALERT
    from socket_playground.ui.errors_words import error_line

    sctx = half_closing_server(cert, lenient=False)

    def read_to_the_end(tls: ssl.SSLSocket) -> None:
        for _ in range(100):  # bounded: until the end of the stream (an error here)
            if not tls.recv(4096):
                break

    with serving(sctx, read_to_the_end) as port:
        c = sessions("client", host="127.0.0.1", port=port)
        use_tls(c, TlsSettings(cafile=cert.certfile, server_name="localhost"))
        try:
            c.start()
            qtbot.waitUntil(lambda: tls_version(c) != "", timeout=10000)
            c.shutdown(socket.SHUT_WR)
            qtbot.waitUntil(lambda: c.state is State.ERROR, timeout=10000)
            assert c.last_error == TLS_ALERT and "decode error" in c.last_error_detail
            assert c.bytes_received == 0
            line = error_line(c.last_error, c.last_error_detail, failed=c.log.machine.failed)
            assert "the handshake had succeeded" in line and "refused the handshake" not in line
            assert "close_notify" in line and "shutdown(SHUT_WR)" in line
        finally:
            c.stop()
