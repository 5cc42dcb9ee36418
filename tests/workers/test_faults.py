"""The fault suite: real sockets on loopback, each scenario bounded in count
and time. After each, no socket thread is left, the open descriptors are back
to where they were, and no loop failed (``LoopFailed``: an exception that
escaped a worker loop)."""

from __future__ import annotations

import hashlib
import os
import random
import socket
import struct
import threading
from collections.abc import Callable, Iterator

import pytest

from socket_playground.core import spool
from socket_playground.core.events import LoopFailed, State
from socket_playground.net.context import HIGH_WATER
from socket_playground.net.reader import RUN_BYTES
from socket_playground.workers.session import Session, stop_sessions

from .conftest import session_maker, stop_all, wait_state

SESSION_THREAD = ("listener-", "client-", "accepted-")

# no Qt warning, and no exception escaping a plain Python thread
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning"),
]


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _thread_names() -> list[str]:
    names = []
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/comm") as f:
                names.append(f.read().strip())
        except OSError:
            pass  # ended meanwhile
    return names


@pytest.fixture
def clean(qtbot) -> Iterator[Callable[..., Session]]:
    """Make sessions; afterwards every one is stopped and removed (capture
    files too), and threads and descriptors are checked against the start."""
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc to count descriptors and threads")
    spool.shared_writer()._ensure_thread()  # the disk writer is the program's, not a test's
    fds0, threads0 = _fds(), len(_thread_names())
    made: list[Session] = []
    yield session_maker(made)
    stop_all(made)
    for s in made:
        assert not [ev for ev in s.log.events if isinstance(ev, LoopFailed)]
    for s in made:
        s.dispose()
    spool.shared_writer().flush()
    # (an OS thread may outlive QThread.wait() by a moment)
    qtbot.waitUntil(
        lambda: not [n for n in _thread_names() if n.startswith(SESSION_THREAD)], timeout=5000
    )
    qtbot.waitUntil(lambda: _fds() <= fds0, timeout=5000)  # (a closed QThread's wake-up goes soon)
    # (shown with -s: the figures for a closing note)
    print(f"[descriptors {fds0} -> {_fds()}, threads {threads0} -> {len(_thread_names())}]")


def _listener(qtbot, make, **kw) -> Session:
    lst = make("listener", host="127.0.0.1", port=0, **kw)
    lst.start()
    wait_state(qtbot, lst, State.LISTENING)
    return lst


def _child(qtbot, lst: Session, n: int = 1) -> Session:
    qtbot.waitUntil(lambda: len(lst.children) >= n, timeout=5000)
    return lst.children[n - 1]


def _abort(sock: socket.socket) -> None:
    """close() with SO_LINGER 0: the kernel sends RST."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


# -- resets --------------------------------------------------------------------------------


def test_a_reset_while_we_receive_stays_aborted(qtbot, clean):
    lst = _listener(qtbot, clean)
    peer = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    srv = _child(qtbot, lst)
    peer.sendall(b"x" * 100_000)
    qtbot.waitUntil(lambda: srv.bytes_received == 100_000, timeout=5000)
    _abort(peer)
    wait_state(qtbot, srv, State.ABORTED)
    assert srv.last_error == "ECONNRESET"
    srv.pause_reading(True)  # nothing later makes it look healthy
    srv.pause_reading(False)
    assert srv.state is State.ABORTED and not srv.can_send


def test_a_reset_while_we_send(qtbot, clean):
    lst = _listener(qtbot, clean)
    peer = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    srv = _child(qtbot, lst)
    assert srv.send_repeat(b"y" * 65536, 0, 0)  # endless: the writer is sending
    qtbot.waitUntil(lambda: srv.bytes_sent > 1_000_000, timeout=5000)
    _abort(peer)  # unread data and RST
    qtbot.waitUntil(lambda: srv.state in (State.ABORTED, State.ERROR), timeout=5000)
    assert srv.last_error in ("ECONNRESET", "EPIPE")
    qtbot.waitUntil(lambda: srv.ctx.writer_done or srv.ctx.closed, timeout=5000)


def test_the_peer_closes_while_our_writer_is_blocked(qtbot, clean):
    lst = _listener(qtbot, clean)
    peer = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    srv = _child(qtbot, lst)
    assert srv.send(b"z" * (32 << 20))  # far more than both buffers: send() blocks
    qtbot.waitUntil(lambda: srv.writer_waiting, timeout=5000)
    peer.close()  # with unread data: RST
    qtbot.waitUntil(lambda: srv.state in (State.ABORTED, State.ERROR), timeout=5000)
    assert not srv.writer_waiting or srv.ctx.writer_done


# -- connecting ---------------------------------------------------------------------------


def test_connection_refused(qtbot, clean):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    cli = clean("client", host="127.0.0.1", port=port)
    cli.start()
    wait_state(qtbot, cli, State.ERROR)
    assert cli.last_error == "ECONNREFUSED"


def _full_backlog() -> tuple[socket.socket, list[socket.socket]]:
    """A listener that never accepts, its accept queue full."""
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(0)
    fillers = []
    for _ in range(8):  # bounded: Linux keeps backlog + 1 in the queue
        c = socket.socket()
        c.setblocking(False)
        if c.connect_ex(ls.getsockname()) not in (0, 115):  # EINPROGRESS
            c.close()
            break
        fillers.append(c)
    return ls, fillers


def test_a_full_backlog_that_never_accepts_times_out(qtbot, clean):
    ls, fillers = _full_backlog()
    try:
        cli = clean("client", host="127.0.0.1", port=ls.getsockname()[1], connect_timeout=1.0)
        cli.start()
        wait_state(qtbot, cli, State.ERROR, timeout=10_000)
        assert cli.last_error in ("ETIMEDOUT", "TimeoutError")
    finally:
        for c in fillers:
            c.close()
        ls.close()


# -- stopping from every blocking point -----------------------------------------------------


def test_stop_while_connecting(qtbot, clean):
    ls, fillers = _full_backlog()
    try:
        cli = clean("client", host="127.0.0.1", port=ls.getsockname()[1], connect_timeout=30.0)
        cli.start()
        wait_state(qtbot, cli, State.CONNECTING)
        stop_sessions([cli])  # blocked in connect(): stops at once
        assert not cli.alive
    finally:
        for c in fillers:
            c.close()
        ls.close()


def test_stop_while_accepting_receiving_sending_and_sending_a_file(qtbot, clean, tmp_path):
    lst = _listener(qtbot, clean)
    peers = [socket.create_connection(("127.0.0.1", lst.local_port), timeout=5) for _ in range(3)]
    idle, sender, filer = (_child(qtbot, lst, n) for n in (1, 2, 3))
    assert sender.send(b"s" * (32 << 20))  # nobody reads: blocked in send()
    path = tmp_path / "big.bin"
    path.write_bytes(os.urandom(1 << 20) * 32)
    assert filer.send_file(str(path))
    qtbot.waitUntil(lambda: sender.writer_waiting and filer.writer_waiting, timeout=10_000)
    assert idle.state is State.CONNECTED  # blocked in recv()
    stop_sessions([lst, idle, sender, filer])  # lst: blocked waiting to accept()
    for s in (lst, idle, sender, filer):
        assert not s.alive
    for p in peers:
        p.close()


def test_stop_a_flood_of_fifty_clients(qtbot, clean):
    lst = _listener(qtbot, clean, backlog=64)
    peers = [socket.create_connection(("127.0.0.1", lst.local_port), timeout=5) for _ in range(50)]
    for p in peers:
        p.sendall(b"hello " * 1000)
    qtbot.waitUntil(lambda: len(lst.children) == 50, timeout=10_000)
    stop_sessions([lst, *lst.children])
    assert not any(s.alive for s in [lst, *lst.children])
    for p in peers:
        p.close()


def test_a_thousand_rapid_connect_close_cycles(qtbot, clean):
    lst = _listener(qtbot, clean, backlog=128)
    for _ in range(1000):
        socket.create_connection(("127.0.0.1", lst.local_port), timeout=5).close()
    qtbot.waitUntil(lambda: len(lst.children) == 1000, timeout=30_000)
    qtbot.waitUntil(lambda: all(c.state is State.PEER_CLOSED for c in lst.children), timeout=30_000)
    # each freed its threads at the peer's FIN: only the sockets stay, half-open
    qtbot.waitUntil(
        lambda: len([n for n in _thread_names() if n.startswith("accepted-")]) < 50,
        timeout=10_000,
    )


# -- floods and integrity -------------------------------------------------------------------


def _flood_without_reading(port: int, result: dict, total: int) -> None:
    """A peer that sends and never reads, until send() makes no progress for 3 s."""
    c = socket.create_connection(("127.0.0.1", port), timeout=10)
    c.settimeout(3)
    block = b"\xab" * 65536
    sent = 0
    try:
        while sent < total:
            sent += c.send(block)
    except TimeoutError:
        pass  # held back: nobody reads what we get back, so nobody reads us
    finally:
        result["sent"] = sent
        result["sock"] = c  # kept open: closed by the test


def test_echo_to_a_peer_that_never_reads_is_held_back_by_tcp(qtbot, clean):
    flood = 96 << 20  # well past HIGH_WATER plus both kernels' buffers
    lst = _listener(qtbot, clean)
    lst.echo = True
    result: dict = {}
    peer = threading.Thread(target=_flood_without_reading, args=(lst.local_port, result, flood))
    peer.start()
    try:
        qtbot.waitUntil(lambda: not peer.is_alive(), timeout=60_000)
        child = lst.children[0]
        # the reader waits for send room without holding back the record
        qtbot.waitUntil(lambda: child.ctx._marks["recv"] is None, timeout=5000)
        assert result["sent"] < flood  # the peer was held back ...
        # ... and what waits in the program to be sent stays bounded
        assert child.ctx.queued <= HIGH_WATER + RUN_BYTES
        assert child.bytes_received < result["sent"]
    finally:
        peer.join(timeout=30)
        if "sock" in result:
            result["sock"].close()


def test_64_mib_with_random_send_sizes_and_pauses_arrives_whole(qtbot, clean):
    total = 64 << 20
    rng = random.Random(1234)
    data = rng.randbytes(total)
    lst = _listener(qtbot, clean)
    sent_hash = hashlib.sha256()
    peer = socket.create_connection(("127.0.0.1", lst.local_port), timeout=10)
    srv = _child(qtbot, lst)
    done = threading.Event()

    def send() -> None:
        view, i = memoryview(data), 0
        while i < total:  # bounded: every call moves at least one byte
            n = min(rng.choice((1, 7, 100, 1460, 4096, 65536, 1 << 20)), total - i)
            i += peer.send(view[i : i + n])
            if rng.random() < 0.002:
                threading.Event().wait(0.002)  # a pause now and then
        sent_hash.update(data)
        peer.shutdown(socket.SHUT_WR)
        done.set()

    t = threading.Thread(target=send)
    t.start()
    qtbot.waitUntil(done.is_set, timeout=60_000)
    t.join()
    wait_state(qtbot, srv, State.PEER_CLOSED, timeout=30_000)
    spool.shared_writer().flush()
    srv.drain()
    assert srv.bytes_received == total
    assert srv.log.sha256(0) == sent_hash.hexdigest()  # every byte hashed ...
    assert srv.spool is not None and srv.spool.readable(0) == total  # ... and on disk
    got = hashlib.sha256()
    for off in range(0, total, 8 << 20):
        got.update(srv.spool.read(0, off, 8 << 20))
    assert got.hexdigest() == sent_hash.hexdigest()
    peer.close()


def test_a_half_open_peer_is_reported_by_keepalive():
    """The peer vanishes without FIN or RST (its interface goes down, in a
    network namespace of the test's own); with keepalive on, recv() fails
    with ETIMEDOUT once the probes go unanswered."""
    import json
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    if not (shutil.which("unshare") and shutil.which("ip")):
        pytest.skip("needs unshare and ip (util-linux, iproute2)")
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("no unprivileged network namespace here: " + probe.stderr.decode()[:200])
    child = Path(__file__).with_name("halfopen_child.py")
    done = subprocess.run(
        ["unshare", "-rn", sys.executable, str(child)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["state"] == "error" and result["errno"] == "ETIMEDOUT", result
    assert result["stopped"]
    assert "Traceback" not in done.stderr


def test_no_new_writer_thread_without_a_descriptor_for_it(qtbot, clean):
    """A writer that ended after the peer's FIN needs a new thread to send
    again, and the thread a descriptor: with none to spare, the send is
    refused (before: GLib ended the program, exit 133)."""
    import resource

    from socket_playground.net import descriptors

    lst = _listener(qtbot, clean)
    peer = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    srv = _child(qtbot, lst)
    peer.shutdown(socket.SHUT_WR)
    wait_state(qtbot, srv, State.PEER_CLOSED)
    qtbot.waitUntil(lambda: srv.ctx.writer_parked, timeout=5000)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    threads = len(srv._threads)
    try:  # exactly the reserve left: not one more for a thread
        resource.setrlimit(resource.RLIMIT_NOFILE, (descriptors.open_count() + 48, hard))
        descriptors.budget.forget()
        assert not srv.send(b"x")
        assert len(srv._threads) == threads
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
        descriptors.budget.forget()
    assert srv.send(b"x")  # with descriptors to spare it goes
    assert peer.recv(1) == b"x"
    peer.close()
