"""IPv6 with real sockets on ::1: a conversation, a dual-stack listener,
names looked up in getaddrinfo's order (skipped where the machine has no
IPv6 loopback)."""

from __future__ import annotations

import contextlib
import socket

import pytest

from socket_playground.core import events as ev
from socket_playground.core.codegen import generate
from socket_playground.core.events import State

from .conftest import wait_state


def _ipv6_loopback() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
    except OSError:
        return False
    return True


def _dual_stack() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            s.bind(("::", 0))
    except (OSError, AttributeError):
        return False
    return True


pytestmark = pytest.mark.skipif(not _ipv6_loopback(), reason="no IPv6 loopback (::1)")


def _listen(qtbot, sessions, host: str, **kw):
    lst = sessions("listener", host=host, port=0, **kw)
    lst.start()
    wait_state(qtbot, lst, State.LISTENING)
    return lst


def test_conversation_on_ipv6_loopback(qtbot, sessions):
    lst = _listen(qtbot, sessions, "::1")
    assert lst.family == "ipv6"
    made = [e for e in lst.events if isinstance(e, ev.SocketCall)]
    assert made[0].family == socket.AF_INET6 and not made[0].errno
    bound = next(e for e in lst.events if isinstance(e, ev.Bind))
    assert bound.address[:2] == ("::1", lst.local_port)
    with qtbot.waitSignal(lst.accepted, timeout=5000) as blocker:
        cli = sessions("client", host="::1", port=lst.local_port)
        cli.start()
    srv = blocker.args[0]
    wait_state(qtbot, cli, State.CONNECTED)
    assert (cli.family, srv.family) == ("ipv6", "ipv6")
    assert cli.peer_addr[:2] == ("::1", lst.local_port)
    assert srv.peer_addr[:2] == ("::1", cli.local_port)
    cli.send(b"ping over IPv6")
    qtbot.waitUntil(lambda: srv.bytes_received == 14, timeout=5000)
    srv.send(b"pong")
    qtbot.waitUntil(lambda: cli.bytes_received == 4, timeout=5000)
    assert srv.store.retained(0, 14) == b"ping over IPv6"
    kinds = [type(e) for e in cli.events[:3]]
    assert kinds == [ev.SocketCall, ev.ConnectStarted, ev.Connect]  # a number: no lookup
    cli.stop()
    wait_state(qtbot, srv, State.PEER_CLOSED)
    # show the code: AF_INET6 sockets and the IPv6 addresses
    code = generate("client", list(cli.log.ordered()), host="::1", port=lst.local_port)
    assert "socket.socket(socket.AF_INET6, socket.SOCK_STREAM)" in code
    assert f"s.connect(('::1', {lst.local_port}))" in code
    compile(code, "client.py", "exec")
    code = generate("listener", list(lst.log.ordered()), host="::1", port=lst.local_port)
    assert "socket.socket(socket.AF_INET6, socket.SOCK_STREAM)" in code
    compile(code, "listener.py", "exec")


@pytest.mark.skipif(not _dual_stack(), reason="no dual-stack IPv6 sockets here")
def test_dual_stack_listener_takes_ipv4_clients(qtbot, sessions):
    lst = _listen(qtbot, sessions, "::", options={"IPV6_V6ONLY": 0, "SO_REUSEADDR": 1})
    opts = [e for e in lst.events if isinstance(e, ev.SetOption)]
    v6only = next(e for e in opts if e.name == "IPV6_V6ONLY")
    assert (v6only.level, v6only.value, v6only.applied) == ("IPPROTO_IPV6", 0, 0)
    with qtbot.waitSignal(lst.accepted, timeout=5000) as blocker:
        c = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    try:
        srv = blocker.args[0]
        assert srv.family == "ipv6"
        assert srv.peer_addr[:2] == ("::ffff:127.0.0.1", c.getsockname()[1])
        c.sendall(b"v4")
        qtbot.waitUntil(lambda: srv.bytes_received == 2, timeout=5000)
    finally:
        c.close()


def test_ipv6_only_option_is_left_out_on_an_ipv4_socket(qtbot, sessions):
    lst = _listen(qtbot, sessions, "127.0.0.1", options={"IPV6_V6ONLY": 1})
    assert lst.family == "ipv4"
    assert not [e for e in lst.events if isinstance(e, ev.SetOption) and "V6" in e.name]


def test_a_name_follows_getaddrinfo_order(qtbot, sessions):
    expected = socket.getaddrinfo("localhost", 0, 0, socket.SOCK_STREAM)[0]
    host = expected[4][0]
    lst = _listen(qtbot, sessions, host)
    cli = sessions("client", host="localhost", port=lst.local_port)
    cli.start()
    wait_state(qtbot, cli, State.CONNECTED)
    kinds = [type(e) for e in cli.events[:3]]
    assert kinds == [ev.Resolve, ev.SocketCall, ev.ConnectStarted]  # looked up, then made
    assert cli.events[0].address.partition("%")[0] == host
    assert cli.events[1].family == expected[0]
    assert cli.family == ("ipv6" if expected[0] == socket.AF_INET6 else "ipv4")


def test_a_family_the_name_lacks_is_an_error_and_no_thread_stays(qtbot, sessions):
    with contextlib.suppress(OSError):
        socket.getaddrinfo("localhost", 0, socket.AF_INET6, socket.SOCK_STREAM)
        pytest.skip("localhost has an IPv6 address here")
    cli = sessions("client", host="localhost", port=9, family="ipv6")
    cli.start()
    wait_state(qtbot, cli, State.ERROR)
    qtbot.waitUntil(lambda: not cli.alive, timeout=5000)
    failed = cli.events[0]
    assert isinstance(failed, ev.Resolve) and failed.errno
    assert not [e for e in cli.events if isinstance(e, ev.SocketCall)]  # none was made
    assert all(t.isFinished() for t in cli._threads)


def test_stopping_during_a_lookup_makes_no_socket(qtbot, sessions):
    cli = sessions("client", host="localhost", port=9, family="ipv4")
    cli.start()
    cli.stop()
    assert not cli.alive
    assert all(t.isFinished() for t in cli._threads)
    assert cli.sock is None or cli.ctx.closed


def _read_to_eof(conn: socket.socket) -> bytes:
    got = bytearray()
    for _ in range(10_000):  # bounded; each recv() has the socket's timeout too
        chunk = conn.recv(65536)
        if not chunk:
            break
        got += chunk
    return bytes(got)


def test_show_the_code_script_runs_over_ipv6(qtbot, sessions, tmp_path):
    """The generated client script makes an AF_INET6 socket and puts the same
    bytes on the wire as the recorded ::1 client."""
    import subprocess
    import sys
    import threading

    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as srv:
        srv.bind(("::1", 0))
        srv.listen(2)
        srv.settimeout(20)
        port = srv.getsockname()[1]
        cli = sessions("client", host="::1", port=port)
        cli.start()
        conn, _ = srv.accept()
        with conn:
            conn.settimeout(20)
            wait_state(qtbot, cli, State.CONNECTED)
            cli.send(b"hello over ::1")
            qtbot.waitUntil(lambda: cli.bytes_sent == 14, timeout=5000)
            cli.stop()
            assert _read_to_eof(conn) == b"hello over ::1"
        code = generate("client", list(cli.log.ordered()), host="::1", port=port)
        assert "socket.AF_INET6" in code
        result: dict[str, bytes] = {}

        def peer() -> None:
            c, _ = srv.accept()
            with c:
                c.settimeout(20)
                result["got"] = _read_to_eof(c)

        t = threading.Thread(target=peer, daemon=True)
        t.start()
        path = tmp_path / "client6.py"
        path.write_text(code, encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, str(path)], timeout=20, capture_output=True, text=True, cwd=tmp_path
        )
        t.join(20)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert result["got"] == b"hello over ::1"


def test_ipv6_session_saved_opened_and_exported(qtbot, sessions, tmp_path):
    import io

    from socket_playground import __version__
    from socket_playground.core.export import export, list_lines
    from socket_playground.core.sessionfile import SocketSource, open_session, save_session
    from socket_playground.core.stored import family_of
    from socket_playground.workers.session import stop_sessions
    from socket_playground.workers.stored import StoredSession

    lst = _listen(qtbot, sessions, "::1")
    with qtbot.waitSignal(lst.accepted, timeout=5000) as blocker:
        cli = sessions("client", host="::1", port=lst.local_port)
        cli.start()
    srv = blocker.args[0]
    wait_state(qtbot, cli, State.CONNECTED)
    cli.send(b"saved over IPv6")
    qtbot.waitUntil(lambda: srv.bytes_received == 15, timeout=5000)
    stop_sessions([cli, srv, lst])
    path = tmp_path / "ipv6.sps"
    save_session(path, [SocketSource.of(s) for s in (lst, cli, srv)], __version__)
    with open_session(path) as sf:
        info = sf.socket(cli.id)
        assert tuple(info.peer_addr)[:2] == ("::1", lst.local_port)
        assert family_of(sf.events(cli.id), info.local_addr, info.peer_addr, info.host) == "ipv6"
        stored = StoredSession(sf, srv.id)  # an accepted socket: no socket() call of its own
        assert stored.family == "ipv6"
        stored.deleteLater()
        lines = "\n".join(list_lines(sf))
        assert f"[::1]:{lst.local_port}" in lines
        script = io.BytesIO()
        export(sf, srv.id, "python", script)
        code = script.getvalue().decode()
        assert "srv = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)" in code
        compile(code, "accepted.py", "exec")


def test_tcp_table_keys_for_ipv6_addresses():
    from socket_playground.net.tcpinfo import _hex_addr

    assert _hex_addr(("::1", 8080, 0, 0)) == "00000000000000000000000001000000:1F90"
    assert _hex_addr(("fe80::1%lo", 80, 0, 1)) == _hex_addr(("fe80::1", 80))
    assert _hex_addr(("::ffff:127.0.0.1", 80)) == "0000000000000000FFFF00000100007F:0050"
    assert _hex_addr(("127.0.0.1", 80)) == "0100007F:0050"
