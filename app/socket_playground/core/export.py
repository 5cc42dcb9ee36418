"""Export from a session file: raw bytes, a transcript, JSON lines, CSV, Python.

:func:`export` writes one format for one socket, or for the whole session
(``socket_id`` None) where the format allows it; :func:`list_lines` gives one
tab-separated line per socket. Everything is streamed: chunks a page at a
time, bytes a block at a time.

Formats:

- ``raw-in`` / ``raw-out``: the bytes of one direction exactly as kept;
- ``text``: a transcript (as Wireshark's "Follow TCP Stream"): each chunk a
  header line (``<<< recv``/``>>> send``, seconds on the run's clock (from its first socket),
  size, seq) and its bytes as text, two spaces in, non-printable bytes
  escaped (``\\n`` ``\\r`` ``\\t`` ``\\\\`` ``\\xHH``), a line break after each ``\\n``;
- ``jsonl``: one JSON object per event (seq, t_start, t_end, kind, fields;
  bytes as base64), chunks included, in sequence order;
- ``csv``: one row per chunk;
- ``python``: the "show the code" script (:func:`.codegen.generate`).

For the whole session, ``text`` and ``jsonl`` merge the sockets in sequence
order and ``csv`` lists them one after another, each with a socket column;
``raw-*`` and ``python`` need a socket. No Qt: plain Python.
"""

from __future__ import annotations

import contextlib
import csv
import heapq
import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from .codegen import generate
from .codegen_udp import generate_udp
from .errors import WOULD_BLOCK
from .events import Address, Event
from .sessionfile import Chunk, SessionFile, SocketInfo
from .sessionfile_codec import fields_of
from .sessionfile_schema import BLOCK_SIZE
from .state import StateMachine
from .tls_events import TlsHandshake
from .udp_events import DATAGRAM_KINDS, RecvFrom, SendTo

FORMATS = ("raw-in", "raw-out", "text", "jsonl", "csv", "python")
PER_SOCKET = frozenset({"raw-in", "raw-out", "python"})
CSV_COLUMNS = (
    "index",
    "seq",
    "direction",
    "call",
    "asked",
    "size",
    "offset",
    "t_start",
    "t_end",
    "waited_ns",
)


class ExportError(ValueError):
    """An export that cannot be made (unknown format, a socket needed)."""


def export(
    sf: SessionFile,
    socket_id: int | None,
    fmt: str,
    out: str | os.PathLike[str] | IO[bytes],
) -> None:
    """Write ``fmt`` of one socket (or of every socket: ``socket_id`` None)
    to a path (written whole, then renamed into place) or a binary file."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    if socket_id is None and fmt in PER_SOCKET:
        raise ExportError(f"the {fmt} format is for one socket: choose one with --socket N")
    ids = [s.id for s in sf.sockets] if socket_id is None else [sf.socket(socket_id).id]
    write = _WRITERS[fmt]
    if isinstance(out, str | os.PathLike):
        with _output(Path(out)) as f:
            write(sf, ids, socket_id is None, f)
    else:
        write(sf, ids, socket_id is None, out)
        out.flush()


@contextlib.contextmanager
def _output(path: Path) -> Iterator[IO[bytes]]:
    """A regular file is written beside the target and renamed over it once
    complete; anything else (a device, a pipe) is written directly."""
    if path.exists() and not path.is_file():
        with path.open("wb") as f:
            yield f
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# -- listing ----------------------------------------------------------------------------
def addr_text(a: Address | None) -> str:
    if isinstance(a, str):  # a Unix socket's path, @name, or "" (unnamed)
        return a or "-"
    if a is None or len(a) < 2:
        return "-"
    host = str(a[0])
    return f"[{host}]:{a[1]}" if ":" in host else f"{host}:{a[1]}"


def state_of(sf: SessionFile, info: SocketInfo) -> str:
    """The state the badge showed last: the state machine fed the events."""
    return StateMachine(info.role).feed_all(sf.events(info.id)).value


def list_lines(sf: SessionFile) -> list[str]:
    """One tab-separated line per socket: number, role, local address, peer
    address, bytes in, bytes out, state."""
    return [
        "\t".join(
            (
                str(s.id),
                s.role,
                addr_text(s.local_addr),
                addr_text(s.peer_addr),
                str(s.bytes_in),
                str(s.bytes_out),
                state_of(sf, s),
            )
        )
        for s in sf.sockets
    ]


# -- formats ----------------------------------------------------------------------------
def _raw(direction: int) -> Callable[[SessionFile, list[int], bool, IO[bytes]], None]:
    def write(sf: SessionFile, ids: list[int], whole: bool, f: IO[bytes]) -> None:
        (sid,) = ids
        kept = sf.socket(sid).kept(direction)
        for off in range(0, kept, BLOCK_SIZE):
            f.write(sf.read(sid, direction, off, min(BLOCK_SIZE, kept - off)))

    return write


_NON_PRINTABLE = re.compile(r"[^\x20-\x5b\x5d-\x7e]")
_ESCAPES = {"\\": "\\\\", "\n": "\\n\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(m: re.Match[str]) -> str:
    c = m.group()
    return _ESCAPES.get(c) or f"\\x{ord(c):02x}"


def escape_text(data: bytes) -> list[str]:
    """The bytes as lines of text: printable ASCII as it is, every other byte
    escaped; a line ends after each escaped ``\\n``."""
    text = _NON_PRINTABLE.sub(_escape_char, data.decode("latin-1"))
    lines = text.split("\n")
    return lines[:-1] if lines[-1] == "" else lines


def _merged_chunks(sf: SessionFile, ids: list[int]) -> Iterator[tuple[int, Chunk]]:
    streams = [((sid, ch) for ch in sf.iter_chunks(sid)) for sid in ids]
    return heapq.merge(*streams, key=lambda t: (t[1].seq, t[0]))


def _text(sf: SessionFile, ids: list[int], whole: bool, f: IO[bytes]) -> None:
    infos = {sid: sf.socket(sid) for sid in ids}
    head = []
    for s in infos.values():
        head.append(
            f"# socket {s.id} ({s.role}): local {addr_text(s.local_addr)}, "
            f"peer {addr_text(s.peer_addr)}; in {s.bytes_in} bytes ({s.kept_in} kept), "
            f"out {s.bytes_out} bytes ({s.kept_out} kept)\n"
        )
        head += tls_lines(sf, s.id)
    f.write("".join(head).encode())
    dgrams = {sid: datagrams_of(sf, sid) for sid, s in infos.items() if s.role == "udp"}
    for sid, ch in _merged_chunks(sf, ids):
        t = (ch.t_start - infos[sid].t0_ns) / 1e9
        who = f"socket {sid}  " if whole else ""
        if sid in dgrams:  # a datagram: to or from whom, and whether it was cut
            what = datagram_head(dgrams[sid].get(ch.seq), ch.direction, ch.size)
            lines = [f"\n[+{t:.6f} s] {who}{what} (seq {ch.seq})"]
        else:
            mark = ">>> send" if ch.direction else "<<< recv"
            lines = [f"\n[+{t:.6f} s] {who}{mark} {ch.size} bytes (seq {ch.seq})"]
            if not ch.direction and ch.size == 0:
                lines[0] += ": end of stream"
        data = sf.read(sid, ch.direction, ch.offset, ch.size)
        if len(data) < ch.size:
            lines[0] += f": {ch.size - len(data)} bytes not kept (past the capture's cap)"
        else:
            lines.extend("  " + line for line in escape_text(data))
        f.write(("\n".join(lines) + "\n").encode())


def tls_lines(sf: SessionFile, sid: int) -> list[str]:
    """A TLS socket's handshake, as the transcript's head says it."""
    for ev in sf.events(sid):
        if isinstance(ev, TlsHandshake) and ev.errno not in WOULD_BLOCK:
            if ev.errno:
                return [f"# socket {sid}: TLS handshake failed: {ev.errno} ({ev.message})\n"]
            peer = f", peer certificate {ev.peer_subject}" if ev.peer_subject else ""
            return [
                f"# socket {sid}: TLS {ev.version}, {ev.cipher}{peer}; the bytes below are "
                "the plaintext recv() returned and send() took (decrypted)\n"
            ]
    return []


def datagrams_of(sf: SessionFile, sid: int) -> dict[int, RecvFrom | SendTo]:
    """A UDP socket's datagram events (peer, size) by sequence number."""
    return {ev.seq: ev for ev in sf.events(sid) if isinstance(ev, DATAGRAM_KINDS) and not ev.errno}


def datagram_head(d: RecvFrom | SendTo | None, direction: int, size: int) -> str:
    """``<<< recvfrom 3 bytes from 127.0.0.1:40000``, ``>>> sendto 5 bytes to …``;
    a cut datagram says its own size and the bytes lost."""
    if isinstance(d, SendTo):
        return f">>> {'send' if d.connected else 'sendto'} {size} bytes to {addr_text(d.peer)}"
    if isinstance(d, RecvFrom):
        head = f"<<< {'recv' if d.connected else 'recvfrom'} {size} bytes from {addr_text(d.peer)}"
        if d.truncated:
            head += f": the datagram had {d.size} bytes, {d.lost} lost"
        return head
    return (">>> sendto" if direction else "<<< recvfrom") + f" {size} bytes"


def _call_word(direction: int, udp: bool) -> str:
    if udp:
        return "sendto" if direction else "recvfrom"
    return "send" if direction else "recv"


def event_object(ev: Event, socket_id: int | None = None) -> dict[str, Any]:
    """One event as the JSON object of a ``jsonl`` line."""
    obj: dict[str, Any] = {} if socket_id is None else {"socket": socket_id}
    obj.update(
        seq=ev.seq, t_start=ev.t_start, t_end=ev.t_end, kind=type(ev).__name__, fields=fields_of(ev)
    )
    return obj


def _jsonl(sf: SessionFile, ids: list[int], whole: bool, f: IO[bytes]) -> None:
    streams = [((sid, ev) for ev in sf.ordered(sid)) for sid in ids]
    for sid, ev in heapq.merge(*streams, key=lambda t: (t[1].seq, t[0])):
        obj = event_object(ev, sid if whole else None)
        f.write(json.dumps(obj, separators=(",", ":")).encode() + b"\n")


def _csv(sf: SessionFile, ids: list[int], whole: bool, f: IO[bytes]) -> None:
    text = io.TextIOWrapper(f, encoding="utf-8", newline="", write_through=True)
    try:
        w = csv.writer(text, lineterminator="\n")
        w.writerow((("socket",) if whole else ()) + CSV_COLUMNS)
        for sid in ids:
            lead = (sid,) if whole else ()
            udp = sf.socket(sid).role == "udp"
            for ch in sf.iter_chunks(sid):
                w.writerow(
                    (
                        *lead,
                        ch.index,
                        ch.seq,
                        "out" if ch.direction else "in",
                        _call_word(ch.direction, udp),
                        ch.asked,
                        ch.size,
                        ch.offset,
                        ch.t_start,
                        ch.t_end,
                        ch.waited_ns,
                    )
                )
        text.flush()
    finally:
        text.detach()  # the caller's file stays open


def python_script(sf: SessionFile, socket_id: int) -> str:
    """The "show the code" script of one socket (as the Code dialog makes it)."""
    s = sf.socket(socket_id)
    events = list(sf.ordered(socket_id))
    if s.role == "accepted":
        parent = next((p for p in sf.sockets if p.id == s.parent_id), None)
        if parent is not None:
            addr = parent.local_addr or (parent.host, parent.port)
            listener_events = sf.events(parent.id)
        else:
            addr, listener_events = s.local_addr or (s.host, s.port), []
        if isinstance(addr, str):  # a Unix socket's path or @name
            return generate("accepted", events, host=addr, port=0, listener_events=listener_events)
        return generate(
            "accepted",
            events,
            host=str(addr[0]),
            port=_port(addr),
            listener_events=listener_events,
        )
    if s.role == "listener":
        addr = s.local_addr or (s.host, s.port)
        port = 0 if isinstance(addr, str) else _port(addr)
        children = (c.id for c in sf.sockets if c.parent_id == s.id)
        tls = any(sf.has_kind(c, TlsHandshake.__name__) for c in children)
        return generate("listener", events, host=s.host, port=port, accepted_tls=tls)
    if s.role == "udp":
        return generate_udp(events, host=s.host, port=s.port)
    return generate(s.role, events, host=s.host, port=s.port)


def _port(addr: Address) -> int:
    port = addr[1]
    if type(port) is not int or not 0 <= port <= 65535:
        raise ExportError(f"no port in the address {addr_text(addr)}")
    return port


def _python(sf: SessionFile, ids: list[int], whole: bool, f: IO[bytes]) -> None:
    (sid,) = ids
    f.write(python_script(sf, sid).encode())


_WRITERS: dict[str, Callable[[SessionFile, list[int], bool, IO[bytes]], None]] = {
    "raw-in": _raw(0),
    "raw-out": _raw(1),
    "text": _text,
    "jsonl": _jsonl,
    "csv": _csv,
    "python": _python,
}
