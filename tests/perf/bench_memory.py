"""Benchmark: memory of the window while a flood comes in (RSS growth).

Targets from the capture issue: a 4 GiB transfer grows RSS by at most 150 MB
(every byte on disk and viewable); 4 million recv(16) chunks by at most
100 MB. The raw-Python baseline is a plain recv() loop keeping nothing, in the
same run: its growth is the floor.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_memory.py [case...]
cases: chunks (64 MiB with recv(16): 4 Mi chunks), bulk (4 GiB with recv(65536)).
Not part of CI's pass/fail.
"""

from __future__ import annotations

import gc
import socket
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_flood import spawn_sender
from perfkit import first_connection, rss_mb, until_peer_closed, window_with_server

CASES = {"chunks": (64 << 20, 16), "bulk": (4 << 30, 65536)}


def raw_receiver(total: int, bufsize: int) -> tuple[float, float]:
    before = rss_mb()
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    proc = spawn_sender(ls.getsockname()[1], total)
    conn, _ = ls.accept()
    got, t0 = 0, time.perf_counter()
    while d := conn.recv(bufsize):
        got += len(d)
    dt = time.perf_counter() - t0
    conn.close()
    ls.close()
    proc.wait()
    assert got == total
    return rss_mb() - before, dt


def window_receiver(total: int, bufsize: int) -> tuple[float, float, float, int]:
    from PySide6.QtCore import QEventLoop, QTimer

    from socket_playground.core import spool

    app, w, lst = window_with_server(bufsize)
    spool.set_default_cap(None)  # every byte on disk (the connection is made later)
    gc.collect()
    before, peak = rss_mb(), [0.0]
    sampler = QTimer()
    sampler.timeout.connect(lambda: peak.__setitem__(0, max(peak[0], rss_mb())))
    sampler.start(50)
    proc = spawn_sender(lst.local_port, total)
    conn, _pane = first_connection(app, w, lst)
    t0 = time.perf_counter()
    until_peer_closed(conn)
    dt = time.perf_counter() - t0
    proc.wait()
    spool.shared_writer().flush()
    conn.store.settle()
    for _ in range(5):  # let the views and the collector settle
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    gc.collect()
    sampler.stop()
    after = rss_mb()
    assert conn.bytes_received == total, (conn.bytes_received, total)
    assert conn.spool.readable(0) == total
    # the first and the last byte are viewable
    assert len(conn.store.retained(0, 1)) == 1
    assert len(conn.store.retained(total - 1, total)) == 1
    rows = conn.recv_calls
    w.close()
    for s in list(w.sessions):
        s.dispose()
    return after - before, max(peak[0], after) - before, dt, rows


def main() -> None:
    names = sys.argv[1:] or list(CASES)
    for name in names:
        total, bufsize = CASES[name]
        raw_growth, raw_dt = raw_receiver(total, bufsize)
        growth, peak, dt, rows = window_receiver(total, bufsize)
        print(
            f"{name}: {total >> 20} MiB with recv({bufsize}), {rows:,} recv() rows in "
            f"{dt:.1f} s (raw loop {raw_dt:.1f} s) | RSS growth after {growth:.0f} MB, "
            f"peak {peak:.0f} MB (raw loop {raw_growth:.0f} MB)"
        )


if __name__ == "__main__":
    main()
