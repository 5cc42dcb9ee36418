"""Measure: kernel queue sizes at the moment a writer blocks.

A receiver pauses reading; the sender's send() fills the receiver's receive
queue, then its own send queue, then would block. Prints both queues (FIONREAD
on the receiver, SIOCOUTQ on the sender) at that moment, for the default
buffers and for a small SO_RCVBUF on the receiver.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/measure_queues.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "app"))


def main() -> None:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop

    from socket_playground.workers.session import Session, stop_sessions

    app = QCoreApplication.instance() or QCoreApplication([])

    def spin(cond, ms=10000) -> bool:
        t = QElapsedTimer()
        t.start()
        while not cond() and t.elapsed() < ms:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return cond()

    for label, opts in (
        ("default buffers", {}),
        ("receiver SO_RCVBUF=4096", {"SO_RCVBUF": 4096}),
        ("both 4096", {"SO_RCVBUF": 4096, "SO_SNDBUF": 4096}),
    ):
        lst = Session("listener", options={k: v for k, v in opts.items() if k == "SO_RCVBUF"})
        lst.start()
        spin(lambda lst=lst: lst.local_port)
        sender = Session(
            "client",
            port=lst.local_port,
            options={k: v for k, v in opts.items() if k == "SO_SNDBUF"},
        )
        sender.start()
        spin(lambda lst=lst, sender=sender: lst.children and sender.state.value == "connected")
        receiver = lst.children[0]
        receiver.pause_reading(True)
        sender.send(b"z" * (64 << 20))
        spin(lambda sender=sender: sender.writer_waiting)
        # let the queues settle: both sides stop changing
        last = None
        for _ in range(50):
            now = (receiver.kernel_queues()[0], sender.kernel_queues()[1])
            if now == last:
                break
            last = now
            spin(lambda: False, 20)
        rx, tx = last
        ro, so = receiver.option_values(), sender.option_values()
        print(
            f"{label}: receiver queue {rx:,} B (SO_RCVBUF reads {ro['SO_RCVBUF']:,}), "
            f"sender queue {tx:,} B (SO_SNDBUF reads {so['SO_SNDBUF']:,}), "
            f"send() calls before blocking {sender.send_calls}, "
            f"bytes sent {sender.bytes_sent:,}"
        )
        stop_sessions([lst, sender, receiver])


if __name__ == "__main__":
    main()
