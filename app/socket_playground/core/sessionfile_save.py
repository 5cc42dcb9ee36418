"""Saving a session: every socket's record and kept bytes in one SQLite file.

:func:`save_session` writes a temporary file (mode 0600) in the target's
folder, in one transaction, and renames it over the target: a reader never
sees half a file. The bytes are streamed from each socket's spool in blocks
of 1 MiB; no stream is held in memory whole. Call it on the thread that
adds events to the logs (the GUI thread): it reads them as they are.

No Qt: plain Python.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .clock import START
from .events import Address, Direction
from .record import SocketLog
from .sessionfile_codec import encode
from .sessionfile_schema import APP_NAME, APPLICATION_ID, BLOCK_SIZE, DDL, SCHEMA_VERSION
from .spool import Spool
from .state import ROLES


@dataclass(frozen=True)
class SocketSource:
    """What a session file keeps of one socket."""

    id: int
    role: str
    host: str
    port: int
    local_addr: Address | None
    peer_addr: Address | None
    parent_id: int | None
    t0_ns: int
    log: SocketLog
    spool: Spool | None

    @classmethod
    def of(cls, session: Any) -> SocketSource:
        """From a ``workers.session.Session`` (or anything with its attributes)."""
        parent = getattr(session, "parent_session", None)
        return cls(
            id=int(session.id),
            role=str(session.role),
            host=str(session.host),
            port=int(session.port),
            local_addr=session.local_addr,
            peer_addr=session.peer_addr,
            parent_id=None if parent is None else int(parent.id),
            t0_ns=int(session.t0_ns),
            log=session.log,
            spool=session.spool,
        )


def save_session(
    path: str | os.PathLike[str], sockets: Sequence[SocketSource], app_version: str
) -> None:
    """Write every socket of a session to ``path`` (replaced atomically).
    The meta table keeps the clock pair of the run that recorded them (their
    logs' ``wall_clock``), so their times have a wall clock when read back;
    none when that is not known (a file of an older version saved again)."""
    ids = [s.id for s in sockets]
    if len(set(ids)) != len(ids):
        raise ValueError("socket ids must be unique")
    for s in sockets:
        if s.role not in ROLES:
            raise ValueError(f"unknown role {s.role!r}")
    for s in sockets:  # every byte handed over is on disk
        if s.spool is not None:
            s.spool.flush()
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, 0o600)
        _write(tmp, sockets, app_version)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # the rename itself, on disk
        dfd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def _write(tmp: Path, sockets: Sequence[SocketSource], app_version: str) -> None:
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.execute("PRAGMA page_size = 65536")  # fewer overflow pages per 1 MiB block
        conn.execute("PRAGMA journal_mode = OFF")  # a new file, renamed once complete
        conn.execute("PRAGMA synchronous = OFF")  # one fsync() at the end instead
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
        conn.execute("BEGIN")
        for ddl in DDL:
            conn.execute(ddl)
        created = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        clock = sockets[0].log.wall_clock if sockets else START
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("schema_version", str(SCHEMA_VERSION)),
                ("app", APP_NAME),
                ("app_version", str(app_version)),
                ("created", created),
                *(clock.meta() if clock is not None else ()),
            ],
        )
        for s in sockets:
            _write_socket(conn, s)
        conn.execute("COMMIT")
    finally:
        conn.close()


def _write_socket(conn: sqlite3.Connection, s: SocketSource) -> None:
    store = s.log.store
    rows = ((s.id, i, *row) for i, row in enumerate(store.chunk_rows()))
    conn.executemany("INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)", _event_rows(s))
    kept, sha = [0, 0], ["", ""]
    for d in Direction:
        blocks = _Blocks(s, d)
        conn.executemany("INSERT INTO blocks VALUES (?, ?, ?, ?)", blocks.rows())
        kept[d], sha[d] = blocks.kept, blocks.sha256()
    conn.execute(
        "INSERT INTO sockets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            s.id,
            s.role,
            s.host,
            s.port,
            _addr(s.local_addr),
            _addr(s.peer_addr),
            s.parent_id,
            s.t0_ns,
            store.total[Direction.IN],
            store.total[Direction.OUT],
            store.calls[Direction.IN],
            store.calls[Direction.OUT],
            kept[Direction.IN],
            kept[Direction.OUT],
            None if s.spool is None else s.spool.cap,
            sha[Direction.IN],
            sha[Direction.OUT],
        ),
    )


def _event_rows(s: SocketSource) -> Iterator[tuple[int, int, int, str, int, int, str]]:
    for i, ev in enumerate(s.log.events):
        kind, fields = encode(ev)
        yield (s.id, i, ev.seq, kind, ev.t_start, ev.t_end, fields)


def _addr(a: Address | None) -> str | None:
    if a is None:
        return None
    return json.dumps(a if isinstance(a, str) else list(a), separators=(",", ":"))


class _Blocks:
    """One direction's kept bytes as ``blocks`` rows: from the spool, or,
    without one, from memory when the store still holds the whole stream."""

    def __init__(self, s: SocketSource, d: int) -> None:
        self.s, self.d = s, d
        self.kept = 0
        self._sha: Any = None  # hashed here only without a spool

    def sha256(self) -> str:
        sp = self.s.spool
        if sp is not None:
            return sp.sha256(self.d)
        return self._sha.hexdigest() if self._sha is not None else ""

    def rows(self) -> Iterator[tuple[int, int, int, bytes]]:
        for i, block in enumerate(self._pieces()):
            self.kept += len(block)
            yield (self.s.id, self.d, i, block)

    def _pieces(self) -> Iterator[bytes]:
        sp, store, d = self.s.spool, self.s.log.store, self.d
        total = store.total[d]
        if sp is not None:
            kept = min(sp.readable(d), total)
            for off in range(0, kept, BLOCK_SIZE):
                block = sp.read(d, off, min(BLOCK_SIZE, kept - off))
                if block:
                    yield block
                if len(block) < min(BLOCK_SIZE, kept - off):
                    return  # the capture file went away: keep what was read
            return
        if store.dropped:
            return  # the start of the stream left memory: nothing whole to keep
        self._sha = hashlib.sha256()
        buf = bytearray()
        for direction, start, size in zip(store.direction, store.combined, store.size, strict=True):
            if direction == d and size:
                data = store.retained(start, start + size)
                self._sha.update(data)
                buf += data
                while len(buf) >= BLOCK_SIZE:
                    yield bytes(buf[:BLOCK_SIZE])
                    del buf[:BLOCK_SIZE]
        if buf:
            yield bytes(buf)
