"""The session file's schema: tables, columns, limits and its one error type.

A session file (``.sps``) is one SQLite database. Its version is in
``PRAGMA user_version`` and in the ``meta`` table; ``PRAGMA application_id``
marks it as ours. Tables:

- ``meta(name, value)``: schema_version, app, app_version, created (UTC, ISO 8601),
  and (since 0.1.0, absent from older files: no new schema version, older
  programs ignore them) ``clock_wall_ns`` and ``clock_monotonic_ns``, one
  moment read on ``time.time_ns()`` and on the events' monotonic clock, which
  gives the times their wall clock (``core/clock.py``);
- ``sockets``: one row per socket (addresses as JSON lists or NULL);
- ``events(socket, idx, seq, kind, t_start, t_end, fields)``: the socket's
  non-chunk events (``SocketLog.events``), ``fields`` a JSON object of the
  event's other fields (bytes as base64, tuples as lists);
- ``chunks(socket, idx, seq, direction, t_start, t_end, asked, size,
  stream_offset, waited_ns)``: one row per recv()/send() chunk;
- ``blocks(socket, direction, idx, data)``: the bytes kept on disk, in blocks
  of :data:`BLOCK_SIZE` (the last one of a direction shorter).

No Qt: plain Python.
"""

from __future__ import annotations

SCHEMA_VERSION = 1
APPLICATION_ID = 0x53505331  # "SPS1"
APP_NAME = "Socket Playground"
SQLITE_MAGIC = b"SQLite format 3\x00"

BLOCK_SIZE = 1 << 20  # bytes per BLOB in the blocks table
MAX_FIELDS_JSON = 8 << 20  # characters of one event's fields
MAX_TEXT = 4096  # host names, addresses, hashes, meta values
MAX_SOCKETS = 100_000
MAX_META_ROWS = 64
MAX_CHUNK = 1 << 31  # bytes in one chunk
MAX_INT = (1 << 63) - 1
PAGE = 4096  # chunk rows read at a time

ERROR_CODES = (
    "missing",  # no such file
    "unreadable",  # the OS refused to read it, or it is no regular file
    "not-sqlite",  # not an SQLite database at all
    "truncated",  # shorter than its own header says
    "foreign",  # SQLite, but not a session file (other tables, other application)
    "newer",  # a later schema version than this program reads
    "corrupt",  # ours, but damaged or with values out of range
    "no-socket",  # a socket number the file does not hold
)


class SessionFileError(Exception):
    """A session file that cannot be read: ``code`` is one of
    :data:`ERROR_CODES`; ``str(error)`` is one line for a person."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message.replace("\n", " "))
        self.code = code


SOCKET_COLUMNS = (
    "id",
    "role",
    "host",
    "port",
    "local_addr",
    "peer_addr",
    "parent_id",
    "t0_ns",
    "bytes_in",
    "bytes_out",
    "calls_in",
    "calls_out",
    "kept_in",
    "kept_out",
    "cap",
    "sha256_in",
    "sha256_out",
)
EVENT_COLUMNS = ("socket", "idx", "seq", "kind", "t_start", "t_end", "fields")
CHUNK_COLUMNS = (
    "socket",
    "idx",
    "seq",
    "direction",
    "t_start",
    "t_end",
    "asked",
    "size",
    "stream_offset",
    "waited_ns",
)
BLOCK_COLUMNS = ("socket", "direction", "idx", "data")

TABLES: dict[str, tuple[str, ...]] = {
    "meta": ("name", "value"),
    "sockets": SOCKET_COLUMNS,
    "events": EVENT_COLUMNS,
    "chunks": CHUNK_COLUMNS,
    "blocks": BLOCK_COLUMNS,
}

DDL = (
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE sockets (
        id INTEGER PRIMARY KEY, role TEXT NOT NULL, host TEXT NOT NULL,
        port INTEGER NOT NULL, local_addr TEXT, peer_addr TEXT, parent_id INTEGER,
        t0_ns INTEGER NOT NULL, bytes_in INTEGER NOT NULL, bytes_out INTEGER NOT NULL,
        calls_in INTEGER NOT NULL, calls_out INTEGER NOT NULL,
        kept_in INTEGER NOT NULL, kept_out INTEGER NOT NULL, cap INTEGER,
        sha256_in TEXT NOT NULL, sha256_out TEXT NOT NULL)""",
    """CREATE TABLE events (
        socket INTEGER NOT NULL, idx INTEGER NOT NULL, seq INTEGER NOT NULL,
        kind TEXT NOT NULL, t_start INTEGER NOT NULL, t_end INTEGER NOT NULL,
        fields TEXT NOT NULL, PRIMARY KEY (socket, idx)) WITHOUT ROWID""",
    """CREATE TABLE chunks (
        socket INTEGER NOT NULL, idx INTEGER NOT NULL, seq INTEGER NOT NULL,
        direction INTEGER NOT NULL, t_start INTEGER NOT NULL, t_end INTEGER NOT NULL,
        asked INTEGER NOT NULL, size INTEGER NOT NULL, stream_offset INTEGER NOT NULL,
        waited_ns INTEGER NOT NULL, PRIMARY KEY (socket, idx)) WITHOUT ROWID""",
    """CREATE TABLE blocks (
        socket INTEGER NOT NULL, direction INTEGER NOT NULL, idx INTEGER NOT NULL,
        data BLOB NOT NULL, PRIMARY KEY (socket, direction, idx))""",
)
