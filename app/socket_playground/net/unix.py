"""Unix domain sockets (AF_UNIX, SOCK_STREAM): what the path means before
bind() or connect(), the socket file's removal, and the peer's credentials.

A Unix listener bound to a path makes a socket file there; ``close()`` does
not remove it, so, as most servers do, the listener removes it after closing
(:func:`unlink_bound`, recorded as an :class:`~..core.events.Unlink` event),
and only if the file is still the one it made (same device and inode). A
file left by a listener that is gone ("stale": ``bind()`` would fail with
EADDRINUSE) is removed before ``bind()`` only when the user asked and only
if it is a socket file (:func:`remove_stale`). An abstract name (``@name``)
has no file: it vanishes with its last socket.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import stat
import struct

from ..core.endpoint import unix_sockaddr, unix_text
from ..core.events import Unlink, next_seq, now_ns
from .context import Context, Failure, failure

PROBE_TIMEOUT_S = 0.5  # a live listener answers at once; a full backlog may not
_CRED = struct.Struct("3i")  # struct ucred: pid, uid, gid


def available() -> bool:
    return hasattr(socket, "AF_UNIX")


def _kind(mode: int) -> str:
    """What a non-socket file is: "directory", "regular file" or "file"."""
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISREG(mode):
        return "regular file"
    return "file"


def listening(text: str) -> bool:
    """Whether a listener answers at ``text`` (a path or @name): one
    connect(), closed at once (a live server sees a connection open and
    close). A refused or failed connect() means no."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.settimeout(PROBE_TIMEOUT_S)
        probe.connect(unix_sockaddr(text))
    except TimeoutError:
        return True  # a listener whose backlog is full
    except OSError:
        return False
    finally:
        probe.close()
    return True


def check(text: str, *, server: bool) -> tuple[str, str]:
    """Before a Unix socket starts: ("", "") if ``text`` (as parsed by
    ``core.endpoint.parse_unix``) can be tried, else (problem, detail):

    ``no-dir`` (its directory is missing or no directory), ``no-permission``
    (the directory cannot be written, a server; or searched), ``not-socket``
    (the path is another kind of file: detail says which; it is never
    removed), ``in-use`` (a listener answers there: a server), ``stale`` (a
    socket file no listener holds: a server's bind() would fail, EADDRINUSE;
    it may be removed)."""
    if text.startswith("@"):
        return ("in-use", "") if server and listening(text) else ("", "")
    folder = os.path.dirname(text) or "/"
    try:
        folder_ok = stat.S_ISDIR(os.stat(folder).st_mode)
    except PermissionError:
        return "no-permission", folder
    except OSError:
        folder_ok = False
    if not folder_ok:
        return "no-dir", folder
    need = os.W_OK | os.X_OK if server else os.X_OK
    if not os.access(folder, need):
        return "no-permission", folder
    try:
        mode = os.lstat(text).st_mode
    except FileNotFoundError:
        return "", ""
    except OSError:
        return "no-permission", text
    if not stat.S_ISSOCK(mode):
        return "not-socket", _kind(mode)
    if not server:
        return ("", "") if os.access(text, os.W_OK) else ("no-permission", text)
    return ("in-use", "") if listening(text) else ("stale", "")


def remove_stale(ctx: Context, slot: str, path: str) -> bool:
    """``os.unlink(path)`` before bind(), recorded (``stale``), only if the
    path is (still) a socket file; False (nothing more happens) if that
    failed. A file gone meanwhile is no failure."""
    seq, t0 = ctx.begin(slot)
    err = Failure(errno="", message="")
    try:
        if not stat.S_ISSOCK(os.lstat(path).st_mode):
            raise OSError(errno.EEXIST, "not a socket file: left alone")
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError as e:
        err = failure(e)
    ctx.done(slot, Unlink(seq, t0, now_ns(), path=path, stale=True, **err))
    return not err["errno"]


def note_bound(ctx: Context, text: str) -> None:
    """After bind() to a path: remember which file it made (device, inode)."""
    if text.startswith("@"):
        return
    with contextlib.suppress(OSError):
        st = os.lstat(text)
        ctx.unix_bound = (text, st.st_dev, st.st_ino)


def unlink_bound(ctx: Context) -> None:
    """After a Unix listener's close() (GUI thread): its socket file
    removed, recorded, if it is still the one bind() made."""
    bound, ctx.unix_bound = getattr(ctx, "unix_bound", None), None
    if bound is None:
        return
    path, dev, ino = bound
    seq, t0 = next_seq(), now_ns()
    err = Failure(errno="", message="")
    try:
        st = os.lstat(path)
        if (st.st_dev, st.st_ino) != (dev, ino):
            return  # another program's file now: not ours to remove
        os.unlink(path)
    except FileNotFoundError:
        return  # someone removed it already
    except OSError as e:
        err = failure(e)
    ctx.push(Unlink(seq, t0, now_ns(), path=path, **err))


def address(addr: object) -> str:
    """A Unix address from accept()/getsockname()/getpeername() as text."""
    return unix_text(addr)


def peer_cred(sock: socket.socket | None) -> tuple[int, int, int] | None:
    """(pid, uid, gid) of the process that made the peer socket (connect()
    or listen() time), from SO_PEERCRED (Linux); None elsewhere or closed."""
    opt = getattr(socket, "SO_PEERCRED", None)
    if sock is None or opt is None or sock.family != getattr(socket, "AF_UNIX", -1):
        return None
    try:
        raw = sock.getsockopt(socket.SOL_SOCKET, opt, _CRED.size)
    except OSError:
        return None
    pid, uid, gid = _CRED.unpack(raw)
    return pid, uid, gid
