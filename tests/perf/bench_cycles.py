"""Benchmark: 1000 connect/close cycles from another process to a listener in
the window.

The peer connects, sends a line and closes, N times, one after the other.
Measured: how long after the peer ends the window has caught up (every
connection listed and seen closed by its peer), RSS growth, and the threads
still running. Baseline in the same run: the peer against a plain Python
accept loop that reads each connection to its end (its duration).

Targets (the scale issue): caught up <= 2 s after the peer ends; RSS back
within 50 MB of the start.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_cycles.py [N]
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
from perfkit import line_from, rss_mb, threads_now, window_with_server

PEER = r"""
import socket, sys, time
port, n = int(sys.argv[1]), int(sys.argv[2])
t0 = time.perf_counter()
for i in range(n):
    c = socket.create_connection(("127.0.0.1", port))
    c.sendall(b"hello %d\n" % i)
    c.close()
print(f"{time.perf_counter() - t0:.3f}", flush=True)
"""


def run_peer(port: int, n: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", PEER, str(port), str(n)], stdout=subprocess.PIPE)


def raw(n: int) -> float:
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(128)

    def serve() -> None:
        for _ in range(n):
            c, _a = ls.accept()
            while c.recv(4096):
                pass
            c.close()

    t = threading.Thread(target=serve)
    t.start()
    p = run_peer(ls.getsockname()[1], n)
    assert p.stdout is not None
    took = float(p.stdout.readline())
    p.wait()
    t.join()
    ls.close()
    return took


def window(n: int) -> None:
    from PySide6.QtCore import QEventLoop

    perfkit.app()
    base_threads = threads_now()
    app, w, lst = window_with_server(size=(1280, 720), backlog=128)
    pane = w.panes[lst]
    app.processEvents()
    before = rss_mb()
    p = run_peer(lst.local_port, n)
    line = line_from(p)  # the GUI runs a real event loop while the peer works
    t_peer_end = time.perf_counter()
    peer_took = float(line)
    p.wait()
    deadline = time.perf_counter() + 600

    def caught_up() -> bool:
        rows = pane.connections.sessions
        return len(rows) == n and all(s.state.value == "peer-closed" for s in rows)

    while not caught_up() and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    behind = time.perf_counter() - t_peer_end
    grew = rss_mb() - before
    threads = threads_now() - base_threads
    w.close()
    print(
        f"window: peer took {peer_took:.2f} s; caught up {behind:.2f} s after it ended "
        f"({len(pane.connections.sessions)} listed) | RSS +{grew:.0f} MB | {threads} threads "
        "still running"
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(f"raw accept loop: the peer's {n} cycles took {raw(n):.2f} s")
    window(n)


if __name__ == "__main__":
    main()
