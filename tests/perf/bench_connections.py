"""Benchmark: 1000 connections to a listener in the window.

Another process connects N clients and keeps them open. Measured: time from
the peer having connected all of them until the listener lists all; GUI
lateness (a 10 ms timer) and process CPU over 3 s with all of them idle; RSS
growth; time to close all; threads left after. Baseline in the same run: a
plain Python accept() loop taking the same N connections (time after the peer
is done, RSS growth).

Targets (the scale issue): all listed <= 2 s; idle CPU <= 5 %; idle lateness
p99 <= 16 ms; RSS <= 400 MB; close-all <= 1 s; threads back to baseline.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_connections.py [N]
Not part of CI's pass/fail.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import perfkit
from perfkit import pct, rss_mb, threads_now, window_with_server

PEER = r"""
import socket, sys
port, n = int(sys.argv[1]), int(sys.argv[2])
conns = [socket.create_connection(("127.0.0.1", port)) for _ in range(n)]
print("CONNECTED", flush=True)
sys.stdin.read()  # until told to end
"""


def peer(port: int, n: int) -> subprocess.Popen:
    p = subprocess.Popen(
        [sys.executable, "-c", PEER, str(port), str(n)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    return p


def wait_line(p: subprocess.Popen) -> float:
    assert p.stdout is not None
    line = p.stdout.readline()
    assert line.strip() == b"CONNECTED", line
    return time.perf_counter()


def raw(n: int) -> tuple[float, float]:
    before = rss_mb()
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(n)
    got: list[socket.socket] = []
    done = threading.Event()

    def accept_all() -> None:
        while len(got) < n:
            got.append(ls.accept()[0])
        done.set()

    t = threading.Thread(target=accept_all)
    t.start()
    p = peer(ls.getsockname()[1], n)
    t_peer = wait_line(p)
    done.wait(60)
    after = time.perf_counter() - t_peer
    grew = rss_mb() - before
    assert p.stdin is not None
    p.stdin.close()
    p.wait()
    for c in got:
        c.close()
    ls.close()
    t.join()
    return after, grew


def window(n: int) -> None:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    perfkit.app()
    base_threads = threads_now()
    app, w, lst = window_with_server(size=(1280, 720), backlog=n)
    pane = w.panes[lst]
    before = rss_mb()
    p = peer(lst.local_port, n)
    t_peer = wait_line(p)
    deadline = time.perf_counter() + 120
    while pane.connections.rowCount() < n and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    listed = time.perf_counter() - t_peer
    rows = pane.connections.rowCount()
    settle = QEventLoop()  # the new connections' first events drained: then idle
    QTimer.singleShot(1000, settle.quit)
    settle.exec()
    # idle: a 10 ms timer's lateness and the process's CPU over 3 s
    late: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        late.append((now - last[0]) / 1e6 - 10.0)
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    cpu0, t0 = time.process_time(), time.perf_counter()
    timer.start(10)
    last[0] = clock.nsecsElapsed()
    loop = QEventLoop()
    QTimer.singleShot(3000, loop.quit)
    loop.exec()
    timer.stop()
    cpu = (time.process_time() - cpu0) / (time.perf_counter() - t0)
    grew = rss_mb() - before
    threads_busy = threads_now() - base_threads
    t0 = time.perf_counter()
    w.close_all_sockets()
    closed = time.perf_counter() - t0
    assert p.stdin is not None
    p.stdin.close()
    p.wait()
    w.close()
    app.processEvents()
    threads_left = threads_now() - base_threads
    print(
        f"window: {rows}/{n} listed {listed:.2f} s after the peer | idle CPU {cpu:.1%}, "
        f"lateness p50 {pct(late, 0.5):.1f} ms p99 {pct(late, 0.99):.1f} ms | RSS +{grew:.0f} MB"
        f" | {threads_busy} threads while open | close all {closed:.2f} s | threads left "
        f"{threads_left}"
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    after, grew = raw(n)
    print(f"raw accept loop: {n} accepted {after:.3f} s after the peer, RSS +{grew:.0f} MB")
    window(n)


if __name__ == "__main__":
    main()
