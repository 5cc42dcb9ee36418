"""Show the code for TLS: the scripts of a TLS conversation run against each
other (the server with a certificate pair in its folder, the client not
verifying, as in the program), and the every-call script of a non-blocking
handshake keeps its SSLWantReadError attempts."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading

import pytest

from socket_playground.core.codegen import generate
from socket_playground.core.errors import SSL_WANT_READ
from socket_playground.core.events import State
from socket_playground.core.tls_events import TlsHandshake
from socket_playground.workers.tls import TlsSettings, make_self_signed, tls_version, use_tls

from .conftest import wait_state
from .test_tls import StdlibServer


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    return make_self_signed(str(tmp_path_factory.mktemp("tls")))


def _pair(qtbot, sessions, cert, timeout=None):
    ls = sessions("listener", host="127.0.0.1", port=0)
    use_tls(ls, TlsSettings(server_side=True, certfile=cert.certfile, keyfile=cert.keyfile))
    ls.set_io_mode(timeout)
    ls.start()
    qtbot.waitUntil(lambda: ls.local_port != 0, timeout=10000)
    cli = sessions("client", host="127.0.0.1", port=ls.local_port)
    use_tls(cli, TlsSettings(verify=False))
    cli.set_io_mode(timeout)
    cli.start()
    qtbot.waitUntil(lambda: bool(ls.children) and tls_version(ls.children[0]) != "", timeout=10000)
    qtbot.waitUntil(lambda: tls_version(cli) != "", timeout=10000)
    return ls, cli, ls.children[0]


def exchange(qtbot, cli, srv) -> None:
    """hello from the client, world back, then the client closes."""
    cli.send(b"hello")
    qtbot.waitUntil(lambda: srv.bytes_received == 5, timeout=10000)
    srv.send(b"world")
    qtbot.waitUntil(lambda: cli.bytes_received == 5, timeout=10000)
    cli.stop()
    wait_state(qtbot, srv, State.PEER_CLOSED, timeout=10000)
    srv.stop()


def run_scripts(cli, srv, cert, tmp_path, ca: bool = False) -> str:
    """The accepted socket's script as a server (with the certificate pair as
    cert.pem and key.pem; ``ca``: the certificate as ca.pem too), the client's
    against it: it must exit 0 with the reply decrypted. The client's script."""
    server_code = generate(
        "accepted", list(srv.log.ordered()), host="127.0.0.1", port=0, listener_events=[]
    )
    assert "ssl.PROTOCOL_TLS_SERVER" in server_code and "server_side=True" in server_code
    files = {"cert.pem": cert.certfile, "key.pem": cert.keyfile}
    if ca:
        files["ca.pem"] = cert.certfile
    for name, path in files.items():
        shutil.copy(path, tmp_path / name)
    (tmp_path / "server.py").write_text(server_code)
    server = subprocess.Popen(
        [sys.executable, "server.py"], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    )
    assert server.stdout is not None
    try:
        line = server.stdout.readline()
        assert "listening on" in line
        port = int(line.rsplit(",", 1)[1].strip(" )\n"))
        client_code = generate("client", list(cli.log.ordered()), host="127.0.0.1", port=port)
        (tmp_path / "client.py").write_text(client_code)
        out = subprocess.run(
            [sys.executable, "client.py"], capture_output=True, text=True, timeout=20, cwd=tmp_path
        )
        assert out.returncode == 0, out.stderr
        assert "TLSv1.3" in out.stdout
        assert "world" in out.stdout  # what the server script sent, decrypted
        assert server.wait(timeout=20) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        server.stdout.close()
    return client_code


def test_tls_scripts_run_against_each_other(qtbot, sessions, cert, tmp_path):
    _, cli, srv = _pair(qtbot, sessions, cert)
    exchange(qtbot, cli, srv)
    client_code = run_scripts(cli, srv, cert, tmp_path)
    assert "context.verify_mode = ssl.CERT_NONE" in client_code


def test_nonblocking_handshake_in_every_call_style(qtbot, sessions, cert):
    """The server accepts only once the first do_handshake() found nothing to
    read (deterministic: no reply can be there before)."""
    gate = threading.Event()
    srv = StdlibServer(cert, b"", expect=1, gate=gate)
    try:
        cli = sessions("client", host="127.0.0.1", port=srv.port)
        use_tls(cli, TlsSettings(verify=False))
        cli.set_io_mode(0)
        cli.start()
        qtbot.waitUntil(
            lambda: any(
                isinstance(e, TlsHandshake) and e.errno == SSL_WANT_READ for e in cli.log.events
            ),
            timeout=10000,
        )
        gate.set()
        qtbot.waitUntil(lambda: tls_version(cli) != "", timeout=10000)
    finally:
        cli.stop()
        srv.close()
    code = generate("client", list(cli.log.ordered()), host="127.0.0.1", port=1, style="calls")
    compile(code, "client.py", "exec")
    assert code.count("context.wrap_socket(") == 1
    assert "except ssl.SSLWantReadError as e:" in code
    assert "s.setblocking(False)" in code
    board = generate("client", list(cli.log.ordered()), host="127.0.0.1", port=1, lang="zh")
    assert "SSLWantReadError" not in board and board.count("do_handshake()") >= 1
    assert "不验证证书" in board


def test_tls_saved_opened_and_exported(qtbot, sessions, cert, tmp_path):
    """The .sps file keeps the handshake; the transcript says TLS and that
    its bytes are the plaintext; the script of a saved socket wraps it."""
    import io

    from socket_playground import __version__
    from socket_playground.core.export import export, python_script
    from socket_playground.core.sessionfile import SocketSource, open_session, save_session
    from socket_playground.ui.code_view import script_for
    from socket_playground.workers.session import stop_sessions

    ls, cli, srv = _pair(qtbot, sessions, cert)
    cli.send(b"secret")
    qtbot.waitUntil(lambda: srv.bytes_received == 6, timeout=10000)
    stop_sessions([cli, srv, ls])
    sps = tmp_path / "tls.sps"
    save_session(sps, [SocketSource.of(s) for s in (ls, cli, srv)], __version__)
    with open_session(sps) as sf:
        assert sf.events(cli.id) == cli.log.events
        text = io.BytesIO()
        export(sf, srv.id, "text", text)
        out = text.getvalue().decode()
        assert f"# socket {srv.id}: TLS TLSv1.3, " in out and "plaintext" in out
        assert "secret" in out
        assert "context.wrap_socket(" in python_script(sf, cli.id)
        listener_code = python_script(sf, ls.id)
    # the listener's script only accepts; one comment says its connections made TLS
    assert listener_code == script_for(ls, lang="en")
    assert "ssl" not in listener_code.replace("(ssl)", "")  # no TLS code in it
    assert TLS_ACCEPTED in comments(listener_code)
    assert "程序接受的连接随后各自做了 TLS 握手" in comments(script_for(ls, lang="zh"), "")
    plain = generate("listener", ls.log.events, host="127.0.0.1", port=0)
    assert TLS_ACCEPTED not in comments(plain)
    port = ls.local_port  # (stopped: free) the listener's script binds it and accepts one
    (tmp_path / "listener.py").write_text(listener_code)
    run = subprocess.Popen(
        [sys.executable, "listener.py"], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    )
    assert run.stdout is not None
    try:
        assert "listening on" in run.stdout.readline()
        socket.create_connection(("127.0.0.1", port), timeout=10).close()
        assert run.wait(timeout=20) == 0
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
        run.stdout.close()


TLS_ACCEPTED = "accepted connections then made a TLS handshake (ssl) each"


def comments(code: str, sep: str = " ") -> str:
    """The script's comments as one text (their lines wrapped back)."""
    return sep.join(line[2:] for line in code.splitlines() if line.startswith("# "))


def test_a_trusted_certificate_is_in_the_client_script(qtbot, sessions, cert, tmp_path):
    """A client that verified our self-signed server with Trust… (cafile):
    its script loads ca.pem and says which file the program trusted; with
    the server's certificate copied there it verifies the server script."""
    ls = sessions("listener", host="127.0.0.1", port=0)
    use_tls(ls, TlsSettings(server_side=True, certfile=cert.certfile, keyfile=cert.keyfile))
    ls.start()
    qtbot.waitUntil(lambda: ls.local_port != 0, timeout=10000)
    cli = sessions("client", host="127.0.0.1", port=ls.local_port)
    use_tls(cli, TlsSettings(cafile=cert.certfile, server_name="localhost"))
    cli.start()
    qtbot.waitUntil(lambda: bool(ls.children) and tls_version(ls.children[0]) != "", timeout=10000)
    srv = ls.children[0]
    exchange(qtbot, cli, srv)
    ev = next(e for e in cli.log.events if isinstance(e, TlsHandshake))
    assert ev.trusted == os.path.basename(cert.certfile) and ev.verify
    client_code = run_scripts(cli, srv, cert, tmp_path, ca=True)  # (verified, then decrypted)
    assert "ssl.create_default_context(cafile='ca.pem')" in client_code
    assert os.path.basename(cert.certfile) in client_code
    assert "CERT_NONE" not in client_code
