"""Tests for socket_playground.core.errors, using real socket exceptions."""

from __future__ import annotations

import errno
import socket

import pytest

from socket_playground.core.errors import KNOWN_ERRNOS, errno_name


def _closed_loopback_port() -> int:
    """Return a loopback port that was just free (bound, then closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_real_connection_refused() -> None:
    port = _closed_loopback_port()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(5)
        with pytest.raises(OSError) as info:
            s.connect(("127.0.0.1", port))
    assert errno_name(info.value) == "ECONNREFUSED"


def test_real_address_in_use() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as a:
        a.bind(("127.0.0.1", 0))
        a.listen()
        port = a.getsockname()[1]
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as b, pytest.raises(OSError) as info:
            b.bind(("127.0.0.1", port))
    assert errno_name(info.value) == "EADDRINUSE"


def test_real_not_connected() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s, pytest.raises(OSError) as info:
        s.send(b"x")
    assert errno_name(info.value) in ("ENOTCONN", "EPIPE")


def test_real_timeout() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
        srv.bind(("127.0.0.1", 0))
        srv.listen()
        with socket.create_connection(srv.getsockname(), timeout=5) as c:
            c.settimeout(0.01)
            with pytest.raises(TimeoutError) as info:
                c.recv(1)
    assert info.value.errno is None
    assert errno_name(info.value) == "ETIMEDOUT"


def test_real_gaierror() -> None:
    with pytest.raises(socket.gaierror) as info:
        socket.getaddrinfo("127.0.0.1", "no-such-service-xyz", socket.AF_INET)
    name = errno_name(info.value)
    assert name.startswith("EAI_")
    assert getattr(socket, name) == info.value.errno


def test_gaierror_constructed() -> None:
    assert errno_name(socket.gaierror(socket.EAI_NONAME, "x")) == "EAI_NONAME"
    assert errno_name(socket.gaierror(socket.EAI_AGAIN, "x")) == "EAI_AGAIN"
    assert errno_name(socket.gaierror(socket.EAI_FAIL, "x")) == "EAI_FAIL"
    assert errno_name(socket.gaierror(-12345, "x")) == "EAI_-12345"
    assert errno_name(socket.gaierror()) == "EAI_UNKNOWN"


def test_timeout_variants() -> None:
    assert socket.timeout is TimeoutError
    assert errno_name(TimeoutError("timed out")) == "ETIMEDOUT"
    assert errno_name(TimeoutError()) == "ETIMEDOUT"
    assert errno_name(TimeoutError(errno.ETIMEDOUT, "x")) == "ETIMEDOUT"


@pytest.mark.parametrize("code", [errno.ECONNREFUSED, errno.ECONNRESET, errno.EPIPE, errno.EACCES])
def test_oserror_with_errno(code: int) -> None:
    # OSError(errno, ...) builds the matching subclass, e.g. ConnectionRefusedError.
    assert errno_name(OSError(code, "x")) == errno.errorcode[code]


def test_oserror_unknown_errno_number() -> None:
    assert 987654 not in errno.errorcode
    assert errno_name(OSError(987654, "x")) == "ERRNO_987654"


def test_oserror_without_errno() -> None:
    assert errno_name(OSError("no errno")) == "EUNKNOWN"
    assert errno_name(ConnectionResetError()) == "EUNKNOWN"


def test_non_oserror() -> None:
    assert errno_name(ValueError("x")) == "ValueError"
    assert errno_name(KeyboardInterrupt()) == "KeyboardInterrupt"


def test_known_errnos() -> None:
    assert len(set(KNOWN_ERRNOS)) == len(KNOWN_ERRNOS) == 16
    for name in KNOWN_ERRNOS:
        module = socket if name.startswith("EAI_") else errno
        code = getattr(module, name)
        exc = socket.gaierror(code, "x") if module is socket else OSError(code, "x")
        assert errno_name(exc) == name
