"""Benchmark: saving and opening a 1 GiB session (262,144 recv(4096) chunks).

Targets from the capture issue: saving at most 5 s, opening in the window at
most 1 s (the views page from the file). Baseline in the same run: copying
the capture's bytes file with shutil.copyfile (what any save must at least do).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_session_file.py [MiB]
Not part of CI's pass/fail.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perfkit import rss_mb

from socket_playground.core.events import RecvRun
from socket_playground.core.record import SocketLog
from socket_playground.core.sessionfile_save import SocketSource, save_session
from socket_playground.core.spool import Spool, SpoolWriter

CHUNK = 4096
BATCH = 256  # chunks a drain hands over


def captured(folder: Path, mib: int) -> tuple[SocketLog, Spool, SpoolWriter]:
    """A receiving socket's record and capture, as a flood leaves them."""
    w = SpoolWriter()
    sp = Spool("s", cap=None, directory=folder, writer=w)
    log = SocketLog("client", t0_ns=0, spool=sp)
    block = os.urandom(CHUNK)
    seq = t = 1
    for b in range(mib * (1 << 20) // (CHUNK * BATCH)):
        seqs = list(range(seq, seq + BATCH))
        starts = list(range(t, t + BATCH))
        ends = [x + 1 for x in starts]
        log.add([RecvRun(seq, t, t + BATCH, bufsize=CHUNK, seqs=seqs, starts=starts,
                         ends=ends, datas=[block] * BATCH)])  # fmt: skip
        seq += BATCH
        t += BATCH
        if b % 64 == 0:
            w.flush()
            log.store.settle()
    w.flush()
    log.store.settle()
    return log, sp, w


def main() -> None:
    mib = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    from PySide6.QtWidgets import QApplication

    from socket_playground.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-session-"))
    try:
        log, sp, w = captured(folder, mib)
        t0 = time.perf_counter()
        shutil.copyfile(sp.paths[0], folder / "copy.bin")
        copy_s = time.perf_counter() - t0
        (folder / "copy.bin").unlink()
        src = SocketSource(1, "client", "127.0.0.1", 1, None, None, None, 0, log, sp)
        t0 = time.perf_counter()
        save_session(folder / "s.sps", [src], "bench")
        save_s = time.perf_counter() - t0
        sp.close()
        w.stop()
        win = MainWindow()
        win.show()
        app.processEvents()
        before = rss_mb()
        t0 = time.perf_counter()
        win.session_menu.open(str(folder / "s.sps"), into=win)
        app.processEvents()
        open_s = time.perf_counter() - t0
        grew = rss_mb() - before
        win.close()
        print(
            f"{mib} MiB, {len(log.store):,} chunks: save {save_s:.2f} s "
            f"({save_s / copy_s:.1f}x a plain copy of the bytes, {copy_s:.2f} s) | "
            f"open in the window {open_s:.2f} s, RSS +{grew:.0f} MB"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
