"""The program under a low open-file limit, driven over stdin by
``test_descriptors.py`` (a separate process: the limit is per process).

Commands, one per line; each answers with one JSON line of status:
``status``; ``wait-short`` (until the listener shows EMFILE); ``wait-more N``
(until more than N connections are listed); ``fill`` (open /dev/null until
not one more socket can be afforded); ``connect`` (Connect pressed);
``unfill``; ``close-all`` (every accepted connection closed); ``quit``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "app"))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSocketNotifier
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox

from socket_playground.core import spool
from socket_playground.net import descriptors
from socket_playground.ui.main_window import MainWindow
from socket_playground.workers.session import descriptor_shortage, stop_sessions

DEADLINE_MS = 30_000


def main() -> int:
    spool.set_capture_root(Path(sys.argv[1]))
    app = QApplication([])
    w = MainWindow()
    w.show()
    w.findChild(QSpinBox, "serverBacklogSpin").setValue(200)
    lst = w.start_server()
    assert lst is not None

    def until(cond) -> bool:
        clock = QElapsedTimer()
        clock.start()
        while not cond():
            if clock.elapsed() > DEADLINE_MS:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return True

    until(lambda: lst.local_port)
    accepted = lambda: [s for s in w.sessions if s.role == "accepted"]  # noqa: E731

    def shown() -> list[str]:
        return [x.text() for x in w.findChildren(QLabel, "errorExplanation") if x.isVisibleTo(w)]

    def status(**extra) -> None:
        label = w.findChild(QLabel, "errorExplanation")
        explanation = shown()
        print(
            json.dumps(
                {
                    "port": lst.local_port,
                    "state": lst.state.value,
                    "errno": lst.last_error,
                    "explanation": explanation,
                    "accepted": len(accepted()),
                    "fds": descriptors.open_count(),
                    "limit": descriptors.limit(),
                    "label": label is not None,
                    **extra,
                }
            ),
            flush=True,
        )

    status()
    filler: list[int] = []
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    loop = QEventLoop()
    notifier.activated.connect(loop.quit)
    while True:
        loop.exec()
        cmd, *args = sys.stdin.readline().split() or ["quit"]
        if cmd == "wait-short":
            # (the pane shows it at its next refresh)
            status(ok=until(lambda: any(t.startswith("EMFILE") for t in shown())))
        elif cmd == "wait-more":
            more_than = int(args[0])
            status(ok=until(lambda n=more_than: len(accepted()) > n))
        elif cmd == "fill":
            descriptors.budget.forget()
            while not descriptor_shortage() and len(filler) < descriptors.limit():
                filler.append(os.open(os.devnull, os.O_RDONLY))
                descriptors.budget.forget()
            status(filled=len(filler))
        elif cmd == "unfill":
            for fd in filler:
                os.close(fd)
            filler.clear()
            descriptors.budget.forget()
            status()
        elif cmd == "connect":
            s = w.connect_client()
            status(started=s is not None, form=w.form_error.text())
        elif cmd == "close-all":
            stop_sessions(accepted())  # their sockets and threads go; the captures stay
            status()
        elif cmd == "status":
            status()
        else:
            stop_sessions(list(w.sessions))
            w.close()
            spool.stop_shared_writer()
            return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
