"""A half-open peer, for ``test_faults.py``: run inside a network namespace of
its own (``unshare -rn``), where taking the loopback interface down makes the
peer vanish without FIN or RST, as a machine that lost power does.

A client session of ours with keepalive on (probes after 1 s idle, 1 s apart,
2 unanswered) is connected to a plain peer; then ``lo`` goes down. Prints one
JSON line: the session's state and error, and how long detection took.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "app"))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop

from socket_playground.core import spool
from socket_playground.core.events import State
from socket_playground.workers.session import Session, stop_sessions

KEEPALIVE = {"SO_KEEPALIVE": 1, "TCP_KEEPIDLE": 1, "TCP_KEEPINTVL": 1, "TCP_KEEPCNT": 2}


def main() -> int:
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    spool.set_enabled(False)
    app = QCoreApplication([])
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    cli = Session("client", host="127.0.0.1", port=ls.getsockname()[1], options=KEEPALIVE)
    cli.start()
    peer, _ = ls.accept()

    def until(cond, ms: int) -> bool:
        clock = QElapsedTimer()
        clock.start()
        while not cond() and clock.elapsed() < ms:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return bool(cond())

    until(lambda: cli.state is State.CONNECTED, 5000)
    subprocess.run(["ip", "link", "set", "lo", "down"], check=True)  # the peer vanishes
    t0 = time.monotonic()
    until(lambda: cli.state in (State.ERROR, State.ABORTED), 20_000)
    took = time.monotonic() - t0
    result = {"state": cli.state.value, "errno": cli.last_error, "seconds": round(took, 1)}
    stop_sessions([cli])
    result["stopped"] = not cli.alive
    print(json.dumps(result), flush=True)
    peer.close()
    ls.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
