"""Show the code for a Unix domain socket (AF_UNIX, SOCK_STREAM): the words
that differ from TCP's (no handshake, no FIN on a wire, a socket file), the
address as bind()/connect() take it, and the socket file's removal.

A script is a Unix one when its address is a path (``/tmp/sp.sock``) or an
abstract name (``@name``, written ``"\\0name"`` in Python). Plain Python.
"""

from __future__ import annotations

from .codegen_script import Script, Step
from .events import Unlink


def is_unix(host: str) -> bool:
    """A path or an abstract name: what a Unix socket's host field holds."""
    return host.startswith(("/", "@"))


def target(addr: object, host: str, port: int) -> tuple[str, int]:
    """(host, port) for a script from a socket's address: a Unix socket's
    text stands for itself (port 0); a tuple gives its host and port."""
    if isinstance(addr, str) and is_unix(addr):
        return addr, 0
    if isinstance(addr, tuple) and len(addr) >= 2:
        return str(addr[0]), int(addr[1])
    return host, port


def unlink_step(w: Script, ev: Unlink) -> Step:
    """The socket file removed, as the program did (a file gone already is fine)."""
    w.imports.add("contextlib")
    w.imports.add("os")
    key = "unlink_stale" if ev.stale else "unlink"
    path = repr(ev.path)
    return Step(
        [w.at(ev) + w.t(key)],
        ["with contextlib.suppress(FileNotFoundError):", f"    os.unlink({path})"],
    )


def cleanup_lines(w: Script) -> list[str]:
    """After an accepted script's own listener closed: its socket file."""
    if not w.host.startswith("/"):
        return []
    w.imports.add("os")
    return [f"os.unlink({w.host!r})  # {w.t('unlink')}"]
