"""The one thread that writes every socket's capture, in the order handed over
(see :mod:`.spool`). No Qt."""

from __future__ import annotations

import queue
import threading
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
_Item: TypeAlias = (
    "tuple[Spool, int, list[bytes], int, Block | None] | tuple[Spool, _Note] | _Marker | None"
)


class SpoolWriter:
    """One thread writing every spool's batches, in the order handed over."""

    def __init__(self) -> None:
        self._q: queue.Queue[_Item] = queue.Queue()
        self._backlog = 0
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    @property
    def backlog(self) -> int:
        """Bytes handed over and not written yet."""
        return self._backlog

    def put(
        self, spool: Spool, direction: int, datas: list[bytes], n: int, block: Block | None = None
    ) -> None:
        with self._cond:
            self._backlog += n
        self._ensure_thread()
        self._q.put((spool, direction, datas, n, block))

    def put_event(self, spool: Spool, ev: Event | dict[str, object]) -> None:
        self._ensure_thread()
        self._q.put((spool, ev))

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
            if len(item) == 2:
                try:
                    item[0]._write_note(item[1])
                except Exception as e:  # a bug must not end the writer
                    item[0].index_error = f"{type(e).__name__}: {e}"
                continue
            spool, direction, datas, n, block = item
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
