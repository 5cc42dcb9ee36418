"""Benchmark: a flood from another process into a pane with its views open.

Compares the window's receive path (reader thread -> inbox -> GUI drain ->
capture store -> chunk table, bytes view, timeline) with a plain Python
``recv()`` loop measured in the same run, same buffer size, same sender.
GUI lateness: a 5 ms QTimer on the GUI thread records how late it fires.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_flood.py [MiB] [bufsize...]
Not part of CI's pass/fail.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perfkit import first_connection, pct, until_peer_closed, window_with_server

SENDER = r"""
import socket, sys
port, total = int(sys.argv[1]), int(sys.argv[2])
s = socket.create_connection(("127.0.0.1", port))
block = bytes(range(256)) * 4096          # 1 MiB
sent = 0
while sent < total:
    n = min(len(block), total - sent)
    s.sendall(block[:n])
    sent += n
s.close()
"""


def spawn_sender(port: int, total: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SENDER, str(port), str(total)])


def raw_receiver(total: int, bufsize: int) -> float:
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    proc = spawn_sender(ls.getsockname()[1], total)
    conn, _ = ls.accept()
    got = 0
    t0 = time.perf_counter()
    while True:
        d = conn.recv(bufsize)
        if not d:
            break
        got += len(d)
    dt = time.perf_counter() - t0
    conn.close()
    ls.close()
    proc.wait()
    assert got == total, (got, total)
    return dt


def window_receiver(
    total: int, bufsize: int, capture: bool = True
) -> tuple[float, list[float], int, int]:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from socket_playground.core import spool

    spool.set_enabled(capture)
    app, w, lst = window_with_server(bufsize)
    lateness: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        lateness.append((now - last[0]) / 1e6 - 5.0)
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    proc = spawn_sender(lst.local_port, total)
    conn, pane = first_connection(app, w, lst)
    drains = [0]
    conn.changed.connect(lambda _b: drains.__setitem__(0, drains[0] + 1))
    timer.start(5)
    last[0] = clock.nsecsElapsed()
    t0 = time.perf_counter()
    until_peer_closed(conn)  # a real event loop: the GUI thread sleeps when idle
    dt = time.perf_counter() - t0
    timer.stop()
    proc.wait()
    assert conn.bytes_received == total, (conn.bytes_received, total)
    if capture:  # every byte on disk and hashed, read back whole
        spool.shared_writer().flush()
        assert conn.spool.readable(0) == min(total, conn.spool.cap or total)
        assert conn.store.complete or total > (conn.spool.cap or total)
    assert pane.model.rowCount() == conn.recv_calls
    rows = conn.recv_calls
    w.close()
    for s in list(w.sessions):
        s.dispose()  # the capture files go with the sockets
    return dt, lateness, drains[0], rows


def main() -> None:
    mib = int(sys.argv[1]) if len(sys.argv) > 1 else 256
    sizes = [int(x) for x in sys.argv[2:]] or [65536, 4096]
    rounds = int(os.environ.get("BENCH_ROUNDS", "3"))
    total = mib * 1024 * 1024
    print(f"{mib} MiB from another process, {rounds} alternating rounds, medians")
    for bufsize in sizes:
        raws, wins, offs, lates, info = [], [], [], [], None
        for _ in range(rounds):  # alternate, so machine noise hits all alike
            raws.append(raw_receiver(total, bufsize))
            dt, late, drains, rows = window_receiver(total, bufsize, capture=True)
            wins.append(dt)
            lates.extend(late)
            info = (drains, rows)
            offs.append(window_receiver(total, bufsize, capture=False)[0])
        raw, win = sorted(raws)[rounds // 2], sorted(wins)[rounds // 2]
        ratios = sorted(r / w for r, w in zip(raws, wins, strict=True))
        cost = sorted(o / w for o, w in zip(offs, wins, strict=True))  # capture on vs off
        print(
            f"recv({bufsize}): raw {total / raw / 1e6:6.0f} MB/s | window "
            f"{total / win / 1e6:6.0f} MB/s | ratio median {ratios[rounds // 2]:.2f}x "
            f"(min {ratios[0]:.2f}, max {ratios[-1]:.2f}) | capture on/off throughput "
            f"{cost[rounds // 2]:.2f} (min {cost[0]:.2f}, max {cost[-1]:.2f}) | GUI lateness p50 "
            f"{pct(lates, 0.5):.1f} ms p99 {pct(lates, 0.99):.1f} ms max {max(lates):.1f} ms"
            f" | last round: {info[0]} drains for {info[1]} recv() rows"
        )


if __name__ == "__main__":
    main()
