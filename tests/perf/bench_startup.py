"""Benchmark: start-up to the window shown.

A process is started and timed from outside until it says its main window
is shown (the program itself: `socket_playground.main.main()`, with the
window's first show reported; then it quits). Baseline in the same run: a
process that starts PySide6 and shows an empty QWidget. Target (the scale
issue): at most 1.0 s.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_startup.py [rounds]
Not part of CI's pass/fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
APP = str(Path(__file__).resolve().parents[2] / "app")

PROGRAM = r"""
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from socket_playground.ui import main_window

shown = main_window.MainWindow.show

def show(self):
    shown(self)
    print("SHOWN", flush=True)
    QTimer.singleShot(0, QApplication.instance().quit)

main_window.MainWindow.show = show
from socket_playground.main import main
sys.exit(main(["--lang", "en"]))
"""

BASELINE = r"""
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.show()
print("SHOWN", flush=True)
"""


def timed(code: str) -> float:
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-c", code, APP], stdout=subprocess.PIPE)
    assert p.stdout is not None
    line = p.stdout.readline()
    dt = time.perf_counter() - t0
    p.wait(timeout=60)
    assert line.strip() == b"SHOWN", line
    return dt


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    timed(PROGRAM)  # warm the file cache
    prog, base = [], []
    for _ in range(rounds):
        prog.append(timed(PROGRAM))
        base.append(timed(BASELINE))
    prog.sort()
    base.sort()
    m = rounds // 2
    print(
        f"start-up to the window shown: median {prog[m]:.2f} s (min {prog[0]:.2f}, max "
        f"{prog[-1]:.2f}) | an empty PySide6 window {base[m]:.2f} s | "
        f"ratio {prog[m] / base[m]:.2f}x"
    )


if __name__ == "__main__":
    main()
