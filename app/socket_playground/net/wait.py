"""Waiting until a socket is readable or writable, with the stdlib's
``selectors``: ``poll()`` where there is one (no FD_SETSIZE limit, and unlike
epoll no descriptor of its own: each socket's reader and writer wait this way,
so with epoll every connection would cost two descriptors more).
"""

from __future__ import annotations

import selectors
import socket

_Selector = getattr(selectors, "PollSelector", selectors.DefaultSelector)


class Waiter:
    """One registered selector per socket and direction, reused for every wait."""

    def __init__(self, sock: socket.socket, write: bool = False) -> None:
        self._sel: selectors.BaseSelector | None = _Selector()
        try:
            self._sel.register(sock, selectors.EVENT_WRITE if write else selectors.EVENT_READ)
        except (OSError, ValueError):  # already closed
            self._sel.close()
            self._sel = None

    def wait(self, timeout: float | None = None) -> bool:
        """True once ready; False on timeout or when the socket is closed."""
        if self._sel is None:
            return False
        try:
            return bool(self._sel.select(timeout))
        except (OSError, ValueError):
            return False

    def close(self) -> None:
        if self._sel is not None:
            self._sel.close()
            self._sel = None


def wait_ready(sock: socket.socket, write: bool = False, timeout: float | None = None) -> bool:
    """One wait for readability (or writability)."""
    w = Waiter(sock, write)
    try:
        return w.wait(timeout)
    finally:
        w.close()
