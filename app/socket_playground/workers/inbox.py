"""The hand-over between a socket's loop threads and the GUI thread.

Loops append events to a deque (thread-safe for append/popleft). The GUI is
told with one payload-free callback only when no notification is pending, so a
flood of ``recv()`` results costs one queued Qt signal per drain, not one per
call. Bytes received or sent that the GUI has not taken yet are counted; above
a high-water mark the reader stops calling ``recv()`` (and the writer
``send()``) until the GUI catches up, which keeps memory bounded (TCP's flow
control then slows the peer).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

from ..core.events import Event, RecvRun, Send
from ..net.context import HIGH_WATER, LOW_WATER


def bytes_of(ev: Event) -> int:
    if isinstance(ev, RecvRun):
        return ev.nbytes
    if isinstance(ev, Send):
        return ev.sent
    return 0


class Inbox:
    def __init__(
        self, notify: Callable[[], None], high_water: int = HIGH_WATER, low_water: int = LOW_WATER
    ) -> None:
        self._q: deque[Event] = deque()
        self._cond = threading.Condition(threading.Lock())
        self._pending = False
        self._unread = 0
        # taken by the GUI but held back there until a call in progress
        # returns (the record keeps call order): counted as not taken
        self._held = 0
        self._notify = notify
        self.high_water = high_water
        self.low_water = low_water

    def push(self, ev: Event) -> None:
        """Loop side: queue one event; wake the GUI if it is not woken yet."""
        n = bytes_of(ev)
        self._q.append(ev)
        with self._cond:
            self._unread += n
            if self._pending:
                return
            self._pending = True
        self._notify()

    def take(self) -> list[Event]:
        """GUI side: everything queued so far, in the order it was pushed."""
        with self._cond:
            self._pending = False
        q = self._q
        n = len(q)
        out = [q.popleft() for _ in range(n)]
        taken = sum(map(bytes_of, out))
        if taken:
            with self._cond:
                self._unread -= taken
                if self._unread <= self.low_water:
                    self._cond.notify_all()
        return out

    @property
    def unread(self) -> int:
        return self._unread

    @property
    def held(self) -> int:
        return self._held

    def set_held(self, n: int) -> None:
        """GUI side: the bytes of the events it holds back now."""
        with self._cond:
            self._held = n
            if self._unread + n <= self.low_water:
                self._cond.notify_all()

    def wait_for_room(self, stop: threading.Event) -> None:
        """Reader or writer side: block while the GUI is behind by more than
        high water (bytes received or sent that it has not shown yet: a
        blocking send() that waits for its peer holds back what the reader
        receives meanwhile, and the reader stops there, as a program whose
        buffer is full: TCP's flow control holds the peer)."""
        with self._cond:
            if self._unread + self._held <= self.high_water:
                return
        self._notify()  # the GUI is behind: ask it to drain now, not on its timer
        with self._cond:
            while self._unread + self._held > self.low_water and not stop.is_set():
                self._cond.wait(0.05)

    def wake(self) -> None:
        """Release a loop waiting in :meth:`wait_for_room` (on stop)."""
        with self._cond:
            self._cond.notify_all()
