"""Session files (``.sps``): every socket of a session in one SQLite file.

:func:`save_session` (in :mod:`.sessionfile_save`) writes one;
:func:`open_session` reads one back: the sockets' table at once, events,
chunks and bytes when asked (opening never reads the bytes). The schema is
in :mod:`.sessionfile_schema`, the events' JSON in :mod:`.sessionfile_codec`.

A session file is untrusted data. It is opened read-only; the header, the
version, the tables and their columns are checked first, every value is
checked before use (types, ranges, sizes), nothing from it is evaluated, and
any failure is a :class:`SessionFileError` with a ``code`` and one line of
text, never another exception.

No Qt: plain Python.
"""

from __future__ import annotations

import collections
import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from .events import Event, Recv, Send
from .order import merge_by_seq
from .sessionfile_codec import decode
from .sessionfile_rows import (
    Chunk,
    SocketInfo,
    check_header,
    chunk_row,
    fail,
    int_value,
    socket_info,
    text_value,
)
from .sessionfile_save import SocketSource, save_session
from .sessionfile_schema import (
    APP_NAME,
    APPLICATION_ID,
    BLOCK_SIZE,
    CHUNK_COLUMNS,
    MAX_CHUNK,
    MAX_FIELDS_JSON,
    MAX_INT,
    MAX_META_ROWS,
    MAX_SOCKETS,
    PAGE,
    SCHEMA_VERSION,
    SOCKET_COLUMNS,
    TABLES,
    SessionFileError,
)
from .udp_events import DATAGRAM_KINDS

__all__ = [
    "Chunk",
    "SessionFile",
    "SessionFileError",
    "SocketInfo",
    "SocketSource",
    "open_session",
    "save_session",
]

_CACHED_BLOCKS = 8  # 1 MiB each: both directions of a few sockets read in turn


def open_session(path: str | os.PathLike[str]) -> SessionFile:
    """Open a session file for reading (fast: no bytes are read)."""
    return SessionFile(Path(path))


class SessionFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._blocks: collections.OrderedDict[tuple[int, int, int], bytes]
        self._blocks = collections.OrderedDict()
        check_header(path)
        try:
            uri = path.resolve().as_uri() + "?mode=ro"
            self._conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        except (sqlite3.Error, ValueError, OSError) as e:
            raise fail("unreadable", f"{path}: cannot open ({e})") from None
        try:
            with self._guard():
                self.meta = self._check_schema()
                self.sockets = self._read_sockets()
        except BaseException:
            self.close()
            raise
        self._by_id = {s.id: s for s in self.sockets}

    # -- opening ----------------------------------------------------------------------
    @contextlib.contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection]:
        """Any failure of SQLite or of a value check as a SessionFileError."""
        if self._conn is None:
            raise fail("unreadable", f"{self.path}: the session file is closed")
        try:
            yield self._conn
        except SessionFileError as e:
            raise SessionFileError(e.code, f"{self.path}: {e}") from None
        except (sqlite3.Error, ValueError, TypeError, OverflowError, RecursionError) as e:
            text = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise fail("corrupt", f"{self.path}: damaged session file ({text})") from None

    def _check_schema(self) -> dict[str, str]:
        conn = self._conn
        assert conn is not None
        for pragma in ("query_only = ON", "trusted_schema = OFF", "cell_size_check = ON"):
            conn.execute(f"PRAGMA {pragma}")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT type, name FROM sqlite_master LIMIT 1000").fetchall()
        tables = {name for kind, name in objects if kind == "table"}
        if app_id != APPLICATION_ID or not set(TABLES) <= tables:
            raise fail("foreign", "not a session file (an SQLite database of something else)")
        if type(version) is not int or version > SCHEMA_VERSION:
            raise fail(
                "newer",
                f"made by a newer version (schema {version}; this program reads "
                f"{SCHEMA_VERSION}): update Socket Playground",
            )
        if version != SCHEMA_VERSION:
            raise fail("foreign", f"unknown session file schema {version}")
        if any(kind in ("view", "trigger") for kind, _name in objects):
            raise fail("foreign", "a session file holds no views or triggers")
        for table, columns in TABLES.items():
            found = tuple(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
            if found != columns:
                raise fail("foreign", f"the table {table} has other columns")
        meta: dict[str, str] = {}
        rows = conn.execute("SELECT name, value FROM meta LIMIT ?", (MAX_META_ROWS + 1,))
        for name, value in rows.fetchall():
            meta[text_value(name)] = text_value(value)
        if len(meta) > MAX_META_ROWS:
            raise fail("corrupt", "too many meta rows")
        if meta.get("app") != APP_NAME or meta.get("schema_version") != str(version):
            raise fail("corrupt", "the meta table does not match the file's version")
        return meta

    def _read_sockets(self) -> list[SocketInfo]:
        conn = self._conn
        assert conn is not None
        cols = ", ".join(SOCKET_COLUMNS)
        rows = conn.execute(f"SELECT {cols} FROM sockets ORDER BY id LIMIT {MAX_SOCKETS + 1}")
        out: list[SocketInfo] = []
        for r in rows.fetchall():
            if len(out) >= MAX_SOCKETS:
                raise fail("corrupt", "too many sockets")
            info = socket_info(r)
            if info.kept_in > info.bytes_in or info.kept_out > info.bytes_out:
                raise fail("corrupt", f"socket {info.id} keeps more bytes than it moved")
            out.append(info)
        ids = {s.id for s in out}
        if any(s.parent_id is not None and s.parent_id not in ids for s in out):
            raise fail("corrupt", "a socket's parent is not in the file")
        return out

    # -- reading ----------------------------------------------------------------------
    def socket(self, socket_id: int) -> SocketInfo:
        info = self._by_id.get(socket_id) if type(socket_id) is int else None
        if info is None:
            ids = ", ".join(str(s.id) for s in self.sockets[:20]) or "none"
            raise fail("no-socket", f"no socket {socket_id} in {self.path} (sockets: {ids})")
        return info

    def events(self, socket_id: int) -> list[Event]:
        """The socket's events other than its chunks, in sequence order."""
        self.socket(socket_id)
        with self._guard() as conn:
            rows = conn.execute(
                "SELECT kind, seq, t_start, t_end, length(fields),"
                " CASE WHEN length(fields) <= ? THEN fields END"
                " FROM events WHERE socket = ? ORDER BY seq, idx",
                (MAX_FIELDS_JSON, socket_id),
            )
            out: list[Event] = []
            for kind, seq, t0, t1, n, fields in rows:
                if fields is None:
                    raise fail("corrupt", f"an event's fields are too large ({n})")
                out.append(decode(kind, seq, t0, t1, fields))
            return out

    def has_kind(self, socket_id: int, kind: str) -> bool:
        """Whether the socket's events hold one of ``kind`` (an event class's
        name, as saved), without reading them."""
        self.socket(socket_id)
        with self._guard() as conn:
            query = "SELECT 1 FROM events WHERE socket = ? AND kind = ? LIMIT 1"
            return conn.execute(query, (socket_id, kind)).fetchone() is not None

    def chunk_count(self, socket_id: int) -> int:
        self.socket(socket_id)
        with self._guard() as conn:
            n = conn.execute("SELECT count(*) FROM chunks WHERE socket = ?", (socket_id,))
            return int_value(n.fetchone()[0])

    def chunks(self, socket_id: int, start: int, stop: int) -> list[Chunk]:
        """Chunks with index in [start, stop), in order."""
        info = self.socket(socket_id)
        start, stop = max(0, int(start)), min(int(stop), MAX_INT)
        if stop <= start:
            return []
        with self._guard() as conn:
            rows = conn.execute(
                f"SELECT {', '.join(CHUNK_COLUMNS[1:])} FROM chunks"
                " WHERE socket = ? AND idx >= ? AND idx < ? ORDER BY idx",
                (socket_id, start, stop),
            )
            return [chunk_row(info, r) for r in rows]

    def chunk_scan(self, socket_id: int) -> Iterator[tuple[int, int, int, int, int, int, int]]:
        """Every chunk of the socket in order as (direction, asked, size,
        waited_ns, t_end - t_start, seq, t_start), checked only for what
        opening needs (a view's rows are checked whole when read): one pass
        in SQLite's order, no objects made per row."""
        self.socket(socket_id)
        with self._guard() as conn:
            lo, hi, n = conn.execute(
                "SELECT min(idx), max(idx), count(*) FROM chunks WHERE socket = ?", (socket_id,)
            ).fetchone()
            if n and (lo != 0 or hi != n - 1):
                raise fail("corrupt", f"{self.path}: chunk rows of socket {socket_id} are missing")
            rows = conn.execute(
                "SELECT direction, asked, size, waited_ns, t_end - t_start, seq, t_start"
                " FROM chunks WHERE socket = ? ORDER BY idx",
                (socket_id,),
            )
            while True:  # bounded: each page is rows not read before
                page = rows.fetchmany(PAGE)
                for r in page:
                    if r[0] not in (0, 1) or type(r[2]) is not int or not 0 <= r[2] <= MAX_CHUNK:
                        raise fail("corrupt", f"{self.path}: a damaged chunk row")
                yield from page
                if len(page) < PAGE:
                    return

    def iter_chunks(self, socket_id: int) -> Iterator[Chunk]:
        """Every chunk of the socket in order, read a page at a time."""
        self.socket(socket_id)
        start = 0
        while True:  # bounded: each page moves start past the rows it read
            page = self.chunks(socket_id, start, start + PAGE)
            for ch in page:
                if ch.index != start:
                    raise fail("corrupt", f"{self.path}: chunk {start} is missing")
                start += 1
                yield ch
            if len(page) < PAGE:
                return

    def ordered(self, socket_id: int) -> Iterator[Event]:
        """Every event in sequence order, each chunk as a Recv or Send with
        its bytes (``kept`` False, no data, when they are not in the file), as
        ``SocketLog.ordered()`` yields them."""
        events = self.events(socket_id)
        # UDP: a datagram's event (peer, size) is kept apart from its bytes
        dg = {ev.seq: ev for ev in events if isinstance(ev, DATAGRAM_KINDS) and not ev.errno}

        def event_of(ch: Chunk) -> Event:
            ev = self.chunk_event(socket_id, ch)
            d = dg.get(ch.seq)
            return ev if d is None else replace(d, data=ev.data, kept=ev.kept)

        life = [ev for ev in events if ev.seq not in dg] if dg else events
        return merge_by_seq(life, self.iter_chunks(socket_id), lambda ch: ch.seq, event_of)

    def chunk_event(self, socket_id: int, ch: Chunk) -> Recv | Send:
        data = self.read(socket_id, ch.direction, ch.offset, ch.size)
        kept = len(data) == ch.size
        if not kept:
            data = b""
        if ch.direction:
            return Send(
                ch.seq, ch.t_start, ch.t_end, offered=ch.asked, sent=ch.size, data=data, kept=kept
            )
        return Recv(
            ch.seq, ch.t_start, ch.t_end, bufsize=ch.asked, data=data, nbytes=ch.size, kept=kept
        )

    def read(self, socket_id: int, direction: int, offset: int, n: int) -> bytes:
        """Bytes [offset, offset + n) of a direction, as far as the file keeps them."""
        info = self.socket(socket_id)
        if direction not in (0, 1):
            raise ValueError(f"direction must be 0 or 1, not {direction!r}")
        if offset < 0:
            raise ValueError(f"offset must not be negative, not {offset!r}")
        end = min(offset + max(0, n), info.kept(direction))
        parts: list[bytes] = []
        pos = offset
        while pos < end:  # bounded: each block moves pos forward
            idx, lo = divmod(pos, BLOCK_SIZE)
            block = self._block(info, direction, idx)
            piece = block[lo : lo + end - pos]
            parts.append(piece)
            pos += len(piece)
        return b"".join(parts)

    def _block(self, info: SocketInfo, direction: int, idx: int) -> bytes:
        key = (info.id, direction, idx)
        block = self._blocks.get(key)
        if block is not None:
            self._blocks.move_to_end(key)
            return block
        want = min(BLOCK_SIZE, info.kept(direction) - idx * BLOCK_SIZE)
        with self._guard() as conn:
            row = conn.execute(
                "SELECT typeof(data), length(data),"
                " CASE WHEN typeof(data) = 'blob' AND length(data) = ? THEN data END"
                " FROM blocks WHERE socket = ? AND direction = ? AND idx = ?",
                (want, info.id, direction, idx),
            ).fetchone()
        if row is None or row[2] is None or len(row[2]) != want:
            raise fail("corrupt", f"{self.path}: bytes of socket {info.id} are missing")
        block = bytes(row[2])
        self._blocks[key] = block
        if len(self._blocks) > _CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    # -- closing ----------------------------------------------------------------------
    def close(self) -> None:
        conn, self._conn = self._conn, None
        self._blocks.clear()
        if conn is not None:
            conn.close()

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
