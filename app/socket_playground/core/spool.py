"""Every byte of a socket on disk: one append-only file per direction.

The GUI thread hands each batch of chunks to :meth:`Spool.append`; one
writer thread for the whole process (:class:`SpoolWriter`) writes them and
updates a SHA-256 per direction. The hash covers every byte, also past the
per-direction cap, beyond which bytes are counted and hashed but not written.
Files are created readable by the user only (0600).

:meth:`Spool.readable` says how many bytes of a direction are on disk; the
capture store drops bytes from memory only once they are there, and reads
them back with :meth:`Spool.read` when a view asks.

No Qt, no sockets: plain files and threads.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import threading
from contextlib import AbstractContextManager
from pathlib import Path
from types import EllipsisType

from .chunk_index import Block, Loaded, read_block
from .clock import START
from .events import Event
from .sessionfile_codec import encode
from .spool_writer import SpoolWriter, shared_writer, stop_shared_writer

__all__ = [
    "DEFAULT_CAP",
    "EMPTY_SHA256",
    "Spool",
    "SpoolWriter",
    "shared_writer",
    "stop_shared_writer",
]

DEFAULT_CAP = 1 << 30  # bytes kept per direction (1 GiB); None: no limit
EMPTY_SHA256 = hashlib.sha256().hexdigest()
JOIN_BELOW = 16 << 10  # average chunk size under which a batch is joined first
IOV_MAX = 512  # writev() takes at most this many buffers (a run has at most 512)

_root: Path | None = None
_enabled = True
_default_cap: int | None = DEFAULT_CAP


def set_default_cap(cap: int | None) -> None:
    """Bytes kept per direction for sockets made from now on (None: no limit)."""
    global _default_cap
    _default_cap = None if cap is None else max(0, int(cap))


def default_cap() -> int | None:
    return _default_cap


def set_enabled(on: bool) -> None:
    """Capture new sockets on disk (the default), or not (a benchmark's
    baseline: then only the in-memory window is kept and nothing is hashed)."""
    global _enabled
    _enabled = bool(on)


def capture_enabled() -> bool:
    return _enabled


_root_lock = threading.Lock()


def set_capture_root(path: str | os.PathLike[str]) -> Path:
    """Where this run's captures go (a folder of its own is made inside)."""
    global _root
    with _root_lock:
        base = Path(path)
        base.mkdir(parents=True, exist_ok=True, mode=0o700)
        _root = Path(tempfile.mkdtemp(prefix=f"run-{os.getpid()}-", dir=base))
        return _root


def capture_root() -> Path:
    """This run's capture folder (a temporary one unless set)."""
    global _root
    with _root_lock:
        if _root is None:
            _root = Path(tempfile.mkdtemp(prefix="socket-playground-capture-"))
        return _root


def remove_capture_root() -> None:
    """Remove this run's capture folder (a normal exit)."""
    global _root
    with _root_lock:
        if _root is not None:
            shutil.rmtree(_root, ignore_errors=True)
            _root = None


class Spool:
    def __init__(
        self,
        name: str,
        cap: int | EllipsisType | None = ...,
        directory: Path | None = None,
        writer: SpoolWriter | None = None,
    ) -> None:
        self.directory = directory or capture_root()
        self.cap = _default_cap if cap is ... else cap
        self.paths = [self.directory / f"{name}-in.bin", self.directory / f"{name}-out.bin"]
        self.index_path = self.directory / f"{name}-index.bin"
        self.events_path = self.directory / f"{name}-events.jsonl"  # the other events
        self.meta_path = self.directory / f"{name}-meta.json"  # what the socket is
        # the files are made by the disk writer when it first writes (creating
        # files is slow on some file systems: not on the GUI thread)
        self._fds: list[int] | None = None
        self._index_fd = -1
        self._index_end = 0
        self.index_error = ""  # the index could not be written: columns stay in memory
        self._written = [0, 0]  # bytes on disk per direction
        self._hashed = [0, 0]  # bytes hashed per direction (every byte)
        self._queued = [0, 0]  # bytes handed over per direction
        self._sha = [hashlib.sha256(), hashlib.sha256()]
        self.error = ""  # a write that failed (disk full): later bytes are not kept
        self._writer = writer or shared_writer()
        self._closed = False

    # -- GUI thread -----------------------------------------------------------------------
    def append(self, direction: int, datas: list[bytes], block: Block | None = None) -> None:
        """Queue chunks of one direction, in stream order, and their numbers
        for the chunk index (``block``)."""
        n = sum(map(len, datas))
        if (n or block is not None) and not self._closed:
            self._queued[direction] += n
            self._writer.put(self, direction, datas, n, block)

    def batch(self) -> AbstractContextManager[None]:
        """What is appended within goes to the writer thread in one hand-over."""
        return self._writer.batch()

    def note_event(self, ev: Event) -> None:
        """Queue one of the socket's other events (not a chunk) for its events
        file, in the order of the chunks around it."""
        if not self._closed:
            self._writer.put_event(self, ev)

    def write_meta(self, meta: dict[str, object]) -> None:
        """What the socket is (role, addresses, ids), for a recovery after a
        crash (written by the disk writer, replaced whole), with this run's
        clock pair (the real time of its stamps, ``core/clock.py``)."""
        if not self._closed:
            self._writer.put_event(self, dict(START.meta()) | dict(meta))

    def readable(self, direction: int) -> int:
        """Bytes of ``direction`` on disk (from stream offset 0)."""
        return self._written[direction]

    def hashed(self, direction: int) -> int:
        return self._hashed[direction]

    def caught_up(self) -> bool:
        return self._hashed == self._queued

    def kept_limit(self, direction: int) -> int | None:
        """Stream offset from which ``direction``'s bytes are not kept (the cap
        was reached, or a write failed); None while every byte is kept."""
        if self.error or (self.cap is not None and self._queued[direction] > self.cap):
            return self._written[direction] if self.error else self.cap
        return None

    def read(self, direction: int, offset: int, n: int) -> bytes:
        """Bytes [offset, offset + n) of one direction, as far as on disk."""
        n = max(0, min(n, self._written[direction] - offset))
        if n == 0 or self._closed or self._fds is None:
            return b""
        return os.pread(self._fds[direction], n, offset)

    def read_block(self, pos: int) -> Loaded:
        """A segment's block of the chunk index, written by the disk writer."""
        return read_block(self._index_fd, pos)

    def sha256(self, direction: int) -> str:
        """Lowercase hex SHA-256 of every byte hashed so far."""
        return self._sha[direction].copy().hexdigest()

    def flush(self) -> None:
        """Wait until every byte handed over so far is written and hashed."""
        self._writer.flush()

    def close(self, remove: bool = True) -> None:
        if self._closed:
            return
        self._writer.flush()
        self._closed = True
        for fd in [*(self._fds or []), self._index_fd]:
            if fd >= 0:
                os.close(fd)
        if remove:
            for p in [*self.paths, self.index_path, self.events_path, self.meta_path]:
                with contextlib.suppress(OSError):
                    p.unlink()

    # -- writer thread ------------------------------------------------------------------
    def _open(self) -> bool:
        """Make the files (once); False when they cannot be made (nothing is
        kept then; bytes are still counted and hashed)."""
        if self._fds is not None:
            return True
        flags = os.O_RDWR | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
        fds: list[int] = []
        try:
            for p in [*self.paths, self.index_path]:
                fds.append(os.open(p, flags, 0o600))
        except OSError as e:
            for fd in fds:
                os.close(fd)
            self.error = self.index_error = f"{type(e).__name__}: {e}"
            self._fds = []
            return False
        self._index_fd = fds.pop()
        self._fds = fds
        return True

    def _write_note(self, item: Event | dict[str, object]) -> None:
        if isinstance(item, dict):
            self._write_meta(item)
        else:
            self._write_event(item)

    def _write_meta(self, meta: dict[str, object]) -> None:
        if self._closed:
            return
        self._open()  # the files too, now: a socket's descriptors are all taken at its start
        tmp = self.meta_path.with_name(self.meta_path.name + ".tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
            try:
                os.write(fd, json.dumps(meta, separators=(",", ":")).encode())
            finally:
                os.close(fd)
            os.replace(tmp, self.meta_path)
        except OSError as e:
            self.index_error = f"{type(e).__name__}: {e}"

    def _write_all(self, direction: int, parts: list[bytes]) -> None:
        """writev() the buffers; a short write is finished in order."""
        assert self._fds, "written only once the files are made"
        fd = self._fds[direction]
        done = os.writev(fd, parts)
        self._written[direction] += done
        want = sum(map(len, parts))
        if done < want:
            view = memoryview(b"".join(parts))[done:]
            while view:
                n = os.write(fd, view)
                self._written[direction] += n
                view = view[n:]

    def _write(self, direction: int, datas: list[bytes], block: Block | None = None) -> None:
        if self._closed:
            return
        self._open()
        if block is not None:  # before the bytes: a block's previews say what is not kept
            self._write_block(block, datas)
        nbytes = sum(map(len, datas))
        sha = self._sha[direction]
        # large chunks are hashed and written as they are (no copy); small ones
        # joined first: one hash update and one write() instead of hundreds
        parts = datas if nbytes >= JOIN_BELOW * len(datas) else [b"".join(datas)]
        for d in parts:
            sha.update(d)  # (hashlib locks the object itself against copy())
        room = None if self.cap is None else self.cap - self._written[direction]
        if room is not None and nbytes > room:
            parts = _clip(parts, max(0, room))
        if parts and not self.error:
            try:
                for i in range(0, len(parts), IOV_MAX):
                    self._write_all(direction, parts[i : i + IOV_MAX])
            except OSError as e:
                self.error = f"{type(e).__name__}: {e}"
        self._hashed[direction] += sum(map(len, datas))

    def _write_event(self, ev: Event) -> None:
        if self._closed or self.index_error:
            return
        try:
            kind, fields = encode(ev)
        except ValueError:
            return  # a kind session files do not keep
        line = json.dumps([kind, ev.seq, ev.t_start, ev.t_end, fields], separators=(",", ":"))
        try:
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC
            fd = os.open(self.events_path, flags, 0o600)
            try:
                os.write(fd, line.encode() + b"\n")
            finally:
                os.close(fd)
        except OSError as e:
            self.index_error = f"{type(e).__name__}: {e}"

    def _write_block(self, block: Block, datas: list[bytes]) -> None:
        end = self._hashed[block.direction] + sum(map(len, datas))
        past_cap = bool(self.error) or (self.cap is not None and end > self.cap)
        if self.index_error:
            return
        buf = block.pack(datas, previews=past_cap)
        try:
            n = os.pwrite(self._index_fd, buf, self._index_end)
            while n < len(buf):
                n += os.pwrite(self._index_fd, buf[n:], self._index_end + n)
        except OSError as e:
            self.index_error = f"{type(e).__name__}: {e}"
            return
        block.entry.pos = self._index_end
        self._index_end += len(buf)


def _clip(parts: list[bytes], n: int) -> list[bytes]:
    """The first ``n`` bytes of ``parts``."""
    out: list[bytes] = []
    for p in parts:
        if n <= 0:
            break
        out.append(p[:n])
        n -= len(out[-1])
    return out
