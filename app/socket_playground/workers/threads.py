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

from ..core.events import LoopFailed
from ..net.context import Context
from . import gc_guard

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


class Notifier(QObject):
    ready = Signal()


class LoopThread(QThread):
    """Runs one loop; an exception that escapes it becomes a LoopFailed event."""

    def __init__(self, target: Callable[[], None], name: str, ctx: Context, slot: str) -> None:
        super().__init__()
        gc_guard.install()  # no garbage collection in this thread: see gc_guard
        self._target = target
        self._ctx = ctx
        self._slot = slot  # the loop's sequence mark in ctx
        self.setObjectName(name)

    def run(self) -> None:
        ctx, slot = self._ctx, self._slot
        try:
            self._target()
        except BaseException as e:  # a loop must never let an exception escape
            log.exception("socket loop %s failed", self.objectName())
            # recorded like a call: numbered and marked, so it keeps its place
            seq, t = ctx.begin(slot)
            message = f"{type(e).__name__}: {e}"
            ctx.done(slot, LoopFailed(seq, t, t, thread=self.objectName(), message=message))
        finally:
            ctx.release(slot)
