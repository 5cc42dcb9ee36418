"""Symbolic errno names (``ECONNREFUSED``, ``EAI_NONAME``, ...) from exceptions."""

from __future__ import annotations

import errno
import socket
import ssl

__all__ = [
    "KNOWN_ERRNOS",
    "SSL_WANT_READ",
    "SSL_WANT_WRITE",
    "TIMEOUT",
    "WOULD_BLOCK",
    "errno_name",
]

#: A TLS socket's non-blocking call that needs the socket readable (SSLWantReadError:
#: the TLS record is not all there yet) or writable (SSLWantWriteError) first.
SSL_WANT_READ = "SSL_WANT_READ"
SSL_WANT_WRITE = "SSL_WANT_WRITE"
#: A call that could not finish at once on a non-blocking socket (it did nothing).
WOULD_BLOCK = frozenset(
    {"EAGAIN", "EWOULDBLOCK", "EINPROGRESS", "EALREADY", SSL_WANT_READ, SSL_WANT_WRITE}
)
#: A call on a socket with a timeout (``settimeout``) that timed out (TimeoutError).
TIMEOUT = "TIMEOUT"

#: Names the UI has a plain-words explanation for.
KNOWN_ERRNOS: tuple[str, ...] = (
    "ECONNREFUSED",
    "ECONNRESET",
    "ECONNABORTED",
    "EADDRINUSE",
    "EADDRNOTAVAIL",
    "EACCES",
    "EPERM",
    "ETIMEDOUT",
    "EHOSTUNREACH",
    "ENETUNREACH",
    "EPIPE",
    "ENOTCONN",
    "EINVAL",
    "EAI_NONAME",
    "EAI_AGAIN",
    "EAI_FAIL",
)


def _eai_names() -> dict[int, str]:
    """Map EAI_* values to names; known names win where a platform has aliases."""
    names = sorted(n for n in dir(socket) if n.startswith("EAI_"))
    names.sort(key=lambda n: n not in KNOWN_ERRNOS)
    table: dict[int, str] = {}
    for name in names:
        table.setdefault(getattr(socket, name), name)
    return table


_EAI_NAMES = _eai_names()


def _errno_name(code: int) -> str:
    """``errno.errorcode`` lookup; Windows ``WSAExxx`` names map to ``Exxx``."""
    name = errno.errorcode.get(code)
    if name is None:
        return f"ERRNO_{code}"
    if name.startswith("WSAE") and getattr(errno, name[3:], None) == code:
        return name[3:]
    return name


def errno_name(exc: BaseException) -> str:
    """Return a symbolic error name for ``exc`` (class name for non-OSErrors)."""
    if isinstance(exc, ssl.SSLWantReadError):  # (its errno is OpenSSL's, not the OS's)
        return SSL_WANT_READ
    if isinstance(exc, ssl.SSLWantWriteError):
        return SSL_WANT_WRITE
    if isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError):
        # a recv()/send() after the handshake (the handshake's own failures are
        # named by tls_events.failure_name): the peer ended the connection
        from .tls_events import TLS_CLOSED

        return TLS_CLOSED
    if isinstance(exc, ssl.SSLError):  # a TLS failure after the handshake (an alert, …)
        from .tls_events import failure_name

        return failure_name(type(exc).__name__, str(exc.reason or ""), str(exc))
    if isinstance(exc, socket.gaierror):
        if exc.errno is None:
            return "EAI_UNKNOWN"
        return _EAI_NAMES.get(exc.errno, f"EAI_{exc.errno}")
    if isinstance(exc, OSError):
        if exc.errno is None:
            return "ETIMEDOUT" if isinstance(exc, TimeoutError) else "EUNKNOWN"
        return _errno_name(exc.errno)
    return type(exc).__name__
