"""The session file's rows as checked values: sockets, chunks, the header.

Every value read from a session file passes one of these checks (type, range,
size) before it is used; a failure is a :class:`SessionFileError`. No Qt.
"""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .events import Address
from .sessionfile_schema import MAX_CHUNK, MAX_INT, MAX_TEXT, SQLITE_MAGIC, SessionFileError
from .state import ROLES


@dataclass(frozen=True, slots=True)
class SocketInfo:
    """One row of the ``sockets`` table."""

    id: int
    role: str
    host: str
    port: int
    local_addr: Address | None
    peer_addr: Address | None
    parent_id: int | None
    t0_ns: int
    bytes_in: int
    bytes_out: int
    calls_in: int
    calls_out: int
    kept_in: int  # bytes of the stream kept in the file (from offset 0)
    kept_out: int
    cap: int | None  # the capture's cap per direction (None: none)
    sha256_in: str  # of every byte, kept or not ("" if unknown)
    sha256_out: str

    def total(self, direction: int) -> int:
        return self.bytes_out if direction else self.bytes_in

    def kept(self, direction: int) -> int:
        return self.kept_out if direction else self.kept_in


@dataclass(frozen=True, slots=True)
class Chunk:
    """One ``recv()`` result or ``send()`` call (a row of ``chunks``)."""

    index: int
    seq: int
    direction: int
    t_start: int
    t_end: int
    asked: int
    size: int
    offset: int  # stream offset in its direction
    waited_ns: int


def fail(code: str, message: str) -> SessionFileError:
    return SessionFileError(code, message)


def int_value(v: Any, lo: int = 0, hi: int = MAX_INT) -> int:
    if type(v) is not int or not lo <= v <= hi:
        raise fail("corrupt", f"a value out of range ({str(v)[:40]!r})")
    return v


def text_value(v: Any, limit: int = MAX_TEXT) -> str:
    if type(v) is not str or len(v) > limit:
        raise fail("corrupt", "a text value of the wrong type or too long")
    return v


def _addr(v: Any) -> Address | None:
    if v is None:
        return None
    try:
        a = json.loads(text_value(v))
    except ValueError:
        raise fail("corrupt", "an address that is no JSON") from None
    if type(a) is str and len(a) <= 1024:  # a Unix socket's path, @name or ""
        return a
    if type(a) is not list or not 2 <= len(a) <= 4:
        raise fail("corrupt", "an address of the wrong shape")
    for part in a:
        if type(part) is not str:
            int_value(part, -MAX_INT - 1)
    return tuple(a)


def _sha(v: Any) -> str:
    s = text_value(v, 64)
    if s and (len(s) != 64 or s.strip("0123456789abcdef")):
        raise fail("corrupt", "a SHA-256 that is no lowercase hex")
    return s


def check_header(p: Path) -> None:
    """The file exists, is SQLite, and is as long as its header says."""
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):
            raise fail("unreadable", f"{p}: not a regular file")
        with p.open("rb") as f:
            head = f.read(100)
    except FileNotFoundError:
        raise fail("missing", f"{p}: no such file") from None
    except OSError as e:
        raise fail("unreadable", f"{p}: cannot read ({e.strerror or e})") from None
    if not head.startswith(SQLITE_MAGIC):
        if SQLITE_MAGIC.startswith(head) and head:
            raise fail("truncated", f"{p}: truncated session file")
        raise fail("not-sqlite", f"{p}: not a session file (not an SQLite database)")
    if len(head) < 100:
        raise fail("truncated", f"{p}: truncated session file")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if head[24:28] == head[92:96] and pages * page_size > st.st_size:
        raise fail("truncated", f"{p}: truncated session file ({st.st_size} bytes)")


def chunk_row(info: SocketInfo, r: Any) -> Chunk:
    ch = Chunk(
        int_value(r[0]),
        int_value(r[1]),
        int_value(r[2], 0, 1),
        int_value(r[3], -MAX_INT - 1),
        int_value(r[4], -MAX_INT - 1),
        int_value(r[5]),
        int_value(r[6], 0, MAX_CHUNK),
        int_value(r[7]),
        int_value(r[8]),
    )
    if ch.offset + ch.size > info.total(ch.direction):
        raise fail("corrupt", f"chunk {ch.index} of socket {info.id} lies past its stream")
    return ch


def socket_info(r: Any) -> SocketInfo:
    """A ``sockets`` row (columns in SOCKET_COLUMNS order), checked."""
    role = text_value(r[1])
    if role not in ROLES:
        raise fail("corrupt", f"unknown socket role {role[:40]!r}")
    info = SocketInfo(
        int_value(r[0]),
        role,
        text_value(r[2]),
        int_value(r[3], 0, 65535),
        _addr(r[4]),
        _addr(r[5]),
        None if r[6] is None else int_value(r[6]),
        int_value(r[7], -MAX_INT - 1),
        int_value(r[8]),
        int_value(r[9]),
        int_value(r[10]),
        int_value(r[11]),
        int_value(r[12]),
        int_value(r[13]),
        None if r[14] is None else int_value(r[14]),
        _sha(r[15]),
        _sha(r[16]),
    )
    return info
