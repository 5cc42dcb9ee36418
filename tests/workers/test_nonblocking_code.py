"""Show the code of a non-blocking client, run: the program's connect() was
EINPROGRESS, select() for writable, then getsockopt(SO_ERROR). The teacher's
script makes one blocking connect(); the every-call script makes the attempt
(BlockingIOError) and reads SO_ERROR, never a second connect() (EISCONN).
Each script runs against a real server on 127.0.0.1 and must exit 0."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading

import pytest

from socket_playground.core import events as ev
from socket_playground.core.codegen import generate
from socket_playground.core.events import State
from socket_playground.workers.tls import TlsSettings, make_self_signed, tls_version, use_tls

from .conftest import wait_state
from .test_tls import StdlibServer


class PlainServer:
    """One connection: reads 5 bytes, replies ``pong\\n``, closes (timeouts:
    the thread always ends)."""

    def __init__(self) -> None:
        self.ls = socket.create_server(("127.0.0.1", 0))
        self.ls.settimeout(10)
        self.port = self.ls.getsockname()[1]
        self.got = b""
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            conn, _ = self.ls.accept()
            with conn:
                conn.settimeout(10)
                while len(self.got) < 5:
                    data = conn.recv(4096)
                    if not data:
                        break
                    self.got += data
                conn.sendall(b"pong\n")
        except OSError:
            pass

    def close(self) -> None:
        self.ls.close()
        self.thread.join(10)
        assert not self.thread.is_alive()


def _nonblocking_connects(cli) -> None:
    connects = [e for e in cli.log.events if isinstance(e, ev.Connect)]
    assert [c.errno for c in connects] == ["EINPROGRESS", ""]  # Linux: always in progress
    assert connects[1].completed and connects[1].peer is not None


def _run(code: str, tmp_path, name: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / name).write_text(code)
    return subprocess.run(
        [sys.executable, name], capture_output=True, text=True, timeout=20, cwd=tmp_path
    )


def _check(code: str, style: str) -> None:
    compile(code, "client.py", "exec")
    assert code.count(".connect(") == 1  # one connect(): never again after EINPROGRESS
    if style == "calls":
        assert "except BlockingIOError as e:" in code
        assert "err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)" in code
        assert "s.setblocking(False)" in code and "import os" in code
    else:
        assert "EINPROGRESS" not in code and "getsockopt" not in code
        assert "setblocking(False)" not in code


def test_nonblocking_client_scripts_run(qtbot, sessions, tmp_path):
    srv = PlainServer()
    try:
        cli = sessions("client", host="127.0.0.1", port=srv.port)
        cli.set_io_mode(0.0)
        cli.start()
        wait_state(qtbot, cli, State.CONNECTED)
        cli.send(b"ping\n")
        wait_state(qtbot, cli, State.PEER_CLOSED)
        assert cli.bytes_received == 5
        cli.stop()
    finally:
        srv.close()
    assert srv.got == b"ping\n"
    _nonblocking_connects(cli)
    events = list(cli.log.ordered())
    for style in ("board", "calls"):
        peer = PlainServer()
        try:
            code = generate("client", events, host="127.0.0.1", port=peer.port, style=style)
            _check(code, style)
            out = _run(code, tmp_path, f"client_{style}.py")
        finally:
            peer.close()
        assert out.returncode == 0, (style, out.stderr)
        assert "pong" in out.stdout and peer.got == b"ping\n"
        if style == "calls":
            assert "getsockopt(SO_ERROR) -> 0" in out.stdout and "connected" in out.stdout


def test_nonblocking_connect_in_chinese():
    t = 1_000
    events = [
        ev.SocketCall(1, t, t),
        ev.SetBlocking(2, t, t, timeout=0.0),
        ev.Connect(3, t, t, host="127.0.0.1", port=9, errno="EINPROGRESS", message="in progress"),
        ev.Select(4, t, t, write=True, timeout=10.0, ready=True),
        ev.Connect(5, t, t, host="127.0.0.1", port=9, completed=True, errno="ECONNREFUSED"),
    ]
    code = generate("client", events, host="127.0.0.1", port=9, style="calls", lang="zh")
    compile(code, "client.py", "exec")
    assert "BlockingIOError（EINPROGRESS）" in code and "非阻塞 connect() 的结果" in code
    assert "ECONNREFUSED" in code and "print('connected'" not in code  # it failed
    assert code.count(".connect(") == 1
    board = generate("client", events, host="127.0.0.1", port=9, lang="zh")
    assert "EINPROGRESS" not in board and board.count(".connect(") == 1
    assert "ECONNREFUSED" in board  # the one blocking connect(), in try/except


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    return make_self_signed(str(tmp_path_factory.mktemp("tls")))


def test_nonblocking_tls_client_scripts_run(qtbot, sessions, cert, tmp_path):
    srv = StdlibServer(cert, b"pong\n", expect=5)
    try:
        cli = sessions("client", host="127.0.0.1", port=srv.port)
        use_tls(cli, TlsSettings(verify=False))
        cli.set_io_mode(0.0)
        cli.start()
        qtbot.waitUntil(lambda: tls_version(cli) != "", timeout=10000)
        cli.send(b"ping\n")
        qtbot.waitUntil(lambda: cli.bytes_received == 5, timeout=10000)
    finally:
        cli.stop()
        srv.close()
    _nonblocking_connects(cli)
    events = list(cli.log.ordered())
    # every style runs: a non-blocking do_handshake() or recv() that found the
    # peer's bytes there in the program may be earlier in the script (the
    # server's records come in other pieces): it waits in select() and again
    for style in ("board", "calls"):
        peer = StdlibServer(cert, b"pong\n", expect=5)
        try:
            code = generate("client", events, host="127.0.0.1", port=peer.port, style=style)
            _check(code, style)
            out = _run(code, tmp_path, f"tls_{style}.py")
        finally:
            peer.close()
        assert out.returncode == 0, (style, out.stderr)
        assert "TLSv1.3" in out.stdout and "pong" in out.stdout
        assert peer.got == b"ping\n" and peer.error is None
        if style == "calls":
            assert "except ssl.SSLWantReadError:" in code


def test_a_nonblocking_connect_that_gives_up_makes_no_getsockopt(qtbot, sessions, tmp_path):
    """A listener whose accept queue is full answers no SYN: select() finds
    the socket not writable within the connect timeout and the program gives
    up (ETIMEDOUT) without getsockopt(SO_ERROR). The every-call script says
    so and does the same against the same listener: select() times out."""
    from socket_playground.ui.errors_words import error_line
    from socket_playground.ui.timeline import call_text

    from .test_faults import _full_backlog

    ls, fillers = _full_backlog()
    try:
        port = ls.getsockname()[1]
        cli = sessions("client", host="127.0.0.1", port=port, connect_timeout=0.5)
        cli.set_io_mode(0.0)
        cli.start()
        wait_state(qtbot, cli, State.ERROR, timeout=10_000)
        assert cli.last_error == "ETIMEDOUT"
        events = list(cli.log.ordered())
        assert [e.ready for e in events if isinstance(e, ev.Select)] == [False]
        (gave,) = [e for e in events if isinstance(e, ev.Connect) and e.completed]
        assert gave.gave_up and gave.errno == "ETIMEDOUT"
        assert "getsockopt" not in call_text(gave)  # (the timeline's call: none was made)
        line = error_line(cli.last_error, cli.last_error_detail, failed=cli.log.machine.failed)
        assert "gave up on connect()" in line and "within 0.5 s" in line
        code = generate("client", events, host="127.0.0.1", port=port, style="calls")
        compile(code, "client.py", "exec")
        assert "s.getsockopt(" not in code
        assert "ETIMEDOUT" in code and "print('connect() gave up" in code
        out = _run(code, tmp_path, "gives_up.py")
        assert out.returncode == 0, out.stderr
        assert "connect() -> [Errno 115]" in out.stdout and "gave up" in out.stdout
    finally:
        for c in fillers:
            c.close()
        ls.close()


def test_a_wait_for_bytes_the_script_found_earlier_is_skipped(tmp_path):
    """The program's recv() found nothing, then select() waited, then recv()
    got the reply. The script runs at other times: its would-block recv()
    may find the reply already (kept in ``early``), and its select() must not
    then wait for bytes that will never come (the server waits for our close
    and would time out)."""
    t = 1_000
    events = [
        ev.SocketCall(1, t, t),
        ev.SetBlocking(2, t, t, timeout=0.0),
        ev.Connect(3, t, t, host="127.0.0.1", port=9, errno="EINPROGRESS", message="in progress"),
        ev.Select(4, t, t, write=True, timeout=10.0, ready=True),
        ev.Connect(5, t, t, host="127.0.0.1", port=9, completed=True),
        ev.Select(6, t, t, write=False, ready=True),  # (the script: the reply is there after it)
        ev.Recv(7, t, t, bufsize=4096, errno="EAGAIN", message="would block"),
        ev.Select(8, t, t, write=False, ready=True),
        ev.Recv(9, t, t, bufsize=4096, data=b"pong\n", nbytes=5),
        ev.Close(10, t, t),
    ]
    result: dict = {}
    with socket.create_server(("127.0.0.1", 0)) as ls:
        ls.settimeout(10)

        def serve() -> None:
            conn, _ = ls.accept()
            with conn:
                conn.sendall(b"pong\n")
                conn.settimeout(10)
                try:
                    result["end"] = conn.recv(1)  # b'': the script closed
                except TimeoutError as e:
                    result["end"] = e

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        code = generate("client", events, host="127.0.0.1", port=ls.getsockname()[1], style="calls")
        assert "if not early:" in code
        out = _run(code, tmp_path, "early.py")
        thread.join(15)
    assert out.returncode == 0, out.stderr
    assert "pong" in out.stdout and result["end"] == b""
