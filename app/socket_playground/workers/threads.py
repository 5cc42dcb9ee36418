"""The QThreads a socket's loops run in.

A loop is a plain function from ``net/``; :class:`LoopThread` runs it and
turns an exception that escapes it into a :class:`~..core.events.LoopFailed`
event (a loop must never die silently), then clears the loop's sequence mark
so the record is not held back by a loop that is gone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from ..core.events import Event, LoopFailed, next_seq, now_ns

log = logging.getLogger(__name__)

# Threads that did not end in time are kept referenced here: a QThread
# destroyed while running aborts the process.
STRAGGLERS: list[QThread] = []


def _keep_freed_memory() -> None:
    """glibc returns freed heap memory to the OS past 128 KiB at the top of the
    heap. A flood frees and allocates megabytes of recv() results every few
    milliseconds, so that churn costs a page fault per fresh page (measured:
    ~20% of the receive path). Keep freed memory for reuse instead."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-1, 256 * 1024 * 1024)  # M_TRIM_THRESHOLD
        libc.mallopt(-2, 16 * 1024 * 1024)  # M_TOP_PAD
    except (OSError, AttributeError):
        pass  # not glibc: nothing to tune


_keep_freed_memory()

# Threads that did not end in time are kept referenced here: a QThread
# destroyed while running aborts the process.
_STRAGGLERS: list[QThread] = []


class Notifier(QObject):
    ready = Signal()


class LoopThread(QThread):
    """Runs one loop; an exception that escapes it becomes a LoopFailed event."""

    def __init__(
        self,
        target: Callable[[], None],
        name: str,
        push: Callable[[Event], None],
        release: Callable[[], None],
    ) -> None:
        super().__init__()
        self._target = target
        self._push = push
        self._release = release  # clears the loop's sequence mark
        self.setObjectName(name)

    def run(self) -> None:
        try:
            self._target()
        except BaseException as e:  # a loop must never let an exception escape
            log.exception("socket loop %s failed", self.objectName())
            t = now_ns()
            self._push(
                LoopFailed(
                    next_seq(), t, t, thread=self.objectName(), message=f"{type(e).__name__}: {e}"
                )
            )
        finally:
            self._release()
