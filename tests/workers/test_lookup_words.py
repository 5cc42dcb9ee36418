"""A name looked up in one family it has no address in: "localhost" with
the family this machine lacks for it (/etc/hosts often maps it to 127.0.0.1
only). The Resolve event says the name exists in another family, and the
error line says so instead of "host name not found"."""

from __future__ import annotations

import socket

import pytest

from socket_playground.core.events import Resolve, State
from socket_playground.ui.errors_words import NO_ADDRESS, error_line

from .conftest import wait_state


def _has(family: int) -> bool:
    try:
        return bool(socket.getaddrinfo("localhost", None, family, socket.SOCK_STREAM))
    except OSError:
        return False


def test_localhost_in_the_family_it_lacks(qtbot, sessions):
    if not _has(socket.AF_INET) and not _has(socket.AF_INET6):
        pytest.skip("localhost has no address here")
    if _has(socket.AF_INET6) and _has(socket.AF_INET):
        pytest.skip("localhost has IPv4 and IPv6 addresses here")
    lacking, word = ("ipv6", "IPv6") if _has(socket.AF_INET) else ("ipv4", "IPv4")
    c = sessions("client", host="localhost", port=9, family=lacking)
    c.start()
    wait_state(qtbot, c, State.ERROR)
    ev = next(e for e in c.log.events if isinstance(e, Resolve))
    assert ev.errno in NO_ADDRESS and ev.lacks == lacking
    line = error_line(c.last_error, c.last_error_detail, failed=c.log.machine.failed)
    assert f"“localhost” has no {word} address here" in line
    assert "DNS lookup failed" not in line


def test_a_found_name_lacks_nothing(qtbot, sessions):
    family = "ipv4" if _has(socket.AF_INET) else "ipv6"
    if not _has(socket.AF_INET) and not _has(socket.AF_INET6):
        pytest.skip("localhost has no address here")
    c = sessions("client", host="localhost", port=9, family=family)
    c.start()
    qtbot.waitUntil(lambda: any(isinstance(e, Resolve) for e in c.log.events), timeout=5000)
    ev = next(e for e in c.log.events if isinstance(e, Resolve))
    assert not ev.errno and not ev.lacks
