"""Benchmark: echo round trips through a listener in echo mode.

Another process connects and does N round trips of 64 bytes (send, then read
until all 64 came back), timing each. Baseline in the same run: the same
client against a plain Python echo server (a thread per connection, recv then
sendall). Targets (the scale issue): p50 <= 1.15x raw, p99 <= 3x raw.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_echo.py [N]
Not part of CI's pass/fail.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perfkit import line_from, window_with_server

CLIENT = r"""
import json, socket, sys, time
port, n = int(sys.argv[1]), int(sys.argv[2])
c = socket.create_connection(("127.0.0.1", port))
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
msg = b"x" * 64
times = []
for _ in range(n):
    t0 = time.perf_counter_ns()
    c.sendall(msg)
    got = 0
    while got < 64:
        got += len(c.recv(64 - got))
    times.append(time.perf_counter_ns() - t0)
c.close()
times.sort()
print(json.dumps([times[len(times) // 2], times[int(len(times) * 0.99)]]), flush=True)
"""


def client(port: int, n: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CLIENT, str(port), str(n)], stdout=subprocess.PIPE
    )


def raw(n: int) -> tuple[int, int]:
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)

    def serve() -> None:
        c, _ = ls.accept()
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        while data := c.recv(4096):
            c.sendall(data)
        c.close()

    t = threading.Thread(target=serve)
    t.start()
    p = client(ls.getsockname()[1], n)
    assert p.stdout is not None
    p50, p99 = json.loads(p.stdout.readline())
    p.wait()
    t.join()
    ls.close()
    return p50, p99


def window(n: int) -> tuple[int, int]:
    _app, w, lst = window_with_server()
    lst.echo = True  # connections accepted from now on echo what they receive
    p = client(lst.local_port, n)
    line = line_from(p)  # the GUI runs a real event loop meanwhile
    p.wait()
    w.close()
    for s in list(w.sessions):
        s.dispose()
    p50, p99 = json.loads(line)
    return p50, p99


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    r50, r99 = raw(n)
    w50, w99 = window(n)
    print(
        f"echo of 64 B, {n} round trips: raw p50 {r50 / 1e3:.0f} µs p99 {r99 / 1e3:.0f} µs | "
        f"window p50 {w50 / 1e3:.0f} µs ({w50 / r50:.2f}x) p99 {w99 / 1e3:.0f} µs "
        f"({w99 / r99:.2f}x)"
    )


if __name__ == "__main__":
    main()
