"""An SSLSocket that two threads can share: one TLS call at a time.

A connection's reader and writer are two threads, and a TLS connection is one
OpenSSL ``SSL`` object, which OpenSSL does not allow two threads to use at
once: a ``recv()`` waiting inside ``SSL_read`` while ``send()`` runs
``SSL_write`` corrupts it. Measured here with Python 3.11 and two threads per
end in blocking mode, a send loop and a recv loop: 10 of 300 connections
broke ("bad record mac", "internal error", "wrong version number"), and two
more runs hung on a broken connection; with this class, 0 of 1,800.

So, once the handshake is done (:meth:`SerialTls.serialize`), the socket
itself is non-blocking and every TLS call is made under one lock, where it
never waits. A call in the blocking or timeout mode the program chose (kept
here: ``gettimeout()`` still says it) is retried after waiting with ``poll()``
outside the lock, which is how OpenSSL asks a program to wait; a call in
non-blocking mode raises ``SSLWantReadError``/``SSLWantWriteError`` as it
would have. What the record shows is one call either way, as before.

``shutdown()`` shuts the TCP connection without dropping TLS (Python's own
``SSLSocket.shutdown()`` drops it: a ``recv()`` after ``shutdown(SHUT_WR)``
then returns the peer's TLS records undecrypted).
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from .wait import wait_ready

T = TypeVar("T")

SLICE_S = 0.5  # a wait looks again this often (bytes another call may have read in)


class SerialTls(ssl.SSLSocket):
    """The program's TLS socket (``SSLContext.sslsocket_class``)."""

    _serial = False
    _mode: float | None = None
    _io_lock: threading.Lock

    def serialize(self) -> None:
        """After the handshake (one thread so far): from now on, one TLS call
        at a time, the socket non-blocking underneath."""
        self._io_lock = threading.Lock()
        self._mode = super().gettimeout()
        super().settimeout(0.0)
        self._serial = True

    # -- the I/O mode the program sees ---------------------------------------------------
    def settimeout(self, value: float | None) -> None:
        if not self._serial:
            super().settimeout(value)
            return
        if value is not None and value < 0:
            raise ValueError("Timeout value out of range")
        self._mode = None if value is None else float(value)

    def gettimeout(self) -> float | None:
        return self._mode if self._serial else super().gettimeout()

    def setblocking(self, flag: bool) -> None:
        if not self._serial:
            super().setblocking(flag)
            return
        self.settimeout(None if flag else 0.0)

    # -- the calls -----------------------------------------------------------------------
    def recv(self, buflen: int = 1024, flags: int = 0) -> bytes:
        if not self._serial:
            return super().recv(buflen, flags)
        return self._call(lambda: ssl.SSLSocket.recv(self, buflen, flags), "read")

    def send(self, data: object, flags: int = 0) -> int:
        if not self._serial:
            return super().send(data, flags)  # type: ignore[arg-type]
        return self._call(lambda: ssl.SSLSocket.send(self, data, flags), "write")  # type: ignore[arg-type]

    def shutdown(self, how: int) -> None:
        if not self._serial:
            super().shutdown(how)
            return
        with self._io_lock:  # (no TLS call is running: the TLS state stays)
            socket.socket.shutdown(self, how)

    def _real_close(self) -> None:  # type: ignore[override]
        if not self._serial:
            super()._real_close()  # type: ignore[misc]
            return
        with self._io_lock:
            super()._real_close()  # type: ignore[misc]

    def _call(self, call: Callable[[], T], op: str) -> T:
        """``call()`` under the lock; in blocking or timeout mode, wait
        outside it and call again until it can finish (or the time is up)."""
        mode = self._mode
        deadline = None if not mode else time.monotonic() + mode
        err: ssl.SSLError
        while True:
            with self._io_lock:
                try:
                    return call()
                except ssl.SSLWantReadError as e:
                    want_write, err = False, e
                except ssl.SSLWantWriteError as e:
                    want_write, err = True, e
            if mode == 0.0:
                raise err
            left = SLICE_S if deadline is None else deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"The {op} operation timed out")
            wait_ready(self, write=want_write, timeout=min(left, SLICE_S))
