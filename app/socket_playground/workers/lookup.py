"""A form's look-ahead: which family a name will get (getaddrinfo's order),
asked off the GUI thread (a lookup can wait for DNS).

The lookup runs in a short-lived daemon thread that only fills a box; a
GUI-side timer looks into the box while one is pending, so nothing is ever
emitted from that thread (the form may be gone when DNS answers).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..net.connector import FAMILY_WORDS, lookup, scope_exists
from ..net.unix import check as unix_check

POLL_MS = 40
__all__ = ["HostLookup", "scope_exists", "unix_check"]


class HostLookup(QObject):
    """``ask(host, family)``; ``answered(host, family, answers)`` follows,
    ``answers`` a list of ("ipv4"/"ipv6", address text) in getaddrinfo's
    order ([] when the lookup failed). Only the latest question is answered."""

    answered = Signal(str, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._box: dict[str, object] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def ask(self, host: str, family: str) -> None:
        box: dict[str, object] = {"host": host, "family": family}
        done = threading.Event()
        box["done"] = done

        def run() -> None:
            try:
                found = lookup(host, 0, family)
                box["answers"] = [(FAMILY_WORDS[f], str(a[0])) for f, a in found]
            except Exception:  # any failure: no answer (the socket's own lookup says why)
                box["answers"] = []
            done.set()

        self._box = box
        threading.Thread(target=run, name="getaddrinfo-hint", daemon=True).start()
        self._timer.start()

    def cancel(self) -> None:
        self._box = None
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._box is not None

    @Slot()
    def _poll(self) -> None:
        box = self._box
        if box is None:
            self._timer.stop()
            return
        done = box["done"]
        assert isinstance(done, threading.Event)
        if not done.is_set():
            return
        self.cancel()
        self.answered.emit(str(box["host"]), str(box["family"]), box["answers"])
