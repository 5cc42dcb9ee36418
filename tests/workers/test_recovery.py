"""Nothing lost on a crash: a process capturing a transfer is killed with
SIGKILL; its capture folder, recovered into a session file, holds a prefix
of the stream (every byte that reached the disk, never garbage) with the
socket's calls."""

import hashlib
import os
import random
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from socket_playground.core import events as ev
from socket_playground.core.clock import START, WallClock
from socket_playground.core.recovery import interrupted_runs, recover
from socket_playground.core.sessionfile import open_session

APP = Path(__file__).resolve().parents[2] / "app"
READY_BYTES = 2 << 20  # on disk in the victim before it is killed
LIMIT = 128 << 20  # the most the sender sends

VICTIM = r"""
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from socket_playground.core import spool
spool.set_capture_root(sys.argv[2])
from socket_playground.workers.session import Session
cli = Session("client", host="127.0.0.1", port=int(sys.argv[3]))
cli.set_bufsize(int(sys.argv[4]))
said = []
def check(_batch):
    if not said and cli.spool.readable(0) >= int(sys.argv[5]):
        said.append(1)
        print("READY", flush=True)
cli.changed.connect(check)
cli.start()
app.exec()
"""


def pattern(n: int) -> bytes:
    """Random bytes, a different MiB at every MiB (a shifted copy never matches)."""
    return b"".join(random.Random(k).randbytes(1 << 20) for k in range(n >> 20))


@pytest.mark.parametrize("bufsize", [1000, 65536])
def test_sigkill_during_a_transfer_then_recovery(tmp_path, bufsize):
    base = tmp_path / "captures"
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    ls.settimeout(10)
    port = ls.getsockname()[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    victim = subprocess.Popen(
        [
            sys.executable,
            "-c",
            VICTIM,
            str(APP),
            str(base),
            str(ls.getsockname()[1]),
            str(bufsize),
            str(READY_BYTES),
        ],
        stdout=subprocess.PIPE,
        env=env,
    )
    stream = pattern(LIMIT)
    sent = [0]
    conn = None
    try:
        conn, _ = ls.accept()
        conn.settimeout(10)

        def send() -> None:  # random send() sizes until the victim is gone
            rng = random.Random(3)
            try:
                while sent[0] < LIMIT:
                    n = min(rng.randint(1, 200_000), LIMIT - sent[0])
                    conn.sendall(stream[sent[0] : sent[0] + n])
                    sent[0] += n
            except OSError:
                pass

        sender = threading.Thread(target=send)
        sender.start()
        with selectors.DefaultSelector() as sel:  # (any fd number, unlike select())
            sel.register(victim.stdout, selectors.EVENT_READ)
            ready = sel.select(60)
        assert ready and victim.stdout.readline().strip() == b"READY"
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(timeout=30)
        conn.close()
        sender.join(timeout=30)
        assert not sender.is_alive()
    finally:
        if victim.poll() is None:
            victim.kill()
            victim.wait(timeout=30)
        victim.stdout.close()
        ls.close()

    runs = interrupted_runs(base)
    assert len(runs) == 1 and runs[0].pid == victim.pid and runs[0].sockets == 1
    target = tmp_path / "recovered.sps"
    assert recover(runs[0], target, "test") == 1
    sf = open_session(target)
    try:
        info = sf.sockets[0]
        assert info.role == "client" and info.peer_addr[1] == port
        kept = info.kept(0)
        assert READY_BYTES <= kept <= sent[0]
        got = sf.read(info.id, 0, 0, kept)
        assert got == stream[:kept]  # a prefix, never garbage
        assert info.sha256_in == hashlib.sha256(got).hexdigest()
        chunks = list(sf.iter_chunks(info.id))
        assert sum(c.size for c in chunks if c.direction == 0) == kept == info.total(0)
        assert all(0 < c.size <= bufsize for c in chunks)
        seqs = [c.seq for c in chunks]
        assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
        kinds = [type(e) for e in sf.events(info.id)]
        assert kinds[:3] == [ev.SocketCall, ev.ConnectStarted, ev.Connect]
        clock = WallClock.from_meta(sf.meta)  # the killed run's pair: its wall clock
        assert clock is not None and clock != START
        first = sf.events(info.id)[0].t_start
        assert abs(clock.wall(first) - time.time_ns()) < 120 * 10**9
    finally:
        sf.close()
    assert interrupted_runs(base, own=runs[0].path) == []  # this run's folder is not offered
    empty = base / f"run-{victim.pid}-empty"  # killed before it made a socket
    empty.mkdir()
    assert [r.path for r in interrupted_runs(base, own=runs[0].path)] == []
    assert not empty.exists()
