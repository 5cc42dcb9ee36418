"""Python's cyclic garbage collection, on the GUI thread only.

CPython runs a collection in whichever thread happens to allocate when a
generation's counter passes its threshold: with socket loops in QThreads that
is usually a loop thread. A collection there can free Qt objects (a closed
pane's session, a connection's lambda) and run their C++ destructors off the
GUI thread, taking Qt's signal-slot locks while holding the GIL, while the
GUI thread holds one of those locks in ``connect()`` and waits for the GIL: a
deadlock (seen as a test hung in ``ConnectionPane.__init__``; measured before
this guard: 12 automatic collections in loop threads during the UI tests,
2,687 objects freed there).

So automatic collection is turned off, and a timer on the GUI thread runs the
collection CPython would have run, by the same counters and thresholds
(the pattern of GitFourchette's ``gcHint`` and Camelot's ``GarbageCollector``).
Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc
import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

log = logging.getLogger(__name__)

INTERVAL_MS = 100

_guard: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    """Collects, on its timer, the oldest generation past its threshold."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.collections = [0, 0, 0]  # run by this guard, per generation
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()
        gc.disable()

    @Slot()
    def collect_due(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for gen in (2, 1, 0):
            if thresholds[gen] and counts[gen] > thresholds[gen]:
                gc.collect(gen)
                self.collections[gen] += 1
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def install() -> GuiThreadCollector | None:
    """Turn automatic collection off and collect on the GUI thread instead
    (idempotent; call it on the GUI thread once a QCoreApplication exists).
    Without an application there is no event loop to run the timer, and
    collection stays automatic."""
    global _guard
    app = QCoreApplication.instance()
    if _guard is not None or app is None:
        return _guard
    if threading.current_thread() is not threading.main_thread():
        log.warning("gc guard not installed: not called on the GUI thread")
        return None
    _guard = GuiThreadCollector(app)
    _guard.destroyed.connect(_forget)
    return _guard


def _forget() -> None:
    global _guard
    _guard = None
    gc.enable()
