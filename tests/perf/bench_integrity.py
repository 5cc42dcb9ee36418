"""Benchmark (and check): a large transfer with random send() sizes and pauses
from another process into a pane, every byte counted, hashed and on disk.

The sender sends ``MiB`` (default 1024) in pieces of random size (1 B to
1 MiB, a seeded generator) with a short pause now and then, and prints the
SHA-256 of what it sent. The window's received byte count, its SHA-256 of the
stream, and the SHA-256 of the capture file read back must all equal it.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_integrity.py [MiB]
Not part of CI's pass/fail (the 64 MiB version is in tests/workers/test_faults.py).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perfkit import first_connection, line_from, until_peer_closed, window_with_server

SENDER = r"""
import hashlib, random, socket, sys, time
port, total = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(20261203)
block = rng.randbytes(16 << 20)
s = socket.create_connection(("127.0.0.1", port))
h = hashlib.sha256()
sent = calls = 0
sizes = (1, 7, 100, 1460, 4096, 16384, 65536, 1 << 20)
while sent < total:
    n = min(rng.choice(sizes), total - sent)
    at = sent % len(block)
    piece = memoryview(block)[at : at + n]
    k = s.send(piece)
    h.update(piece[:k])
    sent += k
    calls += 1
    if rng.random() < 0.0005:
        time.sleep(0.001)
s.shutdown(socket.SHUT_WR)
print(h.hexdigest(), sent, calls, flush=True)
s.recv(1)  # until the window closes its end
"""


def main() -> None:
    mib = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    total = mib << 20
    from socket_playground.core import spool

    app, w, lst = window_with_server()
    p = subprocess.Popen(
        [sys.executable, "-c", SENDER, str(lst.local_port), str(total)], stdout=subprocess.PIPE
    )
    conn, _pane = first_connection(app, w, lst)
    t0 = time.perf_counter()
    until_peer_closed(conn)
    dt = time.perf_counter() - t0
    digest, sent, calls = line_from(p).decode().split()
    spool.shared_writer().flush()
    conn.drain()
    on_disk = hashlib.sha256()
    for off in range(0, total, 64 << 20):
        on_disk.update(conn.spool.read(0, off, 64 << 20))
    checks = {
        "bytes": conn.bytes_received == int(sent) == total,
        "sha256 in the window": conn.log.sha256(0) == digest,
        "sha256 of the capture file": on_disk.hexdigest() == digest,
    }
    print(
        f"{mib} MiB in {int(calls):,} send() calls of random size, {conn.recv_calls:,} recv() "
        f"calls, {total / dt / 1e6:.0f} MB/s; "
        + ", ".join(f"{k}: {'equal' if ok else 'DIFFERENT'}" for k, ok in checks.items())
    )
    w.close()
    p.wait()
    for s in list(w.sessions):
        s.dispose()
    if not all(checks.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
