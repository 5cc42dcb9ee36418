"""The one thread that writes every socket's capture, in the order handed over
(see :mod:`.spool`). No Qt."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from .chunk_index import Block
    from .events import Event
    from .spool import Spool

BACKLOG_MAX = 64 << 20  # bytes waiting for the writer before the reader is held back


class _Marker:
    """Put on the queue by :meth:`SpoolWriter.flush`: set once reached."""

    def __init__(self) -> None:
        self.done = threading.Event()


_Note: TypeAlias = "Event | dict[str, object]"  # an event, or the socket's meta
_Job: TypeAlias = "tuple[Spool, int, list[bytes], int, Block | None] | tuple[Spool, _Note]"
_Item: TypeAlias = "_Job | list[_Job] | _Marker | None"


class SpoolWriter:
    """One thread writing every spool's batches, in the order handed over."""

    def __init__(self) -> None:
        self._q: queue.Queue[_Item] = queue.Queue()
        self._backlog = 0
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        # batch(): jobs held back and handed over as one item, per thread
        self._held = threading.local()

    @property
    def backlog(self) -> int:
        """Bytes handed over and not written yet."""
        return self._backlog

    def put(
        self, spool: Spool, direction: int, datas: list[bytes], n: int, block: Block | None = None
    ) -> None:
        with self._cond:
            self._backlog += n
        self._hand_over((spool, direction, datas, n, block))

    def put_event(self, spool: Spool, ev: Event | dict[str, object]) -> None:
        self._hand_over((spool, ev))

    def _hand_over(self, job: _Job) -> None:
        held: list[_Job] | None = getattr(self._held, "jobs", None)
        if held is not None:
            held.append(job)
            return
        self._ensure_thread()
        self._q.put(job)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Within it, what this thread hands over goes to the writer as one
        item at the end: one wake-up of the writer thread per GUI drain, not
        one per segment (each wake-up competes with the socket loops for the
        GIL). Nested batches hand over with the outermost."""
        if getattr(self._held, "jobs", None) is not None:
            yield
            return
        jobs: list[_Job] = []
        self._held.jobs = jobs
        try:
            yield
        finally:
            self._held.jobs = None
            if jobs:
                self._ensure_thread()
                self._q.put(jobs)

    def _ensure_thread(self) -> None:
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                # daemon only as a safety net: the program stops it at exit
                self._thread = threading.Thread(
                    target=self._run, name="capture-writer", daemon=True
                )
                self._thread.start()

    def wait_for_room(self, stop: threading.Event) -> None:
        """Block (a reader thread) while the writer is behind by BACKLOG_MAX."""
        with self._cond:
            while self._backlog > BACKLOG_MAX and not stop.is_set():
                self._cond.wait(0.05)

    def flush(self) -> None:
        """Wait until everything handed over so far is written."""
        held: list[_Job] | None = getattr(self._held, "jobs", None)
        if held:  # inside a batch: what it holds goes first
            self._ensure_thread()
            self._q.put(held[:])
            held.clear()
        with self._cond:
            running = self._thread is not None and self._thread.is_alive()
        if running:
            marker = _Marker()
            self._q.put(marker)
            while not marker.done.wait(0.1):
                if self._thread is None or not self._thread.is_alive():
                    return  # nobody is left to reach it

    def stop(self) -> None:
        """End the thread after what is queued (program exit)."""
        with self._cond:
            thread = self._thread
        if thread is not None and thread.is_alive():
            self._q.put(None)
            thread.join()

    def _run(self) -> None:
        while True:
            item = self._q.get()
            if item is None:
                return
            if isinstance(item, _Marker):
                item.done.set()
                continue
            for job in item if isinstance(item, list) else [item]:
                self._do(job)

    def _do(self, job: _Job) -> None:
        if len(job) == 2:
            try:
                job[0]._write_note(job[1])
            except Exception as e:  # a bug must not end the writer
                job[0].index_error = f"{type(e).__name__}: {e}"
            return
        spool, direction, datas, n, block = job
        try:
            spool._write(direction, datas, block)
        except Exception as e:  # a bug must not end the writer: that spool stops
            spool.error = f"{type(e).__name__}: {e}"
        finally:
            with self._cond:
                self._backlog -= n
                self._cond.notify_all()


_shared: SpoolWriter | None = None


def shared_writer() -> SpoolWriter:
    global _shared
    if _shared is None:
        _shared = SpoolWriter()
    return _shared


def stop_shared_writer() -> None:
    if _shared is not None:
        _shared.stop()
