"""After a crash: a run's capture folder back as a session file.

A run that ends normally removes its folder (``run-PID-…`` under the capture
root). One that was killed leaves it: per socket the bytes of each direction,
the chunk index, the other events and what the socket is
(``socket-N-{in,out}.bin``, ``-index.bin``, ``-events.jsonl``, ``-meta.json``).
:func:`recover` turns that into a ``.sps`` file. What it holds is a prefix:
a chunk whose bytes did not all reach the disk ends its direction there (past
the cap, where no bytes are kept by design, chunks are counted as usual), a
block or an event line cut short is ignored, and every file is untrusted
data (sizes bounded, nothing executed).

No Qt: plain files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .chunk_index import scan
from .clock import WallClock
from .events import Accept, Bind, Connect, Direction, Event
from .record import SocketLog
from .sessionfile_codec import decode
from .sessionfile_save import SocketSource, save_session
from .sessionfile_schema import SessionFileError
from .state import ROLES

MAX_INDEX = 1 << 31  # bytes of an index file read back
MAX_EVENTS = 64 << 20  # bytes of an events file read back
MAX_META = 64 << 10


@dataclass(frozen=True)
class InterruptedRun:
    path: Path
    pid: int
    sockets: int
    nbytes: int  # bytes captured (both directions, every socket)


def _pid_of(folder: Path) -> int | None:
    parts = folder.name.split("-")
    if len(parts) < 3 or parts[0] != "run" or not parts[1].isdigit():
        return None
    return int(parts[1])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def interrupted_runs(base: Path, own: Path | None = None) -> list[InterruptedRun]:
    """Capture folders under ``base`` left by runs that are gone (not this
    run's, not a running one's), with something in them; newest first."""
    found = []
    with contextlib.suppress(OSError):
        for folder in base.iterdir():
            pid = _pid_of(folder)
            if pid is None or not folder.is_dir() or folder == own or _alive(pid):
                continue
            metas = list(folder.glob("socket-*-meta.json"))
            if not metas:  # a run killed before it made a socket: nothing to offer
                shutil.rmtree(folder, ignore_errors=True)
                continue
            streams = [*folder.glob("socket-*-in.bin"), *folder.glob("socket-*-out.bin")]
            nbytes = sum(f.stat().st_size for f in streams)
            if metas:
                found.append(
                    (folder.stat().st_mtime, InterruptedRun(folder, pid, len(metas), nbytes))
                )
    return [run for _t, run in sorted(found, key=lambda x: -x[0])]


def discard(run: InterruptedRun) -> None:
    shutil.rmtree(run.path, ignore_errors=True)


class RecoveredBytes:
    """One recovered socket's kept bytes (a spool's reading side)."""

    def __init__(self, paths: list[Path], kept: list[int], cap: int | None) -> None:
        self.paths, self.kept, self.cap = paths, kept, cap
        self.error = ""

    def read(self, direction: int, offset: int, n: int) -> bytes:
        n = max(0, min(n, self.kept[direction] - offset))
        if n == 0:
            return b""
        with open(self.paths[direction], "rb") as f:
            f.seek(offset)
            return f.read(n)

    def readable(self, direction: int) -> int:
        return self.kept[direction]

    def sha256(self, direction: int) -> str:
        h = hashlib.sha256()
        with open(self.paths[direction], "rb") as f:
            left = self.kept[direction]
            while left > 0:
                block = f.read(min(left, 1 << 20))
                if not block:
                    break
                h.update(block)
                left -= len(block)
        return h.hexdigest()

    def flush(self) -> None:
        pass


def _read_meta(path: Path) -> dict[str, Any]:
    if path.stat().st_size > MAX_META:
        raise ValueError("meta file too large")
    meta = json.loads(path.read_text("utf-8"))
    if type(meta) is not dict:
        raise ValueError("meta is not an object")
    role, ident, t0 = meta.get("role"), meta.get("id"), meta.get("t0_ns")
    if role not in ROLES or type(ident) is not int or type(t0) is not int:
        raise ValueError("meta fields")
    return meta


def _events(path: Path) -> list[Event]:
    out: list[Event] = []
    if not path.exists():
        return out
    with open(path, "rb") as f:
        data = f.read(MAX_EVENTS)
    for line in data.split(b"\n")[:-1]:  # the last piece: empty, or cut short
        try:
            kind, seq, t_start, t_end, fields = json.loads(line)
            out.append(decode(kind, seq, t_start, t_end, fields))
        except (ValueError, TypeError, SessionFileError):
            break  # damaged: keep the prefix before it
    return out


def _socket(folder: Path, meta_path: Path) -> SocketSource:
    meta = _read_meta(meta_path)
    name = meta_path.name[: -len("-meta.json")]
    paths = [folder / f"{name}-in.bin", folder / f"{name}-out.bin"]
    cap = meta.get("cap")
    cap = cap if type(cap) is int and cap >= 0 else None
    on_disk = [p.stat().st_size if p.exists() else 0 for p in paths]
    log = SocketLog(meta["role"], t0_ns=meta["t0_ns"])
    log.wall_clock = WallClock.from_meta(meta)  # the crashed run's pair (none: older)
    events = _events(folder / f"{name}-events.jsonl")
    log.add_saved_events(events)
    ended = [False, False]  # a direction whose bytes stop short of its chunks
    index = folder / f"{name}-index.bin"
    raw = b""
    if index.exists():
        with open(index, "rb") as f:
            raw = f.read(MAX_INDEX)
    for block in scan(raw):
        d = block.direction
        if ended[d] or block.off0 != log.store.total[d]:
            ended[d] = True
            continue
        # bytes up to here are whole on disk (past the cap none are, by design)
        whole = on_disk[d] if cap is None or on_disk[d] < cap else MAX_INDEX << 32
        n, off = 0, block.off0
        for j in range(block.n):
            off += block.sizes[j]
            if off > whole:
                ended[d] = True
                break
            n += 1
        if n:
            log.store.add_stored(
                d,
                block.asked,
                block.seqs[:n].tolist(),
                block.starts[:n].tolist(),
                block.ends[:n].tolist(),
                block.sizes[:n].tolist(),
                block.t_base,
                block.waited,
            )
    kept = [min(on_disk[d], log.store.total[d]) for d in Direction]
    local = peer = None
    for ev in events:  # the addresses, as the live socket learnt them
        if isinstance(ev, Connect) and not ev.errno:
            local, peer = ev.local, ev.peer
        elif isinstance(ev, Accept) and not ev.errno:
            local, peer = ev.local or local, ev.peer or peer
        elif isinstance(ev, Bind) and ev.address is not None and not ev.errno:
            local = ev.address
    parent = meta.get("parent_id")
    return SocketSource(
        id=meta["id"],
        role=meta["role"],
        host=str(meta.get("host", "")),
        port=int(meta.get("port", 0)) if type(meta.get("port")) is int else 0,
        local_addr=local,
        peer_addr=peer,
        parent_id=parent if type(parent) is int else None,
        t0_ns=meta["t0_ns"],
        log=log,
        spool=RecoveredBytes(paths, kept, cap),  # type: ignore[arg-type]
    )


def recover(run: InterruptedRun, target: Path, app_version: str) -> int:
    """Write what ``run`` captured to the session file ``target``; returns
    the number of sockets. A socket whose files are damaged beyond reading
    is left out; ValueError when none can be read."""
    sockets = []
    for meta_path in sorted(run.path.glob("socket-*-meta.json")):
        try:
            sockets.append(_socket(run.path, meta_path))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    if not sockets:
        raise ValueError(f"nothing readable in {run.path}")
    sockets.sort(key=lambda s: s.id)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    save_session(target, sockets, app_version)
    return len(sockets)
