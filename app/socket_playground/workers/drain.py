"""Taking a socket's events into the GUI thread, in call order.

The loops push events into an :class:`~.inbox.Inbox`; its one payload-free
notification starts a single-shot timer, so the GUI drains at most every
``DRAIN_INTERVAL_MS`` (at once when the reader is held at high water). Each
drain reads the loops' watermark *first*, then takes the inbox, orders what
it took by sequence number (``core/order.py``) and hands on only what is
below the watermark; the rest waits for the next drain.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Slot

from ..core.events import Event
from ..core.order import take_ready
from .inbox import Inbox, bytes_of
from .threads import Notifier

DRAIN_INTERVAL_MS = 16


class Drain(QObject):
    def __init__(
        self,
        watermark: Callable[[], int | None],
        apply: Callable[[list[Event]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._watermark = watermark
        self._apply = apply
        self._held: list[Event] = []  # taken, waiting for a lower seq
        self.ordered_only = True  # False once the loops are gone
        self._notifier = Notifier()
        self._notifier.ready.connect(self._on_ready)
        self.inbox = Inbox(self._notifier.ready.emit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.drain)
        self._since = QElapsedTimer()
        self._since.start()

    @Slot()
    def _on_ready(self) -> None:
        inbox = self.inbox
        if inbox.unread > inbox.high_water:
            wait = 0  # the reader is held back until we drain
        else:
            wait = max(0, DRAIN_INTERVAL_MS - int(self._since.elapsed()))
        if self._timer.isActive() and self._timer.remainingTime() <= wait:
            return
        self._timer.start(wait)

    @Slot()
    def drain(self) -> None:
        self._since.restart()
        # the watermark first: every event below it is in the inbox already
        mark = self._watermark() if self.ordered_only else None
        taken = self.inbox.take()
        if not taken and not self._held:
            return
        ready, self._held = take_ready(self._held + taken, mark)
        self.inbox.set_held(sum(map(bytes_of, self._held)))
        if self._held and not self._timer.isActive():
            self._timer.start(DRAIN_INTERVAL_MS)  # a loop will push soon
        if ready:
            self._apply(ready)
