"""A UDP exchange saved to a session file, opened, exported (a transcript
naming each datagram's peer) and as a script that runs."""

from __future__ import annotations

import io
import socket
import subprocess
import sys

from socket_playground import __version__
from socket_playground.core.export import export
from socket_playground.core.sessionfile import SocketSource, open_session, save_session
from socket_playground.core.udp_events import RecvFrom, SendTo
from socket_playground.workers.session import stop_sessions
from socket_playground.workers.udp_session import UdpSession


def exchange(qtbot) -> tuple[UdpSession, UdpSession]:
    srv = UdpSession(server=True, host="127.0.0.1", port=0)
    srv.start()
    qtbot.waitUntil(lambda: srv.local_port > 0, timeout=5000)
    cli = UdpSession(server=False, host="127.0.0.1", port=srv.local_port)
    cli.start()
    try:
        for word in (b"cat", b"dog", b"fox"):
            cli.send(word)
        qtbot.waitUntil(lambda: srv.datagrams_received == 3, timeout=5000)
        srv.set_bufsize(2)
        cli.send(b"wolf")
        qtbot.waitUntil(lambda: srv.datagrams_received == 4, timeout=5000)
        srv.send(b"hi")
        qtbot.waitUntil(lambda: cli.datagrams_received == 1, timeout=5000)
    finally:
        stop_sessions([srv, cli])
    return srv, cli


def test_udp_saved_opened_and_exported(qtbot, tmp_path):
    srv, cli = exchange(qtbot)
    path = tmp_path / "udp.sps"
    save_session(path, [SocketSource.of(s) for s in (srv, cli)], __version__)
    with open_session(path) as sf:
        assert [s.role for s in sf.sockets] == ["udp", "udp"]
        assert sf.events(srv.id) == srv.log.events
        whole = list(sf.ordered(srv.id))
        assert whole == list(srv.log.ordered())
        got = [ev for ev in whole if isinstance(ev, RecvFrom)]
        assert [ev.data for ev in got] == [b"cat", b"dog", b"fox", b"wo"]
        assert got[-1].size == 4 and got[-1].truncated
        text = io.BytesIO()
        export(sf, srv.id, "text", text)
        transcript = text.getvalue().decode()
        peer = f"127.0.0.1:{cli.local_port}"
        assert transcript.count(f"<<< recvfrom 3 bytes from {peer}") == 3
        assert f"<<< recvfrom 2 bytes from {peer}: the datagram had 4 bytes, 2 lost" in transcript
        assert f">>> sendto 2 bytes to {peer}" in transcript
        assert "end of stream" not in transcript
        lines = io.BytesIO()
        export(sf, None, "csv", lines)
        assert lines.getvalue().decode().count(",recvfrom,") == 5
        script = io.BytesIO()
        export(sf, cli.id, "python", script)
        compile(script.getvalue().decode(), "udp_client.py", "exec")


def test_udp_client_script_runs_and_sends_the_same_datagrams(qtbot, tmp_path):
    """The client's generated script, run against a plain UDP socket,
    sends cat, dog, fox, wolf as four datagrams."""
    from socket_playground.core.codegen_udp import generate_udp

    srv, cli = exchange(qtbot)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as peer:
        peer.bind(("127.0.0.1", 0))
        peer.settimeout(10)
        port = peer.getsockname()[1]
        events = [ev for ev in cli.log.ordered() if not isinstance(ev, RecvFrom)]
        script = generate_udp(events, host="127.0.0.1", port=port)
        assert "s.sendto(b'cat', server)" in script
        (tmp_path / "c.py").write_text(script)
        proc = subprocess.run(
            [sys.executable, str(tmp_path / "c.py")], capture_output=True, timeout=30, check=False
        )
        assert proc.returncode == 0, proc.stderr
        got = [peer.recvfrom(100)[0] for _ in range(4)]
    assert got == [b"cat", b"dog", b"fox", b"wolf"]
    assert all(isinstance(d, SendTo) for d in cli.log.datagrams[:4])
    server_script = generate_udp(list(srv.log.ordered()), host="127.0.0.1", port=0)
    assert "s.recvfrom(2)" in server_script and "s.sendto(b'hi', peer)" in server_script
    compile(server_script, "udp_server.py", "exec")
    zh = generate_udp(list(srv.log.ordered()), host="127.0.0.1", port=0, lang="zh")
    assert "数据报" in zh


def test_udp_server_and_client_scripts_talk_to_each_other(qtbot, tmp_path):
    """The server's script binds the port the program's server had (it asked
    for port 0), the port the client's script sends to: run the server's
    script (the program's server is stopped: the port is free), then the
    client's; both end, the server's printing what it received. The same
    scripts from the Code dialog and from a saved session's export."""
    from socket_playground.core.export import python_script
    from socket_playground.ui.code_view import script_for

    srv, cli = exchange(qtbot)  # (stopped)
    port = srv.local_port
    path = tmp_path / "udp.sps"
    save_session(path, [SocketSource.of(s) for s in (srv, cli)], __version__)
    with open_session(path) as sf:
        server_code, client_code = python_script(sf, srv.id), python_script(sf, cli.id)
    assert server_code == script_for(srv, lang="en")
    assert client_code == script_for(cli, lang="en")
    assert f"s.bind(('127.0.0.1', {port}))" in server_code
    assert f"Port {port} is the port the program's server had" in server_code
    assert f"server = ('127.0.0.1', {port})" in client_code
    assert f"端口 {port} 是程序里服务器用过的端口" in script_for(srv, lang="zh")
    (tmp_path / "server.py").write_text(server_code)
    (tmp_path / "client.py").write_text(client_code)
    server = subprocess.Popen(
        [sys.executable, "server.py"], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    )
    assert server.stdout is not None
    try:
        assert "bound to" in server.stdout.readline()  # (flushed: it is bound now)
        out = subprocess.run(
            [sys.executable, "client.py"], capture_output=True, text=True, timeout=30, cwd=tmp_path
        )
        assert out.returncode == 0, out.stderr
        assert "b'hi'" in out.stdout  # the server script's answer
        assert server.wait(timeout=30) == 0
        printed = server.stdout.read()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        server.stdout.close()
    for word in (b"cat", b"dog", b"fox", b"wo"):
        assert repr(word) in printed
