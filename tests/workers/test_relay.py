"""The relay with real peers on loopback: stdlib sockets in the test, and
curl ↔ python -m http.server (subprocesses, always killed)."""

from __future__ import annotations

import selectors
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from socket_playground.core.events import Recv, Send, Shutdown, State
from socket_playground.workers.relay import RelayListener, RelayPair
from socket_playground.workers.session import Session, stop_sessions

WAIT = 5000


def stream(s: Session, kind: type) -> bytes:
    """Every byte of one direction, from the record's calls."""
    return b"".join(
        ev.data for ev in s.log.ordered(notes=False) if isinstance(ev, kind) and not ev.errno
    )


def nothing_waiting(sock: socket.socket) -> bool:
    """No byte to read now (a look without waiting)."""
    timeout = sock.gettimeout()
    sock.setblocking(False)
    try:
        sock.recv(1, socket.MSG_PEEK)
    except BlockingIOError:
        return True
    finally:
        sock.settimeout(timeout)
    return False


def recv_exact(sock: socket.socket, n: int) -> bytes:
    got = b""
    while len(got) < n:
        part = sock.recv(n - len(got))
        if not part:
            break
        got += part
    return got


@pytest.fixture
def relays(qtbot):
    """``make(target_port)``: a started relay listener; every relay and leg is
    stopped afterwards."""
    made: list[RelayListener] = []

    def make(target_port: int, host: str = "127.0.0.1") -> RelayListener:
        r = RelayListener(host, target_port, host="127.0.0.1", port=0)
        made.append(r)
        r.start()
        qtbot.waitUntil(lambda: r.local_port > 0, timeout=WAIT)
        return r

    yield make
    legs = [leg for r in made for p in r.pairs for leg in (p.inside, p.outside)]
    stop_sessions([*made, *legs])
    for s in [*made, *legs]:
        assert not s.alive
        assert all(t.isFinished() for t in s._threads)


def relayed(qtbot, relay: RelayListener) -> RelayPair:
    qtbot.waitUntil(lambda: bool(relay.pairs), timeout=WAIT)
    return relay.pairs[-1]


@pytest.fixture
def target():
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(4)
    ls.settimeout(5)
    yield ls
    ls.close()


def connected(qtbot, relay: RelayListener, target: socket.socket):
    client = socket.create_connection(("127.0.0.1", relay.local_port), timeout=5)
    pair = relayed(qtbot, relay)  # (accepted and connected in the GUI's drains)
    qtbot.waitUntil(lambda: pair.outside.state is State.CONNECTED, timeout=WAIT)
    server, _ = target.accept()
    server.settimeout(5)
    return client, server, pair


def test_half_close_passes_through(qtbot, relays, target):
    relay = relays(target.getsockname()[1])
    client, server, pair = connected(qtbot, relay, target)
    with client, server:
        client.sendall(b"hello")
        assert recv_exact(server, 5) == b"hello"
        client.shutdown(socket.SHUT_WR)
        assert server.recv(10) == b""  # the client's FIN reached the target
        server.sendall(b"still flowing")  # the other direction is open
        assert recv_exact(client, 13) == b"still flowing"
        server.close()
        assert client.recv(10) == b""
        qtbot.waitUntil(lambda: not pair.inside.alive and not pair.outside.alive, timeout=WAIT)
    assert stream(pair.inside, Recv) == b"hello" == stream(pair.outside, Send)
    assert stream(pair.outside, Recv) == b"still flowing" == stream(pair.inside, Send)
    shuts = [e for e in pair.outside.events if isinstance(e, Shutdown) and not e.wake]
    assert [e.how for e in shuts] == [socket.SHUT_WR]
    assert pair.inside.state is State.CLOSED and pair.outside.state is State.CLOSED
    assert pair.failure is None


def test_target_refused_closes_the_accepted_leg(qtbot, relays):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    relay = relays(port)
    with socket.create_connection(("127.0.0.1", relay.local_port), timeout=5) as client:
        pair = relayed(qtbot, relay)
        qtbot.waitUntil(lambda: not pair.inside.alive, timeout=WAIT)
        assert pair.failure is not None and pair.failure[0] == "ECONNREFUSED"
        assert pair.inside.state is State.ABORTED
        with pytest.raises(ConnectionResetError):  # reset, as connecting there would be
            client.recv(10)


def test_pause_stops_one_direction(qtbot, relays, target):
    relay = relays(target.getsockname()[1])
    client, server, pair = connected(qtbot, relay, target)
    with client, server:
        pair.inside.pause_reading(True)
        client.sendall(b"held")
        qtbot.waitUntil(lambda: (pair.inside.kernel_queues()[0] or 0) == 4, timeout=WAIT)
        server.sendall(b"back")  # the other direction still flows
        assert recv_exact(client, 4) == b"back"
        assert nothing_waiting(server)  # nothing came through
        assert pair.inside.bytes_received == 0 and pair.outside.bytes_sent == 0
        pair.inside.pause_reading(False)
        assert recv_exact(server, 4) == b"held"


def test_injection_reaches_each_peer(qtbot, relays, target):
    relay = relays(target.getsockname()[1])
    client, server, pair = connected(qtbot, relay, target)
    with client, server:
        assert pair.inside.send(b"to the client")
        assert recv_exact(client, 13) == b"to the client"
        assert pair.outside.send(b"to the target")
        assert recv_exact(server, 13) == b"to the target"


def test_reset_aborts_the_other_leg(qtbot, relays, target):
    relay = relays(target.getsockname()[1])
    client, server, pair = connected(qtbot, relay, target)
    with client:
        server.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        server.close()  # RST
        qtbot.waitUntil(lambda: not pair.inside.alive and not pair.outside.alive, timeout=WAIT)
        assert pair.inside.state is State.ABORTED
        with pytest.raises(ConnectionResetError):
            client.recv(10)


@pytest.fixture
def http_server(tmp_path):
    (tmp_path / "hello.txt").write_bytes(b"hello through the relay\n" * 100)
    cmd = [sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert proc.stdout is not None
        with selectors.PollSelector() as sel:  # (poll: any descriptor number)
            sel.register(proc.stdout, selectors.EVENT_READ)
            assert sel.select(15), "http.server did not start"
        line = proc.stdout.readline().decode()  # Serving HTTP on 127.0.0.1 port N (…
        yield int(line.split(" port ")[1].split()[0])
    finally:
        proc.kill()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


def run_curl(qtbot, url: str, out: Path) -> bytes:
    """curl's output (headers and body) for ``url``; skipped without curl."""
    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("curl is not installed")
    proc = subprocess.Popen([curl, "-s", "-i", "--max-time", "10", "-o", str(out), url])
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
    assert proc.returncode == 0
    return out.read_bytes()


def test_curl_and_http_server(qtbot, relays, http_server, tmp_path):
    relay = relays(http_server)
    got = run_curl(qtbot, f"http://127.0.0.1:{relay.local_port}/hello.txt", tmp_path / "got")
    pair = relayed(qtbot, relay)
    qtbot.waitUntil(lambda: not pair.inside.alive and not pair.outside.alive, timeout=WAIT)
    request = stream(pair.inside, Recv)
    assert request.startswith(b"GET /hello.txt HTTP/1.1\r\n")
    assert stream(pair.outside, Send) == request  # what curl sent reached the server
    response = stream(pair.outside, Recv)
    assert stream(pair.inside, Send) == response == got  # and what it answered, curl
    assert response.endswith(b"hello through the relay\n" * 100)
